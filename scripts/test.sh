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
# The browser test drives Debian's Chromium; install it when it is missing.
if ! command -v chromium >/dev/null; then
	echo "test.sh: installing Debian's chromium for the browser test" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
# The stemmer is checked against Snowball's reference, stemwords.
bash internal/search/testdata/install-stemwords.sh
# Sitemaps are validated against the sitemaps.org and Google schemas by
# xmllint (Debian's libxml2-utils); under CI=true the test fails without it.
if ! command -v xmllint >/dev/null; then
	echo "test.sh: installing Debian's libxml2-utils (xmllint) for the sitemap schemas" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >&2
fi
# The PostgreSQL store's tests need a server: start a throwaway one
# (scripts/pg.sh) and stop it when the run ends, however it ends. Under
# CI=true a server that will not start fails the run; locally the
# PostgreSQL tests then skip and say so.
source scripts/pg.sh
trap pg_stop EXIT
if ! pg_start; then
	if [ "${CI:-}" = true ]; then
		echo "test.sh: PostgreSQL did not start" >&2
		exit 1
	fi
	echo "test.sh: PostgreSQL did not start; its tests will skip" >&2
fi
# The W3C Nu checker validates rendered pages in the web tests; axe-core
# checks their accessibility in the browser tests.
WARTA_VNU_JAR=$(bash scripts/vnu.sh)
WARTA_AXE_JS=$(bash scripts/axe.sh)
export WARTA_VNU_JAR WARTA_AXE_JS
go test -count=1 -timeout 30m ./...  # the browser tests start several demo sites
# The services, the importer and every handler's tests again on PostgreSQL
# (webtest.NewSite then opens a fresh PostgreSQL database for each test);
# the store's own conformance suite ran on both above.
if [ -n "${WARTA_TEST_POSTGRES:-}" ]; then
	WARTA_TEST_STORE=postgres go test -count=1 -timeout 30m ./internal/editorial/ ./internal/importer/ \
		./internal/jobs/ ./internal/trending/ ./internal/metrics/ ./internal/web/...
fi
# Packages with shared in-memory state also run under the race detector.
go test -count=1 -timeout 30m -race ./internal/trending/ ./internal/web/...
