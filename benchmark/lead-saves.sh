#!/usr/bin/env bash
# Leads saving their updates at national scale (docs/benchmarks.md): starts the app on its own embedded PostgreSQL
# under target/benchmark-saves with the national-scale synthetic data, gives LEADS leads of as many synthetic local
# areas an account (the demo lead's password), each signed in through the sign-in form, and measures, in one run:
# the trivial signed-in page with wrk (LEADS connections) and with curl as the leads below send their saves, then the
# LEADS leads at once, each saving drafts of their own action's update for the open period one after another for
# DURATION seconds (the form read, then sent as a browser sends it) and, last, submitting it. Prints p50, p95, p99
# and saves per second, then checks that every save the app acknowledged (answered with its redirect) is in the
# database: the audit trail holds each draft's text, and each update holds its last. Not a test.
#
#   bash benchmark/lead-saves.sh [--no-build] [--keep-data]
#
# Environment: LEADS (32), DURATION (30, seconds), WARMUP (10s, for the trivial page), PORT (18084), JAR and HEAP
# (benchmark/common.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

source benchmark/common.sh
read_options "$@"
leads=${LEADS:-32}
duration=${DURATION:-30}
warmup=${WARMUP:-10s}
port=${PORT:-18084}
dir=target/benchmark-saves

need wrk psql curl
jar=$(app_jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
$fresh && rm -rf "$dir"
mkdir -p "$dir"
start_app "$jar"
load_national_data

# One lead for each of the first LEADS synthetic local areas: the person leading the area's first action whose update
# for the open period is still a draft, with an account of their own.
run=$(date +%s)
sql -tA -F ' ' -c "
  with chosen as (
    select distinct on (i.local_area_id) i.local_area_id, al.person_id, x.id as action_id
    from progress_update u
    join reporting_period r on r.id = u.period_id and r.status = 'OPEN'
    join plan p on p.id = r.plan_id
    join inspection i on i.id = p.inspection_id
    join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
    join plan_action x on x.id = u.action_id
    join action_lead al on al.action_id = x.id
    where u.state = 'DRAFT'
    order by i.local_area_id, x.id
    limit $leads),
  made as (
    insert into account (email, display_name, password_hash, role)
    select 'bench-lead-$run-' || c.person_id || '@example.org', 'Benchmark lead ' || c.person_id,
        (select password_hash from account where email = 'lead@example.org'), 'LEAD'
    from chosen c
    returning id, email),
  joined as (
    insert into account_local_area (account_id, local_area_id)
    select m.id, c.local_area_id from made m join chosen c on m.email = 'bench-lead-$run-' || c.person_id || '@example.org'),
  linked as (
    update person set account_id = m.id from made m, chosen c
    where m.email = 'bench-lead-$run-' || c.person_id || '@example.org' and person.id = c.person_id)
  select m.email, c.action_id from made m join chosen c on m.email = 'bench-lead-$run-' || c.person_id || '@example.org'
" >"$dir/leads.txt"
echo "$(wc -l <"$dir/leads.txt") leads, each with an action of their own"

: >"$dir/sessions.txt"
: >"$dir/workers.txt"
while read -r email action; do
  session=$(sign_in "$email")
  echo "$session" >>"$dir/sessions.txt"
  echo "$session $action" >>"$dir/workers.txt"
done <"$dir/leads.txt"

echo "The trivial signed-in page for ${duration}s after $warmup of warm-up: $leads connections"
wrk -t2 -c"$leads" -d"$warmup" --timeout 30s -s benchmark/page.lua "$(base_url)" -- trivial "$dir/sessions.txt" \
  /accessibility >/dev/null
trivial=$(wrk -t2 -c"$leads" -d"${duration}s" --timeout 30s -s benchmark/page.lua "$(base_url)" -- trivial \
  "$dir/sessions.txt" /accessibility | grep '^RESULT' | cut -d' ' -f2-)

# The trivial page read the way the leads save below, so that the two compare: each of the LEADS sessions asks for it
# with curl, one request after another, for DURATION seconds, all at once (the clients' own processes then share
# the two cores with the app, as the leads' do; wrk's figures above are the app's alone).
reader() { # number session
  local end=$(($(date +%s) + duration)) out=$dir/reads-$1.txt
  : >"$out"
  while [ "$(date +%s)" -lt "$end" ]; do
    ask /accessibility "$2" >>"$out"
  done
}
echo "The trivial signed-in page read by $leads sessions with curl for ${duration}s"
readers=()
n=0
while read -r session action; do
  n=$((n + 1))
  reader "$n" "$session" &
  readers+=($!)
done <"$dir/workers.txt"
wait "${readers[@]}"
cat "$dir"/reads-*.txt >"$dir/reads.txt"

# One lead: reads the form (its hidden fields: CSRF and one-time tokens, the version seen, the period) and sends it,
# again and again until the time is up, then submits. Writes "status seconds text" for each save.
lead() { # number session action
  local n=$1 session=$2 action=$3 end=$(($(date +%s) + duration)) i=0 intent=draft out=$dir/saves-$1.txt
  : >"$out"
  while :; do
    [ "$(date +%s)" -ge "$end" ] && intent=submit
    i=$((i + 1))
    local text="bench-$run lead $n save $i" fields=()
    while read -r name value; do
      fields+=(-F "$name=$value")
    done < <(curl -s -b "SESSION=$session" "$(base_url)/actions/$action/updates/new" \
      | sed -n '/<form[^>]*action="\/actions\/[0-9]*\/updates"/,/<\/form>/p' \
      | grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1 \2/')
    echo "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "SESSION=$session" "${fields[@]}" \
      -F status=PROGRESSING_AND_ON_TRACK -F "done=$text" -F "nextSteps=Report to the board" -F "intent=$intent" \
      "$(base_url)/actions/$action/updates") $text" >>"$out"
    [ "$intent" = submit ] && break
  done
}
echo "$leads leads saving drafts for ${duration}s, then submitting"
start=$(date +%s%3N)
n=0
workers=()
while read -r session action; do
  n=$((n + 1))
  lead "$n" "$session" "$action" &
  workers+=($!)
done <"$dir/workers.txt"
wait "${workers[@]}" # the leads, not the app
elapsed_ms=$(($(date +%s%3N) - start))
cat "$dir"/saves-*.txt >"$dir/saves.txt"

echo
echo "trivial page (wrk): p50 $(echo "$trivial" | cut -d' ' -f2) ms, p95 $(echo "$trivial" | cut -d' ' -f3) ms," \
  "p99 $(echo "$trivial" | cut -d' ' -f4) ms, $(echo "$trivial" | cut -d' ' -f5) requests/s"
summary "trivial page (curl, as the saves)" "$dir/reads.txt"
summary "saves (302 = saved)" "$dir/saves.txt"
acknowledged=$(awk '$1 == 302' "$dir/saves.txt" | wc -l)
echo "Saves acknowledged: $acknowledged in $((elapsed_ms / 1000)) s:" \
  "$(awk -v n="$acknowledged" -v ms="$elapsed_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }') saves per second" \
  "(each after reading its form)"

# Nothing lost: every acknowledged save's text is in the audit trail, and each update holds its lead's last one.
awk '$1 == 302 { $1 = ""; $2 = ""; sub(/^  /, ""); print }' "$dir/saves.txt" >"$dir/acknowledged.txt"
sql -c "create table if not exists bench_acknowledged (text varchar(200))" -c "truncate bench_acknowledged" \
  -c "\\copy bench_acknowledged from '$dir/acknowledged.txt'"
echo "Acknowledged saves missing from the audit trail: $(sql -tA -c "select count(*) from bench_acknowledged b
    where not exists (select from audit_event e where e.new_value = b.text)")"
last=0
while read -r session action; do
  last=$((last + 1))
  expected=$(awk '$1 == 302 { $1 = ""; $2 = ""; sub(/^  /, ""); line = $0 } END { print line }' "$dir/saves-$last.txt")
  [ -n "$expected" ] || continue
  held=$(sql -tA -c "select done from progress_update u join reporting_period r on r.id = u.period_id
      where u.action_id = $action and r.status = 'OPEN'")
  [ "$held" = "$expected" ] || echo "Action $action holds \"$held\", not its last acknowledged save \"$expected\""
done <"$dir/workers.txt"
echo "Updates submitted: $(sql -tA -c "select count(*) from progress_update where done like 'bench-$run %' and state = 'SUBMITTED'") of $leads"
heap_report
machine
