#!/usr/bin/env bash
# Refresh the translation sources from the code. Translators then edit:
#   resources/translations/tirkeu_<lang>.ts   the window's words (Qt Linguist: pyside6-linguist)
#   resources/locale/<lang>/LC_MESSAGES/tirkeu.po   the core's and the command's sentences
# The .qm the window loads are built from the .ts here; the .po are read as they are.
# tests/test_language.py fails while a catalogue is stale or has an unfinished entry.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files 'desktop_app/ui/*.py' 'desktop_app/ui/**/*.py')
pyside6-lupdate $sources -ts resources/translations/tirkeu_ru.ts resources/translations/tirkeu_kk.ts
for ts in resources/translations/*.ts; do
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done

pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
pybabel extract -F babel.cfg -k _ -k n_:1,2 --no-location --sort-output \
  --project=Tirkeu -o "$pot" desktop_app
for lang in ru kk; do
  po=resources/locale/$lang/LC_MESSAGES/tirkeu.po
  if [ -f "$po" ]; then
    pybabel update -D tirkeu -i "$pot" -l "$lang" -o "$po" --no-fuzzy-matching --ignore-obsolete
  else
    mkdir -p "$(dirname "$po")"
    pybabel init -D tirkeu -i "$pot" -l "$lang" -o "$po"
  fi
done
