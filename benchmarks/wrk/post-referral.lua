-- POST /api/v1/referrals with a fresh Idempotency-Key per request; the body is the template BENCH_BODY
-- (a file) with its placeholders filled per request as load/fictional.mjs fills them. Counts statuses,
-- so that refusals (e.g. 409, 429) show in the summary.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
local file = assert(io.open(os.getenv("BENCH_BODY"), "r"))
local body = file:read("*a")
file:close()
local run = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local sent = 0

setup = common.setup
init = common.init
done = common.done

local letters = "ABDEFGHJLNPQRSTUWXYZ"
local function letter()
  local i = math.random(#letters)
  return letters:sub(i, i)
end

local function fill(n)
  return (body:gsub("{{PHONE}}", function() return string.format("+447700900%03d", math.random(0, 999)) end)
              :gsub("{{POSTCODE}}", function() return "ZZ9" .. math.random(0, 9) .. " " .. math.random(0, 9) .. letter() .. letter() end)
              :gsub("{{VRM}}", function() return string.format("BN%02d ", math.random(0, 99)) .. letter() .. letter() .. letter() end)
              :gsub("{{N}}", n))
end

function request()
  sent = sent + 1
  local n = run .. "-" .. tid .. "-" .. sent
  return wrk.format("POST", "/api/v1/referrals", {
    Authorization = common.auth,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. n,
  }, fill(n))
end

function response(status)
  common.count(status)
end
