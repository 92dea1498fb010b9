"""The ``entities`` stage: link people, places and organisations to the KB across scripts.

Dictionary linking always runs; the statistical tagger (``Config.ner_model``, "crf" by default)
breaks ties on ambiguous words and finds names the KB lacks: provisional entities
(``Entity.provisional=True``, id ``new:<skeleton>``). Where they go is ``options["entities.provisional"]``:

* ``"meta"`` (default): ``Article.meta["provisional_entities"]`` (entity records), so ``Article.entities``
  holds only KB-linked actors with canonical English names, comparable across languages, while
  ``khabar kb review`` still lists the candidates for promotion;
* ``"entities"``: appended to ``Article.entities``;  ``"off"``: not produced.

``Config.options["entities.kb_dirs"]`` (a list of directories) replaces the shipped KB, for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from khabar.config import Config
from khabar.document import Article, Entity
from khabar.kb.linker import Linker
from khabar.kb.store import load_kb
from khabar.pipeline import register_stage

__all__ = ["make_entities_stage", "get_linker", "entity_record"]


def entity_record(e: Entity) -> dict:
    """``dataclasses.asdict(e)``, written out: the generic recursive copy cost more than a fifth of the
    linking of a short article (tests/test_kb_linker.py checks the two agree)."""
    return {"id": e.id, "name": e.name, "type": e.type, "wikidata": e.wikidata,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
            "provisional": e.provisional, "score": e.score}


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
        _provisional_mode(config) != "off",
    )


def _provisional_mode(config: Config) -> str:
    mode = config.options.get("entities.provisional", "meta")
    if mode is True:
        return "entities"
    if mode is False or mode is None:
        return "off"
    if mode not in ("meta", "entities", "off"):
        raise ValueError(f"entities.provisional must be meta, entities or off, not {mode!r}")
    return str(mode)


@register_stage("entities", requires=("text", "lang"), assigns=("entities",))
def make_entities_stage(config: Config) -> Callable[[Article], Article]:
    linker = get_linker(config)
    mode = _provisional_mode(config)

    def run(article: Article) -> Article:
        found = linker.link(article.text, article.lang, article.published)
        if mode == "meta":
            article.entities = [e for e in found if not e.provisional]
            prov = [entity_record(e) for e in found if e.provisional]
            if prov:
                article.meta["provisional_entities"] = prov
            else:
                article.meta.pop("provisional_entities", None)
        else:
            article.entities = found
        return article

    return run
