-- wrk script: requests the paths of a file (one a line) in turn, so one run covers many different pages.
--   wrk -t2 -c64 -d60s -s bench/mix.lua http://127.0.0.1:5181 -- urls.txt [bust] [marker-path] [marker]
-- bust: every bust-th request gets a unique query value, so it misses every cache (0 = never).
-- marker-path, marker: responses to that path are checked for the marker text; each (ETag, has marker) pair is
-- counted, so a response whose body comes from one import and whose ETag from another shows up as a third pair.
-- Prints the same RESULT line as latency.lua, and a PAIRS line.
local paths, bust, markerPath, marker = {}, 0, nil, nil
local counter = 0
pairs_seen = {} -- a global, so that done() can collect it from each thread

function setup(thread)
  setup_threads = (setup_threads or 0) + 1
  thread:set("id", setup_threads)
  threads = threads or {}
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do if #line > 0 then paths[#paths + 1] = line end end
  bust = tonumber(args[2] or "0") or 0
  markerPath, marker = args[3], args[4]
  counter = ((id or 1) - 1) * math.floor(#paths / 2)
  pairs_seen = {}
end

function request()
  counter = counter + 1
  local path = paths[counter % #paths + 1]
  if bust > 0 and counter % bust == 0 then
    path = path .. (path:find("?", 1, true) and "&" or "?") .. "r=" .. (id or 1) .. "-" .. counter
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  -- Several connections share a thread, so the page is told by its canonical link, not by the last path asked.
  local canonical = marker and body and body:match('rel="canonical" href="https?://[^/"]+([^"]*)"')
  if marker and canonical == markerPath then
    local etag = headers["ETag"] or headers["etag"] or "-"
    -- The import the tag names (W/"<import>-<url>"): each unique query has its own tag, the import part is shared.
    local import = etag:match('"(%x+)%-') or etag
    local key = import .. (body:find(marker, 1, true) and "|marked" or "|unmarked")
    pairs_seen[key] = (pairs_seen[key] or 0) + 1
  end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local sock = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d bytes=%d non2xx3xx=%d sockerr=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.bytes, summary.errors.status, sock))
  local all = {}
  for _, thread in ipairs(threads or {}) do
    local seen = thread:get("pairs_seen")
    for k, v in pairs(seen or {}) do all[k] = (all[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(all) do parts[#parts + 1] = string.format("%s=%d", k, v) end
  table.sort(parts)
  io.write("PAIRS " .. table.concat(parts, " ") .. "\n")
end
