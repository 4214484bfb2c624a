"""Directors of verb-final languages: the act of directing before the name and its verb after
("निर्देशन … ने किया"), and the verbs of directing written after the name."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, roles


@pytest.mark.parametrize(
    ("text", "director"),
    [
        ("जबकि फिल्म का निर्देशन अमित रविंद्रनाथ शर्मा ने किया है। फिल्म भरपूर है।", "अमित रविंद्रनाथ शर्मा"),
        ("या सिनेमाचं दिग्दर्शन सुजय डहाकेने केलं आहे. या कलाकांबरोबरच", "सुजय डहाके"),
        ("या चित्रपटाचे दिग्दर्शन नागराज मंजुळे यांनी केले आहे.", "नागराज मंजुळे"),
        ("ਫਿਲਮ ਦਾ ਨਿਰਦੇਸ਼ਨ ਅਮਰਜੀਤ ਸਿੰਘ ਨੇ ਕੀਤਾ ਹੈ।", "ਅਮਰਜੀਤ ਸਿੰਘ"),
        ("దర్శక మాంత్రికుడు కోడి రామకృష్ణ తెరకెక్కించిన ఈ చిత్ర రాజం విడుదలై", "కోడి రామకృష్ణ"),
        ("மணிரத்னம் இயக்கிய இந்த படம் 1992 ஆம் ஆண்டு வெளியானது.", "மணிரத்னம்"),
        ("是枝裕和がメガホンを取った本作は、カンヌで受賞した。", "是枝裕和"),
        ("봉준호가 연출한 이 영화는 칸에서 상을 받았다.", "봉준호"),
    ],
)
def test_a_director_of_a_verb_final_language(text: str, director: str) -> None:
    assert [m.name for m in cues.director_before(text)] == [director]


@pytest.mark.parametrize(
    "text",
    [
        # "filmed the film superbly": the film in a case, then an adverb, before the verb
        "యాక్టర్ లేకపోయినా, సినిమాను అత్యద్భుతంగా తెరకెక్కించిన ఘనతను దర్శకుడు",
        # the frame around a clause, not a name
        "फिल्म का निर्देशन भी बहुत अच्छे से किया गया है।",
    ],
)
def test_no_director_of_a_verb_final_language(text: str) -> None:
    assert cues.director_before(text) == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Film opowiada o rodzinie. W roli matki zobaczymy Agnieszkę Grochowską, która mówi.",
            ["Agnieszkę Grochowską"],
        ),
        (
            "entre la Mia i l'Emil, els papers a càrrec de la Rosalinde Mynster i en Joachim "
            "Fjelstrup, respectivament",
            ["Rosalinde Mynster", "Joachim Fjelstrup"],
        ),
    ],
)
def test_actors_after_a_role_phrase(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.role_pairs(text)] == actors


def test_a_cast_after_namely_and_a_semicolon() -> None:
    text = "introduced us to Nollywood actors namely; Kenneth Okonkwo, Kanayo O. Kanayo and more."
    found = [m.name for m in cues.mentions(text, "starring")]
    assert found and found[0].startswith("Kenneth Okonkwo")
