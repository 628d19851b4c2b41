#!/usr/bin/env bash
# Soak (issue 8): wrk at 64 connections over a mix of pages, search and API (scripts/soak.lua),
# reporting socket errors, non-2xx/3xx responses (both must be 0) and the web process RSS before/after.
# Exits non-zero on any error.
#   scripts/soak.sh                     # builds Release, imports seeds/ into a temp db, 60 s
#   SOAK_DURATION=20 scripts/soak.sh    # shorter
#   SOAK_URL=http://127.0.0.1:5000 SOAK_PID=<web pid> scripts/soak.sh   # against a running app
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DUR="${SOAK_DURATION:-60}"
CONNS="${SOAK_CONNECTIONS:-64}"
PORT="${SOAK_PORT:-5191}"
URL="${SOAK_URL:-}"
PID="${SOAK_PID:-}"
APP=""
WORK="$(mktemp -d /tmp/sovsoak.XXXXXX)"
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null || true; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 2; }

if [ -z "$URL" ]; then
  timeout 600 dotnet publish src/SovietInterventions.Importer -c Release -o "$WORK/importer" -nologo -v q >/dev/null
  timeout 600 dotnet publish src/SovietInterventions.Web -c Release -o "$WORK/web" -nologo -v q >/dev/null
  timeout 300 dotnet "$WORK/importer/SovietInterventions.Importer.dll" import seeds "$WORK/soak.db" >/dev/null
  (cd "$WORK/web" && exec dotnet SovietInterventions.Web.dll --urls "http://127.0.0.1:$PORT" \
     --Encyclopedia:DatabasePath="$WORK/soak.db" --Encyclopedia:SeedsPath= --RateLimits:Enabled=false --Encyclopedia:PublicBaseUrl="http://127.0.0.1:$PORT" \
     --Logging:LogLevel:Default=Warning > "$WORK/web.log" 2>&1) &
  APP=$!; PID=$APP; URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$URL/healthz" && break; sleep 0.05; done
fi
rss() { [ -n "$PID" ] && awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$PID/status" 2>/dev/null || echo "?"; }
hwm() { [ -n "$PID" ] && awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$PID/status" 2>/dev/null || echo "?"; }

# warm-up so "before" is the steady state, not the cold process
timeout 30 wrk -t2 -c"$CONNS" -d5s -s scripts/soak.lua "$URL" >/dev/null 2>&1 || true
BEFORE=$(rss)
LINE=$(timeout $((DUR + 60)) wrk -t2 -c"$CONNS" -d"${DUR}s" --timeout 5s -s scripts/soak.lua "$URL" | tee "$WORK/wrk.txt" | grep '^RESULT')
AFTER=$(rss); PEAK=$(hwm)
cat "$WORK/wrk.txt"
NON=$(echo "$LINE" | sed -n 's/.*non2xx3xx=\([0-9]*\).*/\1/p')
SOCK=$(echo "$LINE" | sed -n 's/.*sockerr=\([0-9]*\).*/\1/p')
echo "soak: ${DUR} s, ${CONNS} connections, $URL"
echo "soak: socket errors ${SOCK}, non-2xx/3xx ${NON}"
echo "soak: web RSS before ${BEFORE} MB, after ${AFTER} MB, peak ${PEAK} MB"
if [ "${NON:-1}" != 0 ] || [ "${SOCK:-1}" != 0 ]; then echo "soak: FAILED"; exit 1; fi
echo "soak: OK"
