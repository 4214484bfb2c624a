"""A critic's role word before the name: never read as the name, and in a script without
capitals the mark of where the name starts (quotes25b)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.rolenames import uncased_role_person


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Arabic: the adjectives after the role carry its article; the name ends at a mark
        ("وقال رئيس اللجنة الناقد المصري احمد شوقي: ” الفيلم", "احمد شوقي"),
        ("بينما أوضح الناقد السينمائي السعودي أحمد العياد، في حديثه", "أحمد العياد"),
        # a long run with no mark: the name's two words, then the rest of the sentence
        ("كتابة ل اوقات نيويورك، ناقد الفيلم مانوهلا دارجيس يصف الفيلم بأنه", "مانوهلا دارجيس"),
        # Hindi: the postposition after the name ends it
        ("फिल्म समीक्षक तरण आदर्श ने फिल्म की समीक्षा की है", "तरण आदर्श"),
        # Korean: the particle glued to the name ends it
        ("영화 칼럼니스트 달시 파켓도 언론시사 직후 트위터에", "달시 파켓"),
        # ... and no particle within three words names nobody
        ("영화 평론가 이동진이 최근 자신의 블로그와 SNS를 통해 신작", None),
        # no role, or a role with no name after it
        ("كتب المخرج احمد شوقي في تغريدة", None),
        ("وقال الناقد: ”", None),
    ],
)
def test_uncased_role_person(sentence: str, name: str | None) -> None:
    assert uncased_role_person(sentence) == name


def test_capitalised_role_word_is_no_name() -> None:
    text = (
        "Cây viết David Rooney của tờ The Hollywood Reporter đưa ra nhận định: “Những trận "
        "không chiến và diễn tập chiến thuật của các phi công là phần đáng nhớ nhất”."
    )
    [(quote, who, _)] = prose_quotes(text)
    assert quote.startswith("Những trận")
    assert who is not None and who.critic == "David Rooney"
    assert who.outlet == "The Hollywood Reporter"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "وقال رئيس اللجنة الناقد المصري احمد شوقي: ” الفيلم كثيف بالحوار المتداخل "
            "والمواقف الاجتماعية الخانقة وتغيير وجهة النظر ”",
            ("الفيلم كثيف", "احمد شوقي", None),
        ),
        # a quoted web address is the outlet, and the critic named before it is its critic
        (
            "بينما أوضح الناقد السينمائي السعودي أحمد العياد، في حديثه لـ “العربية.نت” قائلاً” "
            "فيلم ناقة أحد أهم الأفلام السعودية التي شاهدناها مؤخراً”.",
            ("فيلم ناقة أ", "أحمد العياد", "العربية.نت"),
        ),
        # a Korean critic named after the role is no outlet
        (
            '영화 칼럼니스트 달시 파켓도 언론시사 직후 트위터에 "독특하고 흥미로운 영화이며 정말 '
            '강력한 영화다"는 평을 남기며 아낌없는 찬사를 보내고 있다.',
            ("독특하고 흥미로운", "달시 파켓", None),
        ),
    ],
)
def test_critic_named_after_role(body: str, want: tuple[str, str, str | None]) -> None:
    found = [(t[: len(want[0])], c, o) for t, c, o in quotes(body)]
    assert want in found


def test_persian_name_and_outlet_in_guillemets_around_the_role() -> None:
    body = (
        "«لیسا نیسلسون» منتقد «اسکرین» می‌نویسد: «بازی‌های عالی این درام خانوادگی در مورد "
        "جنسیت و موفقیت در ایران را مستحکم کرده است.»"
    )
    [(quote, critic, outlet)] = quotes(body)
    assert quote.startswith("بازی‌های عالی")
    assert (critic, outlet) == ("لیسا نیسلسون", "اسکرین")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a title in guillemets inside a quotation in guillemets: the outer close ends it
        ("«در «برادران لیلا»، یک خانواده رقت‌انگیز ایرانی در آستانه فروپاشی است» نوشت", 0, 69),
        ("Il écrit : «Un film de «Cannes» qui ne ressemble à rien d'autre» et part.", 11, 63),
    ],
)
def test_nested_guillemets(text: str, start: int, end: int) -> None:
    from indexer.extract.pages.quotes import marks

    [(k, e)] = marks.spans(text, 4)
    assert (k, text[e]) == (start, "»")
    assert e == end


def test_inverted_verb_then_role_then_name() -> None:
    text = (
        "“Está claro que Gálvez ha estudiado detenidamente las numerosas ramificaciones del "
        "tema” piropea el crítico de cine Carlos Aguilar de The Playlist, para quien es un logro."
    )
    [(quote, who, _)] = prose_quotes(text)
    assert quote.startswith("Está claro")
    assert who is not None and (who.critic, who.outlet) == ("Carlos Aguilar", "The Playlist")
