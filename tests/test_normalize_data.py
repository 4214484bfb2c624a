"""The words the normaliser reads come from the language data (indexer/lang/): the genre
words, and the names of spoken languages CLDR lacks; the platform wording comes from its own
data module (indexer/normalize/platforms.py)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer import normalize as n
from indexer.extract.pages import genrelang
from indexer.normalize import platforms


def _union(kind: str) -> set[str]:
    return {w for data in lang.languages() for w in getattr(data, kind)}


def test_the_vocabulary_is_the_union_of_the_modules() -> None:
    written = {(g, w) for data in lang.languages() for g, ws in data.vocabulary_genres.items()
               for w in ws}  # fmt: skip
    assert {(g, w) for g, ws in n.GENRES.items() for w in ws} == written
    assert list(n.GENRES)[:3] == ["Action", "Adventure", "Animation"]  # English's order first
    assert {
        w: g for data in lang.languages() for w, g in data.genre_aliases.items()
    } == n.GENRE_ALIASES
    assert {
        w: g for data in lang.languages() for w, g in data.genre_adjectives.items()
    } == n.GENRE_ADJECTIVES
    assert {n.key(w) for w in _union("unstemmed_genres")} == n.UNSTEMMED_GENRE_WORDS
    assert {n.key(w) for w in _union("genre_everyday_words")} == n.GENRE_EVERYDAY_WORDS
    assert {n.key(t) for t in platforms.TAGS} == n.PLATFORM_TAGS


def test_every_genre_word_sits_in_a_language() -> None:
    en, es, pl, ru = (lang.language(code) for code in ("en", "es", "pl", "ru"))
    assert en and es and pl and ru
    assert "sci-fi" in en.vocabulary_genres["Science Fiction"]
    assert "música" in es.vocabulary_genres["Music"]  # catalogues write it as a genre label
    assert en.genre_aliases["rom-com"] == "Romantic Comedy"
    assert (
        pl.genre_adjectives["dramatyczny"] == "Drama" and "dramatyczny" not in en.genre_adjectives
    )
    assert "детский" in ru.unstemmed_genres and "love" in en.genre_everyday_words
    # the words a module names its genres with are the vocabulary's or its narrower genres'
    known = {*n.GENRES, *n.SUBGENRES}
    for data in lang.languages():
        assert set(data.vocabulary_genres) <= known, data.code
        assert set(data.genre_aliases.values()) <= known, data.code
        assert set(data.genre_adjectives.values()) <= known, data.code


def test_the_normalisers_words_are_no_data_entries() -> None:
    # the readers of names and outlets never counted them among a language's words
    entries = set(lang.data_entries())
    assert "wuxia" not in entries and "dramatyczny" not in entries
    assert "drama" in entries  # the English module's own genre word


@pytest.mark.parametrize(
    ("label", "narrow", "genres", "tags"),
    [
        # the vocabulary's words, of the English module and of another (Spanish "música")
        ("Sci-Fi", False, ["Science Fiction"], []),
        ("Children & Family Movies", False, ["Family"], []),
        ("Música", False, ["Music"], []),
        # aliases: a narrower genre, then its genres when narrow
        ("rom-com", True, ["Romantic Comedy", "Comedy", "Romance"], []),
        ("Film-Noir", False, ["Crime"], []),
        ("Wuxia", True, ["Martial Arts", "Action"], []),
        # a language module's own genre words
        ("Comedia dramática", False, ["Drama", "Comedy"], []),
        ("Трагикомедия", True, ["Tragicomedy", "Drama", "Comedy"], []),
        # platform wording: a tag, unless it names a genre all the same
        ("International Movies", False, [], ["International Movies"]),
        ("TV Shows", False, [], ["TV Shows"]),
        ("Documentaries", False, ["Documentary"], []),
        ("Military and War", False, ["War"], []),
    ],
)
def test_normalize_genres_reads_each_kind_of_word(
    label: str, narrow: bool, genres: list[str], tags: list[str]
) -> None:
    assert n.normalize_genres([label], narrow=narrow) == (genres, tags)


def test_platform_tags_name_no_genre() -> None:
    assert all(n.genre_names(tag) == [] for tag in platforms.TAGS)


def test_language_names_cldr_lacks_sit_in_their_language() -> None:
    en, es, zh = (lang.language(code) for code in ("en", "es", "zh"))
    assert en and es and zh
    assert en.language_names["farsi"] == "Persian" and es.language_names["mandarín"] == "Mandarin"
    assert zh.language_names["普通话"] == "Mandarin" and "普通话" not in en.language_names
    assert n.normalize_languages(["Farsi, Mandarín / 國語", "Flemish"]) == [
        "Persian",
        "Mandarin",
        "Dutch",
    ]
    assert "flemish" not in set(lang.data_entries())  # the normaliser's words only


def test_the_normalisers_words_tell_no_page_language() -> None:
    # the genre words only the normaliser reads (unstemmed, everyday) are no evidence that a
    # page is written in their language (genrelang reads every other field of the data)
    vocabularies = genrelang._vocabularies()
    assert "romance" not in vocabularies["en"] and "parodia" not in vocabularies["es"]
