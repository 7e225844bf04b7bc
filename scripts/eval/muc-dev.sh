#!/usr/bin/env bash
# Scores the classifier on the MUC-3/4 development split (DEV-MUC3-0001..1300, 1988-90 wire and
# radio copy), a tuning set since 2026-12-01.
#
#   scripts/eval/muc-dev.sh GTT_GIT_DIR MUC_DEV_PY [WORK_DIR]
#
# GTT_GIT_DIR: a git directory of the public repository xinyadu/gtt; MUC_DEV_PY: the extractor
# and scorer (shared/tools/muc-dev.py), which reads only the development split from it. The texts
# belong to their broadcasters: they are written to WORK_DIR (default: a temp folder), never here.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
gtt=$1 scorer=$2 work=${3:-$(mktemp -d)}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
python3 "$scorer" extract --git "$gtt" > "$work/muc-dev.jsonl"
python3 - "$work/muc-dev.jsonl" "$work/muc-articles.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as rows, open(sys.argv[2], "w") as out:
    for line in rows:
        r = json.loads(line)
        out.write(json.dumps({"id": r["id"], "body": r["body"]}) + "\n")
PY
"$here/incident-alerts" classify "$work/muc-articles.jsonl" > "$work/muc-classified.jsonl"
python3 "$scorer" score "$work/muc-dev.jsonl" "$work/muc-classified.jsonl"
echo "(classified output: $work/muc-classified.jsonl)" >&2
