"""Train the shipped CRF NER models (``make train``), reproducibly, on permissively licensed data only.

* ``ner-ur.crfsuite``: IL-NER Urdu train split (CC BY 4.0); its dev split is for evaluation. Only the
  annotated part is used: about two thirds of the file (from sentence ≈3,050 on) carries no tag at all,
  not even the number and date tags that annotated news text has in nearly every sentence, so it is
  unannotated text, and training on it taught the model that names are ``O``. ``--dev`` holds out
  every 10th annotated sentence for tuning.
* ``ner-ar.crfsuite``: NewsFANE Gold (CC BY-SA 3.0), 45 fine classes mapped to PER/LOC/ORG/MISC, except
  ``Group`` (العرب, المسلمين, الاكراد: peoples and faiths), which no target scheme tags as a name;
  ``--dev`` holds out the last 10% of sentences for tuning (the shipped model is trained on all).
* ``ner-fa.crfsuite``: both of the above together, in the cross-script key space, for Persian (and
  other Arabic-script languages), which have no permissively licensed NER data.

Features include word frequency (wordfreq, in the sentence's language), KB gazetteer membership
(the shipped KB at training time) and the shipped cross-lingual word vectors (``models/wordvec.py``;
built first by ``make train`` when missing). Deterministic for a given KB: crfsuite's L-BFGS has no randomness
and the data order is fixed.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.config import shared_dir
from khabar.eval import ner as ner_eval
from khabar.eval.ner import read_corpus, score
from khabar.kb.matcher import TOKEN_RE
from khabar.kb.store import load_kb
from khabar.models.crf import Gazetteer, _Feats, sentence_features, weights_dir
from khabar.models.wordvec import WordVectors, default_path

PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 80, "feature.possible_transitions": True, "feature.minfreq": 2}


def words_only(sents):
    """Keep word tokens only, as the run-time tokenizer does (punctuation, digits never names)."""
    out = []
    for toks, tags in sents:
        keep = [(t.strip("\u200e\u200f"), g) for t, g in zip(toks, tags) if TOKEN_RE.fullmatch(t.strip("\u200e\u200f"))]
        if keep:
            ws, gs = zip(*keep)
            gs = list(gs)
            for i in range(len(gs)):
                if gs[i].startswith("I-") and (i == 0 or gs[i - 1][2:] != gs[i][2:]):
                    gs[i] = "B-" + gs[i][2:]
            out.append((list(ws), gs))
    return out


def annotated(path: Path, window: int = 50, need: int = 10) -> list:
    """Sentences of an IL-NER file that lie in annotated stretches: at least ``need`` tagged tokens
    (any tag, numbers and dates included) among the ``window`` sentences either side. Annotated news
    text has 2-3 tagged tokens per sentence, the unannotated tail none in thousands of sentences."""
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    sents = read_corpus(path)
    counts = [sum(1 for ln in b.split("\n") if len(ln.split()) > 1 and ln.split()[-1] != "O") for b in blocks]
    if len(counts) != len(sents):
        raise ValueError(f"{path}: {len(counts)} blocks vs {len(sents)} sentences")
    return [s for i, s in enumerate(sents) if sum(counts[max(0, i - window): i + window + 1]) >= need]


def newsfane(path: Path) -> list:
    """NewsFANE with ``Group`` (peoples, faiths) read as no entity."""
    saved = ner_eval.FINE_TO_COARSE.get("group")
    ner_eval.FINE_TO_COARSE["group"] = None
    try:
        return read_corpus(path)
    finally:
        ner_eval.FINE_TO_COARSE["group"] = saved


def corpora(shared: Path, dev: bool = False) -> dict[str, tuple[list, list]]:
    """(train, dev) sentence lists per model; a sentence is (tokens, tags, language of the text)."""
    ur = [(t, g, "ur") for t, g in words_only(annotated(shared / "data/il-ner-ur/Urdu-train.txt"))]
    if dev:  # tuning: every 10th annotated sentence held out (the IL-NER dev file is for evaluation)
        ur_train, ur_dev = [x for i, x in enumerate(ur) if i % 10 != 9], [x for i, x in enumerate(ur) if i % 10 == 9]
    else:
        ur_train, ur_dev = ur, []
    fane = [(t, g, "ar") for t, g in words_only(newsfane(shared / "data/newsfane-gold-ar/NewsFANE_Gold_2014_170K.txt"))]
    cut = int(len(fane) * 0.9) if dev else len(fane)  # tuning: the last 10% held out
    return {"ur": (ur_train, ur_dev), "ar": (fane[:cut], fane[cut:]), "fa": (ur_train + fane[:cut], [])}


def reference_sentences(shared: Path, code: str, every: int = 2) -> list[list[str]]:
    """Plain words of NTREX's translation into ``code`` (CC BY-SA 4.0; every ``every``-th line): text of a language
    with no NER training data, used only for the contextual tagger's centring of that language."""
    path = shared / f"data/ntrex128-news-ar-fa-ur-en/newstest2019-ref.{code}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()[::every]
    return [ws for ws in ([m.group() for m in TOKEN_RE.finditer(line)] for line in lines) if ws]


def train(lang: str, data: list, gaz: Gazetteer, out: Path, iterations: int, vectors: WordVectors | None) -> None:
    import pycrfsuite

    caches: dict[str, _Feats] = {}
    tr = pycrfsuite.Trainer(verbose=False)
    for toks, tags, text_lang in data:
        fc = caches.get(text_lang)
        if fc is None:  # one cache per text language (setdefault would build a new one per sentence)
            fc = caches[text_lang] = _Feats(gaz, text_lang, vectors=vectors)
        tr.append(sentence_features(toks, gaz, fc), tags)
    tr.set_params({**PARAMS, "max_iterations": iterations})
    tr.train(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--langs", default="ur,ar,fa")
    ap.add_argument("--out", default=str(weights_dir()))
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--dev", action="store_true",
                    help="tuning run: hold out every 10th annotated IL-NER sentence and the last 10%% of NewsFANE")
    ap.add_argument("--vectors", default=str(default_path()), help="word-vector table ('none': train without)")
    ap.add_argument("--contextual", action="store_true",
                    help="train the contextual tagger (e5 token states + CRF, models/ctxner.py) instead of the CRF")
    args = ap.parse_args()
    vectors = None
    if args.vectors != "none":
        vectors = WordVectors.load(Path(args.vectors))
        if vectors is None:
            raise SystemExit(f"{args.vectors} is missing: build it with python -m khabar.models.wordvec"
                             " (or pass --vectors none)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gaz = Gazetteer(load_kb(user=False))
    data = corpora(shared_dir(), dev=args.dev)
    if args.contextual:
        from khabar.models.ctxner import train_contextual

        chosen = {lang: data[lang] for lang in args.langs.split(",")}
        train_contextual(chosen, {"fa": reference_sentences(shared_dir(), "fas")}, gaz, vectors, out, PARAMS,
                         dev=args.dev, log=lambda *a: print(*a, flush=True))
        return
    report = {}
    for lang in args.langs.split(","):
        tr, dev = data[lang]
        t0 = time.time()
        path = out / f"ner-{lang}.crfsuite"
        train(lang, tr, gaz, path, args.iterations, vectors)
        entry = {"train_sentences": len(tr), "seconds": round(time.time() - t0, 1), "bytes": path.stat().st_size}
        if dev:
            import pycrfsuite

            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            fc = _Feats(gaz, lang, vectors=vectors)
            pred = [tg.tag(sentence_features(t, gaz, fc)) for t, _, _ in dev]
            entry["dev"] = score([g for _, g, _ in dev], pred)["micro"]
        report[lang] = entry
        print(lang, json.dumps(entry), flush=True)


if __name__ == "__main__":
    main()
