"""Whether a candidate of a people's reader can be a person's name at all.

The readers of a page's people (a name alone under the title, a name after a role noun or
before the word for director, a film's possessor, a list after a cast cue) take what has a
name's shape where a name is expected; on real pages that is also a site's chrome or a
heading ("Malayalam Film Reviews", "Tamil Movie Review"), an institution ("Cinema Northern Ireland",
"Grand Prix"), a country, or in scripts without spaces a run of words glued to the word for
director. :func:`not_a_person` tells these apart from data the project already has, never
from a list of names or of non-names:

- a country or a territory by its English CLDR name ("Ethiopia");
- an outlet of two words or more that the quote catalogues know ("Radio Times");
- in a script with spaces, a word that no one's name holds: the word for film, an outlet's
  or a medium's noun (``media_words``, ``outlet_kinds``, ``press_nouns``), an
  institution's noun (``institution_words``), a loading widget's word (``loading_words``),
  a review's or a page section's heading word (``review_words``, ``section_headings``,
  ``read_also``, ``comment_headings``), an institution's stem with its ending ("Festivals"),
  the word for "best" of an award's category, long enough not to be a surname ("Meilleure");
  a word of the page's furniture or its sentences that no one's name holds, of five letters
  or more: a rating's ("Rated", "Altersfreigabe"), the press's ("Media", "Reporter"), the
  noun of the cast ("Hauptdarstellerin", "Protagonista"), a word that opens a sentence
  ("Also", "Quando"): "Rated R", "Check Also", "Lastor Media" name no one;
- in any script, a run made only of words of the project's language data (a cue's, a
  label's, a genre's, a heading's word: "Grand Prize", "Storia di", "All We Imagine", "기사"),
  none of them a given name of the catalogues (``given_names.txt``, "Ben" of "Ben Blanco"
  too), the last no capitalised
  word of three letters or fewer, which may be a surname ("Joven Tan", "Lisa Lu"): common
  words of some language, a heading, an award or another film's title, no one's name;
- in a script without capitals, a word of a clause of a language written in it, whole: a
  pronoun, a postposition or preposition, a conjunction, an adverb, a negation or a copula
  (``clause_words`` and the kinds of :data:`_CLAUSE_KINDS`: "لم يكن", "वाली है"); a list
  of such parts is clauses parted by commas (:func:`is_clause`), and a list's last name
  is cut before one ("… மற்றும் பலர்", "and others": :func:`before_clause`);
- in Hangul, a run of more than four syllables without a space (Korean names have two to
  four; foreign names in Hangul are written with spaces);
- in Japanese, a run that mixes Han, hiragana and katakana (a name mixes two at most:
  "安藤サクラ", "蒼井そら"), Han that ends with a case particle in hiragana ("作は"), a run
  with hiragana longer than a name's ("ダンサーとしてだけでなく", a clause), or Han and kana
  that hold the label of the director or the cast ("監督二人"), or the word for "best"
  ("最優秀賞").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from indexer import lang
from indexer.extract.pages.quotes.who import listed_outlet
from indexer.extract.pages.titleperson import listed_given_names
from indexer.normalize import country_name, key

__all__ = ["before_clause", "is_clause", "is_person_name", "not_a_person"]

#: kinds whose words head a review or a part of a page
_HEADING_KINDS = ("review_words", "section_headings", "read_also", "comment_headings")
#: the fewest letters of a data word read as a word of a name: shorter ones are names too
#: ("Preis", "César", "Tela")
_FEWEST = 6
#: the fewest letters of a word of film, media or heading read so ("Film", "Kino")
_FEWEST_MEDIA = 4
#: the kinds of words of a page's furniture and sentences that no person's name holds
_FURNITURE_KINDS = ("rating_words", "press_words", "starring", "sentence_words")
#: the fewest letters of such a word read so: shorter ones are names too ("Anni", "Pers")
_FEWEST_FURNITURE = 5
#: the fewest letters of the word for "best" read so: shorter ones are surnames too
#: ("Best", "Bester")
_FEWEST_AWARD = 7

#: five Hangul syllables or more without a space: no Korean name is so long
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{5,}")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
#: a run of Han or kana alone
_JAPANESE_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff・]+")
#: the most characters of a Japanese name that holds hiragana ("長澤まさみ", "加賀まりこ")
_LONGEST_KANA_NAME = 7
#: Han, then one case or topic particle of Japanese at the end ("作は", "監督が")
_HAN_PARTICLE_END = re.compile(r"[\u3400-\u9fff][はがをにでともへ]$")


def is_person_name(name: str) -> bool:
    """True unless :func:`not_a_person` finds why ``name`` names no one."""
    return not_a_person(name) is None


@lru_cache(maxsize=1 << 14)  # the people readers ask about the same names again and again
def not_a_person(name: str) -> str | None:
    """Why ``name`` is no person's name ("country", "word:Review", "hangul run", "clause"),
    or None when nothing says so."""
    bare = name.strip(" \t,.;:·•|-–—")
    if not bare:
        return "empty"
    if _english_country(bare):
        return "country"
    if " " in bare and listed_outlet(bare):
        return "outlet"  # "Radio Times": a critic's outlet the quote catalogues know
    for word in bare.split():
        if _non_name_word(word):
            return f"word:{word}"
        if _clause_word(word):
            return f"clause:{word}"
    if _all_data_words(bare):
        return "words"
    return _unspaced_shape(bare)


#: the most letters of a capitalised last word that may be a surname though the language
#: data holds it ("Tan", "Lu", "Er")
_SHORT_SURNAME = 3


def _all_data_words(name: str) -> bool:
    """True when every word of ``name`` is a word of the language data (:func:`_data_words`)
    and none a given name, the last no capitalised word short enough to be a surname."""
    words = [w for w in map(_without_punctuation, name.split()) if w]
    if not words or any(key(w) in listed_given_names() for w in words):
        return False
    last = words[-1]
    if last[:1].isupper() and len(last) <= _SHORT_SURNAME:
        return False  # "Joven Tan": a surname of three letters
    return all(w.casefold() in _data_words() for w in words)


@cache
def _data_words() -> frozenset[str]:
    """Every word of every language's data: its cues, labels and genres, stems without their
    asterisk, folded."""
    return frozenset(
        word.casefold().rstrip("*") for entry in lang.data_entries() for word in entry.split()
    )


def is_data_word(word: str) -> bool:
    """True when ``word`` (in any case) is a word of the language data: a cue, a label, a
    genre (:func:`_data_words`)."""
    return word.casefold() in _data_words()


#: the fewest parts of a list whose companies tell what the rest of it is
_COMPANY_LIST = 3


def mostly_companies(listed: list[str]) -> bool:
    """True for a list of three names or more, all different, half of which or more hold a
    word no person's name holds (a company's "Film", "Productions", "Pictures":
    :func:`not_a_person`): a list of companies, whose other parts are companies too ("TV Man
    Union"); a name said again ("Фильм, фильм, фильм") is a title's figure, no list."""
    if len(listed) < _COMPANY_LIST or len({part.strip().casefold() for part in listed}) < len(
        listed
    ):
        return False
    words = [
        reason for reason in map(not_a_person, listed) if reason and reason.startswith("word:")
    ]
    return len(words) * 2 >= len(listed)


def before_clause(name: str) -> str:
    """``name`` cut before its first word of a clause (:func:`_clause_word`), as the last
    name of a list goes on with the list's end ("சரண்யா பொன்வண்ணன் மற்றும் பலர்", "… and
    others"); ``name`` itself when no such word follows its first."""
    words = name.split()
    cut = next((i for i, word in enumerate(words) if i and _clause_word(word)), len(words))
    return " ".join(words[:cut])


def is_clause(name: str) -> bool:
    """True when ``name`` holds a word of a clause of a script without capitals (a negation,
    a pronoun, a preposition, a copula: :func:`_clause_word`): the commas of its list part
    clauses, not names ("ومن باب الإنصاف", "لم يكن بوسعهم")."""
    return any(_clause_word(word) for word in name.split())


def _english_country(name: str) -> bool:
    """True for a country's or a territory's name as CLDR writes it in English ("Ethiopia");
    in other languages one word may also be a person's ("Suriya", "Indi")."""
    english = country_name(name)
    return bool(english) and key(english) == key(name)


def _unspaced_shape(name: str) -> str | None:
    """Why a name of a script without spaces is none by its length or its scripts."""
    if _HANGUL_RUN.fullmatch(name):
        return "hangul run"
    if _HAN.search(name) and _HIRAGANA.search(name) and _KATAKANA.search(name):
        return "scripts"
    if _HAN_PARTICLE_END.search(name) and len(name) <= 6:
        return "particle"
    if _HIRAGANA.search(name) and len(name.replace(" ", "")) > _LONGEST_KANA_NAME:
        return "clause"  # "ダンサーとしてだけでなく": hiragana inflects a clause
    if _JAPANESE_OR_HAN.search(name) and _people_label().search(name):
        return "label"  # "監督二人": the word for director is no part of a name
    if _JAPANESE_OR_HAN.fullmatch(name) and _han_award().search(name):
        return "award"  # "最優秀賞": the word for "best" opens an award's name
    return None


@cache
def _han_award() -> re.Pattern[str]:
    """The words for "best" written in Han or kana ("最優秀", "最佳"), which open an award's
    category and no one's name."""
    found = sorted((w for w in lang.cues("award_words") if _JAPANESE_OR_HAN.fullmatch(w)), key=len)
    return re.compile("|".join(map(re.escape, reversed(found))) or "(?!)")


@cache
def _people_label() -> re.Pattern[str]:
    """The labels of directors and the cast written in Han or kana ("監督", "导演", "出演")."""
    words = {w for field in ("directors", "cast") for w in lang.labels().get(field, ())}
    cjk = sorted((w for w in words if _JAPANESE_OR_HAN.fullmatch(w)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cjk)) or "(?!)")


def _non_name_word(word: str) -> bool:
    """True for a word of a spaced script that is a noun of film, media, an outlet, an
    institution, or a heading's word, long enough not to be a name too."""
    folded = _without_punctuation(word.casefold())
    if not folded.isalpha() or not folded[0].isalpha():
        return False
    if len(folded) >= _FEWEST_MEDIA and folded in _short_words():
        return True
    if folded.startswith(_production_stems()):
        return True  # "Productions", "Producciones": a company's
    if folded.startswith(_institution_stems()):
        return True  # "Festivals", "פסטיבל": a festival's or an academy's
    if len(folded) >= _FEWEST_AWARD and folded in lang.cue_set("award_words"):
        return True  # "Meilleure", "Terbaik": the word for "best" of an award's category
    if len(folded) >= _FEWEST_FURNITURE and folded in _furniture_words():
        return True  # "Rated", "Media", "Hauptdarstellerin": a page's furniture
    return len(folded) >= _FEWEST and folded in _long_words()


def _without_punctuation(word: str) -> str:
    """``word`` without the punctuation around it, of any script ("Reporter』", "«Kino»")."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] == "P":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] == "P":
        end -= 1
    return word[start:end]


def _clause_word(word: str) -> bool:
    """True for a word of a script without capitals that is a word of a clause in one of the
    languages written in it (a pronoun, a postposition or preposition, a conjunction, an
    adverb, a negation, a copula: ``clause_words`` and the kinds of :func:`_clause_words`),
    whole; a conjunction written as a prefix is taken off first ("ومن": "and from")."""
    bare = _without_punctuation(word)
    if not bare or any(ch.isupper() for ch in bare) or bare.isascii():
        return False
    if _JAPANESE_OR_HAN.search(bare):
        return False  # written without spaces: a word alone is a list's end ("莉子 他")
    if any(ch.islower() and not _GEORGIAN.match(ch) for ch in bare):
        return False  # a cased script writes these words in lower case and names capitalised
    words = _clause_words()
    # "باگ‌های": Persian joins a plural's or a verb's part with a zero-width non-joiner
    if bare in words or any(part in words for part in bare.split(_ZWNJ)[1:]):
        return True
    return any(bare.startswith(p) and bare[len(p) :] in words for p in _prefixes())


#: the zero-width non-joiner, between a Persian word and its suffix or prefix
_ZWNJ = "\u200c"


#: the Georgian letters, lower case to Python, though Georgian writes no capitals
_GEORGIAN = re.compile(r"[\u10d0-\u10ff]")
#: the kinds of words of a clause, besides ``clause_words``, that no name holds
_CLAUSE_KINDS = (
    "clause_words",
    "pronouns",
    "quote_pronouns",
    "this_words",
    "relative_pronouns",
    "first_person",
    "postpositions",
    "conjunctions",
    "adverbs",
)


@cache
def _clause_words() -> frozenset[str]:
    """The one-word entries of :data:`_CLAUSE_KINDS` in every language."""
    return frozenset(w for kind in _CLAUSE_KINDS for w in lang.cues(kind) if " " not in w)


@cache
def _prefixes() -> tuple[str, ...]:
    """The conjunctions written as a prefix of the next word ("و", "ו")."""
    return lang.cues("prefix_conjunctions")


@cache
def _institution_stems() -> tuple[str, ...]:
    """The stems of the nouns of an institution long enough that no name opens with one
    ("festival", "фестивал", "פסטיבל")."""
    stems = (w.rstrip("*").casefold() for w in lang.cues("institution_words") if w.endswith("*"))
    return tuple(s for s in stems if len(s) >= _FEWEST and " " not in s)


@cache
def _production_stems() -> tuple[str, ...]:
    """The stems of the nouns of a production, long enough that no name opens with one
    ("production", "producción", "produzione")."""
    return tuple(
        w.casefold().rstrip("*") for w in lang.cues("production_words") if len(w) >= _FEWEST + 1
    )


@cache
def _short_words() -> frozenset[str]:
    """Words of film, media and headings, whole (no stems), one word each."""
    nouns = ("media_words", "outlet_kinds", "press_nouns", "film_words", "film_plurals")
    kinds = (*nouns, *_HEADING_KINDS)
    return frozenset(_single_words(kinds))


@cache
def _furniture_words() -> frozenset[str]:
    """The words of a rating, of the press, of the cast's noun and the words that open a
    sentence (:data:`_FURNITURE_KINDS`), whole (no stems), one word each."""
    return frozenset(_single_words(_FURNITURE_KINDS))


@cache
def _long_words() -> frozenset[str]:
    """The nouns of institutions and the words of a loading widget ("loading", "cargando"),
    whole (no stems), one word each."""
    return frozenset(_single_words(("institution_words", "loading_words")))


def _single_words(kinds: tuple[str, ...]) -> set[str]:
    """The one-word entries of ``kinds`` in every language, folded, stems left out."""
    return {
        w.casefold()
        for kind in kinds
        for w in lang.cues(kind)
        if " " not in w and not w.endswith("*") and w.isalpha()
    }
