-- POST /api/v1/victims/{id}/liaison: random victims (BENCH_VICTIMS, one id a line) to a few officers
-- (BENCH_OFFICERS, comma-separated) whose caseloads fill up; a victim who has an officer is reassigned.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local victims = common.lines(os.getenv("BENCH_VICTIMS"))
local officers = {}
for officer in string.gmatch(os.getenv("BENCH_OFFICERS"), "[^,]+") do officers[#officers + 1] = officer end
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local sent = 0

setup = common.setup
init = common.init
done = common.done

function request()
  sent = sent + 1
  return wrk.format("POST", "/api/v1/victims/" .. victims[math.random(#victims)] .. "/liaison", {
    Authorization = common.auth,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. tid .. "-" .. sent,
  }, '{"officerId":"' .. officers[math.random(#officers)] .. '","reason":"benchmark: fictional assignment"}')
end

function response(status)
  common.count(status)
end
