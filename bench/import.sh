#!/usr/bin/env bash
# Import speed (issue 11, item 9): the whole importer process, start to exit, on the seeds and on the seeds with another
# folder of documents, repeated; prints min and median. Loopback-free, writes only under a temporary folder.
#   bench/import.sh                                            # seeds; seeds + $REALWORLD when that folder exists
#   IMPORT_RUNS=10 REALWORLD=/path/to/documents bench/import.sh
#   BASELINE_REF=692ec03 bench/import.sh                       # also a build of an older commit, for before/after
#   IMPORT_NICE=-20 bench/import.sh                            # as root on a busy machine: the runs get the CPU first
#   IMPORT_FRESH=1 bench/import.sh                             # every run imports into an empty folder (a first import,
#                                                              # which also records a new edition); default: the same database again
# Builds: "release" = dotnet publish -c Release (framework-dependent, JIT); "r2r" = the same for linux-x64 with ReadyToRun.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop over /usr/bin/time.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${IMPORT_RUNS:-10}"
REALWORLD="${REALWORLD:-$ROOT/../shared/realworld}"
WORK="$(mktemp -d /tmp/importbench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
log() { echo "[import-bench $(date +%H:%M:%S)] $*" >&2; }

publish() { # publish <source-root> <out> [extra args]
  local src="$1" out="$2"; shift 2
  timeout 900 dotnet publish "$src/src/SovietInterventions.Importer" -c Release -o "$out" -nologo -v q "$@" >/dev/null
}

log "publishing"
publish "$ROOT" "$WORK/release"
publish "$ROOT" "$WORK/r2r" -r linux-x64 --self-contained false -p:PublishReadyToRun=true
BUILDS=(release r2r)
if [ -n "${BASELINE_REF:-}" ]; then
  mkdir -p "$WORK/baseline-src"
  git -C "$ROOT" archive "$BASELINE_REF" | tar -x -C "$WORK/baseline-src"
  publish "$WORK/baseline-src" "$WORK/baseline"
  BUILDS=(baseline "${BUILDS[@]}")
fi

mkdir -p "$WORK/seeds" "$WORK/seeds+realworld"
cp "$ROOT"/seeds/* "$WORK/seeds/"
CORPORA=(seeds)
if [ -d "$REALWORLD" ]; then
  cp "$ROOT"/seeds/* "$WORK/seeds+realworld/"
  # The documents only: a folder's SOURCES.md or README.md is not history (newer importers skip it anyway).
  find "$REALWORLD" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.wiki' \) \
    ! -iname 'SOURCES*' ! -iname 'README*' -exec cp {} "$WORK/seeds+realworld/" \;
  CORPORA+=(seeds+realworld)
fi

echo "# Import benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, nice ${IMPORT_NICE:-0}, fresh ${IMPORT_FRESH:-0}, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | corpus | bytes | runs | min s | median s | mean user+sys s |"
echo "|---|---|---|---|---|---|---|"
for build in "${BUILDS[@]}"; do
  for corpus in "${CORPORA[@]}"; do
    exe="$WORK/$build/SovietInterventions.Importer"
    out="$WORK/out-$build-$corpus"
    cmd="$exe import $WORK/$corpus $out/encyclopedia.db"
    [ -n "${IMPORT_NICE:-}" ] && cmd="nice -n $IMPORT_NICE $cmd"
    prepare="true"
    [ -n "${IMPORT_FRESH:-}" ] && prepare="rm -rf $out"
    $cmd >/dev/null 2>&1 # warm the file cache; also checks that it works
    bytes=$(cat "$WORK/$corpus"/* | wc -c)
    if command -v hyperfine >/dev/null; then
      hyperfine -N -r "$RUNS" --prepare "$prepare" --export-json "$WORK/h.json" "$cmd" >/dev/null 2>&1
      read -r min median cpu < <(python3 -c "import json,statistics as s; r=json.load(open('$WORK/h.json'))['results'][0]; print(f\"{min(r['times']):.2f} {s.median(r['times']):.2f} {r['user']+r['system']:.2f}\")")
    else
      : > "$WORK/times"
      for _ in $(seq "$RUNS"); do $prepare; /usr/bin/time -f "%e %U %S" -a -o "$WORK/times" $cmd >/dev/null 2>&1; done
      read -r min median cpu < <(python3 -c "import statistics as s; r=[list(map(float,l.split())) for l in open('$WORK/times')]; w=[x[0] for x in r]; print(f'{min(w):.2f} {s.median(w):.2f} {s.mean(x[1]+x[2] for x in r):.2f}')")
    fi
    echo "| $build | $corpus | $bytes | $RUNS | $min | $median | $cpu |"
  done
done
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
