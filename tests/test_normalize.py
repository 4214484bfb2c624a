"""Table tests of every function in :mod:`indexer.normalize`."""

from __future__ import annotations

import random
import unicodedata

import pytest

from indexer import normalize as n


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Almodóvar", "almodovar"), ("ØSTLUND", "ostlund"), ("Łódź", "lodz"), ("Ταινία", "ταινια")],
)
def test_fold(text: str, folded: str) -> None:
    assert n.fold(text) == folded


def test_fold_drops_every_combining_mark_and_maps_the_extra_letters() -> None:
    # the lazily filled translation table gives what the definition says, character by character
    def by_definition(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.casefold())
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return text.translate(n._FOLD_EXTRA)

    rng = random.Random(8)
    for _ in range(2000):
        text = "".join(chr(rng.randint(0xA0, 0x2FFF)) for _ in range(rng.randint(1, 20)))
        assert n.fold(text) == by_definition(text), text


@pytest.mark.parametrize(
    ("text", "k"), [("Amélie!", "amelie"), ("Sci-Fi & Fantasy", "sci fi and fantasy"), ("", "")]
)
def test_key(text: str, k: str) -> None:
    assert n.key(text) == k


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("Makedоnija", "makedonija"),  # a Cyrillic "о" in a Latin word
        ("dоkumentarni film", "dokumentarni film"),
        ("кiно", "кіно"),  # a Latin "i" in a Cyrillic word
        ("Ukraїna", "ukraina"),  # a Cyrillic letter with a mark, dropped to its look-alike
        ("Шиzа", "шиzа"),  # a letter without a look-alike stays
        ("Kino кино", "kino кино"),  # words wholly in one script are kept apart
    ],
)
def test_key_writes_a_word_of_mixed_look_alike_letters_in_one_script(text: str, k: str) -> None:
    assert n.key(text) == k


def test_a_mixed_script_country_is_found() -> None:
    assert n.country_name("Makedоnija") == "North Macedonia"


@pytest.mark.parametrize(
    ("name", "clean"), [("  • Wang  Weihua, ", "Wang Weihua"), ("Jan (Bijvoet", "Jan Bijvoet")]
)
def test_clean_name(name: str, clean: str) -> None:
    assert n.clean_name(name) == clean


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("A, B and C", ["A", "B", "C"]),
        ("Dream Media Co.,Ltd., Aranya", ["Dream Media Co. Ltd.", "Aranya"]),
        ("A / B; a", ["A", "B"]),
    ],
)
def test_split_names(value: str, names: list[str]) -> None:
    assert n.split_names(value) == names


def test_dedupe() -> None:
    assert n.dedupe(["Drama", "drama", " ", "Drâma", "Crime"]) == ["Drama", "Crime"]


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ("2022", 2022),
        ("c. 1954 (Japan)", 1954),
        (1999, 1999),
        (1700, None),
        (True, None),
        ("no year", None),
        (None, None),
        # the digits of other scripts: Persian, Arabic-Indic, Devanagari, fullwidth
        ("سال ساخت: ۲۰۲۱", 2021),
        ("٢٠١٩", 2019),
        ("२०१७ मध्ये", 2017),
        ("２０１９年", 2019),
        ("๒๕๒๐", None),  # a Thai year is of the Buddhist era
    ],
)
def test_parse_year(value: object, year: int | None) -> None:
    assert n.parse_year(value) == year


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("133΄", 133),
        ("1ω 27λ", 87),  # Greek abbreviations of ώρα and λεπτά
        ("2h02", 122),
        ("1 hr 33 min", 93),
        ("01:24:00", 84),
        ("95 MINUTOS", 95),
        ("134", 134),
        (90, 90),
        ("18h30", None),
        # hours with a decimal fraction ("kb. 1,5 óra" was read as 5 hours), or hours.minutes
        ("kb. 1,5 óra", 90),
        ("1,5 Stunden", 90),
        ("2.5 h", 150),
        ("1.45 h", 105),
        ("1.75 hours", None),
        ("Beginn 19.30 h", None),
        # "and" between the hours and the minutes; a leading zero; the minutes must follow "and"
        ("1 hour and 37 minutes", 97),
        ("1 hora y 40 minutos", 100),
        # the minutes' mark after "and" ("2 ore e 10’", Italian)
        ("2 ore e 10’.", 130),
        ("1 ora e 45'", 105),
        ("1 timme 36 minuter", 96),
        ("02 horas 16 minutos", 136),
        ("2 hours and 3 friends", 120),
        # a comma between the hours and the minutes; the modifier letter apostrophe as the mark
        ("1 hour, 52 minutes", 112),
        ("111ʼ", 111),
        # each unit's sign however short, read as an hours-and-minutes pair (CLDR's narrow
        # forms and the modules' signs): "1ч 38м" was read as 60
        ("1ч 38м", 98),
        ("1ч. 38м.", 98),
        ("1ó 38p", 98),
        ("2s 10d", 130),
        ("1 t. 38 m.", 98),
        ("5 m 20 s", 5),  # minutes then seconds: no pair
        ("90 dak.", 90),  # the Turkish abbreviation of "dakika"
        ("", None),
        (None, None),
    ],
)
def test_parse_runtime(value: object, minutes: int | None) -> None:
    assert n.parse_runtime(value) == minutes


@pytest.mark.parametrize(
    ("name", "code", "english"),
    [
        ("Francia", "FR", "France"),
        ("Γαλλία", "FR", "France"),
        ("UK", "GB", "United Kingdom"),
        ("臺灣", "TW", "Taiwan"),
        ("Korea", "KR", "South Korea"),
        ("Turkey", "TR", "Turkey"),
        ("Türkiye", "TR", "Turkey"),
        ("Unione Sovietica", "SU", "Soviet Union"),
        ("СССР", "SU", "Soviet Union"),
        ("Jugoslavija", "YU", "Yugoslavia"),
        ("فلسطين", "PS", "Palestine"),  # CLDR: "Palestinian Territories", "الأراضي الفلسطينية"
        ("Palästina", "PS", "Palestine"),
        ("한국", "KR", "South Korea"),  # CLDR: "대한민국"
        ("Atlantis", None, None),
        # ISO three-letter codes in capitals (CLDR's territory aliases); not everyday words
        ("BRA", "BR", "Brazil"),
        ("GBR", "GB", "United Kingdom"),
        ("HOL", "NL", "Netherlands"),  # Holland's code in Portuguese listings ("BEL/HOL")
        ("Bra", None, None),
        ("AND", None, None),
        ("CAN", None, None),
        # a first word cut to its initial, in the language that writes the name
        ("S Korea", "KR", "South Korea"),
        ("S. Africa", "ZA", "South Africa"),
        ("N Korea", "KP", "North Korea"),
        ("Ю. Корея", "KR", "South Korea"),
        ("A Film", None, None),
        ("s korea", None, None),  # an initial is written as a capital
        # the short name before 2019
        ("Македонија", "MK", "North Macedonia"),
        ("Mazedonien", "MK", "North Macedonia"),
        # "Great Britain" as the languages write it (CLDR lists "United Kingdom" only)
        ("Velika Britanija", "GB", "United Kingdom"),
        ("Großbritannien", "GB", "United Kingdom"),
        # a country within a state, by its ISO 3166-2 code, in the languages that write it
        ("Wales", "GB-WLS", "Wales"),
        ("Cymru", "GB-WLS", "Wales"),
        ("Schottland", "GB-SCT", "Scotland"),
        ("N. Ireland", "GB-NIR", "Northern Ireland"),
        # the German abbreviation of the Federal Republic, the short Japanese name
        ("BRD", "DE-W", "West Germany"),
        ("アメリカ", "US", "United States"),
        # West and East Germany as the languages write them (Germany follows them, see with_state)
        ("ФРГ", "DE-W", "West Germany"),
        ("ГДР", "DE-E", "East Germany"),
        ("西德", "DE-W", "West Germany"),
        ("東ドイツ", "DE-E", "East Germany"),
        ("서독", "DE-W", "West Germany"),
        ("Westdeutschland", "DE-W", "West Germany"),
        ("Allemagne de l'Ouest", "DE-W", "West Germany"),
        ("Germania Ovest", "DE-W", "West Germany"),
        ("Alemania Occidental", "DE-W", "West Germany"),
        ("NSZK", "DE-W", "West Germany"),
        ("Västtyskland", "DE-W", "West Germany"),
        # the English names the facets write, which CLDR's English no longer does
        ("Czech Republic", "CZ", "Czech Republic"),
        ("Macao", "MO", "Macao"),
        # the abbreviations for the United States that the languages write
        ("EE.UU.", "US", "United States"),
        ("EEUU", "US", "United States"),
        ("США", "US", "United States"),
        ("EUA", "US", "United States"),
        ("ABD", "US", "United States"),
        ("BiH", "BA", "Bosnia and Herzegovina"),
        ("Česká republika", "CZ", "Czech Republic"),
        ("Republic of Ireland", "IE", "Ireland"),
        # Hong Kong and Macao by their short names (CLDR writes "… SAR China" long forms only)
        ("香港", "HK", "Hong Kong"),
        ("澳門", "MO", "Macao"),
        ("Гонконг", "HK", "Hong Kong"),
        ("홍콩", "HK", "Hong Kong"),
        ("ฮ่องกง", "HK", "Hong Kong"),
        ("هنگ کنگ", "HK", "Hong Kong"),
        # the Soviet Union and South Africa as Chinese, Japanese and Russian shorten them
        ("蘇聯", "SU", "Soviet Union"),
        ("ソ連", "SU", "Soviet Union"),
        ("ЮАР", "ZA", "South Africa"),
    ],
)
def test_country_code_and_name(name: str, code: str | None, english: str | None) -> None:
    assert (n.country_code(name), n.country_name(name)) == (code, english)


def test_a_country_within_a_state_names_its_state_too() -> None:
    assert n.normalize_countries(["Cymru, Ffrainc", "Écosse"]) == (
        ["Wales", "United Kingdom", "France", "Scotland"],
        ["Cymru", "Ffrainc", "Écosse"],
    )
    assert n.with_state(["England", "United Kingdom", "Ireland"]) == [
        "England", "United Kingdom", "Ireland"
    ]  # fmt: skip


def test_split_and_normalize_countries() -> None:
    assert n.split_countries("Ireland, UK / Greece and France") == [
        "Ireland",
        "UK",
        "Greece",
        "France",
    ]
    assert n.normalize_countries(["Ирска, Atlantis", "USA"]) == (
        ["Ireland", "United States"],
        ["Ирска", "Atlantis", "USA"],
    )


@pytest.mark.parametrize(
    ("label", "genres"),
    [
        ("Dramas", ["Drama"]),
        ("Action & Adventure", ["Action", "Adventure"]),
        ("Comedia dramática", ["Drama", "Comedy"]),  # a compound names each of its genres
        ("historical drama", ["Drama", "History"]),
        ("dramma storico", ["Drama", "History"]),
        ("period piece", ["History"]),  # "piece" is no genre: the phrase alone
        ("Ταινία τρόμου", ["Horror"]),
        ("drammatico", ["Drama"]),
        ("劇情長片", ["Drama"]),
        ("International Movies", []),
        ("Buddhism", []),
    ],
)
def test_genre_names(label: str, genres: list[str]) -> None:
    assert n.genre_names(label) == genres


def test_normalize_genres_keeps_other_labels_as_tags() -> None:
    assert n.normalize_genres(["Drama, Romance", "Cult Movies"]) == (
        ["Drama", "Romance"],
        ["Cult Movies"],
    )


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("mandarín", "Mandarin"),
        ("Französisch", "French"),
        ("English with subtitles", "English"),
        ("國語", "Mandarin"),
        ("no", None),
    ],
)
def test_language_name(name: str, english: str | None) -> None:
    assert n.language_name(name) == english


def test_normalize_languages() -> None:
    assert n.normalize_languages(["Deutsch, Türkisch", "English and French"]) == [
        "German",
        "Turkish",
        "English",
        "French",
    ]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("French", "France"),
        ("FRANÇAIS", "France"),
        ("αμερικάνικης", "United States"),
        ("βρετανικής", "United Kingdom"),
        ("Martian", None),
        # the name a language gives itself, from CLDR, begins the adjective
        ("Svensk", "Sweden"),
        ("danske", "Denmark"),
        ("magyar", "Hungary"),
        ("íslenskri", "Iceland"),
        # the name less a final Cyrillic vowel, and the name CLDR writes in the Latin script
        ("македонско", "North Macedonia"),
        ("srpskog", "Serbia"),
        # an Arabic or Persian nisba on a country's name
        ("تونسي", "Tunisia"),
        ("ایرانی", "Iran"),
        ("الذي", None),
        # a Slavic adjective: the country's name less a letter, "-sk-" and a case ending
        ("косовската", "Kosovo"),
        ("kosovskog", "Kosovo"),
        ("Minsk", None),
        # … its Latin "i" too ("Lietuv|a"); Slovenian forms no Slovak word shares
        ("lietuviškas", "Lithuania"),
        ("slovenskega", "Slovenia"),
        ("slovenský", "Slovakia"),
        # no genre word, nor a language of many countries, nor "tiếng" (language) of "tiếng Việt"
        ("romance", None),
        ("العربية", None),
        ("português", None),
        ("tiếng", None),
        # a Swahili class prefix on the country's name; no prefix on a word that is no name
        ("Kitanzania", "Tanzania"),
        ("wamarekani", "United States"),
        ("Mkenya", "Kenya"),
        ("Kiswahili", None),
        ("Kipindi", None),
    ],
)
def test_nationality_country(word: str, country: str | None) -> None:
    assert n.nationality_country(word) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        # a language's name in lower case, in a language whose adjective it is, and its forms
        ("ruso", "Russia"),
        ("rusa", "Russia"),
        ("russe", "Russia"),
        ("suédoise", "Sweden"),
        ("czeskich", "Czech Republic"),
        ("russischer", "Russia"),
        ("inglés", "United Kingdom"),
        # a capital, another ending, another word
        ("Francesca", None),
        ("finest", None),
        ("cines", None),
        ("fins", None),
        ("lehçe", None),
    ],
)
def test_language_nationality(word: str, country: str | None) -> None:
    assert n.language_nationality(word) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        # a script of vowel signs: a word names a country only with the signs it writes
        ("हैती", "Haiti"),
        ("होती", None),  # "would be": the consonants of Haiti, other vowels
        ("माली", "Mali"),
        ("मिली", None),
        ("বাংলাদেশে", "Bangladesh"),  # the name, then a case ending
        ("இந்திய", "India"),  # the name less its last vowel sign
        # an ISO code is written in capitals; in lower case it is a word
        ("LA", "Laos"),
        ("la", None),
        ("so", None),
        ("UK", "United Kingdom"),
        # … in Latin letters without marks: a Czech "ČR" folds to "CR" but is no Costa Rica
        ("CR", "Costa Rica"),
        ("ČR", None),
        ("ŠR", None),
    ],
)
def test_country_name_signs_and_codes(word: str, country: str | None) -> None:
    assert n.country_name(word) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("भारतीय", "India"),  # the name, then the Sanskrit ending
        ("বাংলাদেশের", "Bangladesh"),
        ("બોલિવૂડ", None),  # "Bollywood" begins as Bolivia's consonants do
        ("বাংলা", None),  # the Bengali language: Bangladesh's first letters, not its name
        # a stem and a nationality's ending; another word's syllables after a stem
        ("brasileiro", "Brazil"),
        ("polskiego", "Poland"),
        ("espanyola", "Spain"),
        ("South African", "South Africa"),
        ("franchise", None),
        ("belicht", None),
        ("Katarzyna", None),
        ("Francisco", None),
        ("năm của", None),  # Vietnamese "a year of", no "Nam Cực" (Antarctica)
    ],
)
def test_nationality_stems(word: str, country: str | None) -> None:
    assert n.nationality_country(word) == country


@pytest.mark.parametrize(
    "word", ["drama", "dramas", "comedies", "thriller", "horror", "komedie", "omedie", "xyzzy", "a"]
)
@pytest.mark.parametrize("narrow", [False, True])
def test_a_lower_case_word_skips_the_key_and_means_the_same(word: str, narrow: bool) -> None:
    # the fast path for a word that is its own key answers as the full reading does
    found = n._genre_names(word)
    full = n.widen(found, narrow) if any(g in n.SUBGENRES for g in found) else list(found)
    assert n.genre_names(word, narrow) == full
