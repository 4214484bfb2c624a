"""Co-directors of a credit tuple, and the words that no name of a script without capitals
holds (session 28b)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, possessive
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.people import names_before_facts
from indexer.extract.pages.titlecredit import credits_beside_title, names_beside_title


@pytest.mark.parametrize(
    ("heading", "title", "found"),
    [
        (
            "Night Harbour (Rosa Lind/Omar Vass, 2016)",
            "Night Harbour",
            [["Rosa Lind", "Omar Vass"]],
        ),
        (
            "Night Harbour (Rosa Lind & Omar Vass, Norway, 2019)",
            "Night Harbour",
            [["Rosa Lind", "Omar Vass"]],
        ),
        (
            "Night Harbour (Rosa Lind + Omar Vass, 2019)",
            "Night Harbour",
            [["Rosa Lind", "Omar Vass"]],
        ),
        ("Night Harbour (Rosa Lind, 2019)", "Night Harbour", [["Rosa Lind"]]),
        # the second member is no name: no credit
        ("Night Harbour (Rosa Lind, Drama Of The Sea, 2019)", "Night Harbour", []),
    ],
)
def test_co_directors_beside_title(heading: str, title: str, found: list[list[str]]) -> None:
    lines = (heading, "", "A quiet film about the sea.")
    assert credits_beside_title(lines, [title], "\n".join(lines)) == found
    assert names_beside_title(lines, [title], "\n".join(lines)) == [f[0] for f in found]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Rosa Lind | Omar Vass | Norway, Sweden | 2018 | 125 min", ["Rosa Lind", "Omar Vass"]),
        ("Rosa Lind & Omar Vass   Norway 2018 | 93 mins", ["Rosa Lind", "Omar Vass"]),
        ("Rosa Lind | Norway | 2018 | 125 min", ["Rosa Lind"]),
        # a title with a comma opens the line: no pair of names
        ("Two Days, One Night   Belgium / France 2014 | 95 mins", []),
    ],
)
def test_co_directors_before_facts(line: str, found: list[str]) -> None:
    assert names_before_facts(("Night Harbour", line)) == found


def test_a_cue_that_opens_a_phrase_written_after_the_name() -> None:
    # Malayalam: "A directed-did B": A directs, B is the film
    text = "തുടക്കം. മധു നാരായണൻ സംവിധാനം ചെയ്ത കടൽ രാത്രി തിയറ്ററുകളിൽ എത്തി."
    assert cues.mentions(text, "directed_by") == []


@pytest.mark.parametrize(
    "text",
    [
        "కథ. ఆ విషయాలను దర్శకుడు రవి చాలా అద్భుతంగా తెరకెక్కించాడు.",  # "very wonderfully"
        "कहानी. निर्देशक राहुल भी बहुत अच्छा काम करते हैं।",  # "also very"
    ],
)
def test_an_adverb_ends_an_uncased_name(text: str) -> None:
    assert cues.mentions(text, "director_nouns") == []


def test_the_word_for_film_opens_no_name() -> None:
    text = "دەرهێنەر فیلمەکە باسی ئەوەی دەکات"  # "director: the film tells of …"
    assert cues.name_at(text, text.index("فیلمەکە")) is None


@pytest.mark.parametrize("head", ["这段长镜头其实就是", "但这而是"])
def test_a_clause_ending_in_the_copula_is_no_name(head: str) -> None:
    assert name_before(head) is None


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("az", "Bu il festivalda Rafiq Əliyevin filmi göstərildi.", "Rafiq Əliyevin"),
        (
            "kk",
            "Бұл жылы фестивальда Адильхан Ержановтың фильмі көрсетілді.",
            "Адильхан Ержановтың",
        ),
        (
            "ky",
            "Бул жылы фестивалда Темир Бирназаровдун тасмасы көрсөтүлдү.",
            "Темир Бирназаровдун",
        ),
        (
            "uz",
            "Bu yil festivalda Ayub Shahobiddinovning filmi namoyish etildi.",
            "Ayub Shahobiddinovning",
        ),
    ],
)
def test_a_turkic_genitive_before_the_word_for_film(code: str, text: str, name: str) -> None:
    assert [m.name for m in possessive.film_possessors(text, code)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری، تازه ترین ساخته رضا میرکریمی در جشنواره نمایش داده شد.",
        "به گزارش خبرگزاری، تازه‌ترین ساخته رضا میرکریمی در جشنواره نمایش داده شد.",
    ],
)
def test_the_persian_newest_work_of_written_spaced_or_joined(text: str) -> None:
    assert [m.name for m in cues.mentions(text, "directed_by")] == ["رضا میرکریمی"]


def test_the_persian_word_for_filmmaker_is_a_role_noun() -> None:
    text = "در این گفتگو فیلمساز رضا میرکریمی از فیلم تازه‌اش گفت."
    assert [m.name for m in cues.mentions(text, "director_nouns")] == ["رضا میرکریمی"]


@pytest.mark.parametrize(
    "text",
    [
        "Galada. Selin Aydın'ın yazıp yönettiği film gösterildi.",
        "Bu yıl Selin Aydın'ın yönetmenliğini yaptığı film gösterildi.",
    ],
)
def test_turkish_wrote_and_directed_after_the_genitive(text: str) -> None:
    # the sentence before ("Galada.") is no part of the name
    assert [m.name for m in cues.director_before(text)] == ["Selin Aydın"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a fesztiválon Kovács Anna filmje nyert.", ["Kovács Anna"]),
        ("a fesztiválon Kovács Anna új filmje nyert.", ["Kovács Anna"]),
        ("a fesztiválon Kovács Anna kultikus játékfilmje nyert.", ["Kovács Anna"]),
        ("a fesztiválon Kovács Anna rendezése nyert.", ["Kovács Anna"]),
        # the title before "című" (titled): where the name ends is unknown
        ("láttuk Kovács Anna Tél és nyár című filmjét.", []),
        # a place in a case is no possessor
        ("tavaly Kovács Anna Berlinben debütfilmjének örült.", []),
    ],
)
def test_a_hungarian_possessor_before_the_possessed_word_for_film(
    text: str, found: list[str]
) -> None:
    assert [m.name for m in possessive.film_possessors(text, "hu")] == found
