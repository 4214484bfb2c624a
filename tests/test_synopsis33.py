"""Tests for a quoted name opening a paragraph in French typography, a spaced menu of Chinese
or Japanese, and a lede that goes on past a heading of the film to its own section (snippets
and synthetic pages written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis

STORY = (
    "An old fisherman finds a stranger asleep in his boat one winter morning and decides, "
    "against the advice of his daughter, to take him in until the ice breaks in the spring."
)
LEDE = (
    "The town's film society opens its autumn season on Friday at the parish hall, with tea "
    "served before the screening and a short talk by a local historian afterwards."
)


def _synopsis(text: str) -> str:
    result = extract_page(text, "page.txt")
    assert result.films
    return result.films[0].synopsis or ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the colon after a space, as French typography sets it, and another quoted name
        ("« Ainsi parla la mer » : “Men sa Lanmè di” se yon fim Arnold Antonin fè.", True),
        ("« Le Havre » , dit-il, est un film sur la ville.", True),
        ("“Whale Rider” is a New Zealand film.", True),
        # two quotations in a row are quotations, not a name opening a sentence
        ('"Great." "Loved every minute of it," says the critic.', False),
        ('"A triumph from start to finish, a film to treasure for years."', False),
    ],
)
def test_quoted_name_opening_a_sentence(text: str, expected: bool) -> None:
    assert synopsis._opens_with_a_quoted_name(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首頁 序言 電影節目 放映時間 購票須知 團隊及鳴謝 最新消息 歷屆影展", True),
        ("ホーム 作品紹介 上映情報 チケット ニュース お問い合わせ", True),
        # prose, with its marks; Korean parts its words with spaces
        ("這是一個以重建事件作藍本的故事。一家三口,住天台屋,生活由此產生鉅變。", False),
        ("십 대 소녀 옥주와 어린 남동생은 아빠와 함께 할아버지의 집에서 지낸다", False),
        ("首頁 序言 電影節目", False),  # too few items
    ],
)
def test_spaced_menu(text: str, expected: bool) -> None:
    assert synopsis._spaced_menu(text) is expected


def test_menu_line_loses_to_the_story() -> None:
    page = (
        "Source: https://example.org/shelter\n"
        "首頁 序言 電影節目 放映時間 購票須知 團隊及鳴謝 最新消息 歷屆影展\n\n"
        "風中轉\n\n導演: 郭臻\n\n"
        "這是一個以順寧道重建事件作藍本的故事。一家三口,住天台屋,突然面對市區重建,生活由此產生鉅變。\n"
    )
    assert _synopsis(page).startswith("這是一個")


@pytest.mark.parametrize(
    "heading",
    [
        "Winter Harbour",  # the film's title alone
        "“Winter Harbour”\nNorway, 2019, 98 min",  # quoted, over a line of facts
        "Synopsis",  # a heading of the story
    ],
)
def test_lede_goes_on_past_a_heading_of_the_film(heading: str) -> None:
    lines = tuple(f"{LEDE}\n\n{heading}\n\n{STORY}\n\nTickets at the door.".split("\n"))
    assert synopsis._extend(LEDE, lines, set(), 0, "Winter Harbour") == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "heading",
    [
        "Other films from the parish",  # a heading of other films
        "Winter Harbour\nDirected by Ann Berg\nNorway, 2019\nIn Norwegian",  # too many lines
        # a sentence, and too many lines for an aside
        "Winter Harbour\nThe hall opens at seven and the bar stays open late.\nAll welcome.",
    ],
)
def test_lede_stops_at_another_heading(heading: str) -> None:
    lines = tuple(f"{LEDE}\n\n{heading}\n\n{STORY}".split("\n"))
    assert synopsis._extend(LEDE, lines, set(), 0, "Winter Harbour") == LEDE


def test_lede_goes_on_past_a_line_of_facts_under_the_heading() -> None:
    facts = "Ann Berg / 2019 / Norway / Drama / 98 min / Norwegian, English / English subtitles"
    lines = tuple(f"{LEDE}\n\nWinter Harbour\n\n{facts}\n\n{STORY}".split("\n"))
    assert synopsis._extend(LEDE, lines, set(), 0, "Winter Harbour") == f"{LEDE}\n\n{STORY}"


def test_a_heading_written_again_below_heads_a_list() -> None:
    lines = tuple(
        f"{LEDE}\n\nFiled under Features\n\n{STORY}\n\nFiled under Features\n\n{LEDE}".split("\n")
    )
    assert synopsis._extend(LEDE, lines, set(), 0, "Filed under Features") == LEDE


@pytest.mark.parametrize("link", ["Continue reading", "Read more » Another post!"])
def test_a_teaser_cut_by_its_link_goes_no_further(link: str) -> None:
    teaser = f"{LEDE} {link}"
    lines = tuple(f"{teaser}\n\nWinter Harbour\n\n{STORY}".split("\n"))
    assert synopsis._extend(teaser, lines, set(), 0, "Winter Harbour") == teaser


def test_a_notice_on_the_programme_s_films_is_no_section_of_the_film() -> None:
    notice = (
        "Please visit our accessibility page for more information. Other sources of information "
        "about content and age-appropriateness for specific films can be found online."
    )
    lines = tuple(f"{LEDE}\n\nWinter Harbour\nNorway, 2019, 98 min\n{notice}".split("\n"))
    assert synopsis._extend(LEDE, lines, set(), 0, "Winter Harbour") == LEDE
