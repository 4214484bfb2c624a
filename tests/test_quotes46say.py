"""Quotes attributed in the middle of a line (quotesay46): a quotation whose opening mark the
page lost, signed after its close; a critic and outlet named before a verb of saying after a
quotation inside a paragraph; the page's own journalist named after a quotation."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.reported import reported_clause
from indexer.extract.pages.quotes.units import _unopened


def _sources(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q[:8], w.critic if w else None, w.outlet if w else None) for q, w, _ in prose_quotes(text)
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the page dropped the opening mark; the closing one and the outlet after it remain
        (
            "While his pacing of proceedings and the shifts between emotional tones are as deft "
            "as the watchful camerawork, it’s the brilliance of Koreeda’s writing that makes "
            "this film so engrossing.”  Radio Times",
            ("While hi", None, "Radio Times"),
        ),
        # a title quoted inside the quotation leaves one closing mark over, then the critic
        (
            "Charles Laughton’s “The Night of the Hunter” (1955) is one of the greatest of all "
            "American films…” Roger Ebert (24 November 1996)",
            ("Charles ", "Roger Ebert", None),
        ),
    ],
)
def test_quotation_whose_opening_mark_the_page_lost(
    body: str, want: tuple[str, str | None, str | None]
) -> None:
    assert [(t[:8], c, o) for t, c, o in quotes(body)] == [want]


@pytest.mark.parametrize(
    "line",
    [
        # every closing mark closes one opened in the line: a title, no lost opening mark
        "The film follows a family in “The Night of the Hunter” and the river they cross at "
        "night. Roger Ebert",
        # Swedish and Finnish pages open and close with the same mark
        "Filmen är en av årets bästa och den ”mest rörande av alla filmer i höst” Variety",
        # German marks open with „ and close with “
        "Der Film ist „ein großes, berührendes und kluges Werk über die Familie“ Der Spiegel",
        # no source after the close
        "It is a movie made up of delicate brushstrokes: details, moments, looks.” And then",
    ],
)
def test_closed_quotations_are_no_lost_opening_mark(line: str) -> None:
    unit = _unopened(line, (line,), 0, set())
    assert unit is None or not unit.text.startswith(line[:12])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the critic and the outlet before a verb of saying, then more of the clause
        (
            "At this time there’s only one pearl button left. “For those who still doubt the "
            "possibility to combine several themes, Guzman solves the film’s puzzle”, Emma "
            "Engström writes in GP and rates the film 4 out of 5.",
            [("For thos", "Emma Engström", "GP")],
        ),
        # an outlet beyond doubt alone before its verb
        (
            "He loved it. “The film is a great long meditation on time,” The Guardian writes.",
            [("The film", None, "The Guardian")],
        ),
        # a name with no publication may be anyone's statement: left to the other readers
        (
            "He loved it. “The film is a great long meditation on time,” Tom Hanks said.",
            [("The film", None, None)],
        ),
    ],
)
def test_source_named_before_a_verb_of_saying_after_the_quotation(
    text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    assert _sources(text) == want


def test_the_pages_own_journalist_after_the_quotation_signs_the_publications_review() -> None:
    body = (
        "Festin boréal : Poème sylvestre « Au-delà de vouloir traiter de l’utilité de la mort "
        "dans la nature, le cinéaste désirait signer une œuvre de cinéma pur », écrit notre "
        "journaliste Manon Dumais. Lisez la critique"
    )
    found = quotes(body, "https://www.lapresse.ca/cinema/critiques/2024-04-05/critiques.php")
    assert [(t[:8], c, o) for t, c, o in found] == [("Au-delà ", "Manon Dumais", "lapresse.ca")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a clause after a comma opens with a word for the outlet's kind, the outlet, the verb
        (
            "Đánh giá về Top Gun: Maverick với sự trở lại của Tom Cruise, tờ IndieWire nhận định "
            "đây sẽ là bộ phim hành động mùa Hè mãn nhãn nhất, kể từ Mission Impossible: Fallout…",
            ("đây sẽ là", "IndieWire"),
        ),
        # a sentence inside the paragraph opens so
        (
            "Phim ra rạp tuần trước. Báo Variety nhận định bộ phim là một tác phẩm xuất sắc "
            "về tình yêu và gia đình.",
            ("bộ phim", "Variety"),
        ),
    ],
)
def test_reported_clause_inside_a_paragraph(text: str, want: tuple[str, str]) -> None:
    told = reported_clause(text)
    assert told is not None
    words, who = told
    assert (words[: len(want[0])], who.critic, who.outlet) == (want[0], None, want[1])


@pytest.mark.parametrize(
    "text",
    [
        # news about the film: the words after the verb do not start a clause
        "The studio was pleased. Variety reported The film will open in 3000 theaters next "
        "week across the country.",
        # no word for the outlet's kind: the page's own news ("Cairo West Magazine applauds")
        "The studio was pleased. Variety writes, the film is a gamut of emotions that will "
        "leave you breathless at the end.",
        # a person with no outlet inside a paragraph is anyone's statement
        "The film did well. Komal Nahta writes the film do starts slow but it is expected to "
        "make big jumps.",
    ],
)
def test_no_reported_clause_inside_a_paragraph(text: str) -> None:
    assert reported_clause(text) is None
