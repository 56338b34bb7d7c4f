#!/bin/sh
# check-po.sh SOURCE_DIR: fails when a translation in po/LINGUAS lacks a
# message of the current sources, or has untranslated or fuzzy messages, or
# bad format strings. The template is extracted afresh, with the keywords
# of meson's 'glib' preset, so a translation cannot pass by being stale.
set -u

cd "$1" || exit 1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

xgettext --package-name=talentflow --from-code=UTF-8 --add-comments \
  --directory=. --files-from=po/POTFILES.in --output="$scratch/talentflow.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  || exit 1

status=0
for lang in $(sed 's/#.*//' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching --output-file="$scratch/$lang.po" \
    "po/$lang.po" "$scratch/talentflow.pot" || { status=1; continue; }

  # "N translated messages, M untranslated messages, K fuzzy translations."
  statistics=$(LC_ALL=C msgfmt --check --statistics --output-file=/dev/null "$scratch/$lang.po" 2>&1) ||
    status=1
  echo "po/$lang.po: $statistics"
  case $statistics in
    *untranslated*|*fuzzy*)
      echo "po/$lang.po is incomplete; these need a translation:" >&2
      msgattrib --untranslated --no-obsolete "$scratch/$lang.po" >&2
      msgattrib --only-fuzzy --no-obsolete "$scratch/$lang.po" >&2
      status=1
      ;;
  esac
done

exit $status
