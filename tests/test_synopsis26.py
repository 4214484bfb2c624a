"""Table tests for the synopsis under a heading: a heading holding a synopsis label with a
word more, the first labelled value long enough to be a synopsis, a quoted title that is no
label, and the introduction section (snippets adapted from pages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsiscues
from indexer.extract.pages.scan import match_label
from indexer.extract.pages.synopsis import labelled_synopsis


@pytest.mark.parametrize(
    ("heading", "title", "expected"),
    [
        ("Sinopsis Cerita", "Pengabdi Setan", True),
        ("FİLMİN KONUSU:", "Kış Uykusu", True),
        ("Кратка содржина", "Македонска сага", True),
        ("Story(あらすじ)", "泥の河", True),
        ("Toy Story", "Toy Story", False),  # the film's name, not a label
        ("Related stories", "Lebanon", False),
        ("Dianas bryllup", "Dianas bryllup", False),
        ("The story begins in a small village.", "X", False),  # a sentence
        ("Pemain", "Pengabdi Setan", False),
    ],
)
def test_story_heading(heading: str, title: str, expected: bool) -> None:
    assert synopsiscues.story_heading(heading, title) is expected


def test_the_first_long_labelled_value_is_the_synopsis() -> None:
    blurb = "A government minister must choose between using his position to help him."
    assert labelled_synopsis(["Shirley Frimpong-Manso", blurb]) == blurb
    assert labelled_synopsis(["", "Short tagline"]) == "Short tagline"
    assert labelled_synopsis([]) == ""


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("INTRODUCTION", "synopsis"),
        ("イントロダクション", "synopsis"),
        ("Synopsis:", "synopsis"),
        ('"Introduction"', None),  # a film called so, cited
        ("«Synopsis»", None),
    ],
)
def test_bare_label_lines(line: str, field: str | None) -> None:
    found = match_label(line)
    assert (found[0][0] if found else None) == field


def test_synopsis_under_a_story_heading_wins_over_the_blog_opening() -> None:
    page = "\n".join(
        [
            "Source: https://example.blogspot.com/2017/10/pengabdi-setan.html",
            "Review Film Pengabdi Setan",
            "",
            "Hello semua. Belakangan saya jadi sering nonton film horor gara-gara teman, "
            "sebulan lalu nonton film horor barat dan minggu lalu saya menonton film ini "
            "bersama teman-teman kantor di bioskop dekat rumah.",
            "",
            "Sutradara : Joko Anwar",
            "Sinopsis Cerita",
            "Di sebuah daerah pinggiran kota yang masih tak banyak dihuni, hiduplah sebuah "
            "keluarga yang terdiri dari seorang nenek, seorang ayah, ibu, serta empat anak; "
            "ibu mereka sakit keras selama tiga tahun.",
        ]
    )
    film = extract_page(page, "pengabdi.txt").films[0]
    assert film.synopsis.startswith("Di sebuah daerah pinggiran kota")


def test_the_synopsis_label_beats_a_writer_credit_read_with_the_same_word() -> None:
    page = "\n".join(
        [
            "Source: https://example.blogspot.com/2015/grey-dawn.html",
            "Review of Grey Dawn",
            "",
            "Director: Shirley Frimpong-Manso",
            "Story: Shirley Frimpong-Manso",
            "",
            "The Best Director at the Africa Movie Academy Awards has written and directed a "
            "new flick that premiered at the cinemas this past Friday to a wide array of "
            "celebrities from inside and outside the industry.",
            "",
            "SYNOPSIS",
            "A government minister must choose between using his position to help his "
            "father-in-law stay out of jail for tax evasion or allow the law to take its course.",
        ]
    )
    film = extract_page(page, "grey-dawn.txt").films[0]
    assert film.synopsis.startswith("A government minister must choose")


def test_a_label_value_under_a_story_heading_beats_the_news_lede() -> None:
    page = "\n".join(
        [
            "Source: https://example.com/kis-uykusu-oscar-yolunda",
            "Kış Uykusu Oscar yolunda",
            "",
            "Kültür ve Turizm Bakanı twitter hesabı üzerinden yaptığı açıklamada filmin "
            "uluslararası arenada ülkemizi temsil edeceğini ve herkesin desteğini beklediğini "
            "söyledi, film yarın akşam gösterilecek.",
            "",
            "FİLMİN KONUSU:",
            "",
            "Aydın emekli bir oyuncudur; aktörlüğü bıraktıktan sonra Orta Anadolu'da kendi "
            "halinde küçük bir otelde çalışarak günlerini geçirir. Hayatında ise iki kadın vardır.",
        ]
    )
    film = extract_page(page, "kis-uykusu.txt").films[0]
    assert film.synopsis.startswith("Aydın emekli bir oyuncudur")


def test_a_one_sentence_synopsis_labelled_inline_is_a_candidate() -> None:
    page = "\n".join(
        [
            "Source: https://example.com/news/cinema-metropol",
            "سینما متروپل",
            "",
            "به گزارش خبرنگار ما؛ فیلم سینمایی «سینما متروپل» به کارگردانی محمدعلی باشه آهنگر "
            "برای نخستین بار در جشنواره فیلم فجر در بخش مسابقه به نمایش درمی‌آید و تهیه‌کننده "
            "آن از حضور در جشنواره خبر داد.",
            "",
            "در خلاصه داستان آمده است: ماجرای راه اندازی سینمای متروکه متروپل آبادان در دل جنگ "
            "و محاصره شهر.",
        ]
    )
    film = extract_page(page, "metropol.txt").films[0]
    assert "ماجرای راه اندازی سینمای متروکه" in film.synopsis
