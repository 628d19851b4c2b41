#!/usr/bin/env python3
"""URL lists drawn from an encyclopedia database (stdlib only), one path a line, for wrk and fetch.py.

    python3 bench/urls.py mix DB 1000      # 1 000 different pages of every kind (the memory test's mix)
    python3 bench/urls.py search DB 500    # 500 distinct searches: a word, a target country and a decade
    python3 bench/urls.py pages DB         # every list page and the largest page of each kind (size and time check)
"""
import random
import re
import sqlite3
import sys
import urllib.parse

KINDS = {"Invasion": "invasion", "Occupation": "occupation", "Coup": "coup", "CovertOperation": "covert-operation",
         "MilitaryAid": "military-aid", "InsurgencySupport": "insurgency-support"}
PAGE = 200


def q(path, **params):
    return path + "?" + urllib.parse.urlencode(params)


def pages_of(path, count):
    return [path] + [q(path, page=p) for p in range(2, (count + PAGE - 1) // PAGE + 1)]


def words(db, rng, n):
    titles = [t for (t,) in db.execute("SELECT Title FROM Episodes ORDER BY Id")]
    found = sorted({w.lower() for t in titles for w in re.findall(r"[^\W\d_]{4,}", t)})
    return rng.sample(found, min(n, len(found)))


def mix(db, rng, n):
    one = lambda sql: [r[0] for r in db.execute(sql)]
    episodes, countries = one("SELECT Slug FROM Episodes"), one("SELECT Slug FROM Countries")
    actors = one("SELECT Slug FROM Actors")
    decades = [f"{y}s" for y in range(1910, 2000, 10)]
    urls = {"/", "/timeline", "/decades", "/countries", "/actors", "/map", "/sources", "/search", "/api/episodes"}
    # Not the source documents themselves: one is the whole corpus (17 MB on the 10 000-episode database).
    urls |= {f"/decades/{d}" for d in decades}
    shares = [(episodes, "/episodes/", 0.5), (countries, "/countries/", 0.2), (actors, "/actors/", 0.15)]
    for items, prefix, share in shares:
        urls |= {prefix + s for s in rng.sample(items, min(len(items), int(n * share)))}
    for w in words(db, rng, n):
        if len(urls) >= n:
            break
        urls.add(q("/search", q=w))
    return sorted(urls)[:n]


def search(db, rng, n):
    rows = db.execute("""SELECT c.Slug, e.StartYear, e.Title FROM Episodes e
        JOIN EpisodeCountries ec ON ec.EpisodeId = e.Id AND ec.Role = 'Target' JOIN Countries c ON c.Id = ec.CountryId""").fetchall()
    vocabulary = words(db, rng, 5000)
    urls = set()
    while len(urls) < n:
        country, year, title = rng.choice(rows)
        # Half the time a word of the episode's own title (a hit), otherwise any word (often no hit).
        own = re.findall(r"[^\W\d_]{4,}", title)
        word = rng.choice(own).lower() if own and rng.random() < 0.5 else rng.choice(vocabulary)
        urls.add(q("/search", q=word, country=country, decade=f"{year - year % 10}s"))
    return sorted(urls)


def largest(db, sql, prefix, k=5):
    return [prefix + s for (s,) in db.execute(sql + f" LIMIT {k}")]


def pages(db, rng, n):
    count = lambda sql: db.execute(sql).fetchone()[0]
    urls = ["/", "/timeline", "/decades", "/map", "/sources", "/search", "/api", "/downloads"]
    urls += pages_of("/actors", count("SELECT COUNT(*) FROM Actors"))
    urls += pages_of("/countries", count("SELECT COUNT(*) FROM Countries"))
    for y in range(1910, 2000, 10):
        under_way = count(f"SELECT COUNT(*) FROM Episodes WHERE StartYear <= {y + 9} AND EndYear >= {y}")
        urls += pages_of(f"/decades/{y}s", under_way)
    # A document's first and last page (200 passages to a page by position).
    for slug, last in db.execute("SELECT s.Slug, (SELECT MAX(Position) FROM Passages p WHERE p.SourceDocumentId = s.Id) FROM Sources s"):
        urls += ["/sources/" + slug] + ([q("/sources/" + slug, page=(last - 1) // PAGE + 1)] if last and last > PAGE else [])
    urls += largest(db, "SELECT e.Slug FROM Episodes e ORDER BY (SELECT COUNT(*) FROM Passages p WHERE p.EpisodeId = e.Id) DESC", "/episodes/")
    urls += largest(db, "SELECT c.Slug FROM Countries c ORDER BY (SELECT COUNT(*) FROM EpisodeCountries x WHERE x.CountryId = c.Id) DESC", "/countries/")
    urls += largest(db, "SELECT a.Slug FROM Actors a ORDER BY (SELECT COUNT(*) FROM EpisodeActors x WHERE x.ActorId = a.Id) DESC", "/actors/")
    urls += [q("/search", q=w) for w in words(db, rng, 3)] + [q("/search", kind=k) for k in KINDS.values()]
    urls += [q("/search", decade=f"{y}s") for y in range(1910, 2000, 10)]
    return list(dict.fromkeys(urls))


def main():
    what, path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rng = random.Random(1991)
    for url in {"mix": mix, "search": search, "pages": pages}[what](db, rng, n):
        print(url)


if __name__ == "__main__":
    main()
