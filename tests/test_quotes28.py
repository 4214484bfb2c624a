"""A rating glued to a source line, and a person named with an honorific (quotes28)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.marks import strip_rating
from indexer.extract.pages.quotes.who import parse


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("5.0/5Tabu, por Tiago Ramos", "Tabu, por Tiago Ramos"),  # a decimal, glued
        ("4.0/5 Expresso", "Expresso"),
        ("4/5Cinema PTGate", "Cinema PTGate"),
        ("8.5/10 Variety", "Variety"),
        ("★★★★ Empire", "Empire"),
    ],
)
def test_rating_split_off(text: str, rest: str) -> None:
    assert strip_rating(text) == (rest, True)


@pytest.mark.parametrize("text", ["4/50 films", "1/5th of the cast", "3/10ths"])
def test_no_rating(text: str) -> None:
    assert strip_rating(text) == (text, False)


def test_glued_rating_is_no_part_of_the_source() -> None:
    who = parse("5.0/5Expresso, por Tiago Ramos")
    assert who is not None and who.critic == "Tiago Ramos"
    assert who.outlet is None or "5" not in who.outlet


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        ("이동진 씨", "이동진"),  # Korean 씨
        ("박평식님", "박평식"),  # Korean 님, glued
        ("山田太郎さん", "山田太郎"),  # Japanese さん
        ("佐藤忠男氏", "佐藤忠男"),  # Japanese 氏
    ],
)
def test_honorific_names_a_person(text: str, critic: str) -> None:
    who = parse(text)
    assert who is not None and who.critic == critic and who.outlet is None


def test_korean_subject_with_honorific_is_the_critic() -> None:
    body = (
        "영화 평론가 이동진 씨가 영화 '귀향'에 비교적 낮은 평점을 줬다.\n\n"
        "이동진 씨는 3일 블로그에 '귀향'에 대해 \"역사에 대한 울분, 영화에 대한 한숨\"이라는 "
        "평과 함께 별점 5개 만점에 2개를 줬다.\n"
    )
    found = [q for q in quotes(body) if q[0].startswith("역사에")]
    assert found and found[0][1] == "이동진" and found[0][2] is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a day, a month's short name and a year between slashes is a date, not part of it
        ("www.cinema7arte.com, 6/Abr/2012", "www.cinema7arte.com"),
        ("Cinematograficamente falando, 25/Jan/2013", "Cinematograficamente falando"),
        # a web address may be longer than a one-word name
        ("splitscreen-blog.blogspot.pt, 7/Abr/2012", "splitscreen-blog.blogspot.pt"),
    ],
)
def test_dated_source_line(text: str, outlet: str) -> None:
    who = parse(text)
    assert who is not None and who.outlet == outlet and who.critic is None


def test_rated_headline_names_the_critic_the_source_line_the_outlet() -> None:
    body = (
        "Blogs\n\n"
        "4.0/5Heat\n"
        "Eis um filme belo, rico em termos técnicos e singular na nossa filmografia.\n"
        "Cinematograficamente falando, 25/Jan/2013\n"
        "5.0/5Heat, por Tiago Ramos\n"
        "Há algo de assombroso no cinema de Michael Mann. Cinema com alma, perdoem-me o cliché.\n"
        "splitscreen-blog.blogspot.pt, 7/Abr/2012\n"
        "4.5/5«Heat» – A cidade de Michael Mann\n"
        "“Heat é um filme invulgar, poético e bastante interessante.”\n"
        "www.cinema7arte.com, 6/Abr/2012\n"
    )
    found = {q[0][:9]: q[1:] for q in quotes(body)}
    assert found.get("Há algo d") == ("Tiago Ramos", "splitscreen-blog.blogspot.pt")
