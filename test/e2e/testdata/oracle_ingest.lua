-- wrk script for BenchmarkOracleIngestWrk: POSTs DOTS JSON CDRs to the oracle's /v1/cdrs,
-- every CDR unique (run tag, thread number and a counter in its id) so that no request is
-- answered from the duplicate check instead of the durable path.
-- Arguments (after --): run tag, CDRs per request (1: one JSON object; more: NDJSON),
-- the source's Bearer token.
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local tag, per, n = "run", 1, 0

function init(args)
  tag = args[1] or "run"
  per = tonumber(args[2] or "1")
  wrk.method = "POST"
  wrk.path = "/v1/cdrs"
  wrk.headers["Authorization"] = "Bearer " .. (args[3] or "tok-pbx")
  wrk.headers["Content-Type"] = "application/x-ndjson"
end

local fmt = string.format

local function record(k)
  local setup = 1700000000 + (k % 1000000)
  return fmt('{"id":"%s-%d-%d","caller":"+4930901%03d","callee":"+1415555%04d","setupTime":%d,"answerTime":%d,"endTime":%d,"sipStatus":200}',
    tag, tid, k, k % 1000, k % 10000, setup, setup + 3, setup + 3 + (k % 600))
end

function request()
  if per == 1 then
    n = n + 1
    return wrk.format(nil, nil, nil, record(n))
  end
  local lines = {}
  for i = 1, per do
    n = n + 1
    lines[i] = record(n)
  end
  return wrk.format(nil, nil, nil, table.concat(lines, "\n"))
end
