#!/usr/bin/env python3
"""Trains the classifier's second opinion: a logistic regression over hashed word unigrams and
bigrams that scores whether a full-length wire story reports an incident.

  train-relevance.py MUC_DEV_JSONL OUT.tsv.gz          train on every row, write the weights
  train-relevance.py --cv MUC_DEV_JSONL SCORES.json    five-fold cross-validated scores per row
  train-relevance.py --fold K MUC_DEV_JSONL OUT.tsv.gz HELD.jsonl
      weights trained without fold K (0-4), and fold K's stories as input articles, so that the
      whole classifier can be scored on stories its model never saw (scripts/model/cv-muc.sh)

MUC_DEV_JSONL: the MUC-3/4 development split as written by `muc-dev.py extract` (rows with
`body` and `relevant`). The texts stay outside the repository; only the weights are committed.
Features must match io.incidentalerts.classifier.model.RelevanceModel: the text lower-cased, runs
of a-z as words (the first MAX_WORDS), "u:" + word and "b:" + word + " " + next word, CRC32 of
their UTF-8 bytes modulo DIMENSIONS, each present feature 1 / sqrt(number of distinct features).
"""
import gzip, json, math, random, re, sys, zlib

DIMENSIONS = 1 << 18
MAX_WORDS = 2000
EPOCHS, RATE, L2, KEEP = 10, 0.5, 1e-5, 1e-4


def features(text):
    words = re.findall(r"[a-z]+", text.lower())[:MAX_WORDS]
    seen = set()
    for i, w in enumerate(words):
        seen.add(zlib.crc32(("u:" + w).encode()) % DIMENSIONS)
        if i + 1 < len(words):
            seen.add(zlib.crc32(("b:" + w + " " + words[i + 1]).encode()) % DIMENSIONS)
    value = 1 / math.sqrt(len(seen)) if seen else 0.0
    return {k: value for k in seen}


def train(xs, ys, order):
    weights, bias = {}, 0.0
    for epoch in range(EPOCHS):
        order = order[:]
        random.Random(epoch).shuffle(order)
        for i in order:
            z = bias + sum(weights.get(k, 0.0) * v for k, v in xs[i].items())
            gradient = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - ys[i]
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


def write(path, weights, bias, trained, relevant):
    kept = sorted((k, w) for k, w in weights.items() if abs(w) >= KEEP)
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("# relevance model: hashed word uni/bigram logistic regression, see scripts/model/train-relevance.py\n")
        out.write(f"# trained on {trained} stories ({relevant} relevant) of the MUC-3/4 development split\n")
        out.write(f"dimensions\t{DIMENSIONS}\nmaxWords\t{MAX_WORDS}\nbias\t{bias:.6f}\n")
        for k, w in kept:
            out.write(f"{k}\t{w:.5f}\n")


def main(argv):
    mode = argv[0] if argv and argv[0].startswith("--") else None
    fold = int(argv[1]) if mode == "--fold" else None
    args = argv[2:] if mode == "--fold" else argv[1:] if mode else argv
    if len(args) != (3 if mode == "--fold" else 2):
        sys.exit(__doc__)
    rows = [json.loads(line) for line in open(args[0], encoding="utf-8")]
    xs = [features(r["body"]) for r in rows]
    ys = [1.0 if r["relevant"] else 0.0 for r in rows]
    if mode == "--cv":
        scores = {}
        for held in folds(len(rows)):
            weights, bias = train(xs, ys, [i for i in range(len(rows)) if i not in held])
            scores.update({rows[i]["id"]: score(weights, bias, xs[i]) for i in held})
        json.dump(scores, open(args[1], "w"))
    elif mode == "--fold":
        held = folds(len(rows))[fold]
        rest = [i for i in range(len(rows)) if i not in held]
        weights, bias = train(xs, ys, rest)
        write(args[1], weights, bias, len(rest), int(sum(ys[i] for i in rest)))
        with open(args[2], "w", encoding="utf-8") as out:
            for i in sorted(held):
                out.write(json.dumps({"id": rows[i]["id"], "body": rows[i]["body"]}) + "\n")
    else:
        weights, bias = train(xs, ys, list(range(len(rows))))
        write(args[1], weights, bias, len(rows), int(sum(ys)))


if __name__ == "__main__":
    main(sys.argv[1:])
