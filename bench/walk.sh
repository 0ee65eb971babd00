#!/usr/bin/env bash
# Walks the archive the way a crawler or a reader arriving from search does:
# restart the server (empty caches), then fetch every article once, in turn,
# over ONE keep-alive connection, and divide the server's CPU time
# (utime+stime from /proc/PID/stat, before and after) by the pages. The same
# walk runs against the WordPress anchor (shared/anchors/setup-wordpress.sh:
# php-fpm and mariadbd, both restarted) in the same run, and the ratio of the
# two is printed. Servers on CPU 1, the client (curl) on CPU 0. Run as root
# (WordPress's start and stop need it).
#
#   bash bench/walk.sh            # 3 runs, medians; Warta with 2,000 articles
#   bash bench/walk.sh --quick    # 1 run, Warta only (no WordPress)
#
# Environment: WALK_ARTICLES (Warta's generated archive, default 2000),
# WALK_RUNS (default 3), WALK_WP_PAGES (walk only the first N WordPress
# articles; default all), WALK_ANCHORS (the setup-wordpress.sh to use;
# default ../shared/anchors next to the repository, else /work/shared/anchors),
# WALK_WARTA_BIN=PATH uses a prebuilt warta binary, WALK_KEEP=1 keeps the
# temporary directory, WALK_PROFILE=FILE writes a CPU profile of Warta's
# first walk (taken through serve's --debug-addr).
set -euo pipefail

quick=0
for arg in "$@"; do
	case "$arg" in
	--quick) quick=1 ;;
	-h | --help)
		sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "walk.sh: unknown argument $arg (use --quick or nothing)" >&2
		exit 2
		;;
	esac
done
ARTICLES=${WALK_ARTICLES:-2000}
RUNS=${WALK_RUNS:-3}
((quick)) && RUNS=${WALK_RUNS:-1}
WP_PAGES=${WALK_WP_PAGES:-0}
for v in ARTICLES RUNS WP_PAGES; do
	if ! [[ ${!v} =~ ^[0-9]+$ ]]; then
		echo "walk.sh: $v must be a whole number, got '${!v}'" >&2
		exit 2
	fi
done
((ARTICLES >= 1 && ARTICLES <= 200000 && RUNS >= 1 && RUNS <= 20)) || {
	echo "walk.sh: WALK_ARTICLES must be 1..200000 and WALK_RUNS 1..20" >&2
	exit 2
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log() { printf '== %s\n' "$*" >&2; }
die() {
	printf 'walk.sh: %s\n' "$*" >&2
	exit 1
}
anchors=${WALK_ANCHORS:-}
if [[ -z $anchors ]]; then
	for d in "$repo/../shared/anchors" /work/shared/anchors; do
		[[ -f $d/setup-wordpress.sh ]] && anchors=$d/setup-wordpress.sh && break
	done
fi
if ((!quick)); then
	[[ -n $anchors && -f $anchors ]] || die "no setup-wordpress.sh found (set WALK_ANCHORS, or use --quick)"
	((EUID == 0)) || die "run as root: WordPress is restarted for each run (or use --quick)"
fi
for t in curl taskset; do command -v "$t" >/dev/null 2>&1 || die "$t is not installed"; done
TCK=$(getconf CLK_TCK)

# Neither the directory nor the binary has "warta" in its name, so a broad
# `pkill warta` elsewhere on a shared machine cannot stop the run midway.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/walkbench.XXXXXX")
server_pid=""
stop_pid() { # pid: TERM, wait up to 5 s, then KILL
	local pid=$1 i
	[[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 50; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}
wp_started=0
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_pid "$server_pid"
	((wp_started)) && bash "$anchors" stop >/dev/null 2>&1 || true
	if [[ ${WALK_KEEP:-0} == 1 ]]; then log "kept $tmp"; else rm -rf "$tmp"; fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
	local p i
	for ((i = 0; i < 200; i++)); do
		p=$((20000 + RANDOM % 30000))
		port_free "$p" && {
			echo "$p"
			return
		}
	done
	die "no free port found"
}

# cpu_ticks PID...: utime+stime+cutime+cstime (fields 14-17 of /proc/PID/stat)
# of each process and its children, summed. A process's own figures cover
# all its threads; cutime/cstime cover children it has already reaped.
cpu_ticks() {
	local total=0 p s kids all=()
	for p in "$@"; do
		kids=$(cat /proc/"$p"/task/*/children 2>/dev/null || true)
		# shellcheck disable=SC2206
		all+=("$p" $kids)
	done
	for p in "${all[@]}"; do
		s=$(cat "/proc/$p/stat" 2>/dev/null) || continue
		s=${s##*) } # the command name may hold spaces; fields resume at 3
		# shellcheck disable=SC2086
		set -- $s
		total=$((total + ${12} + ${13} + ${14} + ${15}))
	done
	echo "$total"
}

# urls_from_sitemaps URL...: the <loc> of each sitemap, recursing into
# sitemap indexes; article addresses only (sitemap-pages.xml is skipped).
locs() { curl -fsS "$1" | grep -o '<loc>[^<]*</loc>' | sed 's/<loc>\(.*\)<\/loc>/\1/'; }

# walk FILE PIDS...: fetches every URL of FILE once over one connection
# (one curl, keep-alive) on CPU 0; prints "pages ticks" of the PIDs' CPU.
walk() {
	local file=$1 before after n bad
	shift
	n=$(wc -l <"$file")
	{
		echo 'write-out = "%{http_code} %{num_connects}\n"'
		sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$file"
	} >"$file.cfg"
	before=$(cpu_ticks "$@")
	taskset -c 0 curl -sS --config "$file.cfg" >"$file.out"
	after=$(cpu_ticks "$@")
	bad=$(awk '$1 != 200' "$file.out" | wc -l)
	((bad == 0)) || die "$bad of $n pages did not answer 200 (see $file.out)"
	# num_connects is 1 for the first page only: one keep-alive connection.
	conns=$(awk '{s += $2} END {print s}' "$file.out")
	((conns == 1)) || log "warning: $conns connections opened for $n pages (expected 1)"
	echo "$n $((after - before))"
}
ms_per_page() { awk -v n="$1" -v t="$2" -v k="$TCK" 'BEGIN {printf "%.3f", t * 1000 / k / n}'; }
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# ---------------------------------------------------------------- warta
bin=$tmp/walk-server
if [[ -n ${WALK_WARTA_BIN:-} ]]; then
	cp "$WALK_WARTA_BIN" "$bin"
else
	log "building warta"
	(cd "$repo" && go build -o "$bin" ./cmd/warta)
fi
log "generating and importing $ARTICLES articles (a photo on every 5th)"
(cd "$repo" && go run ./cmd/wxrgen -posts "$ARTICLES" -photo-every 5 -out "$tmp/export.xml" -uploads "$tmp/uploads" >/dev/null)
"$bin" import wxr "$tmp/export.xml" --uploads "$tmp/uploads" --db "sqlite:$tmp/site/warta.db" --data "$tmp/site" >"$tmp/import.log" 2>&1 ||
	{ tail -n 20 "$tmp/import.log" >&2; die "import failed"; }
# The import leaves each story's similar list to the server's background
# job; a crawler comes to a site whose job has long finished, so the lists
# are kept first (`warta reindex` keeps them too), outside the timing.
"$bin" reindex --db "sqlite:$tmp/site/warta.db" --data "$tmp/site" >>"$tmp/import.log" 2>&1 ||
	{ tail -n 20 "$tmp/import.log" >&2; die "reindex failed"; }

warta_run() { # run number: prints "pages ticks"
	local port W t0 debug=() dport=""
	port=$(free_port)
	W="http://127.0.0.1:$port"
	if [[ -n ${WALK_PROFILE:-} && $1 == 1 ]]; then
		dport=$(free_port)
		debug=(--debug-addr "127.0.0.1:$dport")
	fi
	taskset -c 1 "$bin" serve --addr "127.0.0.1:$port" --db "sqlite:$tmp/site/warta.db" --data "$tmp/site" "${debug[@]}" \
		>"$tmp/warta-$1.log" 2>&1 &
	server_pid=$!
	t0=$SECONDS
	until curl -fsS -o /dev/null "$W/healthz" 2>/dev/null; do
		kill -0 "$server_pid" 2>/dev/null || { tail -n 20 "$tmp/warta-$1.log" >&2; die "warta exited"; }
		((SECONDS - t0 < 60)) || die "warta not healthy after 60 s"
		sleep 0.1
	done
	: >"$tmp/warta.urls"
	for sm in $(locs "$W/sitemap.xml" | grep -v 'sitemap-pages'); do
		locs "$sm" >>"$tmp/warta.urls"
	done
	local prof_pid=""
	if [[ -n $dport ]]; then
		curl -fsS -o "$WALK_PROFILE" "http://127.0.0.1:$dport/debug/pprof/profile?seconds=${WALK_PROFILE_SECONDS:-20}" &
		prof_pid=$!
		sleep 0.5
	fi
	walk "$tmp/warta.urls" "$server_pid"
	[[ -z $prof_pid ]] || wait "$prof_pid"
	stop_pid "$server_pid"
	server_pid=""
}

wp_run() { # run number: prints "pages ticks"
	local W=http://127.0.0.1:8081 fpm maria
	bash "$anchors" stop >/dev/null 2>&1 || true
	bash "$anchors" start >"$tmp/wp-$1.log" 2>&1 || { tail -n 20 "$tmp/wp-$1.log" >&2; die "WordPress did not start"; }
	wp_started=1
	fpm=$(cat /run/php/php8.2-fpm.pid)
	maria=$(cat /run/mysqld/mysqld.pid)
	locs "$W/wp-sitemap-posts-post-1.xml" >"$tmp/wp.urls"
	if ((WP_PAGES > 0)); then
		head -n "$WP_PAGES" "$tmp/wp.urls" >"$tmp/wp.urls.tmp" && mv "$tmp/wp.urls.tmp" "$tmp/wp.urls"
	fi
	walk "$tmp/wp.urls" "$fpm" "$maria"
}

printf 'run\twarta_pages\twarta_ms_per_page\twp_pages\twp_ms_per_page\tratio\n'
for ((r = 1; r <= RUNS; r++)); do
	log "run $r/$RUNS: warta"
	warta_run "$r" >"$tmp/res"
	read -r wn wt <"$tmp/res"
	wms=$(ms_per_page "$wn" "$wt")
	echo "$wms" >>"$tmp/warta.ms"
	if ((quick)); then
		printf '%d\t%d\t%s\t-\t-\t-\n' "$r" "$wn" "$wms"
		continue
	fi
	log "run $r/$RUNS: wordpress"
	wp_run "$r" >"$tmp/res"
	read -r pn pt <"$tmp/res"
	pms=$(ms_per_page "$pn" "$pt")
	echo "$pms" >>"$tmp/wp.ms"
	ratio=$(awk -v a="$wms" -v b="$pms" 'BEGIN {printf "1/%.0f", b / a}')
	printf '%d\t%d\t%s\t%d\t%s\t%s\n' "$r" "$wn" "$wms" "$pn" "$pms" "$ratio"
done
wmed=$(median <"$tmp/warta.ms")
if ((quick)); then
	printf 'median\t\t%s\n' "$wmed"
else
	pmed=$(median <"$tmp/wp.ms")
	printf 'median\t\t%s\t\t%s\t1/%s\n' "$wmed" "$pmed" "$(awk -v a="$wmed" -v b="$pmed" 'BEGIN {printf "%.0f", b / a}')"
fi
