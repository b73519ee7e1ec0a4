#!/usr/bin/env bash
# The board home after a change in one plan (docs/benchmarks.md): starts the app on its own embedded PostgreSQL under
# target/benchmark-change with the national-scale synthetic data (benchmark/national-data.sql), signs in as the
# Improvement Board's chair and, one request at a time, asks for the board's home page /dashboard: unchanged, and
# right after a change to one action of one plan made in plain SQL (as a data fix would be), CHANGES times, a
# different plan each time. Prints each kind's answers, p50, p95, p99 and longest. Not a test.
#
#   bash benchmark/board-home-after-change.sh [--no-build] [--keep-data]
#
# Environment: CHANGES (20), PORT (18082), JAR and HEAP (benchmark/common.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

source benchmark/common.sh
read_options "$@"
changes=${CHANGES:-20}
port=${PORT:-18082}
dir=target/benchmark-change

need psql curl
jar=$(app_jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
$fresh && rm -rf "$dir"
mkdir -p "$dir"
start_app "$jar"
load_national_data
chair=$(sign_in chair@example.org)

# Warm up: every plan's headline is worked out on the first view; then the trivial page and the board home, kept.
for _ in $(seq 3); do ask /dashboard "$chair" >/dev/null; done
for _ in $(seq 10); do ask /accessibility "$chair" >/dev/null; done

: >"$dir/unchanged.txt"
: >"$dir/after-change.txt"
: >"$dir/trivial.txt"
for i in $(seq "$changes"); do
  ask /accessibility "$chair" >>"$dir/trivial.txt"
  ask /dashboard "$chair" >>"$dir/unchanged.txt"
  # One action of the i-th synthetic plan, changed in plain SQL: the database raises that plan's data version alone.
  sql -tA -c "update plan_action set outcome = outcome || '.' where id = (select min(x.id) from plan_action x
      join plan_area a on a.id = x.area_id where a.plan_id = (select id from plan p where p.title like 'Synthetic%'
      order by id offset $((i - 1)) limit 1))" >/dev/null
  # A jar from before issue 18 kept one data version for all the data, raised by the app on every change it made
  # itself: raise it as such a change did, so that the same script measures that jar too.
  sql -tA -c "do \$\$ begin if to_regclass('data_version') is not null then
      update data_version set version = version + 1; end if; end \$\$" >/dev/null
  ask /dashboard "$chair" >>"$dir/after-change.txt"
done

echo
summary "trivial page" "$dir/trivial.txt"
summary "board home, unchanged" "$dir/unchanged.txt"
summary "board home, first view after a change in one plan" "$dir/after-change.txt"
echo "Plans on the board home: $(sql -tA -c "select count(*) from plan where not archived")"
heap_report
machine
