#!/usr/bin/env bash
# A plan of 116 actions (docs/benchmarks.md), the size of Kent's accelerated progress plan: starts the app on its own
# embedded PostgreSQL under target/benchmark-big-plan with the national-scale synthetic data, makes one plan of 116
# actions with 36 months of updates (benchmark/big-plan.sql), and times, one request at a time, REPEAT times each:
# the plan's dashboard (first view after a change to the plan, and kept), its board pack PDF for the latest closed
# review point, its XLSX export, and the import of that export as a new plan (as the programme office). Not a test.
#
#   bash benchmark/big-plan.sh [--no-build] [--keep-data]
#
# Environment: REPEAT (5), PORT (18083), JAR and HEAP (benchmark/common.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

source benchmark/common.sh
read_options "$@"
repeat=${REPEAT:-5}
port=${PORT:-18083}
dir=target/benchmark-big-plan

need psql curl
jar=$(app_jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
$fresh && rm -rf "$dir"
mkdir -p "$dir"
start_app "$jar"
load_national_data
plan=$(sql -tA -c "select id from plan where title = 'Accelerated progress plan of 116 actions'")
if [ -z "$plan" ]; then
  plan=$(sql -tA -f benchmark/big-plan.sql | grep -E '^[0-9]+$')
fi
read -r actions updates < <(sql -tA -F ' ' -c "select count(distinct x.id), count(u.id) from plan_area a
    join plan_action x on x.area_id = a.id left join progress_update u on u.action_id = x.id where a.plan_id = $plan")
period=$(sql -tA -c "select id from reporting_period where plan_id = $plan and status = 'CLOSED' and review_point
    order by month desc limit 1")
read -r inspection < <(sql -tA -c "select inspection_id from plan where id = $plan")
echo "Plan $plan: $actions actions, $updates updates; board pack of period $period"

admin=$(sign_in admin@example.org)
chair=$(sign_in chair@example.org)
timed() { # name file: status and seconds of the request given after it, with curl
  local name=$1 file=$2
  shift 2
  curl -s -w '%{http_code} %{time_total}\n' "$@" >>"$file"
}
for kind in dashboard-changed dashboard-kept pdf export import; do : >"$dir/$kind.txt"; done

# Warm up once each.
ask "/plans/$plan/dashboard" "$chair" >/dev/null
ask "/plans/$plan/periods/$period/board-pack.pdf" "$chair" >/dev/null
curl -fs -o "$dir/export.xlsx" -b "SESSION=$admin" "$(base_url)/plans/$plan/export.xlsx"

for i in $(seq "$repeat"); do
  sql -tA -c "update plan set reporting_cadence = 'Monthly ($i)' where id = $plan" >/dev/null
  timed dashboard "$dir/dashboard-changed.txt" -o /dev/null -b "SESSION=$chair" "$(base_url)/plans/$plan/dashboard"
  timed dashboard "$dir/dashboard-kept.txt" -o /dev/null -b "SESSION=$chair" "$(base_url)/plans/$plan/dashboard"
  timed pdf "$dir/pdf.txt" -o "$dir/board-pack.pdf" -b "SESSION=$chair" \
    "$(base_url)/plans/$plan/periods/$period/board-pack.pdf"
  timed export "$dir/export.txt" -o "$dir/export.xlsx" -b "SESSION=$admin" "$(base_url)/plans/$plan/export.xlsx"
  # The import form's hidden fields (CSRF and one-time tokens), then the export imported as a new draft plan.
  fields=()
  while read -r name value; do
    fields+=(-F "$name=$value")
  done < <(curl -fs -b "SESSION=$admin" "$(base_url)/plans/import" \
    | sed -n '/<form[^>]*action="\/plans\/import"/,/<\/form>/p' \
    | grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1 \2/')
  timed import "$dir/import.txt" -o /dev/null -b "SESSION=$admin" "${fields[@]}" -F "inspectionId=$inspection" \
    -F "title=Imported 116-action plan $i" -F "kind=ACCELERATED_PROGRESS_PLAN" -F "scaleCode=YORK_SIX_STEP" \
    -F "file=@$dir/export.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "$(base_url)/plans/import"
done

echo
summary "dashboard after a change" "$dir/dashboard-changed.txt"
summary "dashboard, kept" "$dir/dashboard-kept.txt"
summary "board pack PDF" "$dir/pdf.txt"
summary "XLSX export" "$dir/export.txt"
summary "XLSX import (302 = made)" "$dir/import.txt"
echo "Board pack: $(stat -c %s "$dir/board-pack.pdf") bytes; export: $(stat -c %s "$dir/export.xlsx") bytes"
echo "Plans imported: $(sql -tA -c "select count(*) from plan where title like 'Imported 116-action plan%'"), each of
$(sql -tA -c "select count(*) from plan_action x join plan_area a on a.id = x.area_id join plan p on p.id = a.plan_id
    where p.title = 'Imported 116-action plan 1'") actions"
heap_report
machine
