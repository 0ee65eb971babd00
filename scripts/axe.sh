#!/usr/bin/env bash
# Prints the path of axe-core's axe.min.js, the accessibility checker the
# browser tests inject into pages, installing it on first use into .cache/
# from its npm package. Needs npm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.14.1
dir=.cache/axe-$version
js=$dir/node_modules/axe-core/axe.min.js
if [ ! -f "$js" ]; then
	command -v npm >/dev/null || { echo "axe.sh: npm is needed to install axe-core" >&2; exit 1; }
	npm install --silent --no-audit --no-fund --prefix "$dir" "axe-core@$version" >&2
fi
echo "$PWD/$js"
