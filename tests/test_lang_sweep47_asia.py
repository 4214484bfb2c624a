"""Language data swept from grammar (session 47): the words for the director, the cast, the
year and the genres that Kannada, Marathi, Punjabi, Nepali, Sinhala, Khmer, Lao, Swahili,
Amharic, Hausa and Yoruba pages write, read on small pages of our own sentences; the year
before the word for film in Indic scripts, the Japanese year in full-width parentheses,
"SF映画", and a Korean name's particle."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.cues import without_hangul_particle
from indexer.extract.pages.genres import _sentence_genres


def _film(title: str, body: str):
    page = f"Source: https://example.org/film/1\n{title}\n\n{body}\n"
    films = extract_page(page, "page.txt").films
    assert films
    return films[0]


@pytest.mark.parametrize(
    ("title", "body", "director"),
    [
        # Kannada: "said action-cut" (directed)
        ("ಲೂಸಿಯಾ", "ಪವನ್ ಕುಮಾರ್ ಆಕ್ಷನ್ ಕಟ್ ಹೇಳಿರುವ ‘ಲೂಸಿಯಾ’ ಚಿತ್ರ ಬಿಡುಗಡೆಯಾಯಿತು.", "ಪವನ್ ಕುಮಾರ್"),
        # Marathi: "debuts as director"
        (
            "देऊळ बंद",
            "या चित्रपटातून प्रवीण तरडे दिग्दर्शक म्हणून पदार्पण करीत आहेत.",
            "प्रवीण तरडे",
        ),
        # Punjabi: "the film was directed by … (agent)"
        ("ਲਵਰ", "ਇਸ ਫ਼ਿਲਮ ਨੂੰ ਨਿਰਦੇਸ਼ਿਤ ਦਿਲਸ਼ੇਰ ਸਿੰਘ ਨੇ ਕੀਤਾ ਹੈ।", "ਦਿਲਸ਼ੇਰ ਸਿੰਘ"),
        # Sinhala: "directed by" with the agent's postposition
        (
            "ගාඩි",
            "ප්‍රසන්න විතානගේ විසින් අධ්‍යක්ෂණය කරන ලද ගාඩි චිත්‍රපටය තිරගත වේ.",
            "ප්‍රසන්න විතානගේ",
        ),
        # Sinhala: "Mr" written after the name, no part of it
        (
            "ගාඩි",
            "ගාඩි යනු ප්‍රසන්න විතානගේ මහතා විසින් අධ්‍යක්ෂණය කරන ලද චිත්‍රපටයකි.",
            "ප්‍රසන්න විතානගේ",
        ),
        # Khmer: "the acting directed by", with the other letter for "d"
        ("រថយន្តទៅសៀមរាប", "ភាពយន្តនេះ ដឹកនាំសម្ដែងដោយ ស៊ឹម សុរ៉ាមភូមិ ។", "ស៊ឹម សុរ៉ាមភូមិ"),
        # Swahili: "under the direction of"
        (
            "Karibu Kiumeni",
            "Filamu ya Karibu Kiumeni imetengenezwa chini ya uongozi wa Daniel Manege.",
            "Daniel Manege",
        ),
        # Amharic: "… as director"
        ("አንታጉ", '"አንታጉ" የአገውኛ ፊልም ወጣት ደሳለኝ መኩሪያው በዳይሬክተርነት ሰርቷል።', "ደሳለኝ መኩሪያው"),
        # Hausa: "… gave the direction", "its director is"
        (
            "Ruwan Dare",
            "Fim din Ruwan Dare ya samu karbuwa sosai, yayin da Ali Nuhu ya bada umarni.",
            "Ali Nuhu",
        ),
        (
            "Ruwan Dare",
            "Ruwan Dare, wanda daraktansa shi ne Yaseen Auwal, ya fito a shekarar 2018.",
            "Yaseen Auwal",
        ),
        # Korean: the genitive particle after a name of three syllables
        ("바다", "영화감독 봉준호의 신작이 공개됐다.", "봉준호"),
    ],
)
def test_director_cues_of_the_languages(title: str, body: str, director: str) -> None:
    assert _film(title, body).directors[:1] == (director,)


@pytest.mark.parametrize(
    ("title", "body", "year"),
    [
        # the year's genitive before the word for film: Bengali, Gujarati, Hindi, Marathi,
        # Kannada, Punjabi, Nepali
        ("হাওয়া", "হাওয়া ২০১৯ সালের বাংলাদেশি ছবি।", 2019),
        ("હેલ્લારો", "હેલ્લારો 2019ની ગુજરાતી ફિલ્મ છે.", 2019),
        ("मसान", "मसान 2015 की हिंदी फिल्म है।", 2015),
        ("सैराट", "सैराट हा २०१६ सालचा मराठी चित्रपट आहे.", 2016),
        ("ಲೂಸಿಯಾ", "ಲೂಸಿಯಾ 2013ರ ಕನ್ನಡ ಚಿತ್ರ.", 2013),
        ("ਲਵਰ", "ਲਵਰ 2022 ਦੀ ਪੰਜਾਬੀ ਫ਼ਿਲਮ ਹੈ।", 2022),
        ("कालो पोथी", "कालो पोथी २०१५ को नेपाली चलचित्र हो।", 2015),
        # Japanese: full-width parentheses and the year's sign after the title
        ("海の歌", "『海の歌』（2019年）は山田太郎監督の映画。", 2019),
        ("海の歌", "海の歌（2019）は山田太郎監督の映画。", 2019),
        # Swahili: "a film of the year"
        ("Karibu Kiumeni", "Karibu Kiumeni ni filamu ya Kitanzania ya mwaka 2019.", 2019),
    ],
)
def test_the_year_as_the_languages_write_it(title: str, body: str, year: int) -> None:
    assert _film(title, body).year == year


def test_a_korean_actor_without_the_topic_particle() -> None:
    assert _film("바다", "배우 강말금은 이 영화의 주인공을 맡았다.").cast[:1] == ("강말금",)


def test_a_year_in_the_sentence_is_no_film_year_without_the_word_for_film() -> None:
    assert _film("मसान", "मसान की कहानी 2015 में बनारस में घटती है।").year is None


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        ("日本のSF映画。", ["Science Fiction"]),  # "SF" in Latin letters glued to the film word
        ("ＳＦ映画の金字塔", ["Science Fiction"]),
        ("ಇದು ಸಸ್ಪೆನ್ಸ್ ಥ್ರಿಲ್ಲರ್ ಚಿತ್ರ.", ["Thriller"]),  # Kannada: suspense thriller
        ("हा एक बायोपिक चित्रपट आहे.", ["Biography"]),  # Marathi: a biopic
        ("ਇਹ ਇੱਕ ਰੋਮਾਂਸ ਫ਼ਿਲਮ ਹੈ।", ["Romance"]),  # Punjabi
        ("यो एक्शन फिल्म हो।", ["Action"]),  # Nepali: the other spelling of "action"
        ("Ni filamu ya kihistoria.", ["History"]),  # Swahili: historical
        ("ໜັງຕະຫລົກ", ["Comedy"]),  # Lao: comedy with the other spelling of "lo"
    ],
)
def test_genre_words_of_the_languages(sentence: str, genres: list[str]) -> None:
    assert _sentence_genres(sentence, prose=True)[: len(genres)] == genres


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("봉준호의", "봉준호"),  # genitive
        ("강말금은", "강말금"),  # topic after a final consonant
        ("김철수는", "김철수"),  # topic after a vowel
        ("김정은이", "김정은"),  # subject after a final consonant
        ("김정은", "김정은"),  # a name of three syllables is kept
        ("윤가은", "윤가은"),
        ("김소이", "김소이"),
        ("김철수이", "김철수이"),  # 이 never follows a vowel: no particle
        ("김지은가", "김지은가"),  # 가 never follows a consonant
    ],
)
def test_a_korean_name_without_its_particle(word: str, name: str) -> None:
    assert without_hangul_particle(word) == name
