"""Cast of session 45, where nothing else names an actor: the lead named in prose beside a word
for the film's lead, after it or ending the clause before it (:func:`.castleads.leads`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castleads, people


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # Italian: "la protagonista del film", then the name
        ("Al termine del film Giulia Steigerwalt e la protagonista del film Barbara Ronchi si "
         "intratterranno con il pubblico.", "it", ["Barbara Ronchi"]),
        # Tagalog: "lead actress na si", then the name
        ("Ang lead actress na si June Squibb, 95, ay nanalo ng halos unibersal na papuri.", "tl",
         ["June Squibb"]),
        # Icelandic: the name, a verb, then the main part
        ("Halldóra Geirharðsdóttir fer með aðalhlutverkið, kórstjóra sem verður einhvers konar "
         "umhverfisaktívisti.", "is", ["Halldóra Geirharðsdóttir"]),
        ("Þarna er líka Mads Mikkelsen í aðalhlutverki sem var í uppáhaldi hjá Ásgeiri.", "is",
         ["Mads Mikkelsen"]),
        # Croatian: the name, a comma and a relative clause, then the main part
        ("\"Quo Vadis Aida\" je proglašen za najbolji evropski film, dok je Jasna Đuričić, koja "
         "je imala glavnu ulogu u filmu, dobila nagradu.", "hr", ["Jasna Đuričić"]),
        # Norwegian: the word for the leads, a verb, then the name
        ("Av dei to hovudrollefigurane kjem Kristoffer Joner best frå det.", "no",
         ["Kristoffer Joner"]),
        # Japanese: glued after the word for the lead, as written
        ("主演はリュー・エアーズ。", "ja", ["リュー・エアーズ"]),
        # the director before the word, the lead after it: the lead; the director never
        ("Il regista Giulia Steigerwalt è la protagonista.", "it", []),
        # a line that credits another director: another film's lead, none
        ("Better Man - Un film di Michael Gracey. Biografico, USA, 2024. Un film seducente come "
         "il suo protagonista Robbie Williams.", "it", []),
        # an aside after the name before the word
        ("David Oyelowo (The Butler, Jack Reacher) tackles his first leading role, and boy.",
         "en", ["David Oyelowo"]),
        # a critic who praises the lead: none
        ("Peter Bradshaw praised the lead actress.", "en", []),
        # a character's name in lower case after the word: none
        ("La protagonista, una giovane donna, torna a casa.", "it", []),
        # the word in another language than the page's: none
        ("La protagonista del film Barbara Ronchi.", "en", []),
        # no known given name: a place or a title, none
        ("The lead role went to Harbour Lights Studio.", "en", []),
    ],
)  # fmt: skip
def test_the_lead_beside_a_word_for_the_films_lead(text: str, code: str, found: list[str]) -> None:
    assert castleads.leads(text, code, ["Giulia Steigerwalt"]) == found


_BLOCK = (
    "Settembre\n\n"
    "Una commedia sul tempo che passa.\n\n"
    "Al termine del film Giulia Steigerwalt e la protagonista del film Barbara Ronchi si "
    "intratterranno con il pubblico.\n"
)


def test_the_lead_is_the_cast_only_where_nothing_else_names_any() -> None:
    directors = ["Giulia Steigerwalt"]
    assert people.cast("", "", _BLOCK, "", None, "Settembre", directors) == ["Barbara Ronchi"]
    # a labelled cast wins
    assert people.cast("Fabrizio Bentivoglio", "", _BLOCK, "", None, "Settembre", directors) == [
        "Fabrizio Bentivoglio"
    ]
    # the lead a quote's critic: none
    assert (
        people.cast("", "", _BLOCK, "", None, "Settembre", directors, (), ["Barbara Ronchi"]) == []
    )
