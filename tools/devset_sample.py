#!/usr/bin/env python3
"""Helpers for building and checking hand-labelled event dev sets from a
corpus of day ZIPs (SaudiNewsNet layout: <day>.zip holding one JSON array of
articles with source, url, date_extracted, title, author, content).

Article ids are `<zip stem>/<0-based index in the day's array>`, as the
engine uses them. The corpus is read in place; nothing is copied from it.

  devset_sample.py titles DAY...                  id, source, title per article
  devset_sample.py grep [-c] REGEX DAY...         articles whose title (with -c:
                                                  or content) matches; Arabic
                                                  letters are normalized first
  devset_sample.py show [-n CHARS] ID...          title and start of content
  devset_sample.py random -s SEED -k N [-x LABELS] DAY...
                                                  N ids drawn at random with a
                                                  fixed seed, skipping ids
                                                  already in LABELS (jsonl)
  devset_sample.py check LABELS                   every id exists, none twice,
                                                  and the set's counts

The corpus folder is --corpus, else $SNN_CORPUS, else
/work/shared/corpus/saudinewsnet. Python 3 standard library only.
"""
import argparse
import collections
import functools
import json
import os
import random
import re
import sys
import zipfile

DEFAULT_CORPUS = "/work/shared/corpus/saudinewsnet"


def normalize_arabic(s):
    """Fold the spelling variants that make a keyword search miss."""
    s = re.sub("[\u064B-\u0652\u0640]", "", s)  # diacritics, tatweel
    s = re.sub("[إأآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return s


@functools.lru_cache(maxsize=None)
def load_day(corpus, day):
    path = os.path.join(corpus, day + ".zip")
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.endswith(".json")]
        if len(names) != 1:
            sys.exit(f"{path}: expected one .json member, found {len(names)}")
        return json.loads(zf.read(names[0]))


def article(corpus, aid):
    day, _, idx = aid.partition("/")
    arts = load_day(corpus, day)
    i = int(idx)
    if not 0 <= i < len(arts):
        raise KeyError(aid)
    return arts[i]


def one_line(s):
    return " ".join(s.split())


def cmd_titles(a):
    for day in a.days:
        for i, x in enumerate(load_day(a.corpus, day)):
            print(f"{day}/{i}\t{x['source']}\t{one_line(x['title'])}")


def cmd_grep(a):
    rx = re.compile(normalize_arabic(a.regex))
    for day in a.days:
        for i, x in enumerate(load_day(a.corpus, day)):
            hay = x["title"] + ("\n" + x["content"] if a.content else "")
            if rx.search(normalize_arabic(hay)):
                print(f"{day}/{i}\t{x['source']}\t{one_line(x['title'])}")


def cmd_show(a):
    for aid in a.ids:
        x = article(a.corpus, aid)
        print(f"== {aid} [{x['source']}] {x['date_extracted']} | {one_line(x['title'])}")
        print(one_line(x["content"])[: a.chars])
        print()


def cmd_random(a):
    taken = set()
    if a.exclude:
        with open(a.exclude, encoding="utf-8") as f:
            taken = {json.loads(l)["id"] for l in f if l.strip()}
    pool = [f"{d}/{i}" for d in a.days for i in range(len(load_day(a.corpus, d)))]
    rng = random.Random(a.seed)
    rng.shuffle(pool)
    for aid in [p for p in pool if p not in taken][: a.k]:
        print(aid)


def cmd_check(a):
    seen, rows, bad = set(), [], 0
    with open(a.labels, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if r["id"] in seen:
                print(f"line {n}: duplicate id {r['id']}")
                bad += 1
            seen.add(r["id"])
            try:
                article(a.corpus, r["id"])
            except (KeyError, ValueError, FileNotFoundError):
                print(f"line {n}: id {r['id']} not in corpus")
                bad += 1
            rows.append(r)
    sizes = collections.Counter(r["event"] for r in rows)
    stories = collections.Counter(r.get("storyline", r["event"]) for r in rows)
    ev_story = collections.defaultdict(set)
    for r in rows:
        ev_story[r["event"]].add(r.get("storyline", r["event"]))
    for ev, st in ev_story.items():
        if len(st) > 1:
            print(f"event {ev} is in several storylines: {sorted(st)}")
            bad += 1
    days = collections.Counter(r["id"].split("/")[0] for r in rows)
    big = max(sizes.items(), key=lambda kv: kv[1]) if sizes else ("-", 0)
    print(f"articles {len(rows)}  events {len(sizes)}  "
          f"singletons {sum(1 for v in sizes.values() if v == 1)}  "
          f"events>=2 {sum(1 for v in sizes.values() if v >= 2)}  "
          f"largest {big[0]}={big[1]}  storylines {len(stories)}  "
          f"multi-event storylines "
          f"{sum(1 for s in stories if len({e for e, ss in ev_story.items() if s in ss}) > 1)}")
    print("per day: " + ", ".join(f"{d} {c}" for d, c in sorted(days.items())))
    print("errors: %d" % bad)
    return 1 if bad else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=os.environ.get("SNN_CORPUS", DEFAULT_CORPUS))
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("titles"); s.add_argument("days", nargs="+")
    s = sub.add_parser("grep"); s.add_argument("-c", "--content", action="store_true")
    s.add_argument("regex"); s.add_argument("days", nargs="+")
    s = sub.add_parser("show"); s.add_argument("-n", "--chars", type=int, default=500)
    s.add_argument("ids", nargs="+")
    s = sub.add_parser("random"); s.add_argument("-s", "--seed", type=int, required=True)
    s.add_argument("-k", type=int, required=True); s.add_argument("-x", "--exclude")
    s.add_argument("days", nargs="+")
    s = sub.add_parser("check"); s.add_argument("labels")
    a = p.parse_args()
    return {"titles": cmd_titles, "grep": cmd_grep, "show": cmd_show,
            "random": cmd_random, "check": cmd_check}[a.cmd](a) or 0


if __name__ == "__main__":
    sys.exit(main())
