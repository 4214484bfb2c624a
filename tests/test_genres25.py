"""Table tests of the kinds of work among the genres: a feature (fiction) film and a short
film, in every language module that writes a word for them, read from labels, fact lines and
prose (:data:`indexer.extract.pages.genres.KINDS`)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages import genrelines as gl
from indexer.extract.pages import genres as g
from indexer.normalize import genre_names

#: the word for a fiction film of feature length, language by language: the term each
#: language's film writing opposes to the documentary and the animated film ("Spielfilm",
#: "игровой/художественный фильм", "badiiy film", "phim truyện", "故事片")
FEATURE_FILM = {
    "af": "speelfilm", "ar": "فيلم روائي", "az": "bədii film", "be": "мастацкі фільм",
    "bg": "игрален филм", "bn": "কাহিনিচিত্র", "bs": "igrani film", "cs": "hraný film",
    "cy": "ffilm nodwedd", "da": "spillefilm", "de": "Spielfilm", "el": "ταινία μυθοπλασίας",
    "es": "película de ficción", "et": "mängufilm", "eu": "fikziozko filma",
    "fa": "فیلم داستانی", "fi": "näytelmäelokuva", "fr": "film de fiction",
    "gl": "filme de ficción", "he": "סרט עלילתי", "hr": "igrani film", "hu": "játékfilm",
    "hy": "խաղարկային ֆիլմ", "id": "film fiksi", "is": "leikin kvikmynd",
    "it": "film di finzione", "ja": "劇映画", "ka": "მხატვრული ფილმი", "kk": "көркем фильм",
    "ko": "극영화", "lb": "Spillfilm", "lt": "vaidybinis filmas", "lv": "spēlfilma",
    "mk": "игран филм", "mn": "уран сайхны кино", "ms": "filem cereka", "nl": "speelfilm",
    "no": "spillefilm", "pl": "film fabularny", "pt": "filme de ficção",
    "ro": "film de ficțiune", "ru": "художественный фильм", "sk": "hraný film",
    "sl": "igrani film", "sq": "film artistik", "sr": "играни филм", "sv": "spelfilm",
    "tr": "kurmaca film", "uk": "художній фільм", "uz": "badiiy film", "vi": "phim truyện",
    "zh": "故事片",
}  # fmt: skip


@pytest.mark.parametrize(("code", "word"), sorted(FEATURE_FILM.items()))
def test_every_languages_word_for_a_feature_film(code: str, word: str) -> None:
    one = lang.language(code)
    assert one is not None
    assert one.genres.get(word.casefold()) == "Feature Film" or word in one.genres
    assert genre_names(word, narrow=True) == ["Feature Film", "Fiction"]
    assert genre_names(word) == []  # the catalogues' facets keep genres only


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # the adjective for fiction beside the word for film, which may be inflected
        ("“Rishta” badiiy filmining premyerasi bo‘lib o‘tadi.", ["Fiction"]),
        ("“Dərs” tammetrajlı bədii filmi 2015-ci ildə çəkilib.", ["Fiction"]),
        ("Moonika Siimetsa mängufilmi „Seltsimees laps” võib võrrelda.",
         ["Feature Film"]),
        ("Török Ferenc kultikus nagyjátékfilmje jubileumi vetítésén.",
         ["Feature Film"]),
        ("bộ phim truyện dài 90 phút “Cha cõng con” vừa ra mắt", ["Feature Film"]),
        ("Primeira Obra é um filme de ficção, mas também é autobiográfico.",
         ["Feature Film"]),
        # the narrower name comes first here, the genre it belongs to after it
        # (:func:`.genres.prose_genres`); the word for a short film beside the word for film
        ("Phim ngắn được sản xuất bởi Young Lion", ["Short"]),
        # an inflected word for film before a genre word is no sign ("영화의 역사": the
        # history of cinema), nor one after a quoted name ("“Noir” filmleri")
        ("<영화의 역사>에서 지극히 사적인 영화사를 정리했던 고다르는", []),
        ("“Kesilmiş Bir Ağaç Gibi” ve “Noir” filmleri seyirciyle buluştu.", []),
        # "the story line of the film": no fiction film
        ("سعید شاهسواری با استفاده از خط داستانی فیلم نوشت", []),
    ],
)  # fmt: skip
def test_kind_words_in_prose(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


@pytest.mark.parametrize(
    ("labelled", "on_lines", "block", "genres"),
    [
        # a labelled kind of work does not stop the prose from naming the genre
        (["igrani, kratkometražni"], [], "Film je crna komedija o obitelji u Zagrebu.",
         ["Black Comedy", "Comedy", "Fiction", "Short"]),
        # the kind of work on a fact line is kept beside the labelled genre
        (["Drama"], ["Spielfilm"], "", ["Drama", "Feature Film", "Fiction"]),
    ],
)  # fmt: skip
def test_the_kind_of_work_comes_after_the_genres(
    labelled: list[str], on_lines: list[str], block: str, genres: list[str]
) -> None:
    assert g.decide(labelled, [], on_lines, block, "")[0] == genres


def test_a_listing_line_of_a_kind_and_a_genre_is_no_genre_line() -> None:
    # "Spielfilm , Drama" under another film's synopsis in a festival's listing
    assert gl._genre_line("Spielfilm , Drama") is None
    assert gl._genre_line("Spielfilm") == ["Feature Film", "Fiction"]
    assert gl._genre_line("Kurzfilm , Drama") == ["Short", "Drama"]


@pytest.mark.parametrize(
    ("sentence", "title", "genres"),
    [
        # a short film named right before the page's quoted title, maybe after a colon
        ("Produzido por Juliana Vicente, o curta-metragem “Vaca Profana” conduz o espectador",
         "Vaca Profana", ["Short"]),
        ("– MIGLIOR CORTOMETRAGGIO: “Ieri sera a cena”", "Ieri sera a cena", ["Short"]),
        # … not before another film's name, nor in a run of a script without spaces
        ("Après un court-métrage (La coupe) et un premier long-métrage", "Une colonie", []),
        ("«មុនដំបូង» ជុំរុញឲ្យក្មេងជំនាន់ក្រោយសិក្សាបន្ថែមពីប្រវត្តិសាស្ត្រ", "មុនដំបូង", []),
    ],
)  # fmt: skip
def test_a_kind_of_film_beside_the_quoted_title(
    sentence: str, title: str, genres: list[str]
) -> None:
    assert g._beside_title(sentence, title) == genres


@pytest.mark.parametrize(
    "word",
    ["Biografico", "biográfica", "biographique", "biografisch", "biografiske", "biografiska",
     "elämäkerrallinen", "biyografik", "βιογραφική", "زندگینامه", "biogrāfisks", "biopik"],
)  # fmt: skip
def test_the_adjective_for_biographical(word: str) -> None:
    assert genre_names(word) == ["Biography"]


def test_a_thai_genre_word_after_the_word_for_film() -> None:
    # Thai writes the noun first: "ภาพยนตร์ชีวประวัติ", a biographical film
    sentence = "The First of the Few เป็นภาพยนตร์ชีวประวัติขาวดำ ของอังกฤษในปี 1942"
    assert g._sentence_genres(sentence) == ["Biography"]


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # a word of a script without spaces that ends with the noun for a film is a kind of
        # film, as the same word before that noun is ("黑幫片": a gangster film)
        ("他們在斯科塞斯指導下演繹這部參雜政治因素的黑幫片可謂手到擒來", ["Gangster Film"]),
        ("「聶」片是侯導首度執導的武俠片,啟發於大學時期", ["Martial Arts"]),
        # the word for a children's film
        ("Монгол улсад хүүхдийн кино бүтээл тасраад нэлээн удсан.", ["Children's Film"]),
        # a name that begins as a genre word's stem does ("Bernal film") not
        ("the critically acclaimed Ishmael Bernal film, Himala.", []),
        # "tình cảm" (feelings) alone is no genre; "phim tình cảm" (a romance film) is
        ("chị dành cho đạo diễn một cái ôm tình cảm.", []),
    ],
)  # fmt: skip
def test_more_kinds_of_film(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


def test_a_vietnamese_genre_label_with_the_word_for_film() -> None:
    assert genre_names("Phim Tình Cảm") == ["Romance"]


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # Arabic writes a nationality between the noun and its genre adjective
        ("فاز الفيلم الفلسطيني القصير نهاية للمخرج ورد كيّال بالجائزة الكبرى", ["Short"]),
        ("كواليس الفيلم المغربي القصير", ["Short"]),
        ("الفيلم القصير", ["Short"]),
        # … the genre adjective right after the noun is read as before
        ("الفيلم الوثائقي المصري", ["Documentary"]),
    ],
)  # fmt: skip
def test_an_arabic_nationality_between_the_film_and_its_genre(
    sentence: str, genres: list[str]
) -> None:
    assert g._sentence_genres(sentence) == genres


def test_the_article_prefix_readers_turn_away_a_word_without_one() -> None:
    # one test of the articles before the loop over them: the same answers
    assert g._without_articles("الخيال", "العلمي") == "خيال علمي"
    assert g._without_articles("science", "fiction") == ""
    assert g._without_articles("الخيال", "fiction") == ""
    assert g._is_nisba("الفلسطيني")
    assert not g._is_nisba("Palestinian")
