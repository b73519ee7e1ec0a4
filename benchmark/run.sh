#!/usr/bin/env bash
# The dashboard benchmark (docs/benchmarks.md): starts the app on its own embedded PostgreSQL under
# target/benchmark, fills it with national-scale synthetic data (benchmark/national-data.sql), signs in as the
# Improvement Board's chair and measures, in one run, a plan's dashboard (a random one of the 150 synthetic plans per
# request), the board's home dashboard and a trivial signed-in page (the accessibility statement, read signed in) with wrk.
#
#   bash benchmark/run.sh [--no-build] [--keep-data]
#
# --no-build   use the jar already in target/
# --keep-data  reuse the data loaded by an earlier run instead of starting afresh
# Environment: CONNECTIONS (32), THREADS (2), DURATION (30s), WARMUP (15s), PORT (18080), and JAR and HEAP
# (benchmark/common.sh). PEER: the address of a same-stack peer already running on this machine (spring-petclinic,
# e.g. http://localhost:8080, started as docs/benchmarks.md says); its welcome page `/` and its owners list
# `/owners?lastName=` are then measured in the same run, alternated with this app's pages, without a session.
set -euo pipefail
cd "$(dirname "$0")/.."

source benchmark/common.sh
read_options "$@"
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
duration=${DURATION:-30s}
warmup=${WARMUP:-15s}
port=${PORT:-18080}
dir=target/benchmark
base=http://localhost:$port

need wrk psql curl
jar=$(app_jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
$fresh && rm -rf "$dir"
mkdir -p "$dir"
start_app "$jar"
load_national_data
# The synthetic plans were inserted by one statement, so their ids run from first to last.
read -r first last < <(sql -tA -F ' ' -c "select min(p.id), max(p.id) from plan p
    join inspection i on i.id = p.inspection_id join local_area la on la.id = i.local_area_id
    where la.code like 'SYN%'")

# Sign in as the chair through the sign-in form, as a browser would, once per connection: many users, not one user
# with many tabs. Following the redirect to the home page gives each session its CSRF token before the run.
sessions=$dir/sessions.txt
: >"$sessions"
for _ in $(seq "$connections"); do
  sign_in chair@example.org >>"$sessions"
done
for path in / "/plans/$first/dashboard" /dashboard; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$(head -n 1 "$sessions")" "$base$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status, not 200: signed in?" >&2; exit 1; }
done

measure() { # name duration path [first last]
  local name=$1 time=$2
  shift 2
  wrk -t"$threads" -c"$connections" -d"$time" --timeout 30s -s benchmark/page.lua "$base" -- "$name" "$sessions" "$@" \
    | grep '^RESULT' | cut -d' ' -f2-
}

# Each page is warmed up and then measured before the next, so that no page's backlog falls into another's figures.
run() { # name path [first last]
  local name=$1
  shift
  measure "$name" "$warmup" "$@" >/dev/null
  measure "$name" "$duration" "$@"
}
echo
echo "Measuring each page for $duration after $warmup of warm-up: $connections connections, $threads threads"
# Every page is warmed up once before any is measured, so that the first page measured does not pay for the JIT
# compiling the code all of them share (a first run of the trivial page measured half the throughput of a later one).
echo "Warming up every page for $warmup"
for warm in /accessibility "/plans/{id}/dashboard $first $last" /dashboard; do
  # shellcheck disable=SC2086 # the path and its range of ids are three words
  measure warm-up "$warmup" $warm >/dev/null
done

# With a peer, its pages are measured between this app's, and the trivial page and the peer's welcome page twice, so
# that a change in the machine's load during the run shows in both.
peer=${PEER:-}
peer_run() { # name path
  [ -n "$peer" ] || return 0
  echo none >"$dir/no-session.txt"
  wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 30s -s benchmark/page.lua "$peer" -- "$1" \
    "$dir/no-session.txt" "$2" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s benchmark/page.lua "$peer" -- "$1" \
    "$dir/no-session.txt" "$2" | grep '^RESULT' | cut -d' ' -f2-
}
if [ -n "$peer" ]; then
  for path in / '/owners?lastName='; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$peer$path")
    [ "$status" = 200 ] || { echo "The peer's $path answered $status, not 200" >&2; exit 1; }
  done
fi
{
  run trivial /accessibility
  peer_run peer-welcome /
  run plan-dashboard '/plans/{id}/dashboard' "$first" "$last"
  peer_run peer-owners '/owners?lastName='
  run board-home /dashboard
  if [ -n "$peer" ]; then
    peer_run peer-welcome /
    run trivial /accessibility
  fi
} >"$dir/results.txt"

echo
awk '
  BEGIN {
    row = "%-16s %9s %9s %9s %10s %9s %8s %7s\n"
    printf row, "page", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "not 200", "errors"
  }
  $6 == 0 { $2 = $3 = $4 = "-" } # no request answered within the run
  { printf row, $1, $2, $3, $4, $5, $6, $7, $8; rate[$1] += $5; runs[$1]++ }
  END {
    for (page in rate) rate[page] /= runs[page]
    printf "\nplan dashboard throughput / trivial page: %.0f %%\n", 100 * rate["plan-dashboard"] / rate["trivial"]
    printf "board home throughput / trivial page: %.0f %%\n", 100 * rate["board-home"] / rate["trivial"]
    if (runs["peer-welcome"]) {
      printf "trivial page / the peer'"'"'s welcome page (means of both runs): %.0f %%\n", 100 * rate["trivial"] / rate["peer-welcome"]
      printf "board home / the peer'"'"'s owners list: %.0f %%\n", 100 * rate["board-home"] / rate["peer-owners"]
    }
  }' "$dir/results.txt"
heap_report
machine
