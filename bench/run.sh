#!/usr/bin/env bash
# Benchmarks Warta's public pages against nginx serving the same article bytes
# as a static file, measured the way shared/ANCHORS.md measures WordPress:
# servers pinned to CPU 1, load from `wrk` pinned to CPU 0, all on loopback.
#
#   bash bench/run.sh            # 3 runs x 10 s per target
#   bash bench/run.sh --quick    # 1 run x 3 s per target (smoke test)
#
# Environment: BENCH_DURATION (seconds per run), BENCH_RUNS, BENCH_CONNECTIONS
# (connection counts, each measured in turn; default "16 64"), BENCH_WARMUP
# (seconds of unrecorded load per target first), BENCH_GOMAXPROCS (warta's,
# default 1: one thread, as nginx runs one worker on the same CPU),
# BENCH_KEEP=1 keeps the temporary directory (logs, wrk output),
# BENCH_ACCESS_LOG=1 keeps Warta's access log (off by default, as nginx's),
# BENCH_WARTA_BIN=PATH uses a prebuilt warta binary instead of building one,
# BENCH_QUIET_WAIT=SECONDS waits up to that long for an idle machine first.
set -euo pipefail

quick=0
for arg in "$@"; do
	case "$arg" in
	--quick) quick=1 ;;
	-h | --help)
		sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "run.sh: unknown argument $arg (use --quick or nothing)" >&2
		exit 2
		;;
	esac
done
if ((quick)); then
	def_dur=3 def_runs=1 def_warm=1
else
	def_dur=10 def_runs=3 def_warm=2
fi
DUR=${BENCH_DURATION:-$def_dur}
RUNS=${BENCH_RUNS:-$def_runs}
read -r -a CONNS_LIST <<<"${BENCH_CONNECTIONS:-16 64}"
WARM=${BENCH_WARMUP:-$def_warm}
QUIET=${BENCH_QUIET_WAIT:-0}
GMP=${BENCH_GOMAXPROCS:-1}
for v in DUR RUNS WARM QUIET GMP; do
	if ! [[ ${!v} =~ ^[0-9]+$ ]]; then
		echo "run.sh: $v must be a whole number, got '${!v}'" >&2
		exit 2
	fi
done
((${#CONNS_LIST[@]} >= 1)) || {
	echo "run.sh: BENCH_CONNECTIONS names no connection count" >&2
	exit 2
}
for c in "${CONNS_LIST[@]}"; do
	[[ $c =~ ^[0-9]+$ ]] && ((c >= 1 && c <= 1000)) || {
		echo "run.sh: connection counts are whole numbers from 1 to 1000, got '$c'" >&2
		exit 2
	}
done
((DUR >= 1 && RUNS >= 1 && GMP >= 1)) || {
	echo "run.sh: duration, runs and GOMAXPROCS must be at least 1" >&2
	exit 2
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log() { printf '== %s\n' "$*" >&2; }
die() {
	printf 'run.sh: %s\n' "$*" >&2
	exit 1
}

# ---------------------------------------------------------------- tools
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v taskset >/dev/null 2>&1 || need+=(util-linux)
if ((${#need[@]})); then
	command -v apt-get >/dev/null 2>&1 || die "missing ${need[*]} and no apt-get to install them"
	sudo=()
	((EUID == 0)) || sudo=(sudo)
	pkgs=()
	for p in "${need[@]}"; do
		if [[ $p == nginx ]]; then pkgs+=(nginx-light); else pkgs+=("$p"); fi
	done
	log "installing ${pkgs[*]}"
	"${sudo[@]}" apt-get update -qq
	if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${pkgs[@]}" >/dev/null; then
		pkgs=("${pkgs[@]/nginx-light/nginx}")
		DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${pkgs[@]}" >/dev/null
	fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -n ${BENCH_WARTA_BIN:-} ]] || command -v go >/dev/null 2>&1 || die "go is not on PATH"
(($(nproc) >= 2)) || log "warning: fewer than 2 CPUs; server and load generator share a core"

# ---------------------------------------------------------------- cleanup
# Neither the directory nor the binary has "warta" in its name, so a broad
# `pkill warta` elsewhere on a shared machine cannot stop the run midway.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/srvbench.XXXXXX")
chmod 755 "$tmp" # nginx workers may run as an unprivileged user
warta_pid="" nginx_pid=""

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
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_pid "$nginx_pid" # the master takes its worker down with it
	stop_pid "$warta_pid"
	if [[ ${BENCH_KEEP:-0} == 1 ]]; then
		log "kept $tmp"
	else
		rm -rf "$tmp"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- helpers
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { # a loopback port nobody listens on, other than $1
	local p i
	for ((i = 0; i < 200; i++)); do
		p=$((20000 + RANDOM % 30000))
		[[ $p != "${1:-}" ]] && port_free "$p" && {
			echo "$p"
			return
		}
	done
	die "no free port found"
}

# pids: the process and its children (nginx's master and worker)
tree() {
	local kids
	kids=$(cat /proc/"$1"/task/*/children 2>/dev/null || pgrep -P "$1" 2>/dev/null || true)
	# shellcheck disable=SC2086
	echo "$1" $kids
}

cpu_ticks() { # utime+stime (fields 14, 15 of /proc/PID/stat) summed over the tree
	local total=0 p s
	for p in $(tree "$1"); do
		s=$(cat "/proc/$p/stat" 2>/dev/null) || continue
		s=${s##*) } # the command name may hold spaces; fields resume at 3
		# shellcheck disable=SC2086
		set -- $s
		total=$((total + ${12} + ${13}))
	done
	echo "$total"
}

mem_kb() { # field (VmHWM or VmRSS) summed over the tree, in kB
	local total=0 p v
	for p in $(tree "$1"); do
		v=$(awk -v f="$2:" '$1 == f {print $2}' "/proc/$p/status" 2>/dev/null || true)
		total=$((total + ${v:-0}))
	done
	echo "$total"
}

to_ms() { # wrk latency like 812.00us, 1.23ms, 2.01s, 1.5m -> milliseconds
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
		printf "%.3f", n }'
}

median() { # numbers on stdin -> median
	sort -g | awk '{a[NR] = $1} END {
		if (NR == 0) { print "nan"; exit }
		if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

CLK_TCK=$(getconf CLK_TCK)
nginx_version() { "$NGINX" -v 2>&1 | sed 's/^nginx version: //'; }

cpu1_ticks() { # busy and steal ticks of CPU 1 from /proc/stat
	awk '$1 == "cpu1" {print $2 + $3 + $4 + $7 + $8, $9 + 0}' /proc/stat
}

idle_pct() { # % idle of all CPUs over the next 3 s
	local a b
	a=$(awk '$1 == "cpu" {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)
	sleep 3
	b=$(awk '$1 == "cpu" {print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)
	awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (y[1] - x[1]) / (y[2] - x[2])}'
}
quiet_deadline=$((SECONDS + QUIET))
wait_quiet() { # with BENCH_QUIET_WAIT, wait (within one overall budget) for an idle machine
	((QUIET > 0)) || return 0
	local idle
	while idle=$(idle_pct) && ((idle < 90)); do
		if ((SECONDS >= quiet_deadline)); then
			log "machine only ${idle}% idle and the ${QUIET} s wait is spent; measuring anyway"
			return 0
		fi
		log "machine only ${idle}% idle; waiting for it to quieten"
		sleep 5
	done
}
wait_quiet
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
awk -v l="${load_start%% *}" 'BEGIN {exit !(l > 0.5)}' &&
	log "warning: load average is $load_start before the benchmark; other work on this machine will skew the figures"

# ---------------------------------------------------------------- warta
if [[ -n ${BENCH_WARTA_BIN:-} ]]; then
	log "using prebuilt $BENCH_WARTA_BIN"
	cp "$BENCH_WARTA_BIN" "$tmp/bench-server"
else
	log "building warta"
	(cd "$repo" && go build -o "$tmp/bench-server" ./cmd/warta)
fi

warta_port=$(free_port)
mkdir -p "$tmp/data"
log "starting warta on 127.0.0.1:$warta_port (CPU 1, GOMAXPROCS $GMP, --demo; the first start writes the demo content)"
# No access log, as nginx below runs with access_log off: the same work on
# both sides (BENCH_ACCESS_LOG=1 keeps Warta's, to see what it costs).
access_log=false
[[ ${BENCH_ACCESS_LOG:-0} == 1 ]] && access_log=true
GOMAXPROCS=$GMP taskset -c 1 "$tmp/bench-server" serve --addr "127.0.0.1:$warta_port" --data "$tmp/data" --demo \
	--access-log="$access_log" >"$tmp/warta.log" 2>&1 &
warta_pid=$!
W="http://127.0.0.1:$warta_port"

t0=$SECONDS
until [[ $(curl -fsS --max-time 2 "$W/healthz" 2>/dev/null) == *'"ok"'* ]]; do
	kill -0 "$warta_pid" 2>/dev/null || {
		tail -n 30 "$tmp/warta.log" >&2
		die "warta exited before it was ready"
	}
	((SECONDS - t0 < 180)) || {
		tail -n 30 "$tmp/warta.log" >&2
		die "warta not healthy after 180 s"
	}
	sleep 0.2
done
log "warta healthy after $((SECONDS - t0)) s"

fetch() { # url file -> saves the body, fails unless 200
	local code
	code=$(curl -sS --max-time 10 -o "$2" -w '%{http_code}' "$1") || die "curl $1 failed"
	[[ $code == 200 ]] || die "GET $1 answered $code, want 200"
}

fetch "$W/" "$tmp/home.html"
# Article links look like /{section}/{yyyy}/{mm}/{dd}/{slug}, possibly absolute.
article=$(grep -oE 'href="(https?://[^/"]+)?/[a-z0-9-]+/[0-9]{4}/[0-9]{2}/[0-9]{2}/[^"/?#]+/?"' "$tmp/home.html" |
	head -n 1 | sed -E 's/^href="(https?:\/\/[^/"]+)?//; s/"$//') || true
[[ -n $article ]] || die "no article link (/{section}/{yyyy}/{mm}/{dd}/{slug}) on the home page"
log "article: $article"

mkdir -p "$tmp/www"
chmod 755 "$tmp/www"
fetch "$W$article" "$tmp/www/article.html"
chmod 644 "$tmp/www/article.html"
article_bytes=$(stat -c %s "$tmp/www/article.html")
home_bytes=$(stat -c %s "$tmp/home.html")

# ---------------------------------------------------------------- nginx
nginx_port=$(free_port "$warta_port")
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<EOF
# private nginx for the benchmark; nothing from /etc/nginx is used
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    types { text/html html; }
    charset utf-8;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $tmp/www;
        location = /article.html { }
    }
}
EOF
log "starting nginx on 127.0.0.1:$nginx_port (CPU 1, 1 worker)"
taskset -c 1 "$NGINX" -e "$tmp/nginx/logs/error.log" -p "$tmp/nginx/" -c "$tmp/nginx/nginx.conf" \
	>"$tmp/nginx/logs/stdout.log" 2>&1 &
nginx_pid=$!
N="http://127.0.0.1:$nginx_port/article.html"
t0=$SECONDS
until curl -fsS --max-time 2 -o /dev/null "$N" 2>/dev/null; do
	kill -0 "$nginx_pid" 2>/dev/null || {
		cat "$tmp/nginx/logs/"*.log >&2
		die "nginx exited before it was ready"
	}
	((SECONDS - t0 < 20)) || die "nginx not answering after 20 s"
	sleep 0.1
done
fetch "$N" "$tmp/nginx-copy.html"
cmp -s "$tmp/www/article.html" "$tmp/nginx-copy.html" || die "nginx does not send the article's bytes"

# ---------------------------------------------------------------- runs
# warta-article is served from the page cache after its first request;
# warta-bust adds a query the page does not use, as a cache-busting flood
# would: it is answered 301 to the article without a render (wrk counts
# the 301s as answers). The render itself is measured by the Go
# benchmarks (BenchmarkArticlePage).
names=(warta-article nginx-static warta-bust warta-home)
declare -A url pid bytes
url[warta-article]="$W$article" pid[warta-article]=$warta_pid bytes[warta-article]=$article_bytes
code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$W$article?x=bench") || die "curl $W$article?x=bench failed"
[[ $code == 301 ]] || die "a query the article does not use answered $code, want 301"
url[warta-bust]="$W$article?x=bench" pid[warta-bust]=$warta_pid bytes[warta-bust]=$(curl -sS -o - "$W$article?x=bench" | wc -c)
url[nginx-static]="$N" pid[nginx-static]=$nginx_pid bytes[nginx-static]=$article_bytes
url[warta-home]="$W/" pid[warta-home]=$warta_pid bytes[warta-home]=$home_bytes

wrk_run() { # seconds url outfile [connections]
	timeout $(($1 + 30)) taskset -c 0 wrk -t1 -c"${4:-${CONNS_LIST[0]}}" -d"$1s" --latency "$2" >"$3" 2>&1 ||
		die "wrk failed on $2: $(cat "$3")"
}

if ((WARM > 0)); then
	wait_quiet
	log "warming up ${WARM} s per target"
	for n in "${names[@]}"; do wrk_run "$WARM" "${url[$n]}" "$tmp/warm-$n.txt"; done
fi

results="$tmp/results.tsv" # target@conns run req/s p50 p99 cpu_ms_per_req requests errors other% steal% timeouts
: >"$results"
log "measuring: $RUNS run(s) x ${DUR} s x ${#names[@]} targets x ${CONNS_LIST[*]} connections, wrk on CPU 0, servers on CPU 1"
for ((r = 1; r <= RUNS; r++)); do
	for CONNS in "${CONNS_LIST[@]}"; do
	for n in "${names[@]}"; do
		out="$tmp/wrk-$n-$CONNS-$r.txt"
		wait_quiet
		read -r busy0 steal0 < <(cpu1_ticks)
		before=$(cpu_ticks "${pid[$n]}")
		ns0=$(date +%s%N)
		wrk_run "$DUR" "${url[$n]}" "$out" "$CONNS"
		ns1=$(date +%s%N)
		after=$(cpu_ticks "${pid[$n]}")
		if ! kill -0 "${pid[$n]}" 2>/dev/null; then
			tail -n 20 "$tmp/warta.log" "$tmp/nginx/logs/error.log" >&2 || true
			die "the server of $n (pid ${pid[$n]}) stopped during run $r; was it killed from outside?"
		fi
		read -r busy1 steal1 < <(cpu1_ticks)
		# CPU 1 time not spent by the server (other processes, interrupts) and steal, in % of the run
		other=$(awk -v b=$((busy1 - busy0 - (after - before))) -v s=$((steal1 - steal0)) -v hz="$CLK_TCK" \
			-v ns=$((ns1 - ns0)) 'BEGIN {t = ns / 1e9 * hz; o = b < 0 ? 0 : b; o = o > t ? t : o; printf "%.0f\t%.0f", 100 * o / t, 100 * s / t}')
		reqs=$(awk '/requests in/ {print $1; exit}' "$out")
		rps=$(awk '/^Requests\/sec:/ {print $2; exit}' "$out")
		p50=$(to_ms "$(awk '$1 == "50%" {print $2; exit}' "$out")")
		p99=$(to_ms "$(awk '$1 == "99%" {print $2; exit}' "$out")")
		# errors: non-2xx/3xx answers and connect/read/write errors; timeouts (wrk's 2 s) apart
		errs=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {
			for (i = 3; i < NF; i += 2) if ($i != "timeout") n += $(i + 1) + 0 } END {print n + 0}' "$out")
		tmo=$(awk '/Socket errors:/ {print $NF + 0; exit}' "$out")
		tmo=${tmo:-0}
		[[ -n $reqs && $reqs -gt 0 ]] || die "no requests counted in $out: $(cat "$out")"
		cpu=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$reqs" 'BEGIN {printf "%.4f", t * 1000 / hz / n}')
		printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n@$CONNS" "$r" "$rps" "$p50" "$p99" "$cpu" "$reqs" "$errs" "$other" "$tmo" >>"$results"
		printf '%s\t%d\tserver %s..%s\tcpu1 %s..%s\tns %s\n' "$n@$CONNS" "$r" "$before" "$after" "$busy0" "$busy1" $((ns1 - ns0)) >>"$tmp/raw.tsv"
		printf '  run %d %-14s c%-4s %10s req/s  p50 %8s ms  p99 %8s ms  cpu %7s ms/req  errors %s  timeouts %s  CPU 1 other/steal %s%%\n' \
			"$r" "$n" "$CONNS" "$rps" "$p50" "$p99" "$cpu" "$errs" "$tmo" "${other/$'\t'/%\/}" >&2
	done
	done
done

warta_hwm=$(mem_kb "$warta_pid" VmHWM) warta_rss=$(mem_kb "$warta_pid" VmRSS)
nginx_hwm=$(mem_kb "$nginx_pid" VmHWM)

load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n {print $c}' "$results" | median; }
declare -A med_rps med_cpu
echo
echo "Warta vs nginx: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), kernel $(uname -r)"
rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git -C "$repo" status --porcelain -- . ":(exclude)bench" 2>/dev/null) ]] || rev="$rev + uncommitted changes"
echo "warta $rev, $(go version 2>/dev/null | cut -d' ' -f3-4), GOMAXPROCS $GMP; $(nginx_version), 1 worker"
echo "wrk -t1 -c{${CONNS_LIST[*]}} -d${DUR}s --latency on CPU 0; servers on CPU 1; median of $RUNS run(s); article $article"
echo "load average before $load_start, after $load_end; 'CPU 1 other %' is CPU 1 time the server did not use (other processes, steal) during a run; errors and timeouts are totals over the runs (wrk's latency figures leave timed-out requests out)"
for CONNS in "${CONNS_LIST[@]}"; do
	echo
	echo "$CONNS connections:"
	echo
	printf '| %-13s | %7s | %9s | %8s | %8s | %10s | %6s | %8s | %13s |\n' target bytes "req/s" "p50 ms" "p99 ms" "CPU ms/req" errors timeouts "CPU 1 other %"
	printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' --------------- --------: ----------: ---------: ---------: -----------: -------: ---------: --------------:
	for n in "${names[@]}"; do
		k="$n@$CONNS"
		med_rps[$k]=$(col "$k" 3)
		med_cpu[$k]=$(col "$k" 6)
		errs=$(awk -F'\t' -v n="$k" '$1 == n {s += $8} END {print s + 0}' "$results")
		tmo=$(awk -F'\t' -v n="$k" '$1 == n {s += $11} END {print s + 0}' "$results")
		printf '| %-13s | %7s | %9.0f | %8.3f | %8.3f | %10.4f | %6s | %8s | %13.0f |\n' "$n" "${bytes[$n]}" \
			"${med_rps[$k]}" "$(col "$k" 4)" "$(col "$k" 5)" "${med_cpu[$k]}" "$errs" "$tmo" "$(col "$k" 9)"
	done
	echo
	awk -v w="${med_rps[warta-article@$CONNS]}" -v n="${med_rps[nginx-static@$CONNS]}" -v p99="$(col "warta-article@$CONNS" 5)" \
		-v wc="${med_cpu[warta-article@$CONNS]}" -v nc="${med_cpu[nginx-static@$CONNS]}" -v hc="${med_cpu[warta-home@$CONNS]}" \
		-v bc="${med_cpu[warta-bust@$CONNS]}" 'BEGIN {
		printf "warta article (cached) req/s / nginx req/s = %.3f  (target for a cached page: >= 0.8)\n", w / n
		printf "warta article (cached) p99 = %.3f ms  (target at 64 connections: < 10 ms)\n", p99
		if (nc > 0) printf "warta article (cached) CPU/req / nginx CPU/req = %.1fx\n", wc / nc
		if (wc > 0) printf "warta bust (301, no render) CPU/req / cached article CPU/req = %.2f\n", bc / wc
		printf "warta home (cached) CPU/req / WordPress 83.3 ms = 1/%.0f\n", 83.3 / hc }'
done
echo
printf 'peak RSS: warta %.1f MB (VmHWM, includes the demo fill at start; VmRSS now %.1f MB), nginx %.1f MB (master+worker)\n' \
	"$(awk -v k="$warta_hwm" 'BEGIN {print k / 1024}')" "$(awk -v k="$warta_rss" 'BEGIN {print k / 1024}')" \
	"$(awk -v k="$nginx_hwm" 'BEGIN {print k / 1024}')"
if grep -qiE 'level=(ERROR|WARN)' "$tmp/warta.log"; then
	echo "warta logged errors or warnings during the run:"
	grep -iE 'level=(ERROR|WARN)' "$tmp/warta.log" | sed 's/^time=[^ ]* //' | sort | uniq -c | sort -rn | head -n 10
fi
