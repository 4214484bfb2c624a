"""The language data swept from grammar (session 47: de, fr, es, it, pt, nl, is, en): per
language, a small page in its own words whose director, cast, year, genres, runtime or synopsis
the added forms give (the phrases of directing and of the cast, a year after "von", genre words
and compounds, a runtime's unit in the genitive, synopsis headings)."""

from __future__ import annotations

import pytest

from tests.page_support import film_of

#: a story paragraph per language, long enough to be read as the synopsis under its heading
STORY = {
    "de": "Eine junge Frau kehrt in ihr Dorf zurück, um die Mühle ihres Vaters zu verkaufen, "
    "und trifft alte Freunde.",
    "fr": "Une jeune femme revient dans son village pour vendre le moulin de son père et "
    "retrouve ses anciens amis.",
    "pt": "Uma jovem regressa à sua aldeia para vender o moinho do pai e reencontra os velhos "
    "amigos de infância.",
    "is": "Ung kona snýr aftur í þorpið sitt til að selja myllu föður síns og hittir gamla "
    "vini sína aftur.",
}

#: (language, page text, field, expected value)
PAGES = [
    (
        "de",
        "Der stille Fluss\n\nDie Regie übernahm Hans Weber, die Hauptrolle spielt Anna Schmidt.",
        "directors",
        ("Hans Weber",),
    ),
    (
        "de",
        "Der stille Fluss\n\nDer stille Fluss ist ein deutsches Drama von 1968 unter der Regie "
        "von Hans Weber.",
        "year",
        1968,
    ),
    (
        "de",
        "Der stille Fluss\nRegie: Hans Weber\nGenre: Doku, Gruselfilm, Dystopie",
        "genres",
        ("Documentary", "Horror", "Science Fiction"),
    ),
    (
        "de",
        f"Der stille Fluss\nRegie: Hans Weber\n\nÜber den Film\n{STORY['de']}",
        "synopsis",
        STORY["de"],
    ),
    (
        "fr",
        "La rivière tranquille\n\nLa réalisation est signée Jean Dupont.",
        "directors",
        ("Jean Dupont",),
    ),
    (
        "fr",
        "La rivière tranquille\nRéalisation : Jean Dupont\nGenre : Film de guerre, Historique",
        "genres",
        ("War", "History"),
    ),
    (
        "fr",
        f"La rivière tranquille\nRéalisation : Jean Dupont\n\nIntrigue\n{STORY['fr']}",
        "synopsis",
        STORY["fr"],
    ),
    (
        "es",
        "El río tranquilo\n\nLa dirección corre a cargo de Juan García.",
        "directors",
        ("Juan García",),
    ),
    (
        "es",
        "El río tranquilo\n\nJuan García dirige esta comedia protagonizada por María López.",
        "directors",
        ("Juan García",),
    ),
    (
        "it",
        "Il fiume tranquillo\n\nLa regia è firmata da Marco Rossi.",
        "directors",
        ("Marco Rossi",),
    ),
    (
        "it",
        "Il fiume tranquillo\n\nIl regista Marco Rossi gira nel suo paese. Nel cast Giulia "
        "Bianchi e Luca Verdi.",
        "cast",
        ("Giulia Bianchi", "Luca Verdi"),
    ),
    (
        "it",
        "Il fiume tranquillo\nRegia: Marco Rossi\nGenere: Animazione, Per famiglie",
        "genres",
        ("Animation", "Family"),
    ),
    (
        "pt",
        "O rio tranquilo\n\nA direção fica a cargo de João Silva.",
        "directors",
        ("João Silva",),
    ),
    (
        "pt",
        "O rio tranquilo\nRealização: João Silva\nGénero: Ficção Científica, Acção",
        "genres",
        ("Science Fiction", "Action"),
    ),
    (
        "pt",
        f"O rio tranquilo\nRealização: João Silva\n\nSobre o filme\n{STORY['pt']}",
        "synopsis",
        STORY["pt"],
    ),
    (
        "nl",
        "De stille rivier\n\nDe regie is in handen van Jan de Vries.",
        "directors",
        ("Jan de Vries",),
    ),
    (
        "nl",
        "De stille rivier\nRegie: Jan de Vries\nMet o.a.: Anna Jansen, Pieter Bakker",
        "cast",
        ("Anna Jansen", "Pieter Bakker"),
    ),
    (
        "nl",
        "De stille rivier\nRegie: Jan de Vries\nGenre: Griezelfilm, Liefdesfilm, Docu",
        "genres",
        ("Horror", "Romance", "Documentary"),
    ),
    (
        "is",
        "Kyrra áin\n\nHeimildarmynd eftir Jón Jónsson um bændur á Íslandi.",
        "directors",
        ("Jón Jónsson",),
    ),
    (
        "is",
        "Kyrra áin\n\nMyndin er 98 mínútna löng og í leikstjórn Jóns Jónssonar.",
        "runtime_minutes",
        98,
    ),
    (
        "is",
        "Kyrra áin\nLeikstjóri: Jón Jónsson\nTegund: Hryllingsmynd, Sakamálamynd",
        "genres",
        ("Horror", "Crime"),
    ),
    (
        "is",
        f"Kyrra áin\nLeikstjóri: Jón Jónsson\n\nUm kvikmyndina\n{STORY['is']}",
        "synopsis",
        STORY["is"],
    ),
    (
        "it",
        "Vermiglio\n\nIl lungometraggio di Maura Delpero arriva nelle sale italiane.",
        "directors",
        ("Maura Delpero",),
    ),
    (
        "pt",
        "Maya\n\nAs três mulheres do título desta fita de Lovisa Sirén são duas irmãs e a mãe.",
        "directors",
        ("Lovisa Sirén",),
    ),
    (
        "de",
        "Der stille Fluss\n\nDer Kinofilm von Hans Weber startet heute.",
        "directors",
        ("Hans Weber",),
    ),
    (
        "pt",
        "O campeão\nRealização: João Silva\nGénero: Desporto, Drama",
        "genres",
        ("Sports", "Drama"),
    ),
    (
        "de",
        "Der stille Fluss\nRegie: Hans Weber\nGenre: Zombiefilm, Sportfilm",
        "genres",
        ("Horror", "Sports"),
    ),
    (
        "en",
        "The Quiet River\n\nThe new feature from John Smith opens today.",
        "directors",
        ("John Smith",),
    ),
]


@pytest.mark.parametrize(("code", "text", "field", "value"), PAGES)
def test_swept_language_data(code: str, text: str, field: str, value: object) -> None:
    film = film_of(text)
    assert getattr(film, field) == value, code
