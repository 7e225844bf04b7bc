#!/usr/bin/env python3
"""Splits the MUC scorer's "recent-incident stories detected" by how the answer key dates them.

The scorer (shared/tools/muc-dev.py score) counts a relevant story as recent when the first date
of some template's INCIDENT: DATE lies 0-3 days before the dateline. A key writes a date it does
not know as an open range ending at the dateline, "- 27 JUN 89" (on or before that day): such a
story counts as recent too, although the event it tells may be weeks old (a murder recalled in a
speech). This prints recall apart for the two kinds:
  dated      some template dates the incident, or starts its range, 0-3 days before the dateline
  open range the only recent-looking dates are "- DATE" ranges

    python3 scripts/eval/muc-recent-dates.py MUC_DEV_PY MUC_DEV_JSONL CLASSIFY_OUTPUT.jsonl

MUC_DEV_PY: the scorer (shared/tools/muc-dev.py), whose date reading is used, so that "recent" is
the scorer's own; MUC_DEV_JSONL as `muc-dev.py extract` writes it; CLASSIFY_OUTPUT as
`./incident-alerts classify` writes it (for example scripts/model/cv-muc.sh's muc-cv-classified.jsonl).
"""
import importlib.util
import json
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("muc_dev", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def kind(scorer, row):
    """'dated', 'open range' or None (not recent by the scorer's definition)."""
    dateline = scorer.day(row["body"][:200])
    kinds = set()
    for incident in row["incidents"]:
        written = (incident.get("date") or "").strip()
        day = scorer.day(written)
        if not (dateline and day and 0 <= (dateline - day).days <= 3):
            continue
        kinds.add("dated" if written[:1].isdigit() else "open range")
    return "dated" if "dated" in kinds else ("open range" if kinds else None)


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    scorer = load_scorer(argv[0])
    argv = argv[1:]
    detected = set()
    with open(argv[1], encoding="utf-8") as out:
        for line in out:
            alert = json.loads(line)
            if "category" in alert:
                detected.add(alert.get("articleId"))
    totals = {"dated": [0, 0], "open range": [0, 0]}
    with open(argv[0], encoding="utf-8") as gold:
        for line in gold:
            row = json.loads(line)
            k = kind(scorer, row) if row["relevant"] else None
            if k:
                totals[k][0] += row["id"] in detected
                totals[k][1] += 1
    for k, (hit, n) in totals.items():
        print(f"recent stories, {k:<10} detected {hit / n if n else 0:.3f} ({hit}/{n})")


if __name__ == "__main__":
    main(sys.argv[1:])
