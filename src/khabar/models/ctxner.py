"""The contextual NER tagger (``ner_model="contextual"``): the CRF's features plus what multilingual-e5-small
says about each word in its sentence.

Two stacked steps, both trained by ``python -m khabar.models.train_ner --contextual`` on the same permissively
licensed data as the CRF (IL-NER Urdu, NewsFANE Arabic; Persian has none, so its model learns from both):

1. **Word classifier.** Each word's contextual vector (its pieces' states after layers 9 and 12, averaged,
   side by side: 768 numbers, ``models/e5states.py``) is centred and scaled with its text language's mean
   and spread, and a softmax regression turns it into BIO label probabilities. The encoder has read all
   three languages, so a Persian word in a Persian sentence lands where Arabic and Urdu names of its kind do.
2. **CRF.** The usual CRF features (``models/crf.py``, word vectors included) plus the nine probabilities as
   valued features ``p:B-PER`` …. The CRF learns how far to trust them, next to the gazetteer and the word
   shapes. Its training rows carry *out-of-fold* probabilities (5-fold cross-fitting), so it learns how good
   the classifier is on text it has not seen.

Why it is not the default: the encoder runs in numpy at about 20–30 sentences per second on two cores; the
entities stage becomes about 250 times slower, for +0.03 to +0.07 F1 on the Urdu and Persian evaluation sets
and none on ANERcorp (docs/entities.md). Use it where a missed name
costs more than time: an analyst's own small collection, or a re-run of a story's articles.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .crf import LANG_MODEL, Gazetteer, _Feats, sentence_features, weights_dir

LAYERS = (8, 11)  # 0-based: the 9th and last (12th) layers; chosen on the tuning splits
SCALE = 1.0  # value of a probability feature: p × SCALE
HEAD_FILE = "ner-ctx-heads.npz"
# Whose mean and spread centre a text language's vectors (no reference text of its own: the nearest kin's).
CENTRE_LANG = {"ur": "ur", "ar": "ar", "fa": "fa", "ps": "fa", "sd": "ur", "ckb": "fa"}


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def fit_softmax(X: np.ndarray, y: np.ndarray, classes: int, l2: float = 1e-3, iterations: int = 200):
    """Multinomial logistic regression (L2 on the weights, L-BFGS): (W, b)."""
    from scipy.optimize import minimize

    X = X.astype(np.float64)
    n, d = X.shape
    Y = np.zeros((n, classes))
    Y[np.arange(n), y] = 1.0

    def loss(w):
        W, b = w[: d * classes].reshape(d, classes), w[d * classes:]
        P = softmax(X @ W + b)
        G = (P - Y) / n
        value = -np.sum(Y * np.log(P + 1e-12)) / n + l2 * np.sum(W * W)
        return value, np.concatenate([(X.T @ G + 2 * l2 * W).ravel(), G.sum(0)])

    r = minimize(loss, np.zeros(d * classes + classes), jac=True, method="L-BFGS-B", options={"maxiter": iterations})
    return r.x[: d * classes].reshape(d, classes).astype(np.float32), r.x[d * classes:].astype(np.float32)


def probability_features(items: list[dict[str, float]], probs: np.ndarray, labels: list[str]) -> list[dict[str, float]]:
    """The CRF's items with the word classifier's label probabilities added as valued features."""
    names = [f"p:{label}" for label in labels]
    for item, row in zip(items, probs):
        for name, p in zip(names, row):
            item[name] = float(p) * SCALE
    return items


class ContextHeads:
    """Per text language a centring (mean, spread); per model language a softmax head over the labels."""

    def __init__(self, centres: dict[str, tuple[np.ndarray, np.ndarray]], heads: dict[str, tuple[np.ndarray, np.ndarray]],
                 labels: list[str]):
        self.centres, self.heads, self.labels = centres, heads, labels

    def standardise(self, vectors: np.ndarray, lang: str) -> np.ndarray:
        mean, spread = self.centres[CENTRE_LANG.get(lang, lang)]
        return (vectors - mean) / spread

    def probabilities(self, vectors: np.ndarray, lang: str, model: str) -> np.ndarray:
        W, b = self.heads[model]
        return softmax(self.standardise(vectors, lang) @ W + b)

    def save(self, path: Path) -> None:
        arrays = {"labels": np.array(self.labels)}
        for lang, (m, s) in self.centres.items():
            arrays[f"mean_{lang}"], arrays[f"spread_{lang}"] = m, s
        for model, (W, b) in self.heads.items():
            arrays[f"W_{model}"], arrays[f"b_{model}"] = W, b
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> ContextHeads:
        z = np.load(path)
        langs = [k[5:] for k in z.files if k.startswith("mean_")]
        models = [k[2:] for k in z.files if k.startswith("W_")]
        return cls({lang: (z[f"mean_{lang}"], z[f"spread_{lang}"]) for lang in langs},
                   {m: (z[f"W_{m}"], z[f"b_{m}"]) for m in models}, [str(x) for x in z["labels"]])


class ContextualTagger:
    """BIO tagger over PER/LOC/ORG/MISC: e5 token states → word classifier → CRF (module docstring)."""

    def __init__(self, models: dict[str, Path], heads: ContextHeads, kb=None, encoder=None):
        import pycrfsuite

        self.langs = {}
        for lang, path in models.items():
            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            self.langs[lang] = tg
        self.heads = heads
        self.gaz = Gazetteer(kb)
        self._encoder = encoder
        self._caches: dict[str, _Feats] = {}
        self._warm: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}

    @classmethod
    def from_package(cls, kb=None, directory: Path | None = None) -> ContextualTagger:
        d = directory or weights_dir()
        if not (d / HEAD_FILE).exists():
            raise FileNotFoundError(f"{d / HEAD_FILE} is missing: train it with make train-contextual")
        models = {lang: d / f"ner-ctx-{m}.crfsuite" for lang, m in LANG_MODEL.items() if (d / f"ner-ctx-{m}.crfsuite").exists()}
        return cls(models, ContextHeads.load(d / HEAD_FILE), kb=kb)

    @property
    def encoder(self):
        if self._encoder is None:
            from .e5states import shared_encoder

            self._encoder = shared_encoder()
        return self._encoder

    def __call__(self, tokens: list[str], lang: str) -> list[str]:
        return self.tag_many([tokens], lang)[0]

    def warm(self, sequences: list[list[str]], lang: str) -> None:
        """Encode many sequences in one batch ahead of tagging them one by one (as the evaluation does)."""
        todo = [s for s in sequences if s and (lang, tuple(s)) not in self._warm]
        for s, v in zip(todo, self.encoder.word_vectors(todo, LAYERS) if todo else []):
            self._warm[(lang, tuple(s))] = v

    def tag_many(self, sequences: list[list[str]], lang: str) -> list[list[str]]:
        tg = self.langs.get(lang)
        if tg is None:
            return [["O"] * len(x) for x in sequences]
        self.warm(sequences, lang)
        vectors = [self._warm.get((lang, tuple(s))) for s in sequences]
        for s in sequences:  # a warmed sequence is used once (a sequence may repeat within the batch)
            self._warm.pop((lang, tuple(s)), None)
        model, labels, fc = LANG_MODEL[lang], self.heads.labels, self._feats(lang)
        out = []
        for seq, vecs in zip(sequences, vectors):
            if not seq:
                out.append([])
                continue
            probs = self.heads.probabilities(vecs, lang, model)
            items = probability_features(sentence_features(seq, self.gaz, fc), probs, labels)
            out.append(tg.tag(items))
        return out

    def _feats(self, lang: str) -> _Feats:
        """As ``CRFTagger._feats``: the language's cached feature lists, cut to its model's attributes."""
        from .crf import CRFTagger

        fc = self._caches.get(lang)
        if fc is None:
            known = set(self.langs[lang].info().attributes)
            fc = self._caches[lang] = _Feats(self.gaz, lang, known, CRFTagger._vectors(known))
        return fc


def train_contextual(data: dict[str, tuple[list, list]], reference: dict[str, list[list[str]]], gaz: Gazetteer,
                     vectors, out: Path, params: dict, dev: bool = False, folds: int = 5, log=print) -> dict:
    """Train the heads and CRFs of every model in ``data`` ({model: (train, dev)}; a sentence is
    (tokens, tags, text language)). ``reference`` gives plain sentences per text language for a language
    with no training text (Persian): its centring comes from them. Returns the dev scores when ``dev``."""
    import time

    import pycrfsuite

    from khabar.eval.ner import score

    from .e5states import shared_encoder

    enc = shared_encoder()
    t0 = time.time()
    sents = {id(s): s for tr, dv in data.values() for s in [*tr, *dv]}
    encoded = dict(zip(sents, enc.word_vectors([s[0] for s in sents.values()], LAYERS)))
    log(f"encoded {len(encoded)} training sentences in {time.time() - t0:.0f} s")
    centres = {}
    train_langs = {s[2] for tr, _ in data.values() for s in tr}
    for lang in train_langs:  # a training language is centred on its training text
        X = np.concatenate([encoded[id(s)] for tr, _ in data.values() for s in tr if s[2] == lang])
        centres[lang] = (X.mean(0), X.std(0) + 1e-3)
    for lang, plain in reference.items():
        if lang not in centres:
            X = np.concatenate(enc.word_vectors(plain, LAYERS))
            centres[lang] = (X.mean(0), X.std(0) + 1e-3)
    labels = sorted({g for tr, _ in data.values() for s in tr for g in s[1]})
    index = {g: i for i, g in enumerate(labels)}
    heads = ContextHeads(centres, {}, labels)

    def standardised(s):
        return heads.standardise(encoded[id(s)], s[2])

    caches: dict[str, _Feats] = {}

    def items(s, probs: np.ndarray) -> list[dict[str, float]]:
        """A sentence's CRF items with the classifier's probabilities, as the tagger builds them."""
        feats = caches.get(s[2])
        if feats is None:
            feats = caches[s[2]] = _Feats(gaz, s[2], vectors=vectors)
        return probability_features(sentence_features(s[0], gaz, feats), probs, labels)

    report = {}
    for model, (tr, dv) in data.items():
        t1 = time.time()
        X = [standardised(s) for s in tr]
        y = [np.array([index[g] for g in s[1]]) for s in tr]
        oof: list[np.ndarray | None] = [None] * len(tr)
        for k in range(folds):  # out-of-fold probabilities for the CRF's training rows
            fit = [i for i in range(len(tr)) if i % folds != k]
            W, b = fit_softmax(np.concatenate([X[i] for i in fit]), np.concatenate([y[i] for i in fit]), len(labels))
            for i in range(k, len(tr), folds):
                oof[i] = softmax(X[i] @ W + b)
        heads.heads[model] = fit_softmax(np.concatenate(X), np.concatenate(y), len(labels))
        trainer = pycrfsuite.Trainer(verbose=False)
        for s, p in zip(tr, oof):
            trainer.append(items(s, p), s[1])
        trainer.set_params(params)
        path = out / f"ner-ctx-{model}.crfsuite"
        trainer.train(str(path))
        entry = {"train_sentences": len(tr), "seconds": round(time.time() - t1, 1), "bytes": path.stat().st_size}
        if dev and dv:
            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            pred = [tg.tag(items(s, heads.probabilities(encoded[id(s)], s[2], model))) for s in dv]
            entry["dev"] = score([s[1] for s in dv], pred)["micro"]
        report[model] = entry
        log(model, entry)
    heads.save(out / HEAD_FILE)
    return report
