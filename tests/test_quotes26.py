"""Quotations in prose that no one is named for: kept only when a verb of saying reports them."""

from __future__ import annotations

import pytest
from page_support import quotes


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # a verb of saying after the closing mark (Latvian "raksturo": characterises), with
        # the critic ("kritiķe") who says it: a statement with no word for the press is none
        (
            'Festivāla uzvarētāja ir filma "Viesis". "Filmā ar patiesu empātiju atainoti varoņi '
            "ar trūkumiem, neattiecoties pret tiem kā fikcionāliem konstruktiem, bet gan kā "
            'indivīdiem," tā kritiķe raksturo šo filmu.',
            "Filmā ar patiesu empātiju",
        ),
        # a verb before it in a script without spaces (Traditional Chinese 稱), after the
        # critics (影評人) who ranked the film
        (
            "它被177位影評人評為影史第二大電影,稱:「從來沒有一部電影能如此流利地用失落和慾望的通用語言來表達。」",
            "從來沒有一部電影",
        ),
        # an English "writes"
        (
            'The film opened in March. "A tender, patient and quietly devastating portrait of '
            'a family that keeps its secrets," writes one reviewer.',
            "A tender, patient",
        ),
    ],
)
def test_reported_quotation_kept(body: str, start: str) -> None:
    assert any(text.startswith(start) for text, _, _ in quotes(body))


@pytest.mark.parametrize(
    "body",
    [
        # a phrase quoted in passing, no verb of saying near it
        "The film is about 'male culture, and Aussie men who work, drink and gamble all week "
        "long in the sheds'. It showcases the realities of shearing life, which few have seen.",
        # a notice quoted from a book's first page, with no one reporting it
        'Het boek opent met een waarschuwing. "De eventuele gelijkenis van bepaalde personages '
        'in dit boek met bestaande personen berust op louter mensenkennis van de auteur" en '
        "daarna begint het verhaal.",
    ],
)
def test_unreported_quotation_dropped(body: str) -> None:
    assert quotes(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a quoted line that opens in the first person, signed by no one: a statement
        "“I am not even looking at profits because they will come when the film travels.”",
        "« J’ai étudié l’art et la vidéo à Amsterdam. Pendant dix ans, j’ai travaillé à l’opéra. »",
    ],
)
def test_unsigned_first_person_line_dropped(body: str) -> None:
    assert quotes(body) == []


def test_audience_we_later_in_a_review_kept() -> None:
    body = (
        "“Autant le dire d'emblée, il faut être extrêmement attentif pour comprendre que Rama, "
        "la femme qui nous est présentée, est romancière.”"
    )
    assert [t[:20] for t, _, _ in quotes(body)] == ["Autant le dire d'emb"]
