#!/usr/bin/env bash
# The load test of the journeys with the engine baseline (issue 14, docs/PERFORMANCE.md «Load test of the journeys»):
#   perf/load.sh [users]          # default 50; e.g. perf/load.sh 200
# Environment: DB (default zabota_region), PORT (8110; the baseline uses PORT+1), SCALE of the region to generate when
# the database is empty (0.1), BASELINE_N timed rounds of the engine baseline (500; WARMUP 50), RAMP and HOLD seconds
# of the load (30, 120), JAR (target/zabota-0.1.0-SNAPSHOT.jar, built when missing), PG (127.0.0.1:5432, user postgres).
# Steps: generate the region (once), the engine baseline (the application without load, exits), the application on
# PORT, Gatling (./mvnw -Pload gatling:test), then the table portal step ÷ engine step (perf/load-ratio.py).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-50}
DB=${DB:-zabota_region}; PORT=${PORT:-8110}; SCALE=${SCALE:-0.1}
BASELINE_N=${BASELINE_N:-500}; WARMUP=${WARMUP:-50}; RAMP=${RAMP:-30}; HOLD=${HOLD:-120}
JAR=${JAR:-target/zabota-0.1.0-SNAPSHOT.jar}
OUT=${OUT:-target/load-$(date -u +%Y%m%dT%H%M%S)}
export DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" DB_USER=postgres DB_PASSWORD=postgres
export ZABOTA_ADMIN_PASSWORD=${ZABOTA_ADMIN_PASSWORD:-perf-admin-12345}
mkdir -p "$OUT"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$DB"; then
  createdb -h 127.0.0.1 -U postgres "$DB"
  echo "== generating the region at scale $SCALE into $DB (with the demo data: staff head/specialist/approver)"
  ZABOTA_DEMO_DATA=true java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port=$((PORT + 1)) \
    --zabota.generate.region="$SCALE" > "$OUT/generate.log" 2>&1
  grep 'region at scale' "$OUT/generate.log"
fi
PERSONS=$(psql -h 127.0.0.1 -U postgres -Atc "SELECT COUNT(*) FROM portal_account WHERE username ~ '^r[0-9]+\$'" "$DB")
REGION_SCALE=$(python3 -c "print($PERSONS / 100000)")

echo "== engine baseline: $BASELINE_N rounds after $WARMUP (load: $(uptime | sed 's/.*load average: //'))"
java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port=$((PORT + 1)) \
  --zabota.perf.engine-baseline="$BASELINE_N" --zabota.perf.engine-baseline-warmup="$WARMUP" \
  --zabota.perf.engine-baseline-file="$OUT/engine-baseline.json" > "$OUT/baseline.log" 2>&1
cat "$OUT/engine-baseline.json"

echo "== the application on port $PORT"
java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
  --zabota.perf.engine-time-per-request=true > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break; sleep 1; done

echo "== Gatling: $USERS users (ramp $RAMP s, hold $HOLD s), region scale $REGION_SCALE (load: $(uptime | sed 's/.*load average: //'))"
./mvnw -B -ntp -Pload gatling:test -Dzabota.load.baseUrl="http://127.0.0.1:$PORT" -Dzabota.load.users="$USERS" \
  -Dzabota.load.scale="$REGION_SCALE" -Dzabota.load.rampSeconds="$RAMP" -Dzabota.load.holdSeconds="$HOLD" \
  | tee "$OUT/gatling.log" | grep -E 'Global|Reports generated|ERROR' || true
echo "load average after the run: $(uptime | sed 's/.*load average: //')" | tee -a "$OUT/gatling.log"
REPORT=$(ls -dt target/gatling/journeyssimulation-* | head -1)
echo "== report: $REPORT/index.html"
curl -fs -u "admin:$ZABOTA_ADMIN_PASSWORD" "http://127.0.0.1:$PORT/actuator/prometheus" > "$OUT/prometheus.txt"
perf/load-ratio.py "$REPORT" "$OUT/engine-baseline.json" "$OUT/prometheus.txt" | tee "$OUT/ratio.txt"
