#!/usr/bin/env python3
"""Files for reading story cards by hand: N random event cards of at least K
articles, each as `marsad stories` prints it, followed by its articles'
titles and first characters from the corpus (SaudiNewsNet layout: <day>.zip
holding one JSON array; article ids are `<day>/<index>`), so that a reader can
judge headline, summary, date and entities against the text.

  marsad cluster --cards CORPUS > cards.jsonl
  card_sample.py cards.jsonl OUT_DIR [-s SEED] [-n 20] [-k 4] [--chars 1200]
                                 [--corpus DIR] [--marsad build/marsad]

Writes OUT_DIR/card_01.txt ... The corpus folder is --corpus, else
$SNN_CORPUS, else /work/shared/corpus/saudinewsnet. Python 3 standard
library only.
"""
import argparse
import json
import os
import random
import subprocess
import tempfile
import zipfile


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("cards")
    p.add_argument("out_dir")
    p.add_argument("-s", "--seed", type=int, default=20261207)
    p.add_argument("-n", "--count", type=int, default=20)
    p.add_argument("-k", "--min-articles", type=int, default=4)
    p.add_argument("--chars", type=int, default=1200)
    p.add_argument("--corpus", default=os.environ.get("SNN_CORPUS", "/work/shared/corpus/saudinewsnet"))
    p.add_argument("--marsad", default="build/marsad")
    a = p.parse_args()

    events = []
    with open(a.cards, encoding="utf-8") as f:
        for line in f:
            card = json.loads(line)
            if card.get("type") == "event" and len(card.get("timeline", [])) >= a.min_articles:
                events.append(card)
    if len(events) < a.count:
        raise SystemExit(f"card_sample.py: {a.cards}: only {len(events)} events of {a.min_articles}+ articles")
    random.seed(a.seed)
    picked = random.sample(events, a.count)

    days = {}

    def article(article_id):
        day, index = article_id.rsplit("/", 1)
        if day not in days:
            with zipfile.ZipFile(os.path.join(a.corpus, day + ".zip")) as z:
                days[day] = json.loads(z.read(z.namelist()[0]))
        return days[day][int(index)]

    os.makedirs(a.out_dir, exist_ok=True)
    for n, card in enumerate(picked, 1):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as one:
            one.write(json.dumps(card, ensure_ascii=False) + "\n")
        shown = subprocess.run([a.marsad, "stories", one.name], capture_output=True, text=True, check=True).stdout
        os.unlink(one.name)
        with open(os.path.join(a.out_dir, f"card_{n:02d}.txt"), "w", encoding="utf-8") as out:
            out.write(f"# CARD {n} (event {card['event']})\n\n{shown}\n\n")
            out.write(f"# THE ARTICLES OF THIS EVENT (title, outlet, first {a.chars} characters)\n\n")
            for item in card["timeline"]:
                art = article(item["id"])
                out.write(f"## {item['id']} · {art.get('source')} · {art.get('date_extracted')}\n")
                out.write(f"{art.get('title')}\n{(art.get('content') or '')[:a.chars]}\n\n")


if __name__ == "__main__":
    main()
