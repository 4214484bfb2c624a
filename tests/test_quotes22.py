"""A paragraph wrapped by hand over lines read as one, a byline under a paragraph signing the
page's own text, and a critic's name glossed in Latin letters with the outlet in brackets
(quotes22)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.who import parse


def test_wrapped_quote_over_its_signature() -> None:
    body = (
        "Capernaum is an absolute heartbreaker about children in peril and\n"
        "the plight of undocumented people.\n"
        "Peter Howell, Toronto Star\n\n"
        "While this is unquestionably an issue film, it tackles its subject with\n"
        "intelligence and heart.\n"
        "Jay Weissberg, Variety\n"
    )
    found = quotes(body)
    assert (
        "Capernaum is an absolute heartbreaker about children in peril and the plight of "
        "undocumented people.",
        "Peter Howell",
        "Toronto Star",
    ) in found
    assert any(t.startswith("While this is") and o == "Variety" for t, _, o in found)


def test_wrapped_under_a_dash_signature() -> None:
    body = (
        "An emotionally potent combination of somber reality and soaring mythology, the film\n"
        "pulls at you with the power of both elements in a story that is freshly\n"
        "identifiable.\n"
        "— Nick Rogers, The Film Yap\n"
    )
    found = quotes(body)
    assert [(t[:20], c, o) for t, c, o in found] == [
        ("An emotionally poten", "Nick Rogers", "The Film Yap")
    ]


def test_lines_not_wrapped_stay_apart() -> None:
    body = (
        "Director: Michael Mann, with a cast of actors who\nCountry: USA\n\nA short line\ngoes on\n"
    )
    assert quotes(body) == []


def test_byline_under_a_paragraph_signs_no_quote() -> None:
    body = (
        "Es una película que quien no la ha visto aún, pasará un buen rato y se\n"
        "llevará alguna sorpresa con su final, sus actores y su ritmo endiablado. ÁNIMO.\n"
        "Por Mariano Calderón Domínguez\n"
    )
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("text", "critic", "outlet"),
    [
        (
            "믹 라살레 (Mick LaSalle, San Francisco Chronicle)",
            "믹 라살레",
            "San Francisco Chronicle",
        ),
        ("A.O. 스콧 (A.O. Scott, New York Times)", "A.O. 스콧", "New York Times"),
        ("Иван Петров (Ivan Petrov, Variety)", "Иван Петров", "Variety"),
    ],
)
def test_glossed_name_and_outlet(text: str, critic: str, outlet: str) -> None:
    who = parse(text)
    assert who is not None and (who.critic, who.outlet) == (critic, outlet)


def test_glossed_name_heads_its_quote() -> None:
    body = (
        "인구 강 (Inkoo Kang, Slate)\n\n"
        "“백인의 시선으로 인종 갈등과 화합을 그려낸 또 하나의 할리우드 영화.”\n\n \n\n"
        "케이티 월시 (Katie Walsh, Los Angeles Times)\n\n"
        "“로빈 비슬 감독은 불필요한 각색으로 실제 사건의 중요성과 본질을 흐리고 말았다.”\n\n \n\n"
    )
    found = quotes(body)
    assert (
        "백인의 시선으로 인종 갈등과 화합을 그려낸 또 하나의 할리우드 영화.",
        "인구 강",
        "Slate",
    ) in found
    assert any(c == "케이티 월시" and o == "Los Angeles Times" for _, c, o in found)
