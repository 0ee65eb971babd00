#!/usr/bin/env bash
# Mixed soak: `warta serve` on 127.0.0.1 with a demo database under 64
# connections of article and section pages (75 %), searches (15 %), saves
# through the API (8 %: drafts, one in ten published) and photo uploads
# (2 %) for a while, then reports requests, status counts (no 5xx
# expected), peak RSS (VmHWM) and RSS at the end.
#
#   bash bench/soak.sh                  # 10 minutes
#   SOAK_SECONDS=120 bash bench/soak.sh # the short run
#
# Environment: SOAK_SECONDS (default 600), SOAK_CONNECTIONS (default 64),
# SOAK_ARTICLES (demo stories, default 2000), SOAK_WARTA_BIN=PATH uses a
# prebuilt binary, SOAK_KEEP=1 keeps the temporary directory (server log).
# Exits 1 when any answer was a 5xx or the server died.
set -euo pipefail

SECS=${SOAK_SECONDS:-600}
CONNS=${SOAK_CONNECTIONS:-64}
ARTICLES=${SOAK_ARTICLES:-2000}
for v in SECS CONNS ARTICLES; do
	[[ ${!v} =~ ^[0-9]+$ ]] && ((${!v} >= 1)) || {
		echo "soak.sh: $v must be a whole number of at least 1, got '${!v}'" >&2
		exit 2
	}
done
((SECS <= 7200 && CONNS <= 1000)) || {
	echo "soak.sh: at most 7200 seconds and 1000 connections" >&2
	exit 2
}
for tool in wrk curl jq go; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "soak.sh: needs $tool on PATH" >&2
		exit 2
	}
done

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/warta-soak.XXXXXX)
pid=
cleanup() {
	[[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	if [[ ${SOAK_KEEP:-0} == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

bin=${SOAK_WARTA_BIN:-}
if [[ -z $bin ]]; then
	bin=$tmp/warta
	(cd "$here/.." && go build -o "$bin" ./cmd/warta)
fi
data=$tmp/data
echo "demo: $ARTICLES stories" >&2
"$bin" demo --articles "$ARTICLES" --data "$data" >/dev/null 2>"$tmp/demo.log"
printf 'kata-sandi-soak-panjang\n' >"$tmp/pw"
"$bin" user create --data "$data" --email soak@kabar.example --name Soak --role editor --password-file "$tmp/pw" >/dev/null
token=$("$bin" token create --data "$data" --email soak@kabar.example --name soak)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
W=http://127.0.0.1:$port
"$bin" serve --addr "127.0.0.1:$port" --data "$data" >"$tmp/serve.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
	curl -fsS --max-time 2 -o /dev/null "$W/healthz" 2>/dev/null && break
	sleep 0.1
done
curl -fsS --max-time 2 -o /dev/null "$W/healthz" || {
	echo "soak.sh: the server did not start" >&2
	cat "$tmp/serve.log" >&2
	exit 1
}

# Paths to read: the home page, every section, and up to 500 stories.
section=$(curl -fsS "$W/api/v1/sections" | jq -r '(.results // .sections // .)[0].slug')
{
	echo /
	curl -fsS "$W/api/v1/sections" | jq -r '(.results // .sections // .)[] | "/" + .slug + "/"'
	for p in $(seq 1 25); do
		curl -fsS "$W/api/v1/articles?page=$p" | jq -r '.results[].url' | sed -E 's#^https?://[^/]+##'
	done
} | sort -u >"$tmp/all-paths" || true
head -n 530 "$tmp/all-paths" >"$tmp/paths"
find "$data/media" -name '*.jpg' -size +20k >"$tmp/images" || true
[[ -s $tmp/images ]] || find "$data/media" -name '*.jpg' >"$tmp/images"
image=$(head -n 1 "$tmp/images")
[[ -n $image ]] || {
	echo "soak.sh: the demo made no photo to upload" >&2
	exit 1
}
echo "soak: $SECS s at $CONNS connections, $(wc -l <"$tmp/paths") paths, section $section, upload $(wc -c <"$image") bytes" >&2

# Peak RSS is the kernel's own high-water mark; RSS is sampled each 10 s.
rss() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status"; }
start_rss=$(rss VmRSS)
(
	while kill -0 "$pid" 2>/dev/null; do
		echo "$(date +%s) $(rss VmRSS)"
		sleep 10
	done
) >"$tmp/rss.log" &
sampler=$!
SOAK_TOKEN=$token SOAK_PATHS=$tmp/paths SOAK_IMAGE=$image SOAK_SECTION=$section \
	wrk -t2 -c"$CONNS" -d"${SECS}s" --timeout 10s -s "$here/soak.lua" "$W" >"$tmp/wrk.out"
kill "$sampler" 2>/dev/null || true
alive=1
kill -0 "$pid" 2>/dev/null || alive=0
hwm=$(rss VmHWM || echo 0)
end_rss=$(rss VmRSS || echo 0)
sleep 5 # the upload queue drains
settled_rss=$(rss VmRSS || echo 0)
cat "$tmp/wrk.out"
fivexx=$(awk '$1 == "status" && $2 >= 500 {n += $3} END {print n + 0}' "$tmp/wrk.out")
warns=$(grep -c 'level=WARN' "$tmp/serve.log" || true)
errors=$(grep -c 'level=ERROR' "$tmp/serve.log" || true)
echo "server: alive=$alive rss_start=${start_rss}kB peak(VmHWM)=${hwm}kB rss_end=${end_rss}kB rss_end+5s=${settled_rss}kB warn_logs=$warns error_logs=$errors"
echo "rss samples (kB): $(awk '{printf "%s ", $2}' "$tmp/rss.log")"
refused=$(awk '$1 == "status" && $2 == 503 {n += $3} END {print n + 0}' "$tmp/wrk.out")
echo "5xx: $fivexx (of which 503 busy refusals with Retry-After: $refused)"
if ((warns + errors > 0)); then
	echo "server log, WARN and ERROR by message:"
	grep -E 'level=(WARN|ERROR)' "$tmp/serve.log" | sed -E 's/^time=[^ ]+ //; s/(article_id|id|duration|elapsed)=[^ ]+ ?//g' |
		sort | uniq -c | sort -rn | head -n 8
fi
((alive == 1 && fivexx == 0))
