#!/bin/sh
# check-mime.sh MIME-XML: installs the MIME package into a scratch MIME
# database and checks that *.talentflow files map to application/x-talentflow,
# a kind of XML. update-mime-database rejects an invalid package.
set -eu

package=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/mime/packages"
cp "$package" "$scratch/mime/packages/"
update-mime-database -V "$scratch/mime" > "$scratch/log" 2>&1 || {
  cat "$scratch/log" >&2
  exit 1
}
if grep -qi 'warning\|error' "$scratch/log"; then
  cat "$scratch/log" >&2
  exit 1
fi

status=0
grep -q '^[0-9]*:application/x-talentflow:\*\.talentflow$' "$scratch/mime/globs2" || {
  echo "globs2 lacks *.talentflow -> application/x-talentflow:" >&2
  cat "$scratch/mime/globs2" >&2
  status=1
}
grep -q '^application/x-talentflow application/xml$' "$scratch/mime/subclasses" || {
  echo "application/x-talentflow is not a subclass of application/xml" >&2
  status=1
}
grep -q 'https://talentflow.github.io/ns/1 talentflow' "$scratch/mime/XMLnamespaces" || {
  echo "the dataset namespace is not registered" >&2
  status=1
}
exit $status
