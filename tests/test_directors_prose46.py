"""Directors named only in running prose, read from each language's data: the credit of
directing joined to writing or acting ("Con guión y dirección de A", "A-को लेखन र
निर्देशनमा", "v režiji in po scenariju A", "A ನಟಿಸಿ, ನಿರ್ದೇಶಿಸಿರುವ"), a verb written after
the name ("A directs a", "A filme son", "A இயக்கி", "A-ගේ අධ්‍යක්ෂණයකි", "A režissýorlygynda",
"A debutará como director", Turkish "sat in the director's chair"), "the direction was made
by" (Albanian, Arabic), "the director of this film" (Russian), a compound word for a
film (Dutch "langspeelfilm van A"), Afrikaans "debuutregisseur A", and the
Icelandic possessor written after the word for film in the genitive ("kvikmynd Rúnars
Rúnarssonar")."""

from __future__ import annotations

import pytest

from tests.page_support import film_of


def _page(host: str, title: str, body: str) -> str:
    return f"Source: https://{host}/film/review\n{title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("host", "title", "body", "directors"),
    [
        (
            "es.example.com",
            "Los dioses de agua",
            "Con guión y dirección de Alexander Katzowicz, y la actuación de Ananda Brédice, "
            "Nahuel Vec.",
            ("Alexander Katzowicz",),
        ),
        (
            "ne.example.com",
            "खाली सिसी नया कागज",
            "शैलेन्द्र बज्राचार्यको लेखन र निर्देशनमा तयार पारिएको लघु फिल्म ‘खाली सिसी नया कागज’ "
            "सार्वजनिक गरिएको छ।",
            ("शैलेन्द्र बज्राचार्य",),
        ),
        (
            "sl.example.com",
            "Posledice",
            "V petek bo premiera filma Posledice v režiji in po scenariju Darka Štanteta, "
            "sicer zaposlenega v zavodu.",
            ("Darka Štanteta",),
        ),
        (
            "kn.example.com",
            "ಕಾಂತಾರ",
            "ರಿಷಬ್ ಶೆಟ್ಟಿ ನಟಿಸಿ, ನಿರ್ದೇಶಿಸಿರುವ ‘ಕಾಂತಾರ’ ಚಿತ್ರ ಕಮಾಲ್ ಮಾಡುತ್ತಿದೆ.",
            ("ರಿಷಬ್ ಶೆಟ್ಟಿ",),
        ),
        (
            "ta.example.com",
            "விசாரணை",
            "வெற்றிமாறன் இயக்கி சமீபத்தில் வெளியான படம் ‘விசாரணை’. தனுஷ் தயாரித்திருக்கிறார்.",
            ("வெற்றிமாறன்",),
        ),
        (
            "en.example.com",
            "Drive My Car",
            "Ryûsuke Hamaguchi directs a moving drama of theatre actor Yûsuke (Hidetoshi "
            "Nishijima) whose beloved wife dies.",
            ("Ryûsuke Hamaguchi",),
        ),
        (
            "fr.example.com",
            "Vingt Dieux",
            "Bande à part - Louise Courvoisier filme son Jura natal pour nous conter une épopée "
            "agricole dotée d’un charme fou.",
            ("Louise Courvoisier",),
        ),
        (
            "is.example.com",
            "Ljósbrot",
            "Ljósbrot er nýjasta kvikmynd Rúnars Rúnarssonar en hann hefur þótt einn besti "
            "leikstjóri Íslands.",
            ("Rúnars Rúnarssonar",),
        ),
        (
            "nl.example.com",
            "Close",
            "‘Close’, de tweede langspeelfilm van Lukas Dhont, kreeg donderdagavond een staande "
            "ovatie van het publiek.",
            ("Lukas Dhont",),
        ),
        (
            "sq.example.com",
            "Zana",
            "Regjinë e ka bërë Bujar Alimani, skenarin Artan Minarolli, ndërsa producent është "
            "Blerim Gjinovci.",
            ("Bujar Alimani",),
        ),
        (
            "es.example.com",
            "Porvenir",
            "El artista puertorriqueño René Pérez Joglar (Residente) debutará como director de "
            "largometrajes con el drama histórico épico.",
            ("René Pérez Joglar",),
        ),
        (
            "tr.example.com",
            "Kuru Otlar Üzerine",
            "Nuri Bilge Ceylan’ın yönetmen koltuğuna oturmuş olduğu “Kuru Otlar Üzerine” filmi "
            "Cannes’da ilk gösterimini yaptı.",
            ("Nuri Bilge Ceylan",),
        ),
        (
            "ru.example.com",
            "20 сигарет",
            "Имена. Режиссер этого фильма — дебютант Александр Горновский. Фильм снят по "
            "сценарию Дмитрия Соболева.",
            ("Александр Горновский",),
        ),
        (
            "af.example.com",
            "Noem my Skollie",
            "Ek bedoel dit nie as ’n belediging nie. Debuutregisseur Daryne Joshua is ’n "
            "storieverteller van formaat.",
            ("Daryne Joshua",),
        ),
    ],
)
def test_a_director_named_in_prose(
    host: str, title: str, body: str, directors: tuple[str, ...]
) -> None:
    assert film_of(_page(host, title, body)).directors == directors


def test_an_icelandic_title_in_the_nominative_is_no_possessor() -> None:
    """ "-ur" closes a masculine nominative ("Hvítur"), no genitive: the title after "myndin"
    names no one."""
    page = _page(
        "is.example.com",
        "Hvítur, hvítur dagur",
        "Hvítur, hvítur dagur er önnur mynd Hlyns Pálmasonar. Myndin Hvítur, hvítur dagur var "
        "sýnd í Cannes.",
    )
    assert film_of(page).directors == ("Hlyns Pálmasonar",)
