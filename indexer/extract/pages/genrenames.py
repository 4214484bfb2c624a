"""Genre words that name the kind of another film: the genre noun right before its name.

Prose names other films by their kind: "Lubitsch's 1940 romantic comedy The Shop Around the
Corner", "the mainstream comedy Men With Brooms", "el documental Born positive", "vēsturisko
drāmu Ben- Hurs", "la comèdia espanyola 'Señor dame paciencia'". A genre word (maybe with the
word for film after it) that a capitalised name follows in a script with capitals, or that a
quoted name follows a word or two on, is that name's kind. It is the page's film's kind only
when the name is the page's title, or the page writes the name again and again (its film
under another spelling of the title). A sentence written in capitals or in title case (a
heading: "Review: A Gripping Thriller That Grips") has no names to tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.extract.pages.text import SPACES
from indexer.extract.pages.titleperson import given_names
from indexer.normalize import (
    country_name,
    key,
    language_nationality,
    nationality_country,
    plain_key,
)
from indexer.wordre import is_word, literal_starts, word_spans

Predicate = Callable[[str], bool]

#: a word (letters and the combining marks of Indic and other scripts)
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])+"
)
#: the marks that open a quoted name
_OPENING_QUOTES = "“\"«„‘'‚"
#: the most words between a genre word and the quoted name it qualifies ("documental d'autor
#: 'Gunda'", "comèdia espanyola 'Señor …'"; "kann als „…“" is a clause's)
_QUOTE_GAP = 1
#: the most lower-case letters of a short word inside a name ("The Shop Around the Corner")
_NAME_LINK = 3
#: the most words of a name read after a genre word
_NAME_WORDS = 6
#: how many times a page writes the name of the film it is about, at the least: a name of
#: one word, of more
_REPEATED = 3
_REPEATED_NAME = 2
#: the letters of a name's second word that its inflected forms keep ("Tommila|n")
_STEM = 4
#: the characters of a page's top that its heading stands in
_HEAD = 400
#: the share of capitalised words above which a sentence is a heading in title case
_TITLE_CASE = 0.6


def _capitalised(word: str) -> bool:
    """A word of a script with capitals that opens with one ("The", "Ben", "OWL")."""
    return word[:1].isupper()


def _title_case(spans: list[re.Match[str]]) -> bool:
    """Whether most words of three letters or more open with a capital (a heading)."""
    long = [s.group(0) for s in spans if len(s.group(0)) >= 3]
    return bool(long) and sum(map(_capitalised, long)) / len(long) > _TITLE_CASE


def _name_run(spans: list[re.Match[str]], start: int, text: str) -> str:
    """The name that word ``start`` opens: capitalised words side by side, short lower-case
    words between them ("Men With Brooms", "The Shop Around the Corner"), up to a mark."""
    end = start
    k = start + 1
    while k < len(spans) and k - start < _NAME_WORDS:
        gap = text[spans[k - 1].end() : spans[k].start()]
        if gap.strip(" -"):
            break
        word = spans[k].group(0)
        if _capitalised(word):
            end = k
        elif len(word) > _NAME_LINK:
            break
        k += 1
    return text[spans[start].start() : spans[end].end()]


def _is_page_film(name: str, title: str, block: str, url: str | None) -> bool:
    """A name that is the page's title (one holds the other's start), that the page's
    address ``url`` spells ("…/film-la-passione-dal-24-…"), or that the page writes again and
    again, in any of its forms (its film under another spelling of its title, or a person:
    "toimintafilmissä Jorma Tommilan esittämä mies")."""
    named, wanted = key(name), key(title)
    if wanted and named and (f" {wanted} " in f" {named} " or wanted.startswith(named)):
        return True
    if url and plain_key(name).replace(" ", "-") in url.casefold():
        return True  # the page's address names it, hyphens between words
    words = name.split()
    count = _times_written(words, block)
    if count > 1 and _times_written(words, block[:_HEAD]):
        return True  # the page's heading names it, and the sentence names it again
    return count >= (_REPEATED if len(words) == 1 else _REPEATED_NAME)


def _times_written(words: list[str], text: str) -> int:
    """How many times ``text`` writes the name of ``words``: its one word whole, or, for a name
    of two words or more in any of its forms ("Jorma Tommilan", "Jorma Tommila"), its first
    word (not inside a longer one) then, after spaces, the first :data:`_STEM` letters of its
    second; matches do not overlap. Found without a pattern for the name (a page's words)."""
    first = words[0]
    if len(words) == 1:
        return len(word_spans(text, first))
    stem = words[1][:_STEM]
    count = end = 0
    for at in literal_starts(text, first):
        if at < end or (at and is_word(text[at - 1])):
            continue
        gap = SPACES.match(text, at + len(first))
        if gap and text.startswith(stem, gap.end()):
            count += 1
            end = gap.end() + len(stem)
    return count


def _mask(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = "x" * (end - start)


def without_named_films(
    sentence: str,
    title: str,
    block: str,
    is_genre: Predicate,
    is_film: Predicate,
    url: str | None = None,
) -> str:
    """``sentence`` with the genre words that qualify another film's name written as no
    genre's ("x" for each letter): a genre word (``is_genre``), maybe the word for film
    after it (``is_film``), then a capitalised name or, a word or two on, a quoted one, that
    is not the page's film (:func:`_is_page_film`; ``url``: the page's address); the genre
    words joined before it go too ("romantic comedy The Shop …")."""
    spans = list(_WORD.finditer(sentence))
    if len(spans) < 2 or _title_case(spans):
        return sentence
    chars = list(sentence)
    for i, span in enumerate(spans):
        if not is_genre(span.group(0)) or _stands_alone(spans, i, sentence):
            continue
        last = i + 1 if i + 1 < len(spans) and _joined(spans, i, sentence) else i
        last = last if last > i and is_film(spans[last].group(0)) else i
        name = _named_after(spans, last, sentence, is_genre, is_film)
        if not name or _names_no_film(name) or _is_page_film(name, title, block, url):
            continue
        first = i
        while (
            first > 0
            and _joined(spans, first - 1, sentence)
            and is_genre(spans[first - 1].group(0))
        ):
            first -= 1
        for k in range(first, last + 1):
            if is_genre(spans[k].group(0)):
                _mask(chars, spans[k].start(), spans[k].end())
    return "".join(chars)


def _stands_alone(spans: list[re.Match[str]], i: int, text: str) -> bool:
    """Word ``i`` is a labelled value ("Mug: Drama Regisseur …", a list flattened into a
    line) or a word inside a capitalised name already ("Prix du Meilleur Documentaire")."""
    if text[: spans[i].start()].rstrip().endswith(":"):
        return True
    return (
        i > 0
        and _capitalised(spans[i].group(0))
        and _capitalised(spans[i - 1].group(0))
        and (_joined(spans, i - 1, text))
    )


def _names_no_film(name: str) -> bool:
    """A name that is no film's: a person's (a given name, then a surname: "Jorma Tommila"),
    a country's or a nationality's ("film drama Indonesia", "komedi Malaysia")."""
    words = key(name).split()
    if len(words) >= 2 and words[0] in given_names():
        return True
    first = name.split()[0]
    return bool(
        country_name(first)
        or nationality_country(first)
        or language_nationality(first)
        or country_name(name)
    )


def _joined(spans: list[re.Match[str]], i: int, text: str) -> bool:
    """Words ``i`` and ``i + 1`` parted by spaces or a hyphen only."""
    return i + 1 < len(spans) and not text[spans[i].end() : spans[i + 1].start()].strip(" -‐‑")


def _named_after(
    spans: list[re.Match[str]], i: int, text: str, is_genre: Predicate, is_film: Predicate
) -> str:
    """The name of a film right after word ``i``: a quoted name within a word (no mark of a
    clause between), else two capitalised words or more, the first no genre word nor the
    word for film, one space before it; else ""."""
    after = text[spans[i].end() :]
    quoted = _quoted_within(after)
    if quoted:
        return quoted
    if i + 1 >= len(spans) or text[spans[i].end() : spans[i + 1].start()] != " ":
        return ""
    word = spans[i + 1].group(0)
    if not _capitalised(word) or is_genre(word) or is_film(word):
        return ""
    name = _name_run(spans, i + 1, text)
    # one capitalised word is as often what qualifies the genre ("film animasi Disney",
    # "film aksi Hollywood") or a surname as a film's name
    return name if sum(map(_capitalised, name.split())) > 1 else ""


def _quoted_within(after: str) -> str:
    """The name quoted within :data:`_QUOTE_GAP` words of the start of ``after``, only words
    and apostrophes before it ("d'autor 'Gunda'"); else ""."""
    match = _QUOTE_AFTER.match(after)
    name = match.group("name").strip() if match else ""
    # a quoted phrase in lower case is no name ("„vierter Teil“")
    return "" if name[:1].islower() else name


_QUOTE_AFTER = re.compile(
    rf"(?:[ \t]+[^\W\d_][\w'’]*){{0,{_QUOTE_GAP}}}[ \t]*[{_OPENING_QUOTES}]"
    r"(?P<name>[^”\"»“’'\n]{1,60})[”\"»“’']"
)
