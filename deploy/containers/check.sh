#!/usr/bin/env bash
# The container check: proves the service images for real on a machine without Docker and without a registry.
#
#   sudo deploy/containers/check.sh          (as root; .ci/run calls it after the Maven build)
#
# 1. installs podman, runc, debootstrap, curl and jq with apt if missing, and writes /etc/containers/containers.conf
#    (runc, file events logger, ulimits: what Debian's podman 4.3 needs on these machines);
# 2. builds localhost/debian-base:bookworm from a debootstrap minbase rootfs (this machine's apt mirror) and a
#    Java 25 runtime image on it (jre-base.Containerfile: a jlink-trimmed runtime of the JDK 25 this script runs
#    with, JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64), once: both are reused while their recipe is unchanged;
# 3. builds the three service images with build.sh / the Containerfile users build with (BASE_IMAGE = that JRE image);
# 4. starts PostgreSQL and Keycloak with the local-stack launcher (its own state directory and ports), runs the
#    three images as containers on the host network (read-only root filesystem, all capabilities dropped, a memory
#    limit), waits for /q/health/ready (management port), and drives a request through its lifecycle with real Keycloak tokens:
#    draft -> submit -> IN_REVIEW -> three approvals -> APPROVED;
# 5. trains the images (JDK 25 AOT cache): step 4 runs first with the JVMs recording, then each image gets the cache
#    made from its record (aot.Containerfile, same name and tag), and step 4 runs again from the cache;
# 6. prints image sizes, each container's start-up time to ready and the total time; exits non-zero on any failure.
#
# Everything it starts (containers, the launcher with PostgreSQL and Keycloak) is stopped and removed on exit.
# Environment (all optional): CHECK_WORK_DIR (/var/tmp/procurement-container-check: rootfs, Keycloak, stack data,
# logs), CHECK_PG_PORT, CHECK_KEYCLOAK_PORT, CHECK_KEYCLOAK_MANAGEMENT_PORT,
# CHECK_SERVICE_PORTS ("catalog request approval"; default: free ports picked at random), CHECK_MEMORY (512m per container), CHECK_REBUILD_BASE=1 (rebuild the
# Debian and JRE images), MIRROR (default: from /etc/apt/sources.list*), JAVA_HOME (the JDK 25 jlink makes the runtime from).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=images.env
. "$here/images.env"

work=${CHECK_WORK_DIR:-/var/tmp/procurement-container-check}
# Ports: free ones picked at random (20000-29999) unless set, so that the check does not clash with a local stack,
# system tests or another check on the same machine.
picked_ports=" "
pick_port() {   # pick_port VAR [PRESET]: VAR=PRESET, or a free port not picked before
  local -n var=$1
  var=${2:-}
  while [ -z "$var" ]; do
    var=$((20000 + RANDOM % 10000))
    if [[ $picked_ports == *" $var "* ]] || (exec 3<>"/dev/tcp/127.0.0.1/$var") 2>/dev/null; then var=; fi
  done
  picked_ports+="$var "
}
read -r preset_catalog preset_request preset_approval <<<"${CHECK_SERVICE_PORTS:-}"
pick_port pg_port "${CHECK_PG_PORT:-}"
pick_port kc_port "${CHECK_KEYCLOAK_PORT:-}"
pick_port kc_management_port "${CHECK_KEYCLOAK_MANAGEMENT_PORT:-}"
pick_port catalog_port "$preset_catalog"
pick_port request_port "$preset_request"
pick_port approval_port "$preset_approval"
# Health and metrics: each container's management interface on a port of its own.
pick_port catalog_management_port
pick_port request_management_port
pick_port approval_management_port
memory=${CHECK_MEMORY:-512m}
# under 1792 MB, so that the JVM's ergonomics still pick the GC they pick under $memory (Serial on a small box)
training_memory=1536m

debian_image=localhost/debian-base:bookworm
jre_image=localhost/procurement/jre25-base:bookworm
container_prefix=procurement-check-
stack_root=$work/stack-root
logs=$work/logs
realm_url=http://localhost:$kc_port/realms/procurement
# The launcher jar run.sh uses (its LAUNCHER= line); copied with its lib/ into $work before it is started, so that
# a rebuild of local-stack/target during the check cannot pull classes from under the running launcher.
launcher_jar=$root/$(sed -n 's/^LAUNCHER=//p' "$root/run.sh" | head -1)
[ "$launcher_jar" != "$root/" ] || launcher_jar=$root/local-stack/target/local-stack-launcher.jar

check_started=$SECONDS
launcher_pid=
containers=()
declare -A ready_seconds=()

say() { printf '== check: %s\n' "$*"; }
fail() { printf '== check: FAILED: %s\n' "$*" >&2; exit 1; }
image_of() { echo "${REGISTRY:+$REGISTRY/}$NAMESPACE/$1:$TAG"; }
management_port_of() {
  case "$1" in
    catalog-service) echo "$catalog_management_port" ;;
    request-service) echo "$request_management_port" ;;
    approval-service) echo "$approval_management_port" ;;
  esac
}
port_of() {
  case "$1" in
    catalog-service) echo "$catalog_port" ;;
    request-service) echo "$request_port" ;;
    approval-service) echo "$approval_port" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------------
# Clean-up: whatever this run started, in reverse order. Container logs are kept in $logs.
# ---------------------------------------------------------------------------------------------------------------
# Its own embedded PostgreSQL and Keycloak, whatever the caller's environment says about existing ones.
launcher=(env -u PG_URL -u PG_ADMIN_USER -u PG_ADMIN_PASSWORD -u KEYCLOAK_URL -u CATALOG_DB_PASSWORD
          -u REQUEST_DB_PASSWORD -u APPROVAL_DB_PASSWORD -u KEYCLOAK_DB_PASSWORD
          PG_PORT="$pg_port" KEYCLOAK_PORT="$kc_port" KEYCLOAK_MANAGEMENT_PORT="$kc_management_port"
          PROCUREMENT_CACHE_DIR="$work/cache"
          java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dstack.root="$stack_root" -jar "$work/launcher/launcher.jar")

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  for name in "${containers[@]}"; do
    podman logs "$name" >"$logs/$name.log" 2>&1
    if [ "$status" != 0 ]; then
      echo "---- last 30 lines of $name ($logs/$name.log)"
      tail -n 30 "$logs/$name.log" | sed 's/^/  | /'
    fi
    podman rm --force --time 10 "$name" >/dev/null 2>&1
  done
  if [ -n "$launcher_pid" ]; then
    if [ "$status" != 0 ] && [ -f "$logs/launcher.out" ]; then
      echo "---- last 20 lines of the local-stack launcher ($logs/launcher.out)"
      tail -n 20 "$logs/launcher.out" | sed 's/^/  | /'
    fi
    kill -TERM "$launcher_pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$launcher_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$launcher_pid" 2>/dev/null
    # Whatever the launcher could not stop (its pid file names PostgreSQL and Keycloak): stopped here.
    "${launcher[@]}" stop >/dev/null 2>&1
  fi
  if [ "$status" = 0 ]; then
    say "PASSED in $((SECONDS - check_started)) s"
  else
    say "FAILED (exit $status) after $((SECONDS - check_started)) s; logs in $logs"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ "$(id -u)" = 0 ] || fail "run as root (rootful podman, debootstrap)"
mkdir -p "$work" "$logs"

# ---------------------------------------------------------------------------------------------------------------
# 1. Tools and containers.conf
# ---------------------------------------------------------------------------------------------------------------
step_started=$SECONDS
missing=()
for tool in podman:podman runc:runc debootstrap:debootstrap curl:curl jq:jq java:openjdk-17-jre-headless; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >"$logs/apt-install.log" || { tail -n 20 "$logs/apt-install.log"; fail "apt-get install"; }
fi

conf=/etc/containers/containers.conf
wanted_conf='# Written by deploy/containers/check.sh: what Debian'"'"'s podman 4.3 needs on these machines
# (crun fails on this kernel'"'"'s hybrid cgroups and rlimits; command-line flags do not reach `podman build`).
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
events_logger = "file"
runtime = "runc"'
if [ "$(cat "$conf" 2>/dev/null)" != "$wanted_conf" ]; then
  mkdir -p /etc/containers
  if [ -f "$conf" ] && ! grep -q 'Written by deploy/containers/check.sh' "$conf"; then
    cp "$conf" "$conf.before-procurement-check"
    say "kept the previous $conf as $conf.before-procurement-check"
  fi
  printf '%s\n' "$wanted_conf" >"$conf"
  say "wrote $conf"
fi
say "tools ready ($((SECONDS - step_started)) s): $(podman --version), $(runc --version | head -1)"

# ---------------------------------------------------------------------------------------------------------------
# 2. Base images: Debian bookworm minbase, then a Java 25 runtime layer
# ---------------------------------------------------------------------------------------------------------------
# The first URI of a bookworm (or bookworm-security) entry for deb packages in this machine's apt sources.
apt_mirror() {
  local suite=$1 file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$file" | awk -v s="$suite" '$1 == "deb" && $3 == s { print $2; exit }'
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
      { types = ""; suites = ""; uris = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/) types = $i
          if ($i ~ /^Suites:/) suites = $i " "
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris); split(uris, u, /[ \t]+/) }
        }
        if (types ~ /[ \t]deb([ \t]|$)/ && suites ~ ("[ \t]" s "[ \t]")) { print u[1]; exit } }' "$file"
  done
}
mirror=${MIRROR:-$(apt_mirror bookworm | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}

if [ "${CHECK_REBUILD_BASE:-0}" = 1 ]; then
  podman rmi --force "$jre_image" "$debian_image" >/dev/null 2>&1 || true
fi

# Nothing is installed into the image after debootstrap (the runtime is copied in), so translations, manuals and
# package documentation go: 48 of its 121 MB.
debian_prune="var/cache/apt/archives/*.deb var/lib/apt/lists/* usr/share/locale/* usr/share/doc/* usr/share/man/* usr/share/info/*"
debian_recipe=$(echo "bookworm minbase $mirror $debian_prune" | sha256sum | cut -c1-16)
if [ "$(podman image inspect --format '{{index .Labels "org.procurement.recipe"}}' "$debian_image" 2>/dev/null)" = "$debian_recipe" ]; then
  say "reusing $debian_image"
else
  step_started=$SECONDS
  say "debootstrap --variant=minbase bookworm from $mirror"
  rm -rf "$work/rootfs"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$logs/debootstrap.log" 2>&1 \
    || { tail -n 20 "$logs/debootstrap.log"; fail "debootstrap (log: $logs/debootstrap.log)"; }
  for pattern in $debian_prune; do
    rm -rf "$work/rootfs"/$pattern
  done
  tar --numeric-owner -C "$work/rootfs" -c . | podman import --quiet \
    --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' \
    --change "LABEL org.procurement.recipe=$debian_recipe" - "$debian_image" >/dev/null
  rm -rf "$work/rootfs"
  say "imported $debian_image ($((SECONDS - step_started)) s)"
fi

# The Java runtime: jlink keeps only the modules the services use (jdeps over their jars and generated classes;
# jdk.compiler, which only vertx-codegen's annotation processor names, left out), 65 MB instead of a 200 MB JRE.
# Rebuilt when the recipe (Containerfile, modules, the JDK's release file) or the Debian image changed.
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk/bin/jlink" ] && "$jdk/bin/java" -version 2>&1 | grep -q 'version "2[5-9]' \
  || fail "a JDK 25 is needed for the runtime image (JAVA_HOME=$jdk has no jlink of version 25 or newer)"
jre_modules=java.base,java.desktop,java.instrument,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.sql,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs
jre_recipe=$( { cat "$here/jre-base.Containerfile"; echo "$jre_modules"; cat "$jdk/release"; podman image inspect --format '{{.Id}}' "$debian_image"; } | sha256sum | cut -c1-16)
if [ "$(podman image inspect --format '{{index .Labels "org.procurement.recipe"}}' "$jre_image" 2>/dev/null)" = "$jre_recipe" ]; then
  say "reusing $jre_image"
else
  step_started=$SECONDS
  say "building $jre_image (jlink of $jdk)"
  rm -rf "$work/jre-context"
  mkdir -p "$work/jre-context"
  "$jdk/bin/jlink" --add-modules "$jre_modules" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --output "$work/jre-context/runtime" >"$logs/jlink.log" 2>&1 \
    || { tail -n 20 "$logs/jlink.log"; fail "jlink (log: $logs/jlink.log)"; }
  podman build --quiet --pull=never --network=host --file "$here/jre-base.Containerfile" \
    --build-arg "DEBIAN_IMAGE=$debian_image" \
    --label "org.procurement.recipe=$jre_recipe" --tag "$jre_image" "$work/jre-context" >"$logs/jre-build.log" 2>&1 \
    || { tail -n 30 "$logs/jre-build.log"; fail "building $jre_image (log: $logs/jre-build.log)"; }
  rm -rf "$work/jre-context"
  say "built $jre_image ($((SECONDS - step_started)) s)"
fi

# ---------------------------------------------------------------------------------------------------------------
# 3. Service images, with the Containerfile and build script users use
# ---------------------------------------------------------------------------------------------------------------
jars_missing=no
for service in $SERVICES; do
  [ -f "$root/$service/target/quarkus-app/quarkus-run.jar" ] || jars_missing=yes
done
[ -f "$launcher_jar" ] || jars_missing=yes
if [ "$jars_missing" = yes ]; then
  step_started=$SECONDS
  say "packaging the services and the local-stack launcher (./mvnw package -DskipTests)"
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl catalog-service,request-service,approval-service,local-stack -am)
  say "packaged ($((SECONDS - step_started)) s)"
fi

step_started=$SECONDS
CONTAINER_ENGINE=podman BASE_IMAGE=$jre_image EXTRA_BUILD_ARGS="--pull=never --quiet" \
  "$here/build.sh" >"$logs/service-builds.log" 2>&1 \
  || { tail -n 30 "$logs/service-builds.log"; fail "building the service images (log: $logs/service-builds.log)"; }
grep '^build.sh: built' "$logs/service-builds.log" | sed 's/^build.sh: /== check: /'
# Rebuilt images leave their predecessors untagged: remove those of this suite only.
podman image prune --force --filter label=org.procurement.image=service >/dev/null
say "service images built ($((SECONDS - step_started)) s)"
plain_sizes=$(podman images --filter label=org.procurement.image=service --format '{{.Repository}}:{{.Tag}}\t{{.Size}}')

# ---------------------------------------------------------------------------------------------------------------
# 4. PostgreSQL + Keycloak from the local-stack launcher, in a state directory of its own
# ---------------------------------------------------------------------------------------------------------------
step_started=$SECONDS
mkdir -p "$stack_root/deploy"
[ ! -f "$work/launcher/launcher.jar" ] || "${launcher[@]}" stop >/dev/null 2>&1 || true   # a stack left by an interrupted run
rm -rf "$work/launcher"
mkdir -p "$work/launcher"
cp "$launcher_jar" "$work/launcher/launcher.jar"
[ ! -d "$(dirname "$launcher_jar")/lib" ] || cp -r "$(dirname "$launcher_jar")/lib" "$work/launcher/lib"
ln -sfn "$root/deploy/keycloak" "$stack_root/deploy/keycloak"   # the realm the launcher imports
for name in $(podman ps --all --format '{{.Names}}' | grep "^$container_prefix" || true); do
  podman rm --force "$name" >/dev/null
done
say "starting PostgreSQL (:$pg_port) and Keycloak (:$kc_port) with the local-stack launcher (fresh data)"
"${launcher[@]}" start --reset --no-services >"$logs/launcher.out" 2>&1 &
launcher_pid=$!
until curl -fsS -o /dev/null "$realm_url/.well-known/openid-configuration" 2>/dev/null; do
  kill -0 "$launcher_pid" 2>/dev/null || { launcher_pid=; tail -n 30 "$logs/launcher.out"; fail "the local-stack launcher stopped"; }
  [ $((SECONDS - step_started)) -lt 300 ] || fail "Keycloak not ready after 300 s"
  sleep 1
done
say "PostgreSQL and Keycloak ready ($((SECONDS - step_started)) s)"

# ---------------------------------------------------------------------------------------------------------------
# 5. The three images as containers (a function: run twice, see 7)
# ---------------------------------------------------------------------------------------------------------------
demo_audit_verify_key=MCowBQYDK2VwAyEAprVBIqMZdRa8vvSeZ2wpOhxocU5LWae8Pnuuuw7FQhQ=
# run_containers PASS: starts the three images (with "training", each records what it loads into $work/aot/<service>)
# and waits until all are ready; their times go to ready_seconds[PASS service].
run_containers() {
local pass=$1 service name db step_started=$SECONDS
declare -A started_at=()
for service in $SERVICES; do
  name=$container_prefix$service
  db=${service%-service}
  env=(-e "HTTP_PORT=$(port_of "$service")" -e "MANAGEMENT_PORT=$(management_port_of "$service")"
       -e "DB_URL=jdbc:postgresql://localhost:$pg_port/$db" -e "DB_USER=$db" -e "DB_PASSWORD=$db"
       -e "DB_OWNER_USER=${db}_owner" -e "DB_OWNER_PASSWORD=${db}-owner"
       -e "OIDC_SERVER_URL=$realm_url"
       -e "CATALOG_URL=http://localhost:$catalog_port" -e "REQUEST_URL=http://localhost:$request_port"
       -e "APPROVAL_URL=http://localhost:$approval_port"
       -e "QUARKUS_PROFILE=prod,demo")
  # Client secrets and the audit chain's keys have no default in production: the demo ones, as the local stack
  # passes them.
  case "$service" in
    catalog-service) env+=(-e "OIDC_CLIENT_SECRET=catalog-service-demo-secret") ;;
    request-service) env+=(-e "OIDC_CLIENT_SECRET=request-service-demo-secret"
                           -e "AUDIT_VERIFY_KEY=$demo_audit_verify_key") ;;
    approval-service) env+=(-e "OIDC_CLIENT_SECRET=approval-service-demo-secret"
                            -e "AUDIT_HMAC_KEY=rr1KUNsEhw2T/BU+LUM/u4+T/8MMJCJoQtwfd1C0USQ=" -e "AUDIT_HMAC_KEY_ID=k1"
                            -e "AUDIT_SIGNING_KEY=MC4CAQAwBQYDK2VwBCIEIKaE1RMiYT+gtQAr10CzMru6R0U54KUdL/lLHi9HUlj4"
                            -e "AUDIT_VERIFY_KEY=$demo_audit_verify_key") ;;
  esac
  if [ "$pass" = training ]; then
    # The JVM records the classes it loads and links and their profiles (JDK 25, -XX:AOTMode=record), written
    # to a host directory when the container stops.
    mkdir -p "$work/aot/$service"
    rm -f "$work/aot/$service"/app.aot*
    chmod 0777 "$work/aot/$service"
    env+=(-v "$work/aot/$service:/aot:rw"
          -e "JAVA_OPTS_APPEND=-XX:MaxRAM=$memory -XX:AOTMode=record -XX:AOTConfiguration=/aot/app.aotconf")
  fi
  podman rm --force "$name" >/dev/null 2>&1 || true
  started_at[$service]=$(date +%s%N)
  [[ " ${containers[*]} " == *" $name "* ]] || containers+=("$name")
  # As Kubernetes will run them: read-only root filesystem with a writable /tmp, no capabilities, a memory limit.
  # Recording needs native memory beyond the limit to write its record at exit (killed at 512m): the training run
  # gets a larger limit, with -XX:MaxRAM keeping the JVM's heap and GC those of the real limit.
  podman run --detach --pull=never --name "$name" --network=host --read-only --tmpfs /tmp:rw,size=64m \
    --cap-drop=ALL --security-opt=no-new-privileges --memory="$([ "$pass" = training ] && echo "$training_memory" || echo "$memory")" \
    "${env[@]}" "$(image_of "$service")" >/dev/null
done
pending=" $SERVICES "
while [ -n "${pending// /}" ]; do
  for service in $pending; do
    name=$container_prefix$service
    if curl -fsS -o /dev/null "http://localhost:$(management_port_of "$service")/q/health/ready" 2>/dev/null; then
      ready_seconds[$pass $service]=$(awk -v a="${started_at[$service]}" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
      pending=${pending/ $service / }
      say "$service ready in ${ready_seconds[$pass $service]} s ($pass; container $name, port $(port_of "$service"))"
    elif [ "$(podman inspect --format '{{.State.Running}}' "$name")" != true ]; then
      fail "container $name exited: $(podman inspect --format '{{.State.ExitCode}}' "$name")"
    fi
  done
  [ $((SECONDS - step_started)) -lt 180 ] || fail "not ready after 180 s:$pending"
  [ -z "${pending// /}" ] || sleep 0.5
done
user_in_container=$(podman exec "${container_prefix}catalog-service" id -u)
[ "$user_in_container" = 185 ] || fail "catalog-service runs as uid $user_in_container, not 185"
max_heap=$(podman exec "${container_prefix}catalog-service" sh -c 'java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null' \
  | awk '$2 == "MaxHeapSize" { printf "%d MiB", $4 / 1048576 }')
say "containers run as uid $user_in_container; max heap under a $memory limit: $max_heap"
}

# ---------------------------------------------------------------------------------------------------------------
# 6. Lifecycle smoke scenario through the containers, with real tokens from Keycloak (a function: run twice)
# ---------------------------------------------------------------------------------------------------------------
declare -A tokens=()
lifecycle() {
local step_started=$SECONDS user otp
for user in olena audrey minjun seoyeon daeho; do
  # daeho (authorizer) signs in with a one-time code too: the launcher computes the demo realm's code.
  otp=()
  if [ "$user" = daeho ]; then
    otp=(-d "totp=$("${launcher[@]}" otp daeho | awk 'NR == 1 { print $1 }')")
  fi
  tokens[$user]=$(curl -fsS "$realm_url/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=procurement-tests -d "username=$user" -d "password=$user-pw" "${otp[@]}" | jq -er .access_token) \
    || fail "no token for $user from $realm_url"
done
say "tokens for olena, audrey, minjun, seoyeon, daeho (password grant, client procurement-tests; daeho with his TOTP code)"
# call USER METHOD URL [BODY] -> prints the response body; fails unless the status is $expect (default 200).
call() {
  local user=$1 method=$2 url=$3 body=${4:-} out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer ${tokens[$user]}" \
    -H 'Accept: application/json' ${body:+-H 'Content-Type: application/json' --data "$body"})
  if [ "$status" != "${expect:-200}" ]; then
    echo "$method $url as $user: HTTP $status (expected ${expect:-200}): $(head -c 600 "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}
# await SECONDS DESCRIPTION COMMAND... : until COMMAND succeeds
await() {
  local limit=$1 what=$2 deadline=$((SECONDS + $1))
  shift 2
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "$what: not within $limit s"
    sleep 0.3
  done
}
catalog=http://localhost:$catalog_port
requests=http://localhost:$request_port
approvals=http://localhost:$approval_port
body_armour=38bb161d-1e34-5384-89a9-a661666831b7

item=$(call olena GET "$catalog/catalog/items/$body_armour") || fail "catalogue lookup"
say "catalog-service: $(jq -r '"\(.name // .id), \(.availableQuantity) available"' <<<"$item")"

draft=$(jq -n --arg needed "$(date -d '+4 months' +%F)" --arg issued "$(date -d '-20 days' +%F)" --arg item "$body_armour" '{
  title: "Container check: body armour for the territorial defence",
  justification: "Replace losses of the last twelve months",
  intendedEndUse: "Territorial defence by the Armed Forces",
  priority: "URGENT",
  neededBy: $needed,
  destination: {country: "UA", location: "Kyiv logistics hub"},
  financingMethod: "GRANT",
  endUserCertificate: {number: "EUC-UA-2026-0412", issuingAuthority: "Ministry of Defence", issueDate: $issued,
    signatory: "Deputy Minister of Defence", endUser: "Armed Forces", noReExportUndertaking: true},
  lines: [{itemId: $item, quantity: 10, note: "container check"}]}')
request_id=$(expect=201 call olena POST "$requests/requests" "$draft" | jq -er .id) || fail "create the draft"
say "olena created draft $request_id"
call olena POST "$requests/requests/$request_id/submit" >/dev/null || fail "submit"
say "olena submitted it"

request_status() { call olena GET "$requests/requests/$request_id" | jq -r .status; }
status_is() { [ "$(request_status)" = "$1" ]; }
await 90 "request IN_REVIEW" status_is IN_REVIEW
say "request-service: IN_REVIEW"

case_id=
find_case() {
  case_id=$(call audrey GET "$approvals/cases?requestId=$request_id" | jq -r '[.items[] | select(.round == 1)][0].id // empty')
  [ -n "$case_id" ]
}
await 90 "approval case opened" find_case
say "approval-service: case $case_id (found by audrey)"
for decision in minjun:technical-review seoyeon:export-control daeho:final-authorization; do
  user=${decision%%:*} stage=${decision#*:}
  expect=201 call "$user" POST "$approvals/cases/$case_id/stages/$stage/decisions" \
    "{\"outcome\":\"APPROVE\",\"comment\":\"$user on $stage (container check)\"}" >/dev/null \
    || fail "$user approving $stage"
  say "$user approved $stage"
done
await 90 "request APPROVED" status_is APPROVED
say "request-service: APPROVED; lifecycle through the containers in $((SECONDS - step_started)) s"
}

# ---------------------------------------------------------------------------------------------------------------
# 7. Training, then the AOT-enhanced images (Project Leyden, JDK 25)
# ---------------------------------------------------------------------------------------------------------------
# The containers run once recording (the training run: start-up and the lifecycle above, on the very runtime of
# the image), stop, and each image gets the AOT cache made from that record, under its own name and tag. The
# second run starts from the cache with -XX:AOTMode=on, so a cache the JVM refused would stop the container.
run_containers training
lifecycle
step_started=$SECONDS
for service in $SERVICES; do
  podman stop --time 60 "$container_prefix$service" >/dev/null
  [ -s "$work/aot/$service/app.aotconf" ] || fail "$service wrote no AOT configuration when it stopped"
  # the cache is made in a container of the same image and JVM options, sized (MaxRAM) as it will run
  podman run --rm --pull=never --network=none --memory="$training_memory" -v "$work/aot/$service:/aot:rw" \
    -e "MAX_RAM=$memory" --entrypoint /bin/sh "$(image_of "$service")" -c 'exec java $JAVA_OPTS -XX:MaxRAM=$MAX_RAM \
      -XX:AOTMode=create -XX:AOTConfiguration=/aot/app.aotconf -XX:AOTCache=/aot/app.aot -jar /deployments/quarkus-run.jar' \
    >"$logs/aot-create-$service.log" 2>&1 || { tail -n 20 "$logs/aot-create-$service.log"; fail "creating $service's AOT cache"; }
  podman build --quiet --pull=never --file "$here/aot.Containerfile" --build-arg "IMAGE=$(image_of "$service")" \
    --tag "$(image_of "$service")" "$work/aot/$service" >"$logs/aot-build-$service.log" 2>&1 \
    || { tail -n 20 "$logs/aot-build-$service.log"; fail "building $service's AOT-enhanced image"; }
done
podman image prune --force --filter label=org.procurement.image=service >/dev/null
say "AOT caches made from the training run and built into the images ($((SECONDS - step_started)) s)"
tokens=()
run_containers cached
lifecycle

# ---------------------------------------------------------------------------------------------------------------
# 8. Numbers
# ---------------------------------------------------------------------------------------------------------------
say "images before the AOT cache:"
sed 's/^/    /' <<<"$plain_sizes"
say "images (AOT-enhanced services, bases):"
podman images --filter label=org.procurement.image --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | sed 's/^/    /'
podman images --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' "$debian_image" | sed 's/^/    /'
say "start-up to ready, recording (training): $(for s in $SERVICES; do printf '%s %s s, ' "$s" "${ready_seconds[training $s]}"; done | sed 's/, $//')"
say "start-up to ready, from the AOT cache: $(for s in $SERVICES; do printf '%s %s s, ' "$s" "${ready_seconds[cached $s]}"; done | sed 's/, $//')"
say "total $((SECONDS - check_started)) s"
