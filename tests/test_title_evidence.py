"""Table tests for the title evidence that keeps a page and tells a name from furniture: the
labelled original title, a heading's head before a colon, a name before its year, the first line
as a last resort; and what marks a label, a date, a critic's quote or a common word (snippets
written for these tests, in several languages)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bench import ranking
from indexer.extract.pages import extract_page, titlecues, titlesources, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import (
    clean_heading,
    is_date_word,
    slug_words,
    two_titles,
    without_date,
)


def _features(
    text: str, url: str | None = None, original: str | None = None, stop: int | None = None
) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    end = len(lines) if stop is None else stop
    ballot, _ = titlevote.collect(lines, set(), end, set(), url, None, original)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    "text",
    [
        # only an original-title label (Polish), no heading
        "Source: https://kino.example/film.php?id=4809\ntytuł oryginalny: Superprodukcja\n\n"
        "reżyseria: Juliusz Machulski\nczas trwania: 92 min.\n",
        # a heading read as a label line, "Name : what the post says" (Indonesian)
        "Tuesday, 30 October 2012\n\nLOE GUE END : Teror Misterius Kaum Jetset\n\n"
        "Cast:\nDion Wiyoko sebagai Radit\n",
        # the name runs on into the label of the facts (Tamil "actors:")
        "Source: https://kino.example/tag/someone/\nகதிர் நடிகர்கள்: சந்தோஷ், வெங்கடேஷ்\n",
    ],
)
def test_a_page_with_other_evidence_is_never_lost_for_want_of_a_title(text: str) -> None:
    result = extract_page(text, "test")
    assert result.films, result.problems
    assert result.films[0].title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("tytuł oryginalny: Superprodukcja\n\nreżyseria: Juliusz Machulski\n", "Superprodukcja"),
        ("கதிர் நடிகர்கள்: சந்தோஷ், வெங்கடேஷ்\n", "கதிர்"),
        # "OT", the German abbreviation of "Originaltitel"
        ("Filmblog\n\nOT: Mad Max: Fury Road\nVerleih: Warner\nRegie: George Miller\n",
         "Mad Max: Fury Road"),
    ],
)  # fmt: skip
def test_the_title_kept_when_nothing_else_names_the_film(text: str, title: str) -> None:
    films = extract_page(text, "test").films
    assert films and title in (films[0].title, films[0].original_title)


@pytest.mark.parametrize(
    ("text", "url", "original", "value", "feature"),
    [
        ("Kino am Montag\n\nOriginaltitel: Stilles Land\n", None, "Stilles Land",
         "Stilles Land", "labelled_original"),
        ("martes, 29 de noviembre\n\nVenus: Balagueró se inspira en Lovecraft\n\nTexto.\n",
         None, None, "Venus", "label_head"),
        ("Na sexta, o cineclube exibe QUE HORAS ELA VOLTA (2015). Dirigido por Ana.\n",
         None, None, "QUE HORAS ELA VOLTA", "before_year"),
        ("Browsed by\n\nLion Is in The Streets, A (1953)\n\nSynopsis:\nA peddler.\n",
         None, None, "Lion Is in The Streets, A", "before_year"),
        # a critic's line: the quote, then its outlet (Italian, English)
        ("Lo straordinario esordio\n\"Il miglior debutto da molto tempo.\" Corriere della Sera\n",
         None, None, "Il miglior debutto da molto tempo", "quoted_attributed"),
        ("Schedule\n\n‘Uncompromising film-making’ – The Guardian\n", None, None,
         "Uncompromising film-making", "quoted_attributed"),
        # a quoted sentence, then its outlet in parentheses (Dutch)
        ("Close\n\n- 'Sublieme shots, magnifieke vertolkingen.' (Humo)\n", None, None,
         "Sublieme shots, magnifieke vertolkingen", "quoted_attributed"),
        # two address words inside a news address, the name found in the text (Czech)
        ("VIDEO: Film Nevděčné bytosti už objíždí svět\n\nDrama Nevděčné bytosti natočil.\n",
         "https://news.example/kultura/trailer-nevdecne-bytosti-omerzu-bobulova.A2601_16",
         None, "Nevděčné bytosti", "slug_run"),
        # a common word: written in lower case as often as capitalised
        ("Posts\n\nShowing posts from April\n\nअक्टूबर\n", None, None, "Posts",
         "written_lower"),
        # the second run of address words is a candidate too, the first no longer hides it
        # (Latvian: "Baltic states' ... film Role Play")
        ("Festivālā pirmizrādi piedzīvoja Baltijas valstu filma Lomu spēles, teica viņa.\n",
         "https://news.example/kino/festivala-baltijas-valstu-spelfilma-lomu-speles-14155078",
         None, "Lomu spēles", "slug_run"),
        # the address words not written as a whole, where the text writes a run of them
        ("Finnish director's new film, Compartment No. 6, is a romance.\n",
         "https://hall.example/events/cinephile-screening-compartment-no-6/",
         None, "Cinephile screening compartment no", "slug_only_run"),
        # a run of the address's words written inside a sentence, cut of the lower-case word
        # before it (Dutch: "van het smelt" in the address, "in Het Smelt" in the text)
        ("De Amerikaanse website Deadline is vol lof over de acteerprestaties in Het Smelt,"
         " vooral voor actrices Charlotte De Bruyne en Rosa Marchant.\n",
         "https://news.example/tv-cultuur/dit-zijn-de-eerste-reacties-na-de-wereldpremiere-van"
         "-het-smelt~b9b8bbca/", None, "Het Smelt", "slug_name_run"),
        # the head of a programme line whose rest is facts (Serbian, Turkish catalogue)
        ("USTAV REPUBLIKE HRVATSKE (Hrvatska, Slovenija) 2016, 90 min\n\nrežija: Rajko Grlić\n",
         None, None, "USTAV REPUBLIKE HRVATSKE", "before_facts"),
        ("Yavuz Özkan\n\nFilm Bitti - Turkey 1989 - 1 DVD - 94 min.\n\nSinema oyuncusu.\n",
         None, None, "Film Bitti", "before_facts"),
        ("Sat 24th Sept 7.30pm: BELFAST (12A) 2022, UK, 98min, dir Kenneth Branagh.\n",
         None, None, "BELFAST", "before_facts"),
        # the name after a dash of a heading whose head is a festival's review series
        ("Thursday, 31 July 2014\n\nNZIFF Review - It Follows\n\nA suspenseful horror.\n",
         None, None, "It Follows", "heading_part"),
        # the head of a credits paragraph that opens with the director's label (Finnish,
        # German)
        ("Arvio\n\nHyvä elokuva.\n\nTalvisota. Ohjaus Pekka Parikka. Käsikirjoitus Antti "
         "Tuuri.\n", None, None, "Talvisota", "before_facts"),
        ("Kritik\n\nDas Boot – Regie: Wolfgang Petersen. Mit Jürgen Prochnow.\n",
         None, None, "Das Boot", "before_facts"),
        # a head ending in a word that labels a synopsis ("Story"), not a credit
        ("25 Apr 2014\n\nLove Story : Kisah Cinta Abadi\n\nUntuk menonton filem ini.\n",
         None, None, "Love Story", "label_head"),
        # a credit label glued to the name by the page's flattening (Russian)
        ("|\nПовесть о неизвестном актёреРежиссер: Александр Зархи В ролях: Игорь Кваша\n",
         None, None, "Повесть о неизвестном актёре", "label_head"),
        # an address that leaves out short words and writes an accent ("céline")
        ("Portrait de la jeune fille en feu : Céline Sciamma et ses actrices\n",
         "https://news.example/portrait-jeune-fille-feu-c%C3%A9line-130000051.html", None,
         "Portrait de la jeune fille en feu", "slug_in_text"),
        # Swedish quotes: the same mark opens and closes
        ("Med ”Bitchkram” tog han ett steg vidare.\n", None, None, "Bitchkram", "quoted"),
        # a single quote's closing mark as an apostrophe inside it (English)
        ("Trailer Drop: Marcel Walz’s slasher ‘THAT’S A WRAP’ reveals a final cut.\n", None,
         None, "THAT’S A WRAP", "quoted"),
        # a Cyrillic name after the word for film (Serbian "of the film Мрак")
        ("Радња филма Мрак дешава се после рата.\n", None, None, "Мрак",
         "named_after_film_word"),
        # a name cut short at a lower-case word, written twice in the same run (Bulgarian)
        ("Стъпки в пясъка на фестивала\n\nПредставен бе новият филм Стъпки в пясъка. Режисьор "
         "Иван.\n", None, None, "Стъпки в пясъка", "extended"),
        # the address's first word only (its other words spelt the Swedish way), on a short
        # line of its own (Danish)
        ("2012 | 1h 43 min.\n\nEn historie om en familie.\n\nSorg og glæde\n",
         "https://stream.example/dk/film/sorg-och-gladje/5608_929372c", None, "Sorg og glæde",
         "extended"),
        # the name in the head of an early "head: what the post says" line that is a review's
        # headline (Telugu page, English headline)
        ("Director Movie Review: ఆషిష్ గాంధీ ప్రధాన పాత్రలో నటించిన\n\nకథ\n", None, None,
         "Director", "review_name"),
        # the name after a section's head that opens with the word of the screen (Catalan)
        ("Cinema Cicle Gaudí: Alcarràs\n\nEl dijous 24 de novembre, a les 20.15 h.\n", None,
         None, "Alcarràs", "heading_after_film_word"),
        # the address's word goes on past a stop (Dutch)
        ("Na BORGMAN is NR.10 de nieuwe speelfilm van Alex van Warmerdam.\n",
         "https://filmhuis.example/movies/nr/", None, "NR.10", "extended"),
        # the address's words past the number it was cut at, as the page writes them
        ("Na BORGMAN is NR.10 de nieuwe speelfilm van Alex van Warmerdam.\n",
         "https://filmhuis.example/movies/nr-10/", None, "NR.10", "slug_whole"),
        # the address leaves out the article the page always writes (German)
        ("• Die Jagd\n\nDie Jagd (Jagten) wird als Meisterwerk gefeiert. Die Jagd läuft.\n",
         "https://festival.example/archiv/blog/filme/jagd", None, "Die Jagd", "slug_written"),
        # a news address opens with the name the text writes on its own (Icelandic)
        ("Leynilögga er opnunarmyndin á Norrænum kvikmyndadögum\n\nLeynilögga eftir Hannes "
         "hefur verið valin.\n\nLeynilögga var heimsfrumsýnd á Locarno.\n",
         "https://news.example/frettir/leynilogga-er-opnunarmyndin-a-norraenum-kvikmyndadogum",
         None, "Leynilögga", "slug_head"),
        # the name after the word for film and a short word of the address (Swahili)
        ("Uzinduzi wa Filamu ya Bahasha Watikisa Dar\n\nFILAMU ya BAHASHA imezinduliwa. "
         "Waigizaji wa Bahasha walifika.\n",
         "https://news.example/uzinduzi-wa-filamu-ya-bahasha-watikisa-dar/",
         None, "BAHASHA", "slug_head"),
    ],
)  # fmt: skip
def test_evidence_features(
    text: str, url: str | None, original: str | None, value: str, feature: str
) -> None:
    assert feature in _features(text, url, original).get(value, {})


def _weighed(value: str, body: str = "") -> dict[str, float]:
    """The features any candidate gets (shape, furniture) for ``value`` on a page ``body``."""
    ballot = FeatureBallot()
    ballot.add(value, "heading", 1.0, 0)
    titlevote._weigh(ballot, [], None, body)
    return ballot.candidates[next(iter(ballot.candidates))].features


@pytest.mark.parametrize(
    ("value", "feature", "fires"),
    [
        ("Kuva & Ääni:", "label_word", True),  # a label ending with its colon (Finnish)
        ("Regie", "label_word", True),  # a label word (German)
        ("Als wir träumten", "label_word", False),
        ("Kritik", "film_or_review_word", True),  # the word for a review (German)
        ("MOVIE", "film_or_review_word", True),
        ("Рецензия", "film_or_review_word", True),  # (Russian)
        ("Cine", "film_or_review_word", True),  # the word for the screen, a section (Spanish)
        ("Leinwand", "film_or_review_word", True),  # (German)
        ("Kritikerin", "film_or_review_word", False),
        ("Filmbild", "film_or_review_word", True),  # a compound of the word for film (German)
        ("Stummfilm", "film_or_review_word", True),  # the word for film as its head (German)
        ("Críticas", "film_or_review_word", True),  # the plural (Spanish)
        ("Comments", "film_or_review_word", True),  # the readers' comments, a section
        ("Vertigo", "film_or_review_word", False),
        ("Suspense", "film_or_review_word", True),  # a genre's word alone (Portuguese)
        ("Αισθηματική", "film_or_review_word", True),  # (Greek)
        ("Espanha/Portugal/Argentina", "country_or_language", True),  # the countries
        ("Espanha/Portugal/Retornos", "country_or_language", False),
        ("Ointressant svensk film", "review_headline", True),  # a verdict on the film
        ("Boris - Il film", "review_headline", False),  # the name's own ending (Italian)
        ("A culturally informative film.", "review_headline", True),
        ("The Lego Movie", "review_headline", False),  # the word for film in a name
        ("film", "review_headline", False),
        ("Filmtipp", "film_or_review_word", True),
        ("Filmic", "film_or_review_word", False),  # an ending, not a noun joined to it
        ("Toni Erdmann", "film_or_review_word", False),
        ("Oktober", "date_word", True),
        ("Dienstag, 30. Oktober 2012", "date_word", True),
        ("October Sky", "date_word", False),
    ],
)  # fmt: skip
def test_furniture_features(value: str, feature: str, fires: bool) -> None:
    assert (feature in _weighed(value)) is fires


def test_a_label_after_the_word_for_film_is_not_its_value() -> None:
    # "ELOKUVA:" over "Kuva & Ääni:": the next line is another label, not the film's name
    assert "film_labelled" not in _features(
        "ELOKUVA:\nKuva & Ääni:\n\nTäällä Pohjantähden alla\n"
    ).get("Kuva & Ääni:", {})


@pytest.mark.parametrize(
    ("text", "value", "feature"),
    [
        # a sentence with a year and a runtime in it is no programme line
        ("He was born in Belfast, went to London in 1970 and left 12 min later.\n",
         "He was born in Belfast", "before_facts"),
        # a name quoted before its credits in parentheses is no critic's line
        ("Tonight: \"Kes\" (Loach, 1969)\n", "Kes", "quoted_attributed"),
        # a quote inside a sentence is not a critic's line
        ("Der Film „Stilles Land“ läuft heute im Kino.\n", "Stilles Land", "quoted_attributed"),
        # a name written with capitals, once, is no common word
        ("Venus\n\nVenus dirigida por Jaume Balagueró.\n", "Venus", "written_lower"),
        # a director speaking, not the post's subject (Dutch)
        ("NRC ★★★ Consequent gefilmd\n\nRegisseur Amir Toodehroosta: Ik wilde dat de film "
         "zou aanvoelen als een documentaire.\n", "Regisseur Amir Toodehroosta", "label_head"),
        # a name in sentence case is no label
        ("Als wir träumten\n\nEin Film von Andreas Dresen.\n", "Als wir träumten", "label_word"),
        # a name with a colon whose head is no section's ("Mission: Impossible")
        ("Mission: Impossible\n\nA spy film.\n", "Impossible", "heading_after_film_word"),
        # words every mention goes on with into a sentence are no part of the name
        ("Der Film Parasite ist ein Erfolg.\n\nDer Film Parasite ist lustig.\n",
         "Parasite ist", "extended"),
    ],
)  # fmt: skip
def test_evidence_features_that_must_not_fire(text: str, value: str, feature: str) -> None:
    assert feature not in _features(text).get(value, {"": 0.0})


def test_the_sites_own_name_in_the_address_is_no_address_evidence() -> None:
    text = (
        "Na sexta, o Cinema Comentado Cineclube exibe QUE HORAS ELA VOLTA (2015).\n\n"
        "As sessões do Cinema Comentado são gratuitas.\n"
    )
    found = _features(text, "https://www.cinemacomentado.example/post/cinema-comentado-divulga")
    assert "site_name" in found["Cinema Comentado"]
    assert not any(f.startswith("slug_") for f in found["Cinema Comentado"])


def test_the_address_word_without_its_article_is_no_candidate_of_its_own() -> None:
    text = "THE RAILWAY MAN\n\nThe Railway Man tells of a soldier. See the Railway Man.\n"
    found = _features(text, "https://feeder.example/reviews/the-railway-man")
    assert "slug_written" in found["THE RAILWAY MAN"]
    assert "Railway Man" not in found


@pytest.mark.parametrize(
    ("text", "url", "value"),
    [
        # a common word the text writes in lower case more often ("the")
        ("The Banshees of Inisherin\n\nThe film is set on an island. It is the best.\n"
         "The cast is fine, the music the same.\n",
         "https://cinema.example/films/the-banshees-of-inisherin", "The"),
        # a longer name the word opens ("Việt Nam")
        ("Phim Việt đoạt giải\n\nPhim sẽ chiếu tại Việt Nam. Khán giả Việt Nam chờ.\n",
         "https://news.example/phim-viet-doat-giai-cannes-tai-viet-nam-438808.html", "Việt"),
        # a kind of film, no name ("silent film with live music")
        ("Stummfilm mit Livemusik\n\nDer Stummfilm läuft. Ein Stummfilm aus 1920.\n",
         "https://magazin.example/1342-stummfilm-mit-livemusik-die-finanzen-in-potsdam.html",
         "Stummfilm"),
        # an address that is the name the page writes whole: its first word is no headline's
        ("Séances\n\nLeila et ses frères\n\nLeila veut sauver sa famille. Leila travaille.\n",
         "https://cinema.example/film/leila-et-ses-freres", "Leila"),
    ],
)  # fmt: skip
def test_no_head_of_an_address_where_the_text_writes_no_name_of_its_own(
    text: str, url: str, value: str
) -> None:
    assert "slug_head" not in _features(text, url).get(value, {"": 0.0})


@pytest.mark.parametrize(
    ("text", "url", "run"),
    [
        # a line wrapped in the middle of a sentence: the next line goes on in lower case
        ("El crítico sigue\nen cartel, con una concurrencia de público.\n",
         "https://radio.example/2014/06/el-critico-entrevista-con-hernan.html",
         "El crítico sigue"),
        # the name ends before the word for film on its line
        ("Caught Film Poster\n\nA thriller.\n", "https://films.example/film/caught",
         "Caught Film Poster"),
        ("Next Films\n\nTuesday 29 January 2019\n", "https://club.example/next-films/",
         "Next Films"),
        # a country's name is no film's ("Việt" of the address, written "Việt Nam")
        ("Phim Việt Nam.\n\nĐiện ảnh Việt Nam.\n", "https://news.example/viet-phim-moi",
         "Việt Nam"),
    ],
)  # fmt: skip
def test_no_run_past_a_sentence_a_film_word_or_into_a_country(
    text: str, url: str, run: str
) -> None:
    assert "extended" not in _features(text, url).get(run, {"": 0.0})


@pytest.mark.parametrize(
    ("text", "url", "fact"),
    [
        # a runtime, a rating in stars: facts the page's top lines state, never a name
        ("Season 2016\n101 min - Dir: Stephen Bradley with: Deirdre O'Kane.\n\nA biopic.\n",
         None, "101 min"),
        ("Empire of Light\n★★★★\nThe Guardian\n★★★★\nTime Out\n★★★★\n", None, "★★★★"),
    ],
)  # fmt: skip
def test_a_fact_is_no_candidate(text: str, url: str | None, fact: str) -> None:
    assert fact not in _features(text, url)


def test_a_name_shaped_like_a_fact_stays_when_the_address_spells_it() -> None:
    # (Indonesian: "22 Minutes", a film's name that reads as a runtime)
    text = 'Ulasan\n\nFilm "22 Menit" mengangkat kisah teror bom di Jakarta.\n'
    assert "22 Menit" in _features(text, "https://blog.example/2018/07/review-22-menit.html")
    assert "22 Menit" not in _features(text, "https://blog.example/2018/07/review.html")


def test_a_luxembourgish_name_defined_as_a_film_is_a_candidate() -> None:
    # moved from tests/test_lang_pages.py: whether the cue outweighs the cinema's name on the
    # first line is the fitted weights' call (see tests/test_titles.py)
    text = "Kino am Duerf\n\nRouege Floss ass e Film vum Andy Bausch iwwer eng Famill am Norden.\n"
    assert "defined_as_film" in _features(text)["Rouege Floss"]


def test_only_the_first_head_and_none_under_a_label() -> None:
    text = "Quotes:\nFifi: Alkohol gak bahaya kok\n\nLOE GUE END : Teror Misterius\n"
    features = _features(text)
    assert "label_head" not in features.get("Fifi", {})


def test_a_country_is_no_fact_sheet_title() -> None:
    # "Upphovsland" is a label no language module knows; its value, a country, says what it is
    assert "first_label_value" not in _features("Upphovsland: Sverige\n\nText.\n").get(
        "Sverige", {}
    )


def test_the_fallback_only_on_a_page_without_candidates() -> None:
    features = _features("Quiet River\n\nQuiet River is a film.\n")
    assert not any("fallback_line" in f for f in features.values())


def test_the_fallback_line_gives_the_name_a_review_headline_gives() -> None:
    ballot = FeatureBallot()
    titlesources.fallback(ballot, ("", "கட்டம் சொல்லுது திரை விமர்சனம் !", ""))
    assert [c.value for c in ballot.candidates.values()] == ["கட்டம் சொல்லுது"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # a site's article number before the name is not the name's
        ("https://club.example/filmarkiv/172-om-det-oaendliga", ["172", "om", "det", "oaendliga"]),
        # a month inside a name is kept; a date's month ends it
        ("https://tv.example/program/fyra-veckor-i-juni", ["fyra", "veckor", "i", "juni"]),
        ("https://x.example/un-mundo-normal-estreno-11-sep-2020", ["un", "mundo", "normal"]),
        # an article code after a dot, the word for a review before the name
        ("https://n.example/a/trailer-nevdecne-bytosti.A260128_162800_video",
         ["nevdecne", "bytosti"]),
        ("https://b.example/2020/08/movie-review-pencipta-pegang-waktu.html",
         ["pencipta", "pegang", "waktu"]),
        # the word for a review as the last segment: the one before it names the film
        ("https://f.example/Film/23955/stilles-land/Kritik/", ["stilles", "land"]),
        # the word for "of" after the words for a review, not before a name
        ("https://m.example/movie-review-of-gully-boy", ["gully", "boy"]),
        ("https://c.example/critica-de-la-hija-de-un-ladron", ["la", "hija", "de", "un", "ladron"]),
        ("https://m.example/of-mice-and-men", ["of", "mice", "and", "men"]),
        # a news address: the name, the word for a review, then the headline
        ("https://n.example/movies/shamshera-review-it-is-an-outdated-story", ["shamshera"]),
        ("https://n.example/gully-boy-movie-review-ranveer-shines", ["gully", "boy"]),
        ("https://n.example/kes-recenze-filmu", ["kes"]),
        # one word before a record's number is the site's folder, not a name
        ("https://n.example/culture/178941", []),
        ("https://m.example/e/24209074", []),
        ("https://d.example/en/reviewers/275", []),
        ("https://k.example/filme/das-lehrerzimmer/1580", ["das", "lehrerzimmer"]),
        ("https://m.example/films/phoenix-2014/critics-reviews", ["phoenix"]),
    ],
)  # fmt: skip
def test_address_words(url: str, words: list[str]) -> None:
    assert slug_words(url) == words


@pytest.mark.parametrize(
    ("value", "prose"),
    [
        ("Mostrando postagens com marcador #documentário. Mostrar todas as postagens", True),
        ("Showing posts with label drama. Show all posts", True),
        ("Outsider. Freud", False),
        ("Mr. Smith Goes to Washington", False),
        ("Bunt. Delo Litvinenko", False),
    ],
)
def test_two_sentences_are_no_name(value: str, prose: bool) -> None:
    assert titlevote._two_sentences(value) is prose


def test_a_language_name_alone_is_no_candidate() -> None:
    text = "Malayalam\n\nRorschach Malayalam Review\n\nRorschach is a Malayalam thriller.\n"
    features = _features(text, "https://m.example/tag/malayalam/")
    assert "Malayalam" not in features
    assert "review_name" in features["Rorschach"]


@pytest.mark.parametrize(
    ("text", "value", "above"),
    [
        # a gallery of releases: the name over its country, year and credits (Polish)
        ("Fot. Robert Jaworski\n1 z 8\n53 wojny *****\nPolska 2018. Reż. Ewa Bukowska. "
         "Aktorzy: Magdalena Popławska.\nDramat psychologiczny o rodzinie.\n", "53 wojny", True),
        ("Fot. Robert Jaworski\n1 z 8\n53 wojny *****\nPolska 2018. Reż. Ewa Bukowska. "
         "Aktorzy: Magdalena Popławska.\nDramat psychologiczny o rodzinie.\n", "1 z 8", False),
        # the name a cue finds in the heading line over the facts (Czech)
        ("Film\n\nSoutěž celovečerních hraných filmů Vlastníci / Owners\n\n"
         "CZ, SK | 2019 | 96 min | DCP\n\nRežie: Jiří Havelka\n", "Vlastníci", True),
        # a name quoted in a paragraph over the facts is not their heading
        ("Menu\n\nAfter a day of gold medals, shots are heard near the village, as in "
         "'The Post' and other films of the kind that a newsroom makes.\n\n"
         "Germany 2024 Tim Fehlbaum 91m\n", "The Post", False),
        # a sentence naming a country and a year is no line of facts
        ("The Hunt\n\nA drama shot in Denmark in 2012 about a teacher whom a lie ruins, "
         "and about the small town that turns on him when a child speaks.\n", "The Hunt", False),
    ],
)  # fmt: skip
def test_a_heading_over_a_line_of_facts(text: str, value: str, above: bool) -> None:
    assert ("above_facts" in _features(text).get(value, {})) is above


def test_the_first_quoted_name_leads_a_list() -> None:
    text = (
        'date 2020-03 "Naise lõhn"\n\nRežissöör: Martin Brest\n\n'
        'Teine soovitus on "Poevargad", film Jaapanist.\n\n"Poevargad"\n'
    )
    features = _features(text)
    assert "first_quoted" in features["Naise lõhn"]
    assert "first_quoted" not in features["Poevargad"]


def test_a_name_quoted_first_below_the_top_leads_nothing() -> None:
    text = (
        "Menu\nPurchase\n\nSeptember 5 (15)\n\nSeptember 5\n\nDuring the 1972 Munich Olympics "
        "a crew covers a crisis.\n\nFrom the writer of 'The Post', a thriller.\n"
    )
    assert "first_quoted" not in _features(text)["The Post"]


def test_a_markup_tag_the_capture_left_is_no_candidate() -> None:
    text = "STILL WALKING (G)\n\nDirector Hirokazu Kore-eda / 2008 / Japan\n\n<p>\n\n" * 2
    assert "<p>" not in _features(text, "https://f.example/films/13230")


def test_a_page_without_any_candidate_keeps_the_address_folder() -> None:
    text = (
        "date 2018-08 “Aquest debut és una joia, un film totalment seductor i emocionant”. "
        "Qui dispara aquesta tirallonga d’elogis és un crític.\n"
    )
    features = _features(text, "https://n.example/cultura/Carla-Simon-conquerit_0_2072792713")
    assert list(features) == ["Cultura"]


def test_an_address_spelling_umlauts_as_two_letters_finds_the_name() -> None:
    text = "Tisdag 17 mars\n\nOm det oändliga är en samling tablåer.\n"
    features = _features(text, "https://club.example/filmarkiv/172-om-det-oaendliga")
    assert "slug_in_text" in features["Om det oändliga"]


@pytest.mark.parametrize(
    ("text", "date"),
    [("Oktober", True), ("अक्टूबर", True), ("martes", True), ("8th July 2019", True),
     ("Tuesday, 30 October 2012", True), ("October Sky", False), ("1917", False),
     ("Venus", False)],
)  # fmt: skip
def test_date_words(text: str, date: bool) -> None:
    assert is_date_word(text) is date


def test_a_heading_keeps_its_title_without_the_programme_date() -> None:
    assert without_date("Le Mépris (Contempt) – 8th July 2019") == "Le Mépris (Contempt)"
    heading = clean_heading("Le Mépris (Contempt) – 8th July 2019")
    assert (heading.title, heading.original) == ("Le Mépris", "Contempt")


@pytest.mark.parametrize(
    ("line", "title", "original"),
    [
        ("Le Mépris (Contempt)", "Le Mépris", "Contempt"),
        # the film's facts in parentheses are no other name for it
        ("നിശബ്ദ നദികൾ ( U 2H 15 Min)", "നിശബ്ദ നദികൾ", None),
        ("Le Havre (France, 2011, 93 min)", "Le Havre", None),
        ("Paris, Texas (Paris, Texas)", "Paris, Texas", "Paris, Texas"),
    ],
)  # fmt: skip
def test_a_heading_s_parentheses_give_an_original_title_not_facts(
    line: str, title: str, original: str | None
) -> None:
    heading = clean_heading(line)
    assert (heading.title, heading.original) == (title, original)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # the capture's date before the first line, the stars after a review's heading
        (" date 2024-04-19 EVIL DOES NOT EXIST ★★★½", "EVIL DOES NOT EXIST"),
        ("Les Misérables ★★★★☆", "Les Misérables"),
        # one word after the capture's date is as often the site's section: left as it is
        (" date 2026-01-14 Kulttuuri", "date 2026-01-14 Kulttuuri"),
        ("M*A*S*H", "M*A*S*H"),
        # the article and the word for film after a dash end the name, no other title
        ("Boris - Il film", "Boris - Il film"),
        ("Star Trek – The Movie", "Star Trek – The Movie"),
        ("Amélie - Le fabuleux destin", "Amélie"),
    ],
)  # fmt: skip
def test_a_heading_without_the_capture_date_and_the_stars(line: str, title: str) -> None:
    assert clean_heading(line).title == title


def test_two_titles_joined_by_aka() -> None:
    assert two_titles('L\'ingorgo aka "Le grand embouteillage"') == (
        "L'ingorgo",
        "Le grand embouteillage",
    )


def test_a_site_name_written_with_a_hyphen_in_the_address() -> None:
    text = "Celluloid Dreams\n\nNorwegian Ninja\n\nNorwegian Ninja is a film.\n"
    features = _features(text, "http://celluloid-dreams.example/films/norwegian_ninja")
    assert "site_name" in features["Celluloid Dreams"]


def test_look_at_sets_never_list_the_held_out_pages(tmp_path: Path) -> None:
    labels = {f"{n}_site_x.txt": {"title": "X"} for n in (301, 302, 303, 451)}
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(labels), encoding="utf-8")
    odd = ranking.LabelledSet(tmp_path, path, "odd").names()
    assert odd == ["301_site_x.txt", "303_site_x.txt", "451_site_x.txt"]
    dev = ranking.DEV.names()
    assert dev and not any(ranking.page_number(n) % 5 == 3 for n in dev)


def test_a_fit_refuses_the_set_aside_half(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["fit", "--also", str(tmp_path), str(tmp_path / "labels.json"), "even"]
    monkeypatch.setattr(sys, "argv", argv)

    def load(sets: list[ranking.LabelledSet]) -> list[ranking.Page]:
        raise AssertionError("no page may be read")

    with pytest.raises(SystemExit):
        ranking.command_line("Fit.", "fit", tmp_path / "w.json", [], load, print, print)
    assert "not 'even'" in capsys.readouterr().err


def test_the_weights_file_says_which_pages_they_were_fitted_on(tmp_path: Path) -> None:
    extra = ranking.LabelledSet(tmp_path, tmp_path / "labels-x.json", "odd")
    words = ranking.fitted_on([ranking.DEV, extra])
    assert "labels-x.json (odd)" in words and "not committed" in words
    assert ranking.fitted_on([ranking.DEV]) == "the dev pages (number not 3 mod 5)"


@pytest.mark.parametrize(
    ("candidate", "people", "dropped"),
    [
        ("jamesa marsha", {"james marsh"}, True),  # Polish genitive of a credited director
        ("andreja kusturice", {"andrej kusturica"}, False),  # a changed ending is no added one
        ("marsh", {"james marsh"}, False),  # one word says too little
        ("the marsh", {"james marsh"}, False),
    ],
)  # fmt: skip
def test_a_credited_persons_inflected_name_is_no_title(
    candidate: str, people: set[str], dropped: bool
) -> None:
    assert titlevote._inflected_person(candidate, people) is dropped


@pytest.mark.parametrize(
    ("candidate", "people", "dropped"),
    [
        ("ozu", {"yasujiro ozu"}, True),  # "filem Ozu": the director by his surname
        ("yasujiro", {"yasujiro ozu"}, False),  # a given name may be a film's too
        ("ozu", {"ozu"}, False),  # a one-word name is matched whole, elsewhere
        ("tokyo story", {"yasujiro ozu"}, False),
    ],
)  # fmt: skip
def test_a_credited_persons_surname_is_no_title(
    candidate: str, people: set[str], dropped: bool
) -> None:
    assert titlevote._surname(candidate, people) is dropped


def test_a_director_named_by_surname_after_the_word_for_film_is_no_title() -> None:
    text = (
        "25 Apr 2014\n\nTokyo Story : Ibu Kaulah Segalanya\n\nArahan : Yasujiro Ozu\n"
        "Tahun : 1953\n\nPF pun menontonlah Tokyo Story arahan Yasujiro Ozu. Ini bukan filem Ozu "
        "pertama. Ozu pernah buat tema yang sama. Tokyo Story kisah ibu bapa.\n"
    )
    film = extract_page(text, "test").films[0]
    assert (film.title, film.directors) == ("Tokyo Story", ("Yasujiro Ozu",))


@pytest.mark.parametrize(
    ("text", "person", "named"),
    [
        ("Бұл фильмді Адильхан Ержанов түсірген.", "адильхан ержанов", True),  # Kazakh, after
        ("C'est un film de Claire Simon. Il dure 2 h.", "claire simon", True),
        ("C'est un film de Claire Simon. Il dure 2 h.", "claire simon il", False),
        ("Mit Toni Erdmann hat Maren Ade gewonnen.", "toni erdmann", False),  # "with": too short
        # "with" and a name that opens a sentence up to a comma: the film the sentence is about
        ("It is a miniature. With Petite Maman, Sciamma does it.", "petite maman", False),
        ("Avec Petite Maman, Céline Sciamma revient.", "petite maman", False),
        ("A drama with Tom Hanks, Meg Ryan.", "tom hanks", True),
        # a name opening with an article is a film's ("is now back with THE SKY IS PINK")
        ("Bose is now back with THE SKY IS PINK, based on a life.", "the sky is pink", False),
        ("4.5 stars\nOnce Were Warriors\n", "once were warriors", False),  # not across lines
        # no name holds the word for film: the lead actor of the film, then its name (Malay)
        ("Aku bersama Pelakon Utama Filem MUNAFIK, Bro Syamsul.", "utama filem munafik", False),
        ("Aku bersama Pelakon Utama Filem MUNAFIK, Bro Syamsul.", "filem munafik", False),
        # a name in the possessive ends there: the person's work follows, not more of the name
        ("A film by Ana Ruiz’s Long Night at the festival.", "ana ruiz", True),
        ("A film by Ana Ruiz’s Long Night at the festival.", "ana ruiz s long", False),
        ("Directed by Tom Ford's Nocturnal Animals.", "tom ford s nocturnal", False),
    ],
)  # fmt: skip
def test_names_the_text_credits_in_prose(text: str, person: str, named: bool) -> None:
    assert (person in titlecues.named_people(text)) is named


def test_an_address_without_the_apostrophe_matches_the_name() -> None:
    ballot = FeatureBallot()
    ballot.add("BRAM STOKER'S DRACULA", "heading", 1.0, 0)
    slug = ["bram", "stokers", "dracula", "uhd", "blu", "ray"]
    titlevote._weigh(ballot, slug, None, "BRAM STOKER'S DRACULA: UHD Blu-ray\n")
    assert "slug_part" in next(iter(ballot.candidates.values())).features


@pytest.mark.parametrize(
    ("candidate", "dropped"),
    [
        ("de luis aviles", True),  # "by" and a credited person: a credit line (Portuguese)
        ("di luis aviles", True),
        ("de terugreis", False),  # a name that opens with "de" (Dutch: "the")
        ("luis aviles de", False),
    ],
)
def test_the_word_for_by_and_a_credited_person_is_no_title(candidate: str, dropped: bool) -> None:
    assert titlevote._credit_of(candidate, {"luis aviles"}) is dropped


@pytest.mark.parametrize(
    ("candidate", "named"),
    [
        ("Luc Dardenne, Jean-Pierre Dardenne", True),  # a list of the credited people
        ("Alex Lutz", True),
        ("Alex Lutz / Ana Girardot", True),
        ("Alex Lutz, 5eme Set", False),  # a person and something else
        # credited people and names that are no one's (companies): a credit line
        ("Northern Film, Lumen Productions, Alex Lutz", True),
        ("Northern Film, Lumen Productions", False),  # no credited person among them
        ("5eme Set", False),
        ("", False),
        ("De Alex Lutz", True),  # the word for "by" and a credited person: a credit line
        ("Von Ana Girardot", True),
        ("De Alex Lutz et Ana Girardot", False),  # "by" and more than one name as read
        ("Alex Lutz de", False),
    ],
)
def test_a_candidate_naming_only_credited_people(candidate: str, named: bool) -> None:
    people = frozenset({"luc dardenne", "jean pierre dardenne", "alex lutz", "ana girardot"})
    assert titlevote.names_people(candidate, people) is named
    assert not titlevote.names_people(candidate, frozenset())


def test_a_title_the_people_readers_credit_as_directors_is_weighed_again() -> None:
    text = (
        "Source: https://www.example.org/film/tori-and-lokita\n"
        "Luc Dardenne, Jean-Pierre Dardenne\nBelgium, 2022, 88 min\n"
        "Tori and Lokita follows a young boy and an adolescent girl who travelled alone from "
        "Africa to Belgium.\nDirected by Luc Dardenne, Jean-Pierre Dardenne\n"
        "Starring Pablo Schils, Joely Mbundu\n"
    )
    film = extract_page(text, "test").films[0]
    assert film.title == "Tori and Lokita"
    assert film.directors == ("Luc Dardenne", "Jean-Pierre Dardenne")


def test_the_credited_person_feature_only_marks_the_people_read() -> None:
    lines = ("Alex Lutz", "5eme Set", "2021, 105 min")
    ballot, _ = titlevote.vote(lines, set(), 3, set(), None, credited=frozenset({"alex lutz"}))
    marked = {
        c.value for c in ballot.ranked() if any("credited_person" in e for e, _ in c.evidence)
    }
    assert marked == {"Alex Lutz"}


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("En présence de Claire Simon (sous réserve)", {"claire simon"}),  # French
        ("In the presence of Thomas Vinterberg (on Nov 6th).", {"thomas vinterberg"}),
        ("In Anwesenheit von Maren Ade", {"maren ade"}),  # German
        ("Sessão com a presença de João Canijo", {"joao canijo"}),  # Portuguese
        ("In the presence of the director.", set()),  # no name
        ("En présence de\nClaire Simon", set()),  # not across lines
    ],
)
def test_the_guests_of_a_screening(text: str, guests: set[str]) -> None:
    assert set(titlecues.present_people(text)) == guests


def test_a_screenings_guest_is_weighed_down_as_a_title() -> None:
    text = (
        "Cinémathèque du documentaire\nLe Concours\nClaire Simon\n27 sept. 2023\n"
        "C'est le jour du concours. Les aspirants cinéastes franchissent le lourd portail.\n"
        "Le Concours, Claire Simon\nFrance, 2016, couleur, 2 h\n"
        "En présence de Claire Simon (sous réserve) et Laïs Decaster (cinéaste)\n"
    )
    assert extract_page(text, "test").films[0].title == "Le Concours"


def test_one_word_of_the_address_alone_is_no_run_of_its_name() -> None:
    # German: the address's last word, written alone in the text, is no "slug_name_run"
    text = (
        "Für kurze Zeit ist Lupu Picks expressionistisches Kammerspiel Scherben (D 1921) auf"
        " dem vimeo-channel zu sehen.\n"
    )
    url = "https://stummfilm.example/1713-stummfilm-im-netz-scherben.html"
    assert "slug_name_run" not in _features(text, url).get("Scherben", {"": 0.0})
    assert titlecues.slug_name_runs(["im", "netz", "scherben"], text) == []
