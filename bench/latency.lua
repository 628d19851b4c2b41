-- wrk script: prints one machine-readable line with throughput and latency percentiles (ms)
-- and the count of non-2xx/3xx responses seen by wrk.
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local bad = summary.errors.status
  local sock = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d bytes=%d non2xx3xx=%d sockerr=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.bytes, bad, sock))
end
