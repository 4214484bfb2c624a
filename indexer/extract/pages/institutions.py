"""The nouns of institutions that the word for film or a genre word helps name.

A festival, a prize, an academy, an institute, an archive ("Polish Film Institute", "Festival
de Cine Español", "Grand Prix du documentaire", "ドキュメンタリー映画祭") holds the word for
film, a nationality or a genre word in its name; that word then names the institution, not
the film the page is about. The nouns are language data
(:attr:`~indexer.lang.base.Language.institution_words`): whole words, or stems that a ``*``
lets endings follow ("festival*": "festivalu", "festivalen"); a noun of a script without
spaces is looked for inside a run of it ("山形国際ドキュメンタリー映画祭").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from indexer import lang, recache
from indexer.wordre import alternation

#: a script written without spaces between words (Chinese, Japanese, Korean runs, Thai)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0e00-\u0e7f]")
#: the fewest letters of a stem read as the tail of a compound ("Filmfestival", "kinofestivāl")
_COMPOUND_TAIL = 6


def _words() -> tuple[str, ...]:
    return lang.cues("institution_words")


@lru_cache(maxsize=1)
def _whole() -> re.Pattern[str]:
    """One word of a spaced script that is an institution's noun, whole or a stem and its
    endings."""
    spaced = [w for w in _words() if not _UNSPACED.search(w)]
    whole = alternation(w for w in spaced if not w.endswith("*")) or "(?!)"
    stems = alternation(w[:-1] for w in spaced if w.endswith("*")) or "(?!)"
    return recache.compile(rf"(?i)(?:{whole})|(?:{stems})\w*")


@lru_cache(maxsize=1)
def _inside() -> re.Pattern[str]:
    """An institution's noun inside a word: a noun of a script without spaces anywhere, a
    stem of a spaced script as the tail of a compound ("Filmfestival", "filmfesztiválon")."""
    unspaced = alternation(w for w in _words() if _UNSPACED.search(w)) or "(?!)"
    tails = alternation(
        w.rstrip("*")
        for w in _words()
        if not _UNSPACED.search(w) and " " not in w and len(w.rstrip("*")) >= _COMPOUND_TAIL
    )
    return recache.compile(rf"(?i){unspaced}|(?<=\w)(?:{tails or '(?!)'})")


def _noun_inside(word: str) -> re.Match[str] | None:
    """``_inside().search(word)``, without the search for a word that cannot hold such a noun:
    one of :data:`_COMPOUND_TAIL` letters or fewer (a compound's tail follows a letter) with no
    character of a script without spaces (whose nouns hold one: no case maps one to another
    script)."""
    if len(word) <= _COMPOUND_TAIL and not _UNSPACED.search(word):
        return None
    return _inside().search(word)


def is_institution(word: str) -> bool:
    """Whether ``word`` is an institution's noun ("Festival", "festivalu", "Institute",
    "Preis"), or holds one ("Filmfestival", "映画祭", "영화제에서")."""
    word = word.strip()
    return bool(word) and bool(_whole().fullmatch(word) or _noun_inside(word))


def institution_near(token: str, before: list[str], after: list[str], linking: Predicate) -> bool:
    """Whether the word for film ``token`` holds an institution's noun ("Filmfestival"), or
    one of the two words ``after`` it is one ("Film Institute"), or one of the words
    ``before`` it heads a name that holds it, only particles and words that ``linking``
    allows between ("Festival de Cine", "Týždeň slovenského filmu", "liên hoan phim"; not
    "award winning South African film")."""
    if is_institution(token) or any(_noun(w) for w in (*after[:2], *_pairs(after[:2]))):
        return True
    for i, word in enumerate(before):
        pair = i + 1 < len(before) and _noun(f"{word} {before[i + 1]}")
        rest = before[i + 2 if pair else i + 1 :]
        # a name written with capitals holds other names ("Festival de Málaga de Cine")
        named = word[:1].isupper()
        if (pair or _noun(word)) and all(_links(w, linking, named) for w in rest):
            return True
    return False


def _links(word: str, linking: Predicate, named: bool) -> bool:
    """A particle, a number, a word ``linking`` allows or, in a ``named`` institution, a
    capitalised word: it may stand inside the name."""
    capital = named and word[:1].isupper()
    return len(word) <= _PARTICLE or word[:1].isdigit() or capital or linking(word)


def _pairs(words: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _noun(word: str) -> bool:
    """One word, or two, of an institution's noun, whole ("Festival", "Grand Prix")."""
    return bool(_whole().fullmatch(word)) or _unspaced_inside(word)


def _unspaced_inside(word: str) -> bool:
    """An institution's noun of a script without spaces inside ``word`` ("영화제에서")."""
    inside = _noun_inside(word)
    return inside is not None and _UNSPACED.match(inside.group(0)) is not None


#: a word of any script, with the combining marks of Indic scripts
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0eff\u0f00-\u0fff\u1000-\u109f])+")
#: what may stand between two words of one name ("Documentary Film Festival", "Sci-Fi")
_NAME_GAP = re.compile(r"[ \t\u00a0\-‐‑'’&]*")
#: the letters of a particle between an institution's noun and the words it names ("Prix du
#: documentaire", "Festival de Cine de Terror", "Award for Best Documentary")
_PARTICLE = 3
#: the words before an institution's noun that its name may hold
_BEFORE = 3
#: the words after an institution's noun that its name may hold
_AFTER = 4
#: the characters of a script without spaces read before its institution's noun
#: ("ドキュメンタリー映画祭": the genre word and the word for film)
_UNSPACED_BEFORE = 12

Predicate = Callable[[str], bool]


def without_institutions(sentence: str, is_genre: Predicate, is_film: Predicate) -> str:
    """``sentence`` with the genre words that help name an institution written as no genre's
    ("x" for each letter): right before its noun, maybe with the word for film between
    ("Documentary Film Festival", "Kids Film Festival"), or right after it, maybe with a
    particle or the word for film between ("Grand Prix du documentaire", "Festival de Cine
    de Terror"); in a script
    without spaces, the characters before the noun ("山形国際ドキュメンタリー映画祭")."""
    spans = list(_WORD.finditer(sentence))
    masked = list(sentence)
    for j, span in enumerate(spans):
        unspaced, noun = _word_noun(span.group(0))
        if unspaced is not None:
            start = max(span.start(), span.start() + unspaced - _UNSPACED_BEFORE)
            _mask(masked, start, span.start() + unspaced)
            continue
        if not noun:
            continue
        for k in (*_named_before(spans, j, is_genre), *_named_after(spans, j, is_film)):
            if is_genre(spans[k].group(0)):
                _mask(masked, spans[k].start(), spans[k].end())
    return "".join(masked)


@lru_cache(maxsize=8192)  # a page's sentences write the same words again and again
def _word_noun(word: str) -> tuple[int | None, bool]:
    """Where in ``word`` an institution's noun of a script without spaces begins (None when it
    holds none), and whether ``word`` is an institution's noun (:func:`is_institution`)."""
    inside = _noun_inside(word)
    if inside and _UNSPACED.match(inside.group(0)):
        return inside.start(), True
    if word != word.strip():
        return None, is_institution(word)
    # :func:`is_institution` of a word without spaces around it, its noun inside read once
    return None, bool(word) and bool(_whole().fullmatch(word) or inside)


def _mask(letters: list[str], start: int, end: int) -> None:
    """Write ``letters[start:end]`` as no word's ("x" for each letter)."""
    letters[start:end] = "x" * (end - start)


def _joined(spans: list[re.Match[str]], i: int, j: int) -> bool:
    """Words ``i`` and ``j`` (``i < j``) stand side by side in one name."""
    return bool(_NAME_GAP.fullmatch(spans[i].string, spans[i].end(), spans[j].start()))


def _named_before(spans: list[re.Match[str]], j: int, is_genre: Predicate) -> list[int]:
    """The three words before the noun ``j`` in its name, up to a particle that is no genre
    word ("Documentary Film Festival", "Science Fiction Film Festival", "war movies")."""
    found: list[int] = []
    k = j - 1
    # a particle ends the name: "الفيلم الوثائقي في مهرجان", a documentary at a festival
    while k >= 0 and len(found) < _BEFORE and _joined(spans, k, k + 1):
        if len(spans[k].group(0)) <= _PARTICLE and not is_genre(spans[k].group(0)):
            break
        found.append(k)
        k -= 1
    return found


def _named_after(spans: list[re.Match[str]], j: int, is_film: Predicate) -> list[int]:
    """The words after the institution's noun ``j`` in its name, up to the first that is no
    particle or word for film ("Prix du documentaire", "Festival de Cine de Terror"). A prize's
    category ("Prix du Meilleur Documentaire", "Award for Best Documentary") is none: the film
    the page is about often won it."""
    best = lang.cue_set("award_words")
    cinema = lang.cue_set("cinema_words")
    found: list[int] = []
    k = j + 1
    while k < len(spans) and len(found) < _AFTER and _joined(spans, k - 1, k):
        word = spans[k].group(0)
        if word.casefold() in best:
            return []
        found.append(k)
        if not (len(word) <= _PARTICLE or is_film(word) or word.casefold() in cinema):
            break
        k += 1
    return found


def without_classes(sentence: str, is_genre: Predicate, is_class: Predicate) -> str:
    """``sentence`` with the genre words of a class of films written as no genre's ("x" for
    each letter): right before a word that ``is_class`` holds (the plural of the word for
    film: "horror films", "komedi filmleriyle") or right after it, maybe a particle between
    ("películas de terror")."""
    spans = list(_WORD.finditer(sentence))
    masked = list(sentence)
    for j, span in enumerate(spans):
        if not is_class(span.group(0)):
            continue
        near = _named_before(spans, j, is_genre)[:2]
        after = [k for k in (j + 1, j + 2) if k < len(spans) and _joined(spans, k - 1, k)]
        after = after if after[:1] == [j + 1] else []
        if len(after) == 2 and len(spans[j + 1].group(0)) > _PARTICLE:
            after = after[:1]
        for k in (*near, *after):
            if is_genre(spans[k].group(0)):
                _mask(masked, spans[k].start(), spans[k].end())
    return "".join(masked)


def opens_with_institution(run: str, within: int) -> bool:
    """Whether an institution's noun of a script without spaces begins among the first
    ``within`` characters of ``run`` ("協会", "资料馆", "감독조합상"; not "初の受賞", where
    the award's word comes later: the film received an award)."""
    return any(_UNSPACED.match(m.group(0)) and m.start() <= within for m in _inside().finditer(run))
