"""Evaluate stories, near-duplicates and translation detection.

- seeds: S1 = {000, 002}; 001, 003, 004 each alone (pairwise agreement, must be exact);
- NTREX: 98 documents x (eng, arb, fas, urd) as one shuffled stream; BCubed and pairwise F1.
  Thresholds were set on the *dev* half of the documents (even positions in DOCUMENT_IDS order);
  the reported number is the *test* half (odd positions), plus the full stream for reference;
- NTREX translation pairs: precision/recall of "B translates A" over all cross-language pairs;
- COUNTER: derived (wholly + partially) vs non-derived source/newspaper pairs, 5-fold CV (repeated
  over 10 splits) of the reuse model, its weights and threshold fitted on the other four folds,
  beside the plain containment threshold and the peer MinHash baseline, plus a threshold curve;
- SaudiNewsNet: unlabelled; story count and size distribution.

Third-party data is read from ../shared at run time; nothing is copied into the repo.
"""

from __future__ import annotations

import collections
import itertools
import json
import random
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config, shared_dir
from ..document import Article

__all__ = [
    "NTREX_LANGS",
    "bcubed",
    "check_floors",
    "enrich",
    "eval_counter",
    "eval_ntrex_stories",
    "eval_ntrex_translations",
    "eval_saudinewsnet",
    "eval_seeds",
    "load_counter",
    "load_ntrex",
    "load_saudinewsnet",
    "load_seeds",
    "pairwise",
    "run",
]

NTREX_LANGS = {"eng": "en", "arb": "ar", "fas": "fa", "urd": "ur"}


# ---------------------------------------------------------------- scorers
def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """BCubed precision/recall/F1 of a clustering ``pred`` (item -> cluster) against ``gold``."""
    by_p: dict[str, set[str]] = collections.defaultdict(set)
    by_g: dict[str, set[str]] = collections.defaultdict(set)
    for k in gold:
        by_p[pred.get(k) or f"__alone__{k}"].add(k)
        by_g[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        c = by_p[pred.get(k) or f"__alone__{k}"]
        g = by_g[gold[k]]
        inter = len(c & g)
        p += inter / len(c)
        r += inter / len(g)
    n = max(len(gold), 1)
    p, r = p / n, r / n
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 over same-cluster pairs (counted per cluster, not all pairs)."""
    def pairs(assign: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = collections.defaultdict(list)
        for k in gold:
            if assign.get(k) is not None:
                groups[assign[k]].append(k)
        return {tuple(sorted(x)) for g in groups.values() for x in itertools.combinations(g, 2)}  # type: ignore[misc]

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def prf_from(pred: Iterable[bool], gold: Iterable[bool]) -> dict[str, float]:
    tp = fp = fn = 0
    for p, g in zip(pred, gold):
        p, g = bool(p), bool(g)
        tp += p and g
        fp += p and not g
        fn += g and not p
    p_ = tp / (tp + fp) if tp + fp else 1.0
    r_ = tp / (tp + fn) if tp + fn else 1.0
    return {"p": round(p_, 4), "r": round(r_, 4), "f1": round(2 * p_ * r_ / (p_ + r_), 4) if p_ + r_ else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


# ---------------------------------------------------------------- loaders
def load_ntrex(root: Path | None = None, langs: dict[str, str] = NTREX_LANGS, part: str = "all",
               limit: int | None = None, seed: int = 7) -> list[Article]:
    """NTREX documents as articles ``<docid>__<lang>``, shuffled into one arrival stream.
    ``part``: all | dev (even document positions) | test (odd positions)."""
    root = root or shared_dir() / "data" / "ntrex128-news-ar-fa-ur-en"
    ids = [ln.strip() for ln in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")]
    order = list(dict.fromkeys(i for i in ids if i))
    keep = set(order if part == "all" else order[0::2] if part == "dev" else order[1::2])
    if limit:
        keep = {d for d in order if d in keep}
        keep = set([d for d in order if d in keep][:limit])
    arts = []
    for code, lang in langs.items():
        name = "newstest2019-src.eng.txt" if code == "eng" else f"newstest2019-ref.{code}.txt"
        lines = (root / name).read_text(encoding="utf-8").split("\n")
        docs: dict[str, list[str]] = collections.OrderedDict()
        for doc, line in zip(ids, lines):
            if doc in keep:
                docs.setdefault(doc, []).append(line)
        for doc, body in docs.items():
            arts.append(Article(id=f"{doc}__{code}", text="\n".join(body), lang=lang, outlet=f"ntrex-{code}"))
    random.Random(seed).shuffle(arts)
    return arts


def load_seeds(root: Path | None = None, gold: dict | None = None) -> list[Article]:
    root = root or shared_dir() / "seeds"
    gold = gold or json.loads((shared_dir() / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = []
    for p in sorted(root.glob("*.txt")):
        # lang from the gold only as a stand-in when no langid stage runs (enrich overwrites it)
        out.append(Article(id=p.stem, raw=p.read_text(encoding="utf-8"), text=p.read_text(encoding="utf-8"),
                           lang=gold["documents"].get(p.stem, {}).get("lang")))
    return out


def load_counter(root: Path | None = None) -> list[tuple[str, str, str, str]]:
    """[(pair id, source text, newspaper text, WD|PD|ND)]."""
    root = root or shared_dir() / "data" / "counter-urdu-text-reuse" / "xml"
    out = []
    for p in sorted(root.glob("*p.xml")):
        src = root / p.name.replace("p.xml", ".xml")
        if not src.exists():
            continue
        d, s = ET.parse(p).getroot(), ET.parse(src).getroot()
        text = lambda t: (t.findtext("headline") or "") + "\n" + (t.findtext("body") or "")
        out.append((p.stem[:-1], text(s), text(d), d.attrib.get("classification", "")))
    return out


def load_saudinewsnet(root: Path | None = None, limit: int | None = None) -> list[Article]:
    """SaudiNewsNet articles in extraction order (one zip per day)."""
    root = root or shared_dir() / "data" / "saudinewsnet-ar" / "dataset"
    out: list[Article] = []
    for z in sorted(root.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for i, r in enumerate(json.loads(zf.read(name).decode("utf-8"))):
                    if not (r.get("content") or "").strip():
                        continue
                    out.append(Article(id=f"{z.stem}-{i:05d}", title=r.get("title") or None, text=r["content"],
                                       lang="ar", outlet=r.get("source"), url=r.get("url"),
                                       published=(r.get("date_extracted") or "")[:10] or None))
                    if limit and len(out) >= limit:
                        return out
    return out


def enrich(articles: list[Article], config: Config | None = None, stages: tuple[str, ...] = ("entities", "dates")) -> list[str]:
    """Run whichever of ``stages`` exist on articles that already have text and lang.
    Returns the stages that ran (the others are not written yet or failed to load)."""
    from ..pipeline import _spec

    config = config or Config(workers=1)
    ran = []
    for name in stages:
        try:
            fn = _spec(name).factory(config)
        except Exception:  # noqa: BLE001, S112 - stage not available in this checkout
            continue
        for i, a in enumerate(articles):
            try:
                articles[i] = fn(a)
            except Exception:  # noqa: BLE001, S110 - one article's failure is not the clusterer's
                pass
        ran.append(name)
    return ran


# ---------------------------------------------------------------- evaluations
def _cluster(articles: list[Article], config: Config | None = None, **kw: Any) -> tuple[dict[str, str], Any, float]:
    from ..stories import StoryClusterer

    cl = StoryClusterer(config or Config(workers=1), **kw)
    t0 = time.perf_counter()
    for a in articles:
        cl.add(a)
    return {a.id: a.story for a in articles}, cl, time.perf_counter() - t0  # type: ignore[misc]


def eval_seeds(config: Config | None = None, use_pipeline: bool = True) -> dict[str, Any]:
    """Seeds through the lead's full pipeline (``eval.seeds.analyze_seeds``) when it runs,
    else through whichever stages exist; pairwise agreement with the gold stories."""
    gold = json.loads((shared_dir() / "gold" / "seeds.json").read_text(encoding="utf-8"))
    want = {d: s for s, v in gold["stories"].items() for d in v["docs"]}
    got: dict[str, str | None] = {}
    how = "stages"
    if use_pipeline:
        try:
            from .seeds import analyze_seeds

            recs = analyze_seeds(config)
            got = {str(r["id"]).split("/")[-1].removesuffix(".txt"): r.get("story") for r in recs}
            how = "pipeline"
        except Exception:  # noqa: BLE001 - the full pipeline is not assembled yet
            got = {}
    if not got or any(got.get(d) is None for d in want):
        arts = load_seeds(gold=gold)
        enrich(arts, config, ("clean", "langid", "entities", "dates"))
        got, _, _ = _cluster(arts, config)
        how = "stages"
    pairs = list(itertools.combinations(sorted(want), 2))
    ok = 0
    errors = []
    for a, b in pairs:
        same_gold = want[a] == want[b]
        same_got = got.get(a) is not None and got.get(a) == got.get(b)
        ok += same_gold == same_got
        if same_gold != same_got:
            errors.append(f"{a[:3]}-{b[:3]}: gold {'same' if same_gold else 'apart'}, got {'same' if same_got else 'apart'}")
    return {"pair_accuracy": round(ok / len(pairs), 4), "errors": errors, "via": how,
            "bcubed": bcubed({k: v for k, v in got.items() if v}, want)}


def eval_ntrex_stories(part: str = "test", config: Config | None = None, limit: int | None = None,
                       stages: tuple[str, ...] = ("entities", "dates"), **kw: Any) -> dict[str, Any]:
    arts = load_ntrex(part=part, limit=limit)
    ran = enrich(arts, config, stages)
    pred, cl, secs = _cluster(arts, config, **kw)
    gold = {a.id: a.id.rsplit("__", 1)[0] for a in arts}
    return {"part": part, "articles": len(arts), "stories": len(set(pred.values())), "gold_stories": len(set(gold.values())),
            "bcubed": bcubed(pred, gold), "pairwise": pairwise(pred, gold), "stages": ran,
            "decisions": dict(cl.stats), "seconds": round(secs, 2)}


def translation_pairs(articles: list[Article], embedder: Any = None, threshold: float | None = None) -> list[tuple[str, str, float]]:
    """Detected translation pairs among ``articles`` (all cross-language pairs scored)."""
    from ..stories.translation import TranslationDetector

    det = TranslationDetector(embedder=embedder or "auto", **({"threshold": threshold} if threshold is not None else {}))
    return det.pairs(articles)


def eval_ntrex_translations(part: str = "test", limit: int | None = None, config: Config | None = None,
                            stages: tuple[str, ...] = ("entities", "dates")) -> dict[str, Any]:
    arts = load_ntrex(part=part, limit=limit)
    ran = enrich(arts, config, stages)
    t0 = time.perf_counter()
    found = {tuple(sorted((a, b))) for a, b, _ in translation_pairs(arts)}
    secs = time.perf_counter() - t0
    doc = {a.id: a.id.rsplit("__", 1)[0] for a in arts}
    gold = {tuple(sorted((a.id, b.id))) for a, b in itertools.combinations(arts, 2) if doc[a.id] == doc[b.id]}
    tp = len(found & gold)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    return {"part": part, "articles": len(arts), "gold_pairs": len(gold), "found": len(found),
            "p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "stages": ran, "seconds": round(secs, 2)}


def counter_scores(pairs: list[tuple[str, str, str, str]]) -> tuple[np.ndarray, np.ndarray]:
    """Reuse score (share of the newspaper text's shingles found in the source) per pair, and labels."""
    from ..stories.dedup import reuse_score

    return (np.array([reuse_score(src, der) for _, src, der, _ in pairs]),
            np.array([lab in ("WD", "PD") for *_, lab in pairs]))


def _best_threshold(x: np.ndarray, y: np.ndarray) -> float:
    best, thr = -1.0, 0.5
    for t in np.unique(np.round(x, 3)):
        f = prf_from(x >= t, y)["f1"]
        if f > best:
            best, thr = f, float(t)
    return thr


def counter_features(pairs: list[tuple[str, str, str, str]]) -> list[dict[str, float]]:
    """Text-reuse measures (``stories.reuse.FEATURES``) of each newspaper text against its source."""
    from ..stories.reuse import reuse_features

    return [reuse_features(src, der, "ur") for _, src, der, _ in pairs]


def _minhash_jaccard(pairs: list[tuple[str, str, str, str]], num_perm: int = 128) -> np.ndarray:
    """The peer baseline: datasketch MinHash Jaccard of char 5-gram shingles."""
    from ..stories.dedup import minhash, shingles

    return np.array([minhash(shingles(s), num_perm).jaccard(minhash(shingles(d), num_perm)) for _, s, d, _ in pairs])


def _cv(y: np.ndarray, fit_predict: Any, folds: int, seed: int) -> tuple[np.ndarray, list[Any], list[float]]:
    """k-fold CV: ``fit_predict(train, test)`` -> (test predictions, fitted parameter). Pooled
    predictions, the parameters and the per-fold F1."""
    idx = np.random.RandomState(seed).permutation(len(y))
    pred = np.zeros(len(y), bool)
    params, fold_f1 = [], []
    for f in range(folds):
        test = idx[f::folds]
        train = np.setdiff1d(idx, test)
        pred[test], param = fit_predict(train, test)
        params.append(param)
        fold_f1.append(round(prf_from(pred[test], y[test])["f1"], 4))
    return pred, params, fold_f1


def eval_counter(folds: int = 5, seed: int = 0, repeats: int = 10) -> dict[str, Any]:
    """Derived vs non-derived on COUNTER. Every threshold and weight is fitted on the training folds
    and scored on the held-out fold. ``cv`` is the shipped reuse model (``stories.reuse.ReuseModel``:
    background-discounted containment + length of the derived text); the plain containment threshold,
    all measures together and the peer MinHash baseline are reported beside it, and ``repeated``
    ``cv`` pools ``repeats`` different fold splits (``cv_split`` is the first one alone)."""
    from ..stories.dedup import DEFAULT_DERIVED_THRESHOLD
    from ..stories.reuse import FEATURES, ReuseModel

    pairs = load_counter()
    x, y = counter_scores(pairs)
    rows = counter_features(pairs)
    rare = np.array([r["rare_containment"] for r in rows])
    jac = _minhash_jaccard(pairs)

    def threshold_on(v: np.ndarray) -> Any:
        def fp(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, float]:
            t = _best_threshold(v[train], y[train])
            return v[test] >= t, round(t, 3)
        return fp

    def model_on(features: tuple[str, ...]) -> Any:
        def fp(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, float]:
            m = ReuseModel(features=features).fit([rows[i] for i in train], y[train])
            return m.decide([rows[i] for i in test]), round(m.threshold, 3)
        return fp

    methods = {"model": model_on(ReuseModel().features), "containment": threshold_on(x),
               "rare_containment": threshold_on(rare), "all_measures": model_on(FEATURES),
               "minhash_jaccard": threshold_on(jac)}
    out: dict[str, Any] = {"pairs": len(y), "derived": int(y.sum()), "features": list(ReuseModel().features)}
    for name, fp in methods.items():
        pred, params, fold_f1 = _cv(y, fp, folds, seed)
        preds = [pred] + [_cv(y, fp, folds, s)[0] for s in range(seed + 1, seed + repeats)]
        f1s = [prf_from(q, y)["f1"] for q in preds]
        # cv: every pair predicted once per split while held out, pooled over the splits
        res = {"cv": prf_from(np.concatenate(preds), np.tile(y, len(preds))), "cv_split": prf_from(pred, y),
               "fold_thresholds": params, "fold_f1": fold_f1, "split_f1_min": round(min(f1s), 4),
               "split_f1_max": round(max(f1s), 4), "split_f1_std": round(float(np.std(f1s)), 4)}
        if name == "model":
            out.update(res, cv_thresholds=params)
        else:
            out[name] = res
    out["minhash_jaccard"]["test_tuned"] = prf_from(jac >= _best_threshold(jac, y), y)
    curve = lambda v: [{"threshold": t, **{k: w for k, w in prf_from(v >= t, y).items() if k in ("p", "r", "f1")}}
                       for t in [round(c, 2) for c in np.arange(0.05, 0.61, 0.05)]]
    out.update(shipped_threshold=DEFAULT_DERIVED_THRESHOLD, at_shipped=prf_from(x >= DEFAULT_DERIVED_THRESHOLD, y),
               curve=curve(x), rare_curve=curve(rare))
    return out


def eval_saudinewsnet(limit: int | None = None, config: Config | None = None,
                      stages: tuple[str, ...] = ("entities", "dates"), sample: int = 20, seed: int = 3) -> dict[str, Any]:
    arts = load_saudinewsnet(limit=limit)
    ran = enrich(arts, config, stages) if stages else []
    pred, cl, secs = _cluster(arts, config)
    sizes = collections.Counter(collections.Counter(pred.values()).values())
    multi = [s for s in cl.stories() if len(s.article_ids) > 1]
    rng = random.Random(seed)
    picked = rng.sample(multi, min(sample, len(multi)))
    by_id = {a.id: a for a in arts}
    inspect = [{"story": s.id, "size": len(s.article_ids), "outlets": s.outlets, "first": s.first, "last": s.last,
                "titles": [(by_id[i].outlet, (by_id[i].title or by_id[i].text[:80]).strip()[:90]) for i in s.article_ids[:6]]}
               for s in picked]
    return {"articles": len(arts), "stories": len(cl), "multi_article_stories": len(multi),
            "size_distribution": dict(sorted(sizes.items())), "largest": max(sizes) if sizes else 0,
            "decisions": dict(cl.stats), "seconds": round(secs, 2),
            "articles_per_second": round(len(arts) / secs, 1) if secs else None, "stages": ran, "sample": inspect}


def run(which: Iterable[str] = ("seeds", "ntrex", "translations", "counter"), quick: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    limit = 24 if quick else None
    for w in which:
        if w == "seeds":
            out["seeds"] = eval_seeds()
        elif w == "ntrex":
            out["ntrex"] = eval_ntrex_stories("test", limit=limit)
        elif w == "ntrex_all":
            out["ntrex_all"] = eval_ntrex_stories("all", limit=limit)
        elif w == "translations":
            out["translations"] = eval_ntrex_translations("test", limit=limit)
        elif w == "counter":
            out["counter"] = eval_counter()
        elif w == "saudinewsnet":
            out["saudinewsnet"] = eval_saudinewsnet(limit=2000 if quick else None)
    return out


def flat_scores(res: dict[str, Any]) -> dict[str, float]:
    """The numbers floors are pinned on."""
    s: dict[str, float] = {}
    if "seeds" in res:
        s["seeds_pair_accuracy"] = res["seeds"]["pair_accuracy"]
    if "ntrex" in res:
        s["ntrex_bcubed_f1"] = res["ntrex"]["bcubed"]["f1"]
        s["ntrex_pairwise_f1"] = res["ntrex"]["pairwise"]["f1"]
    if "translations" in res:
        s["ntrex_translation_p"] = res["translations"]["p"]
        s["ntrex_translation_r"] = res["translations"]["r"]
    if "counter" in res:
        s["counter_cv_f1"] = res["counter"]["cv"]["f1"]
    return s


def check_floors(scores: dict[str, float], floors_path: Path | None = None) -> list[str]:
    """Names of scores below their pinned floor."""
    path = floors_path or Path(__file__).resolve().parents[3] / "eval" / "floors" / "stories.json"
    floors = json.loads(path.read_text(encoding="utf-8"))
    return [f"{k}: {scores[k]} < {v}" for k, v in floors.items() if k in scores and scores[k] < v]


def print_report(res: dict[str, Any]) -> None:
    """Precision, recall and F1 per set, human-readable."""
    if "seeds" in res:
        r = res["seeds"]
        print(f"seeds (via {r['via']}): pair accuracy {r['pair_accuracy']:.3f}; BCubed P {r['bcubed']['p']:.3f} "
              f"R {r['bcubed']['r']:.3f} F1 {r['bcubed']['f1']:.3f}")
        for e in r["errors"]:
            print("  " + e)
    for key in ("ntrex", "ntrex_all"):
        if key in res:
            r = res[key]
            b, pw = r["bcubed"], r["pairwise"]
            print(f"NTREX stories ({r['part']}, {r['articles']} articles, stages {r['stages']}): BCubed P {b['p']:.3f} R {b['r']:.3f} "
                  f"F1 {b['f1']:.3f}; pairwise P {pw['p']:.3f} R {pw['r']:.3f} F1 {pw['f1']:.3f}; "
                  f"{r['stories']} stories for {r['gold_stories']}; decisions {r['decisions']}")
    if "translations" in res:
        r = res["translations"]
        print(f"NTREX translation pairs ({r['part']}, {r['articles']} articles): P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} "
              f"({r['found']} found, {r['gold_pairs']} gold)")
    if "counter" in res:
        r = res["counter"]
        c = r["cv"]
        print(f"COUNTER derived vs not ({r['pairs']} pairs, {r['derived']} derived), {len(r['cv_thresholds'])}-fold CV pooled over splits: "
              f"P {c['p']:.3f} R {c['r']:.3f} F1 {c['f1']:.3f}; fold thresholds {r['cv_thresholds']}")
        print(f"  model {'+'.join(r['features'])}; per fold {r['fold_f1']}; {r['split_f1_min']:.3f}-{r['split_f1_max']:.3f} over splits")
        for name in ("containment", "rare_containment", "all_measures", "minhash_jaccard"):
            print(f"  {name}: CV F1 {r[name]['cv']['f1']:.3f} (per fold {r[name]['fold_f1']})")
        print(f"  minhash_jaccard tuned on all pairs: F1 {r['minhash_jaccard']['test_tuned']['f1']:.3f}")
        print("  threshold curve: " + ", ".join(f"{x['threshold']:.2f}:{x['f1']:.3f}" for x in r["curve"]))
    if "saudinewsnet" in res:
        r = res["saudinewsnet"]
        print(f"SaudiNewsNet: {r['articles']} articles -> {r['stories']} stories ({r['multi_article_stories']} with 2+), "
              f"largest {r['largest']}, {r['articles_per_second']} articles/s; sizes {r['size_distribution']}")
