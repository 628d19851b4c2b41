#!/usr/bin/env bash
# Import speed (issue 11, item 9): the whole importer process, start to exit, on the seeds and on the seeds with another
# folder of documents. The builds take turns run by run (A, B, A, B…), so a change in the machine's load falls on all of
# them alike; prints min and median wall time, mean CPU time and the load average over each build's runs.
#   bench/import.sh                                            # seeds; seeds + $REALWORLD when that folder exists
#   IMPORT_RUNS=10 REALWORLD=/path/to/documents bench/import.sh
#   IMPORT_BUILDS="build jit" bench/import.sh                  # only these builds (default: build jit r2r)
#   BASELINE_REF=692ec03 bench/import.sh                       # also a build of an older commit, for before/after
#   IMPORT_NICE=-20 bench/import.sh                            # as root on a busy machine: the runs get the CPU first
#   IMPORT_FRESH=1 bench/import.sh                             # every run imports into an empty folder (a first import,
#                                                              # which also records a new edition); default: the same database again
# Builds: "build" = dotnet build -c Release, what `dotnet run` and a plain build give (ReadyToRun for the assemblies an
# import loads, src/SovietInterventions.Importer/ReadyToRunBuild.targets); "jit" = dotnet publish -c Release without
# ReadyToRun (-p:ImporterReadyToRun=false); "r2r" = dotnet publish for linux-x64 with ReadyToRun for every assembly;
# "baseline" = dotnet publish -c Release of BASELINE_REF.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${IMPORT_RUNS:-10}"
REALWORLD="${REALWORLD:-$ROOT/../shared/realworld}"
read -r -a BUILDS <<< "${IMPORT_BUILDS:-build jit r2r}"
WORK="$(mktemp -d /tmp/importbench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
log() { echo "[import-bench $(date +%H:%M:%S)] $*" >&2; }

compile() { # compile <build-name> <out>
  local project="$ROOT/src/SovietInterventions.Importer"
  case "$1" in
    build) dotnet build "$project" -c Release -o "$2" -nologo -v q ;;
    jit) dotnet publish "$project" -c Release -o "$2" -nologo -v q -p:ImporterReadyToRun=false ;;
    r2r) dotnet publish "$project" -c Release -o "$2" -nologo -v q -r linux-x64 --self-contained false -p:PublishReadyToRun=true ;;
    baseline)
      mkdir -p "$WORK/baseline-src"
      git -C "$ROOT" archive "$BASELINE_REF" | tar -x -C "$WORK/baseline-src"
      dotnet publish "$WORK/baseline-src/src/SovietInterventions.Importer" -c Release -o "$2" -nologo -v q ;;
    *) echo "unknown build $1" >&2; exit 2 ;;
  esac
}

[ -n "${BASELINE_REF:-}" ] && BUILDS=(baseline "${BUILDS[@]}")
for build in "${BUILDS[@]}"; do
  log "compiling $build"
  compile "$build" "$WORK/$build" >/dev/null
done

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

echo "# Import benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, nice ${IMPORT_NICE:-0}, fresh ${IMPORT_FRESH:-0}, $RUNS runs per build, builds taking turns"
echo "uptime before: $(uptime)"
echo
echo "| build | corpus | bytes | runs | min s | median s | mean user+sys s | load average (1 min) during the runs |"
echo "|---|---|---|---|---|---|---|---|"
for corpus in "${CORPORA[@]}"; do
  bytes=$(cat "$WORK/$corpus"/* | wc -c)
  for build in "${BUILDS[@]}"; do
    out="$WORK/out-$build-$corpus"; : > "$WORK/times-$build"; : > "$WORK/load-$build"
    "$WORK/$build/SovietInterventions.Importer" import "$WORK/$corpus" "$out/encyclopedia.db" >/dev/null 2>&1 # warm the file cache; checks it works
  done
  for _ in $(seq "$RUNS"); do
    for build in "${BUILDS[@]}"; do
      out="$WORK/out-$build-$corpus"
      [ -n "${IMPORT_FRESH:-}" ] && rm -rf "$out"
      cmd=("$WORK/$build/SovietInterventions.Importer" import "$WORK/$corpus" "$out/encyclopedia.db")
      [ -n "${IMPORT_NICE:-}" ] && cmd=(nice -n "$IMPORT_NICE" "${cmd[@]}")
      /usr/bin/time -f "%e %U %S" -a -o "$WORK/times-$build" "${cmd[@]}" >/dev/null 2>&1
      cut -d' ' -f1 /proc/loadavg >> "$WORK/load-$build"
    done
  done
  for build in "${BUILDS[@]}"; do
    read -r min median cpu load < <(python3 -c "
import statistics as s
r=[list(map(float,l.split())) for l in open('$WORK/times-$build') if l[:1].isdigit()]; w=[x[0] for x in r]
l=[float(x) for x in open('$WORK/load-$build')]
print(f'{min(w):.2f} {s.median(w):.2f} {s.mean(x[1]+x[2] for x in r):.2f} {min(l):.1f}–{max(l):.1f}')")
    echo "| $build | $corpus | $bytes | $RUNS | $min | $median | $cpu | $load |"
  done
done
echo
echo "uptime after: $(uptime)"
