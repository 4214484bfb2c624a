"""indexer.extract.pages.textlang: the page's language, and langdetect's answer made faster."""

from __future__ import annotations

import langdetect
import pytest
from langdetect.detector import Detector

from indexer.extract.pages.textlang import _Detector, _factory, detect, text_language

# Latin-script openings the function-word vote leaves to the statistical detector
SNIPPETS = [
    "Een jonge vrouw keert terug naar het dorp waar ze opgroeide en vindt haar vader ziek.",
    "Młoda kobieta wraca do wioski, w której dorastała, i zastaje chorego ojca w domu.",
    "En ung kvinna återvänder till byn där hon växte upp och finner sin far sjuk hemma.",
    "Mladá žena se vrací do vesnice, kde vyrůstala, a najde svého otce nemocného doma.",
    "O tânără se întoarce în satul în care a crescut și își găsește tatăl bolnav acasă.",
    "Seorang perempuan muda kembali ke desa tempat ia dibesarkan dan menemukan ayahnya sakit.",
    "Egy fiatal nő visszatér a faluba, ahol felnőtt, és betegen találja az apját otthon.",
    "Nuori nainen palaa kylään, jossa hän kasvoi, ja löytää isänsä sairaana kotoa.",
    "Filmas apie jauną moterį, kuri grįžta į kaimą ir randa sergantį tėvą namuose.",
    "12 34 !!",
]


def _probabilities(detector: Detector, text: str) -> list[tuple[str, float]] | str:
    detector.append(text)
    try:
        return [(found.lang, float(found.prob)) for found in detector.get_probabilities()]
    except langdetect.LangDetectException as exc:
        return str(exc)


@pytest.mark.parametrize("text", SNIPPETS)
def test_detector_gives_langdetects_probabilities(text: str) -> None:
    factory = _factory()
    assert _probabilities(_Detector(factory), text) == _probabilities(Detector(factory), text)


@pytest.mark.parametrize("text", SNIPPETS[:-1])
def test_detect_is_langdetects_answer(text: str) -> None:
    assert detect(text) == langdetect.detect(text)


def test_text_language_of_a_dutch_page() -> None:
    assert text_language(SNIPPETS[0] * 2) == "nl"


def test_too_few_letters_tell_nothing() -> None:
    assert text_language("12 34 !!") is None
