"""Who said what, and what outlets call each other: quotes, actor labels and their comparison.

The lexicons are data (``framing/data/*.json``) and can be extended with a user file
(see ``lexicon.py``). ``find_quotes`` and ``find_labels`` work on one article's text with the
entity mentions the entities stage found; ``framing_table`` compares outlets.
"""

from __future__ import annotations

from .labels import find_labels
from .lexicon import load_lexicon
from .quotes import find_quotes

__all__ = ["find_quotes", "find_labels", "load_lexicon", "framing_table"]


def framing_table(articles, **kw):  # noqa: ANN001, ANN003 - thin re-export, typed in compare.py
    from .compare import framing_table as _ft

    return _ft(articles, **kw)
