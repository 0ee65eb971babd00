#!/usr/bin/env bash
# Scale benchmark (issue 13): builds archives of 1k, 10k and 100k generated
# stories with `warta demo --articles N` (cached under WARTA_SCALE_DIR, so
# reruns are quick), then measures them side by side:
#   - uncached render time of home, section (first and last page), article,
#     author, tag, daily index, feed, sitemap index and a monthly sitemap,
#     and search p95 (BenchmarkScale in internal/web/public, -count 3);
#   - per archive, on a copy, with `warta serve` on 127.0.0.1: `warta
#     reindex` time and rate, cold start (process start to first 200 on /,
#     median of 3), RSS under ~20 s of mixed traffic over thousands of
#     distinct article URLs, search p95 over HTTP, publish-to-visible
#     through the API (median of 3) (bench/scaleprobe).
#
#   bash bench/scale.sh                 # 1000 10000 100000
#   SCALE_SIZES="1000 10000" bash bench/scale.sh
#
# Environment: WARTA_SCALE_DIR (default /var/tmp/warta-scale), SCALE_SIZES,
# SCALE_LOAD (seconds of mixed traffic, default 20), SCALE_COUNT (benchmark
# runs, default 3).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${WARTA_SCALE_DIR:-/var/tmp/warta-scale}
sizes=${SCALE_SIZES:-1000 10000 100000}
load=${SCALE_LOAD:-20}
count=${SCALE_COUNT:-3}
for n in $sizes; do
	[[ $n =~ ^[0-9]+$ ]] || {
		echo "scale.sh: SCALE_SIZES must hold whole numbers, got '$n'" >&2
		exit 2
	}
done
[[ $load =~ ^[0-9]+$ && $load -ge 1 && $load -le 60 ]] || {
	echo "scale.sh: SCALE_LOAD must be 1 to 60 seconds" >&2
	exit 2
}
mkdir -p "$dir"
log() { printf '== %s\n' "$*" >&2; }

cd "$repo"
log "building warta and scaleprobe"
go build -o "$dir/warta" ./cmd/warta
go build -o "$dir/scaleprobe" ./bench/scaleprobe

# The archives, built once. A half-built one (no "done" marker) is
# started again from empty.
for n in $sizes; do
	if [[ ! -f $dir/$n/done ]]; then
		rm -rf "${dir:?}/$n"
		log "building an archive of $n stories"
		"$dir/warta" demo --articles "$n" --data "$dir/$n" --lang en
		touch "$dir/$n/done"
	fi
done

log "uncached render times (go test -bench Scale -count $count)"
WARTA_SCALE_DIR=$dir go test -run '^$' -bench 'Scale' -benchtime 20x -count "$count" ./internal/web/public/ |
	tee "$dir/render.txt"

for n in $sizes; do
	log "live process over $n stories (a copy)"
	rm -rf "${dir:?}/copy-$n"
	cp -r "$dir/$n" "$dir/copy-$n"
	"$dir/scaleprobe" --warta "$dir/warta" --data "$dir/copy-$n" --articles "$n" --load "${load}s" --runs 3 |
		sed "s/^/$n /" | tee "$dir/probe-$n.txt"
	rm -rf "${dir:?}/copy-$n"
done
