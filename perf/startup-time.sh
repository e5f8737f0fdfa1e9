#!/bin/bash
# One start of the application on the database of the environment (DB_URL, DB_USER, DB_PASSWORD,
# ZABOTA_ADMIN_PASSWORD), then stops it: prints Spring's «Started ZabotaApplication in X s», the time until
# /actuator/health/readiness answers 200, and the load average before and after. Usage:
#   perf/startup-time.sh PORT java [JVM options] -jar JAR        (docs/PERFORMANCE.md «Start-up»)
set -uo pipefail
port=$1; shift
log=$(mktemp /tmp/zabota-startup-XXXX.log)
l0=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(date +%s.%N)
"$@" --spring.profiles.active=postgres --server.port="$port" > "$log" 2>&1 &
pid=$!
until grep -q "Started ZabotaApplication" "$log"; do sleep 0.5; kill -0 $pid 2>/dev/null || break; done
until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" | grep -q 200; do
  sleep 0.5; kill -0 $pid 2>/dev/null || break
done
t1=$(date +%s.%N)
echo "$(grep -o 'Started ZabotaApplication in [0-9.]* seconds' "$log"); ready after $(echo "$t1 - $t0" | bc) s;" \
  "load before $l0, after $(cut -d' ' -f1-3 /proc/loadavg); log $log"
kill $pid; wait $pid 2>/dev/null
