"""The framing lexicons (speech cues, source heads, actor labels, countries) as data, merged
with an optional user file and compiled once per process into per-language matchers.

User extension: a JSON file with any subset of the shipped keys, e.g.
``{"labels": {"ur": [{"forms": ["شرپسند", "شرپسندوں"], "gloss": "miscreants", "stance": "delegitimising",
"denotes": "armed_opposition"}]}, "cues": {"en": [{"cue": "tweeted", "frame": "verb"}]}}``.
Its entries are added to the shipped ones; a user entry with a form (or cue) the shipped
lexicon already has replaces that form's meaning. Point to it with ``Config.options["framing_lexicon"]``
or the ``KHABAR_FRAMING_LEXICON`` environment variable.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .text import fold_word

__all__ = ["Lexicon", "LangLexicon", "load_lexicon", "raw_data", "USER_ENV"]

USER_ENV = "KHABAR_FRAMING_LEXICON"
LANGS = ("ur", "ar", "fa", "en")


def _read(name: str) -> dict[str, Any]:
    return json.loads(resources.files("khabar.framing.data").joinpath(name).read_text(encoding="utf-8"))


def raw_data(user_path: str | None = None) -> dict[str, Any]:
    """The shipped lexicons as one dict, with the user file merged over them."""
    cues, sources, labels, countries = _read("cues.json"), _read("sources.json"), _read("labels.json"), _read("countries.json")
    data: dict[str, Any] = {
        "cues": {k: v for k, v in cues.items() if k != "about"},
        "heads": sources["heads"],
        "modifiers": sources["modifiers"],
        "pronouns": sources["pronouns"],
        "complementizers": sources["complementizers"],
        "auxiliaries": sources["auxiliaries"],
        "stops": sources["stops"],
        "labels": labels["labels"],
        "group_nouns": labels["group_nouns"],
        "actors": labels["actors"],
        "actor_groups": labels["actor_groups"],
        "countries": countries["countries"],
        "cities": countries["cities"],
        "capitals": countries.get("capitals", []),
    }
    if user_path:
        _merge_user(data, json.loads(Path(user_path).read_text(encoding="utf-8")))
    return data


def _merge_user(data: dict[str, Any], user: dict[str, Any]) -> None:
    for section in ("cues", "heads", "labels"):
        for lang, entries in (user.get(section) or {}).items():
            have = data[section].setdefault(lang, [])
            if section == "labels":
                new_forms = {fold_word(f) for e in entries for f in e.get("forms", [])}
                for e in have:  # user meaning wins for a form both define
                    e["forms"] = [f for f in e.get("forms", []) if fold_word(f) not in new_forms]
            else:
                k = "cue" if section == "cues" else "w"
                new = {fold_word(e[k]) for e in entries}
                have[:] = [e for e in have if fold_word(e[k]) not in new]
            have.extend(entries)
    for section in ("modifiers",):
        for lang, entries in (user.get(section) or {}).items():
            data[section].setdefault(lang, {}).update(entries)
    for section in ("pronouns", "complementizers", "auxiliaries", "stops", "group_nouns"):
        for lang, words in (user.get(section) or {}).items():
            data[section].setdefault(lang, [])
            data[section][lang] = list(dict.fromkeys([*data[section][lang], *words]))
    for section in ("actors", "actor_groups", "countries", "cities"):
        data[section].update(user.get(section) or {})
    data["capitals"] = list(dict.fromkeys([*data["capitals"], *(user.get("capitals") or [])]))


def _alternation(forms: list[str]) -> str:
    """One regex for many words, as a character trie: Python's ``re`` tries the branches of a flat
    alternation one by one at every position, so 200 labels cost 200 tests per character; a trie
    costs one per distinct first letter. Longer forms are preferred (greedy optional tails), and a
    space matches any run of spaces."""
    trie: dict[str, Any] = {}
    for f in set(forms):
        node = trie
        for ch in " ".join(f.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    alts = []
    for ch in sorted(k for k in node if k):
        alts.append((r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?" if len(alts) == 1 or not body.startswith("(?:") else body + "?"
    return body


@dataclass
class LabelEntry:
    form: str
    gloss: str
    stance: str
    denotes: str | None
    needs_group: bool = False
    needs_entity: bool = False


@dataclass
class LangLexicon:
    lang: str
    cue_re: re.Pattern[str] | None
    cues: dict[str, dict[str, Any]]
    heads: dict[str, dict[str, Any]]  # key form (space-joined tokens) -> entry
    head_max: int
    modifiers: dict[str, str]
    pronouns: frozenset[str]
    complementizers: frozenset[str]
    auxiliaries: frozenset[str]
    stops: frozenset[str]
    label_re: re.Pattern[str] | None
    labels: dict[str, LabelEntry]
    group_nouns: frozenset[str]
    country_words: dict[str, str]  # key form -> country name
    country_max: int
    country_re: re.Pattern[str] | None = None
    cue_words: frozenset[str] = frozenset()  # first words of cues: a title search stops at them


@dataclass
class Lexicon:
    langs: dict[str, LangLexicon]
    actors: dict[str, dict[str, Any]]
    actor_groups: dict[str, list[str]]
    adjectives: dict[str, str]  # country -> English adjective
    city_country: dict[str, str]
    capitals: frozenset[str] = frozenset()
    data: dict[str, Any] = field(repr=False, default_factory=dict)

    def get(self, lang: str | None) -> LangLexicon | None:
        return self.langs.get((lang or "").split("-")[0].lower())

    def group_of(self, actor: str) -> str | None:
        """The umbrella actor a named group belongs to (Jaish al-Fatah -> Syrian armed opposition)."""
        for group, members in self.actor_groups.items():
            if actor == group or actor in members:
                return group
        return None


def _compile_lang(lang: str, d: dict[str, Any]) -> LangLexicon:
    cues: dict[str, dict[str, Any]] = {}
    for e in d["cues"].get(lang, []):
        cues[fold_word(e["cue"])] = e
    cue_re = None
    if cues:
        alt = _alternation(list(cues))
        if lang == "ar":
            pat = rf"(?<!\w)(?:[وف])?({alt})(?!\w)"
        elif lang in ("ur", "fa"):
            pat = rf"(?<!\w)({alt})(?=\W|$|که(?!\w))"
        else:
            pat = rf"(?<![\w'])({alt})(?!\w)"
        cue_re = re.compile(pat)
    heads = {fold_word(e["w"]): e for e in d["heads"].get(lang, [])}
    labels: dict[str, LabelEntry] = {}
    for e in d["labels"].get(lang, []):
        for f in e.get("forms", []):
            k = fold_word(f)
            entry = LabelEntry(f, e["gloss"], e.get("stance", "other"), e.get("denotes"),
                               bool(e.get("needs_group")), bool(e.get("needs_entity")))
            labels[k] = entry
            if lang == "ar" and k.startswith("ال"):
                labels.setdefault("لل" + k[2:], entry)  # للإرهابيين = ل + الإرهابيين
    groups = [fold_word(g) for g in d["group_nouns"].get(lang, [])]
    label_re = None
    if labels:
        alt = _alternation(list(labels))
        grp = rf"(?:\s+({_alternation(groups)})(?!\w))?" if groups else ""
        prefix = r"(?:[وفب])?" if lang == "ar" else ""
        bound = r"(?<![\w'])" if lang == "en" else r"(?<!\w)"
        label_re = re.compile(rf"{bound}{prefix}({alt})(?!\w){grp}")
    country_words: dict[str, str] = {}
    for name, c in d["countries"].items():
        for w in c.get(lang, []):
            country_words.setdefault(fold_word(w), name)
    fw = lambda ws: frozenset(fold_word(w) for w in ws)  # noqa: E731
    return LangLexicon(
        lang=lang,
        cue_re=cue_re,
        cues=cues,
        heads=heads,
        head_max=max((len(k.split()) for k in heads), default=1),
        modifiers={fold_word(k): v for k, v in d["modifiers"].get(lang, {}).items()},
        pronouns=fw(d["pronouns"].get(lang, [])),
        complementizers=fw(d["complementizers"].get(lang, [])),
        auxiliaries=fw(d["auxiliaries"].get(lang, [])),
        stops=fw(d["stops"].get(lang, [])),
        label_re=label_re,
        labels=labels,
        group_nouns=frozenset(groups),
        country_words=country_words,
        country_max=max((len(k.split()) for k in country_words), default=1),
        cue_words=frozenset(c.split()[0] for c in cues),
        country_re=re.compile(rf"(?<!\w)({_alternation(list(country_words))})(?!\w)") if country_words else None,
    )


@lru_cache(maxsize=8)
def _load(user_path: str | None) -> Lexicon:
    d = raw_data(user_path)
    langs = sorted(set(LANGS) | set(d["cues"]) | set(d["labels"]))
    return Lexicon(
        langs={lang: _compile_lang(lang, d) for lang in langs},
        actors=d["actors"],
        actor_groups=d["actor_groups"],
        adjectives={name: c["adj"] for name, c in d["countries"].items()},
        city_country=dict(d["cities"]),
        capitals=frozenset(d["capitals"]),
        data=d,
    )


def load_lexicon(user_path: str | None = None) -> Lexicon:
    """The compiled lexicon; ``user_path`` (or $KHABAR_FRAMING_LEXICON) is merged over the shipped one."""
    path = user_path or os.environ.get(USER_ENV) or None
    return _load(str(path) if path else None)


def user_lexicon_path(config) -> str | None:
    """The user's lexicon file from ``Config.options['framing_lexicon']`` (merged over the shipped one)."""
    path = (config.options or {}).get("framing_lexicon")
    return str(path) if path else None
