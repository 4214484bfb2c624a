"""Tests for a quoted name opening a paragraph in French typography and a spaced menu of
Chinese or Japanese (snippets and synthetic pages written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis

STORY = (
    "An old fisherman finds a stranger asleep in his boat one winter morning and decides, "
    "against the advice of his daughter, to take him in until the ice breaks in the spring."
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
