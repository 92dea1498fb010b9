"""Normalize stage: the key form of the clean text, for matching and search.

The display text is never changed; later stages that need offsets call
``khabar.normalize.key_with_map`` on ``Article.text`` and map matches back.
"""

from __future__ import annotations

from ..config import Config
from ..document import Article
from ..normalize import key
from ..pipeline import register_stage

__all__ = ["make_normalize_stage"]


@register_stage("normalize", requires=("text",), assigns=("key",))
def make_normalize_stage(config: Config):
    def run(article: Article) -> Article:
        article.key = key(article.text)
        return article

    return run
