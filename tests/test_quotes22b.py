"""Prose that names the source before a quotation: an outlet with a case ending after an
apostrophe then the critic, and a critic set off by commas after "for the outlet's critic"
(quotes22b)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes.prose import prose_quotes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Turkish: the outlet in the ablative ("’dan", "’den": the `name_endings` of the
        # language), then the critic and a comma
        (
            "Film hakkında çıkan ilk eleştiriler de övgü dolu oldu. Hollywood Reporter ’dan "
            "Fabio Farzetti, “olgun ve bilinçli bir sinema diline sahip” derken.",
            [("olgun ve bil", "Fabio Farzetti", "Hollywood Reporter")],
        ),
        (
            "Ayrıca; SFF magazin’den Rosana G. Alonso, “Birinci sınıf bir yapıma sahip bir "
            "başarı öyküsü” yorumunu yaptı ve indie-eye ’dan Michele Faggi, “Sağlam bir film, "
            "iyi yazılmış ve lirik” dedi.",
            [
                ("Birinci sını", "Rosana G. Alonso", "SFF magazin"),
                ("Sağlam bir f", "Michele Faggi", "indie-eye"),
            ],
        ),
        # Spanish: "for the critic of <outlet>, <name>," before the quotation
        (
            "Para el crítico de IndieWire, Christian Blauvelt, este es “un debut magistral” "
            "por parte de Felipe Gálvez.",
            [("un debut mag", "Christian Blauvelt", "IndieWire")],
        ),
    ],
)
def test_source_named_before(text: str, want: list[tuple[str, str, str]]) -> None:
    found = prose_quotes(text, 2)
    got = [
        (q[:12], who.critic if who else None, who.outlet if who else None) for q, who, _ in found
    ]
    assert got == want


def test_lowercase_words_before_a_case_ending_name_no_outlet() -> None:
    # a clause of ordinary words before the quotation, no apostrophe ending: nothing attributed
    found = prose_quotes("Bu film için Ali Veli, “çok güzel bir film olmuş gerçekten” dedi.", 2)
    assert all(who is None or who.outlet is None for _, who, _ in found)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a name in Chinese title marks then a verb of saying: the publication speaks
        ("影片获得好评，《卫报》写道：“这是一部令人难忘的杰作”。", "卫报"),
        ("連續斬獲多項殊榮,《紐約時報》讚譽導演為本片體現了創作的「深度與節制」。", "紐約時報"),
        # a title said "in", given a verdict, or after the word for film: no source
        ("他在《卧虎藏龙》中说：“我们拍了三个月才完成”。", None),
        ("张艺谋给《恋恋风尘》的评价是：“淡极使之花更艳的含蓄”。", None),
        ("電影《悲情城市》片段說:「你哪裡人,我台灣人。」", None),
    ],
)
def test_outlet_in_title_marks_speaks(text: str, outlet: str | None) -> None:
    found = prose_quotes(text, 2)
    assert found
    assert all((who.outlet if who else None) == outlet for _, who, _ in found)
