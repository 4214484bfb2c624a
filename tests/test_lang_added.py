"""The language modules added for languages no page here was written in: a labelled director
and a runtime in each language's own words, and the page's language told by the letters one
language alone writes in a script it shares."""

from __future__ import annotations

import pytest

from indexer.extract.pages.textlang import text_language
from indexer.normalize import country_name, nationality_country, parse_runtime
from tests.page_support import film_of

#: (language, label of the director, label of the runtime, the runtime as written, minutes)
PAGES = [
    ("ky", "Режиссёр", "Узактыгы", "1 саат 35 мүнөт", 95),
    ("tg", "Коргардон", "Давомнокӣ", "95 дақиқа", 95),
    ("tk", "Režissýor", "Dowamlylygy", "95 minut", 95),
    ("tt", "Режиссёр", "Дәвамлылыгы", "95 минут", 95),
    ("ps", "ډایرکټر", "موده", "95 دقیقې", 95),
    ("ku", "Derhêner", "Dirêjahî", "95 deqîqe", 95),
    ("ckb", "دەرهێنەر", "ماوە", "95 خولەک", 95),
    ("sd", "هدايتڪار", "دورانيو", "95 منٽ", 95),
    ("or", "ନିର୍ଦ୍ଦେଶକ", "ଅବଧି", "95 ମିନିଟ", 95),
    ("as", "পৰিচালক", "দৈৰ্ঘ্য", "95 মিনিট", 95),
    ("ug", "رېژىسسور", "ۋاقتى", "95 مىنۇت", 95),
    ("jv", "Sutradara", "Durasi", "95 menit", 95),
    ("su", "Sutradara", "Durasi", "95 menit", 95),
    ("ceb", "Direktor", "Gidugayon", "95 minuto", 95),
    ("ha", "Darakta", "Tsawon lokaci", "95 mintoci", 95),
    ("yo", "Olùdarí", "Àkókò", "95 ìṣẹ́jú", 95),
    ("zu", "Umqondisi", "Ubude", "95 imizuzu", 95),
    ("xh", "Umlawuli", "Ubude", "95 imizuzu", 95),
    ("so", "Agaasime", "Muddada", "95 daqiiqo", 95),
    ("om", "Qajeelchaa", "Dheerina", "95 daqiiqaa", 95),
    ("mg", "Mpanatontosa", "Faharetana", "95 minitra", 95),
    ("rw", "Umuyobozi", "Igihe", "95 iminota", 95),
    ("ht", "Direktè", "Longè", "95 minit", 95),
    ("mi", "Kaiwhakahaere", "Roanga", "95 meneti", 95),
    ("fo", "Leikstjóri", "Longd", "95 minuttir", 95),
    ("fy", "Regisseur", "Doer", "95 minuten", 95),
    ("oc", "Realizator", "Durada", "95 minutas", 95),
    ("br", "Sevener", "Padelezh", "95 munut", 95),
    ("gd", "Stiùiriche", "Ùine", "95 mionaidean", 95),
    ("eo", "Reĝisoro", "Daŭro", "95 minutoj", 95),
    ("pap", "Direktor", "Durashon", "95 minüt", 95),
]


@pytest.mark.parametrize(("code", "director", "runtime", "written", "minutes"), PAGES)
def test_labelled_director_and_runtime(
    code: str, director: str, runtime: str, written: str, minutes: int
) -> None:
    film = film_of(f"Quiet River\n{director}: Amina Karimova\n{runtime}: {written}\n")
    assert film.directors == ("Amina Karimova",), code
    assert film.runtime_minutes == minutes, code


@pytest.mark.parametrize(
    "written",
    ["95 мүнөт", "95 дақиқа", "1 sagat 35 minut", "95 daqiiqo", "2 wákàtí", "95 minutoj"],
)
def test_runtime_units_of_the_added_languages(written: str) -> None:
    assert parse_runtime(written) in (95, 120)


@pytest.mark.parametrize("written", ["100 men", "10 EUR", "15 eur"])
def test_short_cldr_units_that_are_words_elsewhere_are_no_runtime(written: str) -> None:
    assert parse_runtime(written) is None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("tg", "Филми мазкурро коргардон Ҷамшед Усмонов ба навор гирифтааст ва дар нақшҳо "
         "ҳунарпешагони маъруф бозӣ кардаанд."),
        ("tt", "Фильмны режиссёр төшергән, төп рольләрдә җырчылар һәм актерлар уйный, алар бик "
         "яхшы җырлыйлар."),
        ("ky", "Жаңы тасманы белгилүү режиссёр тарткан, анын узактыгы миң бир мүнөт эмес, "
         "тасманын башкы ролдорунда жаңы актёрлор ойношот."),
        ("ps", "دا فلم د ښاغلي احمد په لارښوونه جوړ شوی دی او لوبغاړي یې ډېر ښه کار کړی دی."),
        ("ckb", "ئەم فیلمە بە دەرهێنانی هونەرمەندێکی کورد بەرهەمهێنراوە و ئەکتەرەکان ڕۆڵیان "
         "گێڕاوە."),
        ("sd", "هي فلم مشهور هدايتڪار ٺاهي آهي ۽ ان ۾ ڪيترائي اداڪار ڪم ڪن ٿا. ڪهاڻي ڳوٺ جي آهي."),
        ("ug", "بۇ فىلىمنى داڭلىق رېژىسسور ئىشلىگەن. ھېكايە بىر يېزىدا يۈز بېرىدۇ."),
        ("kk", "قازاق فيلم كينوستۋدياسىندا تولىق مەترلى كوركەم فيلمنىڭ تۇسىرىلىمدەرى باستالدى."),
        ("or", "ଏହି ଚଳଚ୍ଚିତ୍ରର ନିର୍ଦ୍ଦେଶକ ଜଣେ ପ୍ରସିଦ୍ଧ ବ୍ୟକ୍ତି ଏବଂ ଏଥିରେ ଅନେକ କଳାକାର ଅଭିନୟ କରିଛନ୍ତି।"),
        ("as", "এই ছবিখনৰ পৰিচালক এজন বিখ্যাত ব্যক্তি আৰু ইয়াত বহুতো শিল্পীয়ে অভিনয় কৰিছে।"),
        ("yi", "דער פֿילם איז געמאַכט געוואָרן פֿון אַ באַוואוסטן רעזשיסאָר און עס שפּילן אַקטיאָרן."),
        ("ti", "ፊልም ብኣላዪ ዳይረክተር ተዳልዩ። ንውሓቱ ቐጻሊ ቴስዓን ደቒቓ እዩ። ተዋሳእቲ ብዙሓት እዮም ኣብዚ ዝሳተፉ።"),
        ("kk", "Қазақстанда түсірілген фильм. Режиссері белгілі адам, басты рөлдерде танымал "
         "актерлер ойнайды."),
    ],
)  # fmt: skip
def test_a_script_shared_names_the_language_whose_own_letters_it_writes(
    code: str, text: str
) -> None:
    assert text_language(text) == code


@pytest.mark.parametrize("word", ["Kini", "Pero", "Alan", "Frans", "Sina", "Kata", "Ruslan"])
def test_country_names_of_a_latin_locale_that_are_words_elsewhere_are_no_countries(
    word: str,
) -> None:
    # Māori, Occitan, Frisian, Breton, Malagasy names: Malay "now", Spanish "but", given names
    assert country_name(word) is None


def test_country_names_of_an_added_locale_in_its_own_script_are_read() -> None:
    assert country_name("Кытай") == "China"  # Kyrgyz


@pytest.mark.parametrize(
    ("word", "country"),
    [("Tatar", None), ("Esperanto", None), ("Fries", None), ("kirgisisch", "Kyrgyzstan")],
)
def test_a_language_of_no_nation_names_no_nationality(word: str, country: str | None) -> None:
    assert nationality_country(word) == country


def test_hausa_labels_as_an_encyclopedia_writes_them() -> None:
    film = film_of(
        "Quiet River\nLokacin bugawa: 2008\nƘasar asali: Afirka ta Kudu\nDarekta: Amina Karimova\n"
    )
    assert film.year == 2008
    assert film.directors == ("Amina Karimova",)


def test_yoruba_prose_credits_its_director_and_cast() -> None:
    film = film_of(
        "Ìyá Àgbà\n\n"
        "Fíìmù tuntun Ìyá Àgbà jáde ní sinimá lónìí. Olùdarí rẹ̀ ni Tunde Kelani, àwọn "
        "òṣèré bíi Odunlade Adekola, Femi Adebayo àti Bimbo Ademoye sì kópa nínú rẹ̀. "
        "Ìtàn obìnrin kan tó padà sí abúlé rẹ̀ ni fíìmù náà sọ, ó sì gùn ní ìṣẹ́jú 95.\n"
    )
    assert film.directors == ("Tunde Kelani",)
    assert {"Odunlade Adekola", "Femi Adebayo", "Bimbo Ademoye"} <= set(film.cast)
