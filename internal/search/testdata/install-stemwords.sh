#!/usr/bin/env bash
# Installs Snowball's reference stemmer, stemwords, from Debian's
# libstemmer-tools, for TestStemMatchesSnowball. Under CI=true that test
# fails without it, so scripts/test.sh runs this first.
set -euo pipefail
if command -v stemwords >/dev/null; then
	exit 0
fi
echo "install-stemwords.sh: installing Debian's libstemmer-tools" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libstemmer-tools >&2
