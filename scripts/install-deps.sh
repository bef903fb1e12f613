#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian (bookworm) packages AuditLens builds, runs and tests with.
# Idempotent: installs only what is missing. Usage: scripts/install-deps.sh [--tests]
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
  sqlite3 libsqlite3-dev qtkeychain-qt6-dev libpq-dev
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(poppler-utils postgresql postgresql-client desktop-file-utils appstream clang libclang-rt-14-dev
             dpkg-dev file) # dpkg-dev: dpkg-shlibdeps, for the DEB's Depends
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
