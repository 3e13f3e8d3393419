#!/usr/bin/env bash
# Starts the whole procurement suite on this machine: PostgreSQL (embedded or existing), Keycloak (started
# here or existing) and the three services.
#
#   ./run.sh                 build what is missing or out of date, then start everything (Ctrl-C stops it)
#   ./run.sh --reset         wipe the local data (.local-stack/data) first
#   ./run.sh --no-services   only PostgreSQL and Keycloak (e.g. to run a service with quarkus:dev)
#   ./run.sh stop | status   from another terminal
#   ./run.sh otp daeho       the one-time code a demo authorizer, policy-board member or catalog-admin signs in with
#   ./run.sh --help          also lists the environment variables
#
# Existing servers instead of the embedded ones (details: local-stack/README.md):
#   PG_URL=jdbc:postgresql://host[:port][/db] PG_ADMIN_USER=… PG_ADMIN_PASSWORD=…   creates the missing roles and
#       databases there, never drops anything (--reset is refused); role passwords: demo defaults unless
#       CATALOG_DB_PASSWORD, REQUEST_DB_PASSWORD, APPROVAL_DB_PASSWORD, KEYCLOAK_DB_PASSWORD are set
#   KEYCLOAK_URL=https://sso.example   a Keycloak with deploy/keycloak/procurement-realm.json imported
#
# Logs: .local-stack/logs/<part>.log   Data: .local-stack/data   Demo users and passwords: printed at start.
# DEMO ONLY: every password and secret involved is a published demo value (except those you set above).
set -euo pipefail
cd "$(dirname "$0")"

LAUNCHER=local-stack/target/local-stack-launcher.jar
SERVICES=(catalog-service request-service approval-service)
STATE=.local-stack

command=start
services=yes
for arg in "$@"; do
  case "$arg" in
    start|--reset) ;;
    --no-services) services=no ;;
    *) command=other ;;   # stop, status, help, or a mistake the launcher will point out: no build for these
  esac
done

# True if a file that goes into the build is newer than the stamp file $1 (or the stamp is missing).
# $2...: the directories to look in.
sources_newer_than() {
  local stamp=$1; shift
  [ -f "$stamp" ] || return 0
  [ pom.xml -nt "$stamp" ] && return 0
  [ -n "$(find "$@" \( -name target -o -name node_modules -o -name .git -o -name "$STATE" \) -prune -o -type f \
          \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# Builds with Maven; on a terminal, Maven shows its download progress (the Keycloak zip is ~170 MB the first time).
# $1: stamp file recording the successful build; the rest: Maven arguments.
build() {
  local stamp=$1; shift
  local started=$SECONDS
  mkdir -p "$STATE"
  local marker
  marker=$(mktemp "$STATE/build.XXXXXX")   # its mtime = start of the build, so edits made meanwhile count
  echo "run.sh: building (./mvnw install -DskipTests${*:+ $*})…"
  local status=0
  if [ -t 1 ]; then
    ./mvnw -Dorg.slf4j.simpleLogger.defaultLogLevel=warn install -DskipTests "$@" || status=$?
  else
    ./mvnw -B -q install -DskipTests "$@" || status=$?
  fi
  if [ "$status" != 0 ]; then
    rm -f "$marker"
    echo "run.sh: the build failed (see above); fix it, or start without the services: ./run.sh --no-services" >&2
    exit "$status"
  fi
  mv -f "$marker" "$stamp"
  echo "run.sh: build done ($((SECONDS - started)) s)"
}

if [ "$command" = start ] && [ "$services" = yes ]; then
  missing=no
  [ -f "$LAUNCHER" ] || missing=yes
  for s in "${SERVICES[@]}"; do
    [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing=yes
  done
  if [ "$missing" = yes ] || sources_newer_than "$STATE/build-all.stamp" .; then
    build "$STATE/build-all.stamp"
    touch "$STATE/build-launcher.stamp"
  fi
elif [ ! -f "$LAUNCHER" ] || { [ "$command" = start ] && sources_newer_than "$STATE/build-launcher.stamp" local-stack; }; then
  build "$STATE/build-launcher.stamp" -pl local-stack -am
fi

JAVA=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
fi
# A small JVM: the launcher only starts, watches and stops the other processes.
exec "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dstack.root="$(pwd)" -jar "$LAUNCHER" "$@"
