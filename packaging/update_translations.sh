#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the catalogues the program
# loads. Translators edit resources/translations/*.ts (Qt Linguist: pyside6-linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files 'desktop_app/ui/*.py' 'desktop_app/ui/**/*.py')
pyside6-lupdate $sources -ts resources/translations/tirkeu_ru.ts resources/translations/tirkeu_kk.ts
for ts in resources/translations/*.ts; do
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
