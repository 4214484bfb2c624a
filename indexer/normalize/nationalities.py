"""Nationality adjectives of any language -> a country: the language modules' tables, else
the country's name in some language with an adjective's ending after it ("brasileiro",
"South African", "فلسطيني", "косовската", "suomalainen"), or a country's name of several words
in another case ("Korei Południowej")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indexer import lang
from indexer.normalize.countries import _country_table, _english_names, _signed_bare, _signs_agree
from indexer.normalize.folding import key
from indexer.normalize.languageadjectives import _own_language_code


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
