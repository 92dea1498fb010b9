"""Train the shipped CRF NER models (``make train``), reproducibly, on permissively licensed data only.

* ``ner-ur.crfsuite``: IL-NER Urdu train split (CC BY 4.0); its dev split is for evaluation.
* ``ner-ar.crfsuite``: NewsFANE Gold (CC BY-SA 3.0), 45 fine classes mapped to PER/LOC/ORG/MISC;
  the last 10% of sentences are held out as a dev split and not trained on.
* ``ner-fa.crfsuite``: both of the above together, in the cross-script key space, for Persian (and
  other Arabic-script languages), which have no permissively licensed NER data.

Features include KB gazetteer membership (the shipped KB at training time). Deterministic: crfsuite's
L-BFGS has no randomness and the data order is fixed.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.config import shared_dir
from khabar.eval.ner import read_corpus, score
from khabar.kb.matcher import TOKEN_RE
from khabar.kb.store import load_kb
from khabar.models.crf import Gazetteer, sentence_features, weights_dir

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


def corpora(shared: Path) -> dict[str, tuple[list, list]]:
    ur_train = words_only(read_corpus(shared / "data/il-ner-ur/Urdu-train.txt"))
    ur_dev = words_only(read_corpus(shared / "data/il-ner-ur/Urdu-dev.txt"))
    fane = words_only(read_corpus(shared / "data/newsfane-gold-ar/NewsFANE_Gold_2014_170K.txt"))
    cut = int(len(fane) * 0.9)
    return {"ur": (ur_train, ur_dev), "ar": (fane[:cut], fane[cut:]), "fa": (ur_train + fane[:cut], [])}


def train(lang: str, data: list, gaz: Gazetteer, out: Path, iterations: int) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for toks, tags in data:
        tr.append(sentence_features(toks, gaz), tags)
    tr.set_params({**PARAMS, "max_iterations": iterations})
    tr.train(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--langs", default="ur,ar,fa")
    ap.add_argument("--out", default=str(weights_dir()))
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gaz = Gazetteer(load_kb(user=False))
    data = corpora(shared_dir())
    report = {}
    for lang in args.langs.split(","):
        tr, dev = data[lang]
        t0 = time.time()
        path = out / f"ner-{lang}.crfsuite"
        train(lang, tr, gaz, path, args.iterations)
        entry = {"train_sentences": len(tr), "seconds": round(time.time() - t0, 1), "bytes": path.stat().st_size}
        if dev:
            import pycrfsuite

            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            pred = [tg.tag(sentence_features(t, gaz)) for t, _ in dev]
            entry["dev"] = score([g for _, g in dev], pred)["micro"]
        report[lang] = entry
        print(lang, json.dumps(entry), flush=True)


if __name__ == "__main__":
    main()
