-- wrk script for bench/visit_beacon.py: every request is a beacon from a reader of its own (a user
-- agent no other request has), so every one should be counted. Counts what was sent and what
-- the server answered "counted" to; done() prints them as one JSON line.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  page = args[1]
  sent = 0
  counted = 0
end

function request()
  sent = sent + 1
  local agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131."
    .. id .. "." .. sent .. " Safari/537.36"
  return wrk.format("POST", "/luot-truy-cap/", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["User-Agent"] = agent,
  }, "p=" .. page)
end

function response(status, headers, body)
  if status == 200 and body:find('"counted": true', 1, true) then
    counted = counted + 1
  end
end

function done(summary, latency, requests)
  local total_sent, total_counted = 0, 0
  for _, thread in ipairs(threads) do
    total_sent = total_sent + thread:get("sent")
    total_counted = total_counted + thread:get("counted")
  end
  io.write(string.format('WRK_COUNTS {"sent": %d, "counted": %d, "completed": %d}\n',
    total_sent, total_counted, summary.requests))
end
