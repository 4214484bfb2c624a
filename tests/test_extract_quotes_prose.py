"""Critics' quotes written into prose: who a sentence around a quotation names as its source."""

from __future__ import annotations

import pytest
from page_support import BLURB, Found, quotes

from indexer.extract.pages import extract_page

PROSE = [
    (
        "the page's own critic named after the role, before a colon",
        'Auch unser Kritiker Björn Schneider ist begeistert: "Deftige, ungemein vergnügliche '
        'Provinz-Posse mit Charme, trockenem Humor und kauzigen Figuren."',
        "https://www.spielfilm.de/filme/1",
        [
            (
                "Deftige, ungemein vergnügliche Provinz-Posse mit Charme, trockenem Humor und "
                "kauzigen Figuren.",
                "Björn Schneider",
                "spielfilm.de",
            )
        ],
    ),
    (
        "a pronoun after the verb of saying stands for the critic named beside a role",
        "Vår anmelder Marte Thingstad ga full score på terningen, til filmen som har fått "
        "6-årsgrense og norsk tale. «Fabelen om den lille prinsen fungerer i filmen som en "
        "nydelig inngang til de helt store perspektivene», skrev hun i anmeldelsen.",
        "",
        [
            (
                "Fabelen om den lille prinsen fungerer i filmen som en nydelig inngang til de "
                "helt store perspektivene",
                "Marte Thingstad",
                None,
            )
        ],
    ),
    (
        "an outlet opening the sentence, then the critic before a verb in the past tense; the "
        "surname alone later is that critic's, not the director's who shares it",
        "La película dirigida por Gonzalo Muñoz representa a Chile.\n\n"
        "En entrevista con CNN Chile, el crítico de Cine, Polo Muñoz manifestó que “ojalá se "
        "lleve algún galardón, ya que es una película que fue muy bien recibida”.\n\n"
        "Sin embargo el especialista enfatizó que la película en sí, “generó que la crítica se "
        "dividiese en cuanto a virtudes y falencias”.\n\n"
        "Respecto a la trama de la película, Muñoz señaló que “cuenta la historia de un joven "
        "chileno que llega a vivir a Londres”.",
        "",
        [
            (
                "ojalá se lleve algún galardón, ya que es una película que fue muy bien recibida",
                "Polo Muñoz",
                "CNN Chile",
            ),
            (
                "generó que la crítica se dividiese en cuanto a virtudes y falencias",
                "Polo Muñoz",
                "CNN Chile",
            ),
            (
                "cuenta la historia de un joven chileno que llega a vivir a Londres",
                "Polo Muñoz",
                "CNN Chile",
            ),
        ],
    ),
    (
        "a verb of saying and a critic's role with no name after a quotation: the critic before",
        "Writing in The Guardian, Peter Bradshaw called it “a rush of vitality”.\n\n"
        "On the young cast: “The most authentic film about British teens in years,” the critic "
        "added.",
        "",
        [
            ("a rush of vitality", "Peter Bradshaw", "The Guardian"),
            (
                "The most authentic film about British teens in years,",
                "Peter Bradshaw",
                "The Guardian",
            ),
        ],
    ),
    (
        "an outlet's own article after the page's article; a verb of speaking in Portuguese",
        "A The Hollywood Reporter considera a atriz como uma “escolha perfeita” para o papel. "
        "O Le Monde fala em um filme “sensual e musical”, no qual Kleber “descreve os "
        "problemas do Brasil contemporâneo com beleza”.",
        "",
        [
            ("escolha perfeita", None, "The Hollywood Reporter"),
            ("sensual e musical", None, "Le Monde"),
            ("descreve os problemas do Brasil contemporâneo com beleza", None, "Le Monde"),
        ],
    ),
    (
        "a quotation opening the paragraph, its critic and outlet named in the next sentence",
        "“Aquest debut és una joia. Subtil, ric i càlid, és un film totalment seductor”. Qui "
        "dispara aquesta tirallonga d’elogis és Peter Bradshaw, el crític de referència de The "
        "Guardian. I el destinatari és la primera pel·lícula de Carla Simón.",
        "",
        [
            (
                "Aquest debut és una joia. Subtil, ric i càlid, és un film totalment seductor",
                "Peter Bradshaw",
                "The Guardian",
            )
        ],
    ),
]


SENTENCES = [
    (
        "Critic Mark Kermode described the film as “a haunting, beautifully made meditation”.",
        ("a haunting, beautifully made meditation", "Mark Kermode", None),
    ),
    (
        "Para Carlos Boyero (El País), «es una película conmovedora y muy bien interpretada».",
        ("es una película conmovedora y muy bien interpretada", "Carlos Boyero", "El País"),
    ),
    (
        "Le critique de Libération, Didier Péron, parle d'« un film bouleversant et juste ».",
        ("un film bouleversant et juste", "Didier Péron", "Libération"),
    ),
    (
        "Il Corriere della Sera parla di «un film commovente e girato benissimo».",
        ("un film commovente e girato benissimo", None, "Il Corriere della Sera"),
    ),
    (
        "Kritikerin Anke Sterneborg schreibt: „Ein berührendes, genau beobachtetes Drama.“",
        ("Ein berührendes, genau beobachtetes Drama.", "Anke Sterneborg", None),
    ),
    (
        "Recenzent Tadeusz Sobolewski był zachwycony. „To rozdzierający serce, wspaniale zagrany "
        "dramat” – napisał on.",
        ("To rozdzierający serce, wspaniale zagrany dramat", "Tadeusz Sobolewski", None),
    ),
    (
        "Kriitik Tristan Priimägi kiitis filmi. „Südantlõhestav ja suurepäraselt mängitud "
        "draama,“ kirjutas ta.",
        ("Südantlõhestav ja suurepäraselt mängitud draama,", "Tristan Priimägi", None),
    ),
    (
        "The New York Times critic A. O. Scott called it “a haunting, beautifully made film”.",
        ("a haunting, beautifully made film", "A. O. Scott", "The New York Times"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), SENTENCES)
def test_prose_sentence(body: str, expected: Found) -> None:
    assert quotes(body) == [expected]


@pytest.mark.parametrize(
    ("body", "source", "expected"), [p[1:] for p in PROSE], ids=[p[0] for p in PROSE]
)
def test_prose_attribution(body: str, source: str, expected: list[Found]) -> None:
    assert quotes(body, source) == expected


@pytest.mark.parametrize(
    "body",
    [
        # "she said" after a director named without a critic's role: an interview, no review
        "Director Jane Campion spoke to us in Venice about her western. “It took me a long "
        "time to understand these men and the land they live in,” she said.",
        # the sentence after an opening quotation names the film's director, no critic or outlet
        "“A family that falls apart over one summer in the mountains.” So sums up Alice "
        "Rohrwacher her new film, shot in Umbria.",
    ],
)
def test_prose_without_a_critic(body: str) -> None:
    assert all(critic is None and outlet is None for _, critic, outlet in quotes(body))


@pytest.mark.parametrize(
    "body",
    [
        # a word for the film's director before the name: the filmmaker speaks, no critic
        "Bei der Premiere in Cannes: „Wir haben den Film in zwanzig Tagen gedreht, mit einem "
        "winzigen Team“, sagte Regisseurin Maren Ade.",
        "At the festival the mood was good. “It took me a long time to understand these men "
        "and the land they live in,” said director Jane Campion.",
        # words in the first person that an outlet was told
        "At the premiere the mood was good. “We shot it in twenty days with a tiny crew of "
        "friends,” Campion told Variety.",
    ],
)
def test_filmmakers_statements_are_no_quotes(body: str) -> None:
    assert quotes(body) == []


CRITICS_TAB = (
    "Recommendations\n\n"
    "    • 100\n\n"
    "      The Hollywood Reporter\n\n"
    "      Both a powerful allegory for post-war regeneration and a rich Hitchcockian tale of "
    "mistaken identity.\n"
    "    • 100\n\n"
    "      Slant Magazine\n\n"
    "      Christian Petzold never luxuriates in all this film history, but rather channels "
    "the artifice and affect it embodies into new insights.\n"
    "    • 91\n\n"
    "      IndieWire\n\n"
    "      Hoss' portrayal of a woman at odds with her surroundings is in a class by itself.\n"
)


def test_critics_tab_excerpts_under_their_sources() -> None:
    assert [(critic, outlet) for _, critic, outlet in quotes(CRITICS_TAB)] == [
        (None, "The Hollywood Reporter"),
        (None, "Slant Magazine"),
        (None, "IndieWire"),
    ]


def test_two_rated_excerpts_under_outlet_headings_are_quotes() -> None:
    # two entries are too few for a critics' tab, but a score out of 100 over each source
    # line rates the review under it (the press-block reader), so both are quotes
    body = CRITICS_TAB.split("    • 91")[0]
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [
        (None, "The Hollywood Reporter"),
        (None, "Slant Magazine"),
    ]


def test_according_to_heading_names_the_outlet() -> None:
    body = (
        "Selon La Croix :\n\n"
        '"Un film puissant et viscéral, qui hante longtemps le spectateur." (Céline Rouden) 5/5\n\n'
        "Selon Bande à part :\n\n"
        '"Alice Diop atteint ici un très haut niveau de cinéma humaniste." (Olivier Pélisson) 5/5'
    )
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [
        ("Céline Rouden", "La Croix"),
        ("Olivier Pélisson", "Bande à part"),
    ]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (
            "The press was kind. The Guardian gave it four stars. “A heartbreaking, wonderfully "
            "acted drama,” the paper's critic wrote.",
            "The Guardian",
        ),
        (
            "Filmen fick fina recensioner i Svenska Dagbladet. ”Ett hjärtskärande, underbart "
            "spelat drama”, skriver tidningens recensent.",
            "Svenska Dagbladet",
        ),
    ],
)
def test_the_papers_critic_writes_for_the_outlet_named_before(body: str, outlet: str) -> None:
    assert [o for _, _, o in quotes(body)] == [outlet]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "«Un polar sec et tendu, porté par une mise en scène précise», tonne Jeanne Morel "
            "de La Gazette du Nord, enthousiaste.",
            (
                "Un polar sec et tendu, porté par une mise en scène précise",
                "Jeanne Morel",
                "La Gazette du Nord",
            ),
        ),
        (
            "“A tender, funny and quietly radical film about growing up,” enthuses Jane Doe, film "
            "critic at The Daily Planet.",
            (
                "A tender, funny and quietly radical film about growing up,",
                "Jane Doe",
                "The Daily Planet",
            ),
        ),
        (
            "«Una película luminosa y profundamente humana», remata Ana López, crítica de El "
            "Faro Sur.",
            ("Una película luminosa y profundamente humana", "Ana López", "El Faro Sur"),
        ),
    ],
)
def test_an_unknown_verb_in_the_inversion_that_reports_speech(
    sentence: str, expected: Found
) -> None:
    assert quotes(BLURB + "\n\n" + sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a preposition before the names: the cast of a quoted title
        "«Un polar sec et tendu au cœur de la nuit lyonnaise», avec Jeanne Morel et Paul Ricard.",
        # words in the first person: a statement, not a review
        "“I wanted to make something honest about my own mother,” smiles Jane Doe.",
    ],
)
def test_no_critic_from_an_inversion_without_a_verb_or_in_the_first_person(sentence: str) -> None:
    assert all(critic is None for _, critic, _ in quotes(BLURB + "\n\n" + sentence))


def test_a_critic_named_beside_their_role_in_the_quotations_own_sentence() -> None:
    body = (
        'Volgens Filmkrant Weekly is het "een onvergetelijk verhaal over een bewogen leven". '
        'Recensent Jan Vermeer begrijpt niet waarom "zo\'n krachtige film" niet in de selectie '
        "zat."
    )
    assert quotes(BLURB + "\n\n" + body)[1:] == [
        ("zo'n krachtige film", "Jan Vermeer", "Filmkrant Weekly")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Reel & Screen’s Jane Doe says “There are few film-makers alive today wearing such a "
            "mantle of moral authority.”",
            (
                "There are few film-makers alive today wearing such a mantle of moral authority.",
                "Jane Doe",
                "Reel & Screen",
            ),
        ),
        (
            "The Evening Star’s four star review starts : “The director’s new film takes as its "
            "starting point a news story from the west of the country.”",
            (
                "The director’s new film takes as its starting point a news story from the west "
                "of the country.",
                None,
                "The Evening Star",
            ),
        ),
    ],
)
def test_an_outlet_in_the_genitive_before_its_critic_or_its_review(
    sentence: str, expected: Found
) -> None:
    assert quotes(BLURB + "\n\n" + sentence) == [expected]


def test_a_sentence_opening_with_a_critic_of_an_outlet() -> None:
    sentence = (
        "Secondo Marco Rossi del Giornale di Sicilia, è «un film luminoso, divertente e "
        "profondamente umano»."
    )
    assert quotes(BLURB + "\n\n" + sentence) == [
        ("un film luminoso, divertente e profondamente umano", "Marco Rossi", "Giornale di Sicilia")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # a verb in lower case before a critic's role is no outlet
            "«Ніжне, смішне і глибоко людяне кіно про дорослішання», — пише кінокритик Олена "
            "Петренко.",
            ("Ніжне, смішне і глибоко людяне кіно про дорослішання", "Олена Петренко", None),
        ),
        (
            # "for" and a critic, the outlet set off after the name
            "Para Ana Ruiz, de El Faro, es «una película luminosa, divertida y profundamente "
            "humana».",
            ("una película luminosa, divertida y profundamente humana", "Ana Ruiz", "El Faro"),
        ),
        (
            # "for" and an outlet's name with its article
            "Pour Les Cahiers Verts, c’est « un film bouleversant, d’une beauté rare et d’une "
            "grande justesse ».",
            (
                "un film bouleversant, d’une beauté rare et d’une grande justesse",
                None,
                "Les Cahiers Verts",
            ),
        ),
        (
            # the outlet in quotation marks after the critic who writes, whatever its words
            "„To film czuły, zabawny i głęboko ludzki” – pisze Jan Kowal w „Gazecie Nowej”.",
            ("To film czuły, zabawny i głęboko ludzki", "Jan Kowal", "Gazecie Nowej"),
        ),
        (
            # an outlet in the genitive right before the critic's role and name
            "Turun Sanomien kriitikko Anna Virtanen kirjoittaa: ”Herkkä, hauska ja syvästi "
            "inhimillinen elokuva.”",
            ("Herkkä, hauska ja syvästi inhimillinen elokuva.", "Anna Virtanen", "Turun Sanomien"),
        ),
    ],
)
def test_sources_written_around_a_critics_name(sentence: str, expected: Found) -> None:
    assert quotes(BLURB + "\n\n" + sentence) == [expected]


def test_a_word_of_praise_before_a_critics_role_is_no_outlet() -> None:
    sentence = "Veteran critic Jane Doe writes: “A tender, funny and quietly radical film.”"
    assert quotes(BLURB + "\n\n" + sentence) == [
        ("A tender, funny and quietly radical film.", "Jane Doe", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # a critic's role, the name, "of" and an outlet, a verb no list holds after
            "Recensent Jan Vermeer van de Avondpost noemde het ‘een ontroerend en geestig "
            "portret van een familie’.",
            ("een ontroerend en geestig portret van een familie", "Jan Vermeer", "Avondpost"),
        ),
        (
            # "du" holds the article of the outlet's name
            "Pour Jeanne Morel du Courrier, le film est « un film bouleversant, d’une beauté "
            "rare et d’une grande justesse ».",
            (
                "un film bouleversant, d’une beauté rare et d’une grande justesse",
                "Jeanne Morel",
                "Le Courrier",
            ),
        ),
    ],
)
def test_a_critic_of_an_outlet_named_with_a_word_for_of(sentence: str, expected: Found) -> None:
    assert quotes(BLURB + "\n\n" + sentence) == [expected]


def test_two_critics_of_their_outlets_in_one_sentence() -> None:
    sentence = (
        "Jane Doe of The Evening Star called it “a tender, funny and quietly radical film”, "
        "while John Roe of The Morning Post found it “a slow, beautiful portrait of a family”."
    )
    assert quotes(BLURB + "\n\n" + sentence) == [
        ("a tender, funny and quietly radical film", "Jane Doe", "The Evening Star"),
        ("a slow, beautiful portrait of a family", "John Roe", "The Morning Post"),
    ]


def test_an_outlet_opening_the_quotations_sentence_whatever_the_verb() -> None:
    sentence = (
        "The Evening Star no dejó de recordar ayer que “por una oscura ironía del destino "
        "llegan ahora los signos más brillantes”."
    )
    assert [o for _, _, o in quotes(BLURB + "\n\n" + sentence)] == ["The Evening Star"]


def test_a_surname_alone_ending_the_inversion() -> None:
    sentence = "„Huvitaval kombel sai ta selle rolli eest oma ainsa Oscari,“ avas filmi sisu Tamm."
    assert [c for _, c, _ in quotes(BLURB + "\n\n" + sentence)] == ["Tamm"]


def test_a_place_after_a_preposition_ending_the_inversion_is_no_critic() -> None:
    sentence = "«Una película luminosa, divertida y profundamente humana», dijo en Madrid."
    assert all(c is None for _, c, _ in quotes(BLURB + "\n\n" + sentence))


_REVIEW = "Een ingetogen drama dat zijn personages nooit verraadt en lang blijft nazinderen."


@pytest.mark.parametrize(
    ("body", "critic"),
    [
        (
            # the critic beside their role two sentences before, another sentence between
            "In het weekblad verscheen ook de recensie van criticus Jan Vermeer in Filmkrant "
            "Weekly. De acteurs en de montage zijn sterk. "
            f"„{_REVIEW}“",
            ("Jan Vermeer", "Filmkrant Weekly"),
        ),
        (
            # the sentence right before names the critic
            f"Criticus Jan Vermeer was onder de indruk van het debuut. „{_REVIEW}“",
            ("Jan Vermeer", None),
        ),
        (
            # two critics named: the paragraph does not say whose words these are
            "Criticus Jan Vermeer was onder de indruk. Criticus Anna de Wit twijfelde. "
            f"„{_REVIEW}“",
            (None, None),
        ),
        (
            # no critic's role: a name alone signs nothing (and with no verb of saying and no
            # critic named, the quotation is not kept at all)
            f"Jan Vermeer was onder de indruk van het debuut. Hij zag het twee keer. „{_REVIEW}“",
            None,
        ),
        (
            # words in the first person: an interview, not the critic's review
            "Criticus Jan Vermeer sprak met de regisseur. Die vertelde over de opnames. "
            "„Wij hebben de film in twintig dagen gedraaid, met acteurs uit het dorp zelf.“",
            None,
        ),
    ],
)
def test_a_quotation_takes_the_one_critic_its_paragraph_names_beside_a_role(
    body: str, critic: tuple[str | None, str | None] | None
) -> None:
    found = quotes(body)
    if critic is None:
        assert all(who is None for _, who, _ in found)
    else:
        assert [(who, outlet) for _, who, outlet in found] == [critic]


TITLE_PAGES = [
    (
        "https://news.example.vn/phim/cha-cong-con.html",
        "Cha cõng con",
        '(CLO) "Cha cõng con" - Bộ phim Việt Nam giành giải thưởng tại liên hoan phim năm nay.',
    ),
    (
        "https://example.no/film/verdens-verste-menneske",
        "Verdens verste menneske",
        "Det er lenge sidan ein film har gjort slikt inntrykk. “Verdens verste menneske”, "
        "skriv Eit Hansen, er ein av dei beste.",
    ),
    (
        "https://example.mk/kultura/ti-nema-da-bidesh-sama",
        "Ти нема да бидеш сама",
        "Дебито на Горан Столевски, „Ти нема да бидеш сама“ (You Won’t Be Alone) премиерно "
        "беше прикажан во Сандберг.",
    ),
]


@pytest.mark.parametrize(("source", "title", "body"), TITLE_PAGES)
def test_the_title_quoted_in_prose_is_no_quote(source: str, title: str, body: str) -> None:
    """The film's title in quotation marks, in sentence case, that the address spells too."""
    page = f"Source: {source}\nTitle: {title}\n\n{body}\n"
    films = extract_page(page, "q.txt").films
    assert [q.text for q in films[0].quotes] == []


def test_a_pull_quote_taken_as_title_stays_a_quote() -> None:
    """A critic's words that the title reader took are no part of the address."""
    page = (
        "Source: https://example.org/film/helene\nTitle: A weird, thoughtful, affecting treat\n\n"
        "“A weird, thoughtful, affecting treat” – Empire\n"
    )
    films = extract_page(page, "q.txt").films
    assert [q.text for q in films[0].quotes] == ["A weird, thoughtful, affecting treat"]
