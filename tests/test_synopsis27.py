"""Table tests for the synopsis's closing sentence: a short sentence on the line right after
the chosen paragraph, no blank line between, is its own last sentence (snippets adapted)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsis

LONG = (
    "Orçun Benli’nin yönetmenliğini üstlendiği ve senaryosunu birlikte yazdığı yeni filmi, "
    "Antalya Altın Portakal Film Festivali’nde En İyi Erkek Oyuncu Ödülü’nü getirmişti."
)


@pytest.mark.parametrize(
    ("after", "joined"),
    [
        # a closing sentence right below: taken in
        (["Film, 90’lı yılların siyasi atmosferinde bir polisin hikâyesini anlatıyor."], True),
        # a blank line between: a paragraph of its own, left out
        (["", "Film, 90’lı yılların siyasi atmosferinde bir polisin hikâyesini anlatıyor."], False),
        # too short to be a sentence of the story (a date line, a caption)
        (["Güncelleme Tarihi: 04 Mayıs 2021, 11:44"], False),
        # a rating opens the line: no part of the paragraph
        (["★★★★ Yılın en iyi filmlerinden biri olmaya aday güçlü bir yapım."], False),
    ],
)
def test_closing_sentence(after: list[str], joined: bool) -> None:
    lines = ("Gelincik", LONG, *after, "")
    text = synopsis._extend(LONG, lines, set(), 1)
    assert (text != LONG) is joined
