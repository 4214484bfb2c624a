"""Table tests of :mod:`indexer.extract.pages.facts`: fact lines and runs of facts."""

from __future__ import annotations

import pytest

from indexer.extract.pages import facts as fl


@pytest.mark.parametrize(
    ("line", "years", "countries", "runtimes"),
    [
        # after a quoted title or in parentheses (as before)
        ("фильм «Дядя Саша», Россия, 2018, 92 мин.", [2018], ["Россия"], [92]),
        ("a new film (Japan, 1953, 136 min) by Ozu", [1953], ["Japan"], [136]),
        # a showtime line: the run of three facts after the title and its rating
        ("Fri 3rd June 8pm: AFTERSUN (12A) 2022, UK, 101min, dir Charlotte Wells.", [2022],
         ["UK"], [101]),
        # a credit line that begins with a name
        ("Director: Kogonada, USA, 2021, 96m, 12, subtitles", [2021], ["USA"], [96]),
        ("Aki Kaurismäki / Suomi, Saksa / 2023 / 81 min / suomi", [2023], ["Suomi", "Saksa"],
         [81]),
        # a run of two that opens the line, before the credits
        ("Portugal, 2019. Realização de João Pedro Rodrigues.", [2019], ["Portugal"], []),
        # a colour word and a rating inside the run
        ("FRA, 1962, Noir et blanc, 105 min.", [1962], ["FRA"], [105]),
        ("Polska, 2020, kolor, 110 min, 15", [2020], ["Polska"], [110]),
        ("Србија, 2021, 120 мин., колор", [2021], ["Србија"], [120]),
        # a language with subtitles inside the run; the next label ends it on a flat line
        ("Dir: Mia Hansen-Løve, France, 2022, French with English subtitles, 112 min.",
         [2022], ["France"], [112]),
        ("TVN Sobota 21:00 ROK DIABŁA Film fabularny, 91 min, Czechy, 2002 Reżyseria: Petr Zelenka",
         [2002], ["Czechy"], [91]),
        # a co-production's countries joined by hyphens; one country's own hyphen stays
        ("Dir: Ada Berg, 131 mins, Norway-Denmark-Iceland, 2021", [2021],
         ["Norway", "Denmark", "Iceland"], [131]),
        ("Guinea-Bissau, 2019, 90 min", [2019], ["Guinea-Bissau"], [90]),
        # a person's name inside a run (a programme's "Title, year. Director, minutes. Country")
        ("Shir Eres LaEmek / A Lullaby for the Valley, 2020. Ben Shani, 75 min. IL", [2020],
         ["IL"], [75]),
        ("Tom Hanks, Meg Ryan, 1998", [], [], []),
        # a genre and a certificate stand inside a run
        ("Narušitel, Česko 2019, drama, 90 min., režie: David Balda, hrají: Jiří Dvořák", [2019],
         ["Česko"], [90]),
        ("Director: Thomas Vinterberg . Denmark 2012 . cert 12A . 115 mins", [2012], ["Denmark"],
         [115]),
        # minutes written with a mark (a quotation mark's character) inside the run
        ("(Francia 2024, 127’, DCP, col., v.o. sott. it.)", [2024], ["Francia"], [127]),
        ("di Felix Van Groeningen — Italia, Belgio, 2022, 147'", [2022], ["Italia", "Belgio"],
         [147]),
        # a country and its year in one cell; the word for film opens the run
        ("Polska 2018. Reż. Ewa Bukowska. Aktorzy: Magdalena Popławska.", [2018], ["Polska"],
         []),
        ("Spielfilme, Litauen 2021, 100 Min., lit. OF, engl. UT", [2021], ["Litauen"], [100]),
        # after a people label: three facts, a country and its year in one cell
        ("Regie: Andreas Dresen, BRD 2008, 98 min", [2008], ["BRD"], [98]),
        # a nationality and a year after a dash in prose are no cell of facts
        ("إنتاج الفيلم هو فلسطيني - تونسي - هولندي 2008، ومدة عرضه", [], [], []),
        # after a spaced dash, closing a title's line
        ("Kiedy Paryż wrze – USA; 1964", [1964], ["USA"], []),
        # cells split by a spaced middle dot or a bullet
        ("Bong Joon-Ho · South Korea · 2019 · 133 mins · 14A", [2019], ["South Korea"], [133]),
        ("Director: Ann Lee • Canada • 2012 • 99 minutes", [2012], ["Canada"], [99]),
        # a country and its year closed by a label, however short, in a line of other words
        ("Witz und Drama.- NZZ Schweiz 2020 R: Bettina Oberli, mit: Marthe Keller", [2020],
         ["Schweiz"], []),
        ("Y SŴN (12A) Cymru 2022, 89 munud (Iaith Cymraeg), Cyfarwyddwr Lee Haven Jones", [2022],
         ["Cymru"], [89]),
        ("It was shot in 2020 in Paris: a story of love.", [], [], []),
        # no run: two facts after other words, one kind only, no digit
        ("He was born in Paris, France 1970, and studied law.", [], [], []),
        ("He was born in Lyon, France, 1970 and studied law.", [], [], []),
        ("(Spain, France)", [], [], []),
        ("Italia, Francia, Spagna", [], [], []),
    ],
)  # fmt: skip
def test_fact_runs(line: str, years: list[int], countries: list[str], runtimes: list[int]) -> None:
    found = fl.fact_runs(line)
    assert (found.years, found.countries, found.runtimes) == (years, countries, runtimes)


@pytest.mark.parametrize(
    ("line", "genres"),
    [
        # a genre cell inside a run is the film's genre, though it makes no run alone
        ("фильм «Дядя Саша», Россия, 2018, комедия, 92 мин., режиссёр", ["комедия"]),
        ("a new film (Japan, 1953, drama, 136 min) by Ozu", ["drama"]),
        ("Česko 2019, drama, 90 min.", ["drama"]),
        ("born in Paris, drama school, 1970", []),
    ],
)
def test_a_genre_inside_a_run_of_facts(line: str, genres: list[str]) -> None:
    assert fl.fact_runs(line).genres == genres


def test_a_run_found_twice_is_not_changed_by_its_reader() -> None:
    first = fl.fact_runs("Polska, 2020, kolor, 110 min")
    first.years.append(1999)
    assert fl.fact_runs("Polska, 2020, kolor, 110 min").years == [2020]


@pytest.mark.parametrize(
    ("line", "countries", "genres"),
    [
        ("דרמה, ישראלי, קומדיה", ["ישראלי"], ["דרמה", "קומדיה"]),
        ("Drama, Brazilian, 2012", ["Brazilian"], ["Drama"]),
    ],
)
def test_a_nationality_among_facts_is_a_country(
    line: str, countries: list[str], genres: list[str]
) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert (facts.countries, facts.genres) == (countries, genres)


def test_a_language_among_facts_stays_a_language() -> None:
    facts = fl.line_facts("English, 95 min")
    assert facts is not None
    assert (facts.languages, facts.countries) == (["English"], [])


@pytest.mark.parametrize(
    ("line", "runtimes"),
    [
        ("(Hrvatska, Slovenija) 2016, 90`", [90]),  # a backtick for the minute mark
        ("Israel, 2019, 90 ד'", [90]),  # Hebrew's abbreviation of "minutes"
        ("Italia, 2011, 1h 48'", [108]),  # hours, then minutes with the minute mark
        ("02 horas 16 minutos", [136]),  # the hours with a leading zero
        ("BEL/HOL, 111ʼ, 2012, M/16", [111]),  # the modifier letter apostrophe
    ],
)
def test_runtime_marks(line: str, runtimes: list[int]) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert facts.runtimes == runtimes


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("韓国映画初のスペースオペラ", ["韓国"]),
        ("这是一部中国电影,讲述", ["中国"]),
        ("我昨天看了电影", []),
        ("한국영화 최초의", ["한국"]),
    ],
)
def test_a_country_before_the_word_for_film_without_spaces(
    block: str, countries: list[str]
) -> None:
    assert fl.unspaced_nationalities(block) == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # Thai and Lao write the country after the word for film, glued to it
        ("เป็นภาพยนตร์ญี่ปุ่นเรื่องแรกของปีนี้", ["ญี่ปุ่น"]),
        ("ผลงานของค่ายหนังไทยรายใหญ่", ["ไทย"]),
        ("ຮູບເງົາລາວເລື່ອງໃໝ່", ["ລາວ"]),
        # a word that begins with the word for film ("หนังสือ", a book) names no country
        ("ฉันอ่านหนังสือทุกวัน", []),
    ],
)
def test_a_country_after_the_word_for_film_in_thai_and_lao(
    block: str, countries: list[str]
) -> None:
    assert fl.unspaced_nationalities(block) == countries


def test_a_nationality_four_words_before_the_word_for_film() -> None:
    from indexer.extract.pages.values import film_nationalities

    block = "The South African multi-award winning film about a boy from the township."
    assert film_nationalities(block) == ["South African"]


@pytest.mark.parametrize(
    ("line", "years", "countries", "runtimes"),
    [
        # the kind of work, colour and projection format are no other words
        ("Spielfilm, Deutschland 2019, 95 min", [2019], ["Deutschland"], [95]),
        ("2021, 120 мин., колор, ДЦП", [2021], [], [120]),
        ("France, 2019, 35mm, 98 min", [2019], ["France"], [98]),
    ],
)
def test_film_colour_and_format_words_on_a_fact_line(
    line: str, years: list[int], countries: list[str], runtimes: list[int]
) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert (facts.years, facts.countries, facts.runtimes, facts.leftover) == (
        years,
        countries,
        runtimes,
        0,
    )


@pytest.mark.parametrize(
    ("lines", "genres"),
    [
        # a director's name and a genre under each other: a credit block
        (("Gavin Hood", "South Africa", "Drama"), ["Drama"]),
        # short capitalised lines and genre words alone: a menu of categories
        (("Columns", "Anime Talk", "Horror DVDs", "Silent DVD", "", "Forum"), []),
    ],
)
def test_genres_of_a_credit_block_never_of_a_menu(
    lines: tuple[str, ...], genres: list[str]
) -> None:
    assert fl.fact_block(lines, set())[0].genres == genres


def test_a_long_line_of_countries_in_a_credit_block() -> None:
    lines = (
        "НЕБЕСА",
        "",
        "Игран филм, Србија / Хрватска / Црна Гора . Словенија / Македонија",
        "",
        "2021, 120 мин., колор, ДЦП",
        "Режија:",
    )
    found, _ = fl.fact_block(lines, set())
    assert found.countries == ["Србија", "Хрватска", "Црна Гора", "Словенија", "Македонија"]


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        # a bulleted credit block: its year stands with a country and a runtime
        (("  • Dir. Kelly Reichardt", "  • USA", "  • 2022", "  • 108 min.", "  • R"), [2022]),
        # a name and a year alone are a byline, no credit block of the film
        (("Posted by Jane Doe", "Jane Doe", "2022", "Comments"), []),
    ],
)
def test_a_year_alone_on_a_line_of_a_credit_block(lines: tuple[str, ...], years: list[int]) -> None:
    found, _ = fl.fact_block(lines, set())
    assert found.years == years


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("強烈推薦美國新電影《留校人生》", ["美國"]),
        ("推薦美國獨立電影導演之一", ["美國"]),
        ("中国电影", ["中国"]),
        ("극장가의 기대작으로 손꼽히는 한국 영화 '대외비'가 오늘 개봉한다", ["한국"]),
        ("這是一部好電影", []),
    ],
)
def test_a_nationality_a_few_characters_before_the_word_for_film(
    block: str, countries: list[str]
) -> None:
    assert fl.unspaced_nationalities(block) == countries


@pytest.mark.parametrize(
    ("lines", "countries"),
    [
        # a heading in capitals: "LA" is no Laos, the title's other words no person's name
        (("LA VIE DEVANT SES YEUX", "", "Vadim PERELMAN", "", "Thriller américain_1h35"), []),
        (("Vadim Perelman", "USA", "2008"), ["USA"]),
    ],
)
def test_a_heading_in_capitals_is_no_fact_line(
    lines: tuple[str, ...], countries: list[str]
) -> None:
    found, _ = fl.fact_block(lines, set())
    assert found.countries == countries


@pytest.mark.parametrize(
    ("line", "countries", "runtimes", "names"),
    [
        # a byline ("di", "by" and a name) and the label of a fact are no words left over
        ("di Lukas Dhont • Belgio • durata 105 min", ["Belgio"], [105], ["Lukas Dhont"]),
        ("by Ann Lee • Canada • Running time 99 min", ["Canada"], [99], ["Ann Lee"]),
    ],
)
def test_a_byline_and_a_fact_s_label_on_a_fact_line(
    line: str, countries: list[str], runtimes: list[int], names: list[str]
) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert (facts.countries, facts.runtimes, facts.names) == (countries, runtimes, names)


def test_a_title_line_in_capitals_states_no_country() -> None:
    assert fl.pipe_facts("LA VIE DEVANT SES YEUX", minimum=1) is None


def test_a_fact_line_in_angle_brackets() -> None:
    facts = fl.line_facts("<2019年/日本/33分>")
    assert facts is not None
    assert (facts.years, facts.countries, facts.runtimes) == ([2019], ["日本"], [33])


def test_a_country_and_the_word_for_a_short_film_make_a_fact_line() -> None:
    facts = fl.line_facts("СССР|короткометражка")
    assert facts is not None
    assert (facts.countries, facts.genres) == (["СССР"], ["короткометражка"])


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # nationalities joined by a hyphen: a co-production
        ("Svečana premijera srpsko-američkog filma “48 sati” održana je", ["srpsko", "američkog"]),
        ("un film franco-allemand de 2019", ["franco", "allemand"]),
        ("إنتاج الفيلم هو فلسطيني - تونسي - هولندي 2008", ["فلسطيني", "تونسي", "هولندي"]),
        # the international word for a co-production stands for the word for film
        ("Премиера на македонско-косовската копродукција", ["македонско", "косовската"]),
        ("es una coproducción franco-española", ["franco", "española"]),
        # the hyphenated Portuguese word for a feature film
        ("Primeiro longa-metragem brasileiro em 35mm realizado por estudantes", ["brasileiro"]),
        # a lower-case word beside the word for film is no country's name ("v kine": "in the
        # cinema", no "Kina")
        ("Pri projekcii v kine sa pretrhne filmový pás. Komentátorovi sa podarí", []),
        # a co-production's countries in another case (Latvian genitives)
        ("Filma ir Latvijas, Polijas un Igaunijas kopražojums.",
         ["Latvijas", "Polijas", "Igaunijas"]),
        # a nationality beside the word for film before a list of other countries
        ("Është një film shqiptar. Norvegjia, Gjermania, Franca, Spanja, Italia në festival.",
         ["shqiptar"]),
        # after the word for film only within its sentence; a country's name of two words
        ("Peržiūrėjau visą filmus. Tai jau rimta, ar ne? Kaip lietuviškas filmas", ["lietuviškas"]),
        ("Et c’est un film du Burkina Faso qui a fait l’ouverture", ["Burkina Faso"]),
        # a language's name right beside the word for film or a genre word is a nationality;
        # further on, the language spoken
        ("se trata de un documental ruso sobre el ex agente", ["ruso"]),
        ("Une comédie suédoise très drôle.", ["suédoise"]),
        ("Es una película en ruso con subtítulos.", []),
        # Tamil's word for cinema is a word for film, as Telugu's and Malayalam's are
        ("இந்திய சினிமா வரலாற்றில் ஒரு புதிய முயற்சி.", ["இந்திய"]),
    ],
)  # fmt: skip
def test_nationalities_beside_the_word_for_film(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import Found
    from indexer.extract.pages.values import countries as countries_of

    assert countries_of(Found(), fl.Facts(), block)[1] == countries


def test_the_persian_label_of_a_film_s_country_of_origin() -> None:
    from indexer.extract.pages import extract_page

    page = "در به درها\n\nمحصول : ایران\nکارگردان : امیرحسین صدیق\n\n" + "داستان " * 30
    assert extract_page(page, "test").films[0].countries == ("Iran",)


def test_the_traditional_chinese_label_of_a_production_region() -> None:
    from indexer.extract.pages import extract_page

    page = "發現上校\n\n- 導演:王文\n- 製片地區:中國大陸\n\n" + "故事 " * 30
    assert extract_page(page, "test").films[0].countries == ("China",)


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Italie France |", ["Italie", "France"]),
        ("United States United Kingdom", ["United States", "United Kingdom"]),
        ("Danmark Rediger på Wikidata", ["Danmark"]),
    ],
)
def test_a_labelled_list_of_countries_without_commas(value: str, parts: list[str]) -> None:
    from indexer.extract.pages.values import _country_parts

    assert _country_parts(value) == parts


def test_nationalities_joined_by_a_spaced_dash() -> None:
    from indexer.extract.pages.values import film_nationalities

    assert film_nationalities("Amerikai - magyar koprodukcióban jött létre ez a film.") == [
        "Amerikai",
        "magyar",
    ]

    assert film_nationalities("It is a French – Belgian co-production shot in Lyon.") == [
        "French",
        "Belgian",
    ]


@pytest.mark.parametrize(
    ("line", "years", "countries"),
    [
        ("A Suprema Felicidade  (Idem, Brasil, 2010) de Arnaldo Jabor", [2010], ["Brasil"]),
        ("Cinema Paradiso (Nuovo Cinema Paradiso, Italia, 1988) di Tornatore", [1988], ["Italia"]),
        ("He was (born in Paris, France, 1970) and", [], []),  # no title opens it
    ],
)
def test_an_original_title_opens_a_run_in_parentheses(
    line: str, years: list[int], countries: list[str]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries) == (years, countries)


def test_colour_words_split_at_a_slash_stand_inside_a_run() -> None:
    run = fl.fact_runs('("Cesare deve morire”, 2012 – alb/negru şi color – 76 minute)')
    assert (run.years, run.runtimes) == ([2012], [76])


def test_a_dotted_abbreviation_is_no_word_left_over_on_a_fact_line() -> None:
    facts = fl.line_facts("Couleur, 125 minutes, v.o.jap.s.t.f.", strict=False)
    assert facts is not None
    assert (facts.runtimes, facts.leftover) == ([125], 0)


def test_a_labelled_country_that_names_no_country_gives_way() -> None:
    from indexer.extract.pages.values import Found, countries

    found = Found(values={"countries": ["الطاقم"]})
    block = "عيد ميلاد ليلى هو فيلم فلسطيني روائي"
    assert countries(found, fl.Facts(), block)[0] == ["Palestine"]


@pytest.mark.parametrize(
    ("values", "countries"),
    [
        (["Una Film (Almanya), Arizona Films (Fransa), Nar Film (Türkiye)"],
         ["Almanya", "Fransa", "Türkiye"]),
        (["Les Films du Losange (Paris)"], []),  # a city is no company's country
        (["Arte France Cinéma"], []),
    ],
)  # fmt: skip
def test_countries_after_production_companies(values: list[str], countries: list[str]) -> None:
    from indexer.extract.pages.values import company_countries

    assert company_countries(values) == countries


def test_a_year_beside_a_labelled_country_is_no_part_of_it() -> None:
    from indexer.extract.pages.values import Found, countries

    found = Found(values={"countries": ["Deutschland, Japan 2023"]})
    assert countries(found, fl.Facts())[0] == ["Germany", "Japan"]


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("Svenskt drama i regi av Simon Staho, med Mikael Persbrandt.", ["Svenskt"]),
        ("Une comédie française de Cédric Klapisch.", ["française"]),
        ("It is set during the Korean War.", []),  # an everyday genre word is no cue
        # an inflected genre word
        ("На премьере новой российской трагикомедии «Каникулы» в Екатеринбурге", ["российской"]),
    ],
)
def test_a_nationality_beside_a_genre_word(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import genre_nationalities

    assert genre_nationalities(block) == countries


def test_a_language_beside_labelled_countries_is_no_country() -> None:
    from indexer.extract.pages.values import Found, countries

    found = Found(values={"countries": ["Colombia, France and Mexico. English and Spanish."]})
    assert countries(found, fl.Facts())[0] == ["Colombia", "France", "Mexico"]


@pytest.mark.parametrize(
    ("line", "years", "runtimes"),
    [
        # fullwidth digits and slashes; the year's sign and the word of a work made that year
        ("２０１９年／日本／１２０分", [2019], [120]),
        ("2019年製作／120分／G／日本", [2019], [120]),
        ("2019년 / 한국 / 120분", [2019], [120]),
        # Persian digits
        ("۲۰۲۱ / ایران / ۹۰ دقیقه", [2021], [90]),
    ],
)
def test_fact_lines_of_other_digits_and_separators(
    line: str, years: list[int], runtimes: list[int]
) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert (facts.years, facts.runtimes) == (years, runtimes)


def test_a_korean_vowel_letter_written_as_a_bar_splits_a_fact_line() -> None:
    facts = fl.line_facts("2017ㅣColorㅣ39분ㅣ전체관람가")
    assert facts is not None
    assert (facts.years, facts.runtimes) == ([2017], [39])


@pytest.mark.parametrize(
    ("line", "facts"),
    [
        ("Brasil I Drama I 2019 I 132min. I Direção: Ana Exemplo", ([2019], [132], ["Brasil"])),
        ("FRANCE I 2022 I Comédie I", ([2022], [], ["FRANCE"])),
        ("When I came home I saw I was late", None),  # the word "I", no bar
    ],
)
def test_a_capital_i_written_as_a_bar_splits_a_fact_line(
    line: str, facts: tuple[list[int], list[int], list[str]] | None
) -> None:
    found = fl.line_facts(line)
    assert (found.years, found.runtimes, found.countries) == facts if found else facts is None


@pytest.mark.parametrize(
    ("line", "facts"),
    [
        ("Norway, Sweden2021", ([2021], ["Norway", "Sweden"])),
        ("Chile / Drama2019 / 90 min", ([2019], ["Chile"])),
        ("Blade Runner2049", None),  # a name with figures, no facts
        ("Windows2000 Edition", None),
    ],
)
def test_a_year_run_into_the_cell_before_it(
    line: str, facts: tuple[list[int], list[str]] | None
) -> None:
    found = fl.line_facts(line)
    assert (found.years, found.countries) == facts if found else facts is None


def test_a_nationality_with_the_definite_article_s_prefix() -> None:
    from indexer.extract.pages.values import Found, countries

    block = "عين الفيلم اللبناني المعروض ضمن مسابقة المهر العربي"
    assert countries(Found(), fl.Facts(), block)[0] == ["Lebanon"]


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # the countries of the sentence that says they made the film together
        ("由台灣、新加坡、波蘭合製的「刺心切骨」,昨晚獲得捷克卡羅維瓦利國際影展水晶球獎。",
         ["台灣", "新加坡", "波蘭"]),
        ("Good news. It is a co-production of France, Belgium and Italy. Then Spain.",
         ["France", "Belgium", "Italy"]),
        ("Spain. The co-production was shown in France and Cannes.", []),
        # the last country after a comma and the word for and
        ("It is a co-production of France, Belgium, and Italy.", ["France", "Belgium", "Italy"]),
        ("Une coproduction France, Belgique, et Italie.", ["France", "Belgique", "Italie"]),
        # Armenian: genitive names before the words for a joint production; ՀՀ is Armenia
        ("Ֆիլմը ՀՀ, Լիտվայի և Իտալիայի համատեղ արտադրություն է:", ["ՀՀ", "Լիտվայի", "Իտալիայի"]),
        # Albanian: the word for a co-production, then genitive names
        ("Filmi është një bashkëprodhim i Shqipërisë dhe Bullgarisë.",
         ["Shqipërisë", "Bullgarisë"]),
    ],
)  # fmt: skip
def test_countries_of_a_co_production_sentence(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import coproduced

    assert coproduced(block) == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("وهو الفيلم المصرى الوحيد فى هذه المسابقة", ["Egypt"]),  # Egypt's final "ى"
    ],
)
def test_an_egyptian_nisba(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import Found
    from indexer.extract.pages.values import countries as read

    assert read(Found(), fl.Facts(), block)[0] == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # a country's label inside a line of credits, its value run into the next label
        ("Película: Star Wars. Dirección: J.J. Abrams. País: USAAño: 2015.Duración: 135 min.",
         ["United States"]),
        ("Regie: Ann Roth | Land: Deutschland, Frankreich | Jahr: 2020", ["Germany", "France"]),
        ("Le pays: de nos rêves est loin", []),  # no capital: no label
    ],
)  # fmt: skip
def test_a_country_label_inside_a_line(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import Found
    from indexer.extract.pages.values import countries as read

    assert read(Found(), fl.Facts(), block)[0] == countries


@pytest.mark.parametrize(
    ("line", "coded"),
    [
        # the codes of German programmes before a year, opening the line or a cell
        ("D 2017", "DE 2017"),
        ("F/D 2019, 104 Min.", "FR/DE 2019, 104 Min."),
        ("Ö 2022, 113 min", "AT 2022, 113 min"),
        ("WIE WIR LEBEN; E 2022; R: Ana Ruiz", "WIE WIR LEBEN; ES 2022; R: Ana Ruiz"),
        ("Land/Jahr: CH 2020", "Land/Jahr: CH 2020"),  # a code CLDR knows stays
        # a word before it, a word after the year, a letter that parts the cells: no code
        ("FRANCE I 2022 I 1H54 I", "FRANCE I 2022 I 1H54 I"),
        ("A 2020 film by Ana Ruiz", "A 2020 film by Ana Ruiz"),
        ("Plan B 2019, 95 min", "Plan B 2019, 95 min"),
        ("X 2019", "X 2019"),  # no country's code
        # a language's codes beside codes that name a country as written
        ("Outros dados: BRA/ALE, 2019, 139 min.", "Outros dados: BRA/DE, 2019, 139 min."),
        ("USA/D 2019", "USA/DE 2019"),
        ("XY/D 2019", "XY/D 2019"),  # a part that is no code: left alone
        # any space before the year, a comma before it or not; none, no code
        ("F/D\t2019", "FR/DE\t2019"),
        ("D, 2017", "DE, 2017"),
        ("D,2017", "D,2017"),
        ("D2017", "D2017"),
    ],
)
def test_short_country_codes_before_a_year(line: str, coded: str) -> None:
    assert fl.coded_countries(line) == coded


@pytest.mark.parametrize(
    ("line", "years", "countries", "runtimes"),
    [
        ("Ö 2022, 113 min", [2022], ["AT"], [113]),
        ("F/D 2019, 104 Min.", [2019], ["FR", "DE"], [104]),
        # a country and its year, then a cell's stop and a credit's label
        ("ALCARRÁS - DIE LETZTE ERNTE; E 2022; R: Carla Simón", [2022], ["ES"], []),
    ],
)
def test_fact_runs_with_country_codes(
    line: str, years: list[int], countries: list[str], runtimes: list[int]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries, run.runtimes) == (years, countries, runtimes)


def test_a_labelled_country_code_and_year_on_a_page() -> None:
    from tests.page_support import BLURB, film_of

    page = "CASTING\n\nLand/Jahr:\n\nD 2017\n\nLänge:\n\n91 Min.\n\n" + BLURB + "\n"
    film = film_of(page)
    assert (film.countries, film.year) == (("Germany",), 2017)


@pytest.mark.parametrize(
    ("line", "years", "countries", "runtimes"),
    [
        # a country, a year and a runtime side by side with spaces only, in any order
        ("Timbuktu [ 12 cert. ] 2014 Mauritania 96 Minutes dir: Ana Ruiz", [2014],
         ["Mauritania"], [96]),
        ("UNE VIE VIOLENTE de l'histoire politique France 2017 1h53 l'imagerie", [2017],
         ["France"], [113]),
        # two of them, or three parted by other words: prose, no run
        ("Berlin, Germany 1945 was a year of ruin, 90 minutes away", [], [], []),
        ("It played in France 2017 for 95 min in all", [], [], []),
    ],
)  # fmt: skip
def test_a_spaced_run_of_three_facts(
    line: str, years: list[int], countries: list[str], runtimes: list[int]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries, run.runtimes) == (years, countries, runtimes)


@pytest.mark.parametrize(
    ("line", "countries", "languages"),
    [
        # the countries' cell run into the language of a subtitled film on a flattened line
        ("Norway / Sweden In Swedish with English subtitles", ["Norway", "Sweden"], ["Swedish"]),
        ("Chile In Spanish with English subtitles", ["Chile"], ["Spanish"]),
        # the language alone, with or without "in"
        ("In Swedish with English subtitles", [], ["Swedish"]),
        ("Swedish with English subtitles", [], ["Swedish"]),
    ],
)
def test_countries_run_into_a_subtitled_language(
    line: str, countries: list[str], languages: list[str]
) -> None:
    facts = fl.line_facts(line)
    assert facts is not None
    assert (facts.countries, facts.languages) == (countries, languages)
