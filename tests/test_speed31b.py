"""Shortcuts of the matching path give the answers of the longer way."""

from indexer import normalize
from indexer.extract.pages import institutions, linelabels


def test_may_open_label_only_skips_parts_that_open_no_label() -> None:
    line = "Zzyx quiet drama, Directed by Jane Roe, with Tom Poe, Cast: Ann Lee, 2019"
    part_starts = [0, *(m.end() for m in linelabels._COMMA.finditer(line))]
    for at in part_starts:
        if not linelabels._may_open_label(line, at):
            assert linelabels._opening_label(line[at:]) is None
    assert linelabels._may_open_label(line, line.index("Cast"))
    assert not linelabels._may_open_label(line, 0)


def test_word_noun_agrees_with_is_institution() -> None:
    for word in ("Festival", "festivalu", "Filmfestival", "drama", "Paris", " Festival "):
        institutions._word_noun.cache_clear()
        unspaced, noun = institutions._word_noun(word)
        assert unspaced is None
        assert noun == institutions.is_institution(word)


def test_genre_cover_stops_at_a_word_that_opens_no_genre() -> None:
    table = normalize._genre_table()
    assert normalize._genre_cover(["zzyx", "drama"], table) is None
    assert normalize._genre_cover(["drama", "zzyx"], table) is None
    assert normalize._genre_cover(["comedies", "of", "horror"], table) == ["Comedy", "Horror"]
    assert normalize.genre_names("zzyx drama") == []
