"""Stage "labels": what the outlet calls each actor ("دہشت گرد", "المعارضة", "rebels"), with an English
gloss, a stance class and the actor meant (see khabar.framing.labels)."""

from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..document import Article
from ..framing.labels import find_labels
from ..framing.lexicon import load_lexicon, user_lexicon_path
from ..pipeline import register_stage


@register_stage("labels", requires=("text", "lang"), assigns=("labels",))
def make_labels_stage(config: Config) -> Callable[[Article], Article]:
    lexicon = load_lexicon(user_lexicon_path(config))

    def run(article: Article) -> Article:
        article.labels = find_labels(article.text, article.lang, article.entities, lexicon=lexicon)
        return article

    return run
