#!/usr/bin/env bash
# Prints the path of the W3C Nu HTML checker's jar, installing it on first
# use into .cache/ from the npm package that ships it. Needs java and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=26.9.27
dir=.cache/vnu-$version
jar=$dir/node_modules/vnu-jar/build/dist/vnu.jar
if [ ! -f "$jar" ]; then
	command -v npm >/dev/null || { echo "vnu.sh: npm is needed to install the HTML checker" >&2; exit 1; }
	npm install --silent --no-audit --no-fund --prefix "$dir" "vnu-jar@$version" >&2
fi
if ! command -v java >/dev/null; then
	echo "vnu.sh: java is needed to run the HTML checker; installing Debian's default JRE" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >&2
fi
echo "$PWD/$jar"
