#!/usr/bin/env bash
# Before/after in the same run, interleaved per request kind (the load of a shared machine drifts within seconds):
# perf/ab-compare.sh <before-base-url> <after-base-url>; ROUNDS=2 C=8 T=6 by default.
set -euo pipefail
B=$1; A=$2; ROUNDS=${ROUNDS:-2}; C=${C:-8}; T=${T:-6}
session() { # base → JSESSIONID of the demo citizen with the role chosen
  local jar; jar=$(mktemp)
  local csrf; csrf=$(curl -s -c $jar -b $jar "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c $jar -b $jar -d "username=citizen&password=demo&_csrf=$csrf" "$1/login"
  awk '$6=="JSESSIONID"{print $7}' $jar; rm -f $jar
}
SB=$(session $B); SA=$(session $A)
one() { # label base path args...
  local label=$1 base=$2 path=$3; shift 3
  local out; out=$(ab -q -l -c $C -t $T -n 1000000 "$@" "$base$path" 2>&1)
  printf '%-6s | %-28s | %8s req/s | p50 %5s ms | p95 %5s ms | failed %s | load %s\n' "$label" "$path $KIND" \
    "$(echo "$out" | awk '/Requests per second/{print $4}')" "$(echo "$out" | awk '$1=="50%"{print $2}')" \
    "$(echo "$out" | awk '$1=="95%"{print $2}')" "$(echo "$out" | awk '/Failed requests/{f=$3} /Non-2xx/{n=$3} END{print f+n}')" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for r in $(seq 1 $ROUNDS); do
  KIND="(Basic)";   one before $B /api/me -A citizen:demo; one after $A /api/me -A citizen:demo
  KIND="(session)"; one before $B /api/me -C "JSESSIONID=$SB"; one after $A /api/me -C "JSESSIONID=$SA"
  KIND="";          one before $B /registry; one after $A /registry
  one before $B /catalog; one after $A /catalog
  one before $B /api/providers; one after $A /api/providers
done
