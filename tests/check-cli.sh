#!/bin/sh
# check-cli.sh TALENTFLOW SOURCE_DIR: the command line without a display:
# --summary on the sample, on an article and on bad files, and --version.
set -u

talentflow=$1
srcdir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# No display at all: --summary must not need one.
unset DISPLAY WAYLAND_DISPLAY
status=0

fail () {
  echo "not ok: $*" >&2
  status=1
}

# The six keys, in order, each with a number.
check_summary_format () {
  keys=$(sed 's/: [0-9][0-9]*$//' "$1" | tr '\n' ' ')
  [ "$keys" = "sources paragraphs people organizations moves moves_without_evidence " ] ||
    fail "summary keys are '$keys'"
  [ "$(grep -cv '^[a-z_]*: [0-9][0-9]*$' "$1")" = 0 ] || fail "malformed summary line in $(cat "$1")"
}

value () {
  sed -n "s/^$1: //p" "$2"
}

# The bundled sample: five seed articles, people with moves, all backed.
if "$talentflow" --summary > "$scratch/sample" 2> "$scratch/err"; then
  check_summary_format "$scratch/sample"
  [ "$(value sources "$scratch/sample")" = 5 ] || fail "sample sources: $(value sources "$scratch/sample")"
  [ "$(value people "$scratch/sample")" -gt 0 ] || fail "sample has no people"
  [ "$(value moves "$scratch/sample")" -gt 0 ] || fail "sample has no moves"
  [ "$(value moves_without_evidence "$scratch/sample")" = 0 ] || fail "sample has moves without evidence"
else
  fail "--summary exited $?: $(cat "$scratch/err")"
fi

# Keys stay untranslated in a translated session.
LANGUAGE=zh_CN LANG=C.UTF-8 "$talentflow" --summary > "$scratch/sample-zh" 2>&1 ||
  fail "--summary failed in zh_CN"
cmp -s "$scratch/sample" "$scratch/sample-zh" || fail "--summary differs in zh_CN"

# An article alone: one source, its paragraphs, no moves.
if "$talentflow" --summary "$srcdir/data/001_299ef1fff7c01911.txt" > "$scratch/article" 2> "$scratch/err"; then
  check_summary_format "$scratch/article"
  [ "$(value sources "$scratch/article")" = 1 ] || fail "article sources"
  [ "$(value paragraphs "$scratch/article")" -gt 0 ] || fail "article has no paragraphs"
  [ "$(value moves "$scratch/article")" = 0 ] || fail "article has moves"
else
  fail "--summary ARTICLE exited $?: $(cat "$scratch/err")"
fi

# Bad files: exit 1, nothing on stdout, a message naming the file.
printf '<?xml version="1.0"?>\n<talentflow xmlns="https://talentflow.github.io/ns/1" version="1">\n<sources>\n' \
  > "$scratch/truncated.talentflow"
for bad in "$scratch/truncated.talentflow" "$scratch/missing.talentflow"; do
  name=$(basename "$bad")
  "$talentflow" --summary "$bad" > "$scratch/out" 2> "$scratch/err"
  code=$?
  [ "$code" = 1 ] || fail "--summary $name exited $code"
  [ ! -s "$scratch/out" ] || fail "--summary $name printed $(cat "$scratch/out")"
  grep -q "$name" "$scratch/err" || fail "the error does not name $name: $(cat "$scratch/err")"
done

# --version needs no display either.
version=$("$talentflow" --version 2>&1) || fail "--version failed: $version"
case $version in
  "talentflow "[0-9]*) ;;
  *) fail "--version printed '$version'" ;;
esac

[ $status = 0 ] && echo "ok: command line"
exit $status
