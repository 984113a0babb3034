#!/usr/bin/env bash
# Build Tirkeu for Linux (DESIGN.md, "Packaging"). Leaves in dist/:
#   tirkeu/tirkeu                          the one-folder app (PyInstaller): the command, and
#                                          the window when run with no command
#   tirkeu-VERSION-linux-ARCH.tar.gz       that folder, for machines without dpkg
#   tirkeu_VERSION_ARCH.deb                installs it under /opt/tirkeu, with /usr/bin/tirkeu,
#                                          a .desktop file, icons and AppStream metainfo
#   SHA256SUMS (and SHA256SUMS.sig)        checksums of the above, signed with the release key
#
# Usage: packaging/build.sh [--clean]
#   --clean   start from nothing: remove build/ (the build environment included) and dist/
# Environment:
#   PYTHON                the Python 3.11+ to build with (default: python3); it must be
#                         built with --enable-shared (Debian's is)
#   TIRKEU_RELEASE_KEY    an OpenSSH private key: sign SHA256SUMS with it (namespace
#                         tirkeu-release); without it the build says it is NOT signed
#   SOURCE_DATE_EPOCH     the build date to record (default: now)
# Needs: git, dpkg-deb, objdump and ldd (binutils, libc-bin), ssh-keygen when signing,
# appstreamcli and desktop-file-validate to check the metadata when they are installed.
# The network is used only by pip, to fill build/venv the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--clean" ]; then
  rm -rf build dist
elif [ $# -gt 0 ]; then
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
fi

started=$(date +%s)
step() { printf '\n==> %s  (at %d s)\n' "$*" $(( $(date +%s) - started )); }

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop_app/__init__.py)
[ -n "$version" ] || { echo "build.sh: no __version__ in desktop_app/__init__.py" >&2; exit 1; }
arch=$(dpkg --print-architecture)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  commit="$commit+changes"  # the stamp must not claim a commit the tree differs from
fi
export TIRKEU_BUILD_COMMIT=$commit
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
build_day=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
echo "Tirkeu $version ($commit, $build_day) for $arch"

# --- 1. the build environment: the program as `pip install .` lays it out, and PyInstaller
step "build environment (build/venv)"
venv=build/venv
pip_log=build/pip.log
mkdir -p build
if [ ! -x "$venv/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip > "$pip_log" 2>&1 || { cat "$pip_log" >&2; exit 1; }
fi
# A local folder is always rebuilt and reinstalled; dependencies already there stay.
# (setuptools' long warnings about data folders go to the log, not the screen.)
"$venv/bin/pip" install -q '.[build]' > "$pip_log" 2>&1 || { cat "$pip_log" >&2; exit 1; }
"$venv/bin/python" -c 'import PyInstaller, PySide6, sqlcipher3; print("PyInstaller", PyInstaller.__version__, "PySide6", PySide6.__version__)'

# --- 2. the one-folder app ----------------------------------------------------------------
step "one-folder app (PyInstaller)"
rm -rf dist
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/tirkeu.spec
app=dist/tirkeu
"$app/tirkeu" --version

# --- 3. which system libraries the app relies on and does not carry ---------------------
# Every library an ELF file in the folder names (DT_NEEDED) that the folder does not hold,
# and the Debian package that provides it on this machine. Depends (below) must cover
# them; one this machine lacks is reported as missing, never silently dropped.
step "system libraries the app relies on"
mapfile -t elves < <(find "$app" -type f \( -name '*.so*' -o -path "$app/tirkeu" \) -print)
needed=$(for f in "${elves[@]}"; do objdump -p "$f" 2>/dev/null | awk '$1 == "NEEDED" {print $2}'; done | sort -u)
bundled=$(find "$app" \( -type f -o -type l \) -printf '%f\n' | sort -u)
system_libs=$(comm -23 <(echo "$needed") <(echo "$bundled"))
system_packages=""
missing=""
for lib in $system_libs; do
  path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib && /x86-64|x86_64|64bit/ {print $NF; exit}')
  [ -n "$path" ] || path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib {print $NF; exit}')
  package=$( { [ -n "$path" ] && { dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null; }; } | head -1 | cut -d: -f1)
  if [ -n "$package" ]; then
    printf '  %-28s %s\n' "$lib" "$package"
    system_packages="$system_packages $package"
  else
    missing="$missing $lib"
  fi
done
system_packages=$(tr ' ' '\n' <<<"$system_packages" | sort -u | tr '\n' ' ')
[ -z "$missing" ] || echo "Needed by a bundled file and not on this machine:$missing"
glibc=$(for f in "${elves[@]}"; do objdump -T "$f" 2>/dev/null; done |
  grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
echo "Newest glibc symbol version used: $glibc"

# What Qt's xcb platform loads on a stock Debian/Ubuntu desktop (the list in issue 12,
# checked above with ldd), fontconfig and a font with Kazakh letters (Қ, Ә, Ү, Ұ, І, Ң, Ғ,
# Ө, Һ), and D-Bus for the screen-lock signal.
DEPENDS="libc6 (>= $glibc), libstdc++6, zlib1g, libglib2.0-0, libfontconfig1, libfreetype6,
 libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1,
 libxcb-image0, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0,
 libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libxkbcommon0,
 libxkbcommon-x11-0, libegl1, libgl1, libdbus-1-3, fonts-dejavu-core | fonts-noto-core"
uncovered=""
for package in $system_packages; do
  package=${package%:*}
  case "$package" in
    libc6) ;;  # named with its version
    *) grep -Eq "(^|[ ,|])$package(,| |$)" <<<"$(tr -d '\n' <<<"$DEPENDS")" ||
         uncovered="$uncovered $package" ;;
  esac
done
if [ -n "$uncovered" ] || [ -n "$missing" ]; then
  echo "build.sh: Depends does not cover:$uncovered$missing" >&2
  exit 1
fi
echo "Depends covers them all."

# --- 4. the tarball -----------------------------------------------------------------------
step "tarball"
tarball=dist/tirkeu-$version-linux-$arch.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C dist -cf - tirkeu | gzip -n -6 > "$tarball"

# --- 5. the .deb --------------------------------------------------------------------------
step ".deb"
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/tirkeu"
cp -a "$app" "$root/opt/tirkeu"
# A launcher, not a symlink: it keeps working whatever the bootloader makes of argv[0].
printf '#!/bin/sh\nexec /opt/tirkeu/tirkeu "$@"\n' > "$root/usr/bin/tirkeu"
cp packaging/linux/org.tirkeu.Tirkeu.desktop "$root/usr/share/applications/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$build_day/" \
  packaging/linux/org.tirkeu.Tirkeu.metainfo.xml \
  > "$root/usr/share/metainfo/org.tirkeu.Tirkeu.metainfo.xml"
cp resources/icons/tirkeu.svg "$root/usr/share/icons/hicolor/scalable/apps/org.tirkeu.Tirkeu.svg"
cp resources/icons/tirkeu.png "$root/usr/share/icons/hicolor/256x256/apps/org.tirkeu.Tirkeu.png"
cat > "$root/usr/share/doc/tirkeu/copyright" <<EOF
Tirkeu $version, built from commit $commit on $build_day.
License: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3).
/opt/tirkeu/_internal holds the Python runtime and the libraries the program uses
(Qt for Python under the LGPL-3.0, SQLCipher, SQLAlchemy, Alembic, cryptography, pyrage,
Pillow, Babel), each under its own license, as shipped in their PyPI wheels.
EOF
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/bin/tirkeu" "$root/opt/tirkeu/tirkeu"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: tirkeu
Version: $version
Architecture: $arch
Maintainer: The Tirkeu project <release@tirkeu>
Installed-Size: $installed_kb
Depends: $DEPENDS
Section: utils
Priority: optional
Description: offline, encrypted recording of human-rights incidents
 Tirkeu is for human-rights monitors who record incidents on a laptop that may
 be seized or searched, with no network at all: one encrypted archive, signed
 and encrypted bundles for a coordinator, summaries for reports. English,
 Russian and Kazakh. The program never opens a network connection.
 .
 The app is self-contained under /opt/tirkeu (Python and Qt included); this
 package adds the system libraries Qt's X11 platform needs.
EOF
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.tirkeu.Tirkeu.metainfo.xml"
else
  echo "appstreamcli not installed: metainfo NOT validated"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/org.tirkeu.Tirkeu.desktop"
  echo "desktop file: valid"
else
  echo "desktop-file-validate not installed: .desktop file NOT validated"
fi
deb=dist/tirkeu_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

# --- 6. checksums, and the signature when the release key is here -------------------------
step "SHA256SUMS"
(cd dist && sha256sum "$(basename "$deb")" "$(basename "$tarball")" > SHA256SUMS && cat SHA256SUMS)
if [ -n "${TIRKEU_RELEASE_KEY:-}" ]; then
  [ -r "$TIRKEU_RELEASE_KEY" ] || { echo "build.sh: cannot read TIRKEU_RELEASE_KEY=$TIRKEU_RELEASE_KEY" >&2; exit 1; }
  ssh-keygen -q -Y sign -f "$TIRKEU_RELEASE_KEY" -n tirkeu-release dist/SHA256SUMS
  ssh-keygen -q -Y verify -f packaging/allowed_signers -I release@tirkeu -n tirkeu-release \
    -s dist/SHA256SUMS.sig < dist/SHA256SUMS >/dev/null ||
    { echo "build.sh: the signature does not verify against packaging/allowed_signers" >&2; exit 1; }
  signed="signed with $TIRKEU_RELEASE_KEY (verified against packaging/allowed_signers)"
else
  signed="NOT SIGNED: set TIRKEU_RELEASE_KEY to the release key to sign SHA256SUMS"
fi

step "done in $(( $(date +%s) - started )) s"
echo "app folder  $(du -sh "$app" | cut -f1)  $app"
echo ".deb        $(du -h "$deb" | cut -f1)  $deb"
echo "tarball     $(du -h "$tarball" | cut -f1)  $tarball"
echo "SHA256SUMS  $signed"
