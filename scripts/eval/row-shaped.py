#!/usr/bin/env python3
"""List rule entries that match exactly one labelled row ("row-shaped" entries).

Every phrase of the classifier's phrase files (triggers.tsv, triggers-lexical.tsv, cues.tsv,
frames.tsv, toll-words.tsv) is expanded like rules/RuleFileReader.expand (brace groups, recursively)
and looked up, as whole tokens and case-insensitively (the classifier's Tokenizer: letter/digit runs
joined by inner - and ', every other non-space character a token of its own), in the text fields
(title, text, body) of the labelled sets: src/test/resources/eval/*.jsonl and
src/main/resources/eval/negatives.jsonl. An entry (one line, all its expansions) whose phrases occur
in exactly one labelled row is listed with its file, line, kind and the row's set and id.

With --git, each listed entry also gets the commit that added its line (git blame) and the commit
that added its row (git log -S on the row id): "after" when the rule came later than the row, i.e. it
may have been written after the row was visible.

Row texts are never printed: only ids. Usage (from the repository root):
    python3 scripts/eval/row-shaped.py [--git] [--tsv] [--max-rows N]
--max-rows N lists entries matching 1..N rows (default 1).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import unicodedata

RULE_DIR = "src/main/resources/classifier/lang/en"
RULE_FILES = ["triggers.tsv", "triggers-lexical.tsv", "cues.tsv", "frames.tsv", "toll-words.tsv"]
SETS = sorted(glob.glob("src/test/resources/eval/*.jsonl")) + ["src/main/resources/eval/negatives.jsonl"]
FIELDS = ("title", "text", "body")


def expand(phrase):
    """As RuleFileReader.expand: the first brace group, recursively."""
    o = phrase.find("{")
    c = phrase.find("}", o + 1) if o >= 0 else -1
    if o < 0 or c < 0:
        return [phrase]
    head, tail = phrase[:o], phrase[c + 1:]
    out = []
    for alt in phrase[o + 1:c].split(","):
        out.extend(expand(head + alt.strip() + tail))
    return out


def is_word_char(ch):
    return ch.isalnum()


def tokenize(text):
    """Lower-cased tokens as the classifier's Tokenizer sees them (line breaks dropped)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if is_word_char(ch):
            s = i
            digits = True
            while i < n:
                c = text[i]
                if is_word_char(c):
                    if not c.isdigit():
                        digits = False
                    i += 1
                elif i + 1 < n and is_word_char(text[i + 1]) and (
                        c in "-'\u2019"
                        or (c == "," and digits and text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3
                            and (i + 4 >= n or not is_word_char(text[i + 4])))
                        or (c == "." and digits and text[i + 1].isdigit())):
                    i += 1
                else:
                    break
            out.append(text[s:i].replace("\u2019", "'").lower())
        elif ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs"):
            i += 1
        else:
            out.append({"\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
                        "\u2013": "-", "\u2014": "-"}.get(ch, ch))
            i += 1
    return out


def read_rules():
    """(file, line number, phrase column, kind description) for every rule line."""
    for name in RULE_FILES:
        path = os.path.join(RULE_DIR, name)
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                line = line.split("#", 1)[0]
                if not line.strip():
                    continue
                cols = [c.strip() for c in line.strip().split("\t") if c.strip()]
                yield name, no, cols[0], " ".join(cols[1:])


def read_rows():
    rows = []
    for path in SETS:
        with open(path, encoding="utf-8") as f:
            for k, line in enumerate(f, 1):
                if not line.strip():
                    continue
                r = json.loads(line)
                text = "\n".join(str(r[x]) for x in FIELDS if r.get(x))
                rows.append((os.path.basename(path), str(r.get("id", k)), tokenize(text)))
    return rows


def build_index(rows):
    """token -> set of row indexes, and per row the token list (for phrase checks)."""
    index = {}
    for i, (_, _, toks) in enumerate(rows):
        for t in set(toks):
            index.setdefault(t, set()).add(i)
    return index


def contains(toks, seq):
    k = len(seq)
    first = seq[0]
    for i in range(len(toks) - k + 1):
        if toks[i] == first and toks[i:i + k] == seq:
            return True
    return False


def rows_of(phrase, rows, index):
    seq = tokenize(phrase)
    if not seq:
        return set()
    cand = None
    for t in seq:
        s = index.get(t, set())
        cand = s if cand is None else cand & s
        if not cand:
            return set()
    return {i for i in cand if contains(rows[i][2], seq)}


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True).stdout


def commit_time(sha):
    out = git("show", "-s", "--format=%ct", sha).strip()
    return int(out) if out else None


def rule_commit(path, no):
    out = git("blame", "-L", f"{no},{no}", "--porcelain", path)
    return out.split(" ", 1)[0] if out else None


_row_commit_cache = {}


def row_commit(set_name, row_id):
    key = (set_name, row_id)
    if key not in _row_commit_cache:
        paths = [p for p in SETS if os.path.basename(p) == set_name]
        out = git("log", "--format=%H", "--reverse", "-S", f'"id": "{row_id}"', "--", *paths).split()
        _row_commit_cache[key] = out[0] if out else None
    return _row_commit_cache[key]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--git", action="store_true", help="add the rule's and the row's adding commits")
    ap.add_argument("--tsv", action="store_true", help="tab-separated output")
    ap.add_argument("--max-rows", type=int, default=1)
    a = ap.parse_args()
    rows = read_rows()
    index = build_index(rows)
    listed = after = 0
    sep = "\t" if a.tsv else "  "
    for name, no, phrase, kind in read_rules():
        hit = set()
        for p in expand(phrase):
            hit |= rows_of(p, rows, index)
        if not 1 <= len(hit) <= a.max_rows:
            continue
        listed += 1
        ids = ",".join(f"{rows[i][0]}:{rows[i][1]}" for i in sorted(hit))
        cols = [f"{name}:{no}", phrase, kind, ids]
        if a.git:
            rc = rule_commit(os.path.join(RULE_DIR, name), no)
            late = "?"
            if len(hit) == 1:
                i = next(iter(hit))
                wc = row_commit(rows[i][0], rows[i][1])
                if rc and wc:
                    rt, wt = commit_time(rc), commit_time(wc)
                    late = "after" if rc != wc and rt is not None and wt is not None and rt >= wt else (
                        "same" if rc == wc else "before")
            if late in ("after", "same"):
                after += 1
            cols += [(rc or "?")[:8], late]
        print(sep.join(cols))
    print(f"# {listed} entries match 1..{a.max_rows} labelled rows of {len(rows)}"
          + (f"; {after} added in or after the commit that added their row" if a.git else ""),
          file=sys.stderr)


if __name__ == "__main__":
    main()
