#!/usr/bin/env python3
"""Fetches each path of a file once, in order, over one keep-alive connection (stdlib only), and reports sizes
and times: every path is requested once, so each answer is rendered, not taken from a cache.

    python3 bench/fetch.py http://127.0.0.1:5181 urls.txt [--warm N] [--limit-kb 300] [--limit-ms 50]

--warm N first requests N paths with an extra query value, so the JIT and the database pages are warm.
Prints 'FETCH count=... p50=... p99=... max_ms=... max_kb=... over_kb=... over_ms=... non200=...' and the worst paths.
"""
import argparse
import http.client
import time
import urllib.parse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("file")
    ap.add_argument("--warm", type=int, default=0)
    ap.add_argument("--limit-kb", type=float, default=300)
    ap.add_argument("--limit-ms", type=float, default=50)
    a = ap.parse_args()
    base = urllib.parse.urlparse(a.base)
    paths = [line.strip() for line in open(a.file, encoding="utf-8") if line.strip()]
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=60)

    def get(path):
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        return response.status, len(body), (time.perf_counter() - start) * 1000

    for path in paths[:a.warm]:
        get(path + ("&" if "?" in path else "?") + "warm=1")
    rows = [(path, *get(path)) for path in paths]
    times = sorted(r[3] for r in rows)
    pct = lambda p: times[min(len(times) - 1, int(len(times) * p / 100))]
    over_kb = [r for r in rows if r[2] > a.limit_kb * 1024]
    over_ms = [r for r in rows if r[3] > a.limit_ms]
    print(f"FETCH count={len(rows)} p50={pct(50):.2f} p99={pct(99):.2f} max_ms={times[-1]:.2f} "
          f"max_kb={max(r[2] for r in rows) / 1024:.0f} over_kb={len(over_kb)} over_ms={len(over_ms)} "
          f"non200={sum(1 for r in rows if r[1] != 200)}")
    for path, status, size, ms in sorted(rows, key=lambda r: -r[2])[:5]:
        print(f"  largest: {path} {status} {size / 1024:.0f} KB {ms:.1f} ms")
    for path, status, size, ms in sorted(rows, key=lambda r: -r[3])[:5]:
        print(f"  slowest: {path} {status} {size / 1024:.0f} KB {ms:.1f} ms")


if __name__ == "__main__":
    main()
