#!/usr/bin/env python3
"""How well the classifier places the incidents of the MUC-3/4 development split below the country.

The scorer (shared/tools/muc-dev.py score) checks the country only. Its answer keys also name the
incident's city or department for some stories ("EL SALVADOR: SAN MIGUEL (DEPARTMENT)"); `muc-dev.py
extract` writes them as `city` and `admin1` of each incident. For every detected relevant story whose
keys name a city, this counts whether the alert's city is one of them; for those whose keys name only
a department, whether the alert's province (or city) is one of them. Names are compared upper-cased
without accents; the key spells some names its own way ("CHALANTENGO"), so the figures are a floor.

    python3 scripts/eval/muc-places.py MUC_DEV_JSONL CLASSIFY_OUTPUT.jsonl [-v]

MUC_DEV_JSONL as `muc-dev.py extract` writes it; CLASSIFY_OUTPUT as `./incident-alerts classify` writes
it (scripts/eval/muc-dev.sh's in-sample output, or scripts/model/cv-muc.sh's five-fold one). -v lists
the misses.
"""
import json
import sys
import unicodedata


def plain(name):
    decomposed = unicodedata.normalize("NFD", name or "")
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").upper().strip()


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    verbose = "-v" in argv[2:]
    gold = {}
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            gold[row["id"]] = row
    city = [0, 0]
    division = [0, 0]
    misses = []
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            alert = json.loads(line)
            if alert.get("incident") is False or "articleId" not in alert:
                continue
            row = gold.get(alert["articleId"])
            if row is None or not row.get("relevant"):
                continue
            cities = {plain(i.get("city")) for i in row["incidents"] if i.get("city")}
            divisions = {plain(i.get("admin1")) for i in row["incidents"] if i.get("admin1")}
            place = alert.get("location") or {}
            got_city, got_division = plain(place.get("city")), plain(place.get("admin1"))
            if cities:
                right = got_city in cities
                city[0 if right else 1] += 1
            elif divisions:
                right = got_division in divisions or got_city in divisions
                division[0 if right else 1] += 1
            else:
                continue
            if not right:
                misses.append((alert["articleId"], place.get("city"), place.get("admin1"),
                               sorted(cities or divisions)))
    for label, (right, wrong) in (("keys naming a city: city right", city),
                                  ("keys naming a department only: province right", division)):
        total = right + wrong
        share = right / total if total else 0.0
        print(f"{label:48s} {share:.3f} ({right}/{total})")
    if verbose:
        for miss in misses:
            print("MISS", *miss)


if __name__ == "__main__":
    main(sys.argv[1:])
