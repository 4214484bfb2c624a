"""Genres: labels and prose words in many languages and platform wordings -> a small English
vocabulary (the facet's values), narrower genres ("black comedy") kept apart for page
extraction, platform tags ("International Movies") kept as tags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from indexer import lang
from indexer.normalize import platforms
from indexer.normalize.folding import dedupe, key

#: The genre vocabulary: facet value -> words that mean it on a page in any language and in the
#: catalogues (folded; the language modules' ``vocabulary_genres``).
GENRES: dict[str, tuple[str, ...]] = lang.vocabulary_genres()

#: Narrower genres that pages name ("black comedy", "трагикомедия", "黑色喜劇"), each with the
#: genres of the vocabulary it belongs to, in the order a label of it has always given them.
#: Page extraction keeps the narrower name first (``genre_names(label, narrow=True)``); the
#: facets of the catalogues stay the vocabulary's. Language modules name them as genres.
SUBGENRES: dict[str, tuple[str, ...]] = {
    "Black Comedy": ("Comedy",),
    "Romantic Comedy": ("Comedy", "Romance"),
    "Tragicomedy": ("Drama", "Comedy"),
    "Satire": ("Comedy",),
    "Parody": ("Comedy",),
    "Melodrama": ("Drama",),
    "Family Drama": ("Family", "Drama"),
    "Historical Drama": ("Drama", "History"),
    "Period Drama": ("Drama", "History"),
    "War Drama": ("War", "Drama"),
    "Social Drama": ("Drama",),
    "Biopic": ("Biography",),
    "Road Movie": ("Drama",),
    "Space Opera": ("Science Fiction",),
    "Psychological Thriller": ("Thriller",),
    "Supernatural Horror": ("Horror",),
    "Psychological Drama": ("Drama",),
    "Film Noir": ("Crime",),
    "Detective": ("Crime", "Mystery"),
    "Children's Film": ("Family",),
    "Docudrama": ("Documentary", "Drama"),
    "Survival Thriller": ("Thriller",),
    "Political Thriller": ("Thriller",),
    "Political Drama": ("Drama",),
    "Coming of Age": ("Teen",),
    "Youth Film": ("Teen",),
    "Gangster Film": ("Crime",),
    "Heist Film": ("Crime",),
    "Spy": ("Thriller",),
    "Disaster Film": ("Action",),
    "Martial Arts": ("Action",),
    "Superhero Film": ("Action",),
    "Slasher": ("Horror",),
    "Mockumentary": ("Comedy",),
    "Light Comedy": ("Comedy",),
    "Chick Flick": ("Romance", "Comedy"),
    "Historical Biopic": ("Biography", "History"),
    "Domestic Drama": ("Drama",),
    # narrower genres of no genre of the vocabulary: page extraction names them alone
    "Christmas Film": (),
    "Political Film": (),
    "Propaganda Film": (),
    "Literary Adaptation": (),
    "Chronicle": (),
    "Erotic Film": (),
    "Films about Filmmaking": (),
    # the kind of work, not its genre: a fiction film of feature length ("Spielfilm", "igrani
    # film", "badiiy film"), which pages and their readers call a feature film or fiction
    "Feature Film": ("Fiction",),
}

#: Narrower genres whose words are everyday words too ("Christmas", "political", "youth",
#: "disaster", "a spy"), or that belong to no genre of the vocabulary: only page extraction
#: names them (``narrow``), where prose counts them beside the word for film alone; the
#: catalogues' facets and the other fields' tests of "is this a genre word" never see them.
NARROW_ONLY = frozenset(
    {"Christmas Film", "Political Film", "Propaganda Film", "Literary Adaptation", "Chronicle",
     "Erotic Film", "Films about Filmmaking", "Youth Film", "Heist Film", "Spy",
     "Disaster Film", "Martial Arts", "Superhero Film", "Feature Film"}
)  # fmt: skip

#: Genres whose words are everyday words in prose ("family", "short", "music", "war"): page
#: extraction reads them only from labels and fact lines (and the narrower genres of such
#: words: "Christmas", "political", "a gangster").
EVERYDAY_GENRES = frozenset(
    {"Family", "Short", "Music", "History", "Faith & Spirituality", "LGBTQ", "Teen", "Silent",
     "Experimental", "Sports", "War", "Biography", "Fiction", "Gangster Film"}
) | NARROW_ONLY  # fmt: skip

#: More spellings (inflected forms, "film of horror" wordings, CJK compounds) -> genre, and the
#: words of :data:`SUBGENRES` (the language modules' ``genre_aliases``).
GENRE_ALIASES: dict[str, str] = lang.genre_aliases()

#: Adjectives of a genre that are everyday words too ("a dramatic turn"): they name the genre
#: only beside the word for film or another genre word (the language modules'
#: ``genre_adjectives``).
GENRE_ADJECTIVES: dict[str, str] = lang.genre_adjectives()

#: Genre words read only whole, never by their stem, as :func:`key` writes them (the language
#: modules' ``unstemmed_genres``).
UNSTEMMED_GENRE_WORDS = frozenset(key(w) for w in lang.cues("unstemmed_genres"))

#: Genre words that are everyday words too, as :func:`key` writes them (the language modules'
#: ``genre_everyday_words``): a sentence that opens with one names no genre, nor a credit
#: sentence's clause that holds one.
GENRE_EVERYDAY_WORDS = frozenset(key(w) for w in lang.cues("genre_everyday_words"))

#: Catalogue labels that describe where a film is shown or how it is sold, not what it is
#: (:mod:`indexer.normalize.platforms`), as :func:`key` writes them.
PLATFORM_TAGS = frozenset(key(t) for t in platforms.TAGS)


@lru_cache(maxsize=1)
def _genre_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for genre, words in GENRES.items():
        table[key(genre)] = genre
        for word in words:
            table.setdefault(key(word), genre)
    table[key("Military and War")] = "War"
    table.update({key(word): genre for word, genre in GENRE_ALIASES.items()})
    table[key("Action & Adventure")] = "Action"
    table[key("Action-Adventure")] = "Action"
    for word, genre in lang.genres().items():  # the language modules' genre words
        table.setdefault(key(word), genre)
    return table


def genre_names(label: str, narrow: bool = False) -> list[str]:
    """Genres from the vocabulary that ``label`` means ("Dramas" -> ["Drama"],
    "Action & Adventure" -> ["Action", "Adventure"], "Comedia dramática" -> ["Drama", "Comedy"]);
    [] for platform tags and unknown words. With ``narrow``, a narrower genre of
    :data:`SUBGENRES` comes first ("black comedy" -> ["Black Comedy", "Comedy"])."""
    # a word that is its own key: no genre unless the table holds it (the prose readers ask
    # about every tail of every long word: "…skomedie")
    own_key = label.isascii() and label.isalpha() and label.islower()
    if own_key and _genre_word(label, _genre_table()) is None:
        return []
    found = _genre_names(label)
    return widen(found, narrow) if any(g in SUBGENRES for g in found) else list(found)


def widen(genres: Iterable[str], narrow: bool = False) -> list[str]:
    """``genres`` with each narrower genre replaced by (``narrow``: followed by) the genres
    of the vocabulary it belongs to."""
    found: list[str] = []
    for genre in genres:
        parents = SUBGENRES.get(genre)
        if genre in NARROW_ONLY and not narrow:
            continue  # "Christmas", "political": a genre for page extraction only
        found.extend([*([genre] if narrow else []), *parents] if parents is not None else [genre])
    return dedupe(found)


@lru_cache(maxsize=1)
def genre_first_words() -> frozenset[str]:
    """The first word (as :func:`key` writes it) of every genre word and phrase: a word
    that can begin a genre."""
    return frozenset(k.split()[0] for k in _genre_table() if k)


@lru_cache(maxsize=1)
def genre_words() -> frozenset[str]:
    """Every genre word and phrase of the vocabulary and the language modules, as
    :func:`key` writes it."""
    return frozenset(k for k in _genre_table() if k)


@lru_cache(maxsize=1 << 14)
def _genre_names(label: str) -> tuple[str, ...]:
    return tuple(_genres_of(label))


#: what joins the genres of a label ("Musical and Performing Arts", "Action / Adventure")
_GENRE_PIECES = re.compile(r"\s+and\s+|\s*/\s*")


def _genres_of(label: str) -> list[str]:
    k = key(label)
    if not k or k in PLATFORM_TAGS:
        return []
    table = _genre_table()
    if k in table:
        found = [table[k]]
        if k in (key("Action & Adventure"), key("Action-Adventure")):
            found.append("Adventure")
        if k in (key("Sci-Fi & Fantasy"), key("Science Fiction & Fantasy")):
            found.append("Fantasy")
        if " " in k:  # "historical drama", "comedia dramática": each word's genre as well
            words = [_genre_word(w, table) for w in k.split() if w not in _GENRE_LINKS]
            if len(words) > 1 and all(words):  # not "political" of "political drama"
                found = dedupe([*found, *(w for w in words if w and w not in NARROW_ONLY)])
        return found
    whole = _genre_word(k, table) or _compound_head(k, label.strip())
    if whole or " " not in k:
        return [whole] if whole else []
    pieces = _GENRE_PIECES.split(k)
    if len(pieces) > 1:  # "Musical & Performing Arts": the pieces that are genres
        return dedupe(g for piece in pieces for g in genre_names(piece))
    # a compound names each of its genres: "komedi aksi", "science-fiction drama",
    # "drama de ficção científica", "biographical thriller"
    return _genre_cover(k.split(), table) or []


#: the genre words that head a compound written as one word in the Germanic languages, as
#: :func:`key` writes them ("rechtbankdrama", "Gerichtsdrama", "misdaadthriller",
#: "familiekomedie", "Beziehungskomödie"): the compound is of that genre
_COMPOUND_HEADS = {
    "drama": "Drama",
    "thriller": "Thriller",
    "komedie": "Comedy",
    "komodie": "Comedy",
    "komedi": "Comedy",
}
#: the fewest letters before a compound's head ("psychodrama", not "adrama")
_COMPOUND_PREFIX = 4


def _compound_head(k: str, written: str) -> str | None:
    """The genre of one word (``k``, as :func:`key` writes ``written``) that ends in a genre
    word heading a compound, with at least :data:`_COMPOUND_PREFIX` letters before it and
    the head written in lower case ("Rechtbankdrama" -> Drama; "RomantikDrama" is two genre
    words glued together), or None."""
    if " " in k:
        return None
    for head, genre in _COMPOUND_HEADS.items():
        prefix = len(k) - len(head)
        if (
            k.endswith(head)
            and prefix >= _COMPOUND_PREFIX
            and k[:prefix].isalpha()
            and written[-len(head) :].islower()
        ):
            return genre
    return None


#: words that join two genre words in a compound genre ("drama de ficção científica")
_GENRE_LINKS = frozenset({"and", "de", "of", "di", "da", "do", "du", "del"})


def _genre_word(k: str, table: dict[str, str]) -> str | None:
    """The genre of one word or phrase of the table, also in the plural."""
    for form in (k, k[:-3] + "y" if k.endswith("ies") else k, k[:-1] if k.endswith("s") else k):
        if form in table:
            return table[form]
    return None


def _genre_cover(words: list[str], table: dict[str, str]) -> list[str] | None:
    """The genres of ``words`` when every word belongs to a genre phrase (longest first)
    or joins two; None when a word is not a genre's."""
    found: list[str] = []
    first = genre_first_words()
    i = 0
    while i < len(words):
        if words[i] in _GENRE_LINKS:
            i += 1
            continue
        # a phrase of two words or more begins with the first word of a table's key: a word
        # that begins none and is no genre alone opens no phrase (no join of the words after)
        if words[i] not in first and _genre_word(words[i], table) is None:
            return None
        for j in range(len(words), i, -1):
            genre = _genre_word(" ".join(words[i:j]), table)
            if genre:
                found.append(genre)
                i = j
                break
        else:
            return None
    return found


def normalize_genres(labels: Iterable[str], narrow: bool = False) -> tuple[list[str], list[str]]:
    """(genres from the vocabulary, other labels kept as tags) for the labels as written;
    ``narrow`` as in :func:`genre_names`."""
    genres: list[str] = []
    tags: list[str] = []
    for raw in labels:
        for label in re.split(r"\s*[,;/|、，]\s*", raw) if re.search(r"[,;|、，]", raw) else [raw]:
            label = label.strip(" .")
            if not label:
                continue
            found = genre_names(label, narrow)
            if found:
                genres.extend(found)
            else:
                tags.append(label)
    return dedupe(genres), dedupe(tags)
