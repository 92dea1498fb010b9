"""Language ID stage: a language per paragraph and one for the article.

The article's language is the paragraphs' vote weighted by length, so a stray English
credit line in an Urdu article does not flip it, while a bilingual article keeps each
paragraph's own language for display direction and fonts.
"""

from __future__ import annotations

from collections import defaultdict

from ..config import Config
from ..document import Article
from ..models.langid import HybridLangID, LangID
from ..pipeline import register_stage

__all__ = ["make_langid_stage", "detect_article"]


def detect_article(article: Article, detector: LangID) -> Article:
    weights: dict[str, float] = defaultdict(float)
    for p in article.paragraphs:
        g = detector.detect(article.text[p.start : p.end])
        p.lang, p.score = g.lang, round(g.score, 3)
        if g.lang:
            weights[g.lang] += (p.end - p.start) * max(g.score, 0.05)
    if not article.paragraphs and article.text.strip():
        g = detector.detect(article.text)
        if g.lang:
            weights[g.lang] += 1.0
    if weights:
        total = sum(weights.values())
        lang, w = max(weights.items(), key=lambda kv: kv[1])
        article.lang, article.lang_score = lang, round(w / total, 3)
    else:
        article.lang, article.lang_score = None, 0.0
    return article


@register_stage("langid", requires=("text", "paragraphs"), assigns=("lang", "paragraphs"))
def make_langid_stage(config: Config):
    custom = config.options.get("langid")
    detector: LangID = custom if custom is not None else HybridLangID(tuple(config.langs))  # type: ignore[assignment]

    def run(article: Article) -> Article:
        return detect_article(article, detector)

    return run
