#!/usr/bin/env bash
# Short ab measurements of the fixes: HTTP Basic vs session on /api/me, the public registry and catalog pages.
# Usage: perf/ab-suite.sh <base-url> [label]
#   the demo citizen by default (ZABOTA_DEMO_DATA=true); on a generated region: LOGIN=r1 PASSWORD=region-load-1
#   CABINET=1 adds the citizen's cabinet pages and API lists.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8096}; LABEL=${2:-run}; C=${C:-8}; T=${T:-10}
LOGIN=${LOGIN:-citizen}; PASSWORD=${PASSWORD:-demo}
jar=$(mktemp); trap 'rm -f $jar' EXIT
# a portal session: the login page's CSRF token, then the form login
csrf=$(curl -s -c $jar -b $jar "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c $jar -b $jar -d "username=$LOGIN&password=$PASSWORD&_csrf=$csrf" "$BASE/login"
csrf=$(curl -s -c $jar -b $jar "$BASE/role" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c $jar -b $jar -d "role=CITIZEN&_csrf=$csrf" "$BASE/role"
session=$(awk '$6=="JSESSIONID"{print $7}' $jar)
row() { # name, ab args...
  local name=$1; shift
  local out; out=$(ab -q -l -c $C -t $T -n 1000000 "$@" 2>&1)
  local rps p50 p95 fail
  rps=$(echo "$out" | awk '/Requests per second/{print $4}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}'); p95=$(echo "$out" | awk '$1=="95%"{print $2}')
  fail=$(echo "$out" | awk '/Failed requests/{f=$3} /Non-2xx/{n=$3} END{print f+n}')
  printf '%s | %s | c=%s | %s req/s | p50 %s ms | p95 %s ms | failed %s | load %s\n' "$LABEL" "$name" "$C" "$rps" "$p50" "$p95" "$fail" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
row "GET /api/me (HTTP Basic)" -A "$LOGIN:$PASSWORD" "$BASE/api/me"
row "GET /api/me (session)" -C "JSESSIONID=$session" "$BASE/api/me"
row "GET /registry (anonymous)" "$BASE/registry"
row "GET /catalog (anonymous)" "$BASE/catalog"
row "GET /api/providers (anonymous)" "$BASE/api/providers"
if [ -n "${CABINET:-}" ]; then
  for p in /cabinet/contracts /cabinet/ippsu /api/contracts /api/cases; do
    row "GET $p (citizen session)" -C "JSESSIONID=$session" -H "Accept: text/html,application/json" "$BASE$p"
  done
fi
