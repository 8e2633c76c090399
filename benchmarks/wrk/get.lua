-- GET BENCH_PATH (path and query string), e.g. one filtered list of referrals.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local path = os.getenv("BENCH_PATH") or error("BENCH_PATH is not set")

setup = common.setup
init = common.init
done = common.done

function request()
  return wrk.format("GET", path, { Authorization = common.auth })
end
