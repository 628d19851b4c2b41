#!/usr/bin/env python3
"""Inputs for a 10 000-episode database: a reference-data directory widened with synthetic countries
and actors (about 3 000 in all) and a wiki-format corpus of distinct episodes (about 200 000 sentences),
then optionally imports them with the importer CLI.

    python3 bench/generate-large-db.py --out /tmp/large            # writes /tmp/large/{data,corpus}
    python3 bench/generate-large-db.py --out /tmp/large --import /tmp/large/large.db \
        --importer src/SovietInterventions.Importer/bin/Release/net10.0/SovietInterventions.Importer.dll
"""
import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpuslib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--episodes", type=int, default=10000)
    ap.add_argument("--passages", type=int, default=200000)
    ap.add_argument("--countries", type=int, default=1000, help="total countries (real ones plus synthetic)")
    ap.add_argument("--actors", type=int, default=2000, help="total actors (real ones plus synthetic)")
    ap.add_argument("--data", default=os.path.join(ROOT, "data"))
    ap.add_argument("--import", dest="db", help="import into this database file")
    ap.add_argument("--importer", help="importer dll (default: dotnet run --project)")
    ap.add_argument("--random-seed", type=int, default=1991)
    a = ap.parse_args()
    rng = random.Random(a.random_seed)

    data_out = os.path.join(a.out, "data")
    corpus_out = os.path.join(a.out, "corpus")
    shutil.rmtree(a.out, ignore_errors=True)
    shutil.copytree(a.data, data_out)
    countries, by_country, actors = corpuslib.load_data(a.data)

    seen = {c["name"] for c in countries}
    iso = {c.get("iso3") for c in countries}
    letters = [p + x + y for p in "QXZ" for x in string.ascii_uppercase for y in string.ascii_uppercase]
    letters = [x for x in letters if x not in iso]
    regions = sorted({c["region"] for c in countries})  # the gazetteer rejects unknown regions
    for i in range(a.countries - len(countries)):
        name = corpuslib.made_up_name(rng, seen) + rng.choice(["land", "stan", "ia", "ova"])
        countries.append({"slug": name.lower(), "name": name, "iso3": letters[i], "region": rng.choice(regions),
                          "aliases": [], "adjectives": []})
    folks = corpuslib.people(rng, a.actors - len(actors) + 400)[400:]
    for name in folks:
        actors.append({"slug": name.lower().replace(" ", "-"), "name": name, "type": "Person",
                       "aliases": [], "description": "Synthetic person for benchmarks"})
    with open(os.path.join(data_out, "countries.json"), "w", encoding="utf-8") as f:
        json.dump(countries, f, ensure_ascii=False, indent=1)
    with open(os.path.join(data_out, "actors.json"), "w", encoding="utf-8") as f:
        json.dump(actors, f, ensure_ascii=False, indent=1)

    per = a.passages // a.episodes
    pairs = corpuslib.episode_pairs(rng, countries, a.episodes)
    # every episode in the wiki file: share 1.0, a huge byte budget, stop when the pairs run out
    try:
        corpuslib.write_corpus(corpus_out, rng, countries, by_country, actors, 10**12,
                               shares=(1.0, 0, 0), per_episode=(per, per), pairs=pairs, names=("large", "Large"))
    except StopIteration:
        pass
    size = sum(os.path.getsize(os.path.join(corpus_out, f)) for f in os.listdir(corpus_out))
    print(f"{a.out}: {len(countries)} countries, {len(actors)} actors in data/; "
          f"corpus {size} bytes, {a.episodes} episodes x {per} sentences")

    if a.db:
        cmd = (["dotnet", a.importer] if a.importer else
               ["dotnet", "run", "--project", os.path.join(ROOT, "src/SovietInterventions.Importer"), "--"])
        cmd += ["import", corpus_out, a.db, "--data", data_out]
        start = time.time()
        subprocess.run(cmd, check=True)
        print(f"import wall {time.time() - start:.1f} s")


if __name__ == "__main__":
    main()
