-- Shared by the wrk scripts (require "common"): the bearer token, line files, per-status counts and a
-- one-line JSON summary on stdout, which benchmarks/run.sh reads. Latencies are in microseconds.
local M = {}

M.token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
M.auth = "Bearer " .. M.token

function M.lines(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then list[#list + 1] = line end
  end
  if #list == 0 then error("no lines in " .. path) end
  return list
end

-- Threads are numbered in setup() (main state) so each seeds its own random sequence.
local threads = {}
function M.setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

function M.init()
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  statuses = {}
end

-- Counting statuses costs a Lua call per response; scripts that need the split call it.
function M.count(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function M.done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local per = thread:get("statuses")
    if per then
      for status, n in pairs(per) do counts[status] = (counts[status] or 0) + n end
    end
  end
  local parts = {}
  for status, n in pairs(counts) do parts[#parts + 1] = string.format('"%d":%d', status, n) end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.1f},"statuses":{%s}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean, table.concat(parts, ",")))
end

return M
