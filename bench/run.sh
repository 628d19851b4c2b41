#!/usr/bin/env bash
# Benchmark harness (issue 7). Loopback only, every step bounded in time.
#   bench/run.sh                      # full run: 10 s per wrk run, imports of 1x/10x/100x, 10 000-episode DB
#   BENCH_DURATION=5 bench/run.sh     # shorter wrk runs
# Environment: BENCH_DURATION (s per wrk run, default 10), BENCH_SCALES ("1 10 100"), BENCH_LARGE (1 = build and
# measure the 10 000-episode database, default 1), BENCH_LARGE_DB (an existing one to reuse), BENCH_MIX_SECONDS
# (memory test, default 60), BENCH_IMPORT_TIMEOUT (s per import, default 900), BENCH_APP_PORT (5181),
# BENCH_NGINX_PORT (5182), BENCH_NGINX_WORKERS (1), BENCH_OUT (report file, default bench/results/<stamp>.md).
# Throughput is plain wrk (no script: a Lua script makes wrk the bottleneck); latency is a separate run with
# bench/latency.lua; app and nginx alternate A/B/A/B on the same saved bytes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DUR="${BENCH_DURATION:-10}"
MIX_SECONDS="${BENCH_MIX_SECONDS:-60}"
SCALES="${BENCH_SCALES:-1 10 100}"
LARGE="${BENCH_LARGE:-1}"
IMPORT_TIMEOUT="${BENCH_IMPORT_TIMEOUT:-900}"
APP_PORT="${BENCH_APP_PORT:-5181}"
NGINX_PORT="${BENCH_NGINX_PORT:-5182}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p bench/results
OUT="${BENCH_OUT:-$ROOT/bench/results/$STAMP.md}"
WORK="$(mktemp -d /tmp/sovbench.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
md() { echo "$*" >> "$OUT"; }
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

# --- 0. tools ---------------------------------------------------------------------------------------
install_tools
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required (https://dot.net)"; exit 1; }

# --- 1. build -------------------------------------------------------------------------------------
log "publishing Release to $WORK"
timeout 600 dotnet publish src/SovietInterventions.Importer -c Release -o "$WORK/importer" -nologo -v q >/dev/null
timeout 600 dotnet publish src/SovietInterventions.Web -c Release -o "$WORK/web" -nologo -v q >/dev/null
IMPORTER="$WORK/importer/SovietInterventions.Importer.dll"
WEB="$WORK/web/SovietInterventions.Web.dll"

: > "$OUT"
md "# Benchmark run $STAMP"
md ""
md "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -h | awk '/Mem:/{print $2}') RAM, $(uname -sr)"
md "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $(git status --porcelain 2>/dev/null | grep -q . && echo '(dirty)')"
md "- dotnet $(dotnet --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $($NGINX -v 2>&1)"
md "- wrk duration ${DUR} s per run, loopback, app and wrk on the same machine; load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
md ""

# --- 2. imports -------------------------------------------------------------------------------------
# import <label> <dir> <db> [extra args]: wall time and peak RSS of the whole CLI process
import_one() {
  local label="$1" dir="$2" db="$3"; shift 3
  local tv="$WORK/time-$label.txt"
  local bytes; bytes=$(cat "$dir"/* | wc -c)
  if /usr/bin/time -v timeout "$IMPORT_TIMEOUT" dotnet "$IMPORTER" import "$dir" "$db" "$@" > "$WORK/import-$label.log" 2> "$tv"; then
    local wall rss summary
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$tv")
    rss=$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$tv")
    summary=$(grep '^Imported' "$WORK/import-$label.log" | sed 's/|/\\|/g')
    local secs; secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    md "| $label | $bytes | $secs | $rss | $summary |"
    echo "$label $bytes $secs" >> "$WORK/growth.txt"
  else
    md "| $label | $bytes | failed or over ${IMPORT_TIMEOUT} s | | $(tail -1 "$WORK/import-$label.log") |"
  fi
}

md "## Import (CLI process: wall time, peak RSS via /usr/bin/time -v)"
md ""
md "| corpus | bytes | wall s | peak RSS MB | importer summary |"
md "|---|---|---|---|---|"
: > "$WORK/growth.txt"
for s in $SCALES; do
  if [ "$s" = 1 ]; then dir="$ROOT/seeds"; label="seeds"
  else dir="$WORK/corpus$s"; label="${s}x"; python3 bench/generate-corpus.py --scale "$s" --out "$dir" >&2; fi
  log "importing $label"
  import_one "$label" "$dir" "$WORK/$label.db"
done
md ""
md "Growth (time ratio / size ratio against the first row; 1.0 = linear):"
md ""
awk 'NR==1{b=$2;t=$3} {printf "- %s: size x%.1f, time x%.1f, ratio %.2f\n", $1, $2/b, $3/t, ($3/t)/($2/b)}' "$WORK/growth.txt" >> "$OUT"
md ""

DB="$WORK/seeds.db"
[ -f "$DB" ] || timeout 300 dotnet "$IMPORTER" import seeds "$DB" >/dev/null

# --- 3. app on the seeds database ----------------------------------------------------------------------
log "starting app on the seeds database (cold start)"
start_app "$DB" "$APP_PORT" "/episodes/1956-hungary"; read -r COLD_HEALTH COLD_PAGE < "$WORK/cold.txt"
APP="$APP_PID"
md "## Cold start (process start to first 200, existing database, Release)"
md ""
md "- /healthz: ${COLD_HEALTH:-none} ms; first episode page right after: ${COLD_PAGE:-none} ms (target: under 2000 ms)"
md ""
RSS_IDLE=$(rss_mb "$APP")

PATHS=("/episodes/1956-hungary" "/countries/hungary" "/timeline" "/search?q=troops&country=hungary&decade=1950s" "/api/episodes")
md "## Latency: app, seeds database (wrk with bench/latency.lua)"
md ""
md "| path | conns | status | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |"
md "|---|---|---|---|---|---|---|---|"
for p in "${PATHS[@]}"; do latency_row "app $p" "http://127.0.0.1:$APP_PORT$p"; done
md ""

# compare <label> <app port> <page paths...>: saves each page, serves it with nginx, plain wrk A/B/A/B
compare() {
  local label="$1" port="$2"; shift 2
  local static="$WORK/static-$label"; mkdir -p "$static"
  for p in "$@"; do mkdir -p "$static$(dirname "$p")"; curl -s -o "$static$p" "http://127.0.0.1:$port$p"; done
  chmod -R a+rX "$static"
  static_nginx "$NGINX_PORT" "$static" "$ROOT/bench/results/nginx-$label.conf"
  md "## Throughput: app against nginx on the same bytes, $label (plain wrk -t2 -c64, A/B/A/B)"
  md ""
  md "| path | app req/s | nginx req/s | app req/s | nginx req/s | app/nginx |"
  md "|---|---|---|---|---|---|"
  for p in "$@"; do abab "$p ($(wc -c < "$static$p") bytes)" "http://127.0.0.1:$port$p" "http://127.0.0.1:$NGINX_PORT$p"; done
  md ""
  stop_pid "$NGINX_PID"
}
compare seeds "$APP_PORT" /episodes/1956-hungary /countries/hungary
md "Web process RSS (seeds): idle ${RSS_IDLE} MB, after load $(rss_mb "$APP") MB, peak (VmHWM) $(hwm_mb "$APP") MB."
md ""
stop_pid "$APP"

# What each change bought: the same page with the hot path and the request log switched on and off.
if [ "${BENCH_VARIANTS:-1}" = 1 ]; then
  md "## What each change bought (seeds, /episodes/1956-hungary, plain wrk -t2 -c64, one run each)"
  md ""
  md "| configuration | req/s | non-2xx/3xx | socket errors |"
  md "|---|---|---|---|"
  variant() {
    start_app "$DB" "$APP_PORT" "/episodes/1956-hungary" "${@:2}"
    read -r rps bad sock < <(plain_rps "http://127.0.0.1:$APP_PORT/episodes/1956-hungary")
    md "| $1 | $rps | $bad | $sock |"; stop_pid "$APP_PID"
  }
  variant "before: no hot path, a log line per request (Serilog at Information)" --HotPath:Enabled=false --Serilog:MinimumLevel:Default=Information
  variant "no hot path, request log at Warning" --HotPath:Enabled=false
  variant "hot path (the default), request log at Warning" --HotPath:Enabled=true
  variant "hot path, a log line per request (hits are not logged)" --Serilog:MinimumLevel:Default=Information
  md ""
fi

# --- 4. the 10 000-episode database --------------------------------------------------------------------
if [ "$LARGE" = 1 ]; then
  LARGE_DB="${BENCH_LARGE_DB:-}"
  md "## 10 000-episode database (bench/generate-large-db.py)"
  md ""
  if [ -z "$LARGE_DB" ]; then
    log "generating and importing the 10 000-episode database"
    python3 bench/generate-large-db.py --out "$WORK/large" >&2
    md "| corpus | bytes | wall s | peak RSS MB | importer summary |"
    md "|---|---|---|---|---|"
    import_one "large" "$WORK/large/corpus" "$WORK/large.db" --data "$WORK/large/data"
    md ""
    LARGE_DB="$WORK/large.db"
  fi
  if [ -f "$LARGE_DB" ]; then
    python3 bench/urls.py pages "$LARGE_DB" > "$WORK/pages.txt"
    python3 bench/urls.py search "$LARGE_DB" 500 > "$WORK/search.txt"
    python3 bench/urls.py mix "$LARGE_DB" 1000 > "$WORK/mix.txt"
    start_app "$LARGE_DB" "$APP_PORT" "/timeline"; read -r LH LP < "$WORK/cold.txt"
    md "Cold start on it: /healthz ${LH:-none} ms, /timeline ${LP:-none} ms."
    md ""
    md "Every list page and the largest page of each kind, each requested once (so rendered, not cached), after"
    md "a warm-up of ten (bench/fetch.py; targets: none over 300 KB, none over 50 ms; load $(load1)):"
    md ""
    md '```'
    python3 bench/fetch.py "http://127.0.0.1:$APP_PORT" "$WORK/pages.txt" --warm 10 >> "$OUT"
    md '```'
    md ""
    md "500 distinct searches, each a word, a target country and a decade, each requested once after 200 others warm the process (target p99 < 20 ms; load $(load1)):"
    md ""
    md '```'
    python3 bench/fetch.py "http://127.0.0.1:$APP_PORT" "$WORK/search.txt" --warm 200 --limit-ms 20 >> "$OUT"
    md '```'
    md ""
    EPISODE=$(grep -m1 '^/episodes/' "$WORK/pages.txt"); COUNTRY=$(grep -m1 '^/countries/.' "$WORK/pages.txt")
    compare large "$APP_PORT" "$EPISODE" "$COUNTRY"
    stop_pid "$APP_PID"

    log "memory: ${MIX_SECONDS} s at 64 connections over 1 000 URLs"
    start_app "$LARGE_DB" "$APP_PORT" "/"
    IDLE=$(rss_mb "$APP_PID"); LOAD0=$(load1)
    MIX=$(timeout $((MIX_SECONDS + 30)) wrk -t2 -c64 -d"${MIX_SECONDS}s" --timeout 5s -s bench/mix.lua "http://127.0.0.1:$APP_PORT" -- "$WORK/mix.txt" | grep '^RESULT' || echo "RESULT failed")
    md "Memory: ${MIX_SECONDS} s of wrk -c64 over $(wc -l < "$WORK/mix.txt") different URLs (bench/urls.py mix; bench/mix.lua): \`$MIX\`;"
    md "web process RSS idle ${IDLE} MB, after the run $(rss_mb "$APP_PID") MB, peak (VmHWM) $(hwm_mb "$APP_PID") MB (target: under 200 MB); load ${LOAD0} before, $(load1) after."
    md ""
    stop_pid "$APP_PID"
  fi
fi
log "report: $OUT"
cat "$OUT"
