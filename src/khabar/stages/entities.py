"""The ``entities`` stage: link people, places and organisations to the KB across scripts.

Dictionary linking always runs; the statistical tagger (``Config.ner_model``, "crf" by default)
adds names the KB lacks as provisional entities when weights for the article's language exist.
``Config.options["entities.kb_dirs"]`` (a list of directories) replaces the shipped KB, for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from khabar.config import Config
from khabar.document import Article
from khabar.kb.linker import Linker
from khabar.kb.store import load_kb
from khabar.pipeline import register_stage

__all__ = ["make_entities_stage", "get_linker"]


@lru_cache(maxsize=4)
def _linker(kb_path: str | None, kb_dirs: tuple[str, ...] | None, ner_model: str | None, provisional: bool) -> Linker:
    kb = load_kb(kb_dirs, kb_path=kb_path)
    tagger = None
    if ner_model:
        from khabar.models.ner import load_tagger

        tagger = load_tagger(ner_model, kb=kb)
    return Linker(kb, tagger=tagger, provisional=provisional)


def get_linker(config: Config) -> Linker:
    dirs = config.options.get("entities.kb_dirs")
    return _linker(
        config.kb_path,
        tuple(str(d) for d in dirs) if dirs else None,
        config.ner_model,
        bool(config.options.get("entities.provisional", True)),
    )


@register_stage("entities", requires=("text", "lang"), assigns=("entities",))
def make_entities_stage(config: Config) -> Callable[[Article], Article]:
    linker = get_linker(config)

    def run(article: Article) -> Article:
        article.entities = linker.link(article.text, article.lang, article.published)
        return article

    return run
