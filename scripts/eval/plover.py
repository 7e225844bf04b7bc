#!/usr/bin/env python3
"""Convert the PLOVER gold-standard records into the project's labelled JSON Lines.

Source: gold_standard_records/PLOVER_GSR_CAMEO.txt of github.com/openeventdata/PLOVER (Open Event
Data Alliance, CC BY-SA 4.0): 322 English sentences from the CAMEO 1.1b3 manual, each coded with one
PLOVER event type (and for many a mode, context, event location and toll). Read from a git
directory or a file you give; nothing is downloaded.

    scripts/eval/plover.py --git /path/to/PLOVER.git [--rev HEAD] [--out-dir src/test/resources/eval]
    scripts/eval/plover.py --gsr PLOVER_GSR_CAMEO.txt --commit SHA [--out-dir ...]

Writes two files (see src/test/resources/eval/plover-README.md for the mapping and licence):

  plover-gsr.jsonl           rows where PLOVER's event type and this project's taxonomy agree:
                             ASSAULT and FIGHT are incidents, every other type is not
  plover-gsr-disputed.jsonl  rows where they disagree, labelled by this project's taxonomy
                             (DISPUTED below: each row with the reason)

One row per distinct sentence: the file codes some sentences twice (one record per event), and a
sentence is an incident when any of its records is. Incident rows carry expectedCategory (our
category names; "Assault" = ARMED_ASSAULT or UNARMED_ASSAULT, as in the dev list), country (only
from the record's eventLoc) and killed / injured (only from the record's dead / injured fields).
Non-incident rows carry "incident": false. Every row keeps ploverIds, ploverEvents, ploverModes.

Python 3 standard library only.
"""

import argparse
import gzip
import json
import os
import re
import subprocess
import sys

GSR_PATH = "gold_standard_records/PLOVER_GSR_CAMEO.txt"
INCIDENT_EVENTS = {"ASSAULT", "FIGHT"}

# GTD precedence (io.incidentalerts.classifier.Category): the lower wins when a sentence has
# records of several categories ("kidnapped ... and exploded a series of bombs" -> KIDNAPPING).
PRECEDENCE = ["ASSASSINATION", "HIJACKING", "KIDNAPPING", "HOSTAGE_TAKING", "BOMBING", "ARMED_ASSAULT",
              "Assault", "UNARMED_ASSAULT", "FACILITY_ATTACK", "SHELLING_AIRSTRIKE", "ARMED_CLASH", "RIOT",
              "OTHER_VIOLENCE"]

# ASSAULT modes (PLOVER codebook, GSR01 spelling) -> category. torture and sexual abuse name no
# weapon: "Assault" accepts armed or unarmed. A missing or unknown mode is "Assault" too.
ASSAULT_MODES = {
    "explosives": "BOMBING",
    "suicide-attack": "BOMBING",  # every GSR suicide attack is a bombing; GTD counts them so
    "assassinate": "ASSASSINATION",
    "primitive": "ARMED_ASSAULT",  # machetes, knives: melee attacks are ARMED_ASSAULT (GTD)
    "beat": "UNARMED_ASSAULT",
    "torture": "Assault",
    "sexual": "Assault",
}

# FIGHT: the mode says which weapons, the annotated event phrase (eventText) whether the violence
# was remote fire or a fight on the ground.
REMOTE_FIRE = re.compile(r"\b(shell\w*|artillery|mortars?|rockets?|aircraft|helicopters?|missiles?|air|"
                         r"tanks?|predator|drones?|fired)\b", re.I)
TWO_SIDED = re.compile(r"\b(gun ?battles?|clash\w*|fight\w*|battles?|exchange\w*)\b", re.I)


def fight_category(mode, event_text):
    if mode == "explosives":
        return "BOMBING"
    if mode == "assassinate":
        return "ASSASSINATION"
    if mode == "heavy-weapons" and REMOTE_FIRE.search(event_text or ""):
        return "SHELLING_AIRSTRIKE"
    if mode == "firearms" and not TWO_SIDED.search(event_text or ""):
        return "ARMED_ASSAULT"  # one side fired ("police opened fire on demonstrators")
    return "ARMED_CLASH"  # fighting, retaking a village, an invasion, a gun battle


def plover_category(rec):
    """The category a PLOVER incident record gives, or None when PLOVER calls it no incident."""
    event, mode = rec.get("event"), rec.get("mode")
    if event == "ASSAULT":
        return ASSAULT_MODES.get(mode, "Assault")
    if event == "FIGHT":
        return fight_category(mode, rec.get("eventText"))
    if event == "COERCE" and mode == "detain" and any(
            isinstance(s, dict) and s.get("sector") == "REB" for s in as_list(rec.get("source"))):
        # a second record of an ASSAULT sentence: rebels "kidnapped up to 16 advisers"; only used
        # for the category of a sentence that is an incident already
        return "KIDNAPPING"
    return None


# Rows where this project's taxonomy (src/main/resources/classifier/README.md, issue 12) reads the
# sentence otherwise than PLOVER's event type. Keyed by PLOVER id (a "#2" suffix = the file's second
# record with that id); value: our label (a category, or None = no incident) and the reason.
# Judged by hand from the sentence; PLOVER codes one event per record, this project asks whether
# the sentence reports a violent incident at all.
DISPUTED = {
    # PLOVER ASSAULT / FIGHT, no single incident reported
    "PLOVER-GSR01-ASSAULT-0003": (None, "a habit ('routinely beat up'), told to a court martial: no single event"),
    "PLOVER-GSR01-ASSAULT-0004": (None, "a rights group's charge of a pattern of abuse: no single event"),
    "PLOVER-GSR01-ASSAULT-0005": (None, "a rights group's report of a pattern of torture: no single event"),
    "PLOVER-GSR01-ASSAULT-0014": (None, "a thwarted attempt: foiled attacks are no incident (classifier README)"),
    "PLOVER-GSR01-FIGHT-0001": (None, "an alleged campaign ('engaged in ethnic cleansing'): no single event"),
    "PLOVER-GSR01-FIGHT-0014": (None, "a tally of strikes over months ('since last July'): a retrospective"),
    "PLOVER-GSR01-FIGHT-0015": (None, "a finding that both sides violated a ceasefire: no single event"),
    "PLOVER-GSR01-COERCE-0002": (None, "coded FIGHT (mode deport): a forced eviction during a search, no violence"),
    # PLOVER PROTEST (mode riot-spon, spontaneous riot): violent riots are RIOT here
    "PLOVER-GSR01-PROTEST-0023": ("RIOT", "prisoners rioted, setting fire and smashing furniture"),
    "PLOVER-GSR01-PROTEST-0024": ("RIOT", "demonstrators rioted"),
    "PLOVER-GSR01-PROTEST-0025": ("RIOT", "riots still continuing"),
    "PLOVER-GSR01-PROTEST-0026": ("RIOT", "youths throwing stones during demonstrations"),
    "PLOVER-GSR01-PROTEST-0027": ("RIOT", "prisoners rioted at a jail"),
    # PLOVER COERCE (mode destroy) by a non-state actor: sabotage and arson are attacks here
    "PLOVER-GSR01-COERCE-0004": ("BOMBING", "guerrillas blew up power lines (sabotage by explosives, GTD Bombing)"),
    "PLOVER-GSR01-COERCE-0005": ("FACILITY_ATTACK", "settlers set fire to offices (arson)"),
    # the coded event is a reaction; the sentence also reports a recent violent incident
    "PLOVER-GSR01-AGREE-0032": ("ARMED_CLASH", "sporadic clashes were still continuing"),
    "PLOVER-GSR01-THREATEN-0014": ("ARMED_CLASH", "street battles raged between insurgents and security forces"),
    "PLOVER-GSR01-THREATEN-0026": ("SHELLING_AIRSTRIKE", "an air raid in which 100 people were killed"),
    "PLOVER-GSR01-SANCTION-0001": ("SHELLING_AIRSTRIKE", "an army jet shot down a helicopter one day before"),
    "PLOVER-GSR01-SANCTION-0005": ("ARMED_ASSAULT", "aid vehicles hit by gunfire, a staff member missing"),
    "PLOVER-GSR01-SANCTION-0011": ("SHELLING_AIRSTRIKE", "shells crashing into the port, death toll over 200"),
    "PLOVER-GSR01-DISAPPROVE-0014": ("SHELLING_AIRSTRIKE", "two air raids last Friday, 20 killed or wounded"),
    "PLOVER-GSR01-COERCE-0004#2": ("ARMED_ASSAULT", "the shooting deaths of two people a day earlier"),
}

# eventLoc names that are cities or regions -> country. Disputed places follow the gazetteer
# (West Bank and Gaza -> Palestine, as classifier/country-aliases.tsv).
PLACES = {
    "kabul": "Afghanistan", "province of herat": "Afghanistan", "beirut": "Lebanon", "samarra": "Iraq",
    "basra": "Iraq", "kirkuk": "Iraq", "jericho": "Palestine", "town of rafah": "Palestine",
    "west bank": "Palestine", "gorazde": "Bosnia and Herzegovina", "sarajevo": "Bosnia and Herzegovina",
    "bosnia": "Bosnia and Herzegovina", "tbilisi": "Georgia", "genoa": "Italy", "lagos": "Nigeria",
    "khatmandu": "Nepal", "algers": "Algeria", "soroti": "Uganda", "jaffna peninsula": "Sri Lanka",
}


def as_list(v):
    return v if isinstance(v, list) else []


def load_countries(repo_root):
    """ISO 3166 alpha-2 code and every name -> canonical name, from the project's gazetteer."""
    by_code, by_name = {}, {}
    path = os.path.join(repo_root, "src/main/resources/gazetteer/countries.tsv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 8 or line.startswith("#"):
                continue
            by_code[cols[0].upper()] = cols[1]
            for n in [cols[1]] + cols[7].split("|"):
                by_name[n.lower()] = cols[1]
    return by_code, by_name


def country_of(rec, by_code, by_name):
    loc = rec.get("eventLoc")
    if not isinstance(loc, dict):
        return None
    code = (loc.get("country code") or "").upper()
    if code in by_code:
        return by_code[code]
    name = (loc.get("name") or "").strip().lower()
    return by_name.get(name) or PLACES.get(name)


def read_gsr(args):
    if args.git:
        commit = subprocess.check_output(["git", "--git-dir", args.git, "rev-parse", args.rev], text=True).strip()
        raw = subprocess.check_output(["git", "--git-dir", args.git, "show", f"{commit}:{GSR_PATH}"])
        return json.loads(raw.decode("utf-8")), commit
    with open(args.gsr, encoding="utf-8") as f:
        return json.load(f), args.commit


def convert(records, by_code, by_name):
    """-> (agreed rows, disputed rows), one row per distinct sentence, in file order."""
    seen_ids, groups, order = {}, {}, []
    for rec in records:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        rid = rec["id"]
        seen_ids[rid] = seen_ids.get(rid, 0) + 1
        if seen_ids[rid] > 1:
            rid = f"{rid}#{seen_ids[rid]}"
        text = " ".join(rec["text"].split())
        if text not in groups:
            groups[text] = []
            order.append(text)
        groups[text].append((rid, rec))
    used = set()
    agreed, disputed = [], []
    for text in order:
        recs = groups[text]
        ids = [rid for rid, _ in recs]
        lead = next((rid for rid, r in recs if r.get("event") in INCIDENT_EVENTS), ids[0])
        row = {"id": "plover-" + lead.removeprefix("PLOVER-GSR01-").lower().replace("#", "-"), "title": None,
               "text": text}
        plover_cats = [c for c in (plover_category(r) for _, r in recs) if c]
        plover_incident = any(r.get("event") in INCIDENT_EVENTS for _, r in recs)
        judged = [DISPUTED[rid] for rid in ids if rid in DISPUTED]
        used.update(rid for rid in ids if rid in DISPUTED)
        if judged:
            label, reason = judged[0]
            row["disputed"] = reason
        else:
            label = min(plover_cats, key=PRECEDENCE.index) if plover_incident else None
        if label:
            row["expectedCategory"] = label
            country = next((c for c in (country_of(r, by_code, by_name) for _, r in recs) if c), None)
            if country:
                row["country"] = country
            for field, out in (("dead", "killed"), ("injured", "injured")):
                v = next((str(r[field]).strip() for _, r in recs if str(r.get(field, "")).strip().isdigit()), None)
                if v is not None:
                    row[out] = int(v)  # the file writes counts as strings: "dead": "156"
        else:
            row["incident"] = False
        row["ploverIds"] = ids
        row["ploverEvents"] = [r.get("event") for _, r in recs]
        row["ploverModes"] = [r.get("mode") or "" for _, r in recs]
        (disputed if judged else agreed).append(row)
    missing = set(DISPUTED) - used
    if missing:
        sys.exit(f"DISPUTED names records not in the file: {sorted(missing)}")
    return agreed, disputed


def write(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--git", help="git directory of openeventdata/PLOVER")
    src.add_argument("--gsr", help="a copy of " + GSR_PATH)
    p.add_argument("--rev", default="HEAD", help="revision to read with --git (default HEAD)")
    p.add_argument("--commit", default="unknown", help="the PLOVER commit a --gsr copy comes from")
    p.add_argument("--out-dir", default=os.path.join(root, "src/test/resources/eval"))
    args = p.parse_args()
    records, commit = read_gsr(args)
    by_code, by_name = load_countries(root)
    agreed, disputed = convert(records, by_code, by_name)
    write(agreed, os.path.join(args.out_dir, "plover-gsr.jsonl"))
    write(disputed, os.path.join(args.out_dir, "plover-gsr-disputed.jsonl"))
    for name, rows in (("plover-gsr.jsonl", agreed), ("plover-gsr-disputed.jsonl", disputed)):
        pos = sum(1 for r in rows if "expectedCategory" in r)
        print(f"{name}: {len(rows)} rows, {pos} incidents, {len(rows) - pos} non-incidents "
              f"(PLOVER commit {commit})", file=sys.stderr)


if __name__ == "__main__":
    main()
