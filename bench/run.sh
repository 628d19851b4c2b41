#!/usr/bin/env bash
# Benchmark harness (issue 7). Loopback only, every step bounded in time.
#   bench/run.sh                      # full run: 15 s per wrk run, imports of 1x/10x/100x, 10 000-episode DB
#   BENCH_DURATION=5 bench/run.sh     # shorter wrk runs
# Environment: BENCH_DURATION (s, default 15), BENCH_SCALES ("1 10 100"), BENCH_LARGE (1 = build and
# measure the 10 000-episode database, default 1), BENCH_IMPORT_TIMEOUT (s per import, default 900),
# BENCH_APP_PORT (5181), BENCH_NGINX_PORT (5182), BENCH_OUT (report file, default bench/results/<stamp>.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DUR="${BENCH_DURATION:-15}"
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

# --- 0. tools ---------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}"
fi
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
md "- wrk duration ${DUR} s per run, loopback, app and wrk on the same machine"
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

# --- 3. app -----------------------------------------------------------------------------------------
start_app() { # db port path -> sets APP_PID, writes ms to first 200 on /healthz and on the episode page
  local db="$1" port="$2"
  local t0; t0=$(date +%s%N)
  (cd "$WORK/web" && exec dotnet "$WEB" --urls "http://127.0.0.1:$port" --Encyclopedia:DatabasePath="$db" \
      --Encyclopedia:SeedsPath= --RateLimits:Enabled=false --Encyclopedia:PublicBaseUrl="http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning \
      > "$WORK/web-$port.log" 2>&1) &
  APP_PID=$!; PIDS+=("$APP_PID")
  local health="" page=""
  for _ in $(seq 1 3000); do
    if [ -z "$health" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ]; then
      health=$(( ($(date +%s%N) - t0) / 1000000 ))
    fi
    if [ -n "$health" ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$3")" = 200 ] && page=$(( ($(date +%s%N) - t0) / 1000000 ))
      break
    fi
    sleep 0.01
  done
  echo "$health $page" > "$WORK/cold.txt"
}

rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
hwm_mb() { awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

# run_wrk <label> <url> <conns> -> appends a table row
run_wrk() {
  local label="$1" url="$2" c="$3" code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  local line
  line=$(timeout $((DUR + 30)) wrk -t2 -c"$c" -d"${DUR}s" --timeout 5s -s bench/latency.lua "$url" | grep '^RESULT' || echo "RESULT failed")
  echo "$label $c $line" >> "$WORK/wrk.txt"
  local rps p50 p99 bad sock
  rps=$(echo "$line" | sed -n 's/.*rps=\([0-9.]*\).*/\1/p'); p50=$(echo "$line" | sed -n 's/.*p50=\([0-9.]*\).*/\1/p')
  p99=$(echo "$line" | sed -n 's/.*p99=\([0-9.]*\).*/\1/p'); bad=$(echo "$line" | sed -n 's/.*non2xx3xx=\([0-9]*\).*/\1/p')
  sock=$(echo "$line" | sed -n 's/.*sockerr=\([0-9]*\).*/\1/p')
  md "| $label | $c | $code | $rps | $p50 | $p99 | $bad | $sock |"
  log "$label c=$c: $line"
}

PATHS=("/episodes/1956-hungary" "/countries/hungary" "/timeline" "/search?q=troops&country=hungary&decade=1950s" "/api/episodes")

log "starting app on the seeds database (cold start)"
start_app "$DB" "$APP_PORT" "/episodes/1956-hungary"; read -r COLD_HEALTH COLD_PAGE < "$WORK/cold.txt"
APP="$APP_PID"
md "## Cold start (process start to first 200, existing database, Release)"
md ""
md "- /healthz: ${COLD_HEALTH:-none} ms; first episode page right after: ${COLD_PAGE:-none} ms (target: under 2000 ms)"
md ""
RSS_IDLE=$(rss_mb "$APP")

md "## Serving: app (seeds database)"
md ""
md "| path | conns | status | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |"
md "|---|---|---|---|---|---|---|---|"
for p in "${PATHS[@]}"; do for c in 16 64; do run_wrk "app $p" "http://127.0.0.1:$APP_PORT$p" "$c"; done; done
RSS_LOAD=$(rss_mb "$APP"); RSS_PEAK=$(hwm_mb "$APP")
md ""
md "Web process RSS: idle ${RSS_IDLE} MB, after load ${RSS_LOAD} MB, peak (VmHWM) ${RSS_PEAK} MB (target: under 200 MB)."
md ""

# --- 4. nginx serving the same bytes ------------------------------------------------------------------
STATIC="$WORK/static"; mkdir -p "$STATIC/episodes" "$STATIC/countries" "$WORK/nginx/logs"
curl -s -o "$STATIC/episodes/1956-hungary" "http://127.0.0.1:$APP_PORT/episodes/1956-hungary"
curl -s -o "$STATIC/countries/hungary" "http://127.0.0.1:$APP_PORT/countries/hungary"
chmod -R a+rX "$STATIC"
CONF="$ROOT/bench/results/nginx.conf"
cat > "$CONF" <<NGINX
# generated by bench/run.sh: serves the app's saved pages as static files
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log stderr warn;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $STATIC;
  }
}
NGINX
timeout $((DUR * 4 + 120)) "$NGINX" -p "$WORK/nginx" -c "$CONF" > "$WORK/nginx.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/episodes/1956-hungary" && break; sleep 0.05; done
md "## Serving: nginx, same bytes saved from the app (bench/results/nginx.conf)"
md ""
md "| path | conns | status | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |"
md "|---|---|---|---|---|---|---|---|"
for p in /episodes/1956-hungary /countries/hungary; do for c in 16 64; do run_wrk "nginx $p" "http://127.0.0.1:$NGINX_PORT$p" "$c"; done; done
md ""
md "Ratio app/nginx (target at least 0.6; p99 target under 10 ms at 64 connections):"
md ""
for p in /episodes/1956-hungary /countries/hungary; do for c in 16 64; do
  a=$(awk -v k="app $p" -v c="$c" '$1" "$2==k && $3==c {sub("rps=","",$5); print $5}' "$WORK/wrk.txt")
  n=$(awk -v k="nginx $p" -v c="$c" '$1" "$2==k && $3==c {sub("rps=","",$5); print $5}' "$WORK/wrk.txt")
  md "- $p, $c connections: app $a req/s, nginx $n req/s, ratio $(awk -v a="$a" -v n="$n" 'BEGIN{ if (n>0) printf "%.3f", a/n; else print "?" }')"
done; done
md "- bytes per response: episode $(wc -c < "$STATIC/episodes/1956-hungary"), country $(wc -c < "$STATIC/countries/hungary")"
md ""
kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true

# --- 5. the 10 000-episode database --------------------------------------------------------------------
if [ "$LARGE" = 1 ]; then
  log "generating and importing the 10 000-episode database"
  md "## 10 000-episode database (bench/generate-large-db.py)"
  md ""
  python3 bench/generate-large-db.py --out "$WORK/large" >&2
  md "| corpus | bytes | wall s | peak RSS MB | importer summary |"
  md "|---|---|---|---|---|"
  import_one "large" "$WORK/large/corpus" "$WORK/large.db" --data "$WORK/large/data"
  md ""
  if [ -f "$WORK/large.db" ]; then
    start_app "$WORK/large.db" "$APP_PORT" "/timeline"; read -r LH LP < "$WORK/cold.txt"
    md "Cold start on it: /healthz ${LH:-none} ms, /timeline ${LP:-none} ms."
    md ""
    md "| path | conns | status | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |"
    md "|---|---|---|---|---|---|---|---|"
    for p in "/search?q=troops&country=hungary&decade=1950s" "/timeline" "/api/episodes" "/countries/hungary"; do
      run_wrk "large $p" "http://127.0.0.1:$APP_PORT$p" 64
    done
    md ""
    md "Web process RSS on the large database after load: $(rss_mb "$APP_PID") MB, peak $(hwm_mb "$APP_PID") MB."
    md ""
  fi
fi
log "report: $OUT"
cat "$OUT"
