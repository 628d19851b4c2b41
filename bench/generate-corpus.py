#!/usr/bin/env python3
"""Synthetic corpus N times the size of seeds/, in the three seed formats, with distinct episodes.

    python3 bench/generate-corpus.py --scale 10 --out /tmp/corpus10
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, required=True, help="size as a multiple of seeds/")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seeds", default=os.path.join(ROOT, "seeds"))
    ap.add_argument("--data", default=os.path.join(ROOT, "data"))
    ap.add_argument("--random-seed", type=int, default=1956)
    a = ap.parse_args()
    seeds_bytes = sum(os.path.getsize(os.path.join(a.seeds, f)) for f in os.listdir(a.seeds))
    rng = random.Random(a.random_seed)
    countries, by_country, actors = corpuslib.load_data(a.data)
    stats = corpuslib.write_corpus(a.out, rng, countries, by_country, actors, int(seeds_bytes * a.scale))
    print(f"{a.out}: {stats['bytes']} bytes ({stats['bytes'] / seeds_bytes:.1f}x seeds), "
          f"{stats['episodes']} episodes, {stats['passages']} sentences")


if __name__ == "__main__":
    main()
