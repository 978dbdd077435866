#!/usr/bin/env bash
# Put Belimumab Companion in the desktop's application menu after installing it with pip or
# `uv tool install` (which give only the `belimumab-companion` command, not the menu entry).
#
#   packaging/linux/install-desktop-files.sh [PREFIX]      # default: ${XDG_DATA_HOME:-~/.local/share}
#   packaging/linux/install-desktop-files.sh --uninstall [PREFIX]
#
# Installs into PREFIX: applications/<id>.desktop, metainfo/<id>.metainfo.xml and
# icons/hicolor/{48x48,128x128,256x256,scalable}/apps/<id>.{png,svg}. For a system-wide install
# use PREFIX=/usr/local/share (as root). The menu entry runs `belimumab-companion`, so that
# command must be on the PATH of your desktop session (uv tool and pip --user put it in
# ~/.local/bin).
set -euo pipefail

APP_ID=io.github.belimumab_companion.BelimumabCompanion
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

uninstall=0
if [[ ${1:-} == --uninstall ]]; then
  uninstall=1
  shift
fi
prefix="${1:-${XDG_DATA_HOME:-$HOME/.local/share}}"

files=(
  "applications/$APP_ID.desktop"
  "metainfo/$APP_ID.metainfo.xml"
  "icons/hicolor/48x48/apps/$APP_ID.png"
  "icons/hicolor/128x128/apps/$APP_ID.png"
  "icons/hicolor/256x256/apps/$APP_ID.png"
  "icons/hicolor/scalable/apps/$APP_ID.svg"
)
source_of() {
  case "$1" in
    applications/*.desktop | metainfo/*.metainfo.xml) printf '%s\n' "$here/${1#*/}" ;;
    icons/*) printf '%s\n' "$root/resources/$1" ;;
  esac
}

if [[ $uninstall -eq 1 ]]; then
  for file in "${files[@]}"; do
    rm -f -- "$prefix/$file"
  done
  echo "Removed Belimumab Companion's menu entry, metainfo and icons from $prefix"
else
  if ! command -v belimumab-companion >/dev/null; then
    echo "note: 'belimumab-companion' is not on PATH; the menu entry will not start it until it is" >&2
  fi
  for file in "${files[@]}"; do
    install -D -m 0644 -- "$(source_of "$file")" "$prefix/$file"
  done
  echo "Installed Belimumab Companion's menu entry, metainfo and icons into $prefix"
fi

# Refresh the caches when the tools are there (desktops also notice the change on their own).
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$prefix/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null && [[ -f "$prefix/icons/hicolor/index.theme" ]]; then
  gtk-update-icon-cache -q -t "$prefix/icons/hicolor" 2>/dev/null || true
fi
