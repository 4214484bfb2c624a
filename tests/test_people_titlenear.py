"""A director named in the film's own sentence, beside its title, beats the other films'
directors a news item names after the same role word."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlenear
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("block", "name", "titles", "near"),
    [
        ('Festival otvara film "Sunce", rediteljke Ana Kovač.', "Ana Kovač", ["Sunce"], True),
        ("<바다>의 이수민 감독이 돌아왔다.", "이수민", ["<바다>."], True),  # the title's brackets
        ("STILLE VAND er stærk. Instruktøren er Marte Holm.", "Marte Holm", ["Stille vand"], False),
        (  # the same sentence, but a paragraph away
            "Sunce je prikazan, a žiri koji je vodio legendarni mađarski reditelj Bela Tar "
            "dodelio je nagradu za najbolju ulogu glumcu iz filma koji je došao iz Rumunije.",
            "Bela Tar",
            ["Sunce"],
            False,
        ),
        ("Sunčani dani: reditelj Ana Kovač.", "Ana Kovač", ["Sunce"], False),  # inside a word
        ("Up: director Ana Kovač.", "Ana Kovač", ["Up"], False),  # too short a title
        (  # a list of winners: the name beside one title may be another's director
            'Won "Seaside" by Ana Ruiz, and "River" by Jo Lee, the jury said.',
            "Jo Lee",
            ["Seaside"],
            False,
        ),
        ('Won "Seaside" by Ana Ruiz, the jury said.', "Ana Ruiz", ["Seaside"], True),
    ],
)
def test_beside_title(block: str, name: str, titles: list[str], near: bool) -> None:
    assert titlenear.beside_title(block, name, titles) is near


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        (  # a jury's president first, the film's director in its own sentence
            "Source: https://news.example.rs/sunce\n"
            "Počinje festival\n\n"
            "Žiri predvodi mađarski reditelj Bela Tar, a među gostima je i reditelj Tod Lin.\n"
            'Festival će otvoriti film "Sunce", sarajevske rediteljke Ana Kovač, koji je '
            "priča o bratu i sestri.\n",
            ["Ana Kovač"],
        ),
        (  # another teaser's director first in a listing
            "Source: https://avis.example.dk/stille-vand\n"
            "STILLE VAND\n\n"
            "Den danske instruktør Jens Holt har lavet sin første spillefilm om en sommer.\n"
            "Bag dokumentaren STILLE VAND står den norske instruktør Marte Holm.\n",
            ["Marte Holm"],
        ),
        (  # other films' directors mentioned in passing
            "Source: https://blog.example.kr/entry/12\n"
            "<바다> 리뷰\n\n"
            "올해는 박민수 감독의 <하늘>이 겨우 체면을 지켰다.\n"
            "<바다>의 이수민 감독이 그 자리를 채울 것 같다.\n",
            ["이수민"],
        ),
    ],
)
def test_the_director_beside_the_films_title_wins(page: str, directors: list[str]) -> None:
    assert list(film_of(page).directors) == directors
