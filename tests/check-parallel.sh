#!/bin/sh
# check-parallel.sh TALENTFLOW DATA_DIR: extraction at scale gives what one
# process gives. The five seed articles are extracted by GNU parallel, two
# at a time, and by one --extract; each output merged with --merge must be
# the same file, byte for byte, with moves in it. Also --extract - on
# standard input: records for a good line, one error naming a bad line,
# exit status 1. Skipped (77) without GNU parallel.
set -u

talentflow=$1
data=$2

if ! command -v parallel >/dev/null 2>&1; then
  echo "GNU parallel is not installed: skipped"
  exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unset DISPLAY WAYLAND_DISPLAY
status=0

fail () {
  echo "not ok: $*" >&2
  status=1
}

mkdir "$scratch/articles"
cp "$data"/0*.txt "$scratch/articles/" || exit 1
[ "$(ls "$scratch/articles" | wc -l)" = 5 ] || fail "expected five seed articles in $data"

# The map step, two processes at a time, in whatever order they finish;
# --will-cite keeps GNU parallel from asking for a citation.
ls "$scratch"/articles/* |
  parallel --will-cite -j2 "$talentflow" --extract {} > "$scratch/parts.jsonl" \
    2> "$scratch/parts.err" || fail "parallel --extract failed: $(cat "$scratch/parts.err")"
"$talentflow" --merge="$scratch/a.talentflow" "$scratch/parts.jsonl" 2> "$scratch/a.err" ||
  fail "--merge of the parallel output failed: $(cat "$scratch/a.err")"

# One process over all of them.
"$talentflow" --extract "$scratch"/articles/* > "$scratch/all.jsonl" 2> "$scratch/all.err" ||
  fail "--extract failed: $(cat "$scratch/all.err")"
"$talentflow" --merge="$scratch/b.talentflow" "$scratch/all.jsonl" 2> "$scratch/b.err" ||
  fail "--merge failed: $(cat "$scratch/b.err")"

cmp "$scratch/a.talentflow" "$scratch/b.talentflow" ||
  fail "the parallel and the single extraction merge to different datasets"

# Sorted lines, as Hadoop Streaming passes them on, and standard input.
sort "$scratch/all.jsonl" |
  "$talentflow" --merge="$scratch/c.talentflow" - 2> "$scratch/c.err" ||
  fail "--merge of sorted lines on stdin failed: $(cat "$scratch/c.err")"
cmp "$scratch/b.talentflow" "$scratch/c.talentflow" ||
  fail "sorted lines merge to a different dataset"

if "$talentflow" --summary "$scratch/b.talentflow" > "$scratch/summary" 2> "$scratch/err"; then
  moves=$(sed -n 's/^moves: //p' "$scratch/summary")
  sources=$(sed -n 's/^sources: //p' "$scratch/summary")
  [ "${moves:-0}" -gt 0 ] || fail "the merged dataset has no moves"
  [ "${sources:-0}" = 5 ] || fail "the merged dataset has ${sources:-no} sources, not 5"
else
  fail "--summary of the merged dataset failed: $(cat "$scratch/err")"
fi

# A malformed line: the rest is merged, the line is named, the status is 1.
{ head -n 3 "$scratch/all.jsonl"; echo 'not json'; tail -n +4 "$scratch/all.jsonl"; } \
  > "$scratch/broken.jsonl"
if "$talentflow" --merge="$scratch/d.talentflow" "$scratch/broken.jsonl" 2> "$scratch/d.err"; then
  fail "--merge of a broken line exited 0"
fi
grep -q "broken.jsonl, line 4:" "$scratch/d.err" ||
  fail "--merge does not name the broken line: $(cat "$scratch/d.err")"
[ "$(wc -l < "$scratch/d.err")" = 1 ] || fail "--merge says more than one line: $(cat "$scratch/d.err")"
cmp -s "$scratch/b.talentflow" "$scratch/d.talentflow" ||
  fail "--merge did not merge the lines around the broken one"

# Standard input: one article, then a line that is not JSON.
printf '{"text":"2021年11月，漆远正式加入复旦大学。"}\nnot json\n' |
  "$talentflow" --extract - > "$scratch/stdin.jsonl" 2> "$scratch/stdin.err"
code=$?
[ "$code" = 1 ] || fail "--extract - with a bad line exited $code, not 1"
grep -q '"type":"source"' "$scratch/stdin.jsonl" || fail "--extract - printed no source for line 1"
grep -q '"type":"move"' "$scratch/stdin.jsonl" || fail "--extract - printed no move for line 1"
grep -q "line 2" "$scratch/stdin.err" || fail "--extract - does not name line 2: $(cat "$scratch/stdin.err")"
grep -q "line 1" "$scratch/stdin.err" && fail "--extract - complains about line 1"

[ $status = 0 ] && echo "ok"
exit $status
