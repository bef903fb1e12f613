#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the entries of Qt .ts files that still need a translator: unfinished, empty, or a
plural (numerus) entry missing a form. One line each: FILE: CONTEXT: SOURCE.
Usage: scripts/unfinished-translations.py [TS_FILE...]  (default: translations/*.ts)
Exit status 0 when every entry is translated, 1 otherwise."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

# Plural forms per language, as lrelease counts them (Portuguese and German: one, other).
FORMS = {"de": 2, "pt_BR": 2, "pt": 2}


def unfinished(path):
    root = ET.parse(path).getroot()
    forms = FORMS.get(root.get("language", ""), 2)
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                yield name, source
            elif message.get("numerus") == "yes":
                texts = [f.text for f in translation.iter("numerusform")]
                if len(texts) < forms or not all(texts):
                    yield name, source
            elif not translation.text:
                yield name, source


def main(paths):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    paths = paths or sorted(glob.glob(os.path.join(root, "translations", "*.ts")))
    count = 0
    for path in paths:
        for name, source in unfinished(path):
            count += 1
            print(f"{path}: {name}: {source!r}")
    print(f"{count} unfinished entr{'y' if count == 1 else 'ies'} in {len(paths)} file(s)", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
