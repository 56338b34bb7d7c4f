#!/bin/sh
# check-cli.sh TALENTFLOW SOURCE_DIR: the command line without a display:
# --summary on the sample, on an article and on bad files; tables of
# moves (CSV) exported, read back and refused for bad rows; --version.
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

# Bad files, one of each kind: --summary and --export exit 1, print nothing
# on stdout, write no output file, and say on one line of stderr which file
# and what is wrong with it.
mkdir "$scratch/bad" "$scratch/bad/folder"
printf '<?xml version="1.0"?>\n<talentflow xmlns="https://talentflow.github.io/ns/1" version="1">\n<sources>\n' \
  > "$scratch/bad/truncated.talentflow"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\001' > "$scratch/bad/chart.png"
printf '标题\n\377\376\375\n' > "$scratch/bad/garbled.txt"
printf '\n\n' > "$scratch/bad/empty.txt"
printf '人才流动\n\n她离开研究院，回到了母校。\n' > "$scratch/bad/notes.talentflow"
# Larger than the 16 MiB an article may be.
yes '她离开研究院，回到了母校。' | head -c 17000000 > "$scratch/bad/huge.txt"
while IFS='|' read -r name says; do
  for mode in --summary --export; do
    rm -f "$scratch/out.png"
    if [ $mode = --summary ]; then
      LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --summary "$scratch/bad/$name" > "$scratch/out" 2> "$scratch/err"
    else
      LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --export="$scratch/out.png" "$scratch/bad/$name" > "$scratch/out" 2> "$scratch/err"
    fi
    code=$?
    [ "$code" = 1 ] || fail "$mode $name exited $code"
    [ ! -s "$scratch/out" ] || fail "$mode $name printed $(cat "$scratch/out")"
    [ ! -e "$scratch/out.png" ] || fail "$mode $name wrote a file"
    [ "$(wc -l < "$scratch/err")" = 1 ] || fail "$mode $name: not one line on stderr: $(cat "$scratch/err")"
    grep -qF "$name" "$scratch/err" || fail "$mode $name: the error does not name the file: $(cat "$scratch/err")"
    grep -qF "$says" "$scratch/err" || fail "$mode $name: the error does not say '$says': $(cat "$scratch/err")"
  done
done <<EOF
missing.talentflow|No such file
folder|is a folder
chart.png|is not an article or a dataset
garbled.txt|line 2 holds
empty.txt|has no text
huge.txt|larger than
truncated.talentflow|not well-formed XML
notes.talentflow|is not a Talent Flow dataset
EOF

# The same errors in the user's language.
LANGUAGE=zh_CN LANG=C.UTF-8 "$talentflow" --summary "$scratch/bad/notes.talentflow" > /dev/null 2> "$scratch/err"
grep -qF '不是 Talent Flow 数据集' "$scratch/err" || fail "untranslated error: $(cat "$scratch/err")"

# Tables of moves: the sample exported as CSV reads back as the same
# moves, and exports again to the same bytes; a chart and a graph from it.
if "$talentflow" --export="$scratch/sample.csv" 2> "$scratch/err"; then
  head -n 1 "$scratch/sample.csv" | grep -q '^person,from,to,from_sector,to_sector,date,precision,role,kind,group_size,' ||
    fail "--export=sample.csv header: $(head -n 1 "$scratch/sample.csv")"
  "$talentflow" --summary "$scratch/sample.csv" > "$scratch/csv-summary" 2> "$scratch/err" ||
    fail "--summary sample.csv: $(cat "$scratch/err")"
  [ "$(value moves "$scratch/csv-summary")" = "$(value moves "$scratch/sample")" ] ||
    fail "sample.csv has $(value moves "$scratch/csv-summary") moves, the sample $(value moves "$scratch/sample")"
  [ "$(value people "$scratch/csv-summary")" = "$(value people "$scratch/sample")" ] ||
    fail "sample.csv has $(value people "$scratch/csv-summary") people"
  [ "$(value moves_without_evidence "$scratch/csv-summary")" = 0 ] || fail "sample.csv lost evidence"
  "$talentflow" --export="$scratch/again.csv" "$scratch/sample.csv" 2> "$scratch/err" ||
    fail "--export=again.csv sample.csv: $(cat "$scratch/err")"
  cmp -s "$scratch/sample.csv" "$scratch/again.csv" || fail "sample.csv -> again.csv differs"
  "$talentflow" --export="$scratch/chart.png" "$scratch/sample.csv" 2> "$scratch/err" ||
    fail "--export=chart.png sample.csv: $(cat "$scratch/err")"
  [ "$(head -c 4 "$scratch/chart.png" | od -An -c | tr -d ' ')" = '211PNG' ] || fail "chart.png is no PNG"
  "$talentflow" --export="$scratch/graph.gexf" 2> "$scratch/err" ||
    fail "--export=graph.gexf: $(cat "$scratch/err")"
  grep -q '<gexf xmlns="http://gexf.net/1.3"' "$scratch/graph.gexf" || fail "graph.gexf is no GEXF 1.3"
else
  fail "--export=sample.csv exited $?: $(cat "$scratch/err")"
fi

# Bad rows: exit 1, nothing written, every bad line named.
printf 'person,to,date\nAda,ACME,2019\nBo,ACME,2019-13\nCy,ACME,2020\n,ACME,2020\nDi,ACME,2021\nEd,,spring\n' \
  > "$scratch/rows.csv"
for mode in --summary --export; do
  rm -f "$scratch/out.png"
  if [ $mode = --summary ]; then
    LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --summary "$scratch/rows.csv" > "$scratch/out" 2> "$scratch/err"
  else
    LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --export="$scratch/out.png" "$scratch/rows.csv" > "$scratch/out" 2> "$scratch/err"
  fi
  code=$?
  [ "$code" = 1 ] || fail "$mode rows.csv exited $code"
  [ ! -s "$scratch/out" ] || fail "$mode rows.csv printed $(cat "$scratch/out")"
  [ ! -e "$scratch/out.png" ] || fail "$mode rows.csv wrote a file"
  for line in 3:3 5:1 7:2; do
    grep -q "rows.csv:${line%:*}: column ${line#*:}" "$scratch/err" ||
      fail "$mode rows.csv does not name line ${line%:*}, column ${line#*:}: $(cat "$scratch/err")"
  done
  grep -q 'rows.csv:7: column 3' "$scratch/err" || fail "$mode rows.csv: the second problem of line 7"
  grep -q 'rows.csv:[246]:' "$scratch/err" && fail "$mode rows.csv names a good line: $(cat "$scratch/err")"
done

# Headers it does not know, named with --csv-columns.
printf 'Wer,Wohin,Wann\nAda,ACME,2019\nBo,Lab,2020\n' > "$scratch/german.csv"
LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --summary "$scratch/german.csv" > /dev/null 2> "$scratch/err" &&
  fail "--summary german.csv without --csv-columns succeeded"
grep -qF -- '--csv-columns' "$scratch/err" || fail "german.csv: no hint of --csv-columns: $(cat "$scratch/err")"
"$talentflow" --summary --csv-columns=person=Wer,to=wohin,date=Wann "$scratch/german.csv" \
  > "$scratch/german" 2> "$scratch/err" || fail "--csv-columns: $(cat "$scratch/err")"
[ "$(value moves "$scratch/german")" = 2 ] || fail "german.csv: $(cat "$scratch/german")"
"$talentflow" --export="$scratch/german.gexf" --csv-columns=person=Wer,to=Wohin "$scratch/german.csv" \
  2> "$scratch/err" || fail "--export=german.gexf --csv-columns: $(cat "$scratch/err")"
LC_ALL=C.UTF-8 LANGUAGE= "$talentflow" --summary --csv-columns=boss=Wer "$scratch/german.csv" \
  > /dev/null 2> "$scratch/err" && fail "--csv-columns=boss=Wer succeeded"
grep -qF 'boss' "$scratch/err" || fail "--csv-columns=boss: $(cat "$scratch/err")"

# --version needs no display either.
version=$("$talentflow" --version 2>&1) || fail "--version failed: $version"
case $version in
  "talentflow "[0-9]*) ;;
  *) fail "--version printed '$version'" ;;
esac

[ $status = 0 ] && echo "ok: command line"
exit $status
