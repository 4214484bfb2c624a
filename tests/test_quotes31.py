"""A heading that speaks of the critics is no outlet, and a round-up of paragraphs each led
by its source and a dash (quotes31)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes


def test_heading_naming_the_critics_signs_nothing() -> None:
    body = (
        "Der Film läuft ab Donnerstag in den Kinos. Kein Thriller, keine Action, nur ein "
        "stilles Glück.\n\nPassende Kritiken\n\n"
        "Ein bezauberndes Alterswerk über die Schönheit des Lebens.\n\n"
        "Christine Deggau, rbbKultur\n\n"
        "„Heat“ ist ein großartiger Film – ganz ruhig, ganz zärtlich, poetisch.\n\n"
        "Norddeutscher Rundfunk\n\n"
        "Vom Finden des Seelenfriedens erzählt dieses schöne, behutsame Alterswerk.\n\n"
        "Andreas Scheiner, Neue Zürcher Zeitung\n\n"
        "Überraschend, reinigend – ein Meisterwerk über einen Mann und seine Arbeit.\n\n\n"
        "Anna Grillet, Szene Hamburg\n"
    )
    found = quotes(body)
    assert [(t[:12], c, o) for t, c, o in found] == [
        ("Ein bezauber", "Christine Deggau", "rbbKultur"),
        ("Heat“ ist ei", None, "Norddeutscher Rundfunk"),
        ("Vom Finden d", "Andreas Scheiner", "Neue Zürcher Zeitung"),
        ("Überraschend", "Anna Grillet", "Szene Hamburg"),
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # outlets leading their paragraphs after a spaced dash, no heading over them
        (
            "Bande à part - Louise Courvoisier filme son Jura natal pour nous conter une "
            "épopée agricole dotée d’un charme fou.\n"
            "Les Inrocks - Il y a ici quelque chose de vibrant, de mouvant, de galvanisant, "
            "un humanisme sans sentimentalisme.\n",
            [(None, "Bande à part"), (None, "Les Inrocks")],
        ),
        # a critic with the outlet in brackets, the dash glued to the bracket
        (
            "هما گویا (سی و یک نما)– مسعود فراستی از منتقدینی است که زمانی نگاهش را دنبال "
            "می کردم و گاه نگاه خودم را در نقدهایش می دیدم.\n"
            "ریحانه محمودی (سی و یک نما) - خوب بد جلف یک کمدی تر و تمیز و سلامت است. شوخی "
            "هایش دم دستی و مبتذل نیست.\n",
            [("هما گویا", "سی و یک نما"), ("ریحانه محمودی", "سی و یک نما")],
        ),
    ],
)
def test_paragraphs_led_by_their_sources(body: str, want: list[tuple[str | None, str]]) -> None:
    assert [(c, o) for _, c, o in quotes(body)] == want


def test_a_list_of_films_is_no_round_up() -> None:
    body = (
        "Wolf Man - Un film di Leigh Whannell. Horror, USA, 2025. Ottime idee, diverse buone "
        "sequenze e interpretazioni efficaci.\n"
        "Diamanti - Un film di Ferzan Ozpetek. Drammatico, Italia, 2024. Quello che ci "
        "aspettiamo dal miglior Ozpetek.\n"
    )
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        # a writer's role ("cây bút": the pen) and the respectful pronoun that stands for him
        (
            "Cây bút Peter Debruge của Variety liên hệ đến các kiệt tác điện ảnh về chiến tranh "
            'trước đây. Ông viết: "Steven Spielberg khẳng định dấu ấn khi làm phim về cuộc đổ '
            'bộ vào Normandy."',
            "Peter Debruge",
        ),
        # the pronoun after the quotation, in Indonesian
        (
            'Kritikus film Budi Santoso memuji film ini. "Film ini adalah karya terbaik tahun '
            'ini dari sutradara muda," tulis dia.',
            "Budi Santoso",
        ),
    ],
)
def test_critic_named_by_role_then_pronoun(text: str, critic: str) -> None:
    found = prose_quotes(text)
    assert [w.critic for _, w, _ in found if w is not None] == [critic]


def test_french_press_heading_for_the_press_opinions() -> None:
    body = (
        "Avis de presse\n\n"
        "  • Dans ce faux huis clos qui ne peut que s’ouvrir à la réalité de la violence "
        "étatique, le cinéaste observe une multitude de glissements fascinants.\n\n"
        "    Ecran Large\n\n"
        "  • À la fois drame, thriller et film d’apprentissage, ce chef-d’œuvre a été "
        "récompensé par un prix spécial du jury à Cannes.\n\n"
        "    L’Humanité\n"
    )
    assert [o for _, _, o in quotes(body)] == ["Ecran Large", "L’Humanité"]


@pytest.mark.parametrize(
    ("body", "critic"),
    [
        # a label and a colon before the name on the line right under the review
        (
            "Жодна з робіт не перевертає свідомість. Режисери поки що не можуть вийти за рамки "
            "свого оточення і показати історію глибшу.\n"
            "Кіно дивилася: Вікторія Хоменко\n",
            "Вікторія Хоменко",
        ),
        # an initial glued to the surname; the empty label under it is no outlet
        (
            "To film Smarzowskiego – być może najbardziej okrutna opowieść o miłości jaka "
            "powstała w historii polskiej kinematografii.\n"
            "P.Szygalski\n"
            "Dodano:\n",
            "P. Szygalski",
        ),
    ],
)
def test_review_signed_right_under(body: str, critic: str) -> None:
    assert [c for _, c, _ in quotes(body)] == [critic]


def test_a_heading_under_a_paragraph_signs_nothing() -> None:
    body = (
        "A odisseia de um pai, acompanhado do filho mais novo, que procura a filha, "
        "desaparecida há anos no interior do país.\n"
        "Até Sempre\n"
    )
    assert [c for _, c, _ in quotes(body)] in ([], [None])
