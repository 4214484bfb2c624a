"""Quote attributions in the shapes of pages nobody had read (quoteshape47): a "Name - Outlet"
line whose name a script without capitals writes; a run of "Name – Outlet" lines that sign
quotes with given names alone and outlets of any case, each under the text it signs; a critic
named before the outlet the sentence quotes from; the one outlet a critic's other quote names;
a source read as a critic whose name opens with the outlet read beside it."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.reported import colon_clause
from indexer.extract.pages.quotes.who import Who, parse, uncased_person

#: a Korean translation of a critics' page: each "Critic - Outlet" line over its quote
KOREAN_ROUND_UP = "\n".join(
    [
        "평론가들의 총평",
        "연민 가운데 서서히 충격을 주는 <괴물>은 끝까지 놀라움을 주는 시점 전환의 걸작이다.",
        "카일 터너 - Slant Magazine",
        "끈기 있게 자신의 경력을 쌓아 우리의 심금을 울리는 대가, 그리고 가장 폭넓은 감정적 "
        "터치로 많은 관객을 만족시키려는 그의 새로운 욕망 사이의 밀당.",
        "브라이언 탈레리코 - RogerEbert.com",
        "<괴물>은 거장의 또 다른 인상적인 작품으로, 세심하게 조율된 영화인 덕에, 관객은 "
        "캐릭터들에게 푹 빠져서, 연기자들이라는 사실을 잊는다.",
        "알리사 윌킨슨 - Vox",
        "고레에다는 아동 연기 연출의 대가이기 때문에, 스크린에 어른들이 없고 자신들만의 "
        "환상과 모험의 세계에 살고 있는 아이들이 나오는 순간 빛난다.",
        "니콜라스 바버 - BBC.com",
        "어수선한 현대인의 삶을 세밀하게 관찰하고 깊이 연민하는 연대기... 4/5",
        "빌지 에비리 - New York Magazine/Vulture",
        "관점들이 하나",
    ]
)

#: a Romanian blog's round-up: each excerpt signed under it by "Firstname – Blog"
ROMANIAN_BLOGS = "\n".join(
    [
        "Despre oameni şi melci (2012)",
        "",
        "Dacă ar fi să-l caracterizez printr-un singur cuvânt, i-aș spune ”nehotărât” și "
        "nimic mai mult, un film care nu se hotărăște ce vrea să fie până la final.",
        "Bogdan – Blogul cu filme",
        "Filmul lui Giurgiu este un amestec intens de stiluri. Dar totul făcut cu sens, pentru "
        "că România în tranziție este un amestec intens de noutate și nou-hibrid.",
        "Dragoş Marin – Film Reporter",
        "Scenariul pune în valoare calităţile naturale ale actorilor: şarmul lui Vasluianu şi "
        "abilitatea sa de a juca întreprinzătorul om de rând.",
        "Oana – metropotam",
        "Antrenant si usor de urmarit, nu plictiseste, chiar daca plot-ul este cam "
        "intortocheat si finalul vine prea repede pentru gustul meu.",
        "Alexandra Zărnescu – Raluk",
    ]
)


def _has(body: str, start: str, critic: str | None, outlet: str | None) -> bool:
    """True when the page around ``body`` quotes a passage opening with ``start`` signed so."""
    return any(t.startswith(start) and (c, o) == (critic, outlet) for t, c, o in quotes(body))


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("카일 터너 - Slant Magazine", Who("카일 터너", "Slant Magazine", True)),
        ("알렉산드라 헬러-니콜라스 - AWFJ.org", Who("알렉산드라 헬러-니콜라스", "AWFJ.org", True)),
        ("ريتشارد روبر , Chicago Sun-Times", Who("ريتشارد روبر", "Chicago Sun-Times", True)),
    ],
)
def test_uncased_name_beside_an_outlet_beyond_doubt_signs(line: str, want: Who) -> None:
    assert parse(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "아누파마 초프라 - Film Companion",  # alone, an outlet of no sure shape proves nothing
        "봉준호 감독의 - Parasite",
    ],
)
def test_uncased_name_beside_an_unsure_name_alone_is_no_source(line: str) -> None:
    who = parse(line)
    assert who is None or not who.critic


def test_uncased_person_shape() -> None:
    assert uncased_person("카일 터너")
    assert uncased_person("ریچارد روبر")
    assert not uncased_person("카일")  # one word
    assert not uncased_person("Kyle Turner")  # capitals: is_person's to judge


def test_korean_critic_lines_head_their_quotes() -> None:
    assert _has(KOREAN_ROUND_UP, "끈기 있게 자신의", "카일 터너", "Slant Magazine")
    assert _has(KOREAN_ROUND_UP, "<괴물>은 거장의", "브라이언 탈레리코", "RogerEbert.com")
    # an outlet of no sure shape, vouched for by the page's other lines
    assert _has(KOREAN_ROUND_UP, "고레에다는 아동", "알리사 윌킨슨", "Vox")
    assert _has(KOREAN_ROUND_UP, "어수선한 현대인의", "니콜라스 바버", "BBC.com")
    assert not any(t.startswith("연민 가운데") and c for t, c, _ in quotes(KOREAN_ROUND_UP))


def test_blog_lines_sign_the_excerpt_above_them() -> None:
    assert _has(ROMANIAN_BLOGS, "Dacă ar fi", "Bogdan", "Blogul cu filme")
    assert _has(ROMANIAN_BLOGS, "Filmul lui", "Dragoş Marin", "Film Reporter")
    assert _has(ROMANIAN_BLOGS, "Scenariul", "Oana", "metropotam")
    assert _has(ROMANIAN_BLOGS, "Antrenant", "Alexandra Zărnescu", "Raluk")


def test_critic_named_before_the_quoted_outlet() -> None:
    text = (
        "Whether the film gets the trophy or not, it did leave international critics impressed "
        "after the screening, with Peter Bradshaw of 'The Guardian' showering praise on it for "
        'its "freshness and emotional clarity" and comparing the storytelling with Ray\'s.'
    )
    found = prose_quotes(text)
    assert found[0][1] == Who("Peter Bradshaw", "The Guardian", True)


def test_outlet_named_only_beside_a_critics_other_quote() -> None:
    body = (
        "“Anchored by superb performances, and with the impacts of systemic dislocation and "
        "colonisation on Māori evident throughout, Cousins is a deeply moving dramatic triumph, "
        "one that stayed with me for some time after the cinema lights came back on” said Steve "
        "Newall from Flicks NZ and NewsHub said the film was something that “comes around once "
        "in a blue moon”."
    )
    assert _has(body, "Anchored", "Steve Newall", "Flicks NZ")


def test_critic_that_opens_with_its_outlet_is_the_outlet() -> None:
    body = (
        "Film Movement also premieres a brand new U.S. poster and trailer for the film Time "
        "Out London calls “elegant and incisive, a film of rare intelligence.” See both here."
    )
    got = quotes(body)
    assert [(c, o) for _, c, o in got] == [(None, "Time Out London")]


@pytest.mark.parametrize(
    ("paragraph", "start", "critic", "outlet"),
    [
        (
            "The early reviews were glowing. In her review of the film, Sophie Monk-Kaufman of "
            "IndieWire wrote: This casual everyday vignette is brimming with a sensuality "
            "that people rarely see on screen.",
            "This casual everyday",
            "Sophie Monk-Kaufman",
            "IndieWire",
        ),
        (
            "فیلم در کن به نمایش گذاشته شد و پس از اکران، پیتر بردشاو منتقد ارشد سینمایی گاردین "
            "با دادن امتیاز چهار ستاره درباره این فیلم نوشت: سعید روستایی، فیلمساز ایرانی، یک "
            "درام خانوادگی بزرگ، جذاب و شخصیت محور را به نمایش گذاشته است.",
            "سعید روستایی",
            "پیتر بردشاو",
            "گاردین",
        ),
    ],
)
def test_words_reported_after_a_verb_and_a_colon(
    paragraph: str, start: str, critic: str, outlet: str
) -> None:
    found = colon_clause(paragraph)
    assert found is not None
    assert found[0].startswith(start)
    assert found[1] == Who(critic, outlet, True)


@pytest.mark.parametrize(
    "paragraph",
    [
        # nobody's outlet: a statement, no critic's words
        "After the screening the director said: we shot the whole film in twenty days in the "
        "mountains with a crew of eleven people.",
        # the first person: an interview
        "Jane Campion told Variety: I wanted to make a film about the land and the people who "
        "were there before us.",
        # quoted after the colon: the prose reader's
        "Peter Bradshaw of The Guardian wrote: “A film of rare tenderness and wit, made with "
        "a light hand.”",
    ],
)
def test_no_reported_words_after_a_colon(paragraph: str) -> None:
    assert colon_clause(paragraph) is None
