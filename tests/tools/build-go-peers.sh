#!/usr/bin/env bash
# Builds the Go forward-auth services that `npm run bench` measures beside forward-auth, from the
# Go module proxy with the ordinary Go client, and prints one line per peer:
#
#   <name> <version> ok <absolute path of the binary>
#   <name> <version> missing <why, in one line>
#
# Exit 0 whatever the peers' fate (a peer that cannot be built is reported, not fatal).
# Exit 3: no Go toolchain on this machine and no cached binaries (the bench then skips the peers).
# Only a fresh machine pays the build (oauth2-proxy from empty Go caches: about 3 minutes of CPU,
# 7.5 minutes on a loaded 2-core machine); the binaries are cached outside the repository, keyed
# by version, beside Traefik's (tests/tools/build-traefik.sh). Nothing of the peers' source is kept
# here: the Go client fetches it into its module cache like any dependency.
set -euo pipefail

# oauth2-proxy's go.mod at this version has no replace or exclude directive, so plain
# `go install module@version` builds it (it refuses modules that have them).
OAUTH2_PROXY_VERSION=v7.15.6
# ItalyPaleAle/traefik-forward-auth v4: the module proxy refuses it. Asking
# https://proxy.golang.org/github.com/!italy!pale!ale/traefik-forward-auth/v4/@v/list answers
# 403 "This module version is not available" (and the same for /v3 and the lower-case spelling),
# so there is nothing to build; the bench prints this reason in the peer's row.
TFA_MODULE=github.com/italypaleale/traefik-forward-auth/v4
TFA_MISSING="the Go module proxy refuses $TFA_MODULE (403 \"This module version is not available\" for @v/list, also /v3)"

cache=${FA_TEST_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/forward-auth}
o2p_dir="$cache/oauth2-proxy-$OAUTH2_PROXY_VERSION"
o2p_bin="$o2p_dir/oauth2-proxy"

o2p_ok() {
  [ -x "$o2p_bin" ] && "$o2p_bin" --version >/dev/null 2>&1
}

# Module downloads from the proxy can fail for a moment: try each step a few times.
retry() {
  local n
  for n in 1 2 3; do
    "$@" && return 0
    echo "build-go-peers: '$*' failed (try $n of 3)" >&2
    sleep $((n * 5))
  done
  return 1
}

build_o2p() {
  mkdir -p "$o2p_dir"
  # One build at a time: two bench runs may both ask.
  exec 9>"$o2p_dir/.lock"
  flock 9
  if o2p_ok; then
    return 0
  fi
  local gobin="$o2p_dir/build"
  rm -rf "$gobin"
  mkdir -p "$gobin"
  echo "build-go-peers: building oauth2-proxy $OAUTH2_PROXY_VERSION (a few minutes on a fresh machine)" >&2
  retry go mod download github.com/oauth2-proxy/oauth2-proxy/v7@"$OAUTH2_PROXY_VERSION" >&2 || return 1
  # The build is low priority: the bench and other work share the machine. `go install` names the
  # binary after the module's last element that is not a major version: oauth2-proxy.
  (
    cd "$o2p_dir"
    GOBIN="$gobin" GOFLAGS=-trimpath nice -n 10 go install \
      -ldflags "-s -w -X github.com/oauth2-proxy/oauth2-proxy/v7/pkg/version.VERSION=$OAUTH2_PROXY_VERSION" \
      github.com/oauth2-proxy/oauth2-proxy/v7@"$OAUTH2_PROXY_VERSION"
  ) >&2 || return 1
  mv "$gobin/oauth2-proxy" "$o2p_bin"
  rm -rf "$gobin"
  o2p_ok
}

have_go=1
command -v go >/dev/null 2>&1 || have_go=0

if o2p_ok; then
  echo "oauth2-proxy $OAUTH2_PROXY_VERSION ok $o2p_bin"
elif [ "$have_go" = 0 ]; then
  echo "build-go-peers: no Go toolchain (go) on PATH; install Go 1.26 or later to build the Go peers" >&2
  exit 3
elif build_o2p; then
  echo "oauth2-proxy $OAUTH2_PROXY_VERSION ok $o2p_bin"
else
  echo "oauth2-proxy $OAUTH2_PROXY_VERSION missing go install github.com/oauth2-proxy/oauth2-proxy/v7@$OAUTH2_PROXY_VERSION failed (see the lines above)"
fi
echo "traefik-forward-auth v4 missing $TFA_MISSING"
