"""Table tests for title cues: a quoted name next to the word for film, on either side and
with the word inflected, in several languages (snippets written for these tests)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bench import ranking
from bench.fit_title import NAMES, PINNED, Page, chooses_right, fit, leave_one_out
from indexer.extract.pages import extract_page, titlecues, titles, titlevote
from indexer.extract.pages.explain import explain_text
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.titlecues import reviewed
from indexer.extract.pages.titlemodel import FEATURES, WEIGHTS_FILE, FeatureBallot, score
from indexer.extract.pages.titles import heading_like, slug_words, two_titles


def _title(text: str) -> str:
    films = extract_page(text, "test").films
    assert films
    return films[0].title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the word for film after the name, inflected (Armenian, Kazakh, Turkish)
        ("Կրկեսը էկրանին. մնացին օրեր\n\n«Շապիտո» ֆիլմի պրեմիերային մնացին հաշված օրեր:\n",
         "Շապիտո"),
        ("Президент туралы жаңалықтар алдағы аптада\n\n«Жұлдыздар тоғысқанда» фильмінің "
         "түсірілімі өткен жылы басталды.\n", "Жұлдыздар тоғысқанда"),
        ("Yeşilçam haberleri bu hafta\n\n“Kara Sevda” filminin çekimleri başladı.\n",
         "Kara Sevda"),
        # the word for film before the name, with a possessive ending (Arabic "his film")
        ("رئيس مجلس الإدارة\n\nاعتذر المخرج عن حضور عرض فيلمه \"نجمة الصبح\" في القاهرة.\n",
         "نجمة الصبح"),
    ],
)  # fmt: skip
def test_a_quoted_name_next_to_the_word_for_film(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_film_word_that_opens_its_own_quote_names_that_one() -> None:
    # "in the cinema "Georgia" the film "Doomed Crown" premieres": the cinema is not the film
    text = 'ქუთაისში, კინო "საქართველოში" ფილმის "განწირული გვირგვინი" პრემიერა\n\nახალი ამბები.\n'
    assert _title(text) == "განწირული გვირგვინი"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Cinema no Instituto\n\nOs mortos van á présa é un filme galego dirixido por Ángel "
         "de la Cruz.\n", "Os mortos van á présa"),
        ("Aller au contenu\n\nLe jury a dit : « Antigone est un film tout à fait singulier ». "
         "Antigone triomphe.\n", "Antigone"),
        ("Back to the main page\n\nThe Quiet River is a 2009 Swedish film about a mill town.\n",
         "The Quiet River"),
        ("Zurück zur Hauptseite\n\nIm Winter ein Jahr ist ein Film von Caroline Link.\n",
         "Im Winter ein Jahr"),
    ],
)  # fmt: skip
def test_a_name_defined_as_a_film(text: str, title: str) -> None:
    # the cue is recorded on every page; whether it outweighs a first heading with nothing
    # else for it is the fitted weights' call (the weights fitted with the look-at pages put
    # more on the first heading, and "Back to the main page" wins three of these four)
    assert "defined_as_film" in _features(text)[title]


def test_a_name_defined_as_a_film_and_repeated_wins() -> None:
    text = (
        "Aller au contenu\n\nLe jury a dit : « Antigone est un film tout à fait singulier ». "
        "Antigone triomphe.\n"
    )
    assert _title(text) == "Antigone"


def test_a_pronoun_opening_a_definition_is_not_a_name() -> None:
    text = "Quiet River\n\nThis is a film about a mill. We liked this one; this is rare.\n"
    assert _title(text) == "Quiet River"


def _film(text: str):  # type: ignore[no-untyped-def]
    films = extract_page(text, "test").films
    assert films
    return films[0]


@pytest.mark.parametrize(
    ("heading", "title", "alt"),
    [
        ("Dýrið / Lamb", "Dýrið", "Lamb"),
        ("Druk / Another Round", "Druk", "Another Round"),
        ("Volaða land / Godland", "Volaða land", "Godland"),
        ("Kuolleet lehdet / Fallen Leaves", "Kuolleet lehdet", "Fallen Leaves"),
    ],
)
def test_a_heading_of_two_titles_split_at_a_slash(heading: str, title: str, alt: str) -> None:
    film = _film(f"{heading}\n\nDirector: Ana Lind\nRuntime: 90 min\n")
    assert (film.title, film.alt_titles) == (title, (alt,))


@pytest.mark.parametrize(
    "text", ["Drama / Comedy / Romance", "AC/DC live", "Quiet River", "Kes / 1969"]
)
def test_lists_and_single_names_are_not_two_titles(text: str) -> None:
    assert two_titles(text) == (text, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind is a Swedish film director and screenwriter.",
        "Ana Lind est un film réalisatrice.",  # a role noun after the word for film
    ],
)
def test_a_person_defined_by_a_film_role_is_not_the_title(sentence: str) -> None:
    text = f"Quiet River\n\nQuiet River tells of a mill. {sentence} Ana Lind lives in Umeå.\n"
    assert _title(text) == "Quiet River"


def test_a_one_word_name_of_a_review_headline_takes_the_headlines_place() -> None:
    text = (
        "రంగస్థలం మూవీ రివ్యూ\n\nచిట్టిబాబు పాత్రలో రాంచరణ్,\n\nరంగస్థలం మూవీ రివ్యూ\n\n"
        "సినిమా బాగుంది. రంగస్థలం మూవీ రివ్యూ\n"
    )
    assert _title(text) == "రంగస్థలం"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Rangasthalam Movie Review", "Rangasthalam"),
        ("రంగస్థలం మూవీ రివ్యూ", "రంగస్థలం"),
        ("Review: Kes", "Kes"),
        ("Recenzja: Zimna wojna", "Zimna wojna"),
        ("Die Stille – Filmkritik", "Die Stille"),
        ("Perfect Days レビュー", "Perfect Days"),
        ("Minari 리뷰", "Minari"),
        ("نقد فیلم: قهرمان", "قهرمان"),
        ("Quiet River", None),
        ("Reviews", None),
        # the headline's verdict after a stop or a colon; the word for film in the genitive
        ("இருகப்பற்று படத்தின் விமர்சனம்.. படம் எப்படி இருக்கு", "இருகப்பற்று"),
        ("Quiet River Movie Review: a mill town waits", "Quiet River"),
        ("Quiet River Movie Reviewed at last", None),
        # the film's language before the word for a review
        ("Rorschach Malayalam Review", "Rorschach"),
        ("Jawan Hindi Movie Review", "Jawan"),
        ("English Vinglish Review", "English Vinglish"),
        # the words for film and for a review before a colon: the name follows them
        ("Movie Review: The Sky Is Pink", "The Sky Is Pink"),
        ("Film Review: So Dark the Night", "So Dark the Night"),
        ("Film Review", None),
        ("MOVIE REVIEW", None),
        # Tamil's "screen review", and an exclamation mark closing the headline
        ("கட்டம் சொல்லுது திரை விமர்சனம் !", "கட்டம் சொல்லுது"),
        ("Quiet River Review!", "Quiet River"),
    ],
)
def test_the_name_a_review_headline_gives(heading: str, name: str | None) -> None:
    assert reviewed(heading) == name


def test_a_review_headline_yields_the_name_it_reviews() -> None:
    text = (
        "Quiet River Movie Review\n\nQuiet River Movie Review\n\nA mill town waits for the "
        "flood in Quiet River, and the mill turns. We liked Quiet River.\n"
    )
    assert _title(text) == "Quiet River"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Belarusian: the name quoted after an inflected word for film ("стужкі")
        ("АДБЫЛАСЯ ПРЭМ’ЕРА мастацкай стужкі\n\nАдбылася дэманстрацыя мастацкай стужкі "
         "«Ты мне хто?».\n", "Ты мне хто?"),
        # an identifier left by the page's markup is no heading
        ("211652_close_icon\n\nԿրկեսը էկրանին\n\n«Շապիտո» ֆիլմի պրեմիերային մնացին օրեր:\n",
         "Շապիտո"),
    ],
)  # fmt: skip
def test_more_title_cues(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Slovenská kinematografia má dôvod na radosť\n\nHovoríme o filme s príznačným názvom "
         "Otec, ktorý otvára ťažkú tému. Otec príde do kín.\n", "Otec"),
        ("Česká kinematografie slaví úspěch\n\nJde o nový film s názvem Ostrov, který "
         "vypráví o rybářích. Ostrov míří do kin.\n", "Ostrov"),
        ("Local news from the valley today\n\nHe showed us a short film called Quiet River, "
         "which we liked. Quiet River is long.\n", "Quiet River"),
    ],
)  # fmt: skip
def test_a_name_after_the_word_for_film_and_a_word_for_titled(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hanya Kerana Sekeping Setem...\n\nFilem : Setem\nPengarah : Kabir Bhatia\n", "Setem"),
        ("Elokuvakerho esittää\n\nELOKUVA:\nKuolleet lehdet\n\nOhjaus: Aki Kaurismäki\n",
         "Kuolleet lehdet"),
        ("Cineclub de la ciudad\n\nPelícula: Un mundo normal\nDirección: Achero Mañas\n",
         "Un mundo normal"),
    ],
)  # fmt: skip
def test_the_word_for_film_as_the_title_label(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://movies.example/movies/tsotsi-ptwr", ["tsotsi"]),
        ("https://kino.example/film/quiet-river-a7x2k", ["quiet", "river"]),
        ("https://kino.example/film/zama", ["zama"]),
        # a section word and a record number before the name, "~" between
        ("https://kino.example/cinema/films/film~14703203~quiet-river~.html", ["quiet", "river"]),
        ("https://kino.example/film/41164/quiet-river/recensioni/442650", ["quiet", "river"]),
        ("https://kino.example/de-zaak-alzheimer", ["de", "zaak", "alzheimer"]),
        ("https://kino.example/film/strz", ["strz"]),  # a lone word is kept
        # a month name cuts the slug ("…-march-2024"): no abbreviation that is also a name
        (
            "https://kino.example/film/minions-the-rise-of-gru",
            ["minions", "the", "rise", "of", "gru"],
        ),
        ("https://kino.example/film/control-ian-curtis", ["control", "ian", "curtis"]),
        ("https://kino.example/film/aftersun-12-march-2024", ["aftersun"]),
    ],
)
def test_an_address_record_code_is_not_a_title_word(url: str, words: list[str]) -> None:
    assert slug_words(url) == words


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Source: https://movies.example/movies/tsotsi-ptwr\nThe award-winning film about a boy "
         "named Tsotsi. Tsotsi finds a baby.\n\nAtlanta Journal-Constitution,\n", "Tsotsi"),
        ("Source: https://blog.example/entry/%EA%B3%B5%EC%9E%91\n올해 기대작이 많았던 한국 영화계\n"
         "공작.\n감독의 전작\n", "공작"),
    ],
)  # fmt: skip
def test_the_address_word_as_the_page_writes_it(text: str, title: str) -> None:
    assert _title(text).rstrip(".") == title


def test_a_common_address_word_found_in_lower_case_is_no_name() -> None:
    text = (
        "Source: https://kino.example/programm/detail\nQuiet River\n\nSee the detail of each "
        "screening below; every detail counts.\n"
    )
    assert _title(text) == "Quiet River"


def _features(text: str, url: str | None = None) -> dict[str, dict[str, float]]:
    """Every title candidate of ``text`` with its features."""
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), url)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Teattereihin tulee elokuva nimeltä Tuntematon Sotilas, ja se on pitkä.",
         "Tuntematon Sotilas"),
        ("Kinodesse jõuab film nimega Viimased Päevad ja see on hea.", "Viimased Päevad"),
    ],
)  # fmt: skip
def test_a_name_after_the_words_for_film_and_titled(sentence: str, name: str) -> None:
    assert "named_titled" in _features(f"Uutiset\n\n{sentence}\n")[name]


def test_a_dash_in_a_quoted_title_is_no_word() -> None:
    text = (
        "Премијера филма „Мегдан – Између ватре и воде“ у Нишу\n\n"
        "О филму „Мегдан – Између ватре и воде“.\n"
    )
    features = _features(text)["Мегдан – Између ватре и воде"]
    assert ("quoted" in features, "quoted_phrase" in features) == (True, False)
    assert features["quoted_after_film_word"] == 1.0


@pytest.mark.parametrize(
    ("text", "url", "value", "feature"),
    [
        # a short line standing alone below the credits, repeated in the review
        ("Top\n\nNew Zealand 1994\nDirected by\nLee Tamahori\n102 minutes\nRated MA\n\n"
         "Reviewed by\nAna Lind\n\nQuiet River\n\nQuiet River is a harrowing film.\n",
         None, "Quiet River", "late_line"),
        # a fact sheet opening with a label no language module knows
        ("মুভি : রয়েল বেঙ্গল টাইগার\nঅভিনয় : জিৎ, আবির\n", None, "রয়েল বেঙ্গল টাইগার",
         "first_label_value"),
        # a one-word address
        ("Source: x\nQuiet River\n\nSee the detail below.\n", "https://kino.example/detail",
         "detail", "slug_single"),
        ("Quiet River\n\nWe saw quiet river night.\n", "https://kino.example/quiet-river-night",
         "quiet river night", "lower_case"),
    ],
)  # fmt: skip
def test_candidate_sources_and_features(
    text: str, url: str | None, value: str, feature: str
) -> None:
    assert feature in _features(text, url).get(value, {})


def test_a_part_written_only_inside_a_longer_name_says_so() -> None:
    text = (
        "La nuit du 12\n\nLa nuit du 12 est un film. Dans La nuit du 12, « La nuit du » manque.\n"
    )
    features = _features(text)
    assert "only_inside_longer" not in features["La nuit du 12"]
    # "La nuit du" is quoted once alone, so it is written three times in all, the whole twice
    assert "holds_repeated_part" in features["La nuit du 12"]
    text = "Rangasthalam Movie Review\n\nRangasthalam Movie Review\n\nWe liked it.\n"
    assert "only_inside_longer" in _features(text)["Rangasthalam"]


def test_a_feature_seen_twice_keeps_its_larger_value() -> None:
    ballot = FeatureBallot()
    ballot.add("Quiet River", "heading_rank", 0.5, 4)
    ballot.add("quiet river!", "heading_rank", 0.25, 2)
    (candidate,) = ballot.candidates.values()
    assert (candidate.value, candidate.line, candidate.features) == (
        "Quiet River",
        2,
        {"heading_rank": 0.5},
    )


def test_every_feature_has_a_fitted_weight() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert data["pages"] > 100


def test_explain_shows_each_feature_and_what_it_adds() -> None:
    page = "Quiet River\n\nDirector: Ana Lind\n\nQuiet River tells of a mill. Quiet River ends.\n"
    explained = explain_text(page, "quiet.txt")["fields"]["title"]
    best = explained["candidates"][0]
    assert (explained["chosen"], best["value"]) == ("Quiet River", "Quiet River")
    assert any(e.startswith("heading = 1: a heading-like line") for e in best["evidence"])
    added = [float(e.rsplit("(", 1)[1].rstrip(")")) for e in best["evidence"]]
    assert abs(sum(added) - best["score"]) < 0.01
    lines = tuple(page.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), 2, set(), None)  # the credits start on line 2
    features = next(c.features for c in ballot.candidates.values() if c.value == "Quiet River")
    assert abs(score(features) - best["score"]) < 0.01


def _page(name: str, x: list[list[float]], right: list[bool]) -> Page:
    return Page(name, [f"c{i}" for i in range(len(x))], np.array(x), list(range(len(x))),
                np.array(right), always=False)  # fmt: skip


def test_the_fit_learns_which_feature_marks_the_title() -> None:
    # feature 0 marks the right candidate; feature 1 is noise that sides with a wrong one
    pages = [
        _page(f"p{i}", [[1.0, i % 2], [0.0, 1 - i % 2], [0.0, 0.0]], [True, False, False])
        for i in range(6)
    ]
    free = (np.full(2, -np.inf), np.full(2, np.inf))
    w = fit(pages, 1.0, free)
    assert w[0] > 1.0 and abs(w[1]) < 0.5
    assert leave_one_out(pages, 1.0, free) == 6
    assert np.array_equal(w, fit(pages, 1.0, free))  # deterministic
    # a weight held to a sign stays there even when the data pull the other way
    assert fit(pages, 1.0, (np.array([-np.inf, -np.inf]), np.array([0.0, np.inf])))[0] == 0.0


def test_ties_go_to_the_earliest_line() -> None:
    page = _page("p", [[1.0], [1.0]], [False, True])
    assert chooses_right(page, np.array([1.0])) is False


def test_a_capitalised_word_for_film_opens_a_compound_name() -> None:
    # "Film Night" is a series' name; "Film: Kes" and an uncased script name the film after it
    assert "Night" not in _features("Film Night — The Long Road (2019)\n\nFilm Night\n")
    assert "heading_after_film_word" in _features("Film: Kes\n\nA boy and a kestrel.\n")["Kes"]
    assert "heading_after_film_word" in _features("فيلم العزيمة\n\nقصة حب.\n")["العزيمة"]


def test_a_title_the_page_labels_decides() -> None:
    # quoted lines alone look like titles; the label says which one the page is about
    text = "Title: Heat\nDirector: Michael Mann\n\n»Ein zauberhafter Film«\n\nDie Presse\n"
    assert _title(text) == "Heat"
    assert PINNED == {"labelled": 6.0, "film_labelled": 4.0, "cell_labelled": 4.0}
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    assert {name: weights[name] for name in PINNED} == PINNED


def test_the_candidates_dump_one_json_line_each(tmp_path) -> None:
    path = tmp_path / "candidates.jsonl"
    rows = np.zeros((2, len(NAMES)))
    rows[0, 0], rows[1, 1] = 1.0, 0.5
    ranking.dump([_page("p1", rows.tolist(), [True, False])], path, NAMES)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {"page": "p1", "value": "c0", "line": 0, "right": True, "features": {NAMES[0]: 1.0}},
        {"page": "p1", "value": "c1", "line": 1, "right": False, "features": {NAMES[1]: 0.5}},
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # a post's genre tags are no heading; a title with commas is one
        ("Αισθηματική, Κομεντί, Κωμωδία, Σάτιρα", False),
        ("Drama, Comedy, Romance", False),
        ("Paris, Texas", True),
        ("Sex, Lies, and Videotape", True),
    ],
)
def test_a_list_of_genre_words_is_no_heading(line: str, heading: bool) -> None:
    assert heading_like(line, set()) is heading


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Regia di Alessandro Angelini vedi scheda film", True),
        ("Directed by Jane Campion", True),
        ("Directed by", False),  # the label alone: its name is on the next line
        ("Quiet River", False),
    ],
)  # fmt: skip
def test_a_line_opening_with_a_credit_is_no_heading(line: str, credit: bool) -> None:
    assert titlecues.credit_line(line) is credit


@pytest.mark.parametrize(
    ("value", "section"),
    [
        ("FILM OF THE WEEK", True),
        ("Films du mois", True),
        ("Film der Woche", True),
        ("Il film della settimana", True),
        ("Film tygodnia", True),  # the genitive: a plural form of CLDR's unit
        ("The Life Of Chuck", False),
        ("A Year Without Film", False),  # the word of time before the word for film
        ("Film Socialisme", False),
    ],
)
def test_a_film_of_the_period_is_a_section(value: str, section: bool) -> None:
    assert titlevote.film_of_the_period(value) is section


def test_a_film_of_the_period_heading_is_no_title() -> None:
    text = (
        "FILM OF THE WEEK\n\nThe Long Road Home\n\nA young woman walks back to the village "
        "where she grew up, and finds her family gone. Directed by Ana Ruiz.\n"
    )
    assert _title(text) == "The Long Road Home"


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        # a right-to-left text's quote marks, mirrored as a left-to-right editor writes them
        ("پاکستانی فلم ’چلے تھے ساتھ‘ نے فلم بینوں کے دل جیت لیے", ["چلے تھے ساتھ"]),
        ("هذا ”فيلم جديد“ هنا", ["فيلم جديد"]),
        # in a left-to-right text the apostrophe opens nothing
        ("Branagh’s film ‘Belfast’ won", ["Belfast"]),
    ],
)
def test_quotes_of_a_right_to_left_text(line: str, quoted: list[str]) -> None:
    assert titlecues._quotes_in(line) == quoted


def test_a_right_to_left_quoted_name_after_the_word_for_film() -> None:
    text = (
        "پاکستانی فلم ’چلے تھے ساتھ‘ نے فلم بینوں کے دل جیت لیے، فلم کی ملک بھر میں نمائش "
        "جاری ہے۔\nComments\n"
    )
    assert _title(text) == "چلے تھے ساتھ"


def test_the_indonesian_label_for_a_films_kind_is_a_genre_label() -> None:
    # "Jenis Film : Drama": the film's kind, labelled, is a genre and not a heading
    assert field_of("Jenis Film") == ("genres",)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a talk after the screening that the heading adds to the name
        ("Parasite + Bong Joon-ho Q&A", "Parasite"),
        ("PETITE MAMAN Q&A WITH CÉLINE SCIAMMA", "PETITE MAMAN"),
        ("Love + Hate", "Love + Hate"),
    ],
)
def test_a_talk_after_the_screening_leaves_the_heading(heading: str, title: str) -> None:
    assert titles.clean_heading(heading).title == title


def test_the_word_for_a_preview_before_the_name_in_an_address() -> None:
    assert slug_words("https://cinema.example/event/preview-petite-maman") == ["petite", "maman"]


_SECTIONS = (
    "• Die Jagd",
    "",
    "    Thomas Vinterberg kehrt mit einem kleinen Meisterwerk zurück auf die große "
    "Leinwand des Kinos.",
    "",
    "• Thomas Vinterberg",
    "",
    "    Thomas Vinterberg ist vor allem durch seine Mitbegründung der Bewegung Dogma 95 "
    "bekannt geworden.",
    "",
    "• Pressestimmen",
    "",
    "    „Der beste Film seit Das Fest.“",
)


@pytest.mark.parametrize(
    ("lines", "others"),
    [
        # a biography and the press under headings shaped like the film's: one film's page
        (_SECTIONS, []),
        # other films' headings of the same shape: a programme
        (("• Die Jagd", "", "Ein Drama.", "", "• Festen", "", "Ein Fest.", "", "• Submarino"),
         ["Festen", "Submarino"]),
        # a list of tags shaped like the film's heading, one a line: no film's block between
        (("• Die Jagd", "• Thomas Vinterberg", "• Dänemark", "", "Ein Drama."), []),
        # the press about the film under the film's own decoration
        (("• Die Jagd", "", "Ein Drama.", "", "• Die Presse über Die Jagd", "", "„Stark.“"), []),
    ],
)  # fmt: skip
def test_a_section_or_a_persons_heading_is_no_other_film(
    lines: tuple[str, ...], others: list[str]
) -> None:
    title = titles.Title("Die Jagd", line=0)
    assert titles.other_films(lines, title, None)[0] == others
