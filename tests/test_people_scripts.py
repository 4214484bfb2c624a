"""Names in prose of many scripts: a second credit joined by a prefixed "and", titles of
address and prepositions kept out of the name (:mod:`indexer.extract.pages.cues`,
:mod:`indexer.extract.pages.names`, the language modules' ``honorifics`` and
``postpositions``)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import (
    cast_before,
    cast_lists,
    co_directors_before,
    director_before,
    mentions,
)
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.names import names, person
from indexer.extract.pages.roles import marked_in_parentheses
from indexer.extract.pages.sentences import character_cast, credit_sentence, sentence_at
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("Saudara Syamsul Yusof", "Syamsul Yusof"),
        ("Bro Syamsul Yusof", "Syamsul Yusof"),
        ("الفنان محمد رمضان", "محمد رمضان"),
        ("Mr. Tom Smith", "Tom Smith"),
        ("Masayuki Suo", "Masayuki Suo"),  # "Mas" only as a word of its own
        # "and the screenwriter": the prefixed "and", then the prefixed article, then the role
        ("והתסריטאי יז'י סקולימובסקי", "יז'י סקולימובסקי"),
        ("والمخرج محمد خان", "محمد خان"),
    ],
)
def test_titles_of_address_are_no_part_of_a_name(name: str, tidy: str) -> None:
    assert person(name) == tidy


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # "directed it and wrote it": the second credit joined by a prefixed "and"
        ("أخرجه وكتبه دانيال جوزيف من إنتاج شركة", "directed_by", ["دانيال جوزيف"]),
        # a preposition after the name ends it
        ("إخراج هاني أبو أسعد في بيروت", "directed_by", ["هاني أبو أسعد"]),
        ("کارگردان اصغر فرهادی از ایران", "director_nouns", ["اصغر فرهادی"]),
        # Urdu: "the film's direction X gave"; the ergative postposition ends the name
        ("فلم کی ہدایات عمر عادل نے دی ہیں، جبکہ کہانی", "directed_by", ["عمر عادل"]),
    ],
)
def test_names_after_cues_in_arabic_script(text: str, kind: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, kind)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Marathi: the respectful "his/her" (with its case endings) after a name ends it
        ("प्रसिद्ध दिग्दर्शक सुनील पाटील यांचा नवा सिनेमा येत आहे", ["सुनील पाटील"]),
        ("दिग्दर्शक सुनील पाटील यांनी सांगितले", ["सुनील पाटील"]),
        ("दिग्दर्शक सुनील पाटील ह्यांच्या सिनेमात", ["सुनील पाटील"]),
    ],
)
def test_a_marathi_postposition_ends_a_name(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Armenian's own comma and full stop end a name (the genitive is kept as written)
        ("ռեժիսոր Արամ Պետրոսյանի՝ Երևանի մասին պատմող ֆիլմը", ["Արամ Պետրոսյանի"]),
        ("ռեժիսոր Արամ Պետրոսյան։ Ֆիլմը", ["Արամ Պետրոսյան"]),
        ("ռեժիսոր Արամ Պետրոսյան, Երևան", ["Արամ Պետրոսյան"]),
    ],
)
def test_armenian_punctuation_ends_a_name(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name of Han characters or Hangul closed by a parenthesis: "영화 '…'(감독 …)"
        ("영화 '바다'(감독 김민수)에 높은 평점을 줬다.", ["김민수"]),
        ("映画『海』（監督 山田太郎）は", ["山田太郎"]),
        ("映画『海』(監督 山田太郎)は", ["山田太郎"]),
    ],
)
def test_a_cjk_name_closed_by_a_parenthesis(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a directing debut written after the director's name
        ("फिर सीमा राव का डायरेक्टोरियल डेब्यू बढ़िया है।", ["फिर सीमा राव"]),
        ("Anna de Vries maakt haar regiedebuut met Het water.", ["Anna de Vries"]),
        ("Lucía Gil debuta en la dirección con una comedia.", ["Lucía Gil"]),
        ("Ayşe Yılmaz'ın ilk yönetmenlik denemesi olan film", ["Ayşe Yılmaz"]),
        ("Marta Rossi esordisce alla regia con un dramma", ["Marta Rossi"]),
        # a return to directing
        ("Tras su ópera prima, Lucía Gil vuelve a la dirección con Río", ["Lucía Gil"]),
        ("Anna Ruiz returns to the director’s chair with", ["Anna Ruiz"]),
        ("Claire Dubois passe derrière la caméra avec", ["Claire Dubois"]),
    ],
)
def test_a_directing_debut_after_the_directors_name(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import director_before

    assert [m.name for m in director_before(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a page written all in lower case: the apostrophe's case ending marks the name
        ("başrollerini ali veli gibi isimlerin paylaştığı, ayşe kaya’nın yönettiği film.",
         ["ayşe kaya"]),
        ("ayşe kaya'nın yönettiği film", ["ayşe kaya"]),
        # no apostrophe, or a name not alone in its clause: nothing
        ("bu filmi yönettiği", []),
        ("dün akşam izlediğim ayşe kaya’nın yönettiği film", []),
    ],
)  # fmt: skip
def test_a_lower_case_name_before_the_verb_of_directing(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import lowercase_before

    assert [m.name for m in lowercase_before(text)] == found


def test_a_first_word_the_pages_other_mentions_lack() -> None:
    from indexer.extract.pages.names import in_page

    page = "अगर सीमा राव सफल होतीं तो… फिर सीमा राव का डायरेक्टोरियल डेब्यू बढ़िया है।"
    assert in_page("फिर सीमा राव", page, frozenset()) == "सीमा राव"
    assert in_page("फिर सीमा राव", "फिर सीमा राव का डेब्यू", frozenset()) == "फिर सीमा राव"


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("والفيلم من إخراج هند سالم، ويعد", [True]),  # "and the film is directed by"
        ("The film is directed by Ana Ruiz.", [True]),
        ("Le film, réalisé par Ana Ruiz, sort", [True]),
        ("Atlantique, directed by Ana Ruiz, won", [False]),  # a title
    ],
)
def test_a_directors_cue_after_the_word_for_film(text: str, after: list[bool]) -> None:
    from indexer.extract.pages.cues import after_film_word

    assert [after_film_word(text, m) for m in mentions(text, "directed_by")] == after


def test_the_film_directed_by_outweighs_another_films_director() -> None:
    page = (
        'جائزة\n\nفاز الفيلم "الحلم" بالجائزة، وفاز "البحر" للمخرجة سارة علي بجائزة. وفاز '
        '"النهر" للمخرجة منى حسن بجائزة.\n\nوالفيلم من إخراج هند سالم، ويعد أول عمل روائي لها.\n'
    )
    assert film_of(page).directors == ("هند سالم",)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name that fills a pair of quotes after the cue ("the film work of")
        ('ภาพยนตร์ ผลงานภาพยนตร์ของ "สมชาย ใจดี" ซึ่งเพิ่งได้เข้าฉาย', ["สมชาย ใจดี"]),
        ("directed by “Ana Ruiz” in 2019", ["Ana Ruiz"]),
        # a title in quotes is no name
        ('directed by "The Long Night of Rome" team', []),
        # Hebrew "his films of" (the plural of "his film of")
        ("שפע סרטיו של דני לוי, אחד הבמאים", ["דני לוי"]),
    ],
)
def test_a_name_in_quotes_or_after_his_films_of(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # a table's header row is no actor
        (
            "Színész Alakított személy\nLili Bordán\nFerenc Lengyel",
            ["Lili Bordán", "Ferenc Lengyel"],
        ),
        ("Ángel de la Cruz, Jan van der Berg", ["Ángel de la Cruz", "Jan van der Berg"]),
    ],
)
def test_a_lower_case_word_other_than_a_particle_is_no_part_of_a_name(
    value: str, found: list[str]
) -> None:
    assert names(value, field="cast") == found


def test_a_cast_label_then_a_dash() -> None:
    text = "командир Плотников (в ролите - Максим Суханов). Млад актьор - Николай Евлахов, се"
    assert [m.name for m in cast_lists(text)] == ["Максим Суханов"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("where Hilary (the legendary Olivia Colman) runs the booth and Steven (newcomer "
         "Micheal Ward) helps", ["Olivia Colman", "Micheal Ward"]),
        ("Ma (Wu Renlin) and Cao (Christina Hai)", ["Wu Renlin", "Christina Hai"]),
        # another name of the actor, a note on a place: no actor
        ("Tobei (credited as Sakae Ozawa) dreams", []),
        ("Paris (the capital of France)", []),
        # an abbreviation spelled out, a director's films cited with a year: no actor
        ("une randonnée sur le PCT (Pacific Crest Trail), parcours", []),
        ("directed by Sam Mendes (American Beauty, 1917).", []),
    ],
)  # fmt: skip
def test_actors_in_parentheses_after_their_characters(text: str, found: list[str]) -> None:
    assert character_cast(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("让马福礼(陈建斌饰)的生活再起波澜, 导演胡昆汀(大鹏饰)纠缠, 妻子金财铃（周迅饰）",
         ["陈建斌", "大鹏", "周迅"]),
        ("형사 김민재(조진웅 분)는", ["조진웅"]),
        ("装饰(很好)", []),
    ],
)  # fmt: skip
def test_actors_marked_in_parentheses(text: str, found: list[str]) -> None:
    assert [m.name for m in marked_in_parentheses(text)] == found


def test_co_directors_listed_before_the_role_word() -> None:
    text = "కిరణ్ పొన్నాడ, కార్తిక్ క్రిష్ణ కలిసి దీనికి దర్శకత్వం వహించారు."
    found = director_before(text)
    assert [m.name for m in found] == ["కార్తిక్ క్రిష్ణ"]  # "together", "for this" go
    assert co_directors_before(text, found[0]) == ["కిరణ్ పొన్నాడ"]


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # a verb before the name, the name's initials after it
        ("எழுதி இசையமைத்து இயக்கியுள்ளார் ஜெயமுருகன் டி.எம். இதை, மனிதன்", "directed_by",
         ["ஜெயமுருகன் டி.எம்"]),
    ],
)  # fmt: skip
def test_names_after_cues_in_indic_scripts(text: str, kind: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, kind)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("फिल्म में रणवीर शौरी, अमित सियाल और नवोदित अभिनेता शशांक अरोडा ने मुख्य भूमिकाएं "
         "निभायी हैं.", ["रणवीर शौरी; अमित सियाल; शशांक अरोडा"]),
        ("അനൂപ് മേനോന് സംവിധാനം ചെയ്യുന്ന സിനിമയാണ്", []),
        ("Antonio de La Torre eta Belen Cuesta aktore espainiarrek antzeztu zituzten",
         ["Antonio de La Torre; Belen Cuesta"]),
        ("சென்னை: சன்னி லியோன், அத்திகா, சுகன்யா உட்பட பலர் நடித்துள்ள திரைப்படம்",
         ["சன்னி லியோன்; அத்திகா; சுகன்யா"]),
    ],
)  # fmt: skip
def test_cast_lists_before_the_role_words(text: str, found: list[str]) -> None:
    assert [m.name for m in cast_before(text)] == found


def test_a_malayalam_director_before_the_present_participle() -> None:
    text = "അനൂപ് മേനോന് സംവിധാനം ചെയ്യുന്ന സിനിമയാണ് ‘പദ്മ’."
    assert [m.name for m in director_before(text)] == ["അനൂപ് മേനോന്"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("привезёт «Каникулы» вместе с постановщицей Анной Кузнецовой.", ["Анной Кузнецовой"]),
        ("Film natočený režisérkou Olgou Dabrowskou.", ["Olgou Dabrowskou"]),
    ],
)
def test_feminine_and_case_forms_of_the_role_noun(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize(
    ("head", "name"),
    [("관객들의 사랑을 받는 조진웅이", "조진웅"), ("김민재가", "김민재"), ("윤종빈", "윤종빈")],
)
def test_a_korean_particle_is_no_part_of_a_name(head: str, name: str) -> None:
    assert name_before(head) == name


def test_bangla_maker_of_the_film_is_its_director() -> None:
    text = "খবরটি নিশ্চিত করেছেন ছবির নির্মাতা ইয়াসির আরাফাত জুয়েল।"
    assert [person(m.name) for m in mentions(text, "director_nouns")] == ["ইয়াসির আরাফাত জুয়েল"]


def test_amharic_director_before_directed_after_the_ethiopic_comma() -> None:
    # "written by A and B, directed by C": the Ethiopic comma ends the clause before the name
    text = "በዳንኤል ንጉሴና ዮሐንስ ሙሉጌታ ተፅፎ፣ በመልካሙ ማሞ ዳይሬክት የተደረገው “የነገርኩሽ ዕለት” ፊልም"
    assert [m.name for m in director_before(text)] == ["በመልካሙ ማሞ"]


def test_a_burmese_case_particle_ends_the_name() -> None:
    # "story and director Yazawin-[object marker] shot": the glued marker is no part of it
    text = "ဇာတ်လမ်းနှင့် ဒါရိုက်တာ ရာဇဝင်ကို ရိုက်ကူးသည့် ရုပ်ရှင်"
    assert [m.name for m in mentions(text, "director_nouns")] == ["ရာဇဝင်"]


def test_a_word_in_a_case_is_no_part_of_the_name_before_the_role_word() -> None:
    # "at the international film festival P. Seshadri's direction": the locative ends it
    text = "ಅಂತರಾಷ್ಟ್ರೀಯ ಸಿನಿಮೋತ್ಸವದಲ್ಲಿ ಪಿ ಶೇಷಾದ್ರಿ ನಿರ್ದೇಶನದ 'ವಿದಾಯ' ಚಿತ್ರ"
    assert [m.name for m in director_before(text)] == ["ಪಿ ಶೇಷಾದ್ರಿ"]


@pytest.mark.parametrize(
    ("text", "at", "sentence"),
    [
        ("He was born in Rome. directed by Ana Lima. It won.", "directed", "directed by Ana Lima."),
        # any script's letters end a sentence, an initial does not
        (
            "Фильм снят в Москве. Режиссёр Анна Т. Иванова. Премьера",
            "Режиссёр",
            "Режиссёр Анна Т. Иванова.",
        ),
        ("Un film de Céline Sciamma. Avec Noée Abita", "Un film", "Un film de Céline Sciamma."),
        # CJK, Indic and Arabic full stops, with no space after them
        ("本片于上海拍摄。导演王家卫。二〇〇〇年上映", "导演", "导演王家卫"),
        ("ছবিটি ১৯৬০ সালের। পরিচালক ঋত্বিক ঘটক। অভিনয়ে", "পরিচালক", "পরিচালক ঋত্বিক ঘটক"),
        ("यह फ़िल्म मराठी है। निर्देशक नागराज मंजुळे हैं। संगीत", "निर्देशक", "निर्देशक नागराज मंजुळे हैं"),
        ("فيلم قصير؟ إخراج مي سعد. بطولة", "إخراج", "إخراج مي سعد."),
        # the line ends a sentence
        ("Regie: Ana Lima\nMit Tom Berg", "Regie", "Regie: Ana Lima"),
    ],
)
def test_sentences_end_after_letters_of_any_script(text: str, at: str, sentence: str) -> None:
    assert sentence_at(text, text.index(at)) == sentence


@pytest.mark.parametrize(
    ("text", "name", "sentence"),
    [
        # a card's credit ends with the name: its facts follow in the next sentence
        (
            "X - Un film di Ana Lima. Storico, Italia, 2025, 120 min. Bello e raro.",
            "Ana Lima",
            "X - Un film di Ana Lima. Storico, Italia, 2025, 120 min.",
        ),
        # a sentence that goes on after the name is the credit alone
        (
            "Un film di Ana Lima con Tom Berg. Storico, Italia, 2025.",
            "Ana Lima",
            "Un film di Ana Lima con Tom Berg.",
        ),
        # the line's end ends the credit
        ("Un film di Ana Lima.\nStorico, Italia, 2025.", "Ana Lima", "Un film di Ana Lima."),
    ],
)
def test_a_credit_that_ends_with_the_name_takes_the_next_sentence(
    text: str, name: str, sentence: str
) -> None:
    assert credit_sentence(text, text.index("Un film"), name) == sentence


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a Chinese name right after the cue, closed by the word for "and"
        ("導演許鞍華和演員劉德華合作", ["許鞍華"]),
        ("导演张艺谋与巩俐再度合作", ["张艺谋"]),
        # closed by punctuation as before; a name with no close is read only from a family
        # name ("許", ``surnames``), up to a character that follows a name ("的")
        ("導演許鞍華。", ["許鞍華"]),
        ("導演許鞍華的新作品", ["許鞍華"]),
        ("導演風格獨特的新作品", []),
    ],
)
def test_a_cjk_name_ends_before_the_word_for_and(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == found
