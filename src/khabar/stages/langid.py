"""Language ID stage: a language per paragraph and one for the article.

The article's language is the paragraphs' vote weighted by length, so a stray English
credit line in an Urdu article does not flip it, while a bilingual article keeps each
paragraph's own language for display direction and fonts.
"""

from __future__ import annotations

from collections import defaultdict

from ..config import Config
from ..document import Article
from ..models.langid import HybridLangID, LangGuess, LangID, script_of
from ..pipeline import register_stage

__all__ = ["make_langid_stage", "detect_article"]


SHORT_PARAGRAPH = 40  # characters: below this, a paragraph lingua would have to guess takes the article's language


def detect_article(article: Article, detector: LangID) -> Article:
    """Cheap evidence first for every paragraph; lingua only for long paragraphs the letters leave open."""
    cheap = getattr(detector, "detect_cheap", None)
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    first = [cheap(t) if cheap else (None, None) for t in texts]
    weights: dict[str, float] = defaultdict(float)
    for (g, _), t in zip(first, texts):
        if g is not None and g.lang:
            weights[g.lang] += len(t) * max(g.score, 0.05)
    provisional = max(weights.items(), key=lambda kv: kv[1])[0] if weights else None
    final_weights: dict[str, float] = defaultdict(float)
    for p, t, (g, script) in zip(article.paragraphs, texts, first):
        if g is None:
            if provisional and len(t.strip()) < SHORT_PARAGRAPH and script_of(t) == script_of(_sample_of(article, provisional, first, texts)):
                g = LangGuess(provisional, 0.5, "inherited")
            else:
                g = detector.detect(t)
        p.lang, p.score = g.lang, round(g.score, 3)
        if g.lang:
            final_weights[g.lang] += (p.end - p.start) * max(g.score, 0.05)
    if not article.paragraphs and article.text.strip():
        g = detector.detect(article.text)
        if g.lang:
            final_weights[g.lang] += 1.0
    if final_weights:
        total = sum(final_weights.values())
        lang, w = max(final_weights.items(), key=lambda kv: kv[1])
        article.lang, article.lang_score = lang, round(w / total, 3)
    else:
        article.lang, article.lang_score = None, 0.0
    return article


def _sample_of(article: Article, lang: str, first: list, texts: list[str]) -> str:
    """A paragraph already decided as ``lang`` (for its script)."""
    for (g, _), t in zip(first, texts):
        if g is not None and g.lang == lang:
            return t
    return ""


@register_stage("langid", requires=("text", "paragraphs"), assigns=("lang", "paragraphs"))
def make_langid_stage(config: Config):
    custom = config.options.get("langid")
    detector: LangID = custom if custom is not None else HybridLangID(tuple(config.langs))  # type: ignore[assignment]

    def run(article: Article) -> Article:
        return detect_article(article, detector)

    return run
