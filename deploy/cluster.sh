#!/usr/bin/env bash
# Three replicas of the site and nginx in front (deploy/nginx.conf), on loopback only; every wait is bounded.
#   deploy/cluster.sh
# 1. publishes the importer and the site (Release), imports the seeds (edition 1) and a copy of the seeds with one
#    added paragraph (edition 2, only on /sources/soviet-foreign-policy-notes);
# 2. starts three replicas, each its own process, port and copy of edition 1;
# 3. measures one replica alone (wrk straight to it), then the cluster through nginx for CLUSTER_SECONDS while
#    edition 2 is rolled to each replica in turn by the documented atomic swap (copy beside, rename over);
# 4. reports throughput, errors, and every (ETag, body has the new paragraph) pair seen on the marked page: two pairs
#    means every response was wholly one import; a third means a response mixed them.
# Environment: CLUSTER_SECONDS (60), CLUSTER_BASE_SECONDS (15), CLUSTER_WARM_SECONDS (5 per replica), CLUSTER_PORT (5190; replicas on +1..+3),
# CLUSTER_PUBLISHED (a folder with importer/ and web/ already published, to skip publishing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SECONDS_RUN="${CLUSTER_SECONDS:-60}"
BASE="${CLUSTER_BASE_SECONDS:-15}"
PORT="${CLUSTER_PORT:-5190}"
PORTS=($((PORT + 1)) $((PORT + 2)) $((PORT + 3)))
WORK="$(mktemp -d /tmp/sovcluster.XXXXXX)"; chmod 755 "$WORK"
OUT="$ROOT/deploy/results/$(date -u +%Y%m%dT%H%M%SZ).md"; mkdir -p "$ROOT/deploy/results"
DUR="$BASE"; PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
log() { echo "[cluster $(date +%H:%M:%S)] $*" >&2; }
md() { echo "$*" | tee -a "$OUT"; }
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
install_tools
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# --- 1. build and the two editions ---------------------------------------------------------------------
PUB="${CLUSTER_PUBLISHED:-$WORK}"
if [ -z "${CLUSTER_PUBLISHED:-}" ]; then
  log "publishing Release"
  timeout 600 dotnet publish src/SovietInterventions.Importer -c Release -o "$PUB/importer" -nologo -v q >/dev/null
  timeout 600 dotnet publish src/SovietInterventions.Web -c Release -o "$PUB/web" -nologo -v q >/dev/null
fi
WEB="$PUB/web/SovietInterventions.Web.dll"; IMPORTER="$PUB/importer/SovietInterventions.Importer.dll"
MARKED="/sources/soviet-foreign-policy-notes"; MARKER="Edition check: this paragraph is in the second import only."
cp -r seeds "$WORK/seeds2"; printf '\n%s\n' "$MARKER" >> "$WORK/seeds2/soviet-foreign-policy-notes.md"
timeout 300 dotnet "$IMPORTER" import seeds "$WORK/edition1.db" > "$WORK/import1.log"
timeout 300 dotnet "$IMPORTER" import "$WORK/seeds2" "$WORK/edition2.db" > "$WORK/import2.log"

# --- 2. replicas -----------------------------------------------------------------------------------------
REPLICA_PIDS=()
for i in 0 1 2; do
  mkdir -p "$WORK/replica$i"; cp "$WORK/edition1.db" "$WORK/replica$i/encyclopedia.db"
  start_app "$WORK/replica$i/encyclopedia.db" "${PORTS[$i]}" "$MARKED"; REPLICA_PIDS+=("$APP_PID")
  log "replica $i on ${PORTS[$i]}: $(cat "$WORK/cold.txt") ms to /healthz and the first page"
done
# The URL mix: 300 pages of every kind, and the marked page every tenth line.
python3 bench/urls.py mix "$WORK/edition1.db" 300 | awk -v m="$MARKED" '{print} NR%9==0{print m}' > "$WORK/urls.txt"
# Each replica serves the mix for a few seconds first (unmeasured), as abab does: a replica's first requests run
# tier-0 code and fill its caches, which on a loaded machine took over 15 s and showed up as timeouts.
for p in "${PORTS[@]}"; do timeout 60 wrk -t2 -c16 -d"${CLUSTER_WARM_SECONDS:-5}s" --timeout 5s -s bench/mix.lua "http://127.0.0.1:$p" -- "$WORK/urls.txt" > /dev/null 2>&1 || true; done

# mix_run <seconds> <base url> -> RESULT and PAIRS lines; every 7th request misses every cache (unique query);
# 7, not 10, because the marked page is every 10th path and would otherwise never be one of them
mix_run() { timeout $(($1 + 30)) wrk -t2 -c64 -d"$1s" --timeout 5s -s bench/mix.lua "$2" -- "$WORK/urls.txt" 7 "$MARKED" "$MARKER" | grep -E '^(RESULT|PAIRS)' || echo "RESULT failed"; }
field() { echo "$1" | sed -n "s/.*RESULT.* $2=\([0-9.]*\).*/\1/p"; }

md "# Cluster run $(date -u +%Y-%m-%dT%H:%MZ)"
md ""
md "- machine: $(nproc) cores, load before the run $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
md "- three replicas (ports ${PORTS[*]}), nginx on $PORT (deploy/nginx.conf), wrk -t2 -c64 with bench/mix.lua over $(wc -l < "$WORK/urls.txt") paths, every 7th request with a unique query"
md ""
log "one replica alone, ${BASE} s"
ONE=$(mix_run "$BASE" "http://127.0.0.1:${PORTS[0]}")

# --- 3. nginx and the rolling import --------------------------------------------------------------------
sed -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$PORT|g" -e "s|@P1@|${PORTS[0]}|g" -e "s|@P2@|${PORTS[1]}|g" -e "s|@P3@|${PORTS[2]}|g" \
    -e "s|@USER@|$( [ "$(id -u)" -eq 0 ] && echo 'user root;' )|" deploy/nginx.conf > "$WORK/nginx.conf"
timeout $((SECONDS_RUN + 300)) "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" > "$WORK/nginx.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 200); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")" = 200 ] && break; sleep 0.05; done

log "cluster, ${SECONDS_RUN} s, rolling edition 2 to each replica in turn"
mix_run "$SECONDS_RUN" "http://127.0.0.1:$PORT" > "$WORK/cluster.txt" &
WRK=$!
STEP=$((SECONDS_RUN / 4))
ROLLS=""
for i in 0 1 2; do
  sleep "$STEP"
  # The documented swap: the new file is copied beside the live one, then renamed over it (atomic on one filesystem).
  cp "$WORK/edition2.db" "$WORK/replica$i/encyclopedia.db.new"
  mv -f "$WORK/replica$i/encyclopedia.db.new" "$WORK/replica$i/encyclopedia.db"
  ROLLS="$ROLLS replica $i at $(( (i + 1) * STEP )) s;"; log "rolled edition 2 to replica $i"
done
wait "$WRK" || true
CLUSTER=$(cat "$WORK/cluster.txt")
SERVED=""
for i in 0 1 2; do
  curl -s "http://127.0.0.1:${PORTS[$i]}$MARKED" | grep -q "$MARKER" && SERVED="$SERVED $i:edition-2" || SERVED="$SERVED $i:edition-1"
done

# --- 4. report -------------------------------------------------------------------------------------------
md "| run | req/s | p50 ms | p99 ms | requests | non-2xx/3xx | socket errors |"
md "|---|---|---|---|---|---|---|"
md "| one replica, ${BASE} s | $(field "$ONE" rps) | $(field "$ONE" p50) | $(field "$ONE" p99) | $(field "$ONE" requests) | $(field "$ONE" non2xx3xx) | $(field "$ONE" sockerr) |"
md "| cluster through nginx, ${SECONDS_RUN} s, rolling | $(field "$CLUSTER" rps) | $(field "$CLUSTER" p50) | $(field "$CLUSTER" p99) | $(field "$CLUSTER" requests) | $(field "$CLUSTER" non2xx3xx) | $(field "$CLUSTER" sockerr) |"
md ""
md "- cluster / one replica: $(awk -v c="$(field "$CLUSTER" rps)" -v o="$(field "$ONE" rps)" 'BEGIN{ if (o>0) printf "%.2f", c/o; else print "?" }')"
md "- rolled:$ROLLS after the run each replica serves:$SERVED"
md "- (import named by the ETag, marked) pairs on $MARKED, one replica: $(echo "$ONE" | sed -n 's/^PAIRS //p')"
md "- (import named by the ETag, marked) pairs on $MARKED, cluster: $(echo "$CLUSTER" | sed -n 's/^PAIRS //p')"
PAIRS=$(echo "$CLUSTER" | sed -n 's/^PAIRS //p' | wc -w)
MIXED=$(echo "$CLUSTER" | sed -n 's/^PAIRS //p' | tr ' ' '\n' | sed -n 's/|.*//p' | sort | uniq -d | wc -l)
md "- distinct pairs: $PAIRS (two editions, each wholly one import, give 2); imports seen both with and without the new paragraph: $MIXED (0 = no response mixed imports)"
log "report: $OUT"
