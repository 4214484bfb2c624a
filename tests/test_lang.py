"""The language modules (:mod:`indexer.lang`): well-formed data, and one table per kind of
word showing that language-neutral code reads each language from its module."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from indexer import lang
from indexer.extract.pages.facts import without_ending
from indexer.extract.pages.labels import LABELS, field_of
from indexer.extract.pages.quotes import lang as quote_words
from indexer.extract.pages.text import without_dates
from indexer.normalize import country_name, genre_names, nationality_country, parse_runtime
from indexer.records import ROLES

FIELDS = {
    "title", "original_title", "alt_title", "year", "release", "directors", "writers", "cast",
    "companies", "countries", "genres", "runtime", "languages", "synopsis", "awards", "tags",
    "not_runtime", "press", "ignore", "executive producers", *ROLES,
}  # fmt: skip

#: the quote finder's tables and the field of the language modules each one is built from
QUOTE_TABLES = {
    "PRESS_HEADINGS": "press_headings", "BY_WORDS": "quote_by", "IN_WORDS": "quote_in",
    "SPEECH_VERBS": "speech_verbs", "REVIEW_WORDS": "quote_review",
    "COMMENT_HEADINGS": "comment_headings", "TAGLINE_HEADINGS": "tagline_headings",
    "SENTENCE_WORDS": "sentence_words",
}  # fmt: skip


def test_every_module_in_the_package_is_registered() -> None:
    folder = Path(lang.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "base"}
    assert modules == set(lang.CODES)


@pytest.mark.parametrize("code", lang.CODES)
def test_module_data_is_well_formed(code: str) -> None:
    data = importlib.import_module(f"indexer.lang.{code}").DATA
    assert data.code == code
    assert set(data.labels) <= FIELDS, set(data.labels) - FIELDS
    words = [w for ws in data.labels.values() for w in ws]
    words += [*data.directed_by, *data.starring, *data.minutes, *data.months, *data.genres]
    assert words, f"{code} holds no words"
    assert all(w == w.strip() and w for w in words)
    assert all(w == w.lower() for w in words if w.isascii()), "words are written in lower case"
    kinds = [*QUOTE_TABLES.values(), "reply_words", "time_at", "first_person"]
    quoting = [w for kind in kinds for w in getattr(data, kind)]
    assert all(w == w.strip() and w and "|" not in w for w in quoting)
    cased = [w for w in quoting if w != w.lower()]
    assert set(cased) <= set(data.first_person), "only a first-person word has a capital"
    assert set(data.genres.values()) <= set(_vocabulary())
    # country names and nationalities: lower-case words, each read as its country
    coded = {**data.country_names, **data.nationalities}
    assert all(w == w.lower() and w == w.strip() and "|" not in w for w in coded)
    # an ISO code ("us") is read only as written in capitals: "US" is the country, "us" a word
    unread = [w for w in data.country_names if not country_name(w)]
    assert all(
        w.upper() == code and country_name(code) for w in unread for code in [data.country_names[w]]
    ), unread
    assert all(nationality_country(w) for w in data.nationalities), data.nationalities


def _vocabulary() -> list[str]:
    from indexer.normalize import GENRES, SUBGENRES

    return [*GENRES, *SUBGENRES]


def test_labels_are_the_union_of_the_modules() -> None:
    assert lang.labels() == LABELS
    assert "zuzendaria" in LABELS["directors"] and "durada" in LABELS["runtime"]


@pytest.mark.parametrize(("table", "kind"), QUOTE_TABLES.items())
def test_quote_tables_are_the_union_of_the_modules(table: str, kind: str) -> None:
    union = {w for data in lang.languages() for w in getattr(data, kind)}
    assert set(getattr(quote_words, table)) == union


def test_quote_words_sit_in_their_language() -> None:
    assert "pressestimmen" in lang.cues("press_headings", "de")
    assert "pressestimmen" not in lang.cues("press_headings", "fr")
    assert "écrit" in lang.cues("speech_verbs", "fr") and "пишет" in lang.cues("speech_verbs", "ru")
    assert "critica" in lang.cues("quote_review", "it")
    assert "movie review" not in quote_words.REVIEW_WORDS  # a film's headline, not an outlet's


def test_press_words_of_outlets_and_critics_sit_in_their_language() -> None:
    assert "leinwand" in lang.cues("media_words", "de") and "leinwand" in quote_words.MEDIA_WORDS
    assert "leinwand" not in lang.cues("media_words", "fr")
    assert "podcast" in quote_words.MEDIA_WORDS  # no language's word, kept by the quote finder
    assert (
        "영화평론가" in lang.cues("critic_roles", "ko") and "criticus" in quote_words.CRITIC_ROLES
    )
    assert "η" in lang.cues("outlet_articles", "el") and "신문" in lang.cues("press_nouns", "ko")


@pytest.mark.parametrize(
    ("text", "first_person"),
    [("I loved it", True), ("J’ai adoré ce film", True), ("Ich fand ihn großartig", True),
     ("Я смотрел его дважды", True), ("Εμείς το είδαμε", True), ("Wij vonden het mooi", True),
     # "i" is Swedish for "in"; "ja" is first person only as a word of its own
     ("Premiär i Stockholm", False), ("Jaar van de film", False), ("A film about a war", False)],
)  # fmt: skip
def test_first_person_words_of_many_languages(text: str, first_person: bool) -> None:
    assert bool(quote_words.FIRST_PERSON.search(text)) is first_person


@pytest.mark.parametrize(
    ("text", "first_person"),
    [("Podařilo se nám natočit film", True), ("Tá an-áthas orainn inniu", True),
     ("Labai jaudinamės, bet esam laimingi", True), ("זה אני, היוצר של הסרט", True),
     ("Saya sangat senang dengan film ini", True), ("Nếu không có anh, tôi không thể", True),
     ("Unë me atë rol dua të them", True), ("নির্মাতা হিসেবে আমি খুশি", True),
     ("Ég er mjög ánægð", True), ("Tayo ang gumagawa ng himala", True),
     # a pronoun of one language that is another's common word is left out: Turkish "ben"
     # (the name Ben), Lithuanian "mes" (Spanish "month"), Basque "ni" (French "nor"),
     # Estonian "ma" (Italian "but"), Slovene "sem" (Portuguese "without"), Urdu "میں" ("in")
     ("Ben Whishaw plays the lead", False), ("El mes de mayo en los cines", False),
     ("Ni drame ni comédie", False), ("Ma il film resta freddo", False),
     ("Sem dúvida um grande filme", False), ("فلم میں اداکاری", False)],
)  # fmt: skip
def test_first_person_words_of_the_languages_that_had_none(text: str, first_person: bool) -> None:
    assert bool(quote_words.FIRST_PERSON.search(text)) is first_person


@pytest.mark.parametrize(
    ("line", "comment"),
    [("Reply", True), ("Antworten ↓", True), ("Odpowiedz", True), ("Ответить", True),
     ("12. März 2019 um 10:30", True), ("5 juin 2020 à 18:05", True), ("Replying", False),
     ("Die Antworten des Films", False), ("2019 in 10:30", False)],
)  # fmt: skip
def test_comment_marks_of_many_languages(line: str, comment: bool) -> None:
    assert bool(quote_words.COMMENT_MARKS.search(line)) is comment


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Director", "directors"), ("Réalisation", "directors"), ("Dirección", "directors"),
        # plurals: a film of several directors
        ("Regissører", "directors"), ("Réalisateurs", "directors"), ("Directores", "directors"),
        ("Registi", "directors"), ("Regisseurs", "directors"), ("Reżyserzy", "directors"),
        ("Režiséři", "directors"), ("Σκηνοθέτες", "directors"), ("Rendezők", "directors"),
        ("Direcció", "directors"), ("Zuzendaria", "directors"), ("Regie", "directors"),
        ("Regia", "directors"), ("Reżyseria", "directors"), ("Režie", "directors"),
        ("Réžia", "directors"), ("Leikstjóri", "directors"), ("Ohjaus", "directors"),
        ("Instruktør", "directors"), ("Rendező", "directors"), ("Режисьор", "directors"),
        ("Режиссёр", "directors"), ("Σκηνοθεσία", "directors"), ("Yönetmen", "directors"),
        ("إخراج", "directors"), ("במאי", "directors"), ("کارگردان", "directors"),
        ("निर्देशक", "directors"), ("ผู้กำกับ", "directors"), ("Đạo diễn", "directors"),
        ("Sutradara", "directors"), ("監督", "directors"), ("导演", "directors"),
        ("감독", "directors"), ("Mwongozaji", "directors"), ("Pengarah", "directors"),
        ("Direktor", "directors"), ("ہدایت کار", "directors"), ("दिग्दर्शक", "directors"),
        ("ನಿರ್ದೇಶನ", "directors"), ("દિગ્દર્શક", "directors"), ("ਨਿਰਦੇਸ਼ਕ", "directors"),
        ("අධ්\u200dයක්ෂණය", "directors"), ("අධ්යක්ෂණය", "directors"), ("ತಾರಾಗಣ", "cast"),
        ("ධාවන කාලය", "runtime"), ("ဒါရိုက်တာ", "directors"), ("អ្នកដឹកនាំរឿង", "directors"),
        ("Rejissor", "directors"), ("Rejissyor", "directors"), ("Найруулагч", "directors"),
        ("Rollarda", "cast"), ("Жүжигчид", "cast"), ("Davomiyligi", "runtime"),
        ("Rolverdeling", "cast"), ("Cyfarwyddwr", "directors"), ("Stiúrthóir", "directors"),
        ("Aisteoirí", "cast"), ("Trajanje", "runtime"), ("ዳይሬክተር", "directors"),
        ("ຜູ້ກຳກັບ", "directors"), ("Schauspiller", "cast"), ("Direttur", "directors"),
        ("Pajjiż", "countries"), ("Masa tayangan", "runtime"), ("Tajuk asal", "original_title"),
        ("Pengedar", "ignore"), ("Begroting", "ignore"), ("Haba", "runtime"), ("Wika", "languages"),
        ("Durada", "runtime"), ("Iraupena", "runtime"), ("Laufzeit", "runtime"),
        ("Lengd", "runtime"), ("Czas trwania", "runtime"), ("Тривалість", "runtime"),
        ("Thời lượng", "runtime"), ("上映時間", "runtime"), ("상영시간", "runtime"),
        ("Repartiment", "cast"), ("Antzezleak", "cast"), ("Darsteller", "cast"),
        ("Obsada", "cast"), ("Hrají", "cast"), ("Pääosissa", "cast"), ("В ролях", "cast"),
        ("Any", "year"), ("Urtea", "year"), ("Rok produkcji", "year"), ("Год", "year"),
        ("País", "countries"), ("Herrialdea", "countries"), ("Země", "countries"),
        ("Upphovsland", "countries"),
        ("Gènere", "genres"), ("Žánr", "genres"), ("Tegund", "genres"),
        ("Sinopsi", "synopsis"), ("Sinopsia", "synopsis"), ("Fabuła", "synopsis"),
        ("Producción", "companies"), ("Original title", "original_title"),
        ("Palkinnot", "awards"), ("Награде", "awards"), ("Ocenění", "awards"),
        ("Мантаж", "editing"), ("მონტაჟი", "editing"), ("Мова", "languages"),
        ("Арыгінальная назва", "original_title"), ("நாடு", "countries"),
        # the director as Korean, Turkish, Chinese and East Slavic credits also write it
        ("연출", "directors"), ("Yöneten", "directors"), ("執導", "directors"),
        ("Режиссер-постановщик", "directors"), ("Режисер-постановник", "directors"),
        # letters spaced out to align a column of labels
        ("감 독", "directors"), ("출 연", "cast"), ("監 督", "directors"), ("C A S T", "cast"),
    ],
)  # fmt: skip
def test_labels_of_many_languages(label: str, field: str) -> None:
    assert field_of(label) == (field,)


@pytest.mark.parametrize(
    ("label", "fields"),
    [
        ("Réalisateur(s)", ("directors",)), ("Regisseur(in)", ("directors",)),
        ("Regie & Drehbuch", ("directors", "writers")),
        ("Σκηνοθεσία-σενάριο", ("directors", "writers")),
        ("Scénario et réalisation", ("writers", "directors")),
        ("Guion y dirección", ("writers", "directors")),
        ("監督・原作", ("directors", "writers")),  # the middle dot joins Japanese roles
        # the last part's "by" goes with every part
        ("Written & Directed by", ("writers", "directors")),
        ("Produced and Directed by", ("producers", "directors")),
        # every part must be a label
        ("Sound & Vision", ()), ("Regie & Freunde", ()), ("Художник-постановщик", ()),
    ],
)  # fmt: skip
def test_labels_joined_or_inflected(label: str, fields: tuple[str, ...]) -> None:
    assert field_of(label) == fields


@pytest.mark.parametrize(
    ("written", "minutes"),
    [
        ("97 min", 97), ("102 min.", 102), ("95 minutos", 95), ("149 minuuttia", 149),
        ("88 perc", 88), ("120 минут", 120), ("90 хв", 90), ("98 dakika", 98),
        ("105 phút", 105), ("90 นาที", 90), ("110 menit", 110), ("136分", 136),
        ("115분", 115), ("1h45", 105), ("2 ساعة", 120), ("100 דקות", 100),
        ("1 godz. 30 min", 90), ("133΄", 133), ("90 perces", 90), ("2 godziny 10 min", 130),
        ("1 hodina 30 minut", 90), ("2 மணி 10 நிமிடம்", 130), ("2 ժամ", 120),
        ("1 godz. 30 min", 90), ("133΄", 133), ("dakika 95", 95), ("1 jam 44 minit", 104),
        ("110 minuto", 110), ("2 oras", 120), ("135 منٹ", 135), ("2 तास 20 मिनिटे", 140),
        ("148 ನಿಮಿಷ", 148), ("2 કલાક 10 મિનિટ", 130), ("125 ਮਿੰਟ", 125), ("1 घण्टा 50 मिनेट", 110),
        ("112 මිනිත්තු", 112), ("120 မိနစ်", 120), ("95 នាទី", 95), ("92 dəqiqə", 92),
        ("1 soat 35 daqiqa", 95), ("2 цаг 5 минут", 125), ("1 соат 40 дақиқа", 100),
        ("97 minute", 97), ("104 munud", 104), ("95 nóiméad", 95), ("1 ሰዓት 30 ደቂቃ", 90),
        ("1 ຊົ່ວໂມງ 40 ນາທີ", 100), ("98 Minutten", 98), ("99 minuti", 99),
        ("1 uair an chloig 30 nóiméad", 90), ("၁၂၀ မိနစ်", 120), ("१ घण्टा ५० मिनेट", 110),
    ],
)  # fmt: skip
def test_runtime_units_of_many_languages(written: str, minutes: int) -> None:
    assert parse_runtime(written) == minutes


@pytest.mark.parametrize("word", ["Samo", "Pole", "Sead"])
def test_a_cldr_country_name_that_is_an_everyday_word_is_no_country(word: str) -> None:
    assert country_name(word) is None


def test_a_word_that_only_starts_like_a_unit_is_no_runtime() -> None:
    assert parse_runtime("12 ministers") is None


@pytest.mark.parametrize(
    "text",
    ["14 de febrer de 2020", "3 листопада 2024", "12 października 2023", "5 février 2021",
     "27 kesäkuuta 2019", "1 Ağustos 2022", "July 4, 1999", "12 févr. 2021", "14 lug 2022",
     "1 mrt 2020", "12 ožu 2021", "5 сент 2019", "sausio 15 2021", "7 Ιουν 2020", "2 márc 2020",
     "12 ม.ค. 2563", "3 حزيران 2020", "5 בינואר 2021", "12 فروردین ۱۴۰۰", "15 मार्च 2023",
     "1 იანვარი 2020", "3 qershor 2019", "5 мамыр 2021",
     "12 Ogos 2021", "5 Hulyo 2019",
     "3 Machi 2020", "14 اگست 2019", "15 ऑगस्ट 2022", "14 ಆಗಸ್ಟ್ 2019", "ಆಗಸ್ಟ್ 14, 2019",
     "12 avqust 2020", "5 ဇူလိုင် 2019", "9 កក្កដា 2021", "3 Hydref 2018", "20 Lúnasa 2022",
     "1 ኦገስት 2020", "14 ມັງກອນ 2020", "7 Mäerz 2019", "5 Awwissu 2021"],
)  # fmt: skip
def test_month_names_of_many_languages_make_dates(text: str) -> None:
    assert not any(ch.isdigit() for ch in without_dates(text))


def test_month_names_hold_no_space() -> None:
    # text.DATE checks "one word, then a number" before trying every month name
    assert [m for m in lang.months() if any(ch.isspace() for ch in m)] == []


@pytest.mark.parametrize(
    ("text", "left"),
    [("Premiere: octobre 12, 2021.", "Premiere:  ."), ("from Juli 2020 on", "from   on"),
     ("Marzo  7 - 18:00", "  - 18:00"), ("march on 12 streets", "march on 12 streets")],
)  # fmt: skip
def test_month_first_dates_are_removed(text: str, left: str) -> None:
    assert without_dates(text) == left


@pytest.mark.parametrize(
    ("word", "genre"),
    [("Comèdia", "Comedy"), ("Dokumentarfilm", "Documentary"), ("Komedia", "Comedy"),
     ("драма", "Drama"), ("Hryllingur", "Horror"), ("Ciencia ficción", "Science Fiction"),
     ("ドキュメンタリー", "Documentary"), ("스릴러", "Thriller"), ("ตลก", "Comedy"),
     ("Skräckfilm", "Horror"), ("Misdaadfilm", "Crime"), ("Ciència-ficció", "Science Fiction"),
     ("Gyserfilm", "Horror"), ("Spennumynd", "Thriller"), ("Faroeste", "Western"),
     ("Liebesfilm", "Romance"), ("Háborús", "War"), ("Válečný", "War"), ("Фентъзи", "Fantasy"),
     ("Ulmefilm", "Science Fiction"), ("Kriminalistički", "Crime"), ("Камедыя", "Comedy"),
     ("Przygodowy", "Adventure"), ("Өмірбаяндық", "Biography"), ("Giật gân", "Thriller"),
     ("Petualangan", "Adventure"), ("إثارة", "Thriller"), ("מותחן", "Thriller"),
     ("ترسناک", "Horror"), ("एक्शन", "Action"), ("থ্রিলার", "Thriller"),
     ("ஆவணப்படம்", "Documentary"), ("สารคดี", "Documentary"), ("傳記", "Biography"),
     ("서부극", "Western"), ("Erromantikoa", "Romance"), ("ფენტეზი", "Fantasy"),
     ("Վավերագրական", "Documentary"),
     ("Vichekesho", "Comedy"), ("Seram", "Horror"), ("Katatakutan", "Horror"),
     ("مزاحیہ", "Comedy"), ("माहितीपट", "Documentary"), ("ಸಾಕ್ಷ್ಯಚಿತ್ರ", "Documentary"),
     ("કોમેડી", "Comedy"), ("Sənədli", "Documentary"), ("Hujjatli", "Documentary"),
     ("баримтат", "Documentary"), ("កំប្លែង", "Comedy"), ("Gruwel", "Horror"),
     ("Arswyd", "Horror"), ("Uafás", "Horror"), ("Kummiedja", "Comedy"), ("ສະຫຍອງຂວັນ", "Horror"),
     ("ዘጋቢ", "Documentary"), ("वृत्तचित्र", "Documentary"), ("Mapigano", "Action"),
     ("Beochan", "Animation"),
     # melodrama, the short film and the children's film in the modules that lacked them
     ("Мелодрама", "Melodrama"), ("Melodram", "Melodrama"), ("მელოდრამა", "Melodrama"),
     ("Қысқаметражды", "Short"), ("Kort fiktion", "Short"), ("Filem pendek", "Short"),
     ("Børnefilm", "Children's Film"), ("Kinderfilm", "Children's Film"),
     ("Eventyr", "Adventure"), ("Ógnartryllir", "Thriller"), ("Romans", "Romance"),
     ("Vestern", "Western"), ("Sarguzasht", "Adventure"), ("Talambuhay", "Biography")],
)  # fmt: skip
def test_genre_words_of_many_languages(word: str, genre: str) -> None:
    assert genre in genre_names(word, narrow=True)


def test_cues_come_longest_first_and_per_language() -> None:
    everything = lang.cues("directed_by")
    assert list(everything) == sorted(everything, key=len, reverse=True)
    assert "un film de" in lang.cues("directed_by", "fr")
    assert "un film de" not in lang.cues("directed_by", "de")
    assert lang.language("xx") is None and lang.language("pl") is not None


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Ceylan’ın", "Ceylan"), ("Sözen'in", "Sözen"), ("Erdoğan'dan", "Erdoğan"),
     ("O'Brien", "O'Brien"), ("Hawke", "Hawke"), ("d'Estaing", "d'Estaing")],
)  # fmt: skip
def test_case_endings_after_an_apostrophe_leave_a_name(word: str, bare: str) -> None:
    assert without_ending(word) == bare


def test_cldr_locales_are_parsed_once_in_module_order() -> None:
    locales = lang._cldr_locales()
    assert locales is lang._cldr_locales()
    assert [loc.language for loc in locales[:3]] == ["en", "fr", "es"]
    assert len(locales) == len(lang.CODES)


def test_unit_signs_hold_the_short_signs_of_every_language() -> None:
    """The one-letter signs of the two units, which :func:`lang.units` leaves out."""
    minutes, hours = lang.unit_signs("minutes"), lang.unit_signs("hours")
    assert {"м", "p", "d", "min"} <= set(minutes)
    assert {"ч", "ó", "s", "h"} <= set(hours)
    assert "м" not in lang.units("minutes")
