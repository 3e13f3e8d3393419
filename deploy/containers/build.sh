#!/usr/bin/env bash
# Builds the three service images from their packaged fast-jars, named as images.env says.
#
#   ./mvnw -B package -DskipTests            # first: makes <service>/target/quarkus-app
#   deploy/containers/build.sh               # builds ${REGISTRY}/${NAMESPACE}/<service>:${TAG} for all three
#   deploy/containers/build.sh request-service          # only some
#   deploy/containers/build.sh --push        # and pushes them (after `podman login` / `docker login`)
#
# Environment: CONTAINER_ENGINE (podman or docker; default: podman if installed, else docker),
# BASE_IMAGE, REGISTRY, NAMESPACE, TAG override images.env; EXTRA_BUILD_ARGS is passed to `build` as is.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# images.env, with the caller's environment taking precedence.
for var in REGISTRY NAMESPACE TAG BASE_IMAGE; do
  if [ -n "${!var:-}" ]; then eval "override_$var=\${!var}"; fi
done
# shellcheck source=images.env
. "$here/images.env"
for var in REGISTRY NAMESPACE TAG BASE_IMAGE; do
  override="override_$var"
  if [ -n "${!override:-}" ]; then eval "$var=\${!override}"; fi
done

engine=${CONTAINER_ENGINE:-}
if [ -z "$engine" ]; then
  if command -v podman >/dev/null; then engine=podman; else engine=docker; fi
fi

push=no
selected=()
for arg in "$@"; do
  case "$arg" in
    --push) push=yes ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) case " $SERVICES " in
         *" $arg "*) selected+=("$arg") ;;
         *) echo "build.sh: unknown service or option: $arg (services: $SERVICES)" >&2; exit 2 ;;
       esac ;;
  esac
done
[ ${#selected[@]} -gt 0 ] || read -r -a selected <<<"$SERVICES"

# Prints the image name of a service.
image_of() { echo "${REGISTRY:+$REGISTRY/}$NAMESPACE/$1:$TAG"; }

for service in "${selected[@]}"; do
  if [ ! -f "$root/$service/target/quarkus-app/quarkus-run.jar" ]; then
    echo "build.sh: $service/target/quarkus-app is missing; run ./mvnw -B package -DskipTests first" >&2
    exit 1
  fi
  port_var="$(echo "$service" | tr 'a-z-' 'A-Z_')_PORT"
  started=$SECONDS
  # shellcheck disable=SC2086  # EXTRA_BUILD_ARGS is a list of words
  "$engine" build --file "$here/Containerfile" \
      --build-arg "BASE_IMAGE=$BASE_IMAGE" \
      --build-arg "SERVICE=$service" \
      --build-arg "PORT=${!port_var}" \
      --build-arg "VERSION=$TAG" \
      ${EXTRA_BUILD_ARGS:-} \
      --tag "$(image_of "$service")" \
      "$root/$service"
  echo "build.sh: built $(image_of "$service") in $((SECONDS - started)) s"
  if [ "$push" = yes ]; then
    "$engine" push "$(image_of "$service")"
  fi
done
