-- GET /api/v1/referrals/{id} for random seeded ids (BENCH_IDS: one id a line).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local ids = common.lines(os.getenv("BENCH_IDS"))

setup = common.setup
init = common.init
done = common.done

function request()
  return wrk.format("GET", "/api/v1/referrals/" .. ids[math.random(#ids)], { Authorization = common.auth })
end
