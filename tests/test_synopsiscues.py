"""Table tests for the cues that tell a story's description from a news or event lede and
from a notice, in many languages (snippets written for the tests)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages import extract_page, synopsis, synopsiscues
from indexer.extract.pages.explain import explain_text
from indexer.lang.base import Language

KINDS = ("event_words", "story_words", "notice_words")


@pytest.mark.parametrize("code", lang.CODES)
def test_every_language_has_well_formed_lede_and_story_words(code: str) -> None:
    data = lang.language(code)
    assert isinstance(data, Language)
    for kind in KINDS:
        words = getattr(data, kind)
        assert words, f"{code}: no {kind}"
        assert all(w == w.strip() and w and "|" not in w for w in words)
        assert all(w == w.lower() for w in words), "words are written in lower case"
        assert all("*" not in w[:-1] for w in words), "a star only ends a stem"
        # a stem of two letters matches too much, but two characters of an Indic script
        # (a consonant and its vowel sign: "కథ*", story) make a word's whole stem
        stems = [w[:-1] for w in words if w.endswith("*")]
        assert all(len(s) >= 3 or s[0] >= "\u0900" for s in stems), stems


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("The film premieres tonight at the festival, with tickets on sale now.", 3),
        ("Le film sera projeté ce soir en avant-première au cinéma Lumière.", 3),
        ("La película se estrena en cines el próximo viernes tras su paso por el festival.", 2),
        ("Der Film feiert heute Premiere im Wettbewerb des Festivals.", 3),
        ("В программе основного конкурса фестиваля покажут новый фильм.", 3),
        ("Lansarea filmului în cinematografe a fost amânată din nou.", 2),
        ("יוקרן הערב בסינמטק במסגרת הפסטיבל", 3),
        ("يُعرض الفيلم اليوم في مهرجان القاهرة", 3),
        ("本作は映画祭で上映され、来月劇場公開される。", 3),
        ("Phim sẽ khởi chiếu tại rạp từ hôm nay.", 3),
        ("Film ini tayang di bioskop mulai hari ini.", 3),
        # a lede on the week's releases
        ("Eine phantastische Kinowoche startet: diese Woche neu im Kino.", 3),
        ("Cap de setmana d'estrenes amb mostres de cinema independent.", 1),
        ("Цього тижня у кінопрокат вийшли вісім нових фільмів.", 2),
        ("На этой неделе в кинопрокат выходят восемь новых фильмов.", 2),
        ("Sorti cette semaine dans les salles obscures, le drame a conquis la presse.", 2),
        ("Esta semana llegan a la cartelera cinco estrenos.", 3),
        # languages of smaller film cultures: Kyrgyz, Haitian Creole, Esperanto
        ("Тасманын премьерасы бүгүн кечинде кинотеатрда көрсөтүлөт.", 3),
        ("Pwojeksyon fim nan ap fèt jodi a nan festival la.", 3),
        ("La premiero de la filmo okazos hodiaŭ en la kinejo.", 3),
    ],
)
def test_event_words_of_many_languages(text: str, least: int) -> None:
    assert synopsiscues.distinct("event_words", text) >= least
    assert synopsiscues.event_words(text) >= min(least, 3) / 3


@pytest.mark.parametrize(
    "text",
    [
        "A young woman leaves her village and falls in love with her brother's friend.",
        "Une jeune femme quitte son village et tombe amoureuse de l'ami de son frère.",
        "Lucía vive con su hermana y trabaja de noche; su vida cambia cuando descubre la verdad.",
        "Eine junge Frau verlässt ihr Dorf und verliebt sich in den Freund ihres Bruders.",
        "История о молодой женщине, которая уезжает из деревни к своему брату.",
        "Historia młodej kobiety, która opuszcza wieś i zakochuje się w przyjacielu brata.",
        "تدور أحداث الفيلم حول فتاة تعيش مع عائلة في قرية صغيرة",
        "一个少女离开村庄，讲述她和家人的故事。",
        "เรื่องราวชีวิตของหญิงสาวในหมู่บ้านและครอบครัวของเธอ",
        "Çîrok li ser jiyana keçeke ciwan e ku bi malbata xwe re li gund dijî.",
        "Sheekada waxay ku saabsan tahay gabadh dhallinyaro ah oo la nool hooyo.",
        "Labarin rayuwar yarinya da iyalinta, da soyayya a ƙauye.",
    ],
)
def test_story_words_of_many_languages(text: str) -> None:
    assert synopsiscues.distinct("story_words", text) >= 3
    assert synopsiscues.story_words(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The film premieres tonight at the festival, with tickets on sale now.",
        "Le film sera projeté ce soir en avant-première au cinéma Lumière.",
        "В программе основного конкурса фестиваля покажут новый фильм.",
        "本作は映画祭で上映され、来月劇場公開される。",
    ],
)
def test_a_lede_holds_no_story_words(text: str) -> None:
    assert synopsiscues.story_words(text) == 0


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("© Example Media Oy. Tämän tekstin kopiointi on kielletty.", True),
        ("Copyright 2020 Example Media. All rights reserved.", True),
        ("Huomaa, että artikkeli kuuluu arkistoomme.", True),
        ("Tähelepanu: artikkel on rohkem kui viis aastat vana ja kuulub meie arhiivi.", True),
        ("Due to COVID-19 the cinema is closed until further notice.", True),
        ("Wszelkie prawa zastrzeżone. Kopiowanie bez zgody zabronione.", True),
        ("版權所有，未經授權不得轉載。", True),
        # a cinema's health rules name no pandemic: tests, masks, proof of vaccination
        ("Negative Schnelltests dürfen nicht älter als 24 Stunden sein.", True),
        ("Im Saal ist eine Mund-Nasen-Bedeckung zu tragen.", True),
        ("Le port du masque est obligatoire dans la salle.", True),
        ("Bij binnenkomst vragen we om een coronatoegangsbewijs.", True),
        ("Face coverings must be worn in the foyer at all times.", True),
        # the age rating's notice of a Turkish cinema page
        (
            "10 Yaş ve Üzeri izleyici kitlesi içindir. Olumsuz örnek oluşturabilecek unsurlar "
            "içerir.",
            True,
        ),
        ("A young nurse moves into the house of a dying dancer by the sea.", False),
        ("Ein Dorf in den Bergen, eine Familie und ihr Geheimnis.", False),
    ],
)
def test_notices_in_many_languages(text: str, notice: bool) -> None:
    assert synopsiscues.is_notice(text) is notice


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("19 აპრილს კინოთეატრში ახალი ფილმის პრემიერა გაიმართება.", True),
        ("ศุกร์ที่ ๓๐ มีนาคม เวลา ๑๗.๓๐ น. ที่หอภาพยนตร์", True),
        ("Friday 30 March, 7 pm: a screening with the director.", True),
        ("Le 2 décembre, le film sort en salles.", True),
        ("12.03.2024 – Premiere im Kino am See", True),
        ("1980: a village by the river, where a young man comes home.", False),
        ("Three friends leave the city for a summer by the lake.", False),
    ],
)
def test_a_paragraph_opening_with_a_date_or_a_weekday(text: str, dated: bool) -> None:
    assert synopsiscues.opens_with_date(text) is dated


def test_words_match_whole_words_stems_and_inside_unspaced_scripts() -> None:
    # "son" is a whole word: "sonata" is not it; "premiere*" is a stem: "premiered" is
    assert synopsiscues.distinct("story_words", "a sonata") == 0
    assert synopsiscues.distinct("story_words", "his son") == 1
    assert synopsiscues.distinct("event_words", "it premiered") == 1
    # a stem matches at a word's start only; Hebrew words match after a prefixed particle
    assert synopsiscues.distinct("event_words", "unfestival") == 0
    assert synopsiscues.distinct("event_words", "בפסטיבל") == 1


_LEDE_AND_STORY = [
    (
        "The Quiet River will return to cinemas for one night only, with a special screening "
        "and a Q&A with the director at the festival tonight. Tickets are on sale now.",
        "Anna, a young woman from a fishing village, comes home after her father's death and "
        "finds her family divided; her brother wants to sell the boat, her mother refuses.",
    ),
    (
        "Film Tichá řeka bude uveden na festivalu v soutěži a do kin vstoupí příští týden; "
        "vstupenky na premiéru jsou již v prodeji na pokladnách a v síti kin po celé republice.",
        "Anna, mladá žena z rybářské vesnice, se po smrti otce vrací domů a nachází rodinu "
        "rozdělenou; bratr chce prodat loď, matka odmítá a sestra mlčí o tom, co se stalo.",
    ),
    (
        "В программе основного конкурса фестиваля сегодня покажут фильм «Тихая река»; "
        "премьера пройдёт вечером в главном кинотеатре города, билеты уже в продаже.",
        "Анна, молодая женщина из рыбацкой деревни, возвращается домой после смерти отца и "
        "находит семью в ссоре: брат хочет продать лодку, мать против, сестра молчит.",
    ),
]


def _winner(text: str) -> str:
    """The best-scored synopsis candidate (the synopsis may take a short paragraph before it
    in as its opening, which the scorer's rule does not mind)."""
    return str(explain_text(text, "q.txt")["fields"]["synopsis"]["candidates"][0]["value"])


@pytest.mark.parametrize(("lede", "story"), _LEDE_AND_STORY)
def test_the_story_wins_over_an_event_lede_before_it(lede: str, story: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{lede}\n\n{story}\n\nShare this page\n"
    assert _winner(text) == story
    assert story in extract_page(text, "q.txt").films[0].synopsis


def test_a_notice_loses_to_the_story_after_it() -> None:
    notice = (
        "Please note that this article is more than five years old and belongs to our archive; "
        "facts, prices and opening times may have changed since it was first published here."
    )
    story = _LEDE_AND_STORY[0][1]
    text = f"Quiet River\n\n{notice}\n\nDirector: Ana Lind\n\n{story}\n"
    assert _winner(text) == story


def test_an_inline_story_label_speaks_for_its_paragraph() -> None:
    review = (
        "La crítica: un thriller de atmósfera lograda, con una fotografía nocturna de Madrid "
        "que recuerda al mejor cine de género de los años noventa y un reparto entregado."
    )
    story = (
        "La historia: Lucía trabaja de noche en una discoteca de Madrid; cuando su hermana le "
        "deja a su hija y desaparece, las dos se esconden en un edificio en ruinas del barrio."
    )
    cast = (
        "El reparto: Ester Vidal y Marta Roca encabezan un elenco coral en el que destacan los "
        "secundarios, con una banda sonora de sintetizadores y una fotografía muy oscura."
    )
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{review}\n\n{cast}\n\n{story}\n"
    assert _winner(text) == story


@pytest.mark.parametrize(
    ("text", "defines"),
    [
        ("Quiet River is a 2021 Estonian drama film directed by Ana Lind.", True),
        ("Quiet River est un long métrage estonien réalisé par Ana Lind.", True),
        ("Quiet River ist ein estnischer Spielfilm von Ana Lind aus dem Jahr 2021.", True),
        ("Quiet River es una película estonia dirigida por Ana Lind.", True),
        ("Anna is a nurse in a small town who films her patients at night.", False),
        ("Anna is a nurse. The film follows her through one winter.", False),
    ],
)
def test_a_paragraph_that_defines_the_film(text: str, defines: bool) -> None:
    assert synopsiscues.defines_film(text) is defines


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("La historia: Lucía trabaja de noche en una discoteca de Madrid.", True),
        ("Synopsis: a young nurse moves into the house of a dying dancer.", True),
        ("Сюжет: молодая медсестра переезжает в дом умирающей танцовщицы.", True),
        ("L'histoire : une jeune infirmière s'installe chez une danseuse.", True),
        ("故事:一个风平浪静的下午,格尼酒店突然被怀疑是病毒的源头。", True),  # no space after
        ("ストーリー：若い看護師が踊り子の家に移り住む。", True),
        ("短评:以疫情为题材的轻松喜剧,由十家香港电影公司联手制作。", False),
        ("La crítica: un thriller de atmósfera lograda y reparto entregado.", False),
        ("Director: Ana Lind, with Ester Vidal and Marta Roca.", False),
    ],
)
def test_a_paragraph_headed_inline_by_its_story_label(text: str, head: bool) -> None:
    assert synopsiscues.opens_with_story_head(text) is head


def test_candidates_record_the_lede_and_story_features() -> None:
    lede = _LEDE_AND_STORY[2][0]
    story = (
        "Анна возвращается домой после смерти отца, и на берегу её ждёт старая лодка, которую "
        "никто в округе не хочет чинить этой холодной и долгой осенью у моря."
    )
    lines = ("Quiet River", "", lede, "", story, "", _LEDE_AND_STORY[0][1])
    ballot = synopsis.collect("", lines, set(), "Quiet River")
    first, russian, english = ballot.candidates.values()
    assert {"event_words", "event_not_story"} <= set(first.features)
    assert "story_words" not in first.features
    # the English story has more story words than the Russian one: it alone is the page's most
    assert english.features["story_words"] > russian.features["story_words"] > 0
    assert "most_story_words" in english.features
    assert "most_story_words" not in russian.features
    assert "event_not_story" not in russian.features


@pytest.mark.parametrize(
    "text",
    [
        "Directed by Ana Lind, far from the usual fees; make a note of it.",  # da/sv "by", "far"
        "Il mare d'inverno, ma anche la sessione fantastica del cinema.",  # af "ma", lt "ses*"
        "Una cinta rodada en blanco y negro, con una fantasía graduada.",  # id "cinta", sl "fant*"
    ],
)
def test_common_words_of_other_languages_are_no_story_words(text: str) -> None:
    assert synopsiscues.distinct("story_words", text) == 0
