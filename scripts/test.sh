#!/usr/bin/env bash
# The whole test suite: formatting, vet, and every Go test.
# CI runs this through .ci/run; run it yourself from anywhere in the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
# The W3C Nu checker validates rendered pages in the web tests.
WARTA_VNU_JAR=$(bash scripts/vnu.sh)
export WARTA_VNU_JAR
go test -count=1 ./...
# Packages with shared in-memory state also run under the race detector.
go test -count=1 -race ./internal/trending/ ./internal/web/...
