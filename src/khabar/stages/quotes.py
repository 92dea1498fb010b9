"""Stage "quotes": direct quotes and reported speech with their speakers (see khabar.framing.quotes).

Runs after "entities" when that stage is in the pipeline: speakers are linked through the
entity mentions already on the article. Without them, described sources ("باخبر ذرائع",
"Russian Ministry of Defence") and carried-over speakers still work.
"""

from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..document import Article
from ..framing.lexicon import load_lexicon, user_lexicon_path
from ..framing.quotes import find_quotes
from ..pipeline import register_stage


@register_stage("quotes", requires=("text", "lang"), assigns=("quotes",))
def make_quotes_stage(config: Config) -> Callable[[Article], Article]:
    lexicon = load_lexicon(user_lexicon_path(config))

    def run(article: Article) -> Article:
        article.quotes = find_quotes(article.text, article.lang, article.entities, lexicon=lexicon)
        return article

    return run

