#!/usr/bin/env bash
# The demo's first start: `warta serve --demo` on an empty data directory, timed
# from exec until / answers 200 (polled every 20 ms); prints that time in
# milliseconds, then stops the server (its shutdown is not counted).
#   bash bench/demostart.sh BIN [PORT] [RUNS]
set -euo pipefail
bin=${1:?usage: demostart.sh BIN [PORT]}
port=${2:-18231}
runs=${3:-1}
ms() { echo $(($(date +%s%N) / 1000000)); }
once() {
	local dir pid t0
	dir=$(mktemp -d)
	t0=$(ms)
	"$bin" serve --demo --data "$dir" --addr "127.0.0.1:$port" >"$dir/log" 2>&1 &
	pid=$!
	for _ in $(seq 1 3000); do
		if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
			echo "$(($(ms) - t0)) ms"
			kill "$pid"
			wait "$pid" || true
			rm -rf "$dir"
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			cat "$dir/log" >&2
			rm -rf "$dir"
			return 1
		fi
		sleep 0.02
	done
	echo "demostart: / did not answer within 60 s" >&2
	kill "$pid"
	rm -rf "$dir"
	return 1
}
for _ in $(seq 1 "$runs"); do
	once
done
