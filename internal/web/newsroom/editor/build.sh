#!/usr/bin/env bash
# Builds the newsroom editor bundle into dist/ from src/ and the pinned
# package-lock.json. dist/ is committed and embedded in the Go binary, so
# only people who change src/ or the dependencies need Node and npm.
#
# After a change: bash internal/web/newsroom/editor/build.sh, then commit
# src/, package*.json and dist/ together (editor_test.go checks that
# dist/SOURCE_SHA256 matches the sources).
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

npm ci --no-audit --no-fund --loglevel=error

esbuild=node_modules/.bin/esbuild
common=(--bundle --minify --target=es2019 --log-level=warning)
mkdir -p dist
meta=$(mktemp)
trap 'rm -f "$meta"' EXIT
"$esbuild" src/editor.js "${common[@]}" --format=iife --metafile="$meta" --outfile=dist/editor.js
node notice.mjs "$meta" dist/editor.js
"$esbuild" src/editor.css "${common[@]}" --outfile=dist/editor.css

# The fingerprint of what dist/ was built from, in sha256sum's format:
# one "HASH  PATH" line per input, then the hash of those lines.
sha256sum build.sh notice.mjs package-lock.json src/* | sha256sum | cut -d' ' -f1 > dist/SOURCE_SHA256

wc -c dist/editor.js dist/editor.css
