#!/usr/bin/env bash
# The benchmark, one command: builds what is missing, starts the suite (embedded PostgreSQL, Keycloak, the three
# services from their packaged jars) on free ports with state under bench/target/run, seeds two sizes, drives
# every scenario, measures the ceilings and writes docs/benchmarks.md (+ docs/benchmarks/*.png).
#
#   bench/run.sh           full: 10 thousand and 1 million rows (under 20 minutes on 2 cores)
#   bench/run.sh --quick   development: 1 thousand and 10 thousand rows, seconds-long steps (~5 minutes)
#
# Not part of ./mvnw verify; never a timed assertion. Needs pgbench (Debian: postgresql-client-15), installed
# here with apt-get if missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pgbench >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "bench: installing pgbench (postgresql-client-15)"
    apt-get install -y -q postgresql-client-15 >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q postgresql-client-15 >/dev/null; }
  else
    echo "bench: pgbench is missing: apt-get install postgresql-client-15" >&2
    exit 1
  fi
fi

# wrk cross-checks the load generator on one scenario (Debian's wrk 4.1; optional)
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "bench: installing wrk"
  apt-get install -y -q wrk >/dev/null 2>&1 || echo "bench: wrk could not be installed; the cross-check is left out"
fi

# JDK 25 where there is one (the services' runtime in CI and the images): the build then trains AOT caches.
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
echo "bench: JDK $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"

# always build: a benchmark of stale jars would measure yesterday's code (incremental, ~1 minute when warm)
echo "bench: building the suite (./mvnw -B -q install -DskipTests)"
./mvnw -B -q install -DskipTests
# On JDK 25: the services' packaged-app tests train their AOT caches (the root pom's aot-cache profile), ~3 min.
if "${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  echo "bench: training the services' AOT caches (their *IT suites)"
  ./mvnw -B -q verify -pl catalog-service,request-service,approval-service -Dtest=NONE \
    -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='Packaged*IT' -Dfailsafe.failIfNoSpecifiedTests=false \
    >bench/train.log 2>&1 || { tail -n 40 bench/train.log; echo "bench: training failed (bench/train.log)" >&2; exit 1; }
fi
echo "bench: building the driver and the echo app"
./mvnw -B -q -f bench/pom.xml package -DskipTests

JAVA=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
fi
exec "$JAVA" -Xmx512m -Djava.awt.headless=true -Dsuite.root="$(pwd)" \
  -cp "bench/driver/target/bench-driver.jar:bench/driver/target/lib/*" org.procurement.bench.Bench "$@"
