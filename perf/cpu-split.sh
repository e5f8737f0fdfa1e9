#!/usr/bin/env bash
# CPU seconds used by the application (the JVM on PORT, default 8110), PostgreSQL and the Gatling JVM over a window of
# SECONDS (default 60), against the machine's busy CPU-seconds: run it during the hold of perf/load.sh to see who
# takes the cores (docs/PERFORMANCE.md). Counts processes alive at both ends of the window (pooled backends are).
set -euo pipefail
WINDOW=${1:-60}; PORT=${PORT:-8110}
TICK=$(getconf CLK_TCK)
APP=$(pgrep -f "server.port=$PORT" | head -1)
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
a0=$(ticks "$APP"); p0=$(ticks $(pgrep -u postgres)); g0=$(ticks $(pgrep -f gatling || true)); b0=$(busy)
sleep "$WINDOW"
a1=$(ticks "$APP"); p1=$(ticks $(pgrep -u postgres)); g1=$(ticks $(pgrep -f gatling || true)); b1=$(busy)
echo "window ${WINDOW} s: application $(((a1 - a0) / TICK)) s, postgresql $(((p1 - p0) / TICK)) s, gatling $(((g1 - g0) / TICK)) s;" \
  "all busy $(((b1 - b0) / TICK)) s of $((WINDOW * $(nproc))) s"
