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
# Environment: CONNECTIONS (32), THREADS (2), DURATION (30s), WARMUP (15s), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
fresh=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --keep-data) fresh=false ;;
    *) echo "usage: bash benchmark/run.sh [--no-build] [--keep-data]" >&2; exit 2 ;;
  esac
done
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
duration=${DURATION:-30s}
warmup=${WARMUP:-15s}
port=${PORT:-18080}
dir=target/benchmark
base=http://localhost:$port

if ! command -v wrk >/dev/null || ! command -v psql >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk postgresql-client >/dev/null
fi
if $build; then
  ./mvnw -q -DskipTests package
fi
jar=$(ls target/wsoa-tracker-*.jar | head -n 1)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
$fresh && rm -rf "$dir"
mkdir -p "$dir"

app=
stop() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    wait "$app" 2>/dev/null || true
  fi
  # The app stops its PostgreSQL as it shuts down; if it could not, stop the one it left.
  local pg
  pg=$(head -n 1 "$dir/pg/postmaster.pid" 2>/dev/null) || return 0
  if ps -o args= -p "$pg" 2>/dev/null | grep -q "$dir/pg"; then
    kill "$pg"
  fi
}
trap stop EXIT

echo "Starting the app on port $port (log: $dir/app.log)"
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  java -jar "$jar" --server.port="$port" --wsoa.embedded-database.data-directory="$dir/pg" \
  --wsoa.demo.enabled=true --wsoa.reminders.enabled=false >"$dir/app.log" 2>&1 &
app=$!
for _ in $(seq 180); do
  curl -fs "$base/actuator/health/readiness" >/dev/null && break
  kill -0 "$app" 2>/dev/null || { echo "The app stopped: see $dir/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/actuator/health/readiness" >/dev/null

sql() {
  PGPASSWORD=postgres psql -h localhost -p "$(sed -n 4p "$dir/pg/postmaster.pid")" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -X -q "$@"
}
if [ "$(sql -tA -c "select count(*) from local_area where code like 'SYN%'")" = 0 ]; then
  echo "Loading national-scale synthetic data"
  start=$(date +%s)
  sql -f benchmark/national-data.sql
  echo "Loaded in $(($(date +%s) - start)) s"
fi
echo
echo "Data loaded (whole database, the demo's York and North Yorkshire included):"
sql -c "select (select count(*) from local_area) as local_areas, (select count(*) from person) as people,
    (select count(*) from plan) as plans, (select count(*) from plan_action) as actions,
    (select count(*) from measure) as measures, (select count(*) from reporting_period) as periods" \
  -c "select (select count(*) from progress_update) as updates, (select count(*) from measure_actual) as actuals,
    (select count(*) from evidence) as evidence, (select count(*) from board_review) as board_reviews,
    pg_size_pretty(pg_database_size('postgres')) as database_size"
# The synthetic plans were inserted by one statement, so their ids run from first to last.
read -r first last < <(sql -tA -F ' ' -c "select min(p.id), max(p.id) from plan p
    join inspection i on i.id = p.inspection_id join local_area la on la.id = i.local_area_id
    where la.code like 'SYN%'")

# Sign in as the chair through the sign-in form, as a browser would, once per connection: many users, not one user
# with many tabs. Following the redirect to the home page gives each session its CSRF token before the run.
sessions=$dir/sessions.txt
: >"$sessions"
for _ in $(seq "$connections"); do
  rm -f "$dir/cookies.txt"
  csrf=$(curl -fs -c "$dir/cookies.txt" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
  curl -fsL -o /dev/null -b "$dir/cookies.txt" -c "$dir/cookies.txt" --data-urlencode "username=chair@example.org" \
    --data-urlencode "password=demo-password-2026" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 == "SESSION" { print $7 }' "$dir/cookies.txt" >>"$sessions"
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
{
  run trivial /accessibility
  run plan-dashboard '/plans/{id}/dashboard' "$first" "$last"
  run board-home /dashboard
} >"$dir/results.txt"

echo
awk '
  BEGIN {
    row = "%-16s %9s %9s %9s %10s %9s %8s %7s\n"
    printf row, "page", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "not 200", "errors"
  }
  $6 == 0 { $2 = $3 = $4 = "-" } # no request answered within the run
  { printf row, $1, $2, $3, $4, $5, $6, $7, $8; rate[$1] = $5 }
  END {
    printf "\nplan dashboard throughput / trivial page: %.0f %%\n", 100 * rate["plan-dashboard"] / rate["trivial"]
    printf "board home throughput / trivial page: %.0f %%\n", 100 * rate["board-home"] / rate["trivial"]
  }' "$dir/results.txt"
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB; load average before the run: $load_before"
