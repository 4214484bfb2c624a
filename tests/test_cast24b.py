"""Cast cue words filled in for languages whose cast cues were missing or partial: the leads
named in prose before a "lead role"/"played" cue (Urdu, Uzbek, Welsh) or after a word for the
film's stars, an actor or an actress (Irish, Romanian, Armenian, Tagalog), and the "hero, heroine"
label of Telugu."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues
from indexer.extract.pages.labels import field_of


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # Urdu: the names, then "lead role"
        ("فلم میں مشہور اداکارہ ماہرہ خان اور فہد مصطفی لیڈ رول کر رہے ہیں ، فلم کی کہانی",
         "ماہرہ خان; فہد مصطفی"),
        # Uzbek: "the main heroes A and B interpreted"
        ("Картинасидаги асосий қаҳрамонларни Алишер Узоқов ҳамда Мадина Мумтоз талқин этишган.",
         "Алишер Узоқов; Мадина Мумтоз"),
        # Welsh: "X who stars in the film"
        ("Lauren Kirby sy'n serennu yn y ffilm.", "Lauren Kirby"),
    ],
)  # fmt: skip
def test_names_before_a_lead_cue(text: str, cast: str) -> None:
    assert [m.name for m in cues.cast_before(text)][:1] == [cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # Irish: "the film stars A and B"
        ("don stiúrthóir Martin McDonagh agus na réaltaí scannán Colin Farrell agus Brendan"
         " Gleeson.", "Colin Farrell; Brendan Gleeson"),
        # Armenian: "the film's producer, lead actor X"
        ("Ֆիլմի պրոդյուսեր, գլխավոր դերասան Միքայել Պողոսյանի խոսքերով, այդ անվանա",
         "Միքայել Պողոսյանի"),
        # Tagalog: "the acclaimed actor named X"
        ("sa pangunguna ng primyadong aktor na si John Arcilla bilang si Heneral", "John Arcilla"),
        # Romanian written without diacritics: "the actress X"
        ("Actrita Dorotheea Petre, laureata a premiului la Cannes, a fost la Cluj-Napoca.",
         "Dorotheea Petre"),
    ],
)  # fmt: skip
def test_names_after_a_lead_cue(text: str, cast: str) -> None:
    assert [m.name for m in cues.cast_lists(text)][:1] == [cast]


@pytest.mark.parametrize("label", ["హీరో", "హీరోయిన్", "প্রধান অভিনেতা"])
def test_lead_labels(label: str) -> None:
    assert field_of(label) == ("cast",)
