#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/*.ts up to date with the sources (new strings added as unfinished, removed
# ones dropped), with the options qt_add_translations uses, then lists what is left to translate.
# Usage: scripts/update-translations.sh [TS_FILE...]   (default: every translations/*.ts)
# LUPDATE=/path/to/lupdate overrides the tool. Exit status 1 while entries are unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
command -v "$lupdate" >/dev/null || { echo "update-translations: $lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 2; }
cd "$root"
if [ $# -eq 0 ]; then set -- translations/auditlens_*.ts; fi
"$lupdate" app ui models -no-obsolete -locations none -ts "$@"
exec "$root/scripts/unfinished-translations.py" "$@"
