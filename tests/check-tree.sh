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
stages=$(sed -n "/^core_stages = \[/,/^\]/s/^ *'\([a-z]*\)'.*/\1/p" app/core/meson.build)
[ -n "$stages" ] || fail "app/core/meson.build lists no core_stages"
for stage in $stages; do
  [ -d "app/core/$stage" ] || fail "app/core/meson.build lists $stage, which is not a folder"
done
for dir in app/core/*/; do
  stage=$(basename "$dir")
  case " $(echo $stages) " in
    *" $stage "*) ;;
    *) fail "app/core/$stage is not a stage in app/core/meson.build" ;;
  esac
done

# Headers, generated ones included, by the stage that owns them.
stage_of_header () {
  case $1 in
    tf-core-resources.h) echo model; return ;;
  esac
  for stage in $stages; do
    [ -f "app/core/$stage/$1" ] && { echo "$stage"; return; }
  done
}

position () {
  n=0
  for stage in $stages; do
    n=$((n + 1))
    [ "$stage" = "$1" ] && { echo $n; return; }
  done
}

for stage in $stages; do
  here=$(position "$stage")

  for file in app/core/$stage/*.c app/core/$stage/*.h; do
    [ -f "$file" ] || continue
    for header in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file"); do
      [ "$header" = config.h ] && continue
      owner=$(stage_of_header "$header")
      if [ -z "$owner" ]; then
        fail "$file includes $header, which no stage has"
      elif [ "$(position "$owner")" -gt "$here" ]; then
        fail "$file includes $header of $owner/, a later stage"
      fi
    done
  done

  for dep in $(grep -o 'core_[a-z]*_dep' "app/core/$stage/meson.build" | sort -u); do
    used=${dep#core_}
    used=${used%_dep}
    [ "$used" = "$stage" ] && continue
    if [ -z "$(position "$used")" ]; then
      fail "app/core/$stage/meson.build uses $dep, which is no stage's"
    elif [ "$(position "$used")" -gt "$here" ]; then
      fail "app/core/$stage/meson.build uses $dep of a later stage"
    fi
  done
done

# A -private.h is for the files beside it.
for file in $(find app data tests build-aux -name '*.[ch]' | LC_ALL=C sort); do
  for header in $(sed -n 's/^#include "\([^"]*-private\.h\)".*/\1/p' "$file"); do
    [ -f "$(dirname "$file")/$header" ] ||
      fail "$file includes $header from another folder"
  done
done

# Each .c: the comment with the SPDX line, G_LOG_DOMAIN, config.h first.
for file in $(find app data tests build-aux -name '*.c' | LC_ALL=C sort); do
  awk '
    NR == 1 && !/^\/\*/ { print FILENAME ": does not start with a comment"; bad = 1; exit }
    in_comment && /SPDX-License-Identifier: / { spdx = 1 }
    in_comment && /\*\// { in_comment = 0; comment_done = 1; next }
    NR == 1 { in_comment = 1; if (/SPDX-License-Identifier: /) spdx = 1; if (/\*\//) { in_comment = 0; comment_done = 1 }; next }
    comment_done && !domain && /^#define G_LOG_DOMAIN / { domain = 1; next }
    comment_done && !domain && /^#/ { print FILENAME ": G_LOG_DOMAIN is not its first definition"; bad = 1; exit }
    /^#include / {
      if ($2 != "\"config.h\"") { print FILENAME ": config.h is not its first include"; bad = 1 }
      exit
    }
    END {
      if (!bad && !spdx) { print FILENAME ": no SPDX-License-Identifier in its first comment"; bad = 1 }
      if (!bad && !domain) { print FILENAME ": no G_LOG_DOMAIN"; bad = 1 }
      exit bad
    }
  ' "$file" >&2 || status=1
done

[ $status = 0 ] && echo "ok: stages $(echo $stages), private headers and file heads"
exit $status
