#!/usr/bin/env bash
# The PDF benchmark (docs/benchmarks.md): starts the app with its demo data on its own embedded PostgreSQL under
# target/benchmark-pdfs, signs in as the Improvement Board's chair, asks for the York board pack PDF (May 2021) PDFS
# times at once and, meanwhile, for the plans page /plans one request after another, and prints what each answered
# and how long it took. Not a test: the figures depend on the machine and whatever else runs on it.
#
#   bash benchmark/pdfs.sh [--no-build]
#
# --no-build   use the jar already in target/ (or JAR)
# Environment: PDFS (50), SESSIONS (10: the PDFs are asked for in this many sessions, in turn), PORT (18081),
# JAR (the jar to run; default target/wsoa-tracker-*.jar), and any WSOA_PDF_* setting, passed on to the app.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) echo "usage: bash benchmark/pdfs.sh [--no-build]" >&2; exit 2 ;;
  esac
done
pdfs=${PDFS:-50}
sessions=${SESSIONS:-10}
port=${PORT:-18081}
dir=target/benchmark-pdfs

source benchmark/common.sh
need psql curl
jar=$(app_jar)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rm -rf "$dir"
mkdir -p "$dir"
start_app "$jar"

read -r plan period < <(sql -tA -F ' ' -c "select p.id, r.id from plan p join reporting_period r on r.plan_id = p.id
    where p.title = 'York written statement of action' and r.month = date '2021-05-01'")
pdf=/plans/$plan/periods/$period/board-pack.pdf

# Sign in as the chair through the sign-in form, as a browser would: one session for the plans page, SESSIONS for the
# PDFs.
plans_session=$(sign_in chair@example.org)
: >"$dir/sessions.txt"
for _ in $(seq "$sessions"); do
  sign_in chair@example.org >>"$dir/sessions.txt"
done

# Warm up: the plans page, and three board pack PDFs one after another (the first renders are much slower than the
# next, until the JVM has compiled the renderer).
for _ in $(seq 10); do ask /plans "$plans_session" >/dev/null; done
for _ in 1 2 3; do alone=$(ask "$pdf" "$(head -n 1 "$dir/sessions.txt")"); done
echo "The third board pack PDF asked for on its own: $alone (status, seconds)"
for _ in $(seq 20); do ask /plans "$plans_session"; done >"$dir/plans-alone.txt"

echo "Asking for $pdfs board pack PDFs at once ($pdf), and for /plans one request after another meanwhile"
: >"$dir/plans-during.txt"
(while [ ! -e "$dir/done" ]; do ask /plans "$plans_session" >>"$dir/plans-during.txt"; done) &
prober=$!
start=$(date +%s%3N)
for i in $(seq "$pdfs"); do
  sed -n "$(((i - 1) % sessions + 1))p" "$dir/sessions.txt"
done | xargs -P "$pdfs" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b 'SESSION={}' "$(base_url)$pdf" \
  >"$dir/pdfs.txt"
burst_ms=$(($(date +%s%3N) - start))
touch "$dir/done"
wait "$prober"

echo
summary "/plans alone" "$dir/plans-alone.txt"
summary "board pack PDFs" "$dir/pdfs.txt"
for status in $(cut -d' ' -f1 "$dir/pdfs.txt" | sort -u); do
  awk -v s="$status" '$1 == s' "$dir/pdfs.txt" >"$dir/pdfs-$status.txt"
  summary "  of which $status" "$dir/pdfs-$status.txt"
done
summary "/plans during the PDFs" "$dir/plans-during.txt"
echo "All $pdfs PDFs answered within $((burst_ms / 1000)).$((burst_ms % 1000 / 100)) s"
echo "Error lines the app logged (a failure, a 500, is one): $(grep -c ' ERROR ' "$dir/app.log" || true) in $dir/app.log"
machine
