"""Table tests for the synopsis: where the blurb's block begins (a short opening sentence
before the long paragraph is part of it; ratings, quotations and labels are not)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench import fit_synopsis, ranking
from indexer.extract.pages import extract_page, synopsis, synopsismodel
from indexer.extract.pages.explain import explain_text

_LONG = {
    "en": "A young nurse moves into the house of a dancer who is dying, and her faith turns "
    "into something darker as the winter closes in on the sea town and its empty hotels.",
    "de": "Eine junge Pflegerin zieht in das Haus einer sterbenden Tänzerin, und ihr Glaube wird "
    "zu etwas Dunklerem, als der Winter die Stadt am Meer und ihre leeren Hotels umschließt.",
    "pt": "Uma jovem enfermeira muda-se para a casa de uma bailarina que está a morrer, e a sua "
    "fé torna-se algo mais sombrio quando o inverno fecha a cidade à beira-mar e os hotéis.",
}


def _synopsis(text: str) -> str:
    films = extract_page(text, "test").films
    assert films
    return films[0].synopsis


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "What would being possessed by God look like, in a town with no church at all?"),
        ("de", "Inmitten einer lauten Großstadt findet die Regisseurin die Schönheit im Kleinen."),
        ("pt", "Laura é uma enfermeira que chega à cidade numa noite de tempestade no inverno."),
    ],
)
def test_a_short_opening_paragraph_belongs_to_the_blurb(lang: str, lead: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\nRuntime: 90 min\n\n{lead}\n\n{_LONG[lang]}\n"
    assert _synopsis(text) == f"{lead}\n\n{_LONG[lang]}"


@pytest.mark.parametrize(
    "lead",
    [
        "Hanya kerana sekeping setem, habis semua!",  # a short first line of the same block
        "Tout commence par un timbre perdu.",
    ],
)
def test_a_short_first_line_of_the_same_block_is_kept(lead: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{lead}\n{_LONG['en']}\n"
    assert _synopsis(text).startswith(lead)


@pytest.mark.parametrize(
    "before",
    [
        "★★★★★ A towering, awful masterwork about the family next door to the camp.",
        "4/5 A towering, awful masterwork about the family next door to the camp.",
        "“A towering, awful masterwork about the family next door to the camp.”",
        "Genre: Drama, Horror, Mystery, Thriller",
        "Oscar nominations",
    ],
)
def test_ratings_quotes_labels_and_headings_are_not_taken_in(before: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{before}\n\n{_LONG['en']}\n"
    assert _synopsis(text) == _LONG["en"]


def test_the_czech_annotation_heading_labels_the_synopsis() -> None:
    """ "Anotace" (the blurb of Czech and Slovak cinema pages) heads the synopsis: its short
    line is the synopsis, not the longer essay under it."""
    essay = (
        "Po dokumentárně laděném celovečerním debutu natočila režisérka jedno ze stěžejních děl "
        "nové vlny, bizarní satirickou grotesku o dvou dívkách, které se rozhodnou zkazit svět."
    )
    blurb = "Explozivní anarchistická jízda Věry Chytilové."
    text = f"Sedmikrásky\n\nRežie: Věra Chytilová\n\nAnotace\n\n{blurb}\n\n{essay}\n"
    assert _synopsis(text).startswith(blurb)


def test_at_most_three_lead_paragraphs() -> None:
    leads = [f"This is opening sentence number {n} of the long blurb below here." for n in range(5)]
    text = "Quiet River\n\nDirector: Ana Lind\n\n" + "\n\n".join([*leads, _LONG["en"]]) + "\n"
    assert _synopsis(text) == "\n\n".join([*leads[2:], _LONG["en"]])


@pytest.mark.parametrize(
    "signed",
    [
        "So many films about teenagers are mired in stupidity and noise; this one, like its "
        "heroine, dares to dream of the sea and the old ways. - Roger Ebert",
        "Ein stiller, genauer und zärtlicher Film über das Warten auf den Winter am Meer und "
        "über eine Familie, die nicht mehr spricht. — Anna Schmidt",
    ],
)
def test_a_paragraph_signed_like_a_critics_quote_is_not_the_synopsis(signed: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{signed}\n\n“Quiet River” {_LONG['en'][2:]}\n"
    assert _synopsis(text).startswith("“Quiet River” young nurse")


def test_a_paragraph_opening_with_a_quoted_name_is_prose() -> None:
    para = "“Quiet River” " + _LONG["en"][2:]
    assert _synopsis(f"Quiet River\n\nDirector: Ana Lind\n\n{para}\n") == para


#: a blog post written in short lines, as some sites (and hard-wrapped text) give it
_POST = [
    "The year began with many hopes for the cinema,",
    "and most of them came to nothing,",
    "but this one stayed with me.",
    "A nurse moves into a dying dancer's house,",
    "her faith turns darker as winter closes in.",
]


def test_a_post_in_short_lines_is_taken_whole_and_verbatim() -> None:
    text = "Quiet River\n\nDirector: Ana Lind\n\n" + "\n".join(_POST) + "\n"
    assert _synopsis(text) == "\n".join(_POST)


def test_a_block_ends_at_the_title_alone_and_at_a_critics_signature() -> None:
    quote = "A quietly affecting film about a simple life by the sea."
    top = f"Quiet River\n{quote}\n-- Ann Critic, Paper"
    text = f"{top}\nQuiet River\n{_LONG['en']}\n{_LONG['de']}\nDirector: Ana Lind\n"
    assert _synopsis(text) == f"{_LONG['en']}\n\n{_LONG['de']}"


def test_a_menu_of_short_lines_is_no_block() -> None:
    menu = "\n".join(["Home", "News", "Films", "Tickets", "Contact us", "About"])
    ballot = synopsis.collect("", ("Quiet River", "", menu), set(), "Quiet River")
    assert not ballot.candidates


def test_a_long_line_a_label_took_is_still_a_candidate() -> None:
    # "Director" read as the label of the blurb below it: the blurb stays a candidate
    text = f"Quiet River\n\nSynopsis\nDirector\n{_LONG['en']}\nDirector\nAna Lind\n"
    assert _synopsis(text) == _LONG["en"]


def test_features_describe_a_paragraph_and_its_place() -> None:
    lines = (
        "Quiet River",
        "",
        "Screenings",
        "Mon 12.05. 18:30, Tue 13.05. 20:45 and Wed 14.05. 21:00 in the small hall of the old "
        "cinema by the harbour, tickets at the desk",
        "",
        "Тихая река: молодая медсестра переезжает в дом умирающей танцовщицы, и её вера "
        "становится темнее, когда зима закрывает приморский город и его пустые гостиницы.",
        "",
        _LONG["en"],
    )
    ballot = synopsis.collect("", lines, set(), "Quiet River")
    programme, russian, english = ballot.candidates.values()
    assert {"after_heading", "showtimes", "paragraph"} <= set(programme.features)
    assert "ends_like_prose" not in programme.features
    assert programme.features["digits"] > 0.1
    assert {"other_script", "ends_like_prose", "paragraph"} <= set(russian.features)
    assert russian.features["later_paragraph"] == 1
    assert "other_script" not in english.features


def test_explain_shows_the_synopsis_features_and_score() -> None:
    explained = explain_text(f"Quiet River\n\nDirector: Ana Lind\n\n{_LONG['en']}\n", "q.txt")
    field = explained["fields"]["synopsis"]
    assert field["chosen"] == _LONG["en"]
    best = field["candidates"][0]
    assert best["value"] == _LONG["en"]
    weight = round(synopsismodel.weights()["paragraph"], 3)
    assert (
        f"paragraph = 1: a long paragraph (twenty words or more) ({weight:+g})" in best["evidence"]
    )


def test_the_weights_cover_every_feature_and_keep_their_signs() -> None:
    weights = synopsismodel.weights()
    assert set(weights) == set(synopsismodel.FEATURES)
    lo, hi = fit_synopsis.bounds()
    for name, low, high in zip(fit_synopsis.NAMES, lo, hi, strict=True):
        assert low - 1e-9 <= weights[name] <= high + 1e-9, name


def _toy_page(name: str, rows: list[list[float]], right: list[bool]) -> ranking.Page:
    x = np.array(rows, dtype=float)
    lines = [float(i) for i in range(len(rows))]
    return ranking.Page(name, [str(i) for i in range(len(rows))], x, lines, np.array(right), False)


def test_the_shared_fit_learns_the_feature_that_marks_the_right_candidate() -> None:
    # feature 0 marks the right candidate; feature 1 is on the first (wrong) one of most pages
    pages = [
        _toy_page("a", [[0, 1], [1, 0]], [False, True]),
        _toy_page("b", [[0, 1], [0, 0], [1, 0]], [False, False, True]),
        _toy_page("c", [[1, 1], [0, 0]], [True, False]),
    ]
    free = (np.full(2, -np.inf), np.full(2, np.inf))
    w = ranking.fit(pages, 1.0, free)
    assert w[0] > 0 > w[1]
    assert all(ranking.chooses_right(p, w) for p in pages)
    assert ranking.leave_one_out(pages, 1.0, free) >= 2
    held = ranking.fit(pages, 1.0, (np.array([-np.inf, 0.0]), np.full(2, np.inf)))
    assert held[1] == 0.0  # a cue held to >= 0 stays at its bound


def test_a_candidate_is_right_by_the_scorers_rule() -> None:
    label = {"synopsis_start": "Ama bat, alaba bat, bizilagun bat. Bakarrik nahiz"}
    assert fit_synopsis.starts(label) == ["ama bat alaba bat bizilagun bat bakarrik"]


@pytest.mark.parametrize(
    "line",
    [
        # credits written as sentences: credit labels after a sentence's end, before a colon
        "Spain. Direction: Ana Lind. Production: Mireia Graell, Ana Lind / Ringo Media, "
        "Sombriza Films. Screenplay: Ana Lind, Diego Abal. Music: Xavier Cruz. Cast: Cris "
        "Iglesias, Javier Valcarce.",
        # awards listed with semicolons, most words capitalised
        "Los Angeles Film Critics Association Awards, Best Film not in English Language; Mar "
        "Del Plata Film Festival, Best Director; Berlin International Film Festival, Official "
        "Selection; Toronto International Film Festival, Special Presentations.",
    ],
)
def test_credits_and_awards_written_as_sentences_are_a_list(line: str) -> None:
    ballot = synopsis.collect("", ("Quiet River", "", line), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "list_of_items" in candidate.features


def test_a_sentence_a_hard_wrap_cut_keeps_its_start_on_the_line_before() -> None:
    story = (
        "sixth commandment au Amri ya sita inamhusisha msichana mdogo, Catherine Sinda "
        "anayecheza kama Maua, binti wa kiongozi wa kanisa ya Yahweh Aliye Juu, na familia yake."
    )
    lines = ("Amri ya sita", "", "Maelezo: Filamu ya The", story)
    candidate = synopsis.collect("", lines, set(), "Amri ya sita").candidates
    (only,) = candidate.values()
    assert synopsis.compose(only, lines, set()) == "Maelezo: Filamu ya The\n" + story
    # a line before that ends a sentence is no part of it
    lines = ("Amri ya sita", "", "Maelezo: Filamu.", story)
    (only,) = synopsis.collect("", lines, set(), "Amri ya sita").candidates.values()
    assert synopsis.compose(only, lines, set()) == story


def test_a_line_of_a_bulleted_list_of_links_is_a_list() -> None:
    link = (
        "- MTV Katsomon joulukuun kärkitärpit: Aallonmurtajan päätöskausi, tuore brittiuutuus "
        "Archie, ranskalaissarja Remember, rikossarjat Sherwood ja Totuus, uusi kotimainen sarja "
        "ja paljon muuta katsottavaa koko perheelle"
    )
    lines = ("Quiet River", "- Nightwish jäi määräämättömälle tauolle", link, "Quiet River")
    ballot = synopsis.collect("", lines, set(), "Quiet River")
    candidate = next(c for c in ballot.candidates.values() if c.value.startswith("- MTV"))
    assert "list_of_items" in candidate.features
    # a paragraph opening with a dash alone is no list
    ballot = synopsis.collect("", ("Quiet River", "", link), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "list_of_items" not in candidate.features


def test_a_headline_over_a_quotation_opens_like_one() -> None:
    line = (
        'Cinema as a rage machine: "The freezing of social relations that so many films of the '
        'last twenty years told of is met here by a strategy of excess and noise."'
    )
    ballot = synopsis.collect("", ("Quiet River", "", line), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "opens_like_quotation" in candidate.features


@pytest.mark.parametrize(
    "line",
    [
        # a run of facts with credit labels after commas (Czech news of the week's releases)
        "Narušitel, Česko 2019, drama, 90 min., režie: David Balda, hrají: Jiří Dvořák, Petr "
        "Kostka, Pavel Neškudla, Stanislav Zindulka, Veronika Arichteva a další.",
        "Favoritka, USA, Irsko, Velká Británie 2018, historické drama, 119 min., režie: Yorgos "
        "Lanthimos, hrají: Olivia Colmanová, Emma Stoneová, Rachel Weiszová a další.",
    ],
)
def test_credits_run_on_after_commas_are_a_list(line: str) -> None:
    ballot = synopsis.collect("", ("Quiet River", "", line), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "list_of_items" in candidate.features


def test_prose_with_a_colon_after_a_comma_is_no_list() -> None:
    line = (
        "Anna returns home after her father's death, and finds one thing waiting for her: an "
        "old boat that nobody in the village wants to mend before the winter, nor to sell."
    )
    ballot = synopsis.collect("", ("Quiet River", "", line), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "list_of_items" not in candidate.features


_REASONS = (
    '1. Це легка музична комедія а-ля "гуцульський вестерн" в стилі танго. Я б сказав, '
    '"Ла-Ла-Ленд" на український манер.',
    "2. Красива картинка з продуманими мізансценами, вдалим монтажем і шикарними костюмами. "
    "На рідкість насичена і жива.",
    "3. Саундтрек Dakh Daughters і dakhabrakha. Вся атмосфера фільму – на їх музиці. І самі "
    "музиканти в кадрі.",
)


def test_a_numbered_list_is_a_list_and_loses_to_the_paragraph_before_it() -> None:
    intro = (
        "Прем'єру фільму мені пощастило переглянути ще в березні на зустрічі зі знімальною "
        "групою. Тоді я виділив п'ять причин для друзів подивитися цю стрічку у кінотеатрі."
    )
    lines = ("Quiet River", "", intro, "", *_REASONS)
    ballot = synopsis.collect("", lines, set(), "Quiet River")
    numbered = [c for c in ballot.candidates.values() if c.value.startswith(("1.", "2."))]
    assert numbered and all("list_of_items" in c.features for c in numbered)
    assert _synopsis("\n".join(lines) + "\n").startswith("Прем'єру")


@pytest.mark.parametrize(
    "lines",
    [
        ("1. " + _LONG["en"], "", "3. " + _LONG["de"]),  # numbers that do not follow
        ("In 1. " + _LONG["en"], "2. " + _LONG["de"]),  # no number opens the first line
    ],
)
def test_numbers_that_do_not_count_items_make_no_list(lines: tuple[str, ...]) -> None:
    ballot = synopsis.collect("", ("Quiet River", "", *lines), set(), "Quiet River")
    first = next(iter(ballot.candidates.values()))
    assert "list_of_items" not in first.features


def test_a_short_quoted_line_opening_prose_is_no_quotation() -> None:
    """'"Do not assume for anything", ang linyang…': a line of the film's dialogue quoted at
    the start of a review opens prose, and the review begins there."""
    first = (
        '"Do not assume for anything", ang linyang binitawan ni Alex Prieto na siyang tumatak '
        "ng husto sa aking isipan. Ito ay dayalogo mula sa pelikula sa direksyon ni Joyce Bernal."
    )
    ballot = synopsis.collect("", ("Quiet River", "", first), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert "opens_like_quotation" not in candidate.features
    # the line right before the winner, in the same block, is its lead-in
    lines = ("Quiet River", "Direktor: Joyce Bernal", "", first, _LONG["en"])
    (winner, *_) = sorted(
        synopsis.collect("", lines, {1}, "Quiet River").candidates.values(),
        key=lambda c: c.line if c.line is not None else 99,
    )
    assert synopsis.compose(winner, lines, {1}).startswith('"Do not assume')


@pytest.mark.parametrize(
    ("line", "long"),
    [
        # a Thai headline: fifteen words or so written in sixty letters
        ("หนังไทย”ธุดงควัตร”(ดูคลิป) เรื่องเยี่ยม กำกับยอด สะใจคนดู แต่แง่ธุรกิจ?????", False),
        (
            "แม้ว่าหนังจะมีบทพูดไม่มากนัก เพราะพระอาจารย์ไม่นิยมพูด แต่เน้นเรื่องการปฏิบัติมากกว่า "
            "แต่บทพูดไม่กี่บทที่มีก็ล้วนแล้วแต่วรรคทองทั้งนั้น",
            True,
        ),
        ("月に一度、PMSでイライラが抑えられなくなる藤沢美紗は、転職してきたばかり。", True),
    ],
)
def test_words_of_scripts_written_without_spaces(line: str, long: bool) -> None:
    assert synopsis._long(line, 0, set()) is long


_ROUNDUP_LEDE = (
    "Cap de setmana d'estrenes amb mostres de cinema independent. Hi trobem dues coproduccions "
    "catalanes amb bones dosis de comèdia i d'entreteniment, i l'última de Pixar en català."
)
_ROUNDUP_STORY = (
    "La Julie està a punt de fer 30 anys i està feta un mar de dubtes, i enamoraments i "
    "trencaments la fan sentir-se la pitjor persona del món en una comèdia dramàtica."
)


@pytest.mark.parametrize(
    "heading",
    [
        '"La peor persona del mundo"',
        "La peor persona del mundo de Joachim Trier",
        "Sobre «La peor persona del mundo», de Joachim Trier",  # the title quoted in it
    ],
)
def test_the_film_s_own_section_after_a_news_lede(heading: str) -> None:
    """A page on the week's releases: its lede, then the film's title heading its section."""
    lines = (
        "Estrenes de cinema",
        "",
        _ROUNDUP_LEDE,
        heading,
        "Dirigida per Joachim Trier",
        "Comèdia. Noruega. 121 minuts",
        _ROUNDUP_STORY,
        '"Introduction"',
        _LONG["en"],
    )
    ballot = synopsis.collect("", lines, set(), "La peor persona del mundo")
    marked = [c.value for c in ballot.candidates.values() if "film_section" in c.features]
    assert marked == [_ROUNDUP_STORY]


@pytest.mark.parametrize(
    "lines",
    [
        # the title heads the page, before any long paragraph: no section of its own
        ("La peor persona del mundo", "", _ROUNDUP_STORY, "", _ROUNDUP_LEDE),
        # a line that opens with the title but is a sentence, or runs long, is no heading
        (_ROUNDUP_LEDE, "La peor persona del mundo es una comèdia.", _ROUNDUP_STORY),
        (
            _ROUNDUP_LEDE,
            "La peor persona del mundo i altres estrenes de la setmana als cinemes de Catalunya",
            _ROUNDUP_STORY,
        ),
    ],
)
def test_no_film_section_without_a_heading_after_other_text(lines: tuple[str, ...]) -> None:
    ballot = synopsis.collect("", lines, set(), "La peor persona del mundo")
    assert not any("film_section" in c.features for c in ballot.candidates.values())


def test_items_of_a_list_are_no_lead_in() -> None:
    items = (
        "4. Шикарні типажні актори, яких хочеться виділити окремо.",
        "5. Карпатські гори, полонини і пейзаж, який залишиться з вами.",
    )
    lines = ("Quiet River", "", *items, "", _LONG["en"])
    (winner,) = [c for c in synopsis.collect("", lines, set(), "").candidates.values()]
    assert synopsis.compose(winner, lines, set()) == _LONG["en"]
    # a numbered line alone (an entry's number) may still open the blurb
    lines = ("Quiet River", "", "1. " + items[1][3:], "", _LONG["en"])
    (winner,) = [c for c in synopsis.collect("", lines, set(), "").candidates.values()]
    assert synopsis.compose(winner, lines, set()).startswith("1. Карпатські")


def test_an_interview_s_heading_that_quotes_the_film_opens_its_section() -> None:
    intro = (
        "伝説のフラメンコダンサー・長嶺ヤス子。日本から世界に躍り出たアーティストの先駆けだ。"
        "大宮浩一監督が孤高の舞姫の素顔に迫ります。制作秘話を伺いました。"
    )
    story = (
        "震災直後の、節電で薄暗い病院に、白いガウンを着た長嶺ヤス子がいる。直腸癌で闘病中だった。"
        "しかし表情は明るい。毎年開く個展が近いと、ベッドの周りに絵を広げている。"
    )
    lines = ("", intro, "", "<その前に、「長嶺ヤス子 裸足のフラメンコ」とはこんな作品>", story)
    ballot = synopsis.collect("", lines, set(), "長嶺ヤス子 裸足のフラメンコ")
    marked = [c.value for c in ballot.candidates.values() if "film_section" in c.features]
    assert marked == [story]


@pytest.mark.parametrize(
    ("line", "quotation"),
    [
        ("“หนังมีความเป็น “ศิลปะ” สูงมาก และการได้สถานที่ถ่ายทำทีดี ได้ผู้กำกับภาพที่ดี ทำให้การดูหนัง"
         "เรื่องนี้ เหมือนชมงานศิลปะชิ้นเยี่ยม และเป็นหนังที่ควรดูในโรงภาพยนตร์อย่างยิ่ง", False),
        ('"A stray mark opens this paragraph of prose about a nurse who moves into the house of '
         "a dancer, and it is closed nowhere in the whole paragraph at all.", False),
        ("“A towering, awful masterwork about the family next door to the camp, and the finest "
         "film of the year by a distance; it will stay with you for days.”", True),
        ("„Ein stiller, genauer und zärtlicher Film über das Warten auf den Winter am Meer und "
         "über eine Familie, die nicht mehr spricht.“", True),
    ],
)  # fmt: skip
def test_a_mark_that_closes_nowhere_opens_no_quotation(line: str, quotation: bool) -> None:
    ballot = synopsis.collect("", ("Quiet River", "", line), set(), "Quiet River")
    (candidate,) = ballot.candidates.values()
    assert ("opens_like_quotation" in candidate.features) is quotation


_NEWS_LEDE = (
    "Цього тижня у кінопрокат вийшли вісім нових фільмів переважно американського виробництва. "
    "Єдина українська стрічка присвячена Різдву, і ми детально розказуємо про прем'єри."
)
_CREDITED_STORY = (
    "За сюжетом сімейного пригодницького фільму, напередодні Різдва на нашій планеті "
    "опиняється стародавній артефакт. Він може зупинити час і знищити свято."
)


@pytest.mark.parametrize(
    ("lines", "used", "marked"),
    [
        # the lede above the credits, the story under them (a label's lines between)
        (
            (_NEWS_LEDE, "", "Вартові Різдва (Україна)", "", "Режисер: Олександр Кірієнко",
             "", _CREDITED_STORY),
            {4},
            [_CREDITED_STORY],
        ),
        # a line of facts read without a label, only short lines after it
        (
            (_ROUNDUP_LEDE, '"La peor persona del mundo"', "Dirigida per Joachim Trier",
             "Comèdia. Noruega. 121 minuts", _ROUNDUP_STORY),
            set(),
            [_ROUNDUP_STORY],
        ),
        # credits below the paragraph, or another long paragraph between: not under them
        ((_NEWS_LEDE, "", "BEL/HOL, 111', 2012, M/16"), set(), []),
        (
            ("Режисер: Олександр Кірієнко", _NEWS_LEDE, "", _CREDITED_STORY),
            {0},
            [_NEWS_LEDE],
        ),
    ],
)  # fmt: skip
def test_the_first_paragraph_under_the_credits(
    lines: tuple[str, ...], used: set[int], marked: list[str]
) -> None:
    ballot = synopsis.collect("", lines, used, "")
    found = [c.value for c in ballot.candidates.values() if "under_credits" in c.features]
    assert found == marked


def test_fit_reads_the_candidates_the_chooser_scores(tmp_path: Path) -> None:
    """The fit reads the synopsis chooser's own candidates (with the page's title), not the
    title reader's earlier look at the page without it: a feature that needs the title
    (the paragraph names the film) is there."""
    story = (
        "The Quiet Harbour follows a lighthouse keeper who finds a stranger washed up on the "
        "rocks one winter night and hides him from the village that is looking for him."
    )
    page = f"The Quiet Harbour\n\nDirector: Jane Doe\n\n{story}\n"
    (tmp_path / "1_quiet.txt").write_text(page, encoding="utf-8")
    label = {"synopsis_start": "The Quiet Harbour follows a lighthouse keeper"}
    found = fit_synopsis.page_candidates("1_quiet.txt", label, tmp_path)
    row = found.values.index(story)
    assert found.right[row]
    assert found.x[row, fit_synopsis.NAMES.index("names_film")] == 1.0
