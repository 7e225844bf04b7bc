#!/usr/bin/env bash
# Scores the whole classifier on the MUC-3/4 development split the honest way for its learned
# second opinion: each fifth of the stories is classified with a model trained on the other four.
#
#   scripts/model/cv-muc.sh GTT_GIT_DIR MUC_DEV_PY [WORK_DIR]
#
# Arguments as for scripts/eval/muc-dev.sh. The bundled model is trained on the whole split, so
# muc-dev.sh's figures for it are in-sample; these are not.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
gtt=$1 scorer=$2 work=${3:-$(mktemp -d)}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
python3 "$scorer" extract --git "$gtt" > "$work/muc-dev.jsonl"
: > "$work/muc-cv-classified.jsonl"
for fold in 0 1 2 3 4; do
  python3 "$here/scripts/model/train-relevance.py" --fold "$fold" "$gtt" "$work/muc-dev.jsonl" \
    "$work/model-$fold.tsv.gz" "$work/fold-$fold.jsonl"
  "$here/incident-alerts" classify --relevance-model "$work/model-$fold.tsv.gz" "$work/fold-$fold.jsonl" \
    >> "$work/muc-cv-classified.jsonl"
done
echo "five-fold cross-validated (each story classified by a model that never saw it):"
python3 "$scorer" score "$work/muc-dev.jsonl" "$work/muc-cv-classified.jsonl"
python3 "$here/scripts/eval/muc-recent-dates.py" "$scorer" "$work/muc-dev.jsonl" "$work/muc-cv-classified.jsonl"
echo "rules alone (--relevance-model none):"
"$here/incident-alerts" classify --relevance-model none "$work/muc-dev.jsonl" > "$work/muc-rules-classified.jsonl"
python3 "$scorer" score "$work/muc-dev.jsonl" "$work/muc-rules-classified.jsonl"
