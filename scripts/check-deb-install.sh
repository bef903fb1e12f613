#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that the DEB installs on a fresh Debian bookworm and that `auditlens --version` runs
# from it: debootstrap a minbase bookworm (cached), copy it to a fresh root, chroot in,
# `apt-get install ./auditlens.deb` (the Qt libraries come from Debian's archive), run it.
#
# Usage: scripts/check-deb-install.sh [PATH/TO/auditlens.deb]
#   Without a DEB, packs one from the build folder (AUDITLENS_BUILD_DIR, default build/).
#   Needs root, network and debootstrap. The cache and the fresh root live in
#   AUDITLENS_DEB_CHECK_DIR (default /tmp/auditlens-deb-check), never in the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AUDITLENS_BUILD_DIR:-$root/build}
work=${AUDITLENS_DEB_CHECK_DIR:-/tmp/auditlens-deb-check}
mirror=${AUDITLENS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
started=$(date +%s)

say() { echo "check-deb-install: $*"; }
fail() { echo "check-deb-install: $*" >&2; exit 1; }
elapsed() { echo "$(( $(date +%s) - started )) s"; }

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"

mkdir -p "$work"
deb=${1:-}
if [ -z "$deb" ]; then
    [ -f "$build/CPackConfig.cmake" ] || fail "no build in $build: run scripts/build.sh first"
    rm -rf "$work/pack"
    (cd "$build" && cpack -G DEB -B "$work/pack" >/dev/null) || fail "cpack -G DEB failed"
    deb=$(ls "$work"/pack/auditlens_*.deb)
fi
[ -f "$deb" ] || fail "no such DEB: $deb"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
say "DEB $deb ($(du -k "$deb" | cut -f1) KB)"
dpkg-deb -f "$deb" Depends | sed 's/^/check-deb-install: Depends: /'

# The minbase system is made once and kept; each check installs into a fresh copy of it.
base=$work/base-$suite
if [ ! -x "$base/bin/sh" ]; then
    say "debootstrap --variant=minbase $suite from $mirror (once)"
    rm -rf "$base"
    debootstrap --variant=minbase "$suite" "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap failed (log: $work/debootstrap.log)"; }
    say "debootstrap done after $(elapsed)"
fi
say "minbase system: $(du -sm "$base" | cut -f1) MB"

fresh=$work/fresh
cleanup() {
    umount "$fresh/proc" 2>/dev/null || true
    rm -rf "$fresh"
}
trap cleanup EXIT
cleanup
cp -a "$base" "$fresh"
cat >"$fresh/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$fresh/etc/resolv.conf"
cp "$deb" "$fresh/tmp/auditlens.deb"
mount -t proc proc "$fresh/proc"

in_root() { chroot "$fresh" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
                DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }
before=$(du -sxm "$fresh" | cut -f1)
in_root apt-get update -qq || fail "apt-get update in the fresh root failed"
in_root apt-get install -y -qq --no-install-recommends /tmp/auditlens.deb >"$work/apt-install.log" 2>&1 \
    || { tail -20 "$work/apt-install.log" >&2; fail "apt-get install ./auditlens.deb failed (log: $work/apt-install.log)"; }
after=$(du -sxm "$fresh" | cut -f1)
say "installed with $(grep -c '^Setting up' "$work/apt-install.log") packages, +$(( after - before )) MB, after $(elapsed)"

for f in /usr/bin/auditlens /usr/share/applications/io.github.auditlens.AuditLens.desktop \
         /usr/share/metainfo/io.github.auditlens.AuditLens.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.auditlens.AuditLens.svg; do
    [ -f "$fresh$f" ] || fail "the DEB did not install $f"
done
version=$(in_root env QT_QPA_PLATFORM=offscreen /usr/bin/auditlens --version) \
    || fail "auditlens --version failed in the fresh root"
say "auditlens --version: $version"
# The SQLite driver and the window's libraries load too: a demo database, its schema, and the
# window started offscreen on it for three seconds (killed by timeout: status 124).
in_root /usr/bin/auditlens demo /tmp/demo.db --rows 2000 >/dev/null || fail "auditlens demo failed in the fresh root"
in_root /usr/bin/auditlens schema /tmp/demo.db | grep -q '"native"' || fail "auditlens schema failed in the fresh root"
status=0
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 3 /usr/bin/auditlens /tmp/demo.db >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the window did not stay up in the fresh root (status $status)"
say "auditlens demo, schema and the window (offscreen) run from the DEB"
say "OK after $(elapsed)"
