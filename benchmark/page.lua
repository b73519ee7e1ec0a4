-- wrk script: requests one page, or one of a range of pages, each time in one of several signed-in sessions picked
-- at random (as many users would), and prints one line of results.
--   wrk ... -s benchmark/page.lua URL -- NAME SESSIONS-FILE PATH [FIRST LAST]
-- SESSIONS-FILE holds one SESSION cookie value a line. PATH may hold "{id}", replaced in each request by a number
-- from FIRST to LAST picked at random.
-- Prints: RESULT NAME p50-ms p95-ms p99-ms requests-per-second requests responses-not-200 socket-errors

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  name, path, first, last = args[1], args[3], tonumber(args[4]), tonumber(args[5])
  sessions = {}
  for line in io.lines(args[2]) do
    table.insert(sessions, "SESSION=" .. line)
  end
  not200 = 0
  math.randomseed(os.time() * 100 + id)
end

function request()
  local target = path
  if first then
    target = path:gsub("{id}", tostring(math.random(first, last)))
  end
  return wrk.format("GET", target, { Cookie = sessions[math.random(#sessions)] })
end

function response(status, headers, body)
  if status ~= 200 then
    not200 = not200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not200")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s %.1f %.1f %.1f %.1f %d %d %d\n", threads[1]:get("name"),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000), summary.requests, bad, errors))
end
