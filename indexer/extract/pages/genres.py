"""Genres named in prose: "a contemporary comedy", "української комедії", "komedi aksi".

Only sentences about the film count (they hold the word for film or the title). A word counts
when it is a genre word of a language module or of the genre vocabulary, or one of its forms
that the language's ``genre_endings`` make ("комедії", "komedią"; "animal", "mister" are no
forms of "animasi", "misteri"); in a script
written without spaces (Chinese, Japanese, Thai) a genre word counts wherever it stands
("把一個…的黑色喜劇拍得", "韓国初のスペースオペラ"). A genre word written just before a quoted
name other than the title ("do documentário “Recife Frio”") names another film. Narrower
genres ("black comedy", "трагикомедия") are kept before the vocabulary's (:data:`SUBGENRES`).
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from typing import NamedTuple

from indexer import lang, recache
from indexer.extract.pages import genrelang, sentences
from indexer.extract.pages.countrycells import cell_genres
from indexer.extract.pages.genrelines import (
    KIND_GENRES,
    genre_lines,
    glued,
    label_parts,
    listed_after_label,
)
from indexer.extract.pages.genrenames import without_named_films
from indexer.extract.pages.institutions import without_classes, without_institutions
from indexer.extract.pages.scripts import KANA_HAN, UNCASED_LETTER, UNSPACED
from indexer.normalize import (
    EVERYDAY_GENRES,
    GENRE_ADJECTIVES,
    GENRE_ALIASES,
    GENRE_EVERYDAY_WORDS,
    NARROW_ONLY,
    SUBGENRES,
    dedupe,
    genre_first_words,
    genre_names,
    genre_words,
    key,
    normalize_genres,
    widen,
)
from indexer.wordre import alternation, caseless, literal_starts, may_hold, whole_words

_STEM_MIN = 5
#: a word of a script that writes a syllable a character (Hangul: "액션", "드라마"), whose
#: genre words are shorter than that
_SYLLABIC = re.compile(r"[\uac00-\ud7a3]{2,}")
#: Genres whose words are everyday words in prose (:data:`~indexer.normalize.EVERYDAY_GENRES`)
EVERYDAY = EVERYDAY_GENRES


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Every inflected form of a genre word as its language writes it (the word less its
    final vowels, then one of the language's ``genre_endings``) -> genre. The vocabulary's
    words take the English endings; a language without endings has no forms here."""
    found = genrelang.vocabulary_forms()
    for one in lang.languages():
        for form, genre in genrelang.forms(
            one.genres, one.genre_endings, one.genre_stem_endings
        ).items():
            found.setdefault(form, genre)
    return found


@lru_cache(maxsize=1)
def _film_words() -> re.Pattern[str]:
    # a sentence that names a film, or its director's role, is about a film
    every = (*lang.cues("film_words"), *lang.cues("director_nouns"))
    words = alternation(w for w in every if not _unspaced(w))
    unspaced = alternation(w for w in every if _unspaced(w)) or "(?!)"
    return recache.compile(rf"(?i)(?<!\w)(?:{words})|{unspaced}")  # "…的第一部劇情長片" too


def decide(
    labelled: list[str],
    tags: list[str],
    on_lines: list[str],
    block: str,
    title: str,
    url: str | None = None,
) -> tuple[list[str], list[str]]:
    """(genres, other labels kept as tags), from the strongest evidence that names any: a
    labelled value (also a label inside a line: "… // Género: Drama, Thriller // …"; values
    listed a line each, glued or inflected: :mod:`.genrelines`), the page's tags, the film's
    fact lines and credit sentence, a line made only of genre words, a Chinese lead line,
    then prose about the film. Narrower genres come first, then the vocabulary's they belong
    to. The kind of work (:data:`KINDS`: "Spielfilm", "igrani", "Kurzfilm") is no genre: it
    is kept from every labelled value, tag and fact line, after the genres, while the
    weaker evidence is still read for a genre. ``url`` is the page's address."""
    if not labelled:
        labelled = inline_labelled(block)
    labelled = listed_after_label(labelled, block)
    genres, other = labelled_genres(labelled)
    kinds = [g for g in genres if g in KINDS]
    genres = [g for g in genres if g not in KINDS]
    parts = label_parts(labelled)
    # "Genre: Speelfilm", "Feature film": the kind of work, named after any genre found
    feature = ["Feature Film"] if not genres and parts and all(map(_says_film, parts)) else []
    if not genres and all(_says_film(part) or _only_kinds(part) for part in parts):
        # "Genre: Spillefilm", "Жанр: Игран филм": a feature film, no genre; "Category:
        # Original Reviews", "片種: --": no genre word at all, the page's prose may say it
        labelled = []
    for value in tags:
        words = [w for part in re.split(r"[,;|/\n]", value) for w in [part, *part.split()]]
        found = [g for w in words if w.strip() for g in genre_names(w, True)]
        kinds.extend(g for g in found if g in KINDS)
        genres = dedupe([*genres, *(g for g in found if g not in KINDS)])
    lines = [g for label in on_lines for g in genre_names(label, narrow=True)]
    kinds.extend(g for g in lines if g in KINDS)
    if not genres:
        genres = dedupe(g for g in lines if g not in KINDS)
    if not genres and not labelled:  # "Regie: …, 2023, VK, 98 min, drama"
        genres = [g for g in cell_genres(block) if g not in KINDS]
    if not genres and not labelled:
        genres = genre_lines(block)
    if not genres and not labelled:
        word = sentences.cjk_lead(block)[2]
        genres = genre_names(word, narrow=True) if word else []
    if not genres and not labelled:
        genres = prose_genres(block, title, url=url)
    return dedupe([*genres, *widen(dedupe([*kinds, *feature]), narrow=True)]), other


#: the kinds of work that pages name beside or for their genres: a feature (fiction) film,
#: a short film
KINDS = KIND_GENRES


def _only_kinds(part: str) -> bool:
    """A labelled value that names no genre, or only the kind of work ("igrani")."""
    return not set(_sentence_genres(part)) - KINDS


def _says_film(label: str) -> bool:
    """A label that only says "film" ("Spielfilm", "Feature film", "Игран филм")."""
    words = key(label).split()
    return bool(words) and bool(_film_ending().search(words[-1])) and len(words) <= 2


@lru_cache(maxsize=1)
def _inline_label() -> re.Pattern[str]:
    words = alternation(lang.labels().get("genres", ()))
    return recache.compile(
        rf"(?i)(?:^|[/|•·]\s*|(?<=[.;])\s+)(?:{words})\s*[:：ㅣ]\s*(?P<value>[^/|•·\n:：]{{2,80}})",
        re.MULTILINE,
    )


def inline_labelled(block: str) -> list[str]:
    """Genre values labelled inside a line of other labelled values, the first such line
    only ("De: Kleber Mendonça Filho // Género: Drama, Thriller // Classificação: M/12"),
    else genre words right after a genre label of a script without capitals, the label glued
    to the value before it (:func:`glued_uncased`)."""
    match = _inline_label().search(block[:8000])
    value = match.group("value").strip(" .,;") if match else ""
    if value and labelled_genres([value])[0]:
        return [value]
    glued_value = glued_uncased(block[:8000])
    return [glued_value] if glued_value else []


@lru_cache(maxsize=1)
def _uncased_label() -> re.Pattern[str]:
    """A genre label of a script without capitals, then maybe a colon or a bar, then a value:
    genre words of such scripts parted by commas or slashes (``words``), or a short value
    that another label of such a script closes (``closed``)."""
    every = lang.labels()
    labels = [w for w in every.get("genres", ()) if UNCASED_LETTER.match(w)]
    words = [w for w in _all_words() if UNCASED_LETTER.match(w)]
    others = {w for field, ws in every.items() if field != "genres" for w in ws}
    closing = sorted(w for w in others if len(w) >= 2 and UNCASED_LETTER.match(w))
    if not labels or not words or not closing:
        return re.compile("(?!)")
    word = f"(?:{alternation(words)})"
    listed = rf"(?P<words>{word}(?:[ \t]*[,，、/][ \t]*{word})*)"
    closed = (
        rf"(?P<closed>[^\n:：]{{1,{_CLOSED_VALUE}}}?)(?=(?:{alternation(closing)})[ \t]*[:：ㅣ|]?)"
    )
    return recache.compile(rf"(?:{alternation(labels)})[ \t]*[:：ㅣ|]?[ \t]*(?:{closed}|{listed})")


#: the most characters of a genre value that the next label closes ("한국 독립 · 드라마개봉:")
_CLOSED_VALUE = 24


def glued_uncased(block: str) -> str:
    """The genre value after the first genre label of a script without capitals wherever it
    stands, glued to the value before it as flattened credits write it ("…관람가장르액션러닝타임
    94분", "감독: 윤가은장르: 한국 독립 · 드라마개봉: …"): the short value up to the next label
    when it holds a genre word, else the genre words that open it; "" when neither does."""
    for match in _uncased_label().finditer(block):
        value = match.group("closed") or match.group("words")
        if labelled_genres([value])[0]:
            return value
    return ""


#: a space after a sentence's end ("।": Hindi's full stop)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？।۔؟])\s+")


def prose_genres(block: str, title: str, limit: int = 3, url: str | None = None) -> list[str]:
    """Genres that sentences about the film name, at most ``limit`` (narrower genres first,
    then those of the vocabulary they belong to); ``url``, the page's address, may name the
    film."""
    found: list[str] = []
    lead = _LEAD_SENTENCES
    top = _TOP_SENTENCES
    named = title.casefold()  # the title as a heading writes it ("THE FATHER"), any case in prose
    lead_named: list[str] = []  # the genres of a lead sentence before a quoted name
    # the page's languages, asked only by a sentence that writes some language's genre word
    languages = cache(lambda: genrelang.page_languages(block))
    for line in block[:6000].splitlines():
        before = ""  # the sentence before, on the same line ("… new film, Compartment No.")
        prose = _is_prose(line)
        # a paragraph that names the film or the word for film: its "It is a …" is the film's
        film_paragraph = prose and bool(_film_words().search(line) or named in line.casefold())
        for sentence in _SENTENCE_BREAK.split(line):  # "।": Hindi's full stop
            opens_line = not before
            about = f"{before[-120:]} {sentence}"
            before = sentence
            in_lead = prose and lead > 0  # the page's first sentences speak of its film
            lead -= prose
            near_top = top > 0
            top -= prose
            if not may_name_genre(sentence, title):
                continue  # no word of it reaches a genre reader: nothing found, nothing masked
            # "It is a very charming and sweet comedy …": near the top or in a paragraph about a
            # film, of the film too
            opened = (
                prose and (near_top or film_paragraph) and bool(_film_opening().match(sentence))
            )
            said = genrelang.foreign_masked(sentence, languages)  # "14 cintas": no love
            said = _without_label_only(said)  # "剧情简介": a synopsis, no drama
            said = _without_manners(said)  # "a documentary feel": no documentary
            # "Documentary Film Festival", "Grand Prix du documentaire": an institution's name
            said = without_institutions(said, _names_genre, _is_film_word)
            # "horror films", "películas de terror": a class of films
            said = without_classes(said, _names_genre, is_plural_film)
            # "the mainstream comedy Men With Brooms": another film's kind
            others = without_named_films(said, title, block, _names_genre, _is_film_word, url)
            if not (
                in_lead
                or opened
                or _film_words().search(about)
                or (named and named in sentence.casefold())
            ):
                found.extend(
                    _opening_genres(others)
                    or _this_genres(others)
                    or _defined(others)
                    or (_genre_fragment(others) if prose and opens_line else [])
                )
                continue
            kept = _without_other_films(others, title)
            if in_lead and kept != said and not lead_named and _named_again(sentence, block):
                lead_named = _sentence_genres(said, prose=True)
            found.extend(_sentence_genres(kept, prose=True))
            found.extend(_beside_title(said, title))
    # "الفيلم الوثائقي "…"" in the page's first sentences, the name written again further on:
    # the film the page is about, though the title read from the page is not the quoted name;
    # only when nothing else names a genre
    return widen(dedupe(found or lead_named)[:limit], narrow=True)


#: the characters that leave a sentence to the genre readers whatever its words
#: (:func:`may_name_genre`): the combining marks that :data:`_WORD` takes into a word, the
#: scripts whose vowel signs it takes (Indic, Tibetan, Burmese, Khmer) and the scripts written
#: without spaces or a syllable a character (kana, CJK, Hangul, Thai, Lao)
_READ_WHOLE = re.compile(
    r"[\u0300-\u036f\u0900-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff"
    rf"\uac00-\ud7a3{UNSPACED}]"
)


def may_name_genre(sentence: str, title: str) -> bool:
    """False only when no reader of :func:`prose_genres` can find a genre in ``sentence`` nor
    mask a word of it: in a script written with spaces, no word (:data:`_WORD`, as :func:`key`
    writes it) names a genre alone (:func:`_may_reach`) nor opens a genre phrase that one of
    the next words closes (:func:`_may_close`), no label-only word stands in it and the page's
    title is not quoted in it (:func:`_beside_title` reads a hyphened pair there). Most
    sentences of prose name no genre; the readers' masks and passes cost far more."""
    if _READ_WHOLE.search(sentence) or _label_only().search(sentence):
        return True
    if len(title) >= 2 and _may_quote(sentence, title):
        return True
    keys = list(map(key, _WORD.findall(sentence)))
    if any(map(_may_reach, keys)):
        return True
    return any(
        _may_close(k, after)
        for i, k in enumerate(keys)
        if _may_open(k)
        for after in keys[i + 1 : i + 1 + _PHRASE_REACH]
    )


#: how many words after a phrase's first word its second may stand (:func:`_opening_genres`
#: pairs the first words of a sentence less the everyday ones between them)
_PHRASE_REACH = 3


@lru_cache(maxsize=1 << 15)  # the same words come back in every sentence
def _may_reach(token: str) -> bool:
    """Whether a word, as :func:`key` writes it, may name a genre by itself: it is (in the
    plural too) a genre word of one word, a form or a genre adjective, or one of these after an
    article written as a prefix ("الوثائقي"); or it holds a genre word or a form of
    :data:`_INSIDE` letters or more (a compound's tail or head: "Liebeskomödie", "dramafilm").
    The readers look single words up by these only."""
    if not token:
        return False
    if " " in token:
        return True  # a word that folds into two: left to the readers
    tables = _reach_tables()
    if _whole_word(token, tables.alone):
        return True
    if any(token.startswith(a) and _whole_word(token[len(a) :], tables.alone) for a in _articles()):
        return True
    size = len(token)
    for n in range(_INSIDE, min(size, tables.longest) + 1):
        for start in range(size - n + 1):
            if token[start : start + n] in tables.inside:
                return True
    return False


@lru_cache(maxsize=1 << 15)
def _may_open(token: str) -> bool:
    """Whether a word may be the first of a genre phrase of two words or more ("film noir",
    "ficção científica", "الخيال العلمي"), or an inflected form of one ("psihološkom")."""
    firsts = _reach_tables().firsts
    bare = (token, *(token[len(a) :] for a in _articles() if token.startswith(a)))
    return any(b in firsts for b in bare) or any(
        token.startswith(one) for one, _, _ in _phrase_stems().get(token[:4], ())
    )


@lru_cache(maxsize=1 << 16)
def _may_close(first: str, second: str) -> bool:
    """Whether two words may be the first two of a genre phrase (the second maybe in the plural
    or inflected, either maybe after an article written as a prefix), as :func:`genre_names`,
    :func:`_without_articles` and :func:`_inflected_phrase` read them."""
    articles = _articles()
    pairs = _reach_tables().pairs
    ones = (first, *(first[len(a) :] for a in articles if first.startswith(a)))
    twos = (second, *(second[len(a) :] for a in articles if second.startswith(a)))
    if any((one, s) in pairs for one in ones for two in twos for s in _singulars(two)):
        return True
    return any(
        first.startswith(one) and second.startswith(two)
        for one, two, _ in _phrase_stems().get(first[:4], ())
    )


def _singulars(token: str) -> tuple[str, ...]:
    """``token`` and the singulars the vocabulary's lookups make of it."""
    return (
        token,
        *((token[:-1],) if token.endswith("s") else ()),
        *((token[:-3] + "y",) if token.endswith("ies") else ()),
    )


#: the fewest letters of a part of a word that a reader looks up in it (a compound's tail or
#: head, the word after an article)
_INSIDE = 4


def _whole_word(token: str, whole: frozenset[str]) -> bool:
    """``token`` or a singular of it (:func:`_singulars`) in ``whole``."""
    return any(s in whole for s in _singulars(token))


class _ReachTables(NamedTuple):
    alone: frozenset[str]  # the words a reader looks up whole
    inside: frozenset[str]  # the parts of _INSIDE letters or more it looks up inside a word
    longest: int  # the longest such part
    firsts: frozenset[str]  # the first words of phrases of two words or more
    pairs: frozenset[tuple[str, str]]  # their first two words


@lru_cache(maxsize=1)
def _reach_tables() -> _ReachTables:
    """The words and parts of words that :func:`may_name_genre` looks for."""
    phrases = [k.split() for k in (*genre_words(), *_forms(), *_adjectives())]
    singles = {p[0] for p in phrases if len(p) == 1}
    plurals = (v for k in singles for v in (k, f"{k}s", f"{k[:-1]}ies" if k.endswith("y") else k))
    inside = frozenset(w for w in plurals if len(w) >= _INSIDE)
    return _ReachTables(
        alone=frozenset(singles),
        inside=inside,
        longest=max(map(len, inside), default=0),
        firsts=frozenset(p[0] for p in phrases if len(p) > 1),
        pairs=frozenset((p[0], p[1]) for p in phrases if len(p) > 1),
    )


@lru_cache(maxsize=1)
def _label_only() -> re.Pattern[str]:
    """The genre words that prose writes as everyday words
    (:attr:`~indexer.lang.base.Language.label_only_genres`), a word of a spaced script whole."""
    words = lang.cues("label_only_genres")
    spaced = alternation(w for w in words if not _unspaced(w)) or "(?!)"
    unspaced = alternation(w for w in words if _unspaced(w)) or "(?!)"
    return recache.compile(rf"(?i)(?<![^\W\d_])(?:{spaced})(?![^\W\d_])|{unspaced}")


def _without_label_only(sentence: str) -> str:
    """``sentence`` with its label-only genre words written as no genre's ("x" for each
    letter), but for one that a longer genre word holds ("劇情長片") or that the noun for a
    film follows glued ("剧情片")."""
    found = list(_label_only().finditer(sentence))
    for match in reversed(found):
        longest = _unspaced_words().match(sentence, match.start())
        if longest and longest.end() > match.end():
            continue
        if _unspaced(match.group(0)) and _genre_heads().match(sentence, match.end()):
            continue
        sentence = sentence[: match.start()] + "x" * len(match.group(0)) + sentence[match.end() :]
    return sentence


@lru_cache(maxsize=1)
def _manner() -> re.Pattern[str]:
    """A word, then a word that makes a genre word before it a manner
    (:attr:`~indexer.lang.base.Language.genre_manner_words`): glued by a hyphen ("-like") or
    after a space ("feel")."""
    words = lang.cues("genre_manner_words")
    suffixes = alternation(w[1:] for w in words if w.startswith("-")) or "(?!)"
    nouns = alternation(w for w in words if not w.startswith("-")) or "(?!)"
    return recache.compile(
        rf"(?i)(?<![^\W\d_])(?P<word>[^\W\d_]+)(?:[-‐‑](?:{suffixes})|\s+(?:{nouns}))(?![^\W\d_])"
    )


def _without_manners(sentence: str) -> str:
    """``sentence`` with a genre word written as a manner ("shot in a documentary-like
    fashion", "gives the film a documentary feel") as a word of no genre ("x" for each
    letter)."""
    for match in reversed(list(_manner().finditer(sentence))):
        after = _WORD.match(sentence, match.end() + 1)  # "a mockumentary style film": its kind
        if after and _is_film_word(after.group(0)):
            continue
        if _genre_of(key(match.group("word"))):
            start, end = match.span("word")
            sentence = sentence[:start] + "x" * (end - start) + sentence[end:]
    return sentence


#: the most words of a sentence made only of genre words
_FRAGMENT_WORDS = 3

#: the marks that open and close a quoted name
_OPENING_QUOTES = "“\"«„「『《‘'"
_CLOSING_QUOTES = "”\"»“」』》’'"


_OPENING_QUOTE = re.compile(f"[{_OPENING_QUOTES}]")
_OPENING_MARKS = frozenset(_OPENING_QUOTES)
_CLOSING_MARKS = frozenset(_CLOSING_QUOTES)


def _may_quote(sentence: str, title: str) -> bool:
    """False when ``sentence`` cannot write ``title`` between quotation marks, case ignored
    (what :func:`_beside_title`'s pattern finds): no opening mark has a closing one the
    title's length after it with the title's letters between."""
    for mark in _OPENING_QUOTE.finditer(sentence):
        end = mark.end() + len(title)
        between = sentence[mark.end() : end]
        if sentence[end : end + 1] in _CLOSING_MARKS and may_hold(caseless(between), title):
            return True
    return False


def _beside_title(sentence: str, title: str) -> list[str]:
    """Genres of everyday words (:data:`EVERYDAY`: a short film, a fiction film, a
    biography) written right before or right after the page's title in quotes ("o
    curta-metragem “Vaca Profana”", "MIGLIOR CORTOMETRAGGIO: “Ieri sera a cena”"): the kind
    of the film the page is about, where the same word elsewhere in a sentence is as often
    another film's ("her earlier shorts")."""
    if len(title) < 2 or not _may_quote(sentence, title):
        return []  # the title is not quoted in the sentence: no pattern compiled for it
    found: list[str] = []
    for start, end in _quoted(sentence, title):
        before = _WORD_BEFORE_TITLE.search(sentence[:start])
        after = _WORD.match(sentence, end + (sentence[end:][:1] == " "))
        for word in (before.group(1) if before else "", after.group(0) if after else ""):
            k = key(word)
            if len(k) < _STEM_MIN or k in GENRE_EVERYDAY_WORDS or _unspaced(word):
                continue  # a run of a script without spaces is a whole clause
            found.extend(g for g in _genre_of(k) if g in EVERYDAY)
    return found


def _quoted(sentence: str, title: str) -> list[tuple[int, int]]:
    """The spans of ``title`` between an opening and a closing quotation mark in
    ``sentence``, case ignored, marks included (what ``re.finditer`` of the title's pattern
    between the marks' classes finds, without compiling one for the page's title)."""
    spans: list[tuple[int, int]] = []
    free = 0  # where the next span may begin: re's matches do not overlap
    for at in literal_starts(sentence, title, ignorecase=True):
        start, end = at - 1, at + len(title) + 1
        if start < free or start < 0 or sentence[start] not in _OPENING_MARKS:
            continue
        if sentence[end - 1 : end] in _CLOSING_MARKS:
            spans.append((start, end))
            free = end
    return spans


#: the word right before a quoted name, maybe with a colon or a dash between
_WORD_BEFORE_TITLE = re.compile(
    r"((?:[^\W\d_]|[\u0300-\u036f])+(?:-(?:[^\W\d_]|[\u0300-\u036f])+)?)[ \t]*[:–—-]?[ \t]*$"
)


def _genre_fragment(sentence: str) -> list[str]:
    """Genres of a sentence made only of genre words that opens a paragraph ("דרמה-קומדיה.
    סרטו של …", "Comedy-drama. Directed by …"): the paragraph's film's kind, written before
    what it says of it; [] when a word is no genre word."""
    words = _WORD.findall(sentence)
    if not 1 <= len(words) <= _FRAGMENT_WORDS or not sentence.rstrip().endswith("."):
        return []
    if any(not _genre_of(key(w)) for w in words):
        return []
    return [g for g in _sentence_genres(sentence) if g not in EVERYDAY]


def _named_again(sentence: str, block: str) -> bool:
    """A name quoted in ``sentence`` that the page's first lines write more than once (as
    :func:`key` writes them): the film the page goes on about, not one named in passing."""
    text = key(block[:6000])
    for match in _QUOTED.finditer(sentence):
        name = key(match.group("name"))
        if name and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= 2:
            return True
    return False


#: a sentence that opens with a genre word names the film's genre ("En satirisk komedi om …",
#: "În această dramă românească …", "Drama îi are în distribuție pe …"): its first words
_OPENING_WORDS = 3
#: … when the sentence goes on (a heading or a menu entry is no sentence)
_SENTENCE_WORDS = 6


def _opening_genres(sentence: str) -> list[str]:
    """Genres named by the first words of a sentence of some length, read whole (a stem or
    a compound's tail is too weak a sign here: "attraction", "horretatik"), else []. Words
    that are everyday nouns of a story (:data:`_STORY_NOUNS`: "How easily crime can …",
    "A ação se passa …", "Un monde fantastique …") are no sign alone: only beside another
    genre ("The action crime thriller won …")."""
    spans = list(itertools.islice(_WORD.finditer(sentence), _SENTENCE_WORDS))
    if len(spans) < _SENTENCE_WORDS:
        return []
    if key(spans[0].group(0)) in _openers():  # "The action crime thriller won …": after it
        spans = spans[1:]
    head = [m for m in spans[:_OPENING_WORDS] if key(m.group(0)) not in GENRE_EVERYDAY_WORDS]
    found: list[str] = []
    for i, match in enumerate(head):
        word = match.group(0)
        after = head[i + 1].group(0) if i + 1 < len(head) else ""
        pair = genre_names(f"{word} {after}", narrow=True) if after else []
        found.extend(pair or genre_names(word, narrow=True) or _compound_tail(sentence, match))
    found = [g for g in dedupe(found) if g not in EVERYDAY]
    return found if set(widen(found, narrow=True)) - _STORY_NOUNS else []


#: a word ending in a hyphen
_HYPHENATED_END = re.compile(r"([^\W\d_]+)-$")


def _compound_tail(sentence: str, match: re.Match[str]) -> list[str]:
    """The genres of a word hyphened to a genre word before it, in one of its language's
    forms ("Драма-хоррордың сюжеті …": a drama-horror's plot), which a word standing alone
    would not be read in."""
    start = match.start()
    joined = _HYPHENATED_END.search(sentence[:start])
    if not joined or not genre_names(joined.group(1)):
        return []
    return _genre_of(key(match.group(0)))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """The articles and determiners that may open a sentence before its genre words ("the",
    "die", "une"), as :func:`key` writes them."""
    return frozenset(key(w) for w in (*lang.cues("outlet_articles"), *lang.cues("determiners")))


#: genres whose words are everyday nouns of a story as well ("this crime", "cette aventure",
#: "this mystery", "the action"): no sign after the word for "this", nor alone in prose
_STORY_NOUNS = frozenset(
    {"Crime", "Romance", "Adventure", "Mystery", "Fantasy", "Tragedy", "Action"}
)


@lru_cache(maxsize=1)
def _this_words() -> frozenset[str]:
    return frozenset(key(w) for w in lang.cues("this_words"))


def _this_genres(sentence: str) -> list[str]:
    """Genres a sentence names by the word for "this" and a genre word, right after it or
    a few words on in the same phrase ("Smith delivers this gripping thriller", "this darkly
    witty period thriller", "Avec ce drame, …", "в этой комедии"; a comma closes the phrase):
    the film the page is about, which the sentence need not name."""
    spans = list(_WORD.finditer(sentence))
    this = _this_words()
    for i, span in enumerate(spans):
        if key(span.group(0)) not in this:
            continue
        for k in range(i + 1, min(i + 1 + _THIS_GAP, len(spans))):
            after = spans[k].group(0)
            if sentence[spans[k - 1].end() : spans[k].start()].strip(" -‐‑"):
                break  # "this year, a thriller …": the phrase after "this" has closed
            found = [g for g in _genre_of(key(after)) if g not in EVERYDAY | _STORY_NOUNS]
            if found and key(after) not in GENRE_EVERYDAY_WORDS:
                return found
    return []


#: the most words after the word for "this" up to its genre noun ("this darkly witty period
#: thriller")
_THIS_GAP = 4


#: the words between the words for "is a" and the genre words that define a name
_DEFINED_GAP = 3


@lru_cache(maxsize=1)
def _is_a() -> re.Pattern[str]:
    """A capitalised name, then the words for "is a" ("October One is a …", "Waru est un …")."""
    words = alternation(lang.cues("is_a"), spaces=True) or "(?!)"
    return recache.compile(rf"(?<![^\W\d_])[^\W\d_a-zà-ÿ]\w*\s+(?i:{words})(?!\w)")


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """Words that may follow a genre noun that closes its phrase ("a thriller that …", "un
    drame de …", "a drama by …"), as :func:`key` writes them."""
    kinds = ("sentence_words", "relative_pronouns", "conjunctions", "quote_in", "by")
    return frozenset(key(w) for kind in kinds for w in lang.cues(kind))


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Words that may stand before "is a" and name nothing ("It", "This", "She")."""
    kinds = ("pronouns", "quote_pronouns", "this_words", "determiners", "first_person")
    words = {w for kind in kinds for w in lang.cues(kind)}
    words |= {w.split()[0] for w in lang.cues("film_openings")}
    return frozenset(key(w) for w in words)


def _defined(sentence: str) -> list[str]:
    """Genres of a sentence that defines a capitalised name by them ("Set in 1960, October
    One is a dark psychological thriller that tells …"): the page's film under another
    spelling of its title. The genre words come within a few words of "is a" and close the
    phrase (the sentence's end, a mark or a clause word after them: not "a horror fan");
    genres of everyday words ("a mystery", "a love story") do not count."""
    match = _is_a().search(sentence)
    if not match or key(match.group(0).split()[0]) in _pronouns():
        return []  # "It is a comedy of errors, the mayor says": no name
    spans = list(itertools.islice(_WORD.finditer(sentence, match.end()), _DEFINED_GAP + 3))
    for i, span in enumerate(spans[: _DEFINED_GAP + 1]):
        if not _genre_of(key(span.group(0))):
            continue
        end = i
        while end + 1 < len(spans) and _genre_of(key(spans[end + 1].group(0))):
            end += 1
        after = spans[end + 1] if end + 1 < len(spans) else None
        gap = sentence[spans[end].end() : after.start()] if after else ""
        if after and not gap.strip() and key(after.group(0)) not in _clause_words():
            return []
        words = [key(m.group(0)) for m in spans[i : end + 1]]
        if any(w in GENRE_EVERYDAY_WORDS for w in words):
            return []
        genres = _sentence_genres(sentence[match.end() : spans[end].end()])
        return [g for g in genres if g not in EVERYDAY | _STORY_NOUNS]
    return []


#: how many of the page's first prose sentences count as about the film without naming it
#: ("An absorbing and emotional Korean drama about adoption.")
_LEAD_SENTENCES = 2
#: … and among how many of them one that opens with the words for "it is" does
#: (:func:`_film_opening`)
_TOP_SENTENCES = 6


@lru_cache(maxsize=1)
def _film_opening() -> re.Pattern[str]:
    """The opening of a sentence about the film that does not name it ("It is a …", "C'est
    une …", "Це …"): the language modules' ``film_openings``."""
    words = alternation(lang.cues("film_openings"), spaces=True) or "(?!)"
    return recache.compile(rf"(?i)[\W\d_]{{0,3}}(?:{words})(?!\w)")


def _is_prose(line: str) -> bool:
    """A line of running text: ten words or more, or sixty characters of a script without
    spaces."""
    return len(line.split()) >= 10 or (len(line) >= 60 and bool(_UNSPACED.search(line)))


#: a word (letters and the combining marks of Indic and other scripts: "డ్రామా")
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])+"
)
_LAST_WORD = re.compile(r"(\S+)\s*$")
_QUOTED = re.compile(r"\s*[“\"«„「『《‘'](?P<name>[^”\"»“」』》’']{1,60})[”\"»“」』》’']")


def _without_other_films(sentence: str, title: str) -> str:
    """``sentence`` less the genre word written just before a quoted name that is not the
    title ("do documentário “Recife Frio”", "the comedy 'Local Hero'")."""
    for match in reversed(list(_QUOTED.finditer(sentence))):
        if title and key(match.group("name")) == key(title):
            continue
        before = _LAST_WORD.search(sentence[: match.start()])
        if not before:
            continue
        begin = before.start(1)
        # "…都比《海角》", "…マクドーマンド、『…』": the run holds the whole clause, maybe
        # closed by a comma
        word = before.group(1).rstrip(_CLAUSE_MARKS)
        if word and _unspaced(word[-1]):
            begin = max(begin, before.start(1) + len(word) - _UNSPACED_BEFORE)
        elif _is_film_word(before.group(1).strip(",:")):  # "документальний фільм "…""
            further = _LAST_WORD.search(sentence[:begin])
            begin = further.start(1) if further else begin
        if _sentence_genres(sentence[begin : before.end(1)]):
            sentence = sentence[:begin] + " " + sentence[match.end() :]
    return sentence


#: the commas and stops that may close a run of a script without spaces before a quoted name
_CLAUSE_MARKS = "、，,。；;：:"

#: the characters of a script without spaces read before another film's quoted name
#: ("紀錄片《…》", "黑色喜劇《…》")
_UNSPACED_BEFORE = 4


def _sentence_genres(sentence: str, prose: bool = False) -> list[str]:
    """Genres of the words of one sentence; two words may name one genre or two ("ficção
    científica", "komedi aksi"); a word of a script without spaces holds genre words. In
    ``prose``, a genre of a story's noun counts only as a genre phrase (:func:`_joined`)."""
    spans = list(_WORD.finditer(sentence))
    words = [m.group(0) for m in spans]
    found: list[tuple[int, list[str]]] = []  # (index of the word, its genres)
    two_words: set[int] = set()  # two words side by side that name two genres ("war drama")
    closing = _closing_run(words)  # short words of a syllabic script that close it
    i = 0
    while i < len(words):
        if _unspaced(words[i]):
            found.append((i, _unspaced_genres(words[i])))
            if _headed(words[i]):  # "戦争大作", "战争片": a kind of film, as "a war film"
                two_words.add(i)
            i += 1
            continue
        # a word of an Indic script may hold spaces as a key ("साइंस": "स इ स"): its first part
        joined = _joined_run(spans, i, sentence)  # "fantastika, melodrama": two genres, no phrase
        can_pair = joined > 1 and key(words[i]).split(" ")[0] in genre_first_words()
        three = _narrow(" ".join(words[i : i + 3])) if can_pair and joined > 2 else []
        if three:  # "coming-of-age", "récit d'apprentissage": a narrower genre of three words
            found.append((i, three))
            # "película de ficción", "film de fiction": a kind of film
            if _is_film_word(words[i]) or any(_film_after(spans, k) for k in (i, i + 1)):
                two_words.add(i)
            i += 3
            continue
        phrase = f"{words[i]} {words[i + 1]}" if can_pair else ""
        if not can_pair and joined > 1:  # "الخيال العلمي": each word with its article
            phrase = _without_articles(words[i], words[i + 1])
            can_pair = bool(phrase)
        between = 0  # "الفيلم الفلسطيني القصير": a nationality between the noun and its genre
        if not can_pair and joined > 2 and _is_nisba(words[i + 1]):
            phrase = _without_articles(words[i], words[i + 2])
            can_pair, between = bool(phrase), 1
        pair = _prose_names(phrase) if can_pair else []
        # "thriller psicologico": a narrower genre; "phim truyện" (a feature film): one that
        # only page extraction names, with the word for film
        with_film = can_pair and (_is_film_word(words[i]) or _film_after(spans, i))
        narrow = _narrow(phrase) if pair or with_film else []
        if (pair or narrow) and (len(pair) > 1 or narrow or not _prose_names(words[i])):
            found.append((i, narrow or pair))
            # "war drama": two genres; "igrani film", "phim ngắn": the word for film named
            if (len(pair) > 1 and not narrow) or with_film:
                two_words.add(i)
            i += 2 + between
            continue
        # "psihološkom trileru", "чёрной комедии": both words inflected, the first no genre's
        phrase_genre = (
            _inflected_phrase(words[i], words[i + 1])
            if i + 1 < len(words) and not _genre_of(key(words[i]))
            else ""
        )
        if phrase_genre:
            found.append((i, [phrase_genre]))
            i += 2
            continue
        beside_film = (i + 1 < len(words) and _is_film_word(words[i + 1])) or (
            i > 0 and _is_film_word(words[i - 1])
        )  # a short word right before "film" ("dram filmi") or after it ("filem aksi")
        long_enough = len(words[i]) >= _STEM_MIN or i >= closing
        genres = _genre_of(key(words[i])) if long_enough or beside_film else []
        if not genres and (beside_film or _beside_genre(words, i)):  # "dramatic comedy"
            genres = _adjective_genres(words[i])
        if genres and _plural_beside(words, i):  # "short films", "igranih filmova": a programme
            genres = [g for g in genres if g not in KINDS]
        if _hyphened(spans, i, sentence):  # "историко-биографический", "военно-исторический"
            genres = genres or _joined_first(key(words[i]))
            if genres:
                two_words |= {i, i + 1}
        if i >= closing and set(genres) & _STORY_NOUNS:  # "… 서바이벌 액션.": the film's kind
            two_words.add(i)
        if genres or long_enough or beside_film:
            found.append((i, genres))
        i += 1
    return _joined(found, spans, sentence, two_words, prose)


#: what may stand between the words of one genre phrase ("science-fiction", "récit
#: d'apprentissage", "rom/com", a zero-width joiner): a comma or a stop parts two genres
#: ("drama, komedi")
_PHRASE_GAP = re.compile(r"[\s\-‐‑'’/\u200c\u200d]*")


@lru_cache(maxsize=2)
def _plurals(folded: bool = True) -> tuple[frozenset[str], tuple[str, ...]]:
    """The plurals of the word for film (one word each) and the stems that endings follow
    ("filmler*"): as :func:`key` writes them when ``folded``, else as written in lower case,
    with their marks (folded, one language's plural is another's singular: Latvian "filmās",
    Lithuanian "filmas")."""
    norm = key if folded else str.casefold
    words = [w for w in lang.cues("film_plurals") if " " not in w]
    whole = frozenset(norm(w) for w in words if not w.endswith("*"))
    return whole, tuple(norm(w[:-1]) for w in words if w.endswith("*"))


def _is_plural(word: str, folded: bool = True) -> bool:
    """A plural of the word for film ("films", "filmova", "filmlərin"), compared as keys, or
    as written when not ``folded``."""
    whole, stems = _plurals(folded)
    k = key(word) if folded else word.casefold()
    return k in whole or k.startswith(stems)


def is_plural_film(word: str) -> bool:
    """A plural of the word for film as its language writes it ("films", "filmova",
    "filmlərin"; not "filmu", a singular that folds to Lithuanian "filmų")."""
    return _is_plural(word, folded=False)


def _plural_beside(words: list[str], i: int) -> bool:
    """Word ``i`` is, or stands right beside, a plural of the word for film: a kind of work
    named there ("short films", "igranih filmova", "Spielfilme") is a programme's, not the
    film's."""
    return any(0 <= j < len(words) and _is_plural(words[j]) for j in (i - 1, i, i + 1))


def _joined_run(spans: list[re.Match[str]], i: int, text: str) -> int:
    """How many words from word ``i`` on (three at most) stand in one run of ``text``, only
    spaces, hyphens or apostrophes between them: the words a genre phrase may take."""
    n = 1
    while n < 3 and i + n < len(spans):
        gap = text[spans[i + n - 1].end() : spans[i + n].start()]
        if not _PHRASE_GAP.fullmatch(gap):
            break
        n += 1
    return n


def _closing_run(words: list[str]) -> int:
    """The index of the first of the genre words of a syllabic script (Hangul) that close
    the sentence, ``len(words)`` when none does: a language that puts its verb last names
    the film's kind there ("'늑대사냥'은 … 하드보일드 서바이벌 액션.", "… 멜로 드라마다")."""
    start = len(words)
    while start > 0 and _SYLLABIC.fullmatch(words[start - 1]) and _genre_of(key(words[start - 1])):
        start -= 1
    return start


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {key(w): g for w, g in GENRE_ADJECTIVES.items()}


def _adjective_genres(word: str) -> list[str]:
    """The genre of an adjective that names one beside the word for film or another genre
    word only (:data:`GENRE_ADJECTIVES`), or []."""
    genre = _adjectives().get(key(word))
    return [genre] if genre else []


def _beside_genre(words: list[str], i: int) -> bool:
    """Word ``i`` right before or after a genre word of five letters or more, or of a
    syllabic script ("dramatic comedy", "комедия драматическая", "로맨틱 스릴러")."""
    if key(words[i]) not in _adjectives():
        return False
    return any(
        0 <= j < len(words)
        and (len(words[j]) >= _STEM_MIN or _SYLLABIC.fullmatch(words[j]) is not None)
        and bool(_genre_of(key(words[j])))
        for j in (i - 1, i + 1)
    )


def _without_articles(first: str, second: str) -> str:
    """Two words that each open with an article written as a prefix, as the words of a genre
    of two words without them ("الخيال العلمي": "خيال علمي", a noun and its adjective both
    definite); else ""."""
    bare = []
    articles = _articles()
    for word in (key(first), key(second)):
        if not word.startswith(articles):
            return ""  # no article opens it (most words of most pages): one test, no loop
        article = next(
            (a for a in _articles() if word.startswith(a) and len(word) > len(a) + 2), ""
        )
        if not article:
            return ""
        bare.append(word[len(article) :])
    phrase = " ".join(bare)  # one genre of two words, not two genres ("الجريمة والرعب")
    return phrase if bare[0] in genre_first_words() and phrase in genre_words() else ""


def _is_nisba(word: str) -> bool:
    """An Arabic adjective of relation with its article ("الفلسطيني", "المغربية": Palestinian,
    Moroccan), which stands between a noun and its other adjectives; no genre word itself."""
    k = key(word)
    if not k.startswith(_articles()):
        return False  # no article opens it: one test, no loop
    article = next((a for a in _articles() if k.startswith(a) and len(k) > len(a) + 3), "")
    return bool(article) and k.endswith(_NISBA_ENDINGS) and not _genre_of(k)


#: the endings of an Arabic adjective of relation (masculine, feminine), as :func:`key`
#: writes them
_NISBA_ENDINGS = ("ي", "ية", "يه")


def _hyphened(spans: list[re.Match[str]], i: int, text: str) -> bool:
    """Word ``i`` joined by a hyphen to the next, which is a genre word in one of its forms
    ("историко-биографический", "historyczno-obyczajowy")."""
    if i + 1 >= len(spans) or spans[i + 1].start() != spans[i].end() + 1:
        return False
    return text[spans[i].end()] in "-‐‑" and bool(_genre_of(key(spans[i + 1].group(0))))


#: the fewest letters a joined adjective shares with the genre word it is a form of
_JOINED_STEM = 5
#: the most letters of a joined adjective past what it shares with its genre word ("истори|ко")
_JOINED_END = 3


def _joined_first(token: str) -> list[str]:
    """The genre of the first part of a hyphened compound of genre adjectives, which the
    languages that join adjectives so write as the stem and a linking vowel ("историко-":
    "исторический", "historicko-": "historický", "istorijsko-": "istorijski"), or []."""
    if len(token) < _JOINED_STEM + 1 or token[-1] not in genrelang.VOWELS or " " in token:
        return []
    stems = _joined_stems()
    for end in range(1, _JOINED_END + 1):
        stem = token[:-end]
        if len(stem) < _JOINED_STEM:
            break
        genre = stems.get(stem)
        if genre:
            return [genre]
    return []


@lru_cache(maxsize=1)
def _joined_stems() -> dict[str, str]:
    """Every beginning of five letters or more of a one-word genre word of a language module
    -> its genre, where all the words it begins name one genre."""
    table: dict[str, set[str]] = {}
    for one in lang.languages():
        for word, genre in one.genres.items():
            token = key(word)
            if " " in token or _unspaced(token):
                continue
            for n in range(_JOINED_STEM, len(token) + 1):
                table.setdefault(token[:n], set()).add(genre)
    return {stem: next(iter(gs)) for stem, gs in table.items() if len(gs) == 1}


def _prose_names(phrase: str) -> list[str]:
    """The genres of a word or two of prose less Fiction, the kind of work that a fact line
    names ("France — fiction — 1961"), which in prose begins other genres' words ("ficção
    científica", "de ficção científica") and names none."""
    return [g for g in genre_names(phrase) if g != "Fiction"]


def _joined(
    found: list[tuple[int, list[str]]],
    spans: list[re.Match[str]],
    text: str,
    two_words: set[int] | None = None,
    prose: bool = False,
) -> list[str]:
    """The genres of the words, where two words side by side name the two genres a narrower
    one belongs to ("історичної драми": History and Drama, so Historical Drama first). A
    genre of everyday words (:data:`EVERYDAY`: "war", "family") counts only beside another
    genre word ("воєнного детектива", "war drama") or beside the word for film ("a war film",
    "un film de guerre"). In ``prose``, so does a genre whose words are a story's nouns too
    (:data:`_STORY_NOUNS`: "the romance of her life", "a life of crime", "the action takes
    place", "una Habana romántica"), or in a list of genre words ("romance, comedy and
    drama")."""
    genres: list[str] = []
    paired: set[int] = set(two_words or ())
    listed = _listed(found, spans, text) if prose else set()
    for (i, first), (j, second) in itertools.pairwise(found):
        gap = text[spans[i].end() : spans[j].start()]
        if j == i + 1 and not gap.strip() and len(first) == len(second) == 1:
            genres.extend(_PAIRED.get(frozenset([*first, *second]), []))
            paired |= {i, j}
    for i, some in found:
        if any(g in EVERYDAY or (prose and g in _STORY_NOUNS) for g in some) and (
            _beside_film(spans, i) or _film_compound(spans[i].group(0))
        ):
            paired.add(i)
        guarded = [g for g in some if g in NARROW_ONLY]
        if guarded and i not in paired:  # "a disaster", "political": no genre, nor its parent
            parents = {p for g in guarded for p in SUBGENRES[g]}
            some = [g for g in some if g not in NARROW_ONLY and g not in parents]
        if prose and i not in paired | listed and not _stated(spans, i, text):
            some = [g for g in some if g not in _STORY_NOUNS]
        genres.extend(g for g in some if g not in EVERYDAY or i in paired)
    return genres


def _listed(found: list[tuple[int, list[str]]], spans: list[re.Match[str]], text: str) -> set[int]:
    """The words that name a genre in a list of genre words, only a comma, a slash or the
    word for "and" between two of them ("romance, comedy, drama and even horror")."""
    listed: set[int] = set()
    named = [(i, some) for i, some in found if some]
    for (i, _), (j, _) in itertools.pairwise(named):
        if _list_gap().fullmatch(text[spans[i].end() : spans[j].start()]):
            listed |= {i, j}
    return listed


def _stated(spans: list[re.Match[str]], i: int, text: str) -> bool:
    """Word ``i`` is said of a film: the words for "is a" a few words before it ("… is a
    beguiling romance"), or, in a script whose nouns come first, the word for film earlier in
    its run ("ភាពយន្តនេះជារឿងឧក្រិដ្ឋកម្ម…": this film is a crime story)."""
    word = spans[i].group(0)
    if _HEAD_FIRST.match(word):
        at = min((word.find(f) for f in _unspaced_film_words() if f in word), default=-1)
        return at >= 0 and any(
            m.start() > at for m in _unspaced_words().finditer(word) if m.group(0) in _all_words()
        )
    start = spans[max(0, i - _DEFINED_GAP - 2)].start()
    return any(
        len(_WORD.findall(text, m.end(), spans[i].start())) <= _DEFINED_GAP
        for m in _is_a_words().finditer(text, start, spans[i].start())
    )


@lru_cache(maxsize=1)
def _is_a_words() -> re.Pattern[str]:
    """The words for "is a" ("is a", "est un", "ist ein")."""
    return recache.compile(whole_words(lang.cues("is_a"), spaces=True))


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """What stands between two items of a list: spaces, a mark, the word for "and"."""
    words = alternation(lang.cues("conjunctions"), spaces=True) or "(?!)"
    return recache.compile(rf"(?i)\s*[,;/&]?\s*(?:(?:{words})\s+)?")


def _beside_film(spans: list[re.Match[str]], i: int) -> bool:
    """The word for film right after word ``i`` ("war film"), or right before it, a short
    word at most between ("film de guerre", "película de guerra")."""
    after = _film_after(spans, i)
    before = [spans[k].group(0) for k in range(max(0, i - 2), i)]
    if before and len(before[-1]) <= 3 and len(before) == 2:
        before = before[:1]  # the particle between
    return after or bool(before and _is_film_word(before[-1]))


def _film_compound(word: str) -> bool:
    """A word of a spaced script glued to the word for film, maybe inflected ("julefilm",
    "Jugendfilms", "선전영화로"): the genre of a film, as "a war film" is."""
    k = key(word)
    if _unspaced(word) or " " in k:
        return False
    return any(k.find(f, 2) > 0 for f in _film_word_set() if len(f) >= 2)


#: the narrower genre named by two genres side by side ("historical drama", "drama keluarga")
_PAIRED: dict[frozenset[str], list[str]] = {}
for _name, _parents in SUBGENRES.items():  # the first narrower genre of two ("Historical Drama")
    if len(_parents) == 2:
        _PAIRED.setdefault(frozenset(_parents), [_name])


def _narrow(label: str) -> list[str]:
    """The narrower genres a phrase names ("drama keluarga" -> "Family Drama", "noir
    melodrama" -> "Film Noir", "Melodrama"), or []."""
    return [g for g in genre_names(label, narrow=True) if g in SUBGENRES]


@lru_cache(maxsize=1)
def _film_word_set() -> frozenset[str]:
    """The words for film, and in a script that writes a syllable a character (Hangul) each
    with its language's ``film_word_endings`` glued on ("영화이다", "영화로": "is a film", "as
    a film")."""
    words = {key(w) for w in lang.cues("film_words")}
    for one in lang.languages():
        for word in one.film_words:
            if _SYLLABIC.fullmatch(word):
                words.update(key(word + ending) for ending in one.film_word_endings)
    return frozenset(words)


def _is_film_word(word: str, inflected: bool = False) -> bool:
    """The word for film, or its plural of one letter more ("war movies", "films de guerre",
    "películas de terror", "фильмы ужасов"); with ``inflected``, also a word for film of four
    letters or more and a case ending ("badiiy filmining", "bədii filminin")."""
    k = key(word)
    if k in _film_word_set() or (len(k) > 4 and k[:-1] in _film_word_set()):
        return True
    return inflected and len(k) > 4 and bool(_film_inflected().fullmatch(k))


def _film_after(spans: list[re.Match[str]], i: int) -> bool:
    """The word for film right after word ``i``, maybe inflected, only spaces between."""
    if i + 1 >= len(spans) or spans[i].string[spans[i].end() : spans[i + 1].start()].strip():
        return False
    return _is_film_word(spans[i + 1].group(0), inflected=True)


_UNSPACED = re.compile(rf"[{KANA_HAN}{UNSPACED}]")
#: Latin initials, half- or full-width, glued before kana or Han ("SF映画", "ＳＦ映画")
_INITIALS_UNSPACED = re.compile(rf"[A-ZＡ-Ｚ]{{1,3}}[{KANA_HAN}]")


def _unspaced(word: str) -> bool:
    """A run of a script written without spaces: CJK, kana, Thai, Lao, Khmer, Burmese; Latin
    initials may open it ("SF映画")."""
    return bool(_UNSPACED.match(word) or _INITIALS_UNSPACED.match(word))


@lru_cache(maxsize=1)
def _unspaced_words() -> re.Pattern[str]:
    """Every genre word written in a script without spaces, longest first."""
    words = [w for w in _all_words() if _unspaced(w)]
    return recache.compile(alternation(words) if words else "(?!)")


@lru_cache(maxsize=1)
def _all_words() -> dict[str, str]:
    return {**GENRE_ALIASES, **lang.genres()}


@lru_cache(maxsize=1)
def _genre_heads() -> re.Pattern[str]:
    """The nouns for a film or a work glued after a genre word of a script without spaces
    (:attr:`~indexer.lang.base.Language.genre_heads`)."""
    return recache.compile(alternation(lang.cues("genre_heads")) or "(?!)")


def _headed(run: str) -> bool:
    """A genre word of ``run`` glued before the noun for a film or a work ("戦争大作", "战争片",
    "戰爭電影"), or in a script whose nouns come before their qualifiers (Thai, Lao, Burmese,
    Khmer) glued after the word for film ("ภาพยนตร์ชีวประวัติ": a biographical film), or a
    genre word of such a script that holds the word for film first ("หนังรัก": a love film)."""
    table = _all_words()
    heads = _genre_heads()
    films = _unspaced_film_words()
    for m in _unspaced_words().finditer(run):
        word = m.group(0)
        if word not in table:
            continue
        if heads.match(run, m.end()) or heads.search(word, 1):  # "黑幫片", "武俠片"
            return True
        if _HEAD_FIRST.match(word) and (
            run[: m.start()].endswith(films) or any(word.startswith(f) and word != f for f in films)
        ):
            return True
    return False


#: the scripts without spaces whose nouns come first (Thai, Lao, Burmese, Khmer)
_HEAD_FIRST = re.compile(rf"[{UNSPACED}]")


@lru_cache(maxsize=1)
def _unspaced_film_words() -> tuple[str, ...]:
    """The words for film of the scripts without spaces ("ภาพยนตร์", "ຮູບເງົາ", "ភាពយន្ត")."""
    return tuple(w for w in lang.cues("film_words") if _unspaced(w))


def _unspaced_genres(run: str) -> list[str]:
    table = _all_words()
    return [table[m.group(0)] for m in _unspaced_words().finditer(run) if m.group(0) in table]


def word_genres(word: str) -> list[str]:
    """The genres of one word as prose writes it, inflected or in a compound too ("трагикомедии",
    "Liebeskomödie")."""
    return _genre_of(key(word))


def _genre_of(token: str) -> list[str]:
    return list(_token_genres(token))


def _names_genre(word: str) -> bool:
    """Whether a word of prose names a genre ("documentaire", "Kids", "Horror")."""
    return bool(_genre_of(key(word)))


@lru_cache(maxsize=1)
def _film_ending() -> re.Pattern[str]:
    return recache.compile(rf"(?:{alternation(sorted(_film_word_set()))})$")


@lru_cache(maxsize=1 << 14)  # the same words come back in every sentence
def _token_genres(token: str) -> tuple[str, ...]:
    return tuple(_genres_of_token(token))


def _genres_of_token(token: str) -> list[str]:
    found = _genres_of_word(token)
    for article in [] if found else _articles():  # "الوثائقي": the article written as a prefix
        if token.startswith(article) and len(token) > len(article) + 3:
            return _genres_of_word(token[len(article) :])
    return found


#: genre words that end many everyday words, the suffix of a noun of action in their
#: languages ("attraction", "réaction"; Italian "narrazione", "collaborazione"; Spanish
#: "redacción"; Croatian "redakcija"; Maltese "kollaborazzjoni"): no compound's tail, nor
#: in a plural ("distractions", "redacciones")
_NO_TAILS = ("action", "azione", "accion", "akcija", "akcije", "akciji", "akciju", "azzjoni")


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    return tuple(key(w) for w in lang.cues("article_prefixes"))


def _genres_of_word(token: str) -> list[str]:
    exact = genre_names(token, narrow=True)
    if exact:
        return exact
    genre = _forms().get(token)  # "комедией", "thrillers"; not "animal", "mister", "thrill"
    if genre:
        return [genre]
    parts = _compound_parts(token)
    if parts:  # genre words glued into one: "kauhukomedia", "Horrorkomödie", "dramadokumentären"
        return widen(dedupe(_part_genre(p) for p in parts), narrow=True)
    starts = range(3, len(token) - _PART + 1) if not token.endswith(_NO_TAILS) else range(0)
    for start in starts:  # a compound: "kærlighedskomedie", "Liebeskomödie", "Gerichtsdrama"
        if token.startswith(_NO_TAILS, start):
            break  # "distractions": the suffix, plural
        tail = _tail_genres(token[start:])
        if tail:
            return tail
    film = _film_ending().search(token) or _film_inflected().search(token)
    if film and film.start() > 3:  # a compound of genre and film: "dramafilm", "toimintafilmissä"
        return genre_names(token[: film.start()], narrow=True)
    return []


#: the genres whose word closes compounds of any noun before it though it is as short as
#: :data:`_PART` letters: the head nouns of compounds ("Gerichtsdrama", "filmdráma",
#: "zombikauhu"); other words that short end everyday words ("bipolar", "sudoeste", "Weltkrieg")
_SHORT_TAILS = frozenset({"Drama", "Horror"})
#: the fewest letters of an inflected genre word closing a compound
_FORM_TAIL = 7


def _tail_genres(tail: str) -> list[str]:
    """The genres of the last part of a compound: a genre word ("…komedie"), as short as
    :data:`_PART` letters for the head nouns of :data:`_SHORT_TAILS` only, or an inflected
    form of one of :data:`_FORM_TAIL` letters at least ("krimthriller|en", "film|drámája")."""
    found = genre_names(tail, narrow=True)
    if len(tail) <= _PART:
        return found if found and set(found) <= _SHORT_TAILS else []
    form = _forms().get(tail) if len(tail) >= _FORM_TAIL else None  # not "Syl|vestra"
    return found or ([form] if form else [])


#: the most letters of a case ending or an article glued after the word for film closing a
#: compound ("toimintafilm|issä", "dramafilm|en", "akciófilm|ben")
_FILM_INFLECTION = 4


@lru_cache(maxsize=1)
def _film_inflected() -> re.Pattern[str]:
    """The word for film, then an ending of a few letters, closing a word."""
    words = alternation(sorted(w for w in _film_word_set() if len(w) >= 4))
    return recache.compile(rf"(?:{words})[^\W\d_]{{1,{_FILM_INFLECTION}}}$")


#: the shortest genre word a compound is read from ("kauhu", "krimi"; not "war", "noir")
_PART = 5
#: what a compounding language writes between two words of a compound ("Krieg-s-drama")
_LINKS = ("", "s")


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Genre words (one word each, at least :data:`_PART` letters) a compound is made of."""
    return frozenset(
        k for k in genre_words() if " " not in k and len(k) >= _PART and genre_names(k)
    )


def _part_genre(part: str) -> str:
    found = genre_names(part, narrow=True)
    return found[0] if found else _forms()[part]


def _compound_parts(token: str) -> list[str]:
    """The genre words that make up ``token`` when it is two or more of them glued together,
    the last one maybe inflected ("scifikauhukomedian": "scifi", "kauhu", "komedian"), with
    the compounding "s" between them ("krigsdrama"); [] otherwise."""
    if len(token) < 2 * _PART or not token.isalpha():
        return []
    words = _part_words()
    forms = _forms()
    for cut in range(len(token) - _PART, _PART - 1, -1):  # the last word, longest first
        last = token[cut:]
        if last in words or (last in forms and len(last) >= _PART):
            head = _head_parts(token[:cut], words)
            if head:
                return [*head, last]
    return []


def _head_parts(head: str, words: frozenset[str]) -> list[str]:
    """``head`` as genre words each followed by a link, longest first; [] if it is not."""
    if not head:
        return []
    for link in _LINKS:
        if link and not head.endswith(link):
            continue
        stem = head[: len(head) - len(link)]
        if stem in words:
            return [stem]
        for cut in range(len(stem) - _PART, _PART - 1, -1):
            if stem[cut:] in words:
                rest = _head_parts(stem[:cut], words)
                if rest:
                    return [*rest, stem[cut:]]
    return []


def labelled_genres(labelled: list[str]) -> tuple[list[str], list[str]]:
    """(genres, other labels) of labelled values: each part as the vocabulary reads it, else
    as genre words glued together when the page's lists were flattened ("RomantikDrama",
    "Acciónciencia-ficciónaventurasReparto"), else as inflected genre words ("Drámy")."""
    genres: list[str] = []
    other: list[str] = []
    for part in label_parts(labelled):
        found, rest = normalize_genres([part], narrow=True)
        found = found or glued(part) or _inflected(part) or _words_of(part)
        genres.extend(found)
        other.extend([] if found else rest)
    return dedupe(genres), dedupe(other)


#: the most words of a labelled value read word by word: a genre with a qualifier ("Drama ya
#: kusisimua", "Thriller psicológico español"), not a sentence
_LABEL_WORDS = 5


def _words_of(part: str) -> list[str]:
    """Genres of the genre words inside a short labelled value that names no genre as a whole
    ("Kostümfilm-Satire-Burleske", "Comédie dramatique française"), or []."""
    words = _WORD.findall(part)
    if len(words) > _LABEL_WORDS:
        return []
    # a short word is whole here, a label's ("드라마"): prose reads such words beside "film" only
    whole = (g for w in words for g in genre_names(w, narrow=True) if g not in EVERYDAY)
    return widen(dedupe(_sentence_genres(part) or list(whole)), narrow=True)


def _inflected(part: str) -> list[str]:
    """Genres of a short value whose every word is an inflected genre word ("Drámy",
    "Комедии"), or []."""
    words = _WORD.findall(part)
    if not 1 <= len(words) <= 3:
        return []
    found = [_genre_of(key(w)) for w in words]
    return widen(dedupe(g for some in found for g in some), narrow=True) if all(found) else []


def _stem(word: str) -> str:
    """The part of a genre word that its inflections keep ("триллер" -> "трилл")."""
    return word[: max(4, len(word) - 2)]


@lru_cache(maxsize=1)
def _phrase_stems() -> dict[str, list[tuple[str, str, str]]]:
    """Narrower genres written in two words, by the first four letters of the first word:
    (stem of the first word, stem of the second, genre)."""
    phrases: dict[str, list[tuple[str, str, str]]] = {}
    for word, genre in _all_words().items():
        parts = key(word).split()
        if genre in SUBGENRES and len(parts) == 2 and min(map(len, parts)) >= 5:
            first, second = map(_stem, parts)
            phrases.setdefault(first[:4], []).append((first, second, genre))
    return phrases


def _inflected_phrase(first: str, second: str) -> str:
    """The narrower genre that two words name when each is an inflected form of the words of
    a two-word genre ("psihološkom trileru": "psihološki triler"), or ""."""
    one, two = key(first), key(second)
    for stem_one, stem_two, genre in _phrase_stems().get(one[:4], ()):
        if one.startswith(stem_one) and two.startswith(stem_two) and len(two) >= len(stem_two):
            return genre
    return ""
