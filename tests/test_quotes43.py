"""Quotes written inside prose (quotes37): the quoted words' object is not their source, an
outlet quoted in single marks after the verb, verbs of saying in "-ing" and "kata", and a
capitalised "I" that is no pronoun in the page's language."""

from __future__ import annotations

from page_support import quotes

from indexer.extract.pages.quotes.lang import FIRST_PERSON, page_language
from indexer.extract.pages.quotes.prose import prose_quotes


def test_name_right_before_a_quotation_is_the_verbs_object_not_its_source() -> None:
    text = (
        "Jane Example speaks of an “unforgettable courtroom thriller of our times”, considers "
        "Carlos Sample “one of the finest actors working anywhere today”, and more."
    )
    found = prose_quotes(text)
    assert [(q[:14], w.critic if w else None) for q, w, _ in found] == [
        ("unforgettable ", "Jane Example"),
        ("one of the fin", "Jane Example"),
    ]


def test_name_before_a_quotation_with_a_colon_is_still_its_source() -> None:
    text = "Later that week wrote Jane Example: “A patient and quietly devastating study of grief.”"
    assert [w.critic if w else None for _, w, _ in prose_quotes(text)] == ["Jane Example"]


def test_outlet_in_single_marks_after_the_verb_signs_the_quotation() -> None:
    body = (
        "Il film piace alla critica. “Un film che si inserisce nella migliore tradizione del "
        "melodramma realista italiano” scrive ‘la Repubblica’. “Il regista dà il suo meglio "
        "nella ricostruzione storica del dopoguerra”, scrive ‘l’Unità’."
    )
    found = quotes(body)
    assert [(t[:10], o) for t, _, o in found] == [
        ("Un film ch", "la Repubblica"),
        ("Il regista", "l’Unità"),
    ]


def test_outlet_lauding_the_film_in_a_participle_clause() -> None:
    text = (
        'The drama screens on Friday, with The Example Times lauding the movie for being "as '
        'much a moving love story as it is a portrait of loneliness."'
    )
    assert [w.outlet if w else None for _, w, _ in prose_quotes(text)] == ["The Example Times"]


def test_indonesian_kata_after_the_quotation_names_the_critic() -> None:
    text = (
        '"Kami merasakan sensasi yang luar biasa ketika tokoh utama muncul di layar," '
        "kata Jane Contoh seperti dilansir Variety."
    )
    found = prose_quotes(text)
    assert [(w.critic, w.outlet) if w else None for _, w, _ in found] == [
        ("Jane Contoh", "Variety")
    ]


def test_capital_i_in_an_italian_passage_on_an_italian_page_is_an_article() -> None:
    text = "Un dramma che ha assorbito la lezione del film di Francesco Rosi I magliari"
    with page_language("it"):
        assert FIRST_PERSON.search(text) is None
    with page_language("en"):
        assert FIRST_PERSON.search("I loved every minute of this long film.") is not None


def test_critic_of_an_outlet_with_an_elided_article_after_quant_a() -> None:
    text = (
        "Quant à Jean Exemple de L’Express, il franchit le pas, soutenant que le film est en "
        "«pole position pour la Palme d’or cette année»."
    )
    assert [(w.critic, w.outlet) if w else None for _, w, _ in prose_quotes(text)] == [
        ("Jean Exemple", "L’Express")
    ]
