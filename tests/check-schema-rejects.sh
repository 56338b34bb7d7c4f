#!/bin/sh
# check-schema-rejects.sh XMLLINT SCHEMA FIXTURE_DIR: the schema checked by
# a tool other than ours. Each fixture that breaks a rule of the schema must
# be reported as failing to validate, not merely make xmllint fail, as a
# missing file, a parse error or a schema that does not compile would; the
# valid fixtures must validate.
set -eu

xmllint=$1
schema=$2
cd "$3"

valid="minimal group-move suggestions"
invalid="bad-sector bad-status group-without-size invalid-month missing-name no-version
         version-99 wrong-namespace wrong-root xinclude"

status=0

# check FILE VERDICT: xmllint must say "FILE VERDICT" on a line of its own.
check () {
  output=$("$xmllint" --noout --nonet --relaxng "$schema" "$1" 2>&1) || true
  if ! printf '%s\n' "$output" | grep -Fqx "$1 $2"; then
    echo "$1: expected \"$1 $2\"; xmllint said:" >&2
    printf '%s\n' "$output" >&2
    status=1
  fi
}

for name in $valid; do
  check "$name.talentflow" "validates"
done
for name in $invalid; do
  check "$name.talentflow" "fails to validate"
done
exit $status
