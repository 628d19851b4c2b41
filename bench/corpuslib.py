"""Shared pieces of the synthetic-corpus generators (stdlib only).

Episodes are distinct: every episode gets its own (country, year) pair, so the importer's merger
(same target country and overlapping years) never folds two synthetic episodes into one.
"""
import json
import os
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
FIRST = ["Ivan", "Pavel", "Nikolai", "Sergei", "Andrei", "Mikhail", "Dmitri", "Yuri", "Boris", "Oleg",
         "Amadou", "Kwame", "Tomas", "Jan", "Karel", "Istvan", "Lajos", "Nguyen", "Ahmed", "Hassan",
         "Omar", "Jose", "Luis", "Carlos", "Pedro", "Anton", "Viktor", "Gregor", "Emil", "Stefan"]
LAST = ["Volkanov", "Rudenko", "Petrashev", "Kovalsky", "Mirzoyan", "Tabakov", "Orlenko", "Zubarin",
        "Kessler", "Novak", "Szabados", "Dvorak", "Mensah", "Okafor", "Haddad", "Farouk", "Moreno",
        "Alvarado", "Quintero", "Balogun", "Trandafir", "Lindqvist", "Haraszti", "Vukovic", "Marek",
        "Dobrev", "Kaloyan", "Tanaev", "Surkov", "Belenko"]
SYLL = ["ba", "dor", "kan", "li", "mar", "nes", "o", "pra", "qui", "ran", "sel", "tu", "val", "wen",
        "xa", "yor", "zim", "chel", "gar", "hol", "ist", "jun", "lev", "mon"]


def load_data(data_dir):
    def load(name):
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            return json.load(f)
    countries = load("countries.json")
    places = load("places.json")
    actors = load("actors.json")
    by_country = {}
    for p in places:
        by_country.setdefault(p.get("country"), []).append(p["name"])
    return countries, by_country, actors


def people(rng, n):
    """n distinct synthetic people, 'First Last' or 'First Last-Last'."""
    out, seen = [], set()
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if len(seen) > len(FIRST) * len(LAST) // 2:
            name = f"{name}-{rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def made_up_name(rng, seen):
    while True:
        word = "".join(rng.choice(SYLL) for _ in range(rng.randint(3, 4))).capitalize()
        if word not in seen:
            seen.add(word)
            return word


def episode_pairs(rng, countries, count, first=1918, last=1991):
    """count distinct (country, year) pairs, shuffled."""
    pairs = [(c, y) for c in countries for y in range(first, last + 1)]
    if count > len(pairs):
        raise SystemExit(f"only {len(pairs)} distinct (country, year) pairs; asked for {count}")
    rng.shuffle(pairs)
    return pairs[:count]


def sentences(rng, country, year, place, person, actor, n):
    """n sentences about one episode; the first names year and an intervention word."""
    c = country["name"]
    m = rng.choice(MONTHS)
    first = rng.choice([
        f"In {m} {year}, Soviet troops invaded {c} and entered {place}.",
        f"In {year}, the Soviet Union occupied {c} after troops crossed the border near {place}.",
        f"In {m} {year}, Soviet advisers organised a coup in {c} and installed a new government in {place}.",
    ])
    pool = [
        f"The Soviet government supplied arms and military aid to the authorities of {c}.",
        f"{person} led the resistance around {place} and was arrested by Soviet security officers.",
        f"Local rebels near {place} fought the occupation troops for several months.",
        f"Soviet advisers trained the army of {c} and reorganised its police.",
        f"{actor} was said to have approved the operation in {c}.",
        f"Many civilians fled from {place} as the troops advanced through {c}.",
        f"Newspapers in {c} were closed and the radio station in {place} was taken over.",
        f"Historians later described the intervention in {c} as a turning point for the region.",
        f"{person} signed an agreement with the Soviet envoy in {place}.",
        f"Soviet tanks patrolled the streets of {place} while negotiations went on.",
        f"The new government of {c} asked for more Soviet troops to protect {place}.",
        f"Elections in {c} were postponed and opposition parties were banned.",
    ]
    body = [rng.choice(pool) for _ in range(n - 1)]
    return [first] + body


def write_corpus(out, rng, countries, by_country, actors, target_bytes, shares=(0.72, 0.22, 0.06),
                 per_episode=(6, 14), pairs=None, names=("synthetic", "Synthetic")):
    """Writes wiki/txt/md files under out until target_bytes are reached; returns (episodes, passages, bytes)."""
    os.makedirs(out, exist_ok=True)
    actor_names = [a["name"] for a in actors if a.get("type") == "Person"] or [a["name"] for a in actors]
    folks = people(rng, 400)
    if pairs is None:
        pairs = episode_pairs(rng, countries, 16000)
    it = iter(pairs)
    stats = {"episodes": 0, "passages": 0, "bytes": 0}

    def episode():
        country, year = next(it)
        place = rng.choice(by_country.get(country["slug"], [country["name"]]))
        n = rng.randint(*per_episode)
        s = sentences(rng, country, year, place, rng.choice(folks), rng.choice(actor_names), n)
        stats["episodes"] += 1
        stats["passages"] += n
        return country, year, s

    files = []
    # wiki: ==== year: Country ==== headings, grouped by decade sections
    budget = int(target_bytes * shares[0])
    path = os.path.join(out, f"{names[0]}-regime-change.wiki")
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"= {names[1]} Soviet interventions =\n\nA synthetic article for benchmarks.\n\n== 1918–1991: Episodes ==\n\n")
        while size < budget:
            country, year, s = episode()
            chunk = f"==== {year}: {country['name']} ====\n\n" + " ".join(s[:len(s) // 2]) + "\n\n" + " ".join(s[len(s) // 2:]) + "\n\n"
            f.write(chunk)
            size += len(chunk.encode())
    files.append(path)
    # txt: title line, then one run-on line per episode (dated first sentence makes the episode)
    budget = int(target_bytes * shares[1])
    path = os.path.join(out, f"{names[0]}-military-occupations.txt")
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{names[1]} military occupations\n\n")
        while size < budget:
            country, year, s = episode()
            chunk = "".join(s) + "\n"
            f.write(chunk)
            size += len(chunk.encode())
    files.append(path)
    # md: ## year: Country headings with bullet notes
    budget = int(target_bytes * shares[2])
    path = os.path.join(out, f"{names[0]}-foreign-policy-notes.md")
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {names[1]} foreign policy notes\n\n")
        while size < budget:
            country, year, s = episode()
            chunk = f"## {year}: {country['name']}\n\n" + "".join(f"- {x}\n" for x in s) + "\n"
            f.write(chunk)
            size += len(chunk.encode())
    files.append(path)
    stats["bytes"] = sum(os.path.getsize(p) for p in files)
    return stats
