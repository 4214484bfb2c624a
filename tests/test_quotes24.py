"""Quotes: sources that head their texts page-wide, an outlet the catalogues cite named in the
sentence before a quotation in any language, and quotations that open on an editor's bracket."""

from __future__ import annotations

import pytest
from page_support import quotes

HEADED = """críticas de medios

Cinemania

por Irene Crespo

"Vuelve a poner a un grupo de personajes contra las cuerdas del ridículo, y nos regala un héroe."

Fotogramas

por Pere Vall

"Ahora la melancolía sentimental casa mejor con la apología de ese polvo por el polvo."

La crítica completa está disponible en Fotogramas

Metrópoli

por Alberto Bermejo

"Son muchos los defectos de este segundo largometraje pero sus virtudes pesan bastante más."

La crítica completa está disponible en Metrópoli
"""


def test_sources_heading_their_texts_head_the_one_between_two_texts() -> None:
    found = {text[:12]: (critic, outlet) for text, critic, outlet in quotes(HEADED)}
    assert found["Vuelve a pon"] == ("Irene Crespo", "Cinemania")
    assert found["Ahora la mel"] == ("Pere Vall", "Fotogramas")
    assert found["Son muchos l"] == ("Alberto Bermejo", "Metrópoli")


@pytest.mark.parametrize(
    ("body", "who"),
    [
        # the outlet named in the sentence, whatever the language's verb
        (
            "Bahkan, menurut media hiburan Variety asal Amerika, film ini merupakan, "
            '"Sebuah penghormatan untuk film laga Asia Tenggara tahun 1980-an yang dirancang '
            'dengan penuh gaya."',
            (None, "Variety"),
        ),
        # a critic's name right before it, a short word between
        (
            "ฝั่งนักวิจารณ์ Joe Morgenstern จาก Wall Street Journal “ภาพยนตร์แนวเรท R "
            "ส่วนใหญ่มักจะมีความวุ่นวาย แต่มันก็สนุกมาก และเต็มไปด้วยพลัง”",
            ("Joe Morgenstern", "Wall Street Journal"),
        ),
    ],
)
def test_catalogued_outlet_in_the_sentence_before(body: str, who: tuple[str | None, str]) -> None:
    found = quotes(body)
    assert [(c, o) for _, c, o in found] == [who]


def test_catalogued_name_inside_a_longer_name_is_not_the_outlet() -> None:
    body = (
        '더 스트레이츠 타임즈(The Straits Times )는 "가장 슬픈 장면 중 기억할 만한 것은 '
        '공유가 아니라 10살 김수안이다 그리고 그녀의 연기는 놀랍다"'
    )
    assert all(o != "Times" for _, _, o in quotes(body))


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("‘[Hopkins] is absolutely remarkable here’ The Spectator", "[Hopkins] is"),
        (
            "‘…a typically deadpan and brilliantly observed comic study’ The Independent",
            "…a typically",
        ),
    ],
)
def test_quotation_opening_on_a_bracket_or_an_ellipsis(line: str, start: str) -> None:
    first, last = "‘A breathtaking directorial debut’ Radio Times", "‘A dark, funny spin on it’ NME"
    body = f"{first}\n{line}\n{last}"
    assert any(text.startswith(start) for text, _, _ in quotes(body))


def test_one_word_verdict_after_an_outlet_in_marks_that_heads_the_sentence() -> None:
    body = (
        "O “The Guardian” atribuiu três estrelas ao filme, destacando a atuação “incrível” de "
        "Torres e descrevendo a obra como um “drama sombrio e sincero” que reflete sobre o país."
    )
    found = {text: outlet for text, _, outlet in quotes(body)}
    assert found.get("incrível") == "The Guardian"
    assert found.get("drama sombrio e sincero") == "The Guardian"
