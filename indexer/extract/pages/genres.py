"""Genres named in prose: "a contemporary comedy", "української комедії", "komedi aksi".

Only sentences about the film count (they hold the word for film or the title). A word counts
when it begins with the stem of a genre word of any language module or of the genre
vocabulary, so inflected forms ("комедії", "komedią") match their dictionary form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer import lang
from indexer.normalize import GENRE_ALIASES, GENRES, dedupe, genre_first_words, genre_names, key
from indexer.wordre import alternation

_STEM_MIN = 5
#: Genres whose words are everyday words in prose ("family", "short", "music", "war"): read
#: only from labels and fact lines.
EVERYDAY = frozenset(
    {"Family", "Short", "Music", "History", "Faith & Spirituality", "LGBTQ", "Teen", "Silent",
     "Experimental", "Sports", "War", "Biography"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _stems() -> dict[str, str]:
    words: dict[str, str] = {}
    for genre, written in GENRES.items():
        for word in (genre, *written):
            words.setdefault(key(word), genre)
    for word, genre in {**GENRE_ALIASES, **lang.genres()}.items():
        words.setdefault(key(word), genre)
    stems: dict[str, str] = {}
    for word, genre in words.items():
        if " " in word or len(word) < _STEM_MIN + 1:
            continue
        stems.setdefault(word[: max(_STEM_MIN, len(word) - 2)], genre)
    return stems


@lru_cache(maxsize=1)
def _film_words() -> re.Pattern[str]:
    # a sentence that names a film, or its director's role, is about a film
    words = alternation((*lang.cues("film_words"), *lang.cues("director_nouns")))
    return re.compile(rf"(?i)(?<!\w)(?:{words})")


def prose_genres(block: str, title: str, limit: int = 3) -> list[str]:
    """Genres that sentences about the film name, at most ``limit``."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?。！？])\s+|\n", block[:6000]):
        if not (_film_words().search(sentence) or (title and title in sentence)):
            continue
        found.extend(g for g in _sentence_genres(sentence) if g not in EVERYDAY)
    return dedupe(found)[:limit]


def _sentence_genres(sentence: str) -> list[str]:
    """Genres of the words of one sentence; two words may name one genre or two ("ficção
    científica", "komedi aksi")."""
    words = re.findall(r"[^\W\d_]+", sentence)
    found: list[str] = []
    i = 0
    while i < len(words):
        can_pair = i + 1 < len(words) and key(words[i]) in genre_first_words()
        pair = genre_names(f"{words[i]} {words[i + 1]}") if can_pair else []
        if len(pair) > 1 or (pair and not genre_names(words[i])):
            found.extend(pair)
            i += 2
            continue
        if len(words[i]) >= _STEM_MIN:
            found.extend(_genre_of(key(words[i])))
        i += 1
    return found


def _genre_of(token: str) -> list[str]:
    exact = genre_names(token)
    if exact:
        return exact
    stems = _stems()
    for size in range(len(token), _STEM_MIN - 1, -1):
        genre = stems.get(token[:size])
        if genre:
            return [genre]
    for start in range(3, len(token) - 5):  # a compound: "kærlighedskomedie", "Liebeskomödie"
        tail = genre_names(token[start:])
        if tail:
            return tail
    return []
