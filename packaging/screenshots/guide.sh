#!/usr/bin/env bash
# The user guide's screenshots (resources/guide/<language>/img/*.png), in English and Spanish.
#
#   packaging/screenshots/guide.sh [SCREENSHOT_TOOL]
#
# Each picture is the demo profile (or a fresh data folder for the first start) on a 1024x700
# virtual screen, taken with the project's screenshot tool (default ../shared/tools/screenshot,
# which installs Xvfb, ImageMagick and xdotool when missing). Dialogs are opened from the
# keyboard or a click on the page's first button. Each PNG is then
# trimmed of the empty screen around the window and reduced to 256 colours (ImageMagick), so the
# whole guide stays well under 2 MB. Run from the repository's root.
set -euo pipefail

tool=${1:-../shared/tools/screenshot}
root=$(pwd)
[[ -d $root/resources/guide ]] || { echo "run from the repository root" >&2; exit 2; }

shoot() {  # shoot LANGUAGE NAME WAIT KEYS ARGS...: with KEYS, the picture is the dialog they open
  local language=$1 name=$2 wait_s=$3 keys=$4
  shift 4
  local out=$root/resources/guide/$language/img/$name.png
  local geometry=$fresh/geometry
  local command="uv run belimumab-companion --language $language $*"
  rm -f "$geometry"
  if [[ -n $keys ]]; then
    # xdotool's "type" takes the rest of its line, so the key presses run as separate commands;
    # a click on the status bar gives the window the focus (there is no window manager).
    command="$command & sleep 7; xdotool mousemove 120 640 click 1; sleep 0.5; $keys; sleep 2"
    command="$command; xdotool getwindowfocus getwindowgeometry --shell > $geometry; wait"
  fi
  "$tool" "$out" --size 1024x700 --wait "$wait_s" -- bash -c "$command" >/dev/null
  if [[ -s $geometry ]]; then
    # shellcheck disable=SC1090
    source "$geometry"
    convert "$out" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out"
  fi
  convert "$out" -bordercolor black -border 1 -trim +repage -colors 256 "PNG8:$out"
  echo "$out $(identify -format '%wx%h' "$out") $(stat -c %s "$out") bytes"
}

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

for language in en es; do
  mkdir -p "$root/resources/guide/$language/img"
  # the Schedule page's first button, "Set up my treatment plan…" (the page list is wider in Spanish)
  if [[ $language == en ]]; then setup_at="230 111"; else setup_at="330 125"; fi
  shoot "$language" first-start 14 "xdotool mousemove $setup_at click 1" \
    --data-dir "$fresh/$language" --page schedule
  shoot "$language" today 8 "" --demo --page today
  shoot "$language" log-dose 12 "xdotool key ctrl+d" --demo --page today
  shoot "$language" schedule 8 "" --demo --page schedule
  shoot "$language" diary 8 "" --demo --page diary
  # the emergency screen with a real number: a data folder whose country is set (the US for the
  # English guide, Spain for the Spanish one), the symptom typed into Log a symptom (Ctrl+L)
  if [[ $language == en ]]; then swollen="my lips are swollen"; country=US
  else swollen="tengo los labios hinchados"; country=ES; fi
  uv run belimumab-companion --data-dir "$fresh/red-$language" settings country "$country" >/dev/null
  shoot "$language" emergency 14 \
    "xdotool key ctrl+l; sleep 1; xdotool type --delay 30 '$swollen'; sleep 0.5; xdotool key Return" \
    --data-dir "$fresh/red-$language" --page today
  shoot "$language" contraception 8 "" --demo --page contraception
  shoot "$language" reports 8 "" --demo --page reports
done
du -ch "$root"/resources/guide/*/img/*.png | tail -n 1
