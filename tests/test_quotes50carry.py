"""Quotes that go on a source named once (quotes50): a quotation in prose right after another
one's signature ("“…”, diz a “Variety”. “…”"), a paragraph of prose that opens with a
quotation right under the paragraph that quoted a source ("‘…,’ it said." / "And ‘…’."), and
a list of outlets in a script without capitals before a word for "respectively" ("뉴욕
타임즈와 로스앤젤레스 타임즈는 각각 “…” “…”")."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.scripts import script_sources
from indexer.extract.pages.quotes.speech import respectively

#: a Brazilian daily quoting Variety twice in one paragraph, signed once between them
VARIETY = (
    "A revista, uma das mais importantes da área, também foi só elogios à atriz principal.\n\n"
    "O jornal diz: “Se o filme pertencer tanto a (Sônia) Braga quanto a (Kleber Mendonça) "
    "Filho, é porque o diretor deu a ela um presente numa bandeja de prata”, diz a “Variety”. "
    "“Uma atriz incrivelmente intuitiva, ela é maravilhosamente envelhecida numa sensual "
    "fisicalidade aristocrática.”"
)

#: an Indian daily: the New York Times quoted, then a paragraph that goes on with its words
LUNCHBOX = (
    "Batra’s ‘debut feature’, is a romance that takes place in Mumbai, but its style is more "
    "Hollywood than Bollywood, and Old Hollywood at that,’ said the New York Times.\n\n"
    "Irrfan and Nimrat Kaur's performances ‘are graceful and dignified in the manner of movie "
    "stars in an earlier, less aggressive age, ennobling the ordinary lives they explore,’ it "
    "said.\n\n"
    "And ‘Batra makes their story touching and credible, an urban fable of hope in the face "
    "of disappointment’."
)

#: a Korean daily: two outlets, then "respectively" (각각) and a quotation for each
KOREAN = (
    '뉴욕 타임즈와 로스앤젤레스 타임즈는 각각 "동종 장르의 영화보다 피는 적고, 더 친절하다. '
    '이 종잡을 수 없는 조직의 이야기는 영화가 진행될수록 점점 더 몰입하게 만든다" "작가이자 '
    "감독인 박훈정은 인내심과 우아함, 많지 않은 유혈 사태를 가지고 한국의 범죄조직내 분열에 "
    '대한 복잡한 이야기를 들려준다"고 칭찬했다.'
)

#: a Japanese page: the same with それぞれ, each outlet in corner brackets beside its Latin name
JAPANESE = (
    "有名な批評家も絶賛した。「ロサンゼルス・タイムズ(LA Times)」と「ニューヨーク・タイムズ(NY "
    "Times)」は、それぞれ「個人的な物語と壮大な物語が絶妙に組み合わさった映画」、「夏に映画館を"
    "訪れる観客を満足させられる映画」と評した。"
)


def _sources(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(t[:12], c, o) for t, c, o in quotes(body)]


def test_quotation_after_a_signature_goes_on_its_source() -> None:
    found = _sources(VARIETY)
    assert ("Uma atriz in", None, "Variety") in found
    assert ("Se o filme p", None, "Variety") in found


def test_paragraph_opening_with_a_quotation_goes_on_the_source_above() -> None:
    found = {t: o for t, c, o in _sources(LUNCHBOX) if c is None}
    assert found["are graceful"] == found["Batra makes "] == "New York Times"


@pytest.mark.parametrize(
    "body",
    [
        # a long stretch of prose between them: no carry
        "“The best film of the year, and a triumph of tone,” said the Guardian. The festival "
        "then moved on to other films from many countries, and later that week the jury met. "
        "“A slow and careful drama that never quite finds its feet.”",
        # the second quotation speaks in the first person: a statement, no critic's
        "“The best film of the year, and a triumph of tone,” said the Guardian. “I wanted to "
        "make a film about my mother and her village.”",
    ],
)
def test_no_carry_over_prose_or_a_statement(body: str) -> None:
    signed = [(t[:6], o.removeprefix("the ")) for t, _, o in quotes(body) if o]
    assert signed == [("The be", "Guardian")]


def test_respectively_in_a_script_without_capitals() -> None:
    assert [w.outlet for w in respectively(KOREAN)[1]] == ["뉴욕 타임즈", "로스앤젤레스 타임즈"]
    assert [(t[:6], w.outlet if w else None) for t, w, _ in prose_quotes(KOREAN)] == [
        ("동종 장르의", "뉴욕 타임즈"),
        ("작가이자 감", "로스앤젤레스 타임즈"),
    ]
    assert [(t[:6], w.outlet if w else None) for t, w, _ in prose_quotes(JAPANESE)] == [
        ("個人的な物語", "ロサンゼルス・タイムズ"),
        ("夏に映画館を", "ニューヨーク・タイムズ"),
    ]


def test_script_sources_lists_each_outlet_once_in_order() -> None:
    head = "「ロサンゼルス・タイムズ(LA Times)」と「ニューヨーク・タイムズ(NY Times)」は、"
    assert [w.outlet for w in script_sources(head)] == [
        "ロサンゼルス・タイムズ",
        "ニューヨーク・タイムズ",
    ]
    # one outlet only, or a sentence with Latin names outside brackets: no list of this kind
    assert respectively("뉴욕 타임즈는 각각 “좋은 영화” “나쁜 영화”라고 했다.") == (-1, [])


#: a forum post reposting a review: its headline, the critic's line, the outlet's line, the text
BYLINE = (
    "Le mercredi 28 janvier 2009\n"
    "Polytechnique, un film à voir\n"
    "Nathalie Petrowski\n"
    "La Presse\n"
    "Dès le départ, il y a quatre ans, sans savoir qui serait le réalisateur, le scénariste ou "
    "les acteurs, j'étais pour ce film. Dans mon esprit, il n'y avait aucun doute: "
    "Polytechnique, le premier film de fiction sur la tuerie du 6 décembre, méritait d'exister."
)


def test_critic_line_on_top_of_the_outlet_line_heads_the_text_too() -> None:
    assert ("Dès le dépar", "Nathalie Petrowski", "La Presse") in _sources(BYLINE)


def test_no_critic_from_a_line_apart_from_the_outlet_line() -> None:
    # a blank line between the name and the outlet: the name is no part of the byline
    apart = BYLINE.replace("Nathalie Petrowski\n", "Nathalie Petrowski\n\n")
    assert all(c != "Nathalie Petrowski" for t, c, _ in quotes(apart) if t.startswith("Dès"))


def test_no_byline_over_a_line_that_names_no_outlet() -> None:
    # a review site's label lines ("Scream Factory" / "Blu-ray") over its own article
    body = (
        "Scream Factory\nBlu-ray\n\n\n"
        "Trailers From Hell's Charlie Largent takes a look at two 'fifties shockers, one a "
        "garden-variety spook show and the other a quirky stand-out in that era's parade."
    )
    assert all(c != "Scream Factory" for _, c, _ in quotes(body))


def test_no_carry_to_a_paragraph_with_its_own_clause_of_saying() -> None:
    # a Malaysian daily: the director's words, then a paragraph quoting him again, "katanya"
    body = (
        "Razak Mohaideen berkata, filem tersebut menampilkan skrip asal tulisan novelis "
        "terkenal. “Apabila mengarahkan sesebuah filem, pengarah sentiasa memastikan setiap karya "
        "yang dihasilkan mempunyai kelainan,” katanya.\n\n"
        "“Terdapat juga elemen komedi, seram dan fantasi agar penonton terhibur "
        'menyaksikannya," katanya kepada mStar Online. Tambah pengarah yang popular itu.'
    )
    assert not any(t.startswith("Terdapat") and (c or o) for t, c, o in quotes(body))
