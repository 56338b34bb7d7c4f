#!/bin/sh
# check-tree.sh SOURCE_DIR: fails when the source tree breaks its layout
# (README's "Layout of the source tree"):
# - a stage of app/core/ includes a header of a later stage, or its
#   meson.build uses a later stage's dependency;
# - a -private.h header is included outside its folder;
# - a .c file in app/, data/, tests/ or build-aux/ does not start with its
#   SPDX line, then G_LOG_DOMAIN, then config.h as its first include.
set -u

cd "$1" || exit 1
status=0

fail () {
  echo "$*" >&2
  status=1
}

# The stages, in pipeline order, as app/core/meson.build lists them.
stages=$(sed -n "/^core_stages = \[/,/^\]/s/^ *'\([a-z]*\)'.*/\1/p" app/core/meson.build | tr '\n' ' ')
stages=${stages% }
[ -n "$stages" ] || fail "app/core/meson.build lists no core_stages"
for dir in app/core/*/; do
  case " $stages " in
    *" $(basename "$dir") "*) ;;
    *) fail "$dir is not a stage in app/core/meson.build" ;;
  esac
done
for stage in $stages; do
  [ -d "app/core/$stage" ] || fail "app/core/meson.build lists $stage, which is not a folder"
done

# Each stage's headers (and the generated one), then each stage's
# includes and dependencies, checked in one pass.
{
  for stage in $stages; do
    for header in app/core/$stage/*.h; do
      [ -f "$header" ] && echo "header $stage ${header##*/}"
    done
  done
  echo "header model tf-core-resources.h"
  echo "header extract tf-extract-resources.h"
  for stage in $stages; do
    for file in app/core/$stage/*.c app/core/$stage/*.h; do
      [ -f "$file" ] || continue
      sed -n "s|^#include \"\\([^\"]*\\)\".*|include $stage $file \\1|p" "$file"
    done
    grep -o 'core_[a-z]*_dep' "app/core/$stage/meson.build" | sort -u |
      sed "s|^core_\\([a-z]*\\)_dep\$|dep $stage app/core/$stage/meson.build \\1|"
  done
} | awk -v stages="$stages" '
  BEGIN { n = split (stages, order, " "); for (i = 1; i <= n; i++) position[order[i]] = i }
  $1 == "header" { owner[$3] = $2; next }
  $1 == "include" && $4 != "config.h" {
    if (!($4 in owner)) { print $3 " includes " $4 ", which no stage has"; bad = 1 }
    else if (position[owner[$4]] > position[$2]) {
      print $3 " includes " $4 " of " owner[$4] "/, a later stage"; bad = 1
    }
  }
  $1 == "dep" && $4 != $2 {
    if (!($4 in position)) { print $3 " uses core_" $4 "_dep, which is no stage'"'"'s"; bad = 1 }
    else if (position[$4] > position[$2]) { print $3 " uses core_" $4 "_dep of a later stage"; bad = 1 }
  }
  END { exit bad }
' >&2 || status=1

files=$(find app data tests build-aux -name '*.[ch]' | LC_ALL=C sort)

# A -private.h is for the files beside it.
for include in $(grep -o '^#include "[^"]*-private\.h"' $files | tr -d '"' | sed 's/:#include /:/'); do
  file=${include%%:*}
  header=${include#*:}
  [ -f "$(dirname "$file")/$header" ] || fail "$file includes $header from another folder"
done

# Each .c: the comment with the SPDX line, then G_LOG_DOMAIN, then
# config.h as the first include.
awk '
  function report(message) { print file ": " message; bad = 1; done = 1 }
  function finish() {
    if (!done && !spdx) report("no SPDX-License-Identifier in its first comment")
    else if (!done && !domain) report("no G_LOG_DOMAIN")
  }
  FNR == 1 {
    if (NR > 1) finish()
    file = FILENAME; done = 0; spdx = 0; domain = 0; in_comment = 0; comment_done = 0
    if (!/^\/\*/) { report("does not start with a comment"); next }
    in_comment = 1
  }
  done { next }
  in_comment {
    if (/SPDX-License-Identifier: /) spdx = 1
    if (/\*\//) { in_comment = 0; comment_done = 1 }
    next
  }
  comment_done && !domain && /^#define G_LOG_DOMAIN / { domain = 1; next }
  comment_done && !domain && /^#/ { report("G_LOG_DOMAIN is not its first definition"); next }
  /^#include / {
    if ($2 != "\"config.h\"") report("config.h is not its first include")
    else { finish(); done = 1 }
  }
  END { if (NR > 0) finish(); exit bad }
' $(echo "$files" | grep '\.c$') >&2 || status=1

[ $status = 0 ] && echo "ok: stages $stages; private headers; file heads"
exit $status
