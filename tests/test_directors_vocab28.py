"""Directors' cues of more languages' whole vocabulary: an abbreviated verb (Thai "กำกับฯ"),
a verb written after the name (Hausa), a spelling without diacritics (Albanian), a Chinese
clause of writing and directing, the legacy Zawgyi encoding of Burmese, and the particles of
names transliterated into Greek."""

from __future__ import annotations

import pytest

from tests.page_support import film_of


def _page(host: str, title: str, body: str) -> str:
    return f"Source: https://{host}/film/review\n{title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("host", "title", "body", "directors"),
    [
        (
            "th.example.com",
            "ความทรงจำ",
            "รีวิว ความทรงจำ ภาพยนตร์อบอุ่นหัวใจ\n\n  • กำกับฯ โดย สมชาย ใจดี ผู้มีผลงานที่ผ่านมาหลายเรื่อง",
            ("สมชาย ใจดี",),
        ),
        (
            "ha.example.com",
            "Gidan Duniya",
            "Shi dai fim din Gidan Duniya ya kunshi jarumai kamar su Musa Bello da sauransu, "
            "sa'annan Habiba Sani ne ya bada umarnin.",
            ("Habiba Sani",),
        ),
        (
            "sq.example.com",
            "Shtëpia",
            "Mbrëmjen e djeshme u shfaq filmi “Shtëpia”, me regji te Arben Kola, producent "
            "Dritan Hoxha.",
            ("Arben Kola",),
        ),
        (
            "zh.example.com",
            "《夏日》",
            "這是一部由王小明編劇及執導,由張大文、李美玲主演的影片。故事講述一家人的夏天。",
            ("王小明",),
        ),
        (
            "el.example.com",
            "Όλες οι Κυριακές",
            "Η ταινία «Όλες οι Κυριακές» συνεχίζεται.\n\n"
            "Σκηνοθεσία: Μαρία Λόπεθ ντε Αράνα.\n\nΗθοποιοί: Πέτρος Γκαρσία, Άννα Ρίβα.",
            ("Μαρία Λόπεθ ντε Αράνα",),
        ),
    ],
)
def test_the_directors_cue_of_a_language(
    host: str, title: str, body: str, directors: tuple[str, ...]
) -> None:
    assert film_of(_page(host, title, body)).directors == directors


def test_a_zawgyi_name_after_the_word_for_director() -> None:
    # Zawgyi writes the vowel sign "ေ" before its consonant: it opens the name's first word
    body = "ဒီဇာတ္ကားကို ဒါ႐ိုက္တာ ေမာင္ေဇာ္က ႐ိုက္ကူးပံုေဖာ္တာျဖစ္ၿပီး ရန္ေအာင္ ပါဝင္သည္။"
    assert film_of(_page("my.example.com", "တစ္ေန႔", body)).directors == ("ေမာင္ေဇာ္",)
