#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The packages (issue 10, item 6): `cmake --install` into a prefix, then CPack's DEB and tarball
# into a temporary folder, each inspected for the binary, the desktop file, the metainfo and the
# icon; the DEB's Depends must name the Qt 6 libraries, and dpkg must accept it on this system
# (a dry run). scripts/check-deb-install.sh is the full proof on a fresh bookworm.
# Usage: tests/tst_packaging.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d /tmp/auditlens-packaging.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND…
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then
        echo "PASS: $what"
    else
        echo "FAIL: $what"
        failures=$((failures + 1))
    fi
}
contains() { grep -qxF -- "$2" <<<"$1"; }

files=(bin/auditlens share/applications/io.github.auditlens.AuditLens.desktop
       share/metainfo/io.github.auditlens.AuditLens.metainfo.xml
       share/icons/hicolor/scalable/apps/io.github.auditlens.AuditLens.svg)

# cmake --install: every file, and the installed binary runs.
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for f in "${files[@]}"; do
    check "cmake --install installs $f" test -s "$tmp/prefix/$f"
done
version=$("$tmp/prefix/bin/auditlens" --version 2>&1 || true)
check "the installed binary says its version ($version)" grep -q "0\.1\.0" <<<"$version"

# CPack: both packages.
(cd "$build" && cpack -G "DEB;TGZ" -B "$tmp/pack" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pack/auditlens_*.deb)
tgz=$(ls "$tmp"/pack/auditlens-*.tar.gz)
echo "DEB $(basename "$deb"): $(du -k "$deb" | cut -f1) KB; TGZ $(basename "$tgz"): $(du -k "$tgz" | cut -f1) KB"

listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in "${files[@]}"; do
    check "the DEB holds /usr/$f" contains "$listing" "./usr/$f"
done
info=$(dpkg-deb -f "$deb" Package Architecture Depends Recommends)
echo "$info"
depends=$(dpkg-deb -f "$deb" Depends)
check "the DEB is named auditlens" test "$(dpkg-deb -f "$deb" Package)" = auditlens
check "the DEB's architecture is this system's" test "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)"
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6charts6 libqt6svg6 libsqlite3-0; do
    check "Depends lists $lib" grep -qE "(^|, )$lib( |,|$)" <<<"$depends"
done
check "Recommends the PostgreSQL driver" grep -q libqt6sql6-psql <<<"$(dpkg-deb -f "$deb" Recommends)"

tarlist=$(tar tzf "$tgz" | sed 's|^[^/]*/||')
for f in "${files[@]}"; do
    check "the tarball holds $f" contains "$tarlist" "$f"
done

# dpkg's own check of the DEB against this system: the dependencies resolve, nothing conflicts.
if [ "$(id -u)" -eq 0 ]; then
    check "dpkg --dry-run --install accepts the DEB" dpkg --dry-run --install "$deb"
else
    echo "SKIP: dpkg --dry-run --install needs root"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every packaging check passed"
