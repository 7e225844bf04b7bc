#!/usr/bin/env python3
"""Trains the classifier's second opinion: two logistic regressions over hashed word unigrams and
bigrams. The document model scores whether a full-length wire story reports an incident; the
sentence model scores whether one sentence of it tells the incident itself.

  train-relevance.py GTT_GIT_DIR MUC_DEV_JSONL OUT.tsv.gz          train on every row, write the weights
  train-relevance.py --fold K GTT_GIT_DIR MUC_DEV_JSONL OUT.tsv.gz HELD.jsonl
      weights trained without fold K (0-4), and fold K's stories as input articles, so that the
      whole classifier can be scored on stories its model never saw (scripts/model/cv-muc.sh)

MUC_DEV_JSONL: the MUC-3/4 development split as written by `muc-dev.py extract` (rows with
`body` and `relevant`). GTT_GIT_DIR: a git directory of the public repository xinyadu/gtt, from
which only the development split's answer keys are read. The texts stay outside the repository;
only the weights are committed.

Sentence labels come from the answer keys (distant supervision): in a relevant story, a sentence
that holds a string the key fills its target, victim or instrument slots with is a positive; a
sentence of an irrelevant story is a negative; the other sentences of a relevant story count as
negatives at UNLABELLED_WEIGHT, since most of them do not tell the event. Sentences are cut like
the classifier's splitter, near enough: at a line under WRAPPED_LINE_CHARS chars or a blank line,
and after '.', '!' or '?' followed by a space.

Features must match io.incidentalerts.classifier.model.RelevanceModel: the text lower-cased, runs
of a-z as words (the first MAX_WORDS), "u:" + word and "b:" + word + " " + next word, CRC32 of
their UTF-8 bytes modulo DIMENSIONS, each present feature 1 / sqrt(number of distinct features).
"""
import collections, gzip, io, json, math, random, re, subprocess, sys, zlib

DIMENSIONS = 1 << 18
MAX_WORDS = 2000
EPOCHS, RATE, L2, KEEP = 10, 0.5, 1e-5, 1e-4
UNLABELLED_WEIGHT = 0.3
WRAPPED_LINE_CHARS = 50
KEYS = "data/muc/raw_files/muc34/TASK/CORPORA/dev/key-dev-{:04d}.muc4"
EVENT_SLOTS = ("INCIDENT: INSTRUMENT ID", "PHYS TGT: ID", "HUM TGT: NAME", "HUM TGT: DESCRIPTION")


def features(text):
    words = re.findall(r"[a-z]+", text.lower())[:MAX_WORDS]
    seen = set()
    for i, w in enumerate(words):
        seen.add(zlib.crc32(("u:" + w).encode()) % DIMENSIONS)
        if i + 1 < len(words):
            seen.add(zlib.crc32(("b:" + w + " " + words[i + 1]).encode()) % DIMENSIONS)
    value = 1 / math.sqrt(len(seen)) if seen else 0.0
    return {k: value for k in seen}


def event_strings(git):
    """{message id: the upper-cased strings its key's templates fill the EVENT_SLOTS with}."""
    out = collections.defaultdict(set)
    for first in range(1, 1300, 100):
        key = subprocess.run(["git", "--git-dir", git, "show", "HEAD:" + KEYS.format(first)],
                             capture_output=True, text=True, check=True).stdout
        message, slot = None, None
        for line in key.split("\n"):
            head = re.match(r"\s*\d+\.\s+([A-Z ]+?: [A-Z ]+?)(\s{2,}|$)", line)
            if head:
                slot = head.group(1)
                if slot == "MESSAGE: ID":
                    message = line[head.end():].split()[0]
            if message and slot in EVENT_SLOTS:
                out[message].update(q.upper() for q in re.findall(r'"([^"]{3,})"', line))
    return out


def sentences(body):
    lines, current = [], ""
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            lines.append(current); current = ""
            continue
        current = (current + " " + line).strip()
        if len(line) < WRAPPED_LINE_CHARS:
            lines.append(current); current = ""
    lines.append(current)
    return [s for l in lines for s in re.split(r"(?<=[.!?])[\"']?\s+", l) if s.strip()]


def sentence_rows(rows, strings):
    """(features, label, weight) of every sentence of the rows."""
    out = []
    for r in rows:
        for s in sentences(r["body"]):
            upper = s.upper()
            if not r["relevant"]:
                out.append((features(s), 0.0, 1.0))
            elif any(q in upper for q in strings[r["id"]]):
                out.append((features(s), 1.0, 1.0))
            else:
                out.append((features(s), 0.0, UNLABELLED_WEIGHT))
    return out


def train(xs, ys, order, ws=None):
    weights, bias = {}, 0.0
    for epoch in range(EPOCHS):
        order = order[:]
        random.Random(epoch).shuffle(order)
        for i in order:
            z = bias + sum(weights.get(k, 0.0) * v for k, v in xs[i].items())
            gradient = (1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - ys[i]) * (ws[i] if ws else 1.0)
            for k, v in xs[i].items():
                w = weights.get(k, 0.0)
                weights[k] = w - RATE * (gradient * v + L2 * w)
            bias -= RATE * gradient
    return weights, bias


def score(weights, bias, x):
    return bias + sum(weights.get(k, 0.0) * v for k, v in x.items())


def folds(n):
    order = list(range(n))
    random.Random(1).shuffle(order)
    return [set(order[k::5]) for k in range(5)]


def write(path, models, trained, relevant):
    """One gzip file, a section per model: "model" TAB name, its dimensions, maxWords and bias, then "index TAB weight" rows."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8") as out:
        out.write("# second opinion: hashed word uni/bigram logistic regressions, see scripts/model/train-relevance.py\n")
        out.write(f"# trained on {trained} stories ({relevant} relevant) of the MUC-3/4 development split\n")
        for name, (weights, bias) in models.items():
            out.write(f"model\t{name}\ndimensions\t{DIMENSIONS}\nmaxWords\t{MAX_WORDS}\nbias\t{bias:.6f}\n")
            for k, w in sorted((k, w) for k, w in weights.items() if abs(w) >= KEEP):
                out.write(f"{k}\t{w:.5f}\n")


def fit(rows, strings):
    """{model name: (weights, bias)} trained on the rows."""
    documents = train([features(r["body"]) for r in rows], [1.0 if r["relevant"] else 0.0 for r in rows],
                      list(range(len(rows))))
    labelled = sentence_rows(rows, strings)
    sentence = train([x for x, _, _ in labelled], [y for _, y, _ in labelled], list(range(len(labelled))),
                     [w for _, _, w in labelled])
    return {"document": documents, "sentence": sentence}


def main(argv):
    fold = int(argv[1]) if argv and argv[0] == "--fold" else None
    args = argv[2:] if fold is not None else argv
    if len(args) != (4 if fold is not None else 3):
        sys.exit(__doc__)
    strings = event_strings(args[0])
    rows = [json.loads(line) for line in open(args[1], encoding="utf-8")]
    held = folds(len(rows))[fold] if fold is not None else set()
    rest = [r for i, r in enumerate(rows) if i not in held]
    write(args[2], fit(rest, strings), len(rest), sum(1 for r in rest if r["relevant"]))
    if fold is not None:
        with open(args[3], "w", encoding="utf-8") as out:
            for i in sorted(held):
                out.write(json.dumps({"id": rows[i]["id"], "body": rows[i]["body"]}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
