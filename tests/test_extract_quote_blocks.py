"""Critics' quotes set in press blocks: real lines of unseen sites' layouts -> the quotes."""

from __future__ import annotations

import pytest
from page_support import Found, quotes

BLOCKS = [
    (
        "a critic's score out of a hundred over the outlet, the review under it",
        "Recommendations\n\n    • 100\n\n      The Hollywood Reporter\n\n      Both a powerful "
        "allegory for post-war regeneration and a rich Hitchcockian tale of mistaken "
        "identity.\n    • 100\n\n      Slant Magazine\n\n      Christian Petzold never "
        "luxuriates in all this film history.\n    • 91\n\n      IndieWire\n\n      Hoss' "
        "portrayal of a woman at odds with her surroundings is in a class by itself.",
        [
            (
                "Both a powerful allegory for post-war regeneration and a rich Hitchcockian "
                "tale of mistaken identity.",
                None,
                "The Hollywood Reporter",
            ),
            (
                "Christian Petzold never luxuriates in all this film history.",
                None,
                "Slant Magazine",
            ),
            (
                "Hoss' portrayal of a woman at odds with her surroundings is in a class by itself.",
                None,
                "IndieWire",
            ),
        ],
    ),
    (
        "inline tags and entities left around a quote and its source",
        "<p><strong>“This sublimely poignant character study will likely rank alongside Ozu's "
        "classics&hellip; one of the best.” - <em>Time Out</em></strong><em></em></p>\n\n"
        "<p>The Yokoyama family reunites to honour their eldest son.</p>\n\n"
        "<p>“So completely absorbing, so sure of its own scale and scope.” - <em>New York "
        "Times</em></p>",
        [
            (
                "This sublimely poignant character study will likely rank alongside Ozu's "
                "classics… one of the best.",
                None,
                "Time Out",
            ),
            (
                "So completely absorbing, so sure of its own scale and scope.",
                None,
                "New York Times",
            ),
        ],
    ),
    (
        "a paragraph closed by a mark it never opened, its source in brackets after a dash",
        "Abderrahmane Sissako may not be the most prolific of filmmakers, but he is undoubtedly "
        "one of the best.” (Geoff Andrew – Sight and Sound)",
        [
            (
                "Abderrahmane Sissako may not be the most prolific of filmmakers, but he is "
                "undoubtedly one of the best.",
                "Geoff Andrew",
                "Sight and Sound",
            )
        ],
    ),
    (
        "'according to' and the outlet over each quote, the critic after it",
        "QU'EN PENSE LA PRESSE ?\n\nSelon La Croix :\n\n\"Un film puissant et viscéral, qui "
        'hante longtemps le spectateur." (Céline Rouden) 5/5\n\nSelon Le Journal du Dimanche '
        ":\n\n\"Semé de silences parlants et de détails visuels puissants, le film s'enrichit."
        '" (Alexi',
        [
            (
                "Un film puissant et viscéral, qui hante longtemps le spectateur.",
                "Céline Rouden",
                "La Croix",
            ),
            (
                "Semé de silences parlants et de détails visuels puissants, le film s'enrichit.",
                None,
                "Le Journal du Dimanche",
            ),
        ],
    ),
    (
        "the last review of a block cut off with the page: its last words are no source",
        "What are critics saying?\n\n\nSlant by Carson Lund\n\nThe film’s unifying theme is "
        "the egocentrism and inevitable violence of masculinity.\n\n\nThe Playlist by Elena "
        "Lazic\n\nThe film’s very long takes feel extremely rich with meaning and texture."
        "\n\n\nThe Austin Chronicle by Jenny Nulf\n\nThe film itself is fictional, filmed in "
        "a 1.33:1 ratio to mimic the framing of the photographs. It’s absol",
        [
            (
                "The film’s unifying theme is the egocentrism and inevitable violence of "
                "masculinity.",
                "Carson Lund",
                "Slant",
            ),
            (
                "The film’s very long takes feel extremely rich with meaning and texture.",
                "Elena Lazic",
                "The Playlist",
            ),
            (
                "The film itself is fictional, filmed in a 1.33:1 ratio to mimic the framing of "
                "the photographs. It’s absol",
                "Jenny Nulf",
                "The Austin Chronicle",
            ),
        ],
    ),
    (
        "a verdict of a few words signed by a critic and an outlet after a dash on its line",
        "Iz kritika:\n\nAnatolska verzija ‘Ubojstva nevinih’. – Jordan Hoffman, The Guardian\n"
        "Predivno zaokružena priča. – Jay Weissberg, Variety",
        [
            ("Anatolska verzija ‘Ubojstva nevinih’.", "Jordan Hoffman", "The Guardian"),
            ("Predivno zaokružena priča.", "Jay Weissberg", "Variety"),
        ],
    ),
    (
        "critics' names glued to the next review, the last one to a word of the page",
        "Rama attends the trial of Laurence Coly, a young woman accused of killing her "
        "daughter.\nCheffe d’orchestre captant la note juste de chaque soliste, Alice Diop "
        "atteint ici un très haut niveau de cinéma.\nOlivier PélissonSemé de silences parlants "
        "et de détails visuels puissants, le film s’enrichit de plaidoiries.\nAlexis "
        "CampionSaint-Omer est un long-métrage frontal, direct. Les plans le plus souvent "
        "fixes empêchent la dispersion.\nThomas BaurezGalleryo",
        [
            (
                "Cheffe d’orchestre captant la note juste de chaque soliste, Alice Diop atteint "
                "ici un très haut niveau de cinéma.",
                "Olivier Pélisson",
                None,
            ),
            (
                "Semé de silences parlants et de détails visuels puissants, le film s’enrichit "
                "de plaidoiries.",
                "Alexis Campion",
                None,
            ),
            (
                "Saint-Omer est un long-métrage frontal, direct. Les plans le plus souvent fixes "
                "empêchent la dispersion.",
                "Thomas Baurez",
                None,
            ),
        ],
    ),
    (
        "a title quoted inside a quotation signed after a dash",
        "“No movie that I’ve seen this year has moved me as deeply as “EO,” whose genius "
        "auteur and all the donkeys deserve all the love.” – Manohla Dargis, New York Times, "
        "Top Ten Movies List of 2022.",
        [
            (
                "No movie that I’ve seen this year has moved me as deeply as “EO,” whose genius "
                "auteur and all the donkeys deserve all the love.",
                "Manohla Dargis",
                "New York Times",
            )
        ],
    ),
    (
        "critic and outlet over each review, a link to the whole review under it",
        "Peter Bradshaw\nThe Guardian\n\nA gripping, superbly acted crime saga that never lets "
        "go.\n\nFull Review | Original Score: 4/5\n\nManohla Dargis\nNew York Times\n\nA film "
        "of rare and patient beauty, made with total control.\n\nFull Review",
        [
            (
                "A gripping, superbly acted crime saga that never lets go.",
                "Peter Bradshaw",
                "The Guardian",
            ),
            (
                "A film of rare and patient beauty, made with total control.",
                "Manohla Dargis",
                "New York Times",
            ),
        ],
    ),
    (
        "a heading that counts no reviews: 'Critic Reviews'",
        "Critic Reviews\n\nPeter Bradshaw\nThe Guardian\n\nA gripping, superbly acted crime "
        "saga that never lets go.",
        [
            (
                "A gripping, superbly acted crime saga that never lets go.",
                "Peter Bradshaw",
                "The Guardian",
            )
        ],
    ),
    (
        "a block quote and its source marked up, the outlet in emphasis",
        "> “A gripping, superbly acted crime saga.”\n> — Jane Doe, Daily Planet\n\n"
        "“A film of rare and patient beauty.” – _Variety_",
        [
            ("A gripping, superbly acted crime saga.", "Jane Doe", "Daily Planet"),
            ("A film of rare and patient beauty.", None, "Variety"),
        ],
    ),
    (
        "a critic's score out of a hundred under the outlet, over the review",
        "The Guardian\n80\nA gripping, superbly acted crime saga that never lets go.\n\n"
        "Variety\n90\nA film of rare and patient beauty, made with total control.",
        [
            (
                "A gripping, superbly acted crime saga that never lets go.",
                None,
                "The Guardian",
            ),
            (
                "A film of rare and patient beauty, made with total control.",
                None,
                "Variety",
            ),
        ],
    ),
    (
        "a Greek outlet led by a plural article is no person's name",
        "Κριτικές\n\n«Μια συναρπαστική, εξαιρετικά ερμηνευμένη ταινία.» – Καθημερινή\n"
        "«Ταινία σπάνιας και υπομονετικής ομορφιάς.» – Τα Νέα",
        [
            ("Μια συναρπαστική, εξαιρετικά ερμηνευμένη ταινία.", None, "Καθημερινή"),
            ("Ταινία σπάνιας και υπομονετικής ομορφιάς.", None, "Τα Νέα"),
        ],
    ),
    (
        "a known outlet and a dash leading each unquoted review",
        "Press\n\nThe Guardian – A gripping, superbly acted crime saga that never lets go.\n"
        "Variety – A film of rare and patient beauty, made with total control.",
        [
            ("A gripping, superbly acted crime saga that never lets go.", None, "The Guardian"),
            ("A film of rare and patient beauty, made with total control.", None, "Variety"),
        ],
    ),
    (
        "stars between a leading outlet and its colon",
        "Empire ★★★★★: “A gripping, superbly acted crime saga.”\nTotal Film ★★★★: “A film of "
        "rare and patient beauty.”",
        [
            ("A gripping, superbly acted crime saga.", None, "Empire"),
            ("A film of rare and patient beauty.", None, "Total Film"),
        ],
    ),
    (
        "stars inside the brackets of an outlet, a slash before another",
        "“A gripping, superbly acted crime saga.” (★★★★★ Empire)\n“A film of rare and patient "
        "beauty.” / The Guardian",
        [
            ("A gripping, superbly acted crime saga.", None, "Empire"),
            ("A film of rare and patient beauty.", None, "The Guardian"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [b[1:] for b in BLOCKS], ids=[b[0] for b in BLOCKS])
def test_press_blocks(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a number alone over a line that is no source: a count, not a critic's score
        "Running time\n\n100\n\nA detective hunts a crew of professional thieves across Los "
        "Angeles in a long and patient film.",
        # visitors' reviews rated with stars under a heading for them
        "User reviews\n\nJohn123\n★★★★★\nA gripping, superbly acted crime saga that never "
        "lets go. Loved it!\n\nMaryK\n★★★\nA film of rare and patient beauty, made with total "
        "control.",
        # lines of dialogue headed by characters the cast list gives their actors
        "Cast\nRobert De Niro as Neil McCauley\nAl Pacino as Vincent Hanna\n\nMemorable lines\n\n"
        "Neil McCauley: “Don't let yourself get attached to anything you are not willing to "
        "walk out on.”\nVincent Hanna: “All I am is what I'm going after, and nothing else.”",
        # a link to post a comment under a paragraph is no outlet signing it
        "A detective hunts a crew of professional thieves across Los Angeles in a long film.\n\n"
        "Post a Comment\n\n0 Comments",
    ],
    ids=[
        "number-over-text",
        "user-reviews-rated",
        "dialogue-of-cast-characters",
        "comment-link-under-text",
    ],
)
def test_not_block_quotes(body: str) -> None:
    assert quotes(body) == []


def test_paragraphs_each_headed_by_a_critic_and_outlet_line_are_reviews() -> None:
    body = (
        "Jane Doe, The Evening Star\nA tender, funny and quietly radical film about growing "
        "up.\n\nJohn Roe, The Morning Post\nA slow, beautiful portrait of a family falling apart "
        "and mending."
    )
    assert quotes(body) == [
        (
            "A tender, funny and quietly radical film about growing up.",
            "Jane Doe",
            "The Evening Star",
        ),
        (
            "A slow, beautiful portrait of a family falling apart and mending.",
            "John Roe",
            "The Morning Post",
        ),
    ]


def test_paragraphs_each_headed_by_an_outlet_and_critic_joined_by_a_slash() -> None:
    body = (
        "Daily Planet/Jane Doe\nA tender, funny and quietly radical film about growing up.\n\n"
        "Morning Post/John Roe\nA slow, beautiful portrait of a family falling apart and "
        "mending.\n\nEvening Star/Ann Poe\nAn angry, generous film that never once lowers its "
        "voice."
    )
    assert quotes(body) == [
        (
            "A tender, funny and quietly radical film about growing up.",
            "Jane Doe",
            "Daily Planet",
        ),
        (
            "A slow, beautiful portrait of a family falling apart and mending.",
            "John Roe",
            "Morning Post",
        ),
        ("An angry, generous film that never once lowers its voice.", "Ann Poe", "Evening Star"),
    ]


@pytest.mark.parametrize("heading", ["The Critics Have Spoken", "Die Kritiken im Überblick"])
def test_a_line_that_speaks_of_the_critics_heads_a_critics_list_and_signs_nothing(
    heading: str,
) -> None:
    body = (
        f"{heading}\n\nClick on a poster to see it larger.\n\n"
        "Daily Planet/Jane Doe\nA tender, funny and quietly radical film about growing up.\n\n"
        "Morning Post/John Roe\nA slow, beautiful portrait of a family falling apart and "
        "mending.\n\nEvening Star/Ann Poe\nAn angry, generous film that never once lowers its "
        "voice."
    )
    assert [text for text, _, _ in quotes(body)] == [
        "A tender, funny and quietly radical film about growing up.",
        "A slow, beautiful portrait of a family falling apart and mending.",
        "An angry, generous film that never once lowers its voice.",
    ]


def test_titles_and_directors_over_synopses_are_no_reviews() -> None:
    body = (
        "Nightfall (Jane Doe)\nA girl finds a strange egg in the forest and takes it home to "
        "her perfect family.\n\nLa Festa (John Roe)\nClaudio and Carmela throw a party for their "
        "eldest daughter, and then he disappears."
    )
    assert quotes(body) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_source_over_an_excerpt_with_a_link_to_the_review_under_it(gap: str) -> None:
    # the paragraph above is no text the source signs: the link closes the excerpt below it
    body = gap.join(
        [
            "A girl finds a strange egg in the forest and takes it home to her perfect family.",
            "Jane Doe",
            "The Evening Star, 27 October 2024",
            "A tender, funny and quietly radical film about growing up, with two great "
            "performances.",
            "Read the full review",
        ]
    )
    assert quotes(body) == [
        (
            "A tender, funny and quietly radical film about growing up, with two great "
            "performances.",
            "Jane Doe",
            "The Evening Star",
        )
    ]
