#!/usr/bin/env bash
# The issue 14 web figures one step at a time (each under 3 minutes on an idle machine), sharing one folder between steps:
#   bench/web.sh prepare    # publish Release; generate and import the 10 000-episode database (once)
#   bench/web.sh memory     # RSS after 60 s of wrk -c64 over 1 000 different URLs (target < 200 MB)
#   bench/web.sh search     # 500 distinct searches (text + country + decade) and 45 broad filters, each once (p99 < 20 ms)
#   bench/web.sh abab       # episode and country page, app against nginx on the same bytes, plain wrk A/B/A/B (>= 0.8)
#   bench/web.sh abab seeds # the same on the seeds database (imported by prepare)
#   bench/web.sh sitezip [seeds] # /downloads/site.zip made during the mix and four page requests at a time: no 500, no OutOfMemoryException
# Environment: WEB_WORK (shared folder, default /tmp/sovweb), BENCH_DURATION (s per wrk run, 10), BENCH_APP_PORT (5181),
# BENCH_NGINX_PORT (5182), BENCH_WEB (another published web folder, to compare builds), BENCH_APP_ARGS (extra app
# arguments, e.g. --HotPath:SizeLimitMegabytes=12); DOTNET_* variables pass through to the app.
# Every line printed says the load average (uptime) it was measured at.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK="${WEB_WORK:-/tmp/sovweb}"; mkdir -p "$WORK"; chmod 755 "$WORK"
DUR="${BENCH_DURATION:-10}"; APP_PORT="${BENCH_APP_PORT:-5181}"; NGINX_PORT="${BENCH_NGINX_PORT:-5182}"
WEB="${BENCH_WEB:-$WORK/web}/SovietInterventions.Web.dll"; read -r -a APP_ARGS <<< "${BENCH_APP_ARGS:-}"; DB="$WORK/large.db"; PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
log() { echo "[web $(date +%H:%M:%S)] $*" >&2; }
md() { echo "$*"; }
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
install_tools
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
say() { echo "$* (uptime: $(uptime | sed 's/.*load/load/'))"; }

case "${1:-}" in
  prepare)
    timeout 600 dotnet publish src/SovietInterventions.Importer -c Release -o "$WORK/importer" -nologo -v q >/dev/null
    timeout 600 dotnet publish src/SovietInterventions.Web -c Release -o "$WORK/web" -nologo -v q >/dev/null
    [ -f "$DB" ] || { python3 bench/generate-large-db.py --out "$WORK/large" >&2
      timeout 600 dotnet "$WORK/importer/SovietInterventions.Importer.dll" import "$WORK/large/corpus" "$DB" --data "$WORK/large/data" | tail -1; }
    rm -f "$WORK/seeds.db"; timeout 300 dotnet "$WORK/importer/SovietInterventions.Importer.dll" import seeds "$WORK/seeds.db" | tail -1
    python3 bench/urls.py mix "$DB" 1000 > "$WORK/mix.txt"
    python3 bench/urls.py search "$DB" 500 > "$WORK/search.txt"
    python3 bench/urls.py pages "$DB" > "$WORK/pages.txt"
    # Broad filters: each kind alone and with each decade, each decade alone (thousands of matches each).
    python3 - "$DB" > "$WORK/broad.txt" <<'PY'
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
kinds = [re.sub(r"(?<!^)(?=[A-Z])", "-", k).lower() for (k,) in db.execute("SELECT DISTINCT Kind FROM Episodes ORDER BY 1")]
for k in kinds:
    print(f"/search?kind={k}")
    for d in range(1920, 2000, 10): print(f"/search?kind={k}&decade={d}s")
for d in range(1910, 2000, 10): print(f"/search?decade={d}s")
PY
    say "prepared $WORK" ;;
  memory)
    start_app "$DB" "$APP_PORT" "/" "${APP_ARGS[@]}"; idle=$(rss_mb "$APP_PID")
    res=$(timeout 100 wrk -t2 -c64 -d60s --timeout 5s -s bench/mix.lua "http://127.0.0.1:$APP_PORT" -- "$WORK/mix.txt" | grep '^RESULT' || echo "RESULT failed")
    say "memory: idle $idle MB, after 60 s $(rss_mb "$APP_PID") MB, peak $(hwm_mb "$APP_PID") MB; $(grep -E 'RssAnon|RssFile|RssShmem' "/proc/$APP_PID/status" | tr -s ' \t\n' ' '); $res" ;;
  search)
    start_app "$DB" "$APP_PORT" "/" "${APP_ARGS[@]}"
    cpu() { awk '{print $14+$15}' "/proc/$APP_PID/stat"; }
    for list in search broad; do
      a=$(cpu); out=$(python3 bench/fetch.py "http://127.0.0.1:$APP_PORT" "$WORK/$list.txt" --warm 200 --limit-ms 20 > "$WORK/$list.out"; head -1 "$WORK/$list.out"); b=$(cpu)
      say "$list: $out; app CPU $(( (b - a) * 1000 / $(getconf CLK_TCK) )) ms including 200 warm-up requests"
    done ;;
  abab)
    # The largest episode and country page of the database (bench/urls.py pages lists them first).
    [ "${2:-}" = seeds ] && DB="$WORK/seeds.db"
    python3 bench/urls.py pages "$DB" > "$WORK/abab-pages.txt"
    start_app "$DB" "$APP_PORT" "/" "${APP_ARGS[@]}"
    EPISODE=$(grep -m1 '^/episodes/' "$WORK/abab-pages.txt"); COUNTRY=$(grep -m1 '^/countries/.' "$WORK/abab-pages.txt")
    static="$WORK/static"; rm -rf "$static"
    for p in "$EPISODE" "$COUNTRY"; do mkdir -p "$static$(dirname "$p")"; curl -s -o "$static$p" "http://127.0.0.1:$APP_PORT$p"; done
    chmod -R a+rX "$static"; static_nginx "$NGINX_PORT" "$static" "$WORK/nginx.conf"
    md "| path | app req/s | nginx req/s | app req/s | nginx req/s | app/nginx |"
    for p in "$EPISODE" "$COUNTRY"; do abab "$p" "http://127.0.0.1:$APP_PORT$p" "http://127.0.0.1:$NGINX_PORT$p"; done
    say "abab done on $(basename "$DB"): $EPISODE $(stat -c %s "$static$EPISODE") bytes, $COUNTRY $(stat -c %s "$static$COUNTRY") bytes" ;;
  sitezip)
    # The heap ceiling's worst case (docs/benchmarks.md, ninth round): the whole site copied into a zip while 64 connections
    # run the mix and four page requests run at a time (as the Browser tests' link crawl does). The zip is kept beside
    # the edition, so it is removed first to be made again.
    [ "${2:-}" = seeds ] && DB="$WORK/seeds.db"
    rm -f "$(dirname "$DB")"/editions/*.site.zip
    start_app "$DB" "$APP_PORT" "/" "${APP_ARGS[@]}"
    (timeout 100 wrk -t2 -c64 -d60s --timeout 5s -s bench/mix.lua "http://127.0.0.1:$APP_PORT" -- "$WORK/mix.txt" | grep '^RESULT' > "$WORK/sitezip-mix.txt" || echo "RESULT failed" > "$WORK/sitezip-mix.txt") &
    mixer=$!
    sleep 5; rm -f "$WORK/sitezip.done"
    (while [ ! -f "$WORK/sitezip.done" ]; do
      head -200 "$WORK/mix.txt" | grep -v '^/downloads/' | xargs -P4 -I{} curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "http://127.0.0.1:$APP_PORT{}"
    done > "$WORK/sitezip-pages.txt") &
    pager=$!
    zip=$(curl -s -o "$WORK/site.zip" -w '%{http_code} %{size_download} bytes in %{time_total} s' --max-time 1800 "http://127.0.0.1:$APP_PORT/downloads/site.zip")
    touch "$WORK/sitezip.done"; wait "$pager" || true; wait "$mixer" || true; rm -f "$WORK/sitezip.done"
    pages=$(sort "$WORK/sitezip-pages.txt" | uniq -c | tr -s ' \n' ' ')
    say "sitezip on $(basename "$DB"): zip $zip; pages beside it (count status): $pages; mix $(cat "$WORK/sitezip-mix.txt"); OutOfMemoryException in the log: $(grep -c OutOfMemory "$WORK/web-$APP_PORT.log" || true); RSS $(rss_mb "$APP_PID") MB, peak $(hwm_mb "$APP_PID") MB" ;;
  *) sed -n '2,9p' "$0"; exit 1 ;;
esac
