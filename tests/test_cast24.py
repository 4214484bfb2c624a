"""Cast cues and junk of scripts without spaces (Chinese, Japanese): table tests on small
snippets adapted from real pages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castrows, cues
from indexer.extract.pages.names import holds_non_name_word, person


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the word for actor glued before the names, "、" between them
        (
            "由蕭力修執導,演員楊祐寧、張榕容、李銘忠、陳以文,劇情講述",
            ["楊祐寧", "張榕容", "李銘忠", "陳以文"],
        ),
        # "主演に": the leads, a particle after the cue
        (
            "監督は飯塚健、主演に佐野玲於、中川大志、高杉真宙、横浜流星\n映画感想",
            ["佐野玲於", "中川大志", "高杉真宙", "横浜流星"],
        ),
    ],
)
def test_glued_cast_cues(text: str, want: list[str]) -> None:
    assert next(m.name.split("; ") for m in cues.cast_lists(text)) == want


def test_award_category_is_no_cast_cue() -> None:
    # "最佳女主角三項大獎": best actress, an award's category, names no one after it
    assert cues.cast_lists("本片勇奪第48屆金馬獎最佳導演、最佳男主角和最佳女主角三項大獎。") == []


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        ("电影新闻", True),  # a breadcrumb's "film news"
        ("女優など", True),  # "actresses and others"
        ("與他", True),  # "and him"
        ("劉德華", False),
        ("樹木希林", False),
        ("Tom Hanks", False),
    ],
)
def test_han_kana_non_name_words(name: str, junk: bool) -> None:
    assert holds_non_name_word(name) is junk
    assert (person(name) is None) is junk


def test_actor_noun_asides() -> None:
    block = (
        "キャスト松田優作(男優)吉本勝\n伊丹十三(男優)沼田孝助\n由紀さおり(女優)沼田千賀子\n"
        "猪本雅三(撮影助手)\n"
    )
    assert castrows.actor_noun_asides(block) == [["松田優作", "伊丹十三", "由紀さおり"]]
    assert castrows.actor_noun_asides("伊丹十三(男優)沼田孝助\n") == []
    assert castrows.unspaced_acting_noun("男優")
    assert not castrows.unspaced_acting_noun("千年女優")
