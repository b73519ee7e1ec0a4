# Shared by the benchmark scripts (sourced, not run): building the jar, starting the app on its own embedded
# PostgreSQL and stopping it on exit, reaching that database with psql, signing in through the sign-in form, loading
# the national-scale data and summing up timings. A script sets `dir` (its working directory under target/) and `port`,
# and reads its options with read_options, before it calls these.
#
#   JAR    the jar to run (default: target/wsoa-tracker-*.jar, built unless --no-build)
#   HEAP   the app's maximum heap, e.g. 256m (default: the JVM's own)
#   STARTUP_SECONDS   how long the app may take to start and load its demo data (300)

base_url() { echo "http://localhost:$port"; }

# The options every benchmark takes: --no-build (use the jar already in target/) and --keep-data (reuse the data an
# earlier run loaded instead of starting afresh). Sets build and fresh.
read_options() {
  build=true
  fresh=true
  for arg in "$@"; do
    case "$arg" in
      --no-build) build=false ;;
      --keep-data) fresh=false ;;
      *) echo "usage: bash $0 [--no-build] [--keep-data]" >&2; exit 2 ;;
    esac
  done
}

# Installs the tools the script needs (Debian packages) if they are missing: need wrk psql ...
need() {
  local missing=()
  for tool in "$@"; do
    command -v "$tool" >/dev/null || missing+=("$([ "$tool" = psql ] && echo postgresql-client || echo "$tool")")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The jar to run: JAR, or the one in target/, built first unless the script was given --no-build.
app_jar() {
  if $build && [ -z "${JAR:-}" ]; then
    ./mvnw -q -DskipTests package >&2
  fi
  echo "${JAR:-$(ls target/wsoa-tracker-*.jar | head -n 1)}"
}

app=
stop_app() {
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

# Starts the jar with the demo data on $port with its data in $dir/pg, and waits until it is ready. Extra arguments
# go to the app. Stops it when the script exits.
start_app() { # jar [app arguments...]
  local jar=$1
  shift
  trap stop_app EXIT
  echo "Starting $jar on port $port${HEAP:+ with -Xmx$HEAP} (log: $dir/app.log)"
  env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    java ${HEAP:+-Xmx$HEAP} -jar "$jar" --server.port="$port" --wsoa.embedded-database.data-directory="$dir/pg" \
    --wsoa.demo.enabled=true --wsoa.reminders.enabled=false "$@" >"$dir/app.log" 2>&1 &
  app=$!
  for _ in $(seq "${STARTUP_SECONDS:-300}"); do
    curl -fs "$(base_url)/actuator/health/readiness" >/dev/null && break
    kill -0 "$app" 2>/dev/null || { echo "The app stopped: see $dir/app.log" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$(base_url)/actuator/health/readiness" >/dev/null
}

# psql on the app's embedded database, as its superuser.
sql() {
  PGPASSWORD=postgres psql -h localhost -p "$(sed -n 4p "$dir/pg/postmaster.pid")" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -X -q "$@"
}

# Signs in through the sign-in form, as a browser would (following the redirect to the home page gives the session
# its CSRF token), and prints the SESSION cookie's value.
sign_in() { # email [password]
  local cookies=$dir/cookies-$$-$RANDOM.txt csrf
  csrf=$(curl -fs -c "$cookies" "$(base_url)/login" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
  curl -fsL -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$1" \
    --data-urlencode "password=${2:-demo-password-2026}" --data-urlencode "_csrf=$csrf" "$(base_url)/login"
  awk '$6 == "SESSION" { print $7 }' "$cookies"
  rm -f "$cookies"
}

# Loads the national-scale synthetic data (benchmark/national-data.sql) unless it is there already, and prints what
# the database holds.
load_national_data() {
  if [ "$(sql -tA -c "select count(*) from local_area where code like 'SYN%'")" = 0 ]; then
    echo "Loading national-scale synthetic data"
    local start
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
}

# Status and seconds of one GET in a session.
ask() { # path session
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "SESSION=$2" "$(base_url)$1"
}

# Sums up lines of "status seconds" (as ask prints them): answers by status, p50, p95, p99 and the longest.
summary() { # name file
  sort -k2 -g "$2" | awk -v name="$1" '
    { status[$1]++; time[NR] = $2 }
    END {
      if (NR == 0) { printf "%-24s    0 requests\n", name; exit }
      answers = ""
      for (s in status) answers = answers " " status[s] " x " s ";"
      printf "%-24s %5d requests;%s seconds p50 %.3f, p95 %.3f, p99 %.3f, max %.3f\n", name, NR, answers,
        time[int((NR + 1) * 0.5)], time[int(NR * 0.95 + 0.5)], time[int(NR * 0.99 + 0.5)], time[NR]
    }'
}

# The app's heap now, after a full collection (jcmd, from the JDK), and any OutOfMemoryError it logged.
heap_report() {
  if command -v jcmd >/dev/null && kill -0 "$app" 2>/dev/null; then
    jcmd "$app" GC.run >/dev/null
    echo "The app's heap after the run and a full collection (maximum: ${HEAP:-the default}):"
    jcmd "$app" GC.heap_info | sed -n '2,3p'
  fi
  echo "OutOfMemoryError lines the app logged: $(grep -c OutOfMemoryError "$dir/app.log" || true)"
}

machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB; load average before the run: $load_before"
}
