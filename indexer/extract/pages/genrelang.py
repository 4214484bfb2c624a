"""Genre words of the page's own languages: a word of prose names a genre in the languages
whose genre word (or one of its forms) it is, and only on a page written in one of them.

The same letters are a genre word in one language and an everyday word in another: Malay and
Indonesian "cinta" (love, Romance) is Spanish for a film ("la cinta propone …", "14 cintas"),
Romanian "documentar" (Documentary) is the Spanish and Portuguese verb "to document". Prose
counts a word that only other languages' modules list as a genre word (:func:`foreign_masked`)
as no genre word; the vocabulary's English words count on every page, as pages in any language
borrow them ("un thriller", "ein Drama"), and so do labelled values and fact lines, which
:mod:`.genres` reads apart from prose.

A page's languages (:func:`page_languages`) are those the language detector names for its
opening and for its first prose lines, each with the languages a detector takes for it
(:attr:`~indexer.lang.base.Language.kin`: Malay for Indonesian, Galician for Spanish); a long
sentence that holds a foreign genre word adds its own language (an English quotation on a
French page).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from indexer import lang
from indexer.diskcache import cldr_table
from indexer.extract.pages.textlang import text_language
from indexer.normalize import GENRE_ALIASES, GENRES, UNSTEMMED_GENRE_WORDS, key

#: the vowels a genre word drops before an ending ("комедия" -> "комеди|ей", "dráma" ->
#: "drám|y"), as :func:`key` writes them
VOWELS = frozenset("aeiouyæøœåаеиоуыэюяіїєўαεηιουωაეიოუ")

#: the fewest letters of a sentence whose language is asked on its own
_SENTENCE_LETTERS = 60
#: the first prose lines whose language is asked, and the least characters they hold
_PROSE_SAMPLE = 700
_PROSE_WORDS = 10

_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])+"
)


def bases(word: str) -> list[str]:
    """``word`` and ``word`` less one or two final vowels, four letters left at least: what an
    ending follows."""
    found = [word]
    for _ in range(2):
        if len(found[-1]) > 4 and found[-1][-1] in VOWELS:  # four letters stay: "actie"
            found.append(found[-1][:-1])
    return found


def forms(
    words: Mapping[str, str], endings: Iterable[str], dropped: Iterable[str]
) -> dict[str, str]:
    """Every inflected form of one language's genre words (the word less its final vowels,
    or less one of ``dropped``, then one of ``endings``) -> genre."""
    ends = [key(e) for e in endings]
    longest = sorted(map(key, dropped), key=len, reverse=True)
    found: dict[str, str] = {}
    for word, genre in words.items():
        token = key(word)
        if " " in token or token in UNSTEMMED_GENRE_WORDS or len(token) < 2:
            continue
        stems = bases(token) + [token[: -len(d)] for d in longest if token.endswith(d)][:1]
        for base in stems:  # one letter shorter at most ("музичн|а": "музичний")
            for end in (e for e in ends if len(base + e) >= len(token) - 1):
                found.setdefault(base + end, genre)
    return found


def vocabulary_forms() -> dict[str, str]:
    """The vocabulary's genre words (English, and the aliases) and their English forms."""
    english = en.genre_endings if (en := lang.language("en")) else ()
    words = {w: g for g, written in GENRES.items() for w in (g, *written)} | GENRE_ALIASES
    return forms(words, english, ())


def _with_plurals(words: Iterable[str]) -> frozenset[str]:
    """``words`` and the plurals :func:`~indexer.normalize.genre_names` reads them in
    ("cintas", "comedies")."""
    found = set(words)
    found |= {w + "s" for w in found} | {w[:-1] + "ies" for w in found if w.endswith("y")}
    return frozenset(found)


@lru_cache(maxsize=1)
def _vocabulary_keys() -> frozenset[str]:
    words = {w for g, written in GENRES.items() for w in (g, *written)} | set(GENRE_ALIASES)
    return _with_plurals({key(w) for w in words} | set(vocabulary_forms()))


@lru_cache(maxsize=1)
def _own_genres() -> dict[str, dict[str, str]]:
    """Language code -> its genre words, their forms and plurals (as :func:`key` writes
    them) -> genre."""
    table: dict[str, dict[str, str]] = {}
    for one in lang.languages():
        words = {key(w): g for w, g in one.genres.items()}
        words |= forms(one.genres, one.genre_endings, one.genre_stem_endings)
        plurals = {w + "s": g for w, g in words.items()}
        plurals |= {w[:-1] + "ies": g for w, g in words.items() if w.endswith("y")}
        table[one.code] = plurals | words
    return table


@lru_cache(maxsize=1)
def _own_keys() -> dict[str, frozenset[str]]:
    """Language code -> its genre words, their forms and plurals."""
    return {code: frozenset(words) for code, words in _own_genres().items()}


@lru_cache(maxsize=1)
@cldr_table
def _own_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Language code -> its genre words of more than one word, each as its words (as
    :func:`key` writes them): "dokumenta filmo", "zinātniskā fantastika"."""
    return {
        code: tuple(tuple(k.split()) for k in words if " " in k)
        for code, words in _own_genres().items()
    }


def _in_own_phrase(keys: list[str], languages: frozenset[str]) -> set[int]:
    """The positions of ``keys`` (a sentence's words) that stand inside a genre phrase of
    ``languages``: words of the page's own phrase, whatever other languages make of them
    alone (Esperanto "dokumenta" of "dokumenta filmo", Latvian "fantastika")."""
    inside: set[int] = set()
    phrases = {p for code in languages for p in _own_phrases().get(code, ())}
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(keys) - size + 1):
            if tuple(keys[start : start + size]) == phrase:
                inside.update(range(start, start + size))
    return inside


@lru_cache(maxsize=1)
def _every_own_key() -> frozenset[str]:
    return frozenset().union(*_own_keys().values()) - _vocabulary_keys()


@lru_cache(maxsize=1)
def _kin() -> dict[str, frozenset[str]]:
    """Language code -> itself and the languages a detector takes for it or it for them."""
    table: dict[str, set[str]] = {}
    for one in lang.languages():
        for other in one.kin:
            table.setdefault(one.code, {one.code}).add(other)
            table.setdefault(other, {other}).add(one.code)
    return {code: frozenset(codes) for code, codes in table.items()}


def _with_kin(codes: Iterable[str | None]) -> frozenset[str]:
    found: set[str] = set()
    for code in codes:
        if code:
            found |= _kin().get(code, {code})
    return frozenset(found)


def page_languages(block: str) -> frozenset[str]:
    """The languages the page is written in: those the detector names for its opening and
    for its first prose lines, with their kin, and every language of which the page writes
    :data:`_EVIDENCE` words or more that none of those nor English writes (the detector knows
    no Uzbek or Irish, and names another language for such a page); empty when the detector
    names none (no word is then foreign)."""
    text = block[:6000]
    prose = [ln for ln in text.splitlines() if len(ln.split()) >= _PROSE_WORDS]
    sample = " ".join(prose)[:_PROSE_SAMPLE]
    found = _with_kin([text_language(block), text_language(sample) if sample else None])
    if not found:
        return found
    words = {key(w) for w in _WORD.findall(text)}
    vocabularies = _vocabularies()
    own = _own_keys()
    seen = words - _vocabulary_keys()
    for code in (*found, "en"):  # one set at a time: each pass walks the page's few words
        seen = seen - vocabularies.get(code, frozenset()) - own.get(code, frozenset())
    return found | _with_kin(_evidenced(seen))


def _evidenced(words: set[str]) -> list[str]:
    """The languages of which ``words`` (a page's words no language of the page writes) hold
    :data:`_EVIDENCE` words of the module or more, its genre words counted once for each genre
    ("cinta" and "cintas" are one), in the order of :func:`_vocabularies`."""
    genres, own = _own_genres(), _own_keys()
    # only the few words some module writes are looked up in each language's words
    in_vocabulary = words & _any_vocabulary()
    in_genres = words & _any_own_key()
    return [
        code
        for code, vocabulary in _vocabularies().items()
        if len(in_vocabulary & vocabulary) + len({genres[code][w] for w in in_genres & own[code]})
        >= _EVIDENCE
    ]


@lru_cache(maxsize=1)
@cldr_table
def _any_vocabulary() -> frozenset[str]:
    """Every word of :func:`_vocabularies`, of any language."""
    return frozenset().union(*_vocabularies().values())


@lru_cache(maxsize=1)  # not kept on disk: read back, its 1.8 MB cost more than the union
def _any_own_key() -> frozenset[str]:
    """Every genre word, form and plural of :func:`_own_keys`, of any language."""
    return frozenset().union(*_own_keys().values())


#: the fewest words of a language's own, no genre word among them, that make it one of the
#: page's languages
_EVIDENCE = 2
#: the fewest letters of a word that tells a language
_EVIDENCE_LETTERS = 4


@lru_cache(maxsize=1)
@cldr_table  # kept on disk with the tables below: a new process's first page saves 80 ms
def _vocabularies() -> dict[str, frozenset[str]]:
    """Language code -> the words of its module (labels, cues, months; no genre word), one
    word each, as :func:`key` writes them."""
    table: dict[str, frozenset[str]] = {}
    for one in lang.languages():
        words: set[str] = set()
        for value in lang.read_values(one):  # not the normaliser's genre words
            if isinstance(value, dict):
                value = [w for v in value.values() if isinstance(v, tuple) for w in v]
            if isinstance(value, tuple):
                words.update(key(w) for w in value if isinstance(w, str))
        table[one.code] = frozenset(
            w for w in words if " " not in w and len(w) >= _EVIDENCE_LETTERS
        )
    return table


@lru_cache(maxsize=64)  # a page asks for its languages' words once for each sentence
def _genre_keys_of(languages: frozenset[str]) -> frozenset[str]:
    """The genre words, forms and plurals of any of ``languages``."""
    own = _own_keys()
    return frozenset().union(*(own.get(code, frozenset()) for code in languages))


def foreign_masked(sentence: str, languages: frozenset[str] | Callable[[], frozenset[str]]) -> str:
    """``sentence`` with each word that is a genre word of other languages only written as a
    word of no genre (the same letters replaced by "x"), so that the readers of prose still
    count it as a word; ``sentence`` itself when no word is such a word. ``languages`` may be
    a function that gives them (:func:`page_languages` of the page, remembered): it is asked
    only when the sentence writes a genre word of some language, so a page whose prose writes
    none never runs the language detector for them."""
    every = _every_own_key()
    words = list(_WORD.finditer(sentence))
    keys = [key(m.group(0)) for m in words]
    if not any(k in every for k in keys):
        return sentence  # no genre word of any language: nothing to mask, whatever the page's
    if callable(languages):
        languages = languages()
    if not languages:
        return sentence
    allowed = _genre_keys_of(languages)
    foreign = [i for i, k in enumerate(keys) if k in every and k not in allowed]
    if foreign:
        inside = _in_own_phrase(keys, languages)
        foreign = [i for i in foreign if i not in inside]
    if not foreign:
        return sentence
    if len(re.findall(r"[^\W\d_]", sentence)) >= _SENTENCE_LETTERS:
        mine = _with_kin([text_language(sentence)]) - languages
        if mine:  # a quotation in another language: its words are its own
            return foreign_masked(sentence, languages | mine)
    for match in reversed([words[i] for i in foreign]):
        sentence = sentence[: match.start()] + "x" * len(match.group(0)) + sentence[match.end() :]
    return sentence
