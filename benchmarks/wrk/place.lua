-- POST /api/v1/placements on the few beds of one property: half name a bed (BENCH_BEDS, comma-separated),
-- half let the service choose among the property's beds (BENCH_PROPERTY). Stays of 1 or 2 nights starting
-- 1 to BENCH_DAYS days after BENCH_TODAY (YYYY-MM-DD), so many requests want the same bed-nights.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local property = os.getenv("BENCH_PROPERTY")
local beds = {}
for bed in string.gmatch(os.getenv("BENCH_BEDS"), "[^,]+") do beds[#beds + 1] = bed end
local days = tonumber(os.getenv("BENCH_DAYS") or "14")
local y, m, d = string.match(os.getenv("BENCH_TODAY"), "(%d+)-(%d+)-(%d+)")
local today = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local sent = 0

setup = common.setup
init = common.init
done = common.done

local function date(offset)
  return os.date("%Y-%m-%d", today + offset * 86400)
end

function request()
  sent = sent + 1
  local start = math.random(days)
  local where
  if sent % 2 == 0 then
    where = '"bedId":"' .. beds[math.random(#beds)] .. '"'
  else
    where = '"propertyId":"' .. property .. '"'
  end
  local body = '{"victimRef":"VIC-BENCH-' .. tid .. '-' .. sent .. '",' .. where ..
    ',"from":"' .. date(start) .. '","plannedTo":"' .. date(start + math.random(2)) .. '"}'
  return wrk.format("POST", "/api/v1/placements", {
    Authorization = common.auth,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. tid .. "-" .. sent,
  }, body)
end

function response(status)
  common.count(status)
end
