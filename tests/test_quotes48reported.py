"""Quotes attributed by reported speech (reported48): a strip of press quotes run together on
one line, each signed after a dash; the pronoun for a thing beside a verb of saying ("it
said", "klinkt het") naming again the outlet named before; a verb of saying, "in", a review
and its critic after a quotation; a reporting clause of its own inside a sentence, and a
source and verb before a quotation that beat the ones after it leading to the next one."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.strips import press_strip
from indexer.extract.pages.quotes.tail import tail_who
from indexer.extract.pages.quotes.who import Who

#: a Belgian cinema's press strip, its line breaks lost
STRIP = (
    "Voor ‘Voor de meisjes’ lijkt het woord ‘tragikomisch’ uitgevonden ★★★★☆ - De Standaard "
    "Het gaat even heerlijk als afschuwelijk mis tussen twee bevriende stellen, in dit "
    "zwart-komische drama van regisseur Mike van Diem. IJzersterk, hoe de toon balanceert "
    "tussen ernst en lucht. ★★★★★ - De Volkskrant 'Voor de Meisjes' is zonder twijfel Van "
    "Diems beste film sinds zijn Oscarwinnende film 'Karakter'. ★★★★ - Filmtotaal Een "
    "ongeluk met hun twee tienerdochters stelt de vriendschap tussen twee stellen op de proef "
    "in zwartkomisch vakantiedrama met een vleugje Lanthimos. - Filmkrant Voor de meisjes: "
    "heerlijk vilein en zwartkomisch drama - vpro cinema"
)


def _has(body: str, start: str, critic: str | None, outlet: str | None) -> bool:
    """True when the page around ``body`` quotes a passage opening with ``start`` signed so."""
    return any(t.startswith(start) and (c, o) == (critic, outlet) for t, c, o in quotes(body))


def test_press_strip_reads_one_quote_per_signature() -> None:
    strip = press_strip(STRIP)
    assert [(text[:20], who.outlet) for text, who in strip] == [
        ("Voor ‘Voor de meisje", "De Standaard"),
        ("Het gaat even heerli", "De Volkskrant"),
        ("'Voor de Meisjes' is", "Filmtotaal"),
        ("Een ongeluk met hun ", "Filmkrant"),
        ("Voor de meisjes: hee", "vpro cinema"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # one rating only: a single quote signed at its end, read as before
        "Een heerlijk vilein en zwartkomisch drama over vriendschap ★★★★ - De Volkskrant",
        # dashes in prose, no rating: no strip
        "Het gaat even heerlijk mis - zegt de regisseur - en dat is de bedoeling. - Ja",
        # a rated line signed by a person, not an outlet
        "Een prachtige film over vriendschap ★★★★ - Jan Peeters Een ontroerend drama over "
        "verlies ★★★★★ - Marie Claes",
    ],
)
def test_no_strip_without_two_rated_outlet_signatures(line: str) -> None:
    assert press_strip(line) == []


def test_press_strip_on_a_page() -> None:
    body = f"Pers\n{STRIP}\nMeer lezen"
    assert _has(body, "Het gaat even heerlijk", None, "De Volkskrant")
    assert _has(body, "Voor de meisjes: heerlijk", None, "vpro cinema")


@pytest.mark.parametrize(
    ("body", "start", "outlet"),
    [
        (  # an Indian daily quoting the New York Times, then "it said" in the next paragraph
            "Its style is more Hollywood than Bollywood, and Old Hollywood at that, ‘a romance "
            "that takes place in Mumbai, told with rare grace and a light touch,’ said the New "
            "York Times.\n\nIrrfan and Nimrat Kaur's performances ‘are graceful and dignified "
            "in the manner of movie stars in an earlier, less aggressive age,’ it said.",
            "are graceful and dignified",
            "New York Times",
        ),
        (  # a Flemish daily: "klinkt het" after The Hollywood Reporter
            "“Het plot is hartverscheurend, maar emotioneel erg rijk. Dit zal de carrière van "
            "Dhont naar nog hogere niveaus tillen”, schrijft The Hollywood Reporter "
            "bijvoorbeeld. Ook het acteertalent van Dambrine valt de recensent op.\n\n"
            "“Een fotogenieke jongen, die een dijk van een prestatie neerzet. Een heus "
            "natuurtalent.”, klinkt het.",
            "Een fotogenieke jongen",
            "The Hollywood Reporter",
        ),
    ],
)
def test_pronoun_for_a_thing_names_the_outlet_before(body: str, start: str, outlet: str) -> None:
    assert _has(body, start, None, outlet)


def test_a_person_pronoun_is_not_read_as_the_outlet() -> None:
    found = prose_quotes(
        "“I wanted to make a film about the city where I grew up and its people,” he said."
    )
    assert all(who is None or who.outlet is None for _, who, _ in found)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a Russian site on the BFI's list
            "Это история Нины. «Апрель может быть самым жестоким месяцем, но в Грузии все "
            "месяцы жестоки», — говорится в рецензии Джессики Кианг, S&S.",
            Who("Джессики Кианг", "S&S", True),
        ),
        (
            "„Ein wunderbarer, zarter Film über Freundschaft und Verlust, der lange "
            "nachwirkt“, heißt es in der Kritik von Anke Westphal in der Berliner Zeitung.",
            Who("Anke Westphal", "Berliner Zeitung", True),
        ),
    ],
)
def test_said_in_the_review_of_a_critic(text: str, who: Who) -> None:
    assert prose_quotes(text)[0][1] == who


def test_spanish_detalla_reports_the_outlet() -> None:
    body = (
        "Asimismo, los expertos destacan «una obra bien observada, interpretada por un reparto "
        "excepcionalmente bien elegido, que te mantiene intrigado», detalla The Hollywood "
        "Reporter."
    )
    assert _has(body, "una obra bien observada", None, "The Hollywood Reporter")


def test_each_reporting_clause_names_its_own_quotation() -> None:
    found = prose_quotes(
        'SPIEGEL ONLINE spricht von "einer Sternstunde des deutschen Kinos", ZEIT ONLINE '
        'meint "Virtuos - in erzählerischer wie in filmischer Hinsicht ein Triumph."'
    )
    assert [who.outlet if who else None for _, who, _ in found] == ["SPIEGEL ONLINE", "ZEIT ONLINE"]


def test_a_participle_before_the_quotation_keeps_the_source_after_it() -> None:
    found = prose_quotes(
        "Describing The Lunchbox as ‘a delectable take on the hunger for connection’, the Los "
        "Angeles Times said: ‘Ritesh Batra's lovely debut feature is a marvel of restraint.’"
    )
    assert found[0][1] is not None and found[0][1].outlet == "Los Angeles Times"


def test_a_second_reporting_clause_in_the_sentence() -> None:
    found = prose_quotes(
        "“A triumph, one that stayed with me for some time after the cinema lights came back "
        "on” said Steve Newall from Flicks NZ and NewsHub said the film was something that "
        "“comes around once in a blue moon”."
    )
    assert found[0][1] == Who("Steve Newall", "Flicks NZ", True)
    assert found[1][1] is not None and found[1][1].critic != "Steve Newall"


def test_a_word_for_the_paper_in_a_compound_names_the_outlet_before() -> None:
    body = (
        "Inte heller The Hollywood Reporter tycker att humorn når hela vägen fram.\n\n"
        "”Publiken roas av Carls sluga humor och hans fru Yaya som gradvis vaknar upp ur sin "
        "influerarbubbla. Men bortom paret blir filmen mer tröttsam”, skriver den amerikanska "
        "branschtidningen."
    )
    assert _has(body, "Publiken roas", None, "The Hollywood Reporter")


@pytest.mark.parametrize(
    ("tail", "again"),
    [
        (", skriver den amerikanska branschtidningen.", "tidningen"),
        (", schreibt die Zeitung.", "zeitung"),
        (", said the paper.", "paper"),
    ],
)
def test_said_again_tail(tail: str, again: str) -> None:
    assert tail_who(tail) == Who(None, again, True)


@pytest.mark.parametrize(
    "tail", [", skriver Aftonbladet.", ", schreibt die Süddeutsche Zeitung.", ", says the editor."]
)
def test_no_said_again_for_a_name(tail: str) -> None:
    who = tail_who(tail)
    assert who is None or who.outlet not in ("tidningen", "zeitung", "blad")


def test_the_reviewer_of_the_outlet_the_short_paragraph_before_names() -> None:
    body = (
        "Også Berlingske kvitterer med fem stjerner.\n\n"
        "»Jakob Weis’ manuskript er veloplagt, ramsaltet og skarpt, men aldrig unødigt "
        "ukærligt. Steen har instrueret med overskud,« skriver anmelderen."
    )
    found = [(t, c, o) for t, c, o in quotes(body) if t.startswith("Jakob Weis")]
    assert found and found[0][2] is not None and "Berlingske" in found[0][2]
