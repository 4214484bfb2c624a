"""Language data swept from grammar (session 46): the words for the director, the cast, the
year, the genres, the runtime and the synopsis that each language writes, read on small
pages of our own sentences (Korean, Japanese, Chinese, Vietnamese, Thai, Indonesian, Malay,
Tagalog, Hindi, Bengali, Tamil, Telugu, Malayalam, Gujarati, Odia, Persian, Georgian,
Uzbek, Mongolian)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.genres import _sentence_genres
from indexer.extract.pages.numbers import _any_year

_STORY = {
    "ko": "한 소녀가 바닷가 마을에서 살아가는 이야기를 그린다. 그녀는 어느 날 낯선 남자를 만난다.",
    "id": "Seorang gadis yang tinggal di desa nelayan bertemu dengan seorang pria asing. "
    "Hidupnya berubah selamanya.",
}


def _film(body: str, title: str = "바다의 노래"):
    page = f"Source: https://example.org/film/1\n{title}\n\n{body}\n"
    films = extract_page(page, "page.txt").films
    assert films
    return films[0]


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # the word for film with the copula or a case glued on: "is a thriller film"
        ("바다의 노래는 2019년 한국에서 제작된 스릴러 영화이다.", ["Thriller"]),
        ("공포 영화로 제작되었다.", ["Horror"]),
        # "romantic" beside a genre word of Hangul
        ("로맨틱 스릴러 영화다.", ["Romance", "Thriller"]),
        ("김철수 감독의 신작은 미스터리 영화다.", ["Mystery"]),
        # Japanese: "comedy" (kigeki), "love story"
        ("山田太郎監督の喜劇映画『海の歌』。", ["Comedy"]),
        # Chinese: fantasy (mohuan), period costume film
        ("《海之歌》是一部2019年上映的中国魔幻电影", ["Fantasy"]),
        # Vietnamese: detective film
        ("Bài ca biển là một bộ phim trinh thám Việt Nam", ["Detective"]),
        # Indonesian: "film laga" is an action film
        ("Lagu Laut adalah film laga Indonesia", ["Action"]),
        # Tagalog: a romantic comedy
        ("Ang Awit ng Dagat ay isang pelikulang romantikong komedya", ["Romantic Comedy"]),
        # Persian: a police (crime) film
        ("آواز دریا فیلمی پلیسی است", ["Crime"]),
    ],
)
def test_genre_words_of_the_languages(sentence: str, genres: list[str]) -> None:
    assert _sentence_genres(sentence, prose=True)[: len(genres)] == genres


def test_the_korean_word_for_film_in_a_case_is_no_director() -> None:
    # "this film's director, Kim Cheol-su, …": not "영화의" read back from "감독"
    film = _film(
        "바다의 노래는 2019년 개봉한 한국의 로맨틱 스릴러 영화이다. 이 영화의 감독인 김철수는 "
        "이번 작품으로 데뷔했다.\n\n줄거리\n" + _STORY["ko"]
    )
    assert "영화의" not in film.directors
    assert film.genres[:2] == ("Romance", "Thriller")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2019-yilda suratga olingan", ["2019"]),  # Uzbek: in the year 2019
        ("1968-ci ildə", ["1968"]),  # Azerbaijani
        ("2019-ൽ പുറത്തിറങ്ങിയ", ["2019"]),  # Malayalam: released in 2019
        ("в 1990-х годах", []),  # the 1990s, a decade
        ("1990-е", []),
        ("2019-2020", []),  # a range
    ],
)
def test_a_year_with_a_case_ending_after_a_hyphen(text: str, years: list[str]) -> None:
    assert _any_year().findall(text) == years


def test_an_uzbek_year_with_its_case_ending_and_plural_directors() -> None:
    film = _film(
        "Dengiz qo'shig'i — 2019-yilda suratga olingan o'zbek detektiv filmi. Filmning "
        "rejissyorlari Ayub Shahobiddinov va Bobur Karimov.\n\nQisqacha mazmun\n"
        "Dengiz bo'yidagi qishloqda yashaydigan qiz notanish erkak bilan uchrashadi.",
        "Dengiz qo'shig'i",
    )
    assert film.year == 2019
    assert film.directors == ("Ayub Shahobiddinov", "Bobur Karimov")


def test_an_indonesian_film_of_a_year() -> None:
    # "an Indonesian action film of 2019"
    film = _film(
        "Lagu Laut adalah film laga Indonesia tahun 2019 yang disutradarai oleh Budi Santoso. "
        "Film ini dibintangi oleh Dian Sastro dan Reza Rahadian.\n\nAlur cerita\n" + _STORY["id"],
        "Lagu Laut",
    )
    assert (film.year, film.genres) == (2019, ("Action",))


@pytest.mark.parametrize(
    ("title", "body", "directors", "cast"),
    [
        (
            # Telugu: "… played the lead roles"
            "సముద్ర గీతం",
            "సముద్ర గీతం 2019లో విడుదలైన తెలుగు హాస్య చిత్రం. ఈ చిత్రానికి రాజేష్ కుమార్ "
            "దర్శకత్వం వహించారు. అమిత్ శర్మ, ప్రియా సింగ్ ప్రధాన పాత్రలు పోషించారు.",
            ("రాజేష్ కుమార్",),
            ("అమిత్ శర్మ", "ప్రియా సింగ్"),
        ),
        (
            # Gujarati: "directed by …" with the word Hindi writes
            "દરિયાનું ગીત",
            "દરિયાનું ગીત ગુજરાતી ભયાનક ફિલ્મ છે. આ ફિલ્મ રાજેશ પટેલ દ્વારા નિર્દેશિત છે.",
            ("રાજેશ પટેલ",),
            (),
        ),
        (
            # Odia: "… has given the direction", "… acted in the lead roles"
            "ସମୁଦ୍ରର ଗୀତ",
            "ସମୁଦ୍ରର ଗୀତ ଏକ ଓଡ଼ିଆ ଭୌତିକ ଚଳଚ୍ଚିତ୍ର । ଏହି ଚଳଚ୍ଚିତ୍ରକୁ ରାଜେଶ ମହାପାତ୍ର ନିର୍ଦ୍ଦେଶନା "
            "ଦେଇଛନ୍ତି । ଅମିତ ଦାସ ଓ ପ୍ରିୟା ସାହୁ ମୁଖ୍ୟ ଭୂମିକାରେ ଅଭିନୟ କରିଛନ୍ତି ।",
            ("ରାଜେଶ ମହାପାତ୍ର",),
            ("ଅମିତ ଦାସ", "ପ୍ରିୟା ସାହୁ"),
        ),
        (
            # Bengali: "… in the lead roles"
            "সমুদ্রের গান",
            "সমুদ্রের গান একটি বাংলা গোয়েন্দা চলচ্চিত্র। অমিত শর্মা ও প্রিয়া সিংহ প্রধান ভূমিকায় অভিনয় করেছেন।",
            (),
            ("অমিত শর্মা", "প্রিয়া সিংহ"),
        ),
        (
            # Tagalog: "led by …" (the cast)
            "Awit ng Dagat",
            "Ang Awit ng Dagat ay isang pelikula sa direksyon ni Jose Santos. Pinangungunahan "
            "nina Maria Cruz at Pedro Reyes ang pelikula.",
            ("Jose Santos",),
            ("Maria Cruz", "Pedro Reyes"),
        ),
    ],
)
def test_credits_in_the_languages_prose(
    title: str, body: str, directors: tuple[str, ...], cast: tuple[str, ...]
) -> None:
    film = _film(body, title)
    assert film.directors == directors
    assert film.cast[: len(cast)] == cast


def test_labels_of_runtime_and_year() -> None:
    # Vietnamese "year of release", Korean "running time" written with a space
    film = _film(
        "Đạo diễn: Nguyễn Văn Minh\nThể loại: Cổ trang, Võ thuật\nThời lượng: 118 phút\n"
        "Năm ra mắt: 2019\n\nNội dung phim\nMột cô gái sống ở làng chài gặp một người đàn "
        "ông lạ. Cuộc đời cô thay đổi từ đó.",
        "Bài ca biển",
    )
    assert (film.year, film.runtime_minutes) == (2019, 118)
    assert film.genres[:1] == ("Period Drama",)
    film = _film(
        "감독: 김철수\n장르: 로맨틱 스릴러\n상영 시간: 118분\n\n작품 소개\n" + _STORY["ko"]
    )
    assert (film.runtime_minutes, film.genres) == (118, ("Romance", "Thriller"))
