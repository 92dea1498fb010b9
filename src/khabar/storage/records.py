"""How every backend turns Articles and Stories into stored text and back (one place, so the
backends cannot drift apart)."""

from __future__ import annotations

import json
from typing import Any

from ..document import Article, Story

__all__ = ["dump_article", "load_article", "story_record"]


def dump_article(a: Article) -> str:
    return json.dumps(a.to_record(), ensure_ascii=False)


def load_article(record: str) -> Article:
    return Article.from_record(json.loads(record))


def story_record(s: Story) -> dict[str, Any]:
    return {"id": s.id, "label": s.label, "article_ids": s.article_ids, "langs": s.langs, "outlets": s.outlets,
            "first": s.first, "last": s.last}
