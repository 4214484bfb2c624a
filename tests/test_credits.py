"""Credits read from page layouts and prose: one small table per mechanism, in several
languages, each snippet written for the test and read by the real page extractor."""

from __future__ import annotations

import re

import pytest

from indexer.extract.pages import (
    cues,
    extract_page,
    introduced,
    people,
    roles,
    sentences,
    values,
)
from indexer.extract.pages.facts import Facts, fact_block, fact_runs
from indexer.extract.pages.labels import field_of
from indexer.normalize import genre_names, key, nationality_country
from indexer.records import Film
from tests.page_support import film_of


def _film(text: str) -> Film:
    result = extract_page(text, "test.txt")
    assert result.films, result.problems
    return result.films[0]


@pytest.mark.parametrize(
    ("text", "director"),
    [
        (
            "Title: The Long Road\n\nDescribed by the director, Mara Quinlan, as a road movie, "
            "The Long Road follows two sisters.\n",
            "Mara Quinlan",
        ),
        (
            "Naslov: Duga cesta\n\nAutori projekta su reditelj, scenarista i producent Ivo "
            "Marković, koji su govorili o filmu.\n",
            "Ivo Marković",
        ),
        (
            "Titre : La Longue Route\n\nPrésenté par la cinéaste, Anne Villard, ce film suit "
            "deux sœurs.\n",
            "Anne Villard",
        ),
    ],
)
def test_a_comma_may_follow_a_role_noun(text: str, director: str) -> None:
    assert _film(text).directors == (director,)


@pytest.mark.parametrize(
    "text",
    [
        # the heading's series name repeated under it is no director
        "Film Night — The Long Road (2019)\n\nFilm Night\n\n"
        "Two sisters drive across the country after their father's death.\n",
        # a role noun before the film's own title does not make the title a person
        "Titre : La Longue Route\n\nLe cinéaste La Longue Route est un film de 2019.\n"
        "De Anne Villard\n",
    ],
)
def test_the_title_or_its_heading_is_no_director(text: str) -> None:
    film = _film(text)
    assert "Film Night" not in film.directors
    assert "La Longue Route" not in film.directors


@pytest.mark.parametrize(
    ("text", "director"),
    [
        ("이 영화는 홍상수감독의 신작이다.", "홍상수"),
        ("本作は是枝裕和監督の最新作。", "是枝裕和"),
        ("该片由本地团队制作，贾樟柯导演。", "贾樟柯"),
        ("Mikel Irazu zinemagilearen lehen filma da.", "Mikel Irazu"),
        ("प्रिया शर्मा द्वारा निर्देशित यह फिल्म दिल छू लेती है।", "प्रिया शर्मा"),
        ("അനു മേനോന്റെ സംവിധാനത്തിൽ ഒരുങ്ങുന്ന ചിത്രം", "അനു മേനോന്റെ"),
    ],
)
def test_a_director_before_the_role_word_of_a_head_final_language(text: str, director: str) -> None:
    assert [m.name for m in cues.director_before(text)] == [director]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("本片由王小明、李美玲、張大同領銜主演。", ["王小明", "李美玲", "張大同"]),
        ("山田太郎と佐藤花子が主演。", ["山田太郎", "佐藤花子"]),
        # a kanji surname, a given name in katakana; a name all in katakana
        ("リリー・ヤマダと田中サクラが主演の映画", ["リリー・ヤマダ", "田中サクラ"]),
        # the Chinese verb "plays" after its actor
        ("影片讲述一个村庄。王小明饰演新人导演,李美玲则是工人。", ["王小明"]),
        ("故事中的老師由張大同飾演。", ["張大同"]),
        ("김민수배우의 연기가 돋보인다.", ["김민수"]),
        ("രാജു, മീര നായർ എന്നിവർ പ്രധാന വേഷങ്ങളിൽ", ["രാജു", "മീര നായർ"]),
        ("रमेश कुमार और सीमा अभिनीत फिल्म", ["रमेश कुमार", "सीमा"]),
        # the Arabic comma parts the list as a comma does
        (
            "فلم میں علی جونیجو، ثانیہ سعید، ثروت گیلانی اور علینہ خان نے اہم کردار ادا کیے ہیں۔",
            ["علی جونیجو", "ثانیہ سعید", "ثروت گیلانی", "علینہ خان"],
        ),
    ],
)
def test_a_cast_list_before_its_cue(text: str, cast: list[str]) -> None:
    assert [m.name.split("; ") for m in cues.cast_before(text)] == [cast]


def test_no_names_before_a_cue_that_follows_punctuation() -> None:
    assert cues.cast_before("。主演。") == []
    assert cues.director_before("The film. 감독") == []


@pytest.mark.parametrize(
    ("lines", "countries", "names"),
    [
        (
            ["Aki Vanhanen", "", "(2023, Finland)", "", "A long sentence of prose ends it."],
            ["Finland"],
            ["Aki Vanhanen"],
        ),
        (
            ["Gavin Rood", "Release Year:", "South Africa", "Ana Ruiz, Tom Lee, Kim Park"],
            ["South Africa"],
            ["Gavin Rood"],
        ),
        (["Marta Nowak", "Polska", "2019, 95 min"], ["Polska"], ["Marta Nowak"]),
        (["Jean Dubois", "France / Belgique", "Drame"], ["France", "Belgique"], ["Jean Dubois"]),
        (
            ["Ana Lima", "Brasil", "Sessão:", "• 2 Oct 2007", "Categorias:", "Crime, Drama"],
            ["Brasil"],
            ["Ana Lima"],
        ),
    ],
)
def test_a_credit_block_of_lone_facts(
    lines: list[str], countries: list[str], names: list[str]
) -> None:
    found, lone = fact_block(tuple(lines), set())
    assert (found.countries, lone) == (countries, names)


def test_a_date_alone_does_not_end_a_credit_block() -> None:
    lines = ("Ana Lima", "Brasil", "• 2 Oct 2007", "Categorias:", "Crime, Drama")
    found, _ = fact_block(lines, set())
    assert found.genres == ["Crime", "Drama"]
    assert fact_block(lines[2:], set())[0].genres == []  # genres alone are one kind of fact


@pytest.mark.parametrize(
    "lines",
    [
        ["France", "Deutschland", "España", "Italia"],  # a menu of countries: one kind of fact
        ["By Anna Keller", "2021"],  # a byline over a date
        ["Release Dates", "UK: November 04 2022", "France: 2 May 2023"],  # labels' lines
        ["Anna Keller", "", "Anna Keller wrote this review of a film she liked a lot, at length."],
    ],
)
def test_lone_lines_without_a_credit_block_are_no_facts(lines: list[str]) -> None:
    found, lone = fact_block(tuple(lines), set())
    assert (found.countries, lone) == ([], [])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Filmis teevad kaasa veel Mari Tamm, Jaan Kask, Ott Sepp ja teised.",
            ["Mari Tamm", "Jaan Kask", "Ott Sepp"],
        ),
        (
            "Vo filme účinkujú Eva Horná, Ján Malý, Peter Novák a ďalšie známe tváre.",
            ["Eva Horná", "Ján Malý", "Peter Novák"],
        ),
        (
            "У фільмі з'являться: Анна Коваль, Ірина Мельник, Петро Шевчук та інші.",
            ["Анна Коваль", "Ірина Мельник", "Петро Шевчук"],
        ),
        (
            "The film also features Anna Keller, John Marsh, Lee Wong and Tom Field.",
            ["Anna Keller", "John Marsh", "Lee Wong", "Tom Field"],
        ),
        # "and" after the last comma (the serial comma) still lists a name
        (
            "Her friends Anna Keller, John Marsh, and Lee Wong Tan talk about her work.",
            ["Anna Keller", "John Marsh", "Lee Wong Tan"],
        ),
        # after two names, one-word stage names belong to the list
        (
            "Nama besar dalam filem ini. Ana Rahim, Budi Santoso, Sathi, Indah, Boon Tan dan lagi.",
            ["Ana Rahim", "Budi Santoso", "Sathi", "Indah", "Boon Tan"],
        ),
        # titles in capitals in lower-case prose are no names
        (
            "She panned hits (THE LONG ROAD, MIDNIGHT RIVER, DIRTY WATER) and praised "
            "Anna Keller, John Marsh, and Lee Wong.",
            ["Anna Keller", "John Marsh", "Lee Wong"],
        ),
        # each name with its character in parentheses: the characters go
        (
            "Filem ini dibintangi Ana Rahim (Orked), Budi Santoso (Pak Lah), Boon Tan (Ah Ming) "
            "dan lain-lain.",
            ["Ana Rahim", "Budi Santoso", "Boon Tan"],
        ),
        # an aside that holds a comma is left to part the list as it did
        (
            "With Anna Keller (The Road, Dirty Water), John Marsh (Ed), Lee Wong (Mo), Tom Field "
            "(Al) and more.",
            ["John Marsh", "Lee Wong", "Tom Field"],
        ),
    ],
)
def test_names_listed_in_a_sentence(line: str, names: list[str]) -> None:
    assert people.name_runs(line) == [names]


@pytest.mark.parametrize(
    "line",
    [
        "Anna Keller and John Marsh met in Paris.",  # two names are no list
        "It played in Rome, Berlin, Paris and Madrid.",  # single words are no names
        "Made in United States, United Kingdom, Germany, France.",  # countries are no names
    ],
)
def test_no_name_list_in_ordinary_sentences(line: str) -> None:
    assert people.name_runs(line) == []


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "الفيلم بطولة سامي يوسف وليلى حسن ونور علي وإخراج كريم سعيد",
            ["سامي يوسف", "ليلى حسن", "نور علي"],
        ),
        ("فیلمی با بازی علی رضایی ومریم احمدی", ["علی رضایی", "مریم احمدی"]),
        ("סרט בכיכוב דנה כהן ויוסי לוי", ["דנה כהן", "יוסי לוי"]),
        # "تمثيل" (acting) heads the cast inside a sentence of credits
        (
            "إخراج كريم سعيد، تمثيل: سامي يوسف وليلى حسن ونور علي، وإنتاج: أحمد مراد.",
            ["سامي يوسف", "ليلى حسن", "نور علي"],
        ),
    ],
)
def test_a_prefixed_and_separates_names(text: str, cast: list[str]) -> None:
    assert [m.name.split("; ") for m in cues.cast_lists(text)] == [cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # "the performers of the roles", as news of a premiere lists the cast
        (
            "Фільм представили режисер Іван Коваль, виконавиці ролей Олена Бойко й Марія Гнатюк.",
            ["Олена Бойко", "Марія Гнатюк"],
        ),
        (
            "На премьере были исполнители ролей Иван Петров и Анна Смирнова.",
            ["Иван Петров", "Анна Смирнова"],
        ),
    ],
)
def test_performers_of_the_roles_are_the_cast(text: str, cast: list[str]) -> None:
    assert [m.name.split("; ") for m in cues.cast_lists(text)] == [cast]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # a hard-wrapped line breaks a name of the list: its two parts are one name
        (
            "Avec Bastien Bouillon, Bouli\nLanners, Anouk Grinberg\nD'après le livre",
            ["Bastien Bouillon", "Bouli Lanners", "Anouk Grinberg"],
        ),
        (
            "with Anna Karina, Jean\nSeberg and Michel Piccoli.",
            ["Anna Karina", "Jean Seberg", "Michel Piccoli"],
        ),
        ("con Luis Tosar, Ana\nWagener. La película", ["Luis Tosar", "Ana Wagener"]),
        # the next line opens with a label, or goes on past two words: the list ends
        ("Avec Jean Dujardin, Marion\nRéalisation Dominik Moll", ["Jean Dujardin"]),
        ("with Tom Hanks, Meg\nRyan Brown Smith, Kate", ["Tom Hanks"]),
    ],
)
def test_a_name_broken_at_a_line_end_is_read_whole(text: str, cast: list[str]) -> None:
    assert [m.name.split("; ") for m in cues.cast_lists(text)] == [cast]


@pytest.mark.parametrize(
    ("text", "start", "names"),
    [
        # the Arabic comma parts the names of a list, the last one closing the sentence
        ("بطولة أحمد عز، منى زكي، هند صبري.", "أحمد", ["أحمد عز", "منى زكي", "هند صبري"]),
        ("کاسٹ میں ثانیہ سعید، ثروت گیلانی، رستی فاروق اور سلمان پیرزادہ شامل ہیں۔", "ثانیہ",
         ["ثانیہ سعید", "ثروت گیلانی", "رستی فاروق", "سلمان پیرزادہ شامل"]),
        # it parts clauses too: after it, "and" glued to a word, or words the sentence goes on
        # past, are no name
        ("من بطولة كريم عبدالعزيز وأحمد عز، وبعد عدة سنوات نجح", "كريم",
         ["كريم عبدالعزيز", "أحمد عز"]),
        ("بطولة أحمد عز، الذي قدم دورا رائعا في الفيلم", "أحمد", ["أحمد عز"]),
    ],
)  # fmt: skip
def test_names_listed_with_the_arabic_comma(text: str, start: str, names: list[str]) -> None:
    assert cues.names_from(text, text.find(start)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an actor's aside may hold parentheses of its own (a film with its other title)
        ("protagonizado por Juan Diego Botto (Martin (Hache), Todo lo que quieras), "
         "Bárbara Lennie (La piel que habito) y Nora Navas.",
         ["Juan Diego Botto", "Bárbara Lennie", "Nora Navas"]),
        ("with Tom Hanks (Big (1988)), Meg Ryan and Kate Lind",
         ["Tom Hanks", "Meg Ryan", "Kate Lind"]),
        # an aside longer than a role or a few films is a sentence: the list ends
        ("with Tom Hanks (who once swore (twice) never to work with him), Meg Ryan",
         ["Tom Hanks"]),
    ],
)  # fmt: skip
def test_a_list_goes_on_past_asides_in_parentheses(text: str, names: list[str]) -> None:
    start = min(text.find(n) for n in names)
    assert cues.names_from(text, start) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name described in a word or two, between two names of a list
        ("con Ana Torres, Luis Gil, la debutante Eva Sanz, Pablo Ruiz y Marta Gil.",
         ["Ana Torres", "Luis Gil", "Eva Sanz", "Pablo Ruiz", "Marta Gil"]),
        ("alături de Maria Pop, Ilona Brez şi Alex Bogdan, alături de Luca Sabin, Toma Cuzin",
         ["Maria Pop", "Ilona Brez", "Alex Bogdan", "Luca Sabin", "Toma Cuzin"]),
        ("with Tom Hanks, Meg Ryan, the young Kate Lind, Jan Ek",
         ["Tom Hanks", "Meg Ryan", "Kate Lind", "Jan Ek"]),
        # not after one name only, not the last of the list, never a credit's role word
        ("with Tom Hanks, the young Meg Ryan, Kate Lind", ["Tom Hanks"]),
        ("with Tom Hanks, Meg Ryan, the young Kate Lind.", ["Tom Hanks", "Meg Ryan"]),
        ("con Ana Torres, Luis Gil, el director Pablo Ruiz, Marta Gil", ["Ana Torres", "Luis Gil"]),
        ("with Tom Hanks, Meg Ryan, and screenwriter Kate Lind, Jan Ek", ["Tom Hanks", "Meg Ryan"]),
    ],
)  # fmt: skip
def test_a_list_goes_on_past_a_name_described_in_a_word_or_two(text: str, names: list[str]) -> None:
    start = min(text.find(n) for n in names)
    assert cues.names_from(text, start) == names


def test_urdu_cast_cues_before_and_after_the_names() -> None:
    text = (
        "فلم میں علی جونیجو اور علینہ خان نے مرکزی کردار ادا کئے ہیں۔ "
        "فلم کی کاسٹ میں ثانیہ سعید، ثروت گیلانی اور رستی فاروق شامل ہیں۔"
    )
    assert [m.name for m in cues.cast_before(text)] == ["علی جونیجو; علینہ خان"]
    assert [m.name for m in cues.cast_lists(text)][:1] == [
        "ثانیہ سعید; ثروت گیلانی; رستی فاروق شامل"
    ]


@pytest.mark.parametrize(
    ("label", "genres"),
    [
        ("komedi aksi", ["Comedy", "Action"]),
        ("science-fiction drama", ["Science Fiction", "Drama"]),
        ("drama de ficção científica", ["Drama", "Science Fiction"]),
        ("Musical & Performing Arts", ["Music"]),
        ("Culture Wars", []),  # a word that is no genre's: no compound
        ("Comedia dramática", ["Drama", "Comedy"]),  # a known phrase: its genre and its words'
    ],
)
def test_a_compound_genre_names_each_of_its_genres(label: str, genres: list[str]) -> None:
    assert genre_names(label) == genres


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("Title: Setem\n\nFilem ini lebih berentak komedi aksi daripada drama.\n", "Action"),
        (
            "Título: Sob a Pele\n\nUm drama de ficção científica do realizador inglês Jon Glass.\n",
            "Science Fiction",
        ),
    ],
)
def test_prose_genres_of_two_words_and_of_a_sentence_about_the_director(
    text: str, genre: str
) -> None:
    assert genre in _film(text).genres


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "Quiet River\nCast:\nAnna Keller (Mary)\nJohn Marsh\nLee Wong\n\nTwo sisters.\n",
            ("Anna Keller", "John Marsh", "Lee Wong"),
        ),
        (
            "靜靜的河\n導演: 王小明\n演員:\n菲南妲蒙坦納 (Fernanda Monte)\n"
            "瑪瑞莉亞貝 (Maria Pera)\n朵拉在車站為不識字的人寫信。寫一封信收一塊錢。\n",
            ("菲南妲蒙坦納", "瑪瑞莉亞貝"),
        ),
        # a sentence under the one name ends the list
        (
            "Quiet River\nCast:\nAnna Keller\nTwo sisters keep a mill running through winter.\n",
            ("Anna Keller",),
        ),
    ],
)
def test_a_cast_label_above_one_name_a_line(text: str, cast: tuple[str, ...]) -> None:
    assert _film(text).cast == cast


def test_a_cast_list_of_name_dots_role_lines() -> None:
    block = (
        "Ken Ito  ...  (Director)\nAnna Keller  ...  \nJohn Marsh  ...  Captain Wells\n"
        "Lee Wong  ...  \nTom Field  ...  Cinematographer\n"
    )
    assert people.role_lists(block) == [["Anna Keller", "John Marsh", "Lee Wong"]]


def test_a_cast_list_of_name_as_character_lines() -> None:
    block = "Anna Keller as Mary\nJohn Marsh as the Captain\n\nLater text.\n"
    assert people.role_lists(block) == [["Anna Keller", "John Marsh"]]


@pytest.mark.parametrize(
    ("lead", "cast"),
    [
        # one lead paired with the character and beside a word of acting, then the others
        (
            "Anna Keller plays Mary, the elder sister. Anna Keller gives a fine performance.",
            ["Anna Keller", "John Marsh", "Lee Wong", "Tom Field", "Ada Hale"],
        ),
        # paired with the character only: the list stands alone
        (
            "Anna Keller plays Mary, the elder sister, who keeps the books.",
            ["John Marsh", "Lee Wong", "Tom Field", "Ada Hale"],
        ),
    ],
)
def test_one_lead_told_twice_then_the_others(lead: str, cast: list[str]) -> None:
    block = (
        f"Quiet River\n\nTwo sisters keep a mill running through a long winter. {lead}\n\n"
        "The supporting cast is strong as well: John Marsh, Lee Wong, Tom Field and Ada Hale.\n"
    )
    assert people.cast("", "", block, "", None, "Quiet River", ()) == cast


def test_a_role_in_brackets_keeps_its_row() -> None:
    block = "Anna Keller (Mary)\nJohn Marsh (Tom [5 years])\nLee Wong (Ada)\n"
    assert people.role_lists(block) == [["Anna Keller", "John Marsh", "Lee Wong"]]


def test_rows_actor_then_character_in_parentheses_read_the_actors() -> None:
    text = (
        "Quiet River\n\nDirector: Ken Ito\nMusic: Tom Field\nAnna Keller (Officer Mary Wells)\n"
        "John Marsh (Captain Tom Hale)\nLee Wong (Ada Hale)\n\n"
        "Two sisters keep a mill running through a long winter in the hills.\n"
    )
    assert _film(text).cast == ("Anna Keller", "John Marsh", "Lee Wong")


@pytest.mark.parametrize("label", ["Casting", "Casting director", "Directrice de casting"])
def test_casting_is_a_crew_label_no_cast_label(label: str) -> None:
    assert field_of(label) == ("ignore",)


def test_casting_credits_the_casting_director() -> None:
    text = (
        "Quiet River\n\nDirector - Ken Ito\nCinematography - Tom Field\n"
        "Casting - Ada Marsh\nProduction design - Lee Wong\n\n"
        "Two sisters keep a mill running through a long winter in the hills.\n"
    )
    assert "Ada Marsh" not in _film(text).cast


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("brasileiro", "Brazil"),
        ("South African", "South Africa"),
        ("polski", "Poland"),
        ("canadense", "Canada"),
        # a Slavic adjective whose stem ends where the name's "-ия", "-ія" begins
        ("российской", "Russia"),
        ("російського", "Russia"),
        ("Московский", None),
        # Hungarian adjectives that no CLDR name begins with
        ("amerikai", "United States"),
        ("román", None),
        ("romantic", None),
        ("documentary", None),
    ],
)
def test_a_nationality_begins_with_the_country_name(word: str, country: str | None) -> None:
    assert nationality_country(word) == country


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("Saímos do filme brasileiro com um nó no estômago.", ["brasileiro"]),
        ("Täna esilinastub uus Eesti mängufilm «Kinnunen».", ["Eesti"]),
        ("Un film italiano sulla guerra.", ["italiano"]),
        # Romanian adjectives CLDR's "România" does not begin, the word for a film reel too
        ("Prima peliculă românească premiată la Cannes.", ["românească"]),
        ("Prima pelicula romaneasca premiata la Cannes.", ["romaneasca"]),
        ("Un film maghiar despre familie.", ["maghiar"]),
        # a Swahili nationality: the class prefix ki- on the country's name
        ("Filamu ya Kitanzania inayosubiriwa kwa hamu.", ["Kitanzania"]),
        ("Filamu ya kusisimua inayosubiriwa kwa hamu.", []),
        ("A film about love, shot in two weeks.", []),
    ],
)
def test_a_nationality_beside_the_word_for_film(block: str, countries: list[str]) -> None:
    assert values.film_nationalities(block) == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        (
            "ekip sản xuất Việt Nam, Singapore, Tây Ban Nha, Pháp.",
            ["Việt Nam", "Singapore", "Tây Ban Nha", "Pháp"],
        ),
        (
            "Koproduktion aus Deutschland, Österreich, Schweiz und mehr.",
            ["Deutschland", "Österreich", "Schweiz"],
        ),
        ("It played in Paris, London, Berlin and Rome.", []),
        ("Made in France, and Italy.", []),
    ],
)
def test_countries_listed_in_a_sentence(block: str, countries: list[str]) -> None:
    assert values.country_lists(block) == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("Thursday 8PM Wild Tulips Sweden 1957 d. Anna Exempel, with Bo Prov.", ["Sweden"]),
        ("[12A] 2014 Mauritania 96 Minutes dir: Ana Ruiz", ["Mauritania"]),
        ("Poland 1962: Anna, a young novice, learns who she is.", []),  # a story's dateline
        ("In 2016 he moved to Lyon and began to write.", []),
    ],
)
def test_the_country_beside_the_films_year(block: str, countries: list[str]) -> None:
    assert values.countries(values.Found(), Facts(), block)[0] == countries


@pytest.mark.parametrize(
    ("text", "director"),
    [
        ("Lavastajaks Mart Kask on esimene täispikk mängufilm.", "Mart Kask"),
        ("Elokuvan ohjaajana Aino Virtanen kertoi kuvauksista.", "Aino Virtanen"),
        ("Der Film des Regisseurs Jonas Keller läuft ab Donnerstag.", "Jonas Keller"),
    ],
)
def test_a_role_noun_with_an_ending_of_gender_or_case(text: str, director: str) -> None:
    assert [m.name for m in cues.mentions(text, "director_nouns")] == [director]


def test_the_strong_cues_begin_with_the_letters_their_look_ahead_lets_through() -> None:
    allowed = sentences._CUE_FIRST
    for cue in re.split(r"\|(?![^(]*\))", sentences._DIRECTOR_CUES):  # "(?:ein )?film …"
        optional = re.match(r"\(\?:([^)]*)\)\?(.*)", cue)
        firsts = [optional.group(1)[0], optional.group(2)[0]] if optional else [cue[0]]
        assert all(f in allowed for f in firsts), cue
    assert sentences.strong_director("Kes is a film by Ken Loach.", "")[0] == "Ken Loach"
    assert sentences.strong_director("Σε σκηνοθεσία Γιώργου Λάνθιμου.", "")[0] == (
        "Γιώργου Λάνθιμου"
    )


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Dalam film ini, Raka Pratama, sebagai Bima, tampil memukau.", ["Raka Pratama"]),
        ("Anna Keller plays Mary, a nurse; John Marsh plays her son.", ["Anna Keller"]),
        ("and her mother Anna Keller (playing Julie's mother) is there", ["Anna Keller"]),
        ("Der Film zeigt Lena Maier als Hanna und Tom Berg als Vater.", ["Lena Maier", "Tom Berg"]),
        ("Film pokazuje Jana Nowaka jako Adama i Ewę Kos jako matkę.", ["Jana Nowaka"]),
        (
            "弁護士・城戸役の山田太郎さん。依頼人の里枝役の佐藤サクラさん。",
            ["山田太郎", "佐藤サクラ"],
        ),
        ("同僚役を演じた鈴木一郎と上白石花音。二人は", ["鈴木一郎", "上白石花音"]),
        ("은희 역의 김하나 그리고 영지 역의 이두리.", ["김하나", "이두리"]),
        ("రాము పాత్రలో రవి తేజ,\nసీత పాత్రలో సమంత,\n", ["రవి తేజ", "సమంత"]),
        # the character first, "played by" and the actor after it, in other languages
        ("Es geht um den Koch Otto, gespielt von Karl Brandt, der", ["Karl Brandt"]),
        ("De agent, gespeeld door Pieter de Vries, redt de president.", ["Pieter de Vries"]),
        ("Huvudpersonen Nils, spelad av Erik Lund, flyttar hem.", ["Erik Lund"]),
        ("o avô, vivido por João Lemos, volta para casa", ["João Lemos"]),
        # Icelandic and Tagalog "played by"
        ("Myndin fjallar um mann, leikinn af Jón Jónsson, sem er reiður.", ["Jón Jónsson"]),
        ("Sa kuwento, ginampanan ni Maria Santos ang papel na Elsa.", ["Maria Santos"]),
        # an adverb inside the cue, words describing the actor after it
        ("Her father, Will, is played superbly by Tom Berg.", ["Tom Berg"]),
        ("Le père, joué brillamment par Jean Morel, revient.", ["Jean Morel"]),
        ("Pa, played by young and handsome Tom Berg, wants to leave.", ["Tom Berg"]),
        (
            "a maid, Kak Yam, brought to life by the amazingly talented Anna Keller.",
            ["Anna Keller"],
        ),
    ],
)
def test_actors_paired_with_the_character_they_play(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.role_pairs(text)] == actors


@pytest.mark.parametrize(
    "text",
    [
        "It was released in the United States as Quiet River in 2020.",  # a country
        "Anna Keller works as a nurse in Leeds.",  # no character after "as"
        "The story. It ends as Winter comes.",  # no name before "as"
        "Will, played by the director himself, Ken Ito, returns.",  # a credit word between
    ],
)
def test_no_actor_without_a_name_and_a_character(text: str) -> None:
    assert roles.role_pairs(text) == []


def test_actors_of_every_kind_of_pair_make_one_list_in_page_order() -> None:
    block = "Anna Keller plays Mary. Her son Tom (John Marsh) leaves; Lee Wong plays Ada.\n"
    assert people.paired_with_characters(block) == ["Anna Keller", "John Marsh", "Lee Wong"]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("Music byJon Berg\nStarring\nCinematographyMaria Holm\nEdited byLee Wong\n", []),
        ("Music byJon Berg\nStarring\nAnna Keller, John Marsh\nEdited byLee Wong\n",
         [["Anna Keller", "John Marsh"]]),
    ],
)  # fmt: skip
def test_an_empty_cast_cell_names_no_one(text: str, cast: list[list[str]]) -> None:
    assert [m.name.split("; ") for m in cues.cast_lists(text)] == cast


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Виктор Савић ВИДЕО\n", "Виктор Савић"),  # a headline's tag in capitals
        ("Tom Marsh EXCLUSIVE: the interview", "Tom Marsh"),
        ("Catherine DENEUVE et Jean LÉAUD", "Catherine DENEUVE"),  # a surname in capitals
        ("LEE Chang-dong", "LEE Chang-dong"),
    ],
)
def test_a_word_in_capitals_after_a_written_out_name_is_no_part_of_it(text: str, name: str) -> None:
    assert cues.name_at(text, 0) == name


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # a character, then after the colon the actor who plays it
        ("벌새\n감 독 : 김보라\n출 연\n은희 :: 박지후\n영지 :: 김새벽\n\n= 시놉시스 =\n",
         ("박지후", "김새벽")),
        ("夜明け\nキャスト\n藤沢美紗：上白石萌音\n山添孝俊：松村北斗\n",
         ("上白石萌音", "松村北斗")),
        # a row whose label is a crew label ends the cast
        ("Quiet River\nCast\nMary: Anna Keller\nDirector: John Marsh\n", ("Anna Keller",)),
    ],
)  # fmt: skip
def test_rows_of_character_and_actor_under_a_cast_label(text: str, cast: tuple[str, ...]) -> None:
    assert _film(text).cast == cast


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "داستان زندگی مردی ایرانی (علی رضایی) است که از همسرش (مریم احمدی) جدا می‌شود "
            "و دختر بزرگش (از همسر قبلی) با او زندگی می‌کند. مریم احمدی بازی خوبی دارد.",
            ["علی رضایی", "مریم احمدی"],
        ),
        ("ในหนังเรื่องนี้ สตู เชฟเฟิร์ด (โคลิน ฟาร์เรล) ต้องติดกับดัก", ["โคลิน ฟาร์เรล"]),
        # after punctuation, or of words the page writes elsewhere: no actor
        ("הסרט מספר: (דנה כהן) והסרט (הסרט החדש) יוצא", []),
    ],
)
def test_actors_of_a_script_without_capitals_in_parentheses(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.uncased_in_parentheses(text)] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # Korean writes a name as one word, right after the character's
        ("계나(고아성)는 회사원이다. 연인 지명(김우겸)이 있다.", ["고아성", "김우겸"]),
        ("은희 (박지후)의 이야기", ["박지후"]),
        # a role label, a short form of the word before it, a long word before: no actor
        ("김보라(감독)의 영화. 영화진흥위원회(영진위)와 국제영화제기구(박지후)", []),
    ],
)
def test_korean_actors_in_parentheses_after_their_character(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.hangul_in_parentheses(text)] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # one word in parentheses after one word, twice or more: the leads of a synopsis
        ("കുരുവിള (സുരാജ്) എന്ന ഇൻസ്പെക്ടർ, ഹരീന്ദ്രൻ (പൃഥ്വിരാജ്) എന്ന താരം",
         ["സുരാജ്", "പൃഥ്വിരാജ്"]),
        ("เรื่องของ ลิน (ออกแบบ-ชุติ) และ เกรซ (อุ้ม-อิษยา) เพื่อนสนิท", ["ออกแบบ-ชุติ", "อุ้ม-อิษยา"]),
        # one pair alone, a letter in a word's parentheses, a label word, a short form: none
        ("കുരുവിള (സുരാജ്) എന്ന ഇൻസ്പെക്ടർ", []),
        ("หนัง ฉลาดเกม(ส์)โกง และ ลิน (ออกแบบ)", []),
        ("ফিল্ম (পরিচালক) এবং কথা (কথা)", []),
        # capitals: the cased scripts' readers, not this one
        ("Anna (Maria Berg) and Tom (Ken Ito)", []),
    ],
)  # fmt: skip
def test_one_word_actors_of_a_script_without_capitals_in_parentheses(
    text: str, actors: list[str]
) -> None:
    assert [m.name for m in roles.uncased_word_pairs(text)] == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the actor's name glued to the character's, two pairs or more
        ("Nendeze(Anna Berg) ampenda Mudi(Tomas Lind Ito) sana", ["Anna Berg", "Tomas Lind Ito"]),
        # one pair alone, a space before the parenthesis, a lower-case word before it: none
        ("Netflix(Ted Sarandos) said so", []),
        ("Ana (Tom Berg) and Eva (Ken Ito)", []),
        ("the film(Tom Berg), Eva(Ken Ito)", []),
        # a country in the parenthesis is no actor
        ("Ana(South Africa) and Eva(New Zealand)", []),
    ],
)  # fmt: skip
def test_actors_in_parentheses_glued_to_their_characters(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.glued_in_parentheses(text)] == actors


def test_glued_pairs_join_the_pairs_with_characters() -> None:
    text = "Nendeze(Anna Berg) ampenda Karan (Hashim Rajab Dituth) na Mudi(Tomas Lind) sana.\n"
    assert people.paired_with_characters(text) == ["Anna Berg", "Hashim Rajab Dituth", "Tomas Lind"]


def test_one_word_uncased_leads_only_where_nothing_else_names_the_cast() -> None:
    leads = "കുരുവിള (സുരാജ്) എന്ന ഇൻസ്പെക്ടർ, ഹരീന്ദ്രൻ (പൃഥ്വിരാജ്) എന്ന താരം.\n"
    listed = "Starring Anna Berg, Tom Ito and Ken Lee.\n"
    assert people.cast("", "", leads, "", None) == ["സുരാജ്", "പൃഥ്വിരാജ്"]
    assert people.cast("", "", leads + listed, "", None) == ["Anna Berg", "Tom Ito", "Ken Lee"]


def test_korean_leads_in_parentheses_give_way_to_a_list_of_the_cast() -> None:
    leads = "계나(고아성)는 회사원이다. 연인 지명(김우겸)과 재인(주종혁)이 있다.\n"
    listed = "영화에는 김민수, 이서연, 박지훈, 최유진, 고아성 등이 함께 한다.\n"
    assert people.cast("", "", leads + listed, "", None) == [
        "김민수", "이서연", "박지훈", "최유진", "고아성"
    ]  # fmt: skip
    assert people.cast("", "", leads, "", None) == ["고아성", "김우겸", "주종혁"]


@pytest.mark.parametrize(
    ("line", "years", "runtimes", "countries"),
    [
        (
            "В конкурсе − фильм «Дядя Саша», Россия, 2018, 92 мин., студия «Кино».",
            [2018],
            [92],
            ["Россия"],
        ),
        (
            "Ozu's late masterpiece (Japan, 1953, 136 min) returns in a new print.",
            [1953],
            [136],
            ["Japan"],
        ),
        ('يُعرض الفيلم "عرض" (مصر، الأردن، 2024) من إخراج', [2024], [], ["مصر", "الأردن"]),
        ("the film “Roma” (Mexico, 2018) won the Golden Lion", [2018], [], ["Mexico"]),
        ("He was born in Paris, France, 1970, and studied law.", [], [], []),  # no quoted name
        ("the new film by Cuarón (2018) is showing", [], [], []),  # one kind of fact
        ("«Roma», 2018, and other films from Mexico", [], [], []),  # the run ends at prose
    ],
)
def test_a_run_of_facts_inside_a_sentence(
    line: str, years: list[int], runtimes: list[int], countries: list[str]
) -> None:
    found = fact_runs(line)
    assert (found.years, found.runtimes, found.countries) == (years, runtimes, countries)


def test_a_run_of_facts_in_prose_gives_the_year_and_country_of_an_unlabelled_page() -> None:
    film = _film(
        "Кинотавр 2018\n\nВ программе основного конкурса фестиваля − фильм «Дядя Саша», "
        "Россия, 2018, 92 мин. Почти чеховская история о режиссёре, который снимает фильм "
        "о любви и не может его закончить, потому что денег нет.\n"
    )
    assert (film.year, film.countries, film.runtime_minutes) == (2018, ("Russia",), 92)


@pytest.mark.parametrize(
    ("text", "title", "found"),
    [
        (
            'El cineclub pasa "Río Seco", de Ana Ruiz", el jueves a las 20.',
            "Río Seco",
            ["Ana Ruiz"],
        ),
        ("Stasera «Dogman» di Matteo Garrone al cinema.", "Dogman", ["Matteo Garrone"]),
        ("Der Film „Toni Erdmann“ von Maren Ade läuft.", "Toni Erdmann", ["Maren Ade"]),
        ('We screen "Kes" by Ken Loach tonight.', "Kes", ["Ken Loach"]),
        ("«Бык», реж. Борис Акопов, 2019.", "Бык", ["Борис Акопов"]),
        # another quoted title (the novel the film adapts) credits its author, not the director
        ('Baseado em "A Casa Verde", de Maria Lopes.', "O Regresso", []),
        ('La película "Roma", de noche.', "Roma", []),  # no name after the word
        # a script without capitals: the words up to a comma
        ("فیلم «دانه انجیر معابد» ساخته محمد رسول‌اف، داستان", "دانه انجیر معابد", ["محمد رسول‌اف"]),
        ("فیلم «دانه انجیر معابد» ساخته شده است.", "دانه انجیر معابد", []),  # "has been made."
        # an elided "by" glued to the name, with either apostrophe
        ("He vist: «El riu», d'Anna Puig Soler.", "El riu", ["Anna Puig Soler"]),
        ("Ce soir « Le Fleuve », d’Olivier Marc.", "Le Fleuve", ["Olivier Marc"]),
        ("«Il porto» dell'anno scorso.", "Il porto", []),  # an article, no name
        # Hebrew's word for "by" before a name
        ("על הסרט “הנהר“, מאת דנה לוי, כתבתי", "הנהר", ["דנה לוי"]),
    ],
)
def test_director_after_the_quoted_title_and_by(text: str, title: str, found: list[str]) -> None:
    assert introduced.quoted_title_by(text, frozenset([key(title)])) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We loved Ana Ruiz’ quiet and deeply moving debut film.", ["Ana Ruiz"]),
        # a surname alone stands for the full name the page writes elsewhere
        ("Directed by Tom Pryce.\nIt is Pryce’s latest film, a comedy.", ["Tom Pryce"]),
        ("Pryce's sharp new movie. Later, Tom Pryce said", ["Tom Pryce"]),
        ("It is Pryce’s latest film, a comedy.", []),  # no full name: none is made up
        ("It’s a superbly framed film.", []),
        ("Unlike Corbet’s Vox Lux, but, instead, this movie", []),  # a title between
        ("The Heron\nMara Lind\nLind’s second feature", ["Mara Lind"]),
        ("It works, thanks to Tom Pryce's straightforward, sensitive direction.", ["Tom Pryce"]),
    ],
)
def test_director_as_the_possessor_of_the_film(text: str, found: list[str]) -> None:
    assert introduced.possessors(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "With his third feature, Hlynur Pálmason (A White, White Day) delivers an epic.",
            ["Hlynur Pálmason"],
        ),
        ("Godland.\nIn her debut feature, Mara Lind turns to", ["Mara Lind"]),
        ("Avec son premier long métrage, Ana Ruiz signe un drame.", ["Ana Ruiz"]),
        ("Con su segunda película, Carla Simón vuelve a Lleida.", ["Carla Simón"]),
        ("With his third feature, the director returns.", []),  # no name after the comma
        ("The critic who reviewed his third feature, Tom Pryce, said", []),  # not opening
        ("With his film, Ana returns.", []),  # one word: no full name
        ("In his new movie, Tom Cruise plays a spy.", []),  # an actor's film
        ("In her latest film, Olivia Colman stars as a queen.", []),
    ],
)
def test_a_director_after_a_clause_about_their_own_film(text: str, found: list[str]) -> None:
    assert introduced.own_film_subjects(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "le grand retour, à 83 ans, de Victor Erice, cinéaste espagnol extrêmement rare,",
            ["Victor Erice"],
        ),
        ("Entretien avec Saeed Roustaee, réalisateur\nQuestion", ["Saeed Roustaee"]),
        ("Ana Ruiz, the Iranian director, said", ["Ana Ruiz"]),
        ("Tessa Joosse, réalisatrice de « Plastic and Glass ».", ["Tessa Joosse"]),
        ("Thierry Frémaux, directeur du Festival de Cannes, a dit", []),  # the festival's
        ("declară Dennis Lim, directorul artistic al festivalului, potrivit", []),
        ("Ana Ruiz, art director, and", []),  # another crew member
        ("Ana Ruiz, who met the director", []),  # a clause, no apposition
    ],
)
def test_a_director_before_a_comma_and_the_role_noun(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.directors_after_comma(text)] == found


@pytest.mark.parametrize(
    ("text", "title", "found"),
    [
        ("金馬 58|不得不的斷代史:周冠威的紀錄片《時代革命》", "時代革命", ["周冠威"]),
        ("是枝裕和の新作『怪物』が公開", "怪物", ["是枝裕和"]),
        ("周冠威的紀錄片《另一部》", "時代革命", []),  # another film's title
        ("導演的電影《時代革命》", "時代革命", []),  # a role noun, no name
    ],
)
def test_a_director_as_the_possessor_of_the_title(text: str, title: str, found: list[str]) -> None:
    assert introduced.particle_possessors(text, title) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Der Film läuft. Anna Berg schildert dies in ihrem Film auf konsequente Weise.",
         ["Anna Berg"]),
        ("Ana Ruiz shows it all in her debut feature.", ["Ana Ruiz"]),
        ("Jan de Vries vertelt in zijn speelfilm over", ["Jan de Vries"]),
        ("Иван Петров рассказывает в своём новом фильме о", ["Иван Петров"]),
        ("Anna Nowak opowiada w swoim filmie o", ["Anna Nowak"]),
        ("Anna Berg berättar i sin nya film om", ["Anna Berg"]),
        ("Then Ana Ruiz shows it all in her debut feature.", ["Ana Ruiz"]),  # "then" goes
        # an actor's verb; a name inside the sentence
        ("Tom Cruise plays a spy in his new film.", []),
        ("We saw how Ana Ruiz shows it all in her debut feature.", []),
    ],
)  # fmt: skip
def test_the_subject_of_a_sentence_about_their_own_film(text: str, found: list[str]) -> None:
    assert introduced.own_film_verbs(text) == found


NARUSE = (
    "Naruse’s vision is overwhelming. Floating Clouds is cited as Naruse’s supreme masterpiece, "
    "told in the consummate Naruse style."
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a surname alone, written three times, twice as a possessor
        (NARUSE, ["Naruse"]),
        # the page writes a full name ending with it: that reader's work
        (NARUSE + " Mikio Naruse was born in Tokyo.", []),
        ("Sunday’s film is Lebanon. Sunday’s audience loved it. See you Sunday.", []),  # a day
        (NARUSE.replace("the consummate Naruse style", "a naruse of sorts"), []),  # a common word
        (NARUSE.replace("Naruse’s vision", "The vision"), []),  # one possessive
    ],
)
def test_a_director_named_by_surname_alone(text: str, found: list[str]) -> None:
    assert introduced.surnames(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Winner at Cannes, Kim Ji-hoon (Nightbus, The Pier) returns with", ["Kim Ji-hoon"]),
        ("Ana Ruiz (1917, the Oscar-winning DRY SEASON) brings", ["Ana Ruiz"]),
        ("Mexico’s Luis Peña (Amores, Babel) shot the last part.", ["Luis Peña"]),
        ("Jan Berg (The Pier, 1984) studied film.", ["Jan Berg"]),
        # one word and a year: a film cited with its director's surname ("Vertigo (Hitchcock,
        # 1958)"), not a filmography
        ("Jan Berg (Oslo, 1984) studied film.", []),
        ("The film (Olivia Colman, Toby Jones) opens.", []),  # people in the aside
        ("Starring Olivia Colman (in her best role) today.", []),  # no list
    ],
)
def test_a_director_before_an_aside_listing_films(text: str, found: list[str]) -> None:
    assert introduced.filmography_asides(text) == found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Bukky Bakray received a BAFTA rising star for her portrayal of Rocks, combining",
            ["Bukky Bakray"],
        ),
        # an aside in parentheses (the actor's other film) is skipped
        ("Craggy Ana Lund Hove (Winter Days) mesmerises as the priest; an awkward man",
         ["Craggy Ana Lund Hove"]),
        ("l'original pel·lícula s'ha colat als Oscars, i Clara Vidal va ser millor actriu.",
         ["Clara Vidal"]),
        ("Dabei legt die junge Lena Maier eine erstaunliche Performance hin.", ["Lena Maier"]),
        ("Nina Hoss’ performance is the film.", ["Nina Hoss"]),
        ("I Mannen på taket spelar Erik Lund en polis.", ["Erik Lund"]),
        # a comma or a stop parts the name from the word of acting
        ("Directed by Sara Holm, the performance of this cast is raw.", []),
        ("Premis: Concha de Plata a millor actriu al Festival", []),  # an award, no verb between
        ("the director Ana Ruiz plays with time", []),  # a role noun before the name
        # an acting award, the winner after it in parentheses or after a colon
        ("Winner: Best Actor (Mads Mikkelsen), Cannes 2012; Best Screenwriter", ["Mads Mikkelsen"]),
        ("Festival de San Sebastián 2019: Mellor Actriz (Greta Fernández)", ["Greta Fernández"]),
        ("Europäischer Filmpreis 2022: Bester Darsteller: Koji Yakusho", ["Koji Yakusho"]),
        # no name before the verb in its clause: the subject after it
        ("In Corsage spielt Vicky Krieps die Kaiserin.", ["Vicky Krieps"]),
        ("Также в фильме сыграли Анна Михалкова и другие.", ["Анна Михалкова"]),
        # the winner after the award, not another award before it
        ("Winnaar van het Gouden Kalf voor Beste Film en voor Beste Hoofdrol (Leny Breederveld).",
         ["Leny Breederveld"]),
        # a relative clause speaks of the name before its comma; a possessive's ending goes
        ("Colin Firth, who is superb as the sailor, leaves.", ["Colin Firth"]),
        ("Vincent Lindon, qui incarne un père, est grand.", ["Vincent Lindon"]),
        ("Colin Firth’s performance is moving.", ["Colin Firth"]),
        ("Directed by Sara Holm, who wrote it, with a fine performance.", []),
        # the names listed before a verb of acting right after them
        ("Colin Firth, Rachel Weisz and David Thewlis star in this drama.",
         ["Colin Firth", "Rachel Weisz", "David Thewlis"]),
        ("Julie Christie och Greta Scacchi spelar kvinnorna.", ["Julie Christie", "Greta Scacchi"]),
        # other languages' words of acting
        ("Trong phim, Ngô Thanh Vân thủ vai một nữ võ sĩ.", ["Ngô Thanh Vân"]),
        ("Myndin er dramatísk og Ingvar Sigurðsson leikur föðurinn.", ["Ingvar Sigurðsson"]),
        ("Bhí Síle Ní Bhriain ag glacadh an phríomhróil sa scannán.", ["Síle Ní Bhriain"]),
        # more adjectives before "as"
        ("Marion Cotillard is captivating as the mother.", ["Marion Cotillard"]),
        ("Filmis mängib kaasa ka Rain Tolk.", []),  # a verb of acting, no name before it
        ("Hoss spielt Nelly Lenz, eine Sängerin.", []),  # the subject's surname: the character
        ("Nina Hoss ist großartig. Hoss spielt Nelly Lenz.", ["Nina Hoss"]),  # the full name
        ("Peter Bradshaw praised the performances of the cast.", []),  # a critic's words
        # a surname alone right before the verb stands for the full name written elsewhere
        ("Jeremy Irons is cold. Irons gives a chilling performance.", ["Jeremy Irons"]),
        # a thing's name before "for", a surname far from the verb, a name across a stop
        ("The film won the Academy Award for Best Actress.", []),
        ("It was nominated for five Golden Globe Awards and winning Best Supporting Actress.", []),
        ("It stars Warner Oland in the title role.", ["Warner Oland"]),
        ("an Academy Award-winning performance by Anthony Quinn", []),
        ("Carlo Ponti produced. Godard and Ponti considered actresses for the lead role.", []),
        ("Eine Kaiserin Elisabeth. Vicky spielt sie.", []),
        # the object of an English verb of acting is the character
        ("William Holden stars. Holden plays an American-born Swedish citizen.",
         ["William Holden"]),
        ("Ana Ruiz, the film's director, and Tom Berg star in it.", ["Tom Berg"]),
    ],
)  # fmt: skip
def test_actors_named_beside_a_word_of_acting(text: str, actors: list[str]) -> None:
    assert [m.name for m in cues.acting_subjects(text)] == actors


def test_actors_beside_a_word_of_acting_are_the_cast_without_the_director() -> None:
    page = (
        "Source: https://cinema.example/rocks\nRocks\n\n"
        "Directed by Sarah Gavron, it tells of a girl left alone. Sarah Gavron gives a fine "
        "performance of restraint as a director. Bukky Bakray received a BAFTA rising star for "
        "her portrayal of Rocks, combining naivety with confidence.\n"
    )
    film = film_of(page)
    assert "Sarah Gavron" in film.directors
    assert list(film.cast) == ["Bukky Bakray"]


def test_the_aside_after_an_acting_subject_is_no_actor() -> None:
    page = (
        "Source: https://cinema.example/godland\nGodland\n\n"
        "Directed by Hlynur Pálmason. A priest travels to a remote part of the island. "
        "Craggy Elliot Crossett Hove (Winter Brothers) mesmerises as the priest; an awkward "
        "fellow, transformed by hardship into a steelier version of himself.\n"
    )
    assert list(film_of(page).cast) == ["Craggy Elliot Crossett Hove"]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("ambapo wahusika wake ni Hissan Muya, Sajuki (Marehemu), Wastara Juma na wasanii",
         [["Hissan Muya", "Sajuki", "Wastara Juma"]]),
        ("with Anna Keller, Paris, and more", [["Anna Keller"]]),  # no full name after it
        ("with Anna Keller, France, John Marsh", [["Anna Keller"]]),  # a country
        # a performance credited after its noun
        ("Featuring a brilliant central performance from Zhao Tao, the film offers",
         [["Zhao Tao"]]),
        ("Destaca la interpretación de Ricardo Darín, que", [["Ricardo Darín"]]),
        ("On retient surtout l’interprétation de Vincent Lindon.", [["Vincent Lindon"]]),
        ("Das Spiel von Sandra Hüller ist groß.", [["Sandra Hüller"]]),
    ],
)  # fmt: skip
def test_a_one_word_stage_name_between_names_of_a_cast_list(
    text: str, cast: list[list[str]]
) -> None:
    assert [m.name.split("; ") for m in cues.cast_lists(text)] == cast


def test_actors_beside_acting_words_join_those_paired_with_characters() -> None:
    page = (
        "Source: https://blog.example/heat-and-dust\nHeat and Dust\n\n"
        "Julie Christie spelar en kvinna som i nutid besöker Indien för att uppleva det land "
        "där hennes grandtant levde. Grandtanten Olivia (Greta Scacchi) är gift med en "
        "brittisk tjänsteman och dras till en indisk prins.\n"
    )
    assert list(film_of(page).cast) == ["Julie Christie", "Greta Scacchi"]


def test_voices_label_the_cast_of_an_animation() -> None:
    page = (
        "Source: https://cinema.example/toy\nToy Story\n\n"
        "Director: John Lasseter\nVoices: Tom Hanks, Tim Allen\n"
    )
    assert list(film_of(page).cast) == ["Tom Hanks", "Tim Allen"]


@pytest.mark.parametrize(
    ("page", "directors", "names"),
    [
        (
            "Source: https://blog.example.org/2016/02/page/3/\n"
            "Alageyik – Süreyya Duru (1969)\n\n"
            "Destan 1958’de Atıf Yılmaz’ın yönetmenliğinde beyazperdeye taşınmış. Bundan on yıl "
            "sonra, bu kez Süreyya Duru’nun yönetmenliği ve başrolde Cüneyt Arkın ile ikinci kez "
            "Yeşilçam el atmış bu destana.\n"
            "Yönetmen Süreyya Duru bu filmde çok başarılı.\n",
            ["Süreyya Duru"],
            ["Alageyik"],
        ),
        (
            "Source: https://blog.example.org/2016/02/page/3/\n"
            "Sirocco – Le Vent du désert (1969)\n\n"
            "Réalisé par Ana Ruiz, ce film raconte une longue traversée du désert.\n",
            ["Ana Ruiz"],
            ["Sirocco", "Le Vent du désert"],  # a subtitle: both parts kept as the film's names
        ),
    ],
)
def test_a_heading_name_after_a_dash_is_the_director(
    page: str, directors: list[str], names: list[str]
) -> None:
    """ "Title – Name (Year)": the part after the dash, credited in prose, is no original
    title but the director; a subtitle after the dash is kept among the film's names."""
    film = film_of(page)
    assert list(film.directors) == directors
    kept = [film.title, film.original_title, *film.alt_titles]
    assert not any(d in (n or "") for d in directors for n in kept)
    assert all(any(name in (n or "") for n in kept) for name in names)


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        (  # a plural role noun before a list: the directors of other films
            "Source: https://news.example.be/un-monde\n"
            "Un monde\n\n"
            "La jeune femme a été formée à Louvain-la-Neuve. Ce sont les cinéastes Chantal "
            "Akerman, les frères Dardenne ou encore l’Iranien Abbas Kiarostami, qui lui ont "
            "inspiré sa vocation.\n",
            [],
        ),
        (  # a pair joined by "and": both direct
            "Source: https://news.example.org/the-film\n"
            "The Film\n\n"
            "The filmmakers Anna Keller and John Marsh spent six years on the road.\n",
            ["Anna Keller", "John Marsh"],
        ),
    ],
)
def test_a_plural_role_noun_credits_a_pair_only(page: str, directors: list[str]) -> None:
    assert list(film_of(page).directors) == directors


@pytest.mark.parametrize(
    ("cue", "plural"),
    [("cinéastes", True), ("the directors", True), ("director", False), ("کارگردانان", True)],
)
def test_plural_director_nouns(cue: str, plural: bool) -> None:
    assert cues.is_plural_director_noun(cue) is plural


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("    • Premios Goya 2020: Mellor DirecciónNovel (Belén Funes)", ["Belén Funes"]),
        ("Best Director: Jane Campion", ["Jane Campion"]),
        ("Mejor Dirección: Carla Simón", ["Carla Simón"]),
        ("Best Actress (Olivia Colman)", []),  # another category
        ("Best Picture (Jane Campion)", []),
        ("one of the best director-actor duos (Petzold and Hoss)", []),
    ],
)
def test_the_winner_of_a_directing_award(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.director_award_winners(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Alice Diop a réalisé un film sobre et puissant.", ["Alice Diop"]),
        ("Steve McQueen directs this with rigour.", ["Steve McQueen"]),
        ("Christian Petzold inszeniert das Drama als Gespensterfilm.", ["Christian Petzold"]),
        ("Carla Simón dirigió la película en 2022.", ["Carla Simón"]),
        ("Greta Gerwig makes her directorial debut with Lady Bird.", ["Greta Gerwig"]),
        ("Anna Müller dreht sich um und geht.", []),  # a verb of turning, no credit
        ("Carla Simón, que dirigió Verano 1993, vuelve.", []),  # a clause between
    ],
)
def test_a_director_before_a_verb_of_directing(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.director_before(text)] == found


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        (  # another film's heading, its year in parentheses: no person
            "Source: https://blog.example.se/2018/heat-and-dust/\n"
            "Heat and Dust\n\n"
            "Det här är en lång text om filmen och om varför den fortfarande berör oss alla.\n\n"
            "On Chesil Beach (2017)\n\n"
            "Månadens film såg på ytan ut som ett romantiskt drama i stil med Brooklyn.\n",
            [],
        ),
        (  # a name among the facts of a credit line: the director
            "Source: https://cinema.example.org/september-5\n"
            "September 5\n\n"
            "Germany 2024 Tim Fehlbaum 91m\n\n"
            "A gripping account of the 1972 Munich hostage crisis from a newsroom.\n",
            ["Tim Fehlbaum"],
        ),
    ],
)
def test_a_name_with_a_year_in_parentheses_is_no_fact_line_director(
    page: str, directors: list[str]
) -> None:
    assert list(film_of(page).directors) == directors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Auteur(s)Roustayi, Saeed (Réalisateur de film) (Scénariste) Jafarian, Azad "
            "(Scénariste) Alidoosti, Taraneh (Artiste de spectacle)",
            ["Roustayi, Saeed"],
        ),
        ("Hernán Guerschuny (director) y Pablo Udenio (productor)", ["Hernán Guerschuny"]),
        ("Jafarian, Azad (Scénariste)", []),  # another role
    ],
)
def test_an_inverted_name_with_a_directors_label_in_parentheses(
    text: str, found: list[str]
) -> None:
    assert people.crew_in_parentheses_inline(text, "directors") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Dunia Ayaso y Félix Sabroso, en su película más sólida y madura hasta la fecha "
            "(...) no logran evitar",
            [["Dunia Ayaso", "Félix Sabroso"]],
        ),
        ("Hlynur Pálmason, in his third feature, delivers", [["Hlynur Pálmason"]]),
        ("Tom Pryce, the director, in his review of the film", []),  # no own film
        ("Ana, en su película", []),  # one word: no full name
    ],
)
def test_directors_before_a_clause_about_their_own_film(text: str, found: list[list[str]]) -> None:
    assert introduced.own_film_subjects_before(text) == found


@pytest.mark.parametrize(
    ("block", "listed", "cue"),
    [
        # the director credited in the list's own sentence: the credits of one film
        ("Directed by Ken Loach with Anna Brook, Paul Marsh and Eve Hart.\n",
         ["Anna Brook", "Paul Marsh", "Eve Hart"], "in the sentence that names the director"),
        # the director named only among the list itself: no credit beside it
        ("Written by Barry Hines, Tony Garnett and Ken Loach.\n",
         ["Barry Hines", "Tony Garnett", "Ken Loach"], None),
        ("Ken Loach\nBarry Hines, Tony Garnett, Ken Loach\n",
         ["Barry Hines", "Tony Garnett", "Ken Loach"], None),
    ],
)  # fmt: skip
def test_a_list_beside_the_directors_credit_but_not_holding_the_director(
    block: str, listed: list[str], cue: str | None
) -> None:
    ballot = people.Ballot()
    candidate = ballot.add("; ".join(listed), "listed", 1.0)
    people._beside_director(ballot, block, ["Ken Loach"])
    assert [c for c, _ in candidate.evidence[1:]] == ([cue] if cue else [])
