#!/usr/bin/env bash
# Builds the real Traefik from the Go module proxy for the end-to-end tests and prints the
# binary's absolute path. Only a fresh machine pays the build (about 10-25 minutes on 2 cores);
# the binary is cached outside the repository, keyed by version. Nothing of Traefik's source is
# kept here: the Go client fetches it into its module cache like any dependency.
#
#   tests/tools/build-traefik.sh          build if needed, print the path (exit 0)
#   exit 3: no Go toolchain on this machine (the Traefik tests then skip, saying so)
#
# Why a wrapper module and not `go install github.com/traefik/traefik/v3/cmd/traefik@VERSION`:
# go install refuses a module whose go.mod has replace directives, and Traefik's has some. The
# wrapper requires Traefik at the pinned version and repeats its replace/exclude lines, with two
# differences forced by what the module proxy serves (each says why below).
set -euo pipefail

# v3.7.12 is the newest release whose dependencies the module proxy here serves: v3.7.13 needs
# github.com/go-acme/lego/v5 v5.4.1, whose DNS providers need modules the proxy refuses
# (github.com/akamai/AkamaiOPEN-edgegrid-golang/v13 v13.4.0, github.com/nrdcg/oci-go-sdk/common/v1065
# v1065.124.0, github.com/sacloud/sacloud-sdk-go v0.1.0, github.com/ucloud/ucloud-sdk-go v0.22.116, ...).
# Keep docker-compose.yml's image tag and README's version in step with this line.
VERSION=v3.7.12

# Not FORWARD_AUTH_*: the service refuses any variable of its own prefix that is not a setting.
cache=${FA_TEST_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/forward-auth}
dir="$cache/traefik-$VERSION"
bin="$dir/traefik"

if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "build-traefik: no Go toolchain (go) on PATH; install Go 1.26 or later to build Traefik $VERSION" >&2
  exit 3
fi

mkdir -p "$dir"
# One build at a time: .ci/run and a test run may both ask.
exec 9>"$dir/.lock"
flock 9
if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

work="$dir/build"
rm -rf "$work"
mkdir -p "$work/ext"
cd "$work"
export GOFLAGS=-mod=mod
# Module downloads from the proxy can fail for a moment: try each step a few times.
retry() {
  local n
  for n in 1 2 3; do
    "$@" && return 0
    echo "build-traefik: '$*' failed (try $n of 3)" >&2
    sleep $((n * 5))
  done
  return 1
}

retry go mod download github.com/traefik/traefik/v3@"$VERSION" >&2
src=$(go env GOMODCACHE)/github.com/traefik/traefik/v3@"$VERSION"

# Traefik's go.mod points github.com/traefik/traefik/dynamic/ext at ./pkg/config/dynamic/ext, a
# nested module that the release's module zip leaves out and the proxy does not serve. In the
# open-source build it is an extension hook holding only empty types; the wrapper gives the
# compiler the same empty types.
cat >ext/go.mod <<'EOM'
module github.com/traefik/traefik/dynamic/ext

go 1.24.0
EOM
cat >ext/ext.go <<'EOM'
// Package ext stands in for Traefik's extension hook, empty in the open-source build.
package ext

type HTTP struct{}

type Router struct{}

type RouterIng struct{}

func (RouterIng) ToRouter() Router { return Router{} }
EOM

# Traefik replaces github.com/abbot/go-http-auth with its fork at a commit the proxy refuses
# (v0.4.1-0.20260804094822-b975dcaa8c48); the fork's earlier commit below is served and has the
# same API. It serves basicAuth/digestAuth, which these tests do not use.
cat >go.mod <<EOM
module forwardauth.test/traefik

go 1.26.0

require github.com/traefik/traefik/v3 $VERSION

replace github.com/traefik/traefik/dynamic/ext => ./ext

replace github.com/abbot/go-http-auth => github.com/containous/go-http-auth v0.4.1-0.20200324110947-a37a7636d23e
EOM
# The rest of Traefik's replace and exclude lines, as its go.mod has them.
sed -n '/^replace (/,/^)/p;/^exclude/p' "$src/go.mod" | grep -v 'abbot/go-http-auth' >>go.mod
cp "$src/go.sum" go.sum
chmod u+w go.sum

# No go mod tidy: it would also resolve the imports of dependencies' tests, at whatever version
# is newest that day. Listing the command's own packages downloads exactly its build list, the
# versions Traefik's go.mod pins (verified against its go.sum), so every machine builds the same.
retry go list -deps github.com/traefik/traefik/v3/cmd/traefik >/dev/null
echo "build-traefik: building Traefik $VERSION (several minutes on a fresh machine)" >&2
go build -trimpath \
  -ldflags "-s -w -X github.com/traefik/traefik/v3/pkg/version.Version=$VERSION" \
  -o "$bin.tmp" github.com/traefik/traefik/v3/cmd/traefik >&2
mv "$bin.tmp" "$bin"
cd "$dir"
rm -rf "$work"
echo "$bin"
