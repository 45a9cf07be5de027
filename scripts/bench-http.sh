#!/usr/bin/env bash
# HTTP throughput and latency of a release build with the demo data, on SQLite (default) or PostgreSQL
# (FARUN_DATABASE_URL set). Loopback only; every wrk run is bounded in time. Needs Debian's `wrk`.
#   scripts/bench-http.sh            # 2 threads, 16 connections, 15 s per endpoint
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18180}
swift build -c release --product farun >/dev/null
BIN="$(swift build -c release --show-bin-path)/farun"
DATA="$(mktemp -d)"
export FARUN_DATA_DIR="$DATA" FARUN_SECRET_KEY="${FARUN_SECRET_KEY:-bench-secret-key-0123456789abcdef-0123}" LOG_LEVEL=warning
"$BIN" serve --demo --port "$PORT" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
engine=${FARUN_DATABASE_URL:+postgresql}
echo "engine: ${engine:-sqlite}; wrk -t2 -c$CONNECTIONS -d$DURATION; $(nproc) cores"
for path in / "/service-points" "/service-points?kind=law_room&page=1" "/professionals?specialty=labour" \
            "/api/v1/service-points?per=20" "/api/v1/professionals?per=20" "/healthz"; do
    printf '\n== GET %s\n' "$path"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" | grep -E "^Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors"
done
