#!/usr/bin/env bash
# Smoke test of what packaging/build.sh built, run as a person would run it: no Python,
# no virtual environment, a bare environment (env -i, PATH=/usr/bin:/bin, a fresh HOME).
# Slow, so not part of the test suite; run it before a release.
#
# Usage: packaging/smoke.sh [--install]
#   For the app folder dist/tirkeu, and then for the .deb's files (dpkg-deb -x into a
#   temporary root, run from its opt/tirkeu): --version, init, add, list,
#   summary --format pdf --lang kk (the PDF's text must hold Kazakh letters), and the
#   window under Xvfb: the time from start to the unlock prompt, a screenshot of it, the
#   passphrase typed, a screenshot of the unlocked window.
#   --install   also `apt-get install` the .deb on this machine (root), run /usr/bin/tirkeu
#               the same way, then remove the package again.
# Screenshots and the PDFs are left in build/smoke/ to look at.
# Needs: xvfb-run, xdotool, ImageMagick's import, pdftotext (poppler-utils), dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
install=no
case "${1:-}" in
  --install) install=yes ;;
  "") ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop_app/__init__.py)
deb=$(ls dist/tirkeu_"$version"_*.deb 2>/dev/null | head -1)
[ -x dist/tirkeu/tirkeu ] && [ -n "$deb" ] || {
  echo "smoke.sh: build first (packaging/build.sh): no dist/tirkeu/tirkeu or .deb" >&2; exit 1; }
out=$ROOT/build/smoke
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }

# Three incidents, with Kazakh and Russian text; regions and violations as codes.
cat > "$work/incidents.json" <<'EOF'
[
 {"title": "Белсенді пикеттен кейін ұсталды", "date": "2018-05-12", "region": "almaty_city",
  "place": "Республика алаңы", "violations": ["arrest", "administrative_prosecution"],
  "victims": [{"name": "Әлия Қасымова", "category": "civil_society_activist", "gender": "female"}]},
 {"title": "Журналисту угрожали после публикации", "date": "2019-03", "region": "atyrau",
  "violations": ["threat"],
  "victims": [{"name": "Ұлан Серіков", "category": "journalist", "gender": "male"}]},
 {"title": "Құқық қорғаушыға қылмыстық іс қозғалды", "date": "2019", "region": "atyrau",
  "violations": ["criminal_prosecution", "surveillance"]}
]
EOF
# Letters Kazakh has and Russian does not: a PDF in Kazakh that lacks them all lost its text.
KAZAKH_LETTERS='[ӘәҒғҚқҢңӨөҰұҮүҺһІі]'

# Run the program in a bare environment: HOME and XDG_RUNTIME_DIR of its own, nothing else.
# (The person's language is TIRKEU_LANG, DESIGN "language".)
bare() {
  local home=$1; shift
  env -i HOME="$home" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 "$@"
}

# The window: start it under Xvfb, wait for the unlock prompt, time it, take screenshots.
# Runs inside xvfb-run (DISPLAY set); prints "startup SECONDS" and leaves PNGs in $3.
cat > "$work/window.sh" <<'EOF'
#!/bin/bash
set -euo pipefail
exe=$1 data=$2 shots=$3 tag=$4 passphrase=$5
visible() { xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1; }
wait_for() {  # a visible window whose title matches $1, within $2 seconds
  local deadline=$(( $(date +%s%N) + $2 * 1000000000 )) found=""
  while [ -z "$found" ]; do
    [ "$(date +%s%N)" -lt "$deadline" ] || return 1
    kill -0 "$app" 2>/dev/null || { echo "the program exited" >&2; return 1; }
    found=$(visible "$1"); [ -n "$found" ] || sleep 0.02
  done
  echo "$found"
}
for round in 1 2; do
  t0=$(date +%s%N)
  TIRKEU_LANG=kk "$exe" --data-dir "$data" > "$shots/window-$tag-$round.log" 2>&1 &
  app=$!
  # The unlock prompt's title is "Tirkeu — unlock" in the person's language; the window
  # behind it stays hidden until the vault is open, so the first visible Tirkeu window is
  # the prompt.
  dialog=$(wait_for "Tirkeu" 60) || { echo "startup none"; exit 1; }
  t1=$(date +%s%N)
  # The machine's load beside each figure: on a shared machine it decides the time.
  echo "startup $(( (t1 - t0) / 1000000 ))ms title=$(xdotool getwindowname "$dialog")" \
       "load=$(cut -d' ' -f1 /proc/loadavg)"
  if [ "$round" = 1 ]; then
    sleep 1  # let it paint
    import -window root "$shots/$tag-unlock-prompt.png"
    xdotool windowfocus --sync "$dialog" 2>/dev/null || xdotool mousemove --window "$dialog" 40 40
    xdotool type --delay 5 "$passphrase"
    xdotool key Return
    # Unlocked: the prompt goes and the main window shows (its title is "Tirkeu" too).
    deadline=$(( $(date +%s) + 60 )) unlocked=no
    while [ "$(date +%s)" -lt "$deadline" ]; do
      if ! xdotool search --onlyvisible --name "Tirkeu" 2>/dev/null | grep -qx "$dialog"; then
        main=$(wait_for "Tirkeu" 30) && unlocked=yes
        break
      fi
      sleep 0.1
    done
    if [ "$unlocked" = yes ]; then
      sleep 2
      echo "unlocked yes title=$(xdotool getwindowname "$main")"
    else
      echo "unlocked no: the prompt is still there"
    fi
    import -window root "$shots/$tag-after-unlock.png"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
done
EOF
chmod +x "$work/window.sh"

# One full round over one copy of the program: $1 a label, $2 the executable.
check() {
  local label=$1 exe=$2 home="$work/$1" result
  mkdir -p "$home/run" && chmod 700 "$home/run"
  local data="$home/vault" pass="$home/passphrase"
  # ASCII: xdotool types it into the window, and it cannot type every Kazakh letter.
  printf 'correct horse battery staple 2026\n' > "$pass"
  echo "== $label: $exe"

  result=$(bare "$home" "$exe" --version 2>&1) || true
  if [[ $result == "tirkeu $version (build "* ]]; then pass "--version: $result"
  else fail "--version said: $result"; fi

  if result=$(bare "$home" "$exe" --data-dir "$data" --passphrase-file "$pass" \
      init --name "Айгүл Сәрсенова" 2>&1 < /dev/null); then
    pass "init: $(head -1 <<<"$result")"
  else fail "init: $result"; fi

  if result=$(bare "$home" "$exe" --data-dir "$data" --passphrase-file "$pass" \
      add --json "$work/incidents.json" 2>&1 < /dev/null); then
    pass "add: $(tail -1 <<<"$result")"
  else fail "add: $result"; fi

  if result=$(bare "$home" "$exe" --data-dir "$data" --passphrase-file "$pass" list 2>&1 < /dev/null) &&
      grep -q "Белсенді пикеттен кейін ұсталды" <<<"$result" &&
      [ "$(grep -c . <<<"$result")" -ge 3 ]; then
    pass "list: $(grep -c . <<<"$result") lines, Kazakh titles intact"
  else fail "list: $result"; fi

  local pdf="$out/$label-summary-kk.pdf"
  if result=$(bare "$home" "$exe" --data-dir "$data" --passphrase-file "$pass" \
      summary --format pdf --lang kk --out "$pdf" 2>&1 < /dev/null) && [ -s "$pdf" ]; then
    pdftotext -enc UTF-8 "$pdf" "$out/$label-summary-kk.txt"
    local letters
    letters=$(grep -o "$KAZAKH_LETTERS" "$out/$label-summary-kk.txt" | sort -u | tr -d '\n')
    if [ -n "$letters" ]; then
      pass "summary --format pdf --lang kk: $(du -h "$pdf" | cut -f1), Kazakh letters in its text: $letters"
    else fail "summary pdf: no Kazakh letters in $out/$label-summary-kk.txt"; fi
  else fail "summary pdf: $result"; fi

  if result=$(bare "$home" xvfb-run -a -s "-screen 0 1280x800x24" \
      "$work/window.sh" "$exe" "$data" "$out" "$label" "$(head -1 "$pass")" 2>&1); then :; fi
  grep -E '^(startup|unlocked)' <<<"$result" | sed 's/^/        /' || true
  if grep -q '^startup [0-9]' <<<"$result" && grep -q '^unlocked yes' <<<"$result"; then
    pass "window: unlock prompt shown, unlocked; screenshots $out/$label-*.png"
  else fail "window: $result"; fi
}

check app "$ROOT/dist/tirkeu/tirkeu"

# The .deb's own files, unpacked as dpkg would lay them out.
root="$work/debroot"
dpkg-deb -x "$deb" "$root"
echo "== .deb contents: $deb"
for f in usr/bin/tirkeu usr/share/applications/org.tirkeu.Tirkeu.desktop \
         usr/share/metainfo/org.tirkeu.Tirkeu.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.tirkeu.Tirkeu.svg \
         usr/share/icons/hicolor/256x256/apps/org.tirkeu.Tirkeu.png opt/tirkeu/tirkeu; do
  if [ -e "$root/$f" ]; then pass "/$f"; else fail "/$f missing"; fi
done
grep -q 'exec /opt/tirkeu/tirkeu "$@"' "$root/usr/bin/tirkeu" && pass "launcher runs /opt/tirkeu/tirkeu" ||
  fail "launcher: $(cat "$root/usr/bin/tirkeu")"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.tirkeu.Tirkeu.metainfo.xml" >/dev/null &&
    pass "metainfo: appstreamcli validate" || fail "metainfo: appstreamcli validate"
fi
check deb "$root/opt/tirkeu/tirkeu"

if [ "$install" = yes ]; then
  echo "== apt-get install $deb"
  if dpkg-query -W -f='${Status}' tirkeu 2>/dev/null | grep -q 'install ok'; then
    fail "tirkeu is already installed on this machine; not touching it"
  elif DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$ROOT/$deb" >"$out/apt.log" 2>&1; then
    pass "installed (apt-get resolved Depends)"
    check installed /usr/bin/tirkeu
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tirkeu >>"$out/apt.log" 2>&1 &&
      [ ! -e /opt/tirkeu ] && pass "removed, /opt/tirkeu gone" || fail "apt-get remove"
  else fail "apt-get install: $(tail -3 "$out/apt.log")"; fi
fi

echo
if [ "$failures" = 0 ]; then echo "smoke: all passed"; else echo "smoke: $failures FAILED"; fi
[ "$failures" = 0 ]
