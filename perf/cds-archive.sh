#!/bin/bash
# Start-up with Class Data Sharing (docs/PERFORMANCE.md «Start-up»): extracts the jar into DIR (default
# target/app) and records the classes a start loads into DIR/zabota.jsa with one training start that stops after
# the context refresh (it needs the database of the environment: DB_URL, DB_USER, DB_PASSWORD, ZABOTA_ADMIN_PASSWORD).
# Then start with: java -XX:SharedArchiveFile=DIR/zabota.jsa -jar DIR/zabota-0.1.0-SNAPSHOT.jar --spring.profiles.active=postgres
# Redo it after every build: an archive of another jar is refused by the JVM (it then starts without it).
set -euo pipefail
JAR=${JAR:-$(ls target/zabota-*.jar | head -1)}
DIR=${1:-target/app}
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
java -XX:ArchiveClassesAtExit="$DIR/zabota.jsa" -Dspring.context.exit=onRefresh -jar "$DIR/$(basename "$JAR")" \
  --spring.profiles.active=postgres --server.port=0 > "$DIR/training.log" 2>&1
ls -la "$DIR/zabota.jsa"
