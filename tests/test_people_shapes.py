"""Name shapes and in-line credits read on pages of many sites: glued initials ("J.J. Abrams",
"Ч.Отгонбаяр"), a label glued to the value before it, the first of two labels inside a
value, every director of an in-line credit list, and role nouns of more scripts."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import mentions
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.linelabels import label_lists
from indexer.extract.pages.names import names, person
from indexer.extract.pages.people import captions
from indexer.extract.pages.roles import is_character
from indexer.extract.pages.scan import embedded_label, match_label
from indexer.extract.pages.sentences import name_after
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J.J. Abrams. País: USA", "J.J. Abrams"),
        ("P.T. Anderson and his crew", "P.T. Anderson"),
        ("Ч.Отгонбаяр ажилласан", "Ч.Отгонбаяр"),
        ("У.Раджабов является автором", "У.Раджабов"),
        # an abbreviation is no name
        ("U.S.A. is large", None),
        ("St.Petersburg is large", None),
    ],
)
def test_names_with_initials_written_together(text: str, name: str | None) -> None:
    assert name_after(text, 0) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the next credit of a flattened line, a label of two words, ends the name
        ("Jem Cohen Produced by Paolo Calamita", "Jem Cohen"),
        ("Ana Ruiz Written by Luis Gil", "Ana Ruiz"),
        ("Ana Ruiz Music by Luis Gil", "Ana Ruiz"),
        ("Ana Maria Produced", "Ana Maria Produced"),  # no label after it
    ],
)
def test_a_name_ends_before_the_next_credits_label(text: str, name: str) -> None:
    assert name_after(text, 0) == name


@pytest.mark.parametrize(
    ("value", "head"),
    [
        ("Yorgos Lanthimos Run Time: 141 min. Rating: R", "Yorgos Lanthimos"),
        ("Danish with subtitles. Running time: 117 minutes", "Danish with subtitles."),
        ("Sam Mendes Cast: George MacKay", "Sam Mendes"),
        # Japanese writes the value right after the colon
        ("山田太郎 脚本:佐藤花子、山田太郎", "山田太郎"),
        # a Latin or Cyrillic label glued to the capital after its colon
        ("Ana Ruiz Starring:Marta Gil, Pablo Soto", "Ana Ruiz"),
        ("Иван Петров Автор сценария: Олег Смирнов", "Иван Петров"),
        ("Іван Петренко Автор сценарію: Олег Коваль", "Іван Петренко"),
    ],
)
def test_a_value_ends_at_the_first_label_inside_it(value: str, head: str) -> None:
    at = embedded_label(value)
    assert at is not None and value[:at].strip() == head


def test_a_line_of_credits_packed_without_spaces_after_the_colons() -> None:
    from indexer.extract.pages.scan import scan

    lines = ("監督・原作:山田太郎 脚本:佐藤花子、山田太郎", "製作:2021年 配給:東宝 時間:98分")
    entries = [(e.field, e.value) for e in scan(lines)[0]]
    assert entries == [
        ("directors", "山田太郎"),
        ("writers", "山田太郎"),
        ("writers", "佐藤花子、山田太郎"),
        ("companies", "2021年"),
        ("ignore", "東宝"),
        ("runtime", "98分"),
    ]
    # a Latin value keeps a colon without a space after it ("10:30", "Re:Union")
    assert embedded_label("Ana Ruiz Screening at 10:30") is None
    assert embedded_label("Ana Ruiz presents Re:Union") is None
    page = "花火\n\n監督・原作:山田太郎 脚本:佐藤花子\n製作:2021年 配給:東宝 時間:98分\n"
    film = film_of(page)
    assert (film.directors, film.year, film.runtime_minutes) == (("山田太郎",), 2021, 98)


def test_a_director_label_ends_at_a_glued_next_label() -> None:
    page = (
        "Quiet River\n\n12A 81 min\n\n"
        "Director: Ana Ruiz Starring:Marta Gil, Pablo Soto, Lucía Vega\n\n" + BLURB
    )
    assert film_of(page).directors == ("Ana Ruiz",)
    page = (
        "Тихая река\n\nГод выпуска: 2016 Режиссер: Иван Петров Автор сценария: Олег "
        "Смирнов В ролях: Анна Белова\n\n" + BLURB
    )
    assert film_of(page).directors == ("Иван Петров",)


def test_a_label_glued_to_the_value_before_it() -> None:
    line = "Género: Acciónaventuras Reparto:Ana Ruiz (Rey), Luis Gil (Han)"
    glued = "Género: AcciónaventurasReparto:Ana Ruiz (Rey), Luis Gil (Han)"
    assert [m.name for m in label_lists(line, "cast")] == ["Ana Ruiz; Luis Gil"]
    assert [m.name for m in label_lists(glued, "cast")] == ["Ana Ruiz; Luis Gil"]
    # without the capital the glued letters are one word, not a label
    assert label_lists("Género: Acciónaventurasreparto:Ana Ruiz", "cast") == []


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # every director listed after a label inside a line
        (
            "Honor Among Thieves\n\nUSA. 12 år. Regi: Jonathan Goldstein og John Francis Daley\n\n",
            ("Jonathan Goldstein", "John Francis Daley"),
        ),
        ("Pirate Brothers\n\nDirected : Asun Mawardi\nCast : Robin Shou\n\n", ("Asun Mawardi",)),
        (
            "Star Wars\n\nPelícula: Star Wars. Dirección: J.J. Abrams. País: USA.\n\n",
            ("J.J. Abrams",),
        ),
        ("Mora\n\nШинэ кино. Найруулагч Ч.Отгонбаяр ажилласан.\n\n", ("Ч.Отгонбаяр",)),
        ("Maqvali\n\n1. „Maqvali“, რეჟ. ელენე ნავერიანი (კონკურსი);\n\n", ("ელენე ნავერიანი",)),
        ("Boydoq\n\nКартинаси режиссори Алишер Узоқов, продюсери.\n\n", ("Алишер Узоқов",)),
        ("Paren\n\nFılmniń rejısseri Alen Nııazbekov aıtýynsha.\n\n", ("Alen Nııazbekov",)),
    ],
)  # fmt: skip
def test_directors_on_a_page(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page + BLURB).directors == directors


def test_kazakh_latin_cast_with_its_and() -> None:
    page = "Inoplanetianin\n\nBasty rólderin akter Baýyrjan Satov pen Juldyz Ómirǵalı somdaıdy.\n\n"
    assert film_of(page + BLURB).cast == ("Baýyrjan Satov", "Juldyz Ómirǵalı")


@pytest.mark.parametrize(
    "line",
    [
        "Nominee – Best Director, Academy Awards 2024",
        "Premio: Mejor Director, Premios Goya 2020",
        "Prix du Meilleur Réalisateur Festival de Cannes",
    ],
)
def test_an_awards_category_credits_no_one(line: str) -> None:
    assert mentions(line, "director_nouns") == []


def test_a_role_noun_without_the_word_for_best_still_credits() -> None:
    assert [m.name for m in mentions("The director, Warwick Thornton, said", "director_nouns")] == [
        "Warwick Thornton"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Chinese writes the name right after the role noun, inside a run of characters
        ("曾執導台劇的新進導演柯貞年,首次拍攝電影", ["柯貞年"]),
        ("la regista Alice Rohrwacher e", ["Alice Rohrwacher"]),
        ("die Regisseurin Maren Ade sagt", ["Maren Ade"]),
    ],
)
def test_role_nouns_in_scripts_with_and_without_spaces(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize("candidate", ["영화", "독립영화", "的新進"])
def test_the_word_for_film_or_a_particle_is_no_name(candidate: str) -> None:
    assert person(candidate) is None


def test_a_character_with_its_actor_marked_is_no_director() -> None:
    assert is_character("他一边忙着和话剧导演胡昆汀(大鹏饰)周旋", "胡昆汀")
    assert not is_character("导演胡昆汀的新片", "胡昆汀")
    # an age in parentheses is how news writes real people
    assert not is_character("redateljica Antoneta Alamat Kusijanović (36) za svoj film", "Antoneta")


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("각본/감독 - 홍석준", (("writers", "directors"), "홍석준")),
        ("Trajanje – 80 minuta", (("runtime",), "80 minuta")),
        ("Regie – Maren Ade", (("directors",), "Maren Ade")),
        # a sentence after a dash is no value
        (
            "Аўтар сцэнарыя — драматург з Докшыц Фёдар Палачанін, чыя творчасць вядомая ўсім",
            None,
        ),
        ("The Director - a film about a mill", None),
    ],
)
def test_a_label_then_a_dash(line: str, labelled: object) -> None:
    assert match_label(line) == labelled


@pytest.mark.parametrize(
    ("page", "cast"),
    [
        # a table of actor and character rows under a cast label
        (
            "Všechno bude\n\nObsazení\nTomáš Mrvík | Marek zvaný Mára |\nJan František Uher | "
            "Kája, Markův kamarád |\nEliška Křenková | stopařka Bára |\nRecenze\n\n",
            ("Tomáš Mrvík", "Jan František Uher", "Eliška Křenková"),
        ),
        # a label glued to its first name, the others one a line below it
        (
            "Het zwijgen\n\nHoofdrollenVincent Croiset\nRosa Reuten\nSusan Visser\n"
            "MontageAndré van der Hout\n\n",
            ("Vincent Croiset", "Rosa Reuten", "Susan Visser"),
        ),
    ],
)
def test_cast_rows_under_a_label(page: str, cast: tuple[str, ...]) -> None:
    assert film_of(page + BLURB).cast == cast


def test_directors_one_a_line_under_a_label_that_holds_the_first() -> None:
    page = "Het zwijgen\n\nRegieAndré van der Hout\nAdri Schrover\nProducentWilant Boekelman\n\n"
    assert film_of(page + BLURB).directors == ("André van der Hout", "Adri Schrover")


@pytest.mark.parametrize(
    ("sentence", "director"),
    [
        (
            "Režiju filma potpisuje Nikola Kojo, dok je scenario pisao Nebojša Romčević.",
            "Nikola Kojo",
        ),
        ("Firma la regia Paolo Sorrentino, al suo decimo film.", "Paolo Sorrentino"),
        ("Signe la réalisation Céline Sciamma, avec une équipe réduite.", "Céline Sciamma"),
    ],
)
def test_the_direction_signed_by(sentence: str, director: str) -> None:
    assert film_of("Stado\n\n" + sentence + "\n\n" + BLURB).directors == (director,)


@pytest.mark.parametrize(
    ("value", "field", "expected"),
    [
        # a flattened line: the next label, known or not, ends the labelled value
        ("Anna Berg  Wri: Per Lind", "directors", ["Anna Berg"]),
        ("Anna Berg Scr.: Per Lind", "directors", ["Anna Berg"]),
        ("Anna Berg, Per Lind", "cast", ["Anna Berg", "Per Lind"]),
    ],
)
def test_another_label_ends_a_labelled_value(value: str, field: str, expected: list[str]) -> None:
    assert names(value, field=field) == expected


@pytest.mark.parametrize(
    ("block", "title", "cast"),
    [
        # photo captions name the actors and the film: each caption's names, in page order
        (
            "A review.\nNkem Owoh & Genevieve Nnaji in Lionheart - image courtesy of TIFF |\n"
            "More text.\nGenevieve Nnaji, Peter Edochie & Nkem Owoh in Lionheart - image\n",
            "Lionheart",
            ["Nkem Owoh", "Genevieve Nnaji", "Peter Edochie"],
        ),
        (
            "Léa Drucker et Denis Ménochet dans « Jusqu'à la garde ».\n",
            "Jusqu'à la garde",
            ["Léa Drucker", "Denis Ménochet"],
        ),
        # one name, or words that are no names, make no caption
        ("Genevieve Nnaji in Lionheart - image courtesy of TIFF\n", "Lionheart", []),
        ("Life and death in Lionheart\n", "Lionheart", []),
        # the title must follow the word for "in"
        ("Nkem Owoh & Genevieve Nnaji in Lagos, 2018\n", "Lionheart", []),
        # the word for "in" and the title may stand on lines of their own, in any case
        (
            "Nkem Owoh & Genevieve Nnaji\nin\nLIONHEART - image\n",
            "Lionheart",
            ["Nkem Owoh", "Genevieve Nnaji"],
        ),
        (
            "Nkem Owoh & Genevieve Nnaji in\n“LIONHEART” (2018)\n",
            "Lionheart",
            ["Nkem Owoh", "Genevieve Nnaji"],
        ),
        # a few lower-case words between the word for "in" and the title that ends the
        # caption ("a scene from", "the film"), an aside after a name read as blank
        (
            "Ragna Moe og Siri Lund (til høyre) i en scene fra «Stille vann»\n\nFoto: NTB\n",
            "Stille vann",
            ["Ragna Moe", "Siri Lund"],
        ),
        (
            "Eva Horká a Petr Malý ve filmu Tichá řeka (1971). | Foto: Archiv\n",
            "Tichá řeka",
            ["Eva Horká", "Petr Malý"],
        ),
        # … not when the caption goes on after the title, nor with capitals or more words
        ("Nkem Owoh & Genevieve Nnaji in a scene from Lionheart, shot in Lagos\n", "Lionheart", []),
        ("Nkem Owoh & Genevieve Nnaji at the Premiere of Lionheart\n", "Lionheart", []),
        ("Nkem Owoh & Genevieve Nnaji in the second part of the old Lionheart\n", "Lionheart", []),
    ],
)
def test_photo_captions_name_the_cast(block: str, title: str, cast: list[str]) -> None:
    assert captions(block, title) == cast


def test_a_label_met_twice_does_not_cut_the_page_at_a_credit_line() -> None:
    # "Produser" and "Produksi" both read as producers: the line before the second is a
    # writer's credit, not the heading of another film, so the cast below it is still read
    page = (
        "Jenis Film : Drama\nProduser : Rizal Kurnia\nSutradara : Benny Setia\n"
        "Penulis : Benny Setia\nProduksi : Semesta Productions\nPemeran :\n"
        "Vino Bastian sebagai Ronggur\nAjil Ditto sebagai Tedy\nMarsha Timothy sebagai Andini\n\n"
    )
    assert film_of(page + BLURB).cast == ("Vino Bastian", "Ajil Ditto", "Marsha Timothy")


@pytest.mark.parametrize(
    "credits",
    [
        # a row of the producers' list; "Lavastaja" reads as a director's label (Estonian)
        "Ohjaaja Antti J. Jokinen\nTuottaja\n  • Mikko Tenhunen\n  • Antti J. Jokinen\n"
        "Leikkaaja Benjamin Mercer\nLavastaja Jaagup Roomet\n\n",
        # a row whose label no language knows, right under the other labelled rows
        "Duração: 71min\n\nRealização: Manoel de Oliveira\nProdução: Tóbis Portuguesa\n"
        "Cópia: 35mm, preto e branco, a exibir em formato DCP\nDuração: 70 minutos\n\n",
    ],
)
def test_a_row_of_the_credits_is_no_other_films_heading(credits: str) -> None:
    # the first label met again below: the line above it is still a row of the same block,
    # so the cast further down is read
    page = "Helene\n\n" + credits + BLURB + "\nCast: Laura Birn, Johannes Holopainen\n"
    assert film_of(page).cast == ("Laura Birn", "Johannes Holopainen")


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # a credit block without labels: the directors' line, then the cast's
        (
            "Tori and Lokita\nNo tickets are currently available.\n\n"
            "Luc Dardenne, Jean-Pierre Dardenne\n\nPablo Schils, Joely Mbundu, Thomas Doret\n\n",
            ("Luc Dardenne", "Jean-Pierre Dardenne"),
        ),
        # a name alone above the cast's label
        (
            "Empire of Light\nDistributor ► Searchlight Pictures\n\nSam Mendes\n\n— CAST —\n"
            "Olivia Colman; Micheal Ward; Colin Firth\n\n",
            ("Sam Mendes",),
        ),
        # a crew credit's name above the cast's label directs nothing
        ("Empire of Light\nMusic\nTrent Reznor\nCast\nOlivia Colman\nMicheal Ward\n\n", ()),
    ],
)
def test_names_above_the_cast_direct(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page + BLURB).directors == directors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Room", False),  # an article or determiner of any language opens no name
        ("Das Fest", False),
        ("Die Jagd", False),
        ("Een Schijntje Geluk", False),
        ("Los Olvidados", False),
        ("Mads Mikkelsen", True),
        # words that are articles somewhere but given names elsewhere stay names
        ("Les Paul", True),
        ("Una Stubbs", True),
        ("Al Pacino", True),
        ("La Toya Jackson", True),
        ("Uma Thurman", True),
        ("Els Dottermans", True),
    ],
)
def test_a_determiner_opens_no_name(text: str, name: bool) -> None:
    assert is_name(text) is name


@pytest.mark.parametrize(
    ("candidate", "tidy"),
    [
        ("Luxembourger Désirée Nosbusch", "Désirée Nosbusch"),  # a nationality before the name
        ("Danish Thomas Vinterberg", "Thomas Vinterberg"),
        ("Frances McDormand", "Frances McDormand"),  # "francés" is lower case in Spanish
        ("Orosz Anna Mária", "Orosz Anna Mária"),  # Hungarian: a surname, the adjective is "orosz"
    ],
)
def test_a_capitalised_nationality_before_a_name_is_no_part_of_it(
    candidate: str, tidy: str
) -> None:
    assert person(candidate) == tidy


#: a review whose stored text ends in the middle of its credits
_CUT_REVIEW = (
    "Nawara\n\nThis drama, directed by Egyptian director Hala Khalil, follows a housemaid in a "
    "villa in Cairo during the last days of the old regime, and her hopes of a better life.\n\n"
)


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # the page's text cut off in the label's value: the name in full from the prose
        (_CUT_REVIEW + "Director: Ha", ("Hala Khalil",)),
        (_CUT_REVIEW + "Director: Ha\n", ("Hala Khalil",)),
        # a label that does not end the text is taken as written
        (_CUT_REVIEW + "Director: Hala\nCountry: Egypt\n", ("Hala",)),
        # a whole label at the end stays the label's
        (_CUT_REVIEW + "Director: Hala Khalil", ("Hala Khalil",)),
    ],
)
def test_a_label_cut_by_the_end_of_the_page_is_completed(
    page: str, directors: tuple[str, ...]
) -> None:
    assert film_of(page).directors == directors
