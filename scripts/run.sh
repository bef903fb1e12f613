#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens AuditLens. With no argument the window opens the
# demo database in the user's data folder (~/.local/share/AuditLens/AuditLens/demo.db), written on first use.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
exec "${AUDITLENS_BUILD_DIR:-$root/build}/app/auditlens" "$@"
