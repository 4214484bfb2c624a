"""Normalisation of the values that facets and merging rely on.

Pure functions, no I/O: accent/case folding, country names (any CLDR language -> one English
name), genres (many languages and platform wordings -> a small English vocabulary, platform
tags kept apart), runtimes ("133΄", "2h02", "1 hr 33 min", "01:24:00", "95 MINUTOS"), years
and people's names.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from indexer import lang, marks, recache, vowelsigns
from indexer.diskcache import cldr_table

# --------------------------------------------------------------------------- folding


def fold(text: str) -> str:
    """Case- and accent-folded text: ``fold("Almodóvar")`` -> ``"almodovar"``.

    Letters that do not decompose (ø, ł, ß, æ, đ) are mapped by hand; non-Latin scripts are
    only case-folded (Greek loses its tonos, which is a combining mark).
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD_TABLE)


class TranslateCache(dict[int, str | int | None]):
    """A ``str.translate`` table filled as characters are met: ``of(code)`` gives a code point's
    value the first time it is looked up (a table of all of Unicode would take a third of a second
    to build); ``seed`` holds values set beforehand."""

    def __init__(
        self, of: Callable[[int], str | int | None], seed: dict[int, str | int | None] | None = None
    ) -> None:
        super().__init__(seed or {})
        self._of = of

    def __missing__(self, code: int) -> str | int | None:
        self[code] = value = self._of(code)
        return value


_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ς": "σ"}
)
#: :func:`fold`'s table: combining marks dropped, the letters of :data:`_FOLD_EXTRA` mapped, every
#: other character kept
_FOLD_TABLE = TranslateCache(
    lambda code: None if unicodedata.combining(chr(code)) else code, dict(_FOLD_EXTRA)
)
#: :func:`key`'s table: :data:`_FOLD_TABLE`'s, but the marks that are letters of a word kept
#: (:func:`indexer.marks.kept_marks`)
_KEY_TABLE = TranslateCache(
    lambda code: None if unicodedata.combining(chr(code)) else code,
    {**_FOLD_EXTRA, **marks.kept_marks()},
)

_KEY_WORD = marks.word_pattern()
_VIETNAMESE = marks.VIETNAMESE.search
_WORD_OR_NOT = re.compile(r"\w+|\W+")


def _key_fold(text: str) -> str:
    """``text`` case-folded and decomposed, the accents a page may drop removed, the marks
    that are letters of a word kept (:mod:`indexer.marks`), Vietnamese words whole."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFC", text.casefold())
    if not _VIETNAMESE(folded):
        return unicodedata.normalize("NFKD", folded).translate(_KEY_TABLE)
    return _WORD_OR_NOT.sub(_vietnamese_or_folded, folded)


def _vietnamese_or_folded(word: re.Match[str]) -> str:
    """A Vietnamese word as it is, any other word or gap folded."""
    if _VIETNAMESE(word.group()):
        return word.group()
    return unicodedata.normalize("NFKD", word.group()).translate(_KEY_TABLE)


@lru_cache(maxsize=1 << 18)
def key(text: str) -> str:
    """A matching key: folded, punctuation dropped, spaces collapsed ("Amélie!" -> "amelie");
    the marks that are letters of a word kept ("मिस्ट्री", "ngưồi": :mod:`indexer.marks`)."""
    return " ".join(_KEY_WORD.findall(_key_fold(text).replace("&", " and ")))


def plain_key(text: str) -> str:
    """:func:`key` less the Vietnamese marks it keeps, as a web address writes a word: "Việt"
    -> "viet" (the address of a page writes Latin letters bare)."""
    return fold(key(text))


# --------------------------------------------------------------------------- names


_SPACES = re.compile(r"\s+")
_NAME_NOISE = re.compile(r"^[\s,;:·•*\-–—|/]+|[\s,;:·•*\-–—|/]+$")


def clean_name(name: str) -> str:
    """A person's or company's name trimmed of spaces, bullets and stray punctuation."""
    name = _SPACES.sub(" ", name.replace("\u00a0", " "))
    name = _NAME_NOISE.sub("", name)
    if name.count("(") != name.count(")"):
        name = name.replace("(", "").replace(")", "").strip()
    return name


def split_names(value: str) -> list[str]:
    """Split "A, B and C" / "A; B" / "A / B" / "A & B" into names, keeping "Co.,Ltd." intact."""
    value = re.sub(r",\s*(Ltd|Inc|LLC|S\.?A|GmbH|Co)\b", r" \1", value)
    parts = re.split(r"\s*(?:[,;、，،/•·|]|\s+(?:and|und|et|y|e|και|и)\s+|\s&\s)\s*", value)
    return dedupe(clean_name(p) for p in parts)


def dedupe(values: Iterable[str]) -> list[str]:
    """Non-empty values in first-seen order, without repeats that differ only in case/accents."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = value.strip()
        k = key(value)
        if value and k not in seen:
            seen.add(k)
            out.append(value)
    return out


# --------------------------------------------------------------------------- years, runtimes

_YEAR = re.compile(r"(?<!\d)(18[89]\d|19\d\d|20\d\d)(?!\d)")


def parse_year(value: object) -> int | None:
    """The first plausible film year (1880-2099) in ``value``, or None; a year in other
    digits counts too ("۲۰۲۱", "२०१७", "２０１９": :func:`plain_digits`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1880 <= value <= 2099 else None
    if not isinstance(value, str):
        return None
    match = _YEAR.search(plain_digits(value))
    return int(match.group(1)) if match else None


#: the zero of each script whose digits pages write years in (Arabic-Indic, Persian, NKo, the
#: Indic scripts, Tibetan, Myanmar, Mongolian, fullwidth); not Thai, Lao or Khmer, whose years
#: are of the Buddhist era and read by a cue of their own
_ZEROS = (0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
          0xF20, 0x1040, 0x1090, 0x1810, 0xFF10)  # fmt: skip


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Every decimal digit of :data:`_ZEROS`' scripts -> its ASCII digit."""
    return {zero + n: str(n) for zero in _ZEROS for n in range(10)}


def plain_digits(text: str) -> str:
    """``text`` with the digits of other scripts written as ASCII digits ("۲۰۲۱" -> "2021",
    "२०१७" -> "2017", "２０１９" -> "2019"), every other character as it was (the same length:
    offsets stay)."""
    if text.isascii() or not _other_digit().search(text):
        return text
    return text.translate(_digit_table())


@lru_cache(maxsize=1)
def _other_digit() -> re.Pattern[str]:
    """Any digit of :data:`_ZEROS`' scripts (one scan, before the table's slower one)."""
    return re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _ZEROS) + "]")


_HMS = re.compile(r"(?<!\d)(\d{1,3}):(\d{2})(?::(\d{2}))?(?!\d)")


def _unit_pattern(words: tuple[str, ...]) -> str:
    """An alternation of runtime units; a unit in a spaced script must end its word
    ("min" but not "minister"), a CJK unit ("分", "분") may be followed by anything."""
    spaced = [re.escape(w) for w in words if re.search(r"[a-zà-ÿ\u0370-\u04ff.]$", w)]
    other = [re.escape(w) for w in words if not re.search(r"[a-zà-ÿ\u0370-\u04ff.]$", w)]
    return rf"(?:(?:{'|'.join(spaced)})(?![^\W\d_])|{'|'.join(other)})"


@lru_cache(maxsize=2)
def runtime_units(kind: str) -> str:
    """The runtime units of every language module (:mod:`indexer.lang`) as one alternation:
    ``kind`` is ``"minutes"`` or ``"hours"``. Built on first use: reading every language
    module costs a third of a second that a process which never reads a runtime (the web
    app) does not pay."""
    return _unit_pattern(lang.units(kind))


@lru_cache(maxsize=1)
def hours_minutes_signs() -> re.Pattern[str]:
    """Hours then minutes, each number before a unit's sign of any language however short
    (:func:`indexer.lang.unit_signs`): "1ч 38м", "2s 10d", "1ó 38p", "1 t. 38 m.". A sign of
    one letter is a word's start, a metre or a second elsewhere; in this pair it is a unit."""
    hours = "|".join(re.escape(w) for w in lang.unit_signs("hours"))
    minutes = "|".join(re.escape(w) for w in lang.unit_signs("minutes"))
    return recache.compile(
        rf"(?<![\w.,])([1-9])[ \t\u00a0]*(?:{hours})\.?[ \t\u00a0]*"
        rf"([0-5]?\d)[ \t\u00a0]*(?:{minutes})\.?(?![^\W\d_])",
        re.IGNORECASE,
    )


_BARE = re.compile(r"^\s*(\d{2,3})\s*$")


#: the marks written for minutes ("10’", "133΄")
_MINUTE_MARKS = "['’′΄`ʼ´]"


@lru_cache(maxsize=1)
def _runtime_patterns() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int]], ...]:
    """The runtime forms :func:`parse_runtime` tries, in order."""
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    # "1,5 óra", "1.5 hours", "2.5 h": a tenth of an hour after the separator; "1.45 h" is h.mm
    fraction_hours = recache.compile(
        rf"(?<![\w.,])([1-9])[.,](\d{{1,2}})\s*(?:{hours}|ώρ\w*)(?!\w)", re.IGNORECASE
    )
    # "and" or a comma may join the hours and the minutes ("1 hour and 37 minutes", "1 hora y 40
    # minutos", "1 hour, 52 minutes")
    hours_min = recache.compile(
        rf"(?<![\w.,])(\d{{1,2}})\s*(?:{hours}|ώρ\w*)\.?\s*"
        rf"(?:(?:,|(?:{lang.alternation('conjunctions')})\s)\s*"
        rf"(?=\d{{1,2}}\s*(?:{minutes}|{_MINUTE_MARKS})(?!\w)))?"
        rf"(?:(\d{{1,2}})\s*(?:{minutes}|λεπτ\w*)?)?(?!\w)",
        re.IGNORECASE,
    )
    bare_minutes = recache.compile(
        rf"(?<![\d.])(\d{{1,3}})\s*(?:{_MINUTE_MARKS}|{minutes}|λεπτ\w*|мин\w*)", re.IGNORECASE
    )
    # the unit before the number, as Swahili writes it ("dakika 95"): only as a whole value
    unit_first = recache.compile(rf"^\s*(?:{minutes})\.?\s*(\d{{2,3}})\s*$", re.IGNORECASE)
    return (
        (fraction_hours, _fraction_minutes),
        (hours_minutes_signs(), lambda m: int(m.group(1)) * 60 + int(m.group(2))),
        (hours_min, lambda m: int(m.group(1)) * 60 + int(m.group(2) or 0)),
        (bare_minutes, lambda m: int(m.group(1))),
        (_HMS, _hms_minutes),
        (_BARE, lambda m: int(m.group(1))),
        (unit_first, lambda m: int(m.group(1))),
    )


def parse_runtime(value: object) -> int | None:
    """Minutes from a runtime as written: ``"133΄"``, ``"2h02"``, ``"1 hr 33 min"``,
    ``"01:24:00"``, ``"95 MINUTOS"``, ``"134"``, ``"dakika 95"``, ``"九十分鐘"`` -> int; None
    when no plausible runtime."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1 <= value <= 1000 else None
    if not isinstance(value, str) or not value.strip():
        return None
    text = cjk_numerals(value.strip())
    for pattern, convert in _runtime_patterns():
        match = pattern.search(text)
        if match:
            minutes = convert(match)
            if 1 <= minutes <= 1000:
                return minutes
    return None


#: the numerals Chinese and Japanese write in characters: digits, then multipliers
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CJK_MULTIPLIERS = {"十": 10, "百": 100}
#: a number in characters right before a unit of a runtime, a measure word between
#: ("九十分鐘", "一百二十分钟", "兩個小時")
_CJK_RUNTIME = re.compile(
    rf"([{''.join(_CJK_DIGITS)}{''.join(_CJK_MULTIPLIERS)}]+)[個个]?(?=\s?(?:分|小時|小时|時間))"
)


def cjk_number(numeral: str) -> int | None:
    """The value of a number written in Chinese or Japanese characters ("九百" 900, "一百零五"
    105, "十五" 15, "兩" 2); None for characters that make no number ("一二")."""
    total, digit = 0, None
    for ch in numeral:
        if ch in _CJK_MULTIPLIERS:
            total += (1 if digit is None else digit) * _CJK_MULTIPLIERS[ch]
            digit = None
        elif _CJK_DIGITS[ch] == 0 and total:
            continue  # "一百零五": the zero that marks an empty place
        elif digit is not None:
            return None
        else:
            digit = _CJK_DIGITS[ch]
    return total + (digit or 0)


def cjk_numerals(text: str) -> str:
    """``text`` with each number written in characters before a runtime's unit as digits
    ("片長: 九百分鐘" -> "片長: 900分鐘", "兩個小時" -> "2小時"); other text unchanged."""
    if text.isascii():
        return text

    def digits(match: re.Match[str]) -> str:
        number = cjk_number(match.group(1))
        return match.group(0) if number is None else str(number)

    return _CJK_RUNTIME.sub(digits, text)


def _fraction_minutes(match: re.Match[str]) -> int:
    """Minutes of "1,5 óra" (a tenth: 90) or "1.45 h" (hours and minutes: 105); 0, no
    runtime, for "1.75 h" and the like."""
    hours, after = int(match.group(1)), match.group(2)
    if len(after) == 1:
        return hours * 60 + int(after) * 6
    return hours * 60 + int(after) if int(after) < 60 else 0


def _hms_minutes(match: re.Match[str]) -> int:
    if match.group(3) is not None:  # hh:mm:ss
        return int(match.group(1)) * 60 + int(match.group(2)) + (int(match.group(3)) >= 30)
    if 25 <= int(match.group(1)) <= 300:  # "Kestus: 86:00": minutes and seconds, no hour of a day
        return int(match.group(1)) + (int(match.group(2)) >= 30)
    return int(match.group(1)) * 60 + int(match.group(2))  # h:mm


# --------------------------------------------------------------------------- countries

#: CLDR locales whose country names are read: one per language module (:mod:`indexer.lang`)
#: that reads them (``cldr_countries``), plus the written variants CLDR keeps apart.
_COUNTRY_LOCALES = [
    *(one.code for one in lang.languages() if one.cldr_countries),
    "nb",
    "nn",
    "zh_Hant",
]

#: Short English names for facets where CLDR's are long or formal.
_ENGLISH_OVERRIDES = {
    "HK": "Hong Kong",
    "MO": "Macao",
    "MK": "North Macedonia",
    "CZ": "Czech Republic",
    "PS": "Palestine",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TR": "Turkey",  # CLDR's English now says "Türkiye"; the catalogues and pages say Turkey
}

_HISTORIC = {"SU": "Soviet Union", "CS": "Czechoslovakia", "YU": "Yugoslavia"}
#: Countries within a state, by their ISO 3166-2 codes ("Cymru", "Schottland"), and the parts
#: a state was divided into ("BRD", "ГДР"): named as such, their state after them (see
#: :func:`with_state`).
_WITHIN = {
    "GB-ENG": "England",
    "GB-SCT": "Scotland",
    "GB-WLS": "Wales",
    "GB-NIR": "Northern Ireland",
    # the two states Germany was divided into, as the catalogues of their films name them
    "DE-W": "West Germany",
    "DE-E": "East Germany",
}
_WITHIN_CODES = {name: code for code, name in _WITHIN.items()}
#: CLDR names that are everyday words of another language ("samo" is Samoa in Irish and
#: "only" in Bosnian, "pole" Poland in Afrikaans), or a common first name ("Sead").
_NOT_COUNTRIES = frozenset({"samo", "pole", "sead", "toga"})
_NO_TERRITORY = ("ZZ", "EU", "UN", "EZ", "QO")


@lru_cache(maxsize=1)
@cldr_table
def _territory_names() -> tuple[dict[str, str], ...]:
    """Per CLDR locale of :data:`_COUNTRY_LOCALES`, folded territory name -> ISO code."""
    from babel import Locale

    tables = []
    for locale_name in _COUNTRY_LOCALES:
        try:
            territories = Locale.parse(locale_name).territories
        except (ValueError, LookupError):  # pragma: no cover - depends on babel's data
            continue
        tables.append(
            {
                key(name): code
                for code, name in list(territories.items())[::-1]  # the first of a name wins
                if code.isalpha() and len(code) == 2 and code not in _NO_TERRITORY
            }
        )
    return tuple(tables)


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for names in _territory_names():
        for name, code in names.items():
            table.setdefault(name, code)
    for code in list(set(table.values())):
        table.setdefault(key(code), code)
    # the English names the facets write are names a page writes too ("Czech Republic",
    # "Macao", where CLDR's English now says "Czechia", "Macao SAR China")
    for code, name in {**_ENGLISH_OVERRIDES, **_HISTORIC, **_WITHIN}.items():
        table.setdefault(key(name), code)
    table.update({key(k): v for k, v in lang.country_names().items()})
    return {name: code for name, code in table.items() if name not in _NOT_COUNTRIES}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    from babel import Locale

    names = dict(Locale.parse("en").territories)
    names.update(_ENGLISH_OVERRIDES)
    names.update(_HISTORIC)
    names.update(_WITHIN)
    return names


@lru_cache(maxsize=1 << 14)  # the fact readers ask about the same words over and over
def country_code(name: str) -> str | None:
    """ISO 3166 code (or a historic code such as "SU") for a country named in any language,
    by its ISO three-letter code in capitals ("BRA"), or with its first word cut to an
    initial ("S Korea", "S. Africa")."""
    k = key(name)
    if not k:
        return None
    code = _country_table().get(k)
    if code is None and vowelsigns.signed(k):
        code = _signed_bare().get(vowelsigns.bare(k))
    if code is None and k.startswith("the "):
        code = _country_table().get(k[4:])
    if code is None and len(name) == 3 and name.isupper() and name.isalpha():
        code = _alpha3().get(name)
    if code is None and name[:1].isupper() and _INITIAL.match(name):
        code = _initialled().get(k)
    if code is not None and k == code.lower() and not _iso_shaped(name.strip()):
        # an ISO code is written in capitals: "la", "so", "it" are words; and in Latin
        # letters without marks: "ČR" (Česká republika) is no "CR" (Costa Rica)
        return None
    return code


def _iso_shaped(name: str) -> bool:
    """Whether ``name`` is written as an ISO code is: capitals of the plain Latin alphabet."""
    return name.isupper() and name.isascii()


@lru_cache(maxsize=1)
def _signed_bare() -> dict[str, str]:
    """The names of :func:`_country_table` written with vowel signs, less the signs they end
    with ("বাংলাদেশ", "இந்திய"): a word that ends in a case's sign names the country too
    ("বাংলাদেশে", in Bangladesh)."""
    found: dict[str, str | None] = {}
    for name, code in _country_table().items():
        if vowelsigns.signed(name):
            stem = vowelsigns.bare(name)
            found[stem] = code if found.get(stem, code) == code else None
    return {stem: code for stem, code in found.items() if code}


def _signs_agree(word: str, code: str) -> bool:
    """False for a word written with vowel signs that begins with none of the country's names
    written so: a nationality read from a shared stem ("বাংলা", Bengali, is no "বাংলাদেশ"):
    :mod:`indexer.vowelsigns`."""
    if not vowelsigns.signed(word):
        return True  # as :func:`indexer.vowelsigns.agrees` says, without building the table
    return vowelsigns.agrees(word, _signed_names().get(code, ()))


@lru_cache(maxsize=1)
@cldr_table
def _signed_names() -> dict[str, tuple[str, ...]]:
    """Per country code, its names and nationalities written with vowel signs, as
    :func:`indexer.vowelsigns.heads` keeps them."""
    from babel import Locale

    names: dict[str, list[str]] = {}
    for locale_name in _COUNTRY_LOCALES:
        try:
            territories = Locale.parse(locale_name).territories
        except (ValueError, LookupError):  # pragma: no cover - depends on babel's data
            continue
        for code, name in territories.items():
            names.setdefault(code, []).append(name)
    for table in (lang.country_names(), lang.nationalities()):
        for name, code in table.items():
            names.setdefault(code, []).append(name)
    signed = {code: vowelsigns.heads(found) for code, found in names.items()}
    return {code: found for code, found in signed.items() if found}


_INITIAL = re.compile(r"[^\W\d_]\.? ")

#: Three-letter codes that are everyday words in capitals ("AND", "CAN", "PAN", "SEN"): not
#: read as codes.
_WORD_CODES = frozenset(
    {"AND", "CAN", "ARE", "PER", "MAR", "COL", "DOM", "BEN", "PAN", "GUY", "JAM", "SEN", "SOM",
     "TON", "LIE", "NAM", "COM", "MAC", "FIN", "SUR", "CUB", "CHE", "GIN", "MLI", "TUN", "PRY",
     "ITA", "ISR", "GAB", "MDA"}
)  # fmt: skip


@lru_cache(maxsize=1)
@cldr_table
def _alpha3() -> dict[str, str]:
    """ISO 3166 three-letter codes -> two-letter ones, from CLDR's territory aliases."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {
        alias: codes[0]
        for alias, codes in aliases.items()
        if len(alias) == 3 and alias.isalpha() and len(codes) == 1 and len(codes[0]) == 2
        if alias not in _WORD_CODES
    }


@lru_cache(maxsize=1)
def _initialled() -> dict[str, str]:
    """Names of two or more words with the first cut to its initial, in the language that
    writes it so ("s korea" -> KR, "ю корея" -> KR); the first language wins where two
    read one short form differently ("s korea" in Czech would be "severní korea")."""
    found: dict[str, str] = {}
    aliases = {key(name): code for name, code in lang.country_names().items()}
    for names in (aliases, *_territory_names()):
        mine: dict[str, str | None] = {}
        for name, code in names.items():
            words = name.split()
            if len(words) >= 2 and len(words[0]) >= 2 and len(code.split("-")[0]) == 2:
                short = f"{words[0][0]} {' '.join(words[1:])}"
                mine[short] = code if mine.get(short, code) == code else None
        for short, agreed in mine.items():
            if agreed:
                found.setdefault(short, agreed)
    return found


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word (as :func:`key` writes it) of a country's name or short form that
    :func:`country_code` looks up and of a genre word or phrase of :func:`genre_names`."""
    tables = (_country_table(), _initialled(), _genre_table())
    return frozenset(word for table in tables for name in table for word in name.split())


def _known_word(word: str, vocabulary: frozenset[str]) -> bool:
    """``word`` or its singular ("dramas", "comedies") is in ``vocabulary``."""
    return (
        word in vocabulary
        or (word.endswith("s") and word[:-1] in vocabulary)
        or (word.endswith("ies") and word[:-3] + "y" in vocabulary)
    )


def may_name_country(text: str) -> bool:
    """False only when ``text`` can name no country (:func:`country_code`): it looks up the
    whole key (less a first "the"), so every word must be a word of a country's name or
    short form. An ISO code in capitals and a word written with vowel signs (read less its
    last signs) always may."""
    k = key(text)
    if (len(text) == 3 and text.isupper()) or vowelsigns.signed(k):
        return True
    vocabulary = _name_words()
    words = k[4:].split() if k.startswith("the ") else k.split()
    return bool(words) and all(word in vocabulary for word in words)


def may_name_genre(text: str) -> bool:
    """False only when ``text`` can name no genre (:func:`genre_names`): every lookup is of
    the whole key or of one of its pieces parted by "and" or "/", each word of it a word of
    a genre phrase (its last word maybe in the plural) or a word that joins two."""
    k = key(text)
    vocabulary = _name_words()
    if _genre_phrase_words(k.split(), vocabulary):
        return True
    if _GENRE_PIECES.search(k) is None:
        return False
    return any(_genre_phrase_words(piece.split(), vocabulary) for piece in _GENRE_PIECES.split(k))


def _genre_phrase_words(words: list[str], vocabulary: frozenset[str]) -> bool:
    """Every one of ``words`` (one at least) is a word of ``vocabulary`` (or its plural) or
    a word that joins two genre words."""
    for word in words:
        if word not in _GENRE_LINKS and not _known_word(word, vocabulary):
            return False
    return bool(words)


def country_name(name: str) -> str | None:
    """One English name for a country written in any language ("Francia" -> "France",
    "Γαλλία" -> "France", "UK" -> "United Kingdom"); None if it is not a country."""
    code = country_code(name)
    if code is None:
        return None
    return _english_names().get(code, name)


def with_state(names: Iterable[str]) -> list[str]:
    """English country names with the state after each country within one ("Wales" ->
    "Wales", "United Kingdom"): a film of Wales is a British film too."""
    found: list[str] = []
    for name in names:
        found.append(name)
        code = _WITHIN_CODES.get(name)
        if code:
            found.append(_english_names()[code.split("-")[0]])
    return dedupe(found)


def split_countries(value: str) -> list[str]:
    """Split a country list as written ("Ireland, UK, Greece", "France / Belgium")."""
    pieces = re.split(r"(\s*(?:[,;/、，|•·]|\s+(?:and|y|et|und|e|και|и)\s+|\s&\s|\s-\s)\s*)", value)
    return dedupe(p.strip(" .") for p in join_country_names(pieces))


def join_country_names(pieces: list[str]) -> list[str]:
    """The parts of a list split with its separators kept (``re.split`` with a group: part,
    separator, part, …), a part and the next joined again where they name one country with
    the separator between ("Bosnia and Herzegovina", "Босна и Херцеговина", "Trinidad y
    Tobago"): the word for "and" inside a country's name parts nothing."""
    parts = pieces[::2]
    separators = pieces[1::2]
    joined: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if i + 1 < len(parts):
            both = f"{part}{separators[i]}{parts[i + 1]}".strip(" .")
            words = both.split()
            # the name may end a part of other words ("… partners from Bosnia and Herzegovina")
            tail = next(
                (" ".join(words[-n:]) for n in range(min(len(words), 5), 2, -1)
                 if country_name(" ".join(words[-n:]))),
                "",
            )  # fmt: skip
            if tail and not country_name(parts[i + 1].strip(" .")):
                joined.append(both)
                i += 2
                continue
        joined.append(part)
        i += 1
    return joined


def normalize_countries(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """(English names, names as written) for ``values``; unknown names are dropped from the
    first list but kept in the second."""
    english: list[str] = []
    written: list[str] = []
    for raw in values:
        for part in split_countries(raw) if any(c in raw for c in ",;/、，|") else [raw.strip()]:
            if not part:
                continue
            written.append(part)
            name = country_name(part)
            if name:
                english.append(name)
    return with_state(english), dedupe(written)


# --------------------------------------------------------------------------- genres

#: The genre vocabulary: facet value -> words that mean it (folded; several languages).
GENRES: dict[str, tuple[str, ...]] = {
    "Action": ("action",),
    "Adventure": (
        "adventure",
        "adventures",
    ),
    "Animation": (
        "animation",
        "animated",
        "anime",
        "anime features",
        "cartoons",
        "cartoon",
    ),
    "Biography": (
        "biography",
        "biographical",
        "biopic",
    ),
    "Comedy": (
        "comedy",
        "comedies",
        "stand-up comedy",
        "romantic comedy",
        "dark comedy",
        "black comedy",
        "sitcom",
        "stand up",
    ),
    "Crime": (
        "crime",
        "criminal",
    ),
    "Documentary": (
        "documentary",
        "documentaries",
        "docuseries",
        "non-fiction",
    ),
    "Drama": (
        "drama",
        "dramas",
        "dramedy",
        "tragicomedy",
        "melodrama",
        "period drama",
        "legal drama",
        "historical drama",
        "political drama",
        "teen drama",
    ),
    "Family": (
        "family",
        "kids",
        "children",
        "children & family movies",
        "children & family",
    ),
    "Fantasy": ("fantasy",),
    "History": (
        "history",
        "historical",
        "period",
        "period piece",
        "war & history",
    ),
    "Horror": (
        "horror",
        "horror movies",
    ),
    "Music": (
        "music",
        "musical",
        "musicals",
        "music & musicals",
        "música",
        "concert film",
        "dance",
        "music videos and concerts",
        "concerts",
    ),
    "Mystery": (
        "mystery",
        "whodunit",
    ),
    "Romance": (
        "romance",
        "romantic",
        "romantic movies",
        "love",
    ),
    "Science Fiction": (
        "science fiction",
        "sci-fi",
        "scifi",
        "sci-fi & fantasy",
        "science fiction & fantasy",
        "sf",
    ),
    "Sports": (
        "sports",
        "sport",
        "sports movies",
    ),
    "Thriller": (
        "thriller",
        "thrillers",
        "suspense",
        "psychological thriller",
        "erotic thriller",
    ),
    "War": ("war",),
    "Western": (
        "western",
        "westerns",
    ),
    "Fiction": ("fiction",),
    "Short": (
        "short",
        "short film",
        "shorts",
    ),
    "Silent": (
        "silent",
        "silent film",
    ),
    "Experimental": (
        "experimental",
        "avant-garde",
    ),
    "Teen": (
        "teen",
        "teen movies",
        "coming of age",
        "coming-of-age",
    ),
    "LGBTQ": (
        "lgbtq",
        "lgbtq movies",
        "lgbt",
        "lgbtq+",
        "gay & lesbian",
        "queer",
    ),
    "Faith & Spirituality": (
        "faith & spirituality",
        "faith and spirituality",
        "religious",
        "christian",
    ),
}

#: Narrower genres that pages name ("black comedy", "трагикомедия", "黑色喜劇"), each with the
#: genres of the vocabulary it belongs to, in the order a label of it has always given them.
#: Page extraction keeps the narrower name first (``genre_names(label, narrow=True)``); the
#: facets of the catalogues stay the vocabulary's. Language modules name them as genres.
SUBGENRES: dict[str, tuple[str, ...]] = {
    "Black Comedy": ("Comedy",),
    "Romantic Comedy": ("Comedy", "Romance"),
    "Tragicomedy": ("Drama", "Comedy"),
    "Satire": ("Comedy",),
    "Parody": ("Comedy",),
    "Melodrama": ("Drama",),
    "Family Drama": ("Family", "Drama"),
    "Historical Drama": ("Drama", "History"),
    "Period Drama": ("Drama", "History"),
    "War Drama": ("War", "Drama"),
    "Social Drama": ("Drama",),
    "Biopic": ("Biography",),
    "Road Movie": ("Drama",),
    "Space Opera": ("Science Fiction",),
    "Psychological Thriller": ("Thriller",),
    "Supernatural Horror": ("Horror",),
    "Psychological Drama": ("Drama",),
    "Film Noir": ("Crime",),
    "Detective": ("Crime",),
    "Children's Film": ("Family",),
    "Docudrama": ("Documentary", "Drama"),
    "Survival Thriller": ("Thriller",),
    "Political Thriller": ("Thriller",),
    "Political Drama": ("Drama",),
    "Coming of Age": ("Teen",),
    "Youth Film": ("Teen",),
    "Gangster Film": ("Crime",),
    "Heist Film": ("Crime",),
    "Spy": ("Thriller",),
    "Disaster Film": ("Action",),
    "Martial Arts": ("Action",),
    "Superhero Film": ("Action",),
    "Slasher": ("Horror",),
    "Mockumentary": ("Comedy",),
    "Light Comedy": ("Comedy",),
    "Chick Flick": ("Romance", "Comedy"),
    "Historical Biopic": ("Biography", "History"),
    "Domestic Drama": ("Drama",),
    # narrower genres of no genre of the vocabulary: page extraction names them alone
    "Christmas Film": (),
    "Political Film": (),
    "Propaganda Film": (),
    "Literary Adaptation": (),
    "Chronicle": (),
    "Erotic Film": (),
    "Films about Filmmaking": (),
    # the kind of work, not its genre: a fiction film of feature length ("Spielfilm", "igrani
    # film", "badiiy film"), which pages and their readers call a feature film or fiction
    "Feature Film": ("Fiction",),
}

#: Narrower genres whose words are everyday words too ("Christmas", "political", "youth",
#: "disaster", "a spy"), or that belong to no genre of the vocabulary: only page extraction
#: names them (``narrow``), where prose counts them beside the word for film alone; the
#: catalogues' facets and the other fields' tests of "is this a genre word" never see them.
NARROW_ONLY = frozenset(
    {"Christmas Film", "Political Film", "Propaganda Film", "Literary Adaptation", "Chronicle",
     "Erotic Film", "Films about Filmmaking", "Youth Film", "Heist Film", "Spy",
     "Disaster Film", "Martial Arts", "Superhero Film", "Feature Film"}
)  # fmt: skip

#: Genres whose words are everyday words in prose ("family", "short", "music", "war"): page
#: extraction reads them only from labels and fact lines (and the narrower genres of such
#: words: "Christmas", "political", "a gangster").
EVERYDAY_GENRES = frozenset(
    {"Family", "Short", "Music", "History", "Faith & Spirituality", "LGBTQ", "Teen", "Silent",
     "Experimental", "Sports", "War", "Biography", "Fiction", "Gangster Film"}
) | NARROW_ONLY  # fmt: skip

#: More spellings (inflected forms, "film of horror" wordings, CJK compounds) -> genre, and the
#: English words of :data:`SUBGENRES`.
GENRE_ALIASES: dict[str, str] = {
    "thrilling": "Thriller",
    "mystery thriller": "Thriller",
    "biographical drama": "Drama",
    "musical drama": "Music",
    "black comedy": "Black Comedy",
    "dark comedy": "Black Comedy",
    "romantic comedy": "Romantic Comedy",
    "romcom": "Romantic Comedy",
    "rom-com": "Romantic Comedy",
    "tragicomedy": "Tragicomedy",
    "tragi-comedy": "Tragicomedy",
    "tragicomic": "Tragicomedy",
    "tragi-comic": "Tragicomedy",
    "satire": "Satire",
    "parody": "Parody",
    "parodies": "Parody",
    "spoof": "Parody",
    "melodrama": "Melodrama",
    "family drama": "Family Drama",
    "historical drama": "Historical Drama",
    "period drama": "Period Drama",
    "war drama": "War Drama",
    "social drama": "Social Drama",
    "biopic": "Biopic",
    "road movie": "Road Movie",
    "road-movie": "Road Movie",
    "roadmovie": "Road Movie",
    "space opera": "Space Opera",
    "psychological thriller": "Psychological Thriller",
    "supernatural horror": "Supernatural Horror",
    "psychological drama": "Psychological Drama",
    "psychodrama": "Psychological Drama",
    "noir": "Film Noir",
    "film noir": "Film Noir",
    "film-noir": "Film Noir",
    "neo-noir": "Film Noir",
    "neo noir": "Film Noir",
    "detective": "Detective",
    "detective story": "Detective",
    "children's film": "Children's Film",
    "children's movie": "Children's Film",
    "kids movie": "Children's Film",
    "docudrama": "Docudrama",
    "docu-drama": "Docudrama",
    "survival thriller": "Survival Thriller",
    "political thriller": "Political Thriller",
    "political drama": "Political Drama",
    "coming of age": "Coming of Age",
    "coming-of-age": "Coming of Age",
    "youth film": "Youth Film",
    "youth movie": "Youth Film",
    "gangster": "Gangster Film",
    "gangsters": "Gangster Film",
    "gangster film": "Gangster Film",
    "gangster movie": "Gangster Film",
    "heist": "Heist Film",
    "heist film": "Heist Film",
    "heist movie": "Heist Film",
    "spy": "Spy",
    "spy film": "Spy",
    "spy movie": "Spy",
    "spy thriller": "Spy",
    "espionage": "Spy",
    "disaster": "Disaster Film",
    "disaster film": "Disaster Film",
    "disaster movie": "Disaster Film",
    "martial arts": "Martial Arts",
    "martial arts film": "Martial Arts",
    "kung fu": "Martial Arts",
    "wuxia": "Martial Arts",
    "superhero": "Superhero Film",
    "superheroes": "Superhero Film",
    "superhero film": "Superhero Film",
    "superhero movie": "Superhero Film",
    "slasher": "Slasher",
    "slasher film": "Slasher",
    "mockumentary": "Mockumentary",
    "light comedy": "Light Comedy",
    "chick flick": "Chick Flick",
    "chick-flick": "Chick Flick",
    "historical biopic": "Historical Biopic",
    "domestic drama": "Domestic Drama",
    "christmas": "Christmas Film",
    "christmas film": "Christmas Film",
    "christmas movie": "Christmas Film",
    "political": "Political Film",
    "politics": "Political Film",
    "political film": "Political Film",
    "propaganda": "Propaganda Film",
    "propaganda film": "Propaganda Film",
    "literary adaptation": "Literary Adaptation",
    "chronicle": "Chronicle",
    "erotic": "Erotic Film",
    "erotic film": "Erotic Film",
    "erotica": "Erotic Film",
    "films about filmmaking": "Films about Filmmaking",
    "film about filmmaking": "Films about Filmmaking",
    "fiction film": "Feature Film",
}

#: Adjectives of a genre that are everyday words too ("a dramatic turn"): they name the genre
#: only beside the word for film or another genre word ("film dramatic", "dramatic comedy",
#: "драматический фильм", "drámai film"), each language's forms written out.
GENRE_ADJECTIVES: dict[str, str] = {
    w: "Drama"
    for w in (
        "dramatic", "dramatică", "dramatyczny", "dramatyczna", "dramatycznym", "dramatycznego",
        "dramatický", "dramatická", "dramatickém", "dramatického", "drámai", "dramatikus",
        "драматический", "драматическая", "драматического", "драматичний", "драматична",
        "драматичного", "драматичен", "драматична", "dramatisk", "dramatiska", "dramatiske",
        "dramaattinen", "dramaatiline", "dramatiškas", "dramatiška", "dramatisks",
        "dramatičan", "dramatična", "dramatični", "dramatičen", "dramatis", "dramatik",
    )
}  # fmt: skip

#: Genre words read only whole, never by their stem: the stem begins everyday words of other
#: languages or of their own ("eventyr": "events", "vestern": "in veste di", "детский":
#: "детский дом", an orphanage; "romance" and its kin keep "roman": a novel, "românesc";
#: "parodia" and its kin: "parodė", "parodo", Lithuanian for "showed", "shows").
UNSTEMMED_GENRE_WORDS = frozenset(
    {"eventyr", "vestern", "детскии", "дитячии", "romance", "romanse", "romansa", "romans",
     "parodia", "parodie", "parodi", "parodija"}
)  # fmt: skip

#: Genre words that are everyday words too ("A love story", "detective Hae-joon arrives",
#: "uma noite de fantasia", "una historia íntima"): a sentence that opens with one names no
#: genre, nor a credit sentence's clause that holds one (as :func:`key` writes them).
GENRE_EVERYDAY_WORDS = frozenset(
    key(w)
    for w in ("love", "cinta", "காதல்", "detective", "mystery", "misterio", "mistero",
              "fantasia", "fantasie", "fantasy", "dirgelwch", "misteru", "mistéir",
              # the words for history that are the words for a story too
              "historia", "história", "histoire", "storia", "historie", "istorija", "историја",
              "история", "історія")
)  # fmt: skip

#: Catalogue labels that describe where a film is shown or how it is sold, not what it is.
PLATFORM_TAGS = frozenset(
    key(t)
    for t in (
        "International Movies",
        "Independent Movies",
        "Cult Movies",
        "Classic Movies",
        "Movies",
        "Arts",
        "Entertainment",
        "Special Interest",
        "Unscripted",
        "Young Adult Audience",
        "Arthouse",
        "Art House & International",
        "International",
        "Independent",
        "Classics",
        "Cult",
        "LGBTQ Movies",
        "Anime Features",
        "Stand-Up Comedy",
        "TV Shows",
        "Reality",
        "Talk Show",
        "Lifestyle",
        "Variety",
        "Late Night",
        "Other",
        "Animals & Nature",
        "Game Show / Competition",
        "Latino",
        "Black Stories",
        "Cooking & Food",
        "Health & Wellness",
        "Adult Animation",
        "Documentaries",
        "Series",
        "Historical",
        "Fitness",
        "Military and War",
    )
) - {
    key("Documentaries"),
    key("Historical"),
    key("Anime Features"),
    key("Stand-Up Comedy"),
    key("LGBTQ Movies"),
    key("Military and War"),
}


@lru_cache(maxsize=1)
def _genre_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for genre, words in GENRES.items():
        table[key(genre)] = genre
        for word in words:
            table.setdefault(key(word), genre)
    table[key("Military and War")] = "War"
    table.update({key(word): genre for word, genre in GENRE_ALIASES.items()})
    table[key("Action & Adventure")] = "Action"
    table[key("Action-Adventure")] = "Action"
    for word, genre in lang.genres().items():  # the language modules' genre words
        table.setdefault(key(word), genre)
    return table


def genre_names(label: str, narrow: bool = False) -> list[str]:
    """Genres from the vocabulary that ``label`` means ("Dramas" -> ["Drama"],
    "Action & Adventure" -> ["Action", "Adventure"], "Comedia dramática" -> ["Drama", "Comedy"]);
    [] for platform tags and unknown words. With ``narrow``, a narrower genre of
    :data:`SUBGENRES` comes first ("black comedy" -> ["Black Comedy", "Comedy"])."""
    # a word that is its own key: no genre unless the table holds it (the prose readers ask
    # about every tail of every long word: "…skomedie")
    own_key = label.isascii() and label.isalpha() and label.islower()
    if own_key and _genre_word(label, _genre_table()) is None:
        return []
    found = _genre_names(label)
    return widen(found, narrow) if any(g in SUBGENRES for g in found) else list(found)


def widen(genres: Iterable[str], narrow: bool = False) -> list[str]:
    """``genres`` with each narrower genre replaced by (``narrow``: followed by) the genres
    of the vocabulary it belongs to."""
    found: list[str] = []
    for genre in genres:
        parents = SUBGENRES.get(genre)
        if genre in NARROW_ONLY and not narrow:
            continue  # "Christmas", "political": a genre for page extraction only
        found.extend([*([genre] if narrow else []), *parents] if parents is not None else [genre])
    return dedupe(found)


@lru_cache(maxsize=1)
def genre_first_words() -> frozenset[str]:
    """The first word (as :func:`key` writes it) of every genre word and phrase: a word
    that can begin a genre."""
    return frozenset(k.split()[0] for k in _genre_table() if k)


@lru_cache(maxsize=1)
def genre_words() -> frozenset[str]:
    """Every genre word and phrase of the vocabulary and the language modules, as
    :func:`key` writes it."""
    return frozenset(k for k in _genre_table() if k)


@lru_cache(maxsize=1 << 14)
def _genre_names(label: str) -> tuple[str, ...]:
    return tuple(_genres_of(label))


#: what joins the genres of a label ("Musical and Performing Arts", "Action / Adventure")
_GENRE_PIECES = re.compile(r"\s+and\s+|\s*/\s*")


def _genres_of(label: str) -> list[str]:
    k = key(label)
    if not k or k in PLATFORM_TAGS:
        return []
    table = _genre_table()
    if k in table:
        found = [table[k]]
        if k in (key("Action & Adventure"), key("Action-Adventure")):
            found.append("Adventure")
        if k in (key("Sci-Fi & Fantasy"), key("Science Fiction & Fantasy")):
            found.append("Fantasy")
        if " " in k:  # "historical drama", "comedia dramática": each word's genre as well
            words = [_genre_word(w, table) for w in k.split() if w not in _GENRE_LINKS]
            if len(words) > 1 and all(words):  # not "political" of "political drama"
                found = dedupe([*found, *(w for w in words if w and w not in NARROW_ONLY)])
        return found
    whole = _genre_word(k, table)
    if whole or " " not in k:
        return [whole] if whole else []
    pieces = _GENRE_PIECES.split(k)
    if len(pieces) > 1:  # "Musical & Performing Arts": the pieces that are genres
        return dedupe(g for piece in pieces for g in genre_names(piece))
    # a compound names each of its genres: "komedi aksi", "science-fiction drama",
    # "drama de ficção científica", "biographical thriller"
    return _genre_cover(k.split(), table) or []


#: words that join two genre words in a compound genre ("drama de ficção científica")
_GENRE_LINKS = frozenset({"and", "de", "of", "di", "da", "do", "du", "del"})


def _genre_word(k: str, table: dict[str, str]) -> str | None:
    """The genre of one word or phrase of the table, also in the plural."""
    for form in (k, k[:-3] + "y" if k.endswith("ies") else k, k[:-1] if k.endswith("s") else k):
        if form in table:
            return table[form]
    return None


def _genre_cover(words: list[str], table: dict[str, str]) -> list[str] | None:
    """The genres of ``words`` when every word belongs to a genre phrase (longest first)
    or joins two; None when a word is not a genre's."""
    found: list[str] = []
    first = genre_first_words()
    i = 0
    while i < len(words):
        if words[i] in _GENRE_LINKS:
            i += 1
            continue
        # a phrase of two words or more begins with the first word of a table's key: a word
        # that begins none and is no genre alone opens no phrase (no join of the words after)
        if words[i] not in first and _genre_word(words[i], table) is None:
            return None
        for j in range(len(words), i, -1):
            genre = _genre_word(" ".join(words[i:j]), table)
            if genre:
                found.append(genre)
                i = j
                break
        else:
            return None
    return found


def normalize_genres(labels: Iterable[str], narrow: bool = False) -> tuple[list[str], list[str]]:
    """(genres from the vocabulary, other labels kept as tags) for the labels as written;
    ``narrow`` as in :func:`genre_names`."""
    genres: list[str] = []
    tags: list[str] = []
    for raw in labels:
        for label in re.split(r"\s*[,;/|、，]\s*", raw) if re.search(r"[,;|、，]", raw) else [raw]:
            label = label.strip(" .")
            if not label:
                continue
            found = genre_names(label, narrow)
            if found:
                genres.extend(found)
            else:
                tags.append(label)
    return dedupe(genres), dedupe(tags)


# --------------------------------------------------------------------------- languages

_LANGUAGE_ALIASES = {
    "mandarin": "Mandarin",
    "mandarin chinese": "Mandarin",
    "putonghua": "Mandarin",
    "普通话": "Mandarin",
    "國語": "Mandarin",
    "国语": "Mandarin",
    "mandarín": "Mandarin",
    "cantonese": "Cantonese",
    "粵語": "Cantonese",
    "hokkien": "Hokkien",
    "taiwanese": "Hokkien",
    "farsi": "Persian",
    "flemish": "Dutch",
    "sign language": "Sign Language",
}
_LANGUAGE_LOCALES = (
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "tr",
    "el",
    "ru",
    "zh",
    "ja",
    "ko",
    "pl",
    "nl",
)


@lru_cache(maxsize=1)
@cldr_table
def _language_table() -> dict[str, str]:
    from babel import Locale

    english = Locale.parse("en").languages
    table: dict[str, str] = {}
    for locale_name in _LANGUAGE_LOCALES:
        for code, name in Locale.parse(locale_name).languages.items():
            if "_" not in code and code in english:
                table.setdefault(key(name), english[code])
    table.update({key(k): v for k, v in _LANGUAGE_ALIASES.items()})
    return table


def is_language_name(name: str) -> bool:
    """True when ``name`` is exactly a language's name in one of the CLDR locales."""
    return key(name) in _language_table()


def language_name(name: str) -> str | None:
    """One English name for a spoken language written in any language ("mandarín" ->
    "Mandarin", "Französisch" -> "French", "English with subtitles" -> "English")."""
    k = key(name)
    table = _language_table()
    if k in table:
        return table[k]
    words = k.split()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            hit = table.get(" ".join(words[i : i + size]))
            if hit:
                return hit
    return None


def normalize_languages(values: Iterable[str]) -> list[str]:
    """English names of the languages in ``values`` (a list or "English, French")."""
    out: list[str] = []
    for raw in values:
        for part in re.split(r"\s*(?:[,;/、，|]|\s+(?:and|y|et|und|e|και)\s+)\s*", raw):
            name = language_name(part) if part.strip() else None
            if name:
                out.append(name)
    return dedupe(out)


# --------------------------------------------------------------------------- nationalities


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, str]:
    return {key(word): code for word, code in lang.nationalities().items()}


@lru_cache(maxsize=8192)
def nationality_country(word: str) -> str | None:
    """English country name for a nationality adjective in any language ("French" ->
    "France", "αμερικάνικης" -> "United States"): the table, else the country's own name
    in some language that the adjective begins with ("brasileiro", "South African",
    "فلسطيني", "iraní"); None otherwise."""
    k = key(word)
    code = (
        _demonym_table().get(k)
        or _own_language_code(k)
        or _demonym_by_stem(k, word[:1].islower())
        or _nisba_code(k)
        or _slavic_adjective_code(k)
        or _prefixed_code(k)
        or _suffixed_code(word, k)
    )
    return _english_names().get(code) if code and _signs_agree(word, code) else None


#: the Sanskrit "-īya" that makes a nationality of a country's name in the Indic scripts
#: ("ভারতীয়", "भारतीय", "ભારતીય", "ಭಾರತೀಯ" of "ভারত", "भारत", "ભારત", "ಭಾರತ"): the vowel sign ī,
#: the letter ya (a nukta after it)
_INDIC_IYA = re.compile("(?<=.{2})[\u0940\u09c0\u0a40\u0ac0\u0b40\u0c40\u0cc0\u0d40]"
                        "[\u092f\u09af\u0a2f\u0aaf\u0b2f\u0c2f\u0caf\u0d2f]\u09bc?$")  # fmt: skip
#: the Finnish "-lainen" in any case after a stem that ends in a vowel ("suomalainen",
#: "ranskalaista", "japanilaisessa" of "Suomi", "Ranska", "Japani"; "omanlainen" is no Oman)
_FINNIC_LAINEN = re.compile(r"([a-z]{2,}?[aeiouy])lai(?:nen|s[eiu]\w{0,4}|sta|sna|s)$")


def _suffixed_code(word: str, k: str) -> str | None:
    """The country of a nationality made of its name and an ending by grammar (the
    Indic "-īya", the Finnish "-lainen"; a Finnish stem's last "a" may be the name's "i":
    "suoma-" of "Suomi")."""
    table = _country_table()
    bare = _INDIC_IYA.sub("", unicodedata.normalize("NFC", word).strip())
    if bare != word.strip():
        # the name's own last vowel sign gives way to the ending ("ইতালীয়" of "ইতালি")
        return table.get(key(bare)) or _signed_bare().get(key(bare))
    match = _FINNIC_LAINEN.match(k)
    if match is None:
        return None
    stem = match.group(1)
    return table.get(stem) or (table.get(stem[:-1] + "i") if stem.endswith("a") else None)


def _prefixed_code(k: str) -> str | None:
    """The country of a nationality written as a language's prefix and the country's name
    ("kitanzania", "wamarekani" -> Tanzania, United States), a name of five letters or more."""
    for prefix in lang.cue_set("nationality_prefixes"):
        rest = k[len(prefix) :]
        if k.startswith(prefix) and len(rest) >= 5 and " " not in rest:
            code = _country_table().get(rest)
            if code:
                return code
    return None


#: the country a language's name stands for as a nationality where CLDR's likely country of
#: the language is not it: English is Britain's, Portuguese Portugal's; Arabic and Swahili are
#: no one country's, nor are the languages of :data:`_NO_NATION_LANGUAGES`
#: languages of a people or a region within a state, whose names name no nationality
#: ("Tatar", "Kurdish", "Breton", "Yiddish", "Esperanto"; Dutch "Fries" is also the fries)
_NO_NATION_LANGUAGES = (
    "tt", "ku", "ckb", "ps", "sd", "or", "as", "bo", "ug", "jv", "su", "ceb", "ha", "yo", "ig",
    "zu", "xh", "ti", "om", "mi", "fy", "oc", "br", "gd", "eo", "yi", "pap",
)  # fmt: skip
_LANGUAGE_HOMES: dict[str, str | None] = {
    "en": "GB",
    "pt": "PT",
    "ar": None,
    "sw": None,
    **dict.fromkeys(_NO_NATION_LANGUAGES, None),
}


#: CLDR locales whose language names are their nationality adjectives too ("ruso", "russe",
#: "russisch", "русский"; Turkish "Rusça" is the language only, "Rus" the nationality)
_ADJECTIVE_LOCALES = ("en", "es", "fr", "de", "it", "pt", "ru", "pl", "nl")


@lru_cache(maxsize=1)
@cldr_table
def _language_homes() -> dict[str, str]:
    """The names of the language modules' languages in :data:`_ADJECTIVE_LOCALES`, as keys
    ("ruso", "russe", "turco", "русский") -> the ISO code of the language's country."""
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags")
    homes = {
        code: _LANGUAGE_HOMES.get(code, likely.get(code, "").rsplit("_", 1)[-1])
        for code in lang.CODES
    }
    table: dict[str, str] = {}
    for locale in _ADJECTIVE_LOCALES:
        names = Locale.parse(locale).languages
        for code, home in homes.items():
            name = key(names.get(code) or "")
            # a short name ends with a vowel as an adjective does ("ruso", "thai"; "fins" is
            # also Portuguese for "ends")
            if (
                home
                and " " not in name
                and (len(name) >= 5 or (len(name) == 4 and name[-1] in "aeiou"))
            ):
                table.setdefault(name, home)
    return table


@lru_cache(maxsize=1)
def _language_home_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """The stems of :func:`_language_homes`'s names of five letters or more (less a final
    vowel: "русск", "suédois"), by their first five letters."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for name, code in _language_homes().items():
        stem = _FINAL_VOWEL.sub("", name)
        if len(stem) >= 5 and not _genre_prefix(stem):
            heads.setdefault(stem[:5], []).append((stem, code))
    return {head: tuple(stems) for head, stems in heads.items()}


#: the letters an adjective's ending adds to its stem ("rus|os", "suédois|e", "czesk|ich",
#: "russisch|er", "русск|ая"); "finest" is no "finés" nor "cines" "cinese": at least one
_ADJECTIVE_ENDING = re.compile(r"(?:[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüąęěėįų]|ch|[snrmjh]|[а-яё])+")


@lru_cache(maxsize=8192)
def language_nationality(word: str) -> str | None:
    """English country name for a nationality written in lower case as its language's name is,
    in any language module's words ("ruso", "rusa", "russe", "suédoise", "turca", "русская"):
    the name itself, with another final vowel or a plural's "s", or its stem of five letters
    or more with at most three letters more. None for a word with a capital ("Francesca" is
    no "francés")."""
    if not word[:1].islower():
        return None
    k = key(word)
    table = _language_homes()
    forms = [k, k[:-1]] if k.endswith("s") else [k]
    code = next((table[f] for f in forms if f in table), None)
    if code is None and len(k) >= 4 and k[-1] in "aeo":
        code = next((table[k[:-1] + v] for v in "aeo" if k[:-1] + v in table), None)
    if code is None:
        for stem, found in _language_home_heads().get(k[:5], ()):
            rest = k[len(stem) :]
            if k.startswith(stem) and len(rest) <= 3 and _ADJECTIVE_ENDING.fullmatch(rest):
                code = found
                break
    return _english_names().get(code) if code else None


#: the Arabic and Persian adjective ending (nisba) that makes a nationality of a country's name
#: (Egypt writes a final "ي" as "ى": "مصرى")
_NISBA = re.compile(r"(?<=\w{3})(?:ي|ی|ى|ية|یه)$")


#: the Slavic adjective suffix and its case ending ("косов|ската", "kosov|skog")
_SLAVIC_ADJECTIVE = re.compile(r"^(\w{4,}?)(?:ск|sk|цк|ck|ськ|цьк)\w{0,4}$")


def inflected_name_code(phrase: str) -> str | None:
    """The country of a name of two or three words written in another case, each word a
    form of the word of a CLDR name ("Maqedonisë së Veriut": "Maqedonia e Veriut",
    "Северной Македонии" is not: the order differs; "Korei Południowej": "Korea Południowa"):
    a long word begins with its CLDR word less one or two last letters (four letters at least),
    a short linking word (three letters at most) stands for a short one."""
    words = key(phrase).split()
    if not 2 <= len(words) <= 3 or len(words[0]) < 4:
        return None
    for name, code in _multiword_names().get((words[0][:4], len(words)), ()):
        if all(_word_form(w, n) for w, n in zip(words, name.split(), strict=True)):
            return code
    return None


def _word_form(word: str, name: str) -> bool:
    if len(word) <= 3 or len(name) <= 3:
        return len(word) <= 3 and len(name) <= 3
    stem = name[: max(4, len(name) - 2)]
    return word.startswith(stem) and len(word) - len(stem) <= 4


@lru_cache(maxsize=1)
def _multiword_names() -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """CLDR's country names of two or three words, by the first four letters and the number
    of words."""
    found: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for name, code in _country_table().items():
        words = name.split()
        if 2 <= len(words) <= 3 and len(words[0]) >= 4:
            found.setdefault((words[0][:4], len(words)), []).append((name, code))
    return {k: tuple(v) for k, v in found.items()}


def _slavic_adjective_code(k: str) -> str | None:
    """The country of a Slavic adjective made of its name (less its last letter) and the
    suffix "-sk-" with a case ending ("косовската" -> "Косово", "kosovskog" -> "Kosovo")."""
    match = _SLAVIC_ADJECTIVE.match(k)
    if match is None:
        return None
    stem = match.group(1)
    found = _country_table().get(stem) or _country_stems().get(stem)
    if found is None and stem[-1] in "йиji":  # "российской": "Росси|я"; "lietuviškas": "Lietuv|a"
        found = _country_stems().get(stem[:-1])
    return found


def _nisba_code(k: str) -> str | None:
    """The country of an Arabic or Persian nationality: its name and the nisba ending
    ("تونسي" -> "تونس", "ایرانی" -> "ایران")."""
    bare = _NISBA.sub("", k)
    if bare == k:
        return None
    table = _country_table()
    # the name with its article ("ياباني": "اليابان"), its final alef ("فرنسي": "فرنسا", "إيطالي":
    # "إيطاليا"), its
    # feminine "ية" ("سعودي": "السعودية"), the nisba's "و" after an alef ("نمساوي": "النمسا")
    # or the Persian "ی" after one ("آمریکایی": "آمریکا"), "ستان" ("أفغاني": "أفغانستان")
    stems = [bare, bare[:-1]] if bare.endswith(("او", "ای")) else [bare]
    names = (
        name
        for stem in stems
        for base in (stem, f"{stem}ا", f"{stem}يا", f"{stem}ية", f"{stem}ستان")
        for name in (base, f"ال{base}")
    )
    return next((table[name] for name in names if name in table), None)


def _own_language_code(k: str) -> str | None:
    """The country of an adjective that begins with the name a language gives itself
    ("svensk", "danske", "norsk", "magyar", "íslenskri"), at most three letters more."""
    for stem, code in _own_language_heads().get(k[:5], ()):
        if k.startswith(stem) and len(k) - len(stem) <= 3:
            return code
    return None


@lru_cache(maxsize=1)
def _own_language_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`_own_language_stems` by their first five letters, in order: every stem has five
    or more, so only the stems of a word's own first five can begin it."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for stem, code in _own_language_stems().items():
        heads.setdefault(stem[:5], []).append((stem, code))
    return {head: tuple(stems) for head, stems in heads.items()}


@lru_cache(maxsize=1)
@cldr_table
def _own_language_stems() -> dict[str, str]:
    """The name each language module's language gives itself in CLDR, less a final vowel
    ("svenska" -> "svensk"), -> the country where most people speak it, for languages spoken
    by most people of one or two countries only (not English, Spanish, French, Arabic…).
    Names of two words, stems under five letters, and stems a genre word begins with
    ("română" -> "roman", as in "romance") are left out."""
    from babel.core import get_global

    likely, spoken = get_global("likely_subtags"), get_global("territory_languages")
    stems: dict[str, str] = {}
    for language in lang.languages():
        code = language.code
        where = [
            t for t, info in spoken.items() if info.get(code, {}).get("population_percent", 0) >= 50
        ]
        country = likely.get(code, "").rsplit("_", 1)[-1]
        if len(where) > 2 or country not in where:
            continue
        for own in _own_names(code):
            words = key(own).split()  # "tiếng Việt", "o‘zbek": a first word that is no name
            stem = _FINAL_VOWEL.sub("", words[0]) if len(words) == 1 else ""
            if len(stem) >= 5 and not _genre_prefix(stem):
                stems[stem] = country
    return stems


#: a final vowel of a language's name, in the Latin or the Cyrillic script ("srpski",
#: "македонски" -> "македонск", which "македонско-косовската" begins with)
_FINAL_VOWEL = re.compile(r"[aeiouyаеиоуыэюяіє]$")


def _own_names(code: str) -> list[str]:
    """The names a language gives itself in CLDR: in its own script, and in the Latin script
    where CLDR writes the language in it too ("српски", "srpski")."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    names = [Locale.parse(code).get_display_name(code) or ""]
    try:
        latin = Locale.parse(f"{code}_Latn")
    except (UnknownLocaleError, ValueError):
        return names
    names.append(latin.languages.get(code, ""))
    return [name for name in names if name]


def _genre_prefix(stem: str) -> bool:
    words = _genre_keys()  # sorted: the first word not before ``stem`` is the one it may begin
    at = bisect.bisect_left(words, stem)
    return at < len(words) and words[at].startswith(stem)


@lru_cache(maxsize=1)
def _genre_keys() -> tuple[str, ...]:
    return tuple(sorted({key(word) for word in (*GENRE_ALIASES, *lang.genres())}))


def _demonym_by_stem(k: str, lower: bool = False) -> str | None:
    """The country whose name's stem ``k`` begins with, an adjective's ending after it
    (:func:`_adjective_rest`); a word written in ``lower`` case takes no lone "n" (the
    genitive "romanın" of "roman", a novel, where a nationality's "-n" is written with its
    capital: "Ugandan")."""
    clipped = _clipped_names().get(k)
    if clipped:
        return clipped
    stems = _country_stems()
    for cut in range(len(k) - 1, max(4, len(k) - 5), -1):
        code = stems.get(k[:cut])
        rest = k[cut:]
        if code and _adjective_rest(rest) and not (lower and _LONE_CONSONANT.fullmatch(rest)):
            return code
    return None


#: a single Latin consonant: no nationality written in lower case ends its country's name
#: with one alone (the genitive "romanın" of "roman", a novel; "sarkar" of "Sarka", Sark),
#: where a capitalised one may ("Ugandan")
_LONE_CONSONANT = re.compile(r"[b-df-hj-np-tv-xzß]")


#: a word's letters in the Latin script after folding (the dotless "ı" too)
_LATIN_REST = re.compile(r"[a-zßıłđøæœþ]+")


def _adjective_rest(rest: str) -> bool:
    """True for what a nationality adds to its country's stem: in the Latin script vowels and
    the endings' few consonants ("brasil|eiro", "ital|ienisch"), not "franc|hise" nor "belic|
    ht" (Dutch "belicht", of "Belice"), "kuvai|li", "katar|zyna", "roman|ın"; in other scripts
    anything."""
    if not _LATIN_REST.fullmatch(rest):
        return True
    return bool(_STEM_ENDING.fullmatch(rest))


#: a nationality's ending after its country's stem in the Latin script: vowels and a few
#: consonants ("brasil|eiro", "polsk|iego", "japon|skych"), never opening with an "h", which
#: begins a word's next syllable ("franc|hise", "belic|ht"), nor ending with the "-ng" of a
#: Germanic verbal noun or gerund ("spann|ing", "Spann|ung", "Servi|ng"), which no
#: nationality has
_STEM_ENDING = re.compile(r"(?!h)(?:[aeiouy]|ch|[snrmjhgkl])+(?<!ng)")


#: the ending of a country's name that its nationality drops ("Szlovákia": "szlovák",
#: "Slovacia": "slovac", "Bulgária": "bulgár")
_NAME_ENDING = re.compile(r"(?:ia|ija|iya)$")
#: the fewest letters left of a name less that ending ("roman", "alban" are words and names)
_CLIPPED_LETTERS = 6


@lru_cache(maxsize=1)
def _clipped_names() -> dict[str, str]:
    """Country names of one word in every locale less their ending "-ia" ("szlovák",
    "slovac"), six letters or more left, that name no other country and are no country's
    name: a nationality written as the name without it."""
    found: dict[str, set[str]] = {}
    table = _country_table()
    for name, code in table.items():
        if " " in name:
            continue
        clipped = _NAME_ENDING.sub("", name)
        if clipped != name and len(clipped) >= _CLIPPED_LETTERS and clipped not in table:
            found.setdefault(clipped, set()).add(code)
    return {word: next(iter(codes)) for word, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, str]:
    """Country names of five letters or more in every locale, also without their last
    letter ("brasil", "franc", "italia", "itali"): what a nationality adjective begins with."""
    stems: dict[str, str] = {}
    for name, code in _country_table().items():
        if len(name) >= 5 and not name.isdigit():
            stems.setdefault(name, code)
            # a name of words keeps four letters of its last ("south afric"); "nam cu" of
            # Vietnamese "Nam Cực" (Antarctica) would begin "năm của", "a year of"
            whole_word = len(name[:-1].split()[-1]) >= _STEM_LAST_WORD or " " not in name
            if whole_word and not _LATIN_CONSONANT_END.search(name):
                stems.setdefault(name[:-1], code)
    return stems


#: a name's last letter that its nationality keeps: a consonant of the Latin script
#: ("portugal", "kuwait", "galles", "poland" give no "kuwai-", "galle-", "polan-": "kuvaili",
#: Finnish "described", "Gallego", "Polanski" are no nationality); a final vowel gives way
#: to the ending ("franc|ese", "polsk|iego"), as any letter of another script may
_LATIN_CONSONANT_END = re.compile(r"[b-df-hj-np-tv-xzß]$")


#: the fewest letters the last word of a stem of a name of several words keeps
_STEM_LAST_WORD = 4
