#!/usr/bin/env bash
# Scores the importer on every annotated corpus (docs/evaluation.md): the seeds, the test corpora under
# tests/SovietInterventions.Core.Tests/Evaluation/ and, when ../shared/realworld exists, the real documents alone and
# with the seeds (their hand annotation, bench/realworld.annotation.json, stays outside the tests: nothing may depend on
# ../shared to build or test).
#   bench/score.sh [<out-dir>]      # default /tmp/scores; leaves <name>.db and <name>.score.txt per corpus there
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-/tmp/scores}"
EVAL="$ROOT/tests/SovietInterventions.Core.Tests/Evaluation"
REALWORLD="${REALWORLD:-$ROOT/../shared/realworld}"
mkdir -p "$OUT"
dotnet build "$ROOT/src/SovietInterventions.Importer" -c Release -o "$OUT/importer" -nologo -v q >/dev/null
importer() { dotnet "$OUT/importer/SovietInterventions.Importer.dll" "$@"; }

score() { # score <name> <folder> <annotation.json>...
  local name="$1" folder="$2"; shift 2
  rm -f "$OUT/$name.db"
  # A corpus the importer refuses is reported, and the others are still scored.
  if ! importer import "$folder" "$OUT/$name.db" > "$OUT/$name.import.txt" 2>&1; then
    printf '%-12s import failed: %s\n' "$name" "$(grep -m1 'error' "$OUT/$name.import.txt")"
    return
  fi
  importer evaluate "$OUT/$name.db" "$@" > "$OUT/$name.score.txt"
  # found, precision, exact years, multi-source, actors, duplicates
  printf '%-12s %s\n' "$name" "$(grep -E '^(recall|precision|exact|multi|must|dup)' "$OUT/$name.score.txt" \
    | sed -E 's/^[^:]*: ([0-9/]+).*/\1/' | tr '\n' ' ')"
}

score seeds "$ROOT/seeds" "$EVAL/seeds.annotation.json"
for annotation in "$EVAL"/*.annotation.json; do
  name="$(basename "$annotation" .annotation.json)"
  folder="$(find "$EVAL" -maxdepth 1 -type d -iname "$name")"
  [ "$name" = seeds ] || [ -z "$folder" ] || score "$name" "$folder" "$annotation"
done
if [ -d "$REALWORLD" ] && [ -f "$ROOT/bench/realworld.annotation.json" ]; then
  for corpus in realworld mix; do
    rm -rf "$OUT/$corpus-docs" && mkdir -p "$OUT/$corpus-docs"
    [ "$corpus" = mix ] && cp "$ROOT"/seeds/* "$OUT/$corpus-docs/"
    find "$REALWORLD" -maxdepth 1 -type f ! -iname 'SOURCES*' ! -iname 'README*' -exec cp {} "$OUT/$corpus-docs/" \;
  done
  score realworld "$OUT/realworld-docs" "$ROOT/bench/realworld.annotation.json"
  score mix "$OUT/mix-docs" "$EVAL/seeds.annotation.json" "$ROOT/bench/realworld.annotation.json"
fi
