#!/usr/bin/env python3
"""Where the classifier places each detected incident of the labelled sets, and what changed.

The labelled sets carry a country label only, so province and city have no accuracy of their own
here (country accuracy is ./incident-alerts evaluate's): this prints, per set, the detected
incidents and how many get a province (admin1) and a city; --out writes one row per incident (set, id, labelled country,
country, admin1, city, precision) and --diff OLD lists the rows whose place differs from an earlier
--out file, for judging each change by hand (docs/evaluation.md, "Places").

Runs the built jar through ./incident-alerts classify (build first: mvn -o -q -B -DskipTests package).
Usage (from the repository root):
    python3 scripts/eval/places.py [--out FILE.tsv] [--diff OLD.tsv] [SET.jsonl ...]
Without sets: every src/test/resources/eval/*.jsonl.
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys

COLUMNS = ["set", "id", "label", "country", "admin1", "city", "precision"]


def articles(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def classify(rows):
    lines = "".join(json.dumps({"id": str(r["id"]), "title": r.get("title"), "body": r.get("text")}) + "\n"
                    for r in rows)
    out = subprocess.run(["./incident-alerts", "classify"], input=lines, capture_output=True, text=True,
                         check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def place_rows(path):
    name = os.path.basename(path).removesuffix(".jsonl")
    rows = articles(path)
    labels = {str(r["id"]): r.get("country") for r in rows}
    result = []
    for c in classify(rows):
        if not c.get("incident", True) or "deadLetter" in c:
            continue
        loc = c.get("location") or {}
        result.append({"set": name, "id": c["articleId"], "label": labels.get(c["articleId"]) or "",
                       "country": loc.get("country") or "", "admin1": loc.get("admin1") or "",
                       "city": loc.get("city") or "", "precision": loc.get("precision") or ""})
    return result


def summary(rows):
    by_set = {}
    for r in rows:
        by_set.setdefault(r["set"], []).append(r)
    print(f"{'set':28} {'incidents':>9} {'with province':>14} {'with city':>10}")
    for name, rs in by_set.items():
        print(f"{name:28} {len(rs):9d} {sum(1 for r in rs if r['admin1']):14d} {sum(1 for r in rs if r['city']):10d}")


def diff(rows, old_file):
    with open(old_file, encoding="utf-8") as f:
        old = {(r["set"], r["id"]): r for r in csv.DictReader(f, delimiter="\t")}
    changed = 0
    for r in rows:
        o = old.get((r["set"], r["id"]))
        if o is None:
            print(f"NEW      {r['set']} {r['id']}: {r['country']} / {r['admin1']} / {r['city']}")
            changed += 1
        elif any(o[k] != r[k] for k in ("country", "admin1", "city")):
            print(f"CHANGED  {r['set']} {r['id']} (label {r['label'] or '-'}): "
                  f"{o['country']} / {o['admin1']} / {o['city']}  ->  {r['country']} / {r['admin1']} / {r['city']}")
            changed += 1
    now = {(r["set"], r["id"]) for r in rows}
    for key in old:
        if key not in now:
            print(f"GONE     {key[0]} {key[1]}")
            changed += 1
    print(f"{changed} incidents placed differently")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("sets", nargs="*")
    p.add_argument("--out")
    p.add_argument("--diff")
    a = p.parse_args()
    rows = []
    for path in a.sets or sorted(glob.glob("src/test/resources/eval/*.jsonl")):
        rows.extend(place_rows(path))
    summary(rows)
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    if a.diff:
        diff(rows, a.diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
