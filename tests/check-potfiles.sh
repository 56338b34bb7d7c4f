#!/bin/sh
# check-potfiles.sh SOURCE_DIR: fails when a file with translatable strings
# is missing from po/POTFILES.in, when POTFILES.in names a file that does not
# exist, or when it is not sorted.
set -u

cd "$1" || exit 1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$scratch/listed"

status=0

if ! LC_ALL=C sort -c "$scratch/listed" 2> /dev/null; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)" >&2
  status=1
fi

while read -r file; do
  [ -f "$file" ] || { echo "po/POTFILES.in lists $file, which does not exist" >&2; status=1; }
done < "$scratch/listed"

# C sources marking strings with the gettext macros of glib/gi18n.h.
{
  grep -rlE '(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\(' \
    --include='*.c' --include='*.h' app
  # GtkBuilder files with translatable properties or menu attributes.
  grep -rl 'translatable="yes"' --include='*.ui' app ui resources
  # Desktop integration files are translatable by their nature.
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml data/*.mime.xml.in 2> /dev/null
} | LC_ALL=C sort -u > "$scratch/found"

missing=$(LC_ALL=C comm -13 "$scratch/listed" "$scratch/found")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:" >&2
  echo "$missing" >&2
  status=1
fi

[ $status = 0 ] && echo "ok: po/POTFILES.in lists $(wc -l < "$scratch/listed") files"
exit $status
