"""Table tests of the year cues of :mod:`indexer.extract.pages.numbers` and of facts under
labels, on short pages written for the test."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages import facts as fl
from indexer.extract.pages import numbers as nb
from indexer.extract.pages.evidence import Ballot
from indexer.extract.pages.scan import _flattened, scan
from indexer.extract.pages.spacedfacts import spaced_year

STORY = "\n\nTwo brothers cross the mountains in winter to find their father, who left long ago."


def _year(text: str) -> int | None:
    films = extract_page(text + STORY, "test").films
    return films[0].year if films else None


@pytest.mark.parametrize(
    ("page", "year"),
    [
        # a citation naming several directors after the title
        ("Zeru Horiak\n\nZeru Horiak (Ane Lasa, Mikel Oiarbide eta Jon Etxeberria Urkiola, 2017) "
         "filma Donostian estreinatu zen.", 2017),
        # a short heading ending with the year, whatever the title is found to be
        ("piątek, 3 marca 2017\n\nCicha noc (2017)\n\nReżyseria: Piotr Domalewski", 2017),
        # a year two words before the word for film
        ("Kış Uykusu\n\nKış Uykusu, Nuri Bilge Ceylan’ın yönettiği 2014 yapımı dram filmi.", 2014),
        # facts under a label that is not theirs
        ("Dzień świra\n\nprodukcja: Polska 2002\nreżyseria: Marek Koterski", 2002),
        # a year with the countries
        ("Pa negre\n\nNacionalitat: Espanya / 2010\nDirecció: Agustí Villaronga", 2010),
        # the title's line ends with a year after a comma, the director between
        ("El espíritu de la colmena\n\nEl espíritu de la colmena. Dir. Victor Erice, 1973.", 1973),
        # a year, its sign and the word for a work of that year
        ("ワンス・アポン・ア・タイム・イン・ザ・ウエスト\n\nセルジオ・レオーネ監督の1968年作品『ワンス・アポン・ア・タイム・イン・"
         "ザ・ウエスト』、ロードショウで鑑賞しました。 1969年の日本初公開時", 1968),
        ("기생충\n\n봉준호 감독의 2019년 작 기생충은 가족 이야기다.", 2019),
        # Estonian "made" between the word for film and its year
        ("Naise lõhn\n\nFilm on tehtud 1992. aastal. Vaadake seda.", 1992),
        # a year alone on a line under the title
        ("מותו של הקולנוע\n\n2020\nR - מוגבל", 2020),
        # a Thai Buddhist-era year in Thai digits (2520 BE is 1977)
        ("ทองปาน\n\n๒๕๒๐ / กำกับโดย ไพจง ไหลสกุล", 1977),
        # a showtime line
        ("Aftersun\n\nSat 5th Nov 7.30pm: AFTERSUN (12A) 2022, UK, 101min, dir Charlotte Wells.",
         2022),
        # a labelled year with a thousands separator
        ("Kilómetro 31\n\nAÑO: 2.006\nDIRECCIÓN: Rigoberto Castañeda", 2006),
        # a release date on a fact line
        ("La nuit du 12\n\n13 juillet 2022 en salle / 1h 54min / Thriller, Policier", 2022),
        # a copyright line naming the film, another year in the prose
        ("夜明けのすべて\n\n©原作者/2024「夜明けのすべて」製作委員会\n\n2019年に賞を受賞した小説の映画化。",
         2024),
        # a premiere date under its label
        ("Ayyappanum Koshiyum\n\n• Premiered Date: 7th Feb 2020\n• Language: Malayalam", 2020),
        # a date a release's word opens in the same sentence, unlabelled
        ("Aftersun\n\nReleased by A24 in the US and MUBI in the UK on 18 November 2022.",
         2022),
        ("Water Lilies\n\n85 minuter Drama Premiär 7 maj, 2021", 2021),
        # country and year in one cell, opening a credit line
        ("53 wojny\n\nPolska 2018. Reż. Ewa Bukowska. Aktorzy: Magdalena Popławska.", 2018),
        # a year's label inside a line of credits, or run into the value before it
        ("The Sentinel\n\nRegie Clark Johnson Cast Michael Douglas Speelduur 108 minuten "
         "Jaar 2006", 2006),
        ("Star Wars\n\nDirección: J.J. Abrams. País: USAAño: 2015.Duración: 135 min.", 2015),
        # English "Year Released" labels the year
        ("The Score\n\nYear Released: 2021 (Tallinn Black Nights) 2022 (Wider release)", 2021),
        # a year in prose beside the word for a release; a menu's line in capitals is no fact line
        ("Die Finanzen des Großherzogs\n\nMurnaus einzige Komödie kam 1924 in die Kinos.", 1924),
        ("Top Gun\n\nThe film was released in 1986 and became a hit.", 1986),
        ("Water Lilies\n\n85 minuter Drama Premiär 7 maj, 2021\n\n"
         "SVENSK KORTFILM C/O FOLKETS BIO VÅREN 2026", 2021),
        # a release's word inflected or the head of a compound ("ensi-iltansa", Finnish)
        ("Huonot naiset\n\nHuonot naiset saa ensi-iltansa elokuvateattereissa perjantaina "
         "4.2.2022.", 2022),
        # a release label of Ukrainian and Telugu prose or lines
        ("Позивний Бандерас\n\nКартина вийде в прокат 11 жовтня 2018-го.", 2018),
        ("టక్ జగదీష్\n\nవిడుదల : 9 సెప్టెంబర్, 2021, అమెజాన్ ప్రైమ్", 2021),
        ("ხიბულა\n\nზვიად გამსახურდიაზე გადაღებული ფილმი 2017 წელს გამოვა", 2017),
        # a year's label of a script without capitals after the Korean bar-like vowel
        ("디렉터스 컷\n\n장르ㅣ 드라마\n\n제작년도ㅣ 2014년\n\n러닝타임ㅣ96분", 2014),
        # a year and the Japanese word for a release right after its sign 年
        ("映画監督って何だ!\n\n製作:協同組合日本映画監督協会 / 2006年公開", 2006),
        # a year beside a country, a space between, in a flattened leaflet or a notice
        ("Les Herbes folles\n\nun drame intime Italie 2019 1h42 avec la grâce de", 2019),
        ("Ordet\n\nThe club shows Carl Dreyer's Ordet (Denmark 1955 Cert PG) next month.", 1955),
        ("Source: https://example.org/films/ordet-2021\nOrdet\n\n"
         "Fri 8pm | Ordet [PG] 1955 Denmark 126 Minutes dir: Carl Th. Dreyer", 1955),
        # the page's first citation of a film, the title found or not
        ("Cine de los jueves\n\nEl cine vuelve con Tierra adentro (Sierra baja, Julia Morán, "
         "2007), otra vez en versión original.", 2007),
        # a year in the digits of another script, labelled or on a fact line
        ("آخرین روز\n\nکارگردان: علی احمدی\nسال تولید: ۲۰۲۱", 2021),
        ("最後の日\n\n２０１９年／日本／１２０分", 2019),
        ("आखिरी दिन\n\nरिलीज़: २०१७", 2017),
        # no cue: the year the page writes most, dates aside
        ("Cinema | Red Sky\n\nSaturday, July 17, 2021\n\nRed Sky won in Cannes in 2023 and opened "
         "in 2023 after a novel of 2014.", 2023),
    ],
)  # fmt: skip
def test_year_cues(page: str, year: int) -> None:
    assert _year(page) == year


@pytest.mark.parametrize("text", ["in the year 2006", "Kanjaar 2006", "Year 20061"])
def test_no_year_label_inside_a_line(text: str) -> None:
    assert nb._year_label().search(text) is None


@pytest.mark.parametrize(
    ("block", "year", "runtime"),
    [
        ("drame Italie 2019 1h42 avec", 2019, True),
        ("Fanny och Alexander Sweden 1982 d. Ingmar Bergman", 1982, False),
        ("[12A] 2014 Mauritania 96 Minutes dir: X", 2014, True),
        ("(UK 2019 Cert 15)", 2019, False),
        ("Poland 1962: Anna, a young novice, learns", None, False),  # a story's dateline
        ("In 2016 he moved to Lyon", None, False),  # "In" is no code of India
        ("France, 2017, 1h53", None, False),  # a comma-parted run is :func:`fact_runs`'s
        ("shown in France on 4 May 2017 at 8pm", None, False),  # a date
    ],
)
def test_a_year_beside_a_country_a_space_between(
    block: str, year: int | None, runtime: bool
) -> None:
    found = spaced_year(block)
    assert (found.year, found.runtime) == (year, runtime) if found else year is None


@pytest.mark.parametrize(
    ("block", "year"),
    [
        ("Lov na jelene (Vlastimir Ilić, 1981)\n\nOvaj film …", 1981),
        ("Vi har sett Rymden (2019) och Havet (Anna Berg, 2020).", 2020),  # a name inside
        ("Alla (kort, 2020)", None),
        # the title in other languages first, each in quotes, then the director and the year
        (
            'Ugetsu ("Cuentos de la luna pálida", también titulada en español "Cuentos de la '
            'luna vaga", Kenji Mizoguchi, 1953) es una obra maestra.',
            1953,
        ),
    ],
)
def test_the_page_s_first_citation_of_a_film(block: str, year: int | None) -> None:
    assert nb._first_citation(block) == year


@pytest.mark.parametrize(
    ("block", "title", "year"),
    [
        ("Niin on käynyt myös Miia Esimerkin Ohjuksen (2024) kanssa.", "Ohjus", 2024),
        ("Po sukcesie Wesela (2004) wrócił do kina.", "Wesele", 2004),
        ("Ohjus (2024) nousi heti listalle.", "Ohjus", None),  # as written: :func:`_after_name`
        ("Kesä (2019) ja Kesäkuu (2021)", "Kes", None),  # too short a name to inflect
        ("Ohjuksen ensi-ilta (2024) oli keväällä.", "Ohjus", None),  # a word between
    ],
)
def test_a_year_after_the_title_inflected(block: str, title: str, year: int | None) -> None:
    ballot = Ballot()
    nb._after_inflected(ballot, block, title)
    best = ballot.best()
    assert (int(best.value) if best else None) == year


@pytest.mark.parametrize(
    ("block", "year"),
    [
        # Bulgarian: the adverb of a premiere ("премиерно") before the date
        ("Комедията тръгва премиерно по кината в цялата страна на 7.11.2025 г.", 2025),
        # Galician: the verb of a premiere, inflected ("estreouse"), two words before the year
        ("O filme estreouse no 2014 e gañou seis premios.", 2014),
    ],
)
def test_a_release_s_word_in_other_forms(block: str, year: int) -> None:
    assert (nb._released_on(block) or nb._released_in(block)) == year


@pytest.mark.parametrize(
    ("block", "year"),
    [
        # Hindi: a date, a postposition, then the word for a release
        ("फिल्म 27 अक्टूबर, 1957 को रिलीज़ किया गया था।", 1957),
        # Telugu: a case ending glued to the year, then the verb of a release
        ("ఈ చిత్రం ఫిబ్రవరి 2, 1980న విడుదలైంది.", 1980),
        # Tamil: the year, the word for year, then the verb inflected
        ("இந்த திரைப்படம் 1987ஆம் ஆண்டு வெளியானது.", 1987),
        # Turkish: the year's ending, then "opened in cinemas"
        ("Film 2014 yılında vizyona girdi.", 2014),
        # too many words between: the word names something else
        ("Born in 1957 in a village near the river, he later saw the premiere.", None),
        # another sentence
        ("He was born in 1957. Premiere tickets are sold out.", None),
        # a line without spaces: the premiere's year, the word right after it
        ("是一部於2011年9月首映、2012年3月公映的香港電影。", 2011),
    ],
)
def test_a_year_that_the_word_for_a_release_follows(block: str, year: int | None) -> None:
    assert nb._released_after(block) == year


@pytest.mark.parametrize(
    ("block", "year"),
    [
        # Chinese: the word for a release, glued, before the year
        ("就是这部发行于1989年的电影。", 1989),
        # Malay and Tagalog: a prose verb of the making or the opening before the year
        ("Ia sebuah filem Melayu yang dihasilkan pada 1962 di Singapura.", 1962),
        ("isang musical comedy na iprinudyus noong 1980 ng LVN Pictures", 1980),
        ("sa pagbukas ng pelikula ni Jerrold Tarog noong Setyembre 9, 2015", 2015),
    ],
)
def test_prose_words_of_a_release(block: str, year: int) -> None:
    assert (nb._released_on(block) or nb._released_in(block)) == year


def test_a_word_of_a_release_without_spaces_is_read_right_before_the_year_only() -> None:
    # "首映、2012": the premiere's word and a comma before the release's year: no cue
    assert nb._released_in("是一部於2011年9月首映、2012年3月公映的香港電影。") is None


def test_a_thai_label_of_the_year_of_release() -> None:
    text = "- ชื่อไทย: ภาพยนตร์ทดสอบ\n- ปีที่เข้าฉาย: ค.ศ. 2019\n- ผู้กำกับ: บิล ตัวอย่าง"
    assert _year(text) == 2019


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("Année de sortie", "1971"),  # French, a label alone above its value
        ("Anno di uscita:", "1971"),
        ("Год выхода: 1971", "1971"),
        ("Рік випуску: 1971", "1971"),
        ("Năm phát hành: 1971", "1971"),
        ("Έτος κυκλοφορίας: 1971", "1971"),
        ("Label de sortie", None),  # no word for "year": no label of the year
    ],
)
def test_labels_of_the_year_of_release(label: str, year: str | None) -> None:
    entries, _ = scan(("Mon oncle", "", label, "1971", "", "Budget"))
    assert next((e.value for e in entries if e.field == "year"), None) == year


@pytest.mark.parametrize(
    ("block", "year"),
    [
        ("It premiered in Un Certain Regard during the 1999 Cannes Film Festival.", 1999),
        ("When it was first released at the prestigious 2013 Cannes Film Festival, it won.", 2013),
        ("A filmet a 2015 Cannes-i Filmfesztiválon mutatták be, premier után díjat nyert.", None),
        ("It was shown at the 2015 Berlin Festival to a full house.", None),  # no release
        ("It premiered in 2014. Later it was shown at the 2016 Busan Festival.", None),
    ],
)
def test_the_year_of_the_festival_of_a_premiere(block: str, year: int | None) -> None:
    assert nb._festival_premiere(block) == year


def test_a_date_before_the_word_for_a_release_is_no_release() -> None:
    assert nb._released_on("Sunday, July 14, 2013. The premiere was a success.") is None


def test_a_year_written_once_without_a_cue_is_no_film_year() -> None:
    page = "Cinema | Red Sky\n\nRed Sky opens on Friday; its writer was born in 1961 in Lyon."
    assert _year(page) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("the poignant 2021 film from Celine Sciamma", 2021),
        ("a 2019 animated feature film", 2019),
        ("Ceylan’ın yönettiği 2010 yapımı dram filmi", 2010),
        ("In 2019 the film won a prize", None),  # an article: the year of a prize
        ("at the 2010 Cannes film festival", None),  # a name between
    ],
)
def test_year_before_the_word_for_film(text: str, year: int | None) -> None:
    match = nb._year_film().search(text)
    assert (int(match.group(1)) if match else None) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("윤가은 감독의 신작 《세계의 주인》(2025) 은 크게", 2025),
        ("le film « Sirāt » (2025) de Oliver Laxe", 2025),
        ("Ein Film (2025) von", None),
    ],
)
def test_year_after_a_quoted_name(text: str, year: int | None) -> None:
    match = nb._QUOTED_YEAR.search(text)
    assert (int(match.group(1)) if match else None) == year


def _runtime(text: str) -> int | None:
    films = extract_page(text + STORY, "test").films
    return films[0].runtime_minutes if films else None


@pytest.mark.parametrize(
    ("page", "minutes"),
    [
        # a runtime's label inside a line of other labels; the first film's before another's
        ("半分の花火\n\n監督:石川慶 製作:2022年 配給:東宝 時間:104分\n\n"
         "次の映画\n\n製作:2022年 配給:松竹 時間:121分", 104),
        ("Les Eaux\n\nRéalisation : Anne Roy – Durée : 1h 45min – France", 105),
        # a flattened table's columns: the title's cell, a wide gap, then the facts
        ("Autumn programme\n\nTuesday 6 January at 8pm\nRiver Song [Chanson]     Belgium / "
         "France 2014  |  95 mins  |  15\nTuesday 13 January at 8pm\nNorth Road    USA 2014  |  "
         "88 mins  |  15", 95),
        # hours and minutes in a credit sentence
        ("Dolor\n\nDolor (original title) / 2019 / 1h 53min / directed by Ana Ruiz", 113),
    ],
)  # fmt: skip
def test_runtime_cues(page: str, minutes: int) -> None:
    assert _runtime(page) == minutes


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("168 min. (Film: 139 min. + Q&A 29 min.)", [139]),
        ("125 min (film: 95 min, introduction 30 min)", [95]),
        ("1h 52min", [112]),
    ],
)
def test_the_films_own_minutes_in_a_labelled_runtime(value: str, minutes: list[int]) -> None:
    assert nb.runtimes([value], fl.Facts(), fl.Facts(), "", None) == minutes


@pytest.mark.parametrize(
    ("block", "minutes"),
    [
        ("Status: released\nFSK 12|1h 48m\nBudget: $ 2.000.000", [108]),
        ("Svensk långfilm från 1979\n\n1 tim 42 min\n", [102]),
        ("The film runs 97 mins and never drags.", [97]),
        ("Doors 19h 30m, bar open until late.", []),  # a time of day, no runtime
        # hours and minutes around a colon, Ethiopic's too, before the word for minutes
        ("የ1፡38 ደቂቃ ርዝመት ያለውን ፊልም", [98]),
        ("a film of 1:45 minutes", [105]),
        ("The show starts at 19:30 minutes past", []),
        # a comma or "and" between the hours and the minutes; "1h35" without the minutes' unit
        ("В ролите: Иван Иванов. 1 час и 46 минути", [106]),
        ("Runtime of the film is 1 hour, 52 minutes.", [112]),
        ("Thriller américain_1h35 : Uma THURMAN / Evan Rachel WOOD", [95]),
        ("Séance à 14h30 et à 20h45.", []),
        # each unit's one-letter sign, as a pair: hours then minutes
        ("Драма, 1ч 38м, в ролях: Иван Иванов", [98]),
        ("Bir aile dramı, 1s 45d süren film", [105]),
    ],
)
def test_minutes_written_in_the_prose(block: str, minutes: list[int]) -> None:
    assert nb.runtimes([], fl.Facts(), fl.Facts(), block, None) == minutes


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Svensk långfilm från 1979", 1979),
        ("die Komödie des Regisseurs Hans Beispiel aus dem Jahre 2012, für die er", 2012),
        ("un filme de Xoán Exemplo de 2008 sobre a emigración", 2008),
        ("The film opens on 12 May. From 2019 on, she worked abroad", None),  # another sentence
        ("the film from 12.05.2019", None),  # a date, no year
        # "in the year" with the word for year, and the words that stand for "from" a year
        ("snímek režiséra Jana Příkladu vznikl v roce 1966 podle novely", 1966),
        ("film slovenskej režisérky vznikol v roku 1981 na Orave", 1981),
        ("myndin, eða Sælureitur, frá árinu 1957 festi hann í sessi", 1957),
        ("isang pelikula noong 1982 sa direksiyon ni Juan Halimbawa", 1982),
        ("film diretto da Marco Esempio nel 1971 e interpretato da", 1971),
        ("Nel 1971 il regista vinse il premio.", None),  # no word for film before it
    ],
)
def test_year_after_the_word_for_film_and_from(text: str, year: int | None) -> None:
    match = nb._film_from_year().search(text)
    assert (int(match.group(1)) if match else None) == year


@pytest.mark.parametrize(
    ("page", "year", "countries", "runtime"),
    [
        # a credit table flattened into one line, a country before its first label
        (
            "Lumen\n\nSpain. Direction: Ana Ruiz. Screenplay: Ana Ruiz. Cast: Eva Gil, Pau Mas. "
            "Running time: 14 min.",
            None,
            ["Spain"],
            14,
        ),
        # labels glued to the value before them, a word no language knows among them
        (
            "Дорога\n\nДорогаРежиссер: Иван Петров страна: СССР носитель: 35 мм год: 1976 12+",
            1976,
            ["Soviet Union"],
            None,
        ),
        ("Sol\n\nAño: 2007País: España Duración: 118 min.", 2007, ["Spain"], 118),
        # a head of more than eight words that is a run of facts still heads the table
        (
            "Ruta\n\nSweden / Norway / Denmark 2017 (UK release 2018).  2hr 31min.  "
            "Dir: Ana Ruiz.  Cast: Eva Gil, Pau Mas.  Language: Swedish.  Cert. 15.",
            2017,
            ["Sweden", "Norway", "Denmark", "United Kingdom"],
            151,
        ),
    ],
)
def test_a_flattened_credit_table(
    page: str, year: int | None, countries: list[str], runtime: int | None
) -> None:
    film = extract_page(page + STORY, "test").films[0]
    assert (film.year, list(film.countries), film.runtime_minutes) == (year, countries, runtime)


def test_labels_inside_a_paragraph_are_no_flattened_table() -> None:
    line = (
        "Film o dwóch braciach, którzy jadą w góry zimą i szukają ojca, który odszedł dawno "
        "temu: zdjęcia: Jan Kos, muzyka: Ola Mak, montaż: Ewa Lis."
    )
    assert _flattened(line, 0) is None


@pytest.mark.parametrize(
    ("line", "original"),
    [
        # an unknown word and a colon a few words into a title go on the title
        (
            "Película: Estrellas: La fuerza. Título original: Star Wars: The Force awakens. "
            "Dirección: J.J. Abrams. País: USA. Duración: 135 min.",
            "Star Wars: The Force awakens",
        ),
        # a title ended by a mark: the next word and colon is a label no language knows
        (
            "Original title: Lumen. Sponsor: Ana Ruiz. Director: Ana Ruiz. Country: Spain. "
            "Running time: 14 min.",
            "Lumen",
        ),
    ],
)
def test_a_colon_inside_a_title_on_a_flattened_line(line: str, original: str) -> None:
    entries = _flattened(line, 0) or []
    assert [e.value for e in entries if e.field == "original_title"] == [original]


@pytest.mark.parametrize(
    ("block", "fact_line", "runners", "year"),
    [
        # the year follows another name the vote weighed, not the title chosen
        (
            "12) Silent Rivers (2018) Movie Review\n\nനിശബ്ദ നദികൾ\n\nനല്ല സിനിമ.",
            None,
            ("Silent Rivers",),
            2018,
        ),
        # without that name, nothing says the year
        ("12) Silent Rivers (2018) Movie Review\n\nനിശബ്ദ നദികൾ\n\nനല്ല സിനിമ.", None, (), None),
        # a runner-up is weak evidence: an older film it names loses to a year on a fact line
        (
            "Pain\n\nSpain, 2019, 113 min\n\nAfter Matador (1986) he came home.",
            "Spain, 2019, 113 min",
            ("Matador",),
            2019,
        ),
    ],
)
def test_a_year_after_a_runner_up_of_the_title_vote_is_weak_evidence(
    block: str, fact_line: str | None, runners: tuple[str, ...], year: int | None
) -> None:
    found = (fl.line_facts(fact_line) if fact_line else None) or fl.Facts()
    assert nb.year([], [], found, fl.Facts(), block, "നിശബ്ദ നദികൾ", None, None, runners) == year


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        # a list's bare mark between a label and its value, as a flattened table writes it
        (("泥の河", "- ジャンル", "-", "人間ドラマ"), "genres", "人間ドラマ"),
        (("Heat", "Genre", "•", "Drama", "", "Runtime: 90 min"), "genres", "Drama"),
        # the bare mark is an empty cell: the next label is no value
        (("Heat", "Genre", "-", "Runtime: 90 min"), "genres", ""),
        # a bare mark after the value ends it, as a blank line does
        (("Heat", "Genre", "Drama", "-", "Some words"), "genres", "Drama"),
    ],
)
def test_a_bare_list_mark_is_an_empty_cell(lines: tuple[str, ...], field: str, value: str) -> None:
    entries, _ = scan(lines)
    assert next((e.value for e in entries if e.field == field), None) == value


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Premiered in 2018, on screens in 2019.\nSeen in 2018 and again in 2019.\n", None),
        ("Made in 2018.\nShown again in 2018, after its 2016 premiere.\n", 2018),
        ("Only once: 2018.\n", None),
    ],
)
def test_the_year_written_most_is_no_tie(text: str, year: int | None) -> None:
    """Two years written equally often are two events: neither is the film's."""
    assert nb._most_written_year(text) == year


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Drama Speelduur 108 minuten Jaar 2006 Regie", "Jaar 2006"),
        ("País: USAAño: 2015.", "Año: 2015"),
        # the noun for year after an article or a preposition: prose, no label
        ("Ein Schneider im Londoner East End um das Jahr 1900. Und doch", None),
        ("Gedreht im Jahr 2018 in Berlin", None),
    ],
)
def test_a_years_label_inside_a_line(text: str, found: str | None) -> None:
    match = nb._inline_year_label(text)
    assert (match.group(0) if match else None) == found
