-- wrk script for scripts/soak.sh: each request picks a path from a mix of pages, search and API,
-- and counts responses by status class (wrk's own summary counts non-2xx/3xx too).
local paths = {
  "/", "/episodes/1956-hungary", "/episodes/1968-czechoslovakia", "/episodes/1979-afghanistan",
  "/countries/hungary", "/countries/afghanistan", "/timeline", "/decades/1950s",
  "/search?q=troops", "/search?q=troops&country=hungary&decade=1950s", "/search?q=coup",
  "/api/episodes", "/api/episodes/1956-hungary", "/healthz",
}
local counts = {}
local threads = {}

setup = function(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

init = function(args)
  statuses = {}
  math.randomseed(os.time() + id)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local all = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do all[k] = (all[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(all) do table.insert(parts, k .. ":" .. v) end
  table.sort(parts)
  local sock = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.2f p99=%.2f non2xx3xx=%d sockerr=%d statuses=%s\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, sock, table.concat(parts, ",")))
end
