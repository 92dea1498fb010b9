"""Stage "dates": calendar-aware time expressions and, when the metadata has none, a
publication date inferred from the content (see khabar.temporal and docs/dates.md)."""

from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..document import Article
from ..pipeline import register_stage
from ..temporal import tag
from ..temporal.lexicon import lexicon


@register_stage("dates", requires=("text", "lang"), assigns=("dates", "published"))
def make_dates_stage(config: Config) -> Callable[[Article], Article]:
    lexicon()  # load the lexicon once per process

    def run(article: Article) -> Article:
        return annotate(article)

    return run


def annotate(article: Article) -> Article:
    """Fill article.dates; set published/published_source/published_confidence when inferred."""
    known = article.published if article.published_source != "content" else None
    result = tag(article.text, article.lang, known)
    article.dates = result.dates
    if known:
        if article.published_source is None:
            article.published_source = "metadata"
    elif result.published is not None:
        article.published = result.published.day.isoformat()
        article.published_source = "content"
        article.published_confidence = result.published.confidence
        article.meta["published_reason"] = result.published.reason
    return article
