"""Credits in prose, by cue: "directed by", "un film de", "reż.", "Regie:", "starring", "con",
"режисьор", "石川慶さんが監督" — the cue words of every language module (:mod:`indexer.lang`).

A cue is followed by names. In scripts with capital letters a name is a run of capitalised
words ("Ángel de la Cruz", "Романа Бондарчука", kept as written); in scripts without them
(Arabic, Hebrew, Indic, Thai, Georgian) it is the next one to three words up to punctuation;
in Chinese, Japanese and Korean the role noun follows the name ("윤종빈감독", "石川慶さんが監督").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.diskcache import cldr_table
from indexer.extract.pages import castprose, castrows, hannames
from indexer.extract.pages.facts import is_name, is_uncased_name, line_facts
from indexer.extract.pages.genrelang import page_languages
from indexer.extract.pages.genres import EVERYDAY
from indexer.extract.pages.headfinal import (
    after_matches,
    after_pattern,
    before,
    craft_nouns,
    inside_word,
    name_before,
    names_listed_before,
    with_initials,
)
from indexer.extract.pages.labels import field_of, is_label_word
from indexer.extract.pages.scan import starts_label
from indexer.extract.pages.scripts import (
    ARABIC,
    ARABIC_WORD,
    CJK,
    HAN,
    POINTS,
    UNCASED_SIGNS,
    UNCASED_WORD,
    WORK_BEFORE,
)
from indexer.extract.pages.sentences import name_after
from indexer.normalize import country_name, genre_names, key, nationality_country
from indexer.wordre import alternation, longest_first, word_spans

#: "由李睿珺编剧并执导", "由麥曦茵編劇及執導": a Chinese name between 由 ("by") and the verb for
#: directing
_ZH_BY = re.compile(
    r"由([\u4e00-\u9fff]{2,4}?)(?:(?:编剧|編劇)[并並、和及兼与與]|自编自导|自編自導)?"
    r"(?:执导|執導|导演|導演)"
)


@dataclass(frozen=True)
class Mention:
    """A name found after (or before) a cue: the name, the cue and where it was; ``partners``
    are the names the cue credits with it when the page writes them together ("Jean-Pierre
    and Luc Dardenne": "Luc Dardenne" beside "Jean-Pierre Dardenne")."""

    name: str
    cue: str
    at: int
    partners: tuple[str, ...] = ()


#: what a name written right after its cue in Chinese or Japanese begins with: katakana or Han
_NAME_START = "\u30a0-\u30ff\u3400-\u9fff\uf900-\ufaff"
#: the CJK class outside the ignore-case flag: the same match (these scripts have no case,
#: and ``re`` compiles a caseless class the same way), but ``re`` folds every character of a
#: range it compiles under that flag, tens of thousands for Han
_CJK_CLASS = f"(?-i:[{CJK}])"
#: Thai, Lao and Khmer: written without spaces between words, a space between a person's given
#: name and surname ("ของผู้กำกับวิศิษฏ์ ศาสนเที่ยง คือ…": a cue glued to the words around it)
_GLUED = "\u0e00-\u0eff\u1780-\u17ff"
_GLUED_CLASS = f"[{_GLUED}]"
_GLUED_START = re.compile(_GLUED_CLASS)
_CJK_START = re.compile(f"[{CJK}]")
#: (a year may follow the name at once: "名導侯孝賢1989年的經典電影")
_CJK_RUN = re.compile(rf"[{CJK}]{{2,4}}(?=[\s、，,。.（(・)）\d]|$)")
#: a Japanese name of a Han surname and a given name written (partly) in kana, longer than a
#: run of Han: "安藤サクラ", "久慈あさみ", "若山セツ子"; its end told as a run's is
_JA_KANA_NAME = re.compile(
    r"[\u3400-\u9fff]{1,3}((?:[\u3041-\u3096]{2,3}|[\u30a1-\u30fa\u30fc]{2,4})[\u3400-\u9fff]?)"
    r"(?=[\s、，,。.（(・)）]|$)"
)
#: a foreign name in katakana, its parts joined by middle dots ("リリー・フランキー",
#: "ジャン=ピエール・レオー"): one name, however many parts
_KANA_DOTTED = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･＝=][\u30a1-\u30fa\u30fc]+)+")


@cache
def _cjk_ands() -> str:
    """The languages' one-character CJK words for "and" ("和", "与", "と"), as one string."""
    words = lang.cue_set("conjunctions")
    return "".join(sorted(w for w in words if len(w) == 1 and _CJK_START.match(w)))


@cache
def _cjk_run_before_honorific() -> re.Pattern[str]:
    """A run of Han or kana of two to four characters closed by an honorific written after a
    name ("富田克也さん", "是枝裕和氏"): the honorific ends the name."""
    honorifics = [w for w in lang.cues("honorifics_after") if _CJK_START.match(w)]
    return recache.compile(rf"[{CJK}]{{2,4}}(?={alternation(honorifics) or '(?!)'})")


@cache
def _cjk_run_before_and() -> re.Pattern[str]:
    """A run of two to four CJK characters closed by a language's one-character word for
    "and" ("導演許鞍華和演員劉德華"): the next name or clause begins after it."""
    ands = _cjk_ands()
    return re.compile(rf"[{CJK}]{{2,4}}(?=[{ands}])") if ands else re.compile(r"(?!)")


@cache
def _pattern(kind: str, code: str | None = None) -> re.Pattern[str]:
    words = lang.cues(kind, code)
    if not words:
        return re.compile(r"(?!)")  # a language without cues of this kind matches nothing
    words = _spellings(words)
    # a role noun takes the endings of gender and case ("Regisseurin", "lavastajaks",
    # "ohjaajana"); "the director, Warwick Thornton": a comma may follow the cue as a colon does
    ending = rf"(?:(?<!{_CJK_CLASS})(?<!{_GLUED_CLASS})[^\W\d_]{{1,3}})?"
    ending = ending if kind == "director_nouns" else ""
    if kind == "director_nouns":  # joined to another role: "Ohjaaja-käsikirjoittaja Timo …"
        ending += r"(?:[-/][^\W\d_]{3,})?"
    cue = rf"(?:{alternation(words, spaces=True)}){ending}"
    if kind in _RESTEMMED:  # "réalisée par" of "réalisé par", "realizador" of "realizadora"
        cue = rf"(?:{cue}|{_restemmed(words)})"
    if kind == "directed_by":  # "directed, produced, and written by", "regia e sceneggiatura di"
        cue = rf"(?:{_coordinated(words, code)}|{cue})"
    if kind == "director_nouns":  # "spillefilmsinstruktør", "kinorežisors": film + director
        cue = rf"(?:{_film_compound()})?{cue}"
    if kind == "starring":  # "актьора Васил Банов", "aktorių Juozą Budraitį": the noun inflected
        cue = rf"(?:{cue}|{_inflected(words)})"
    # every cue above opens with the first letter of one of ``words`` (a role noun may open
    # with any letter, in a compound): one look at it turns away a word that opens none,
    # before each group of cues is tried in turn
    ahead = "" if kind == "director_nouns" else _opening_letter(words)
    return recache.compile(
        rf"(?:(?<![^\W\d_])|(?={_CJK_CLASS}|{_GLUED_CLASS})){ahead}"
        rf"{cue}"
        # "(в ролите - Максим Суханов)"; Chinese and Japanese write the name right after the
        # cue ("新進導演柯貞年"), in Han characters or katakana (a hiragana particle, "監督は",
        # opens no name)
        # or after the film the actor is known for, in brackets ("出演は「blank13」の…")
        # ("导演是张艺谋", "監督は飯塚健、": the word for "is" between the role and the name)
        rf"(?:\s*[:：,;]\s*|\s+[-–—]\s+|\s+|(?<={_CJK_CLASS})(?:{_copulas()})(?=(?-i:[{_NAME_START}]))"
        rf"|(?<={_CJK_CLASS})(?=(?-i:[{_NAME_START}「『【《]))"
        rf"|(?<={_GLUED_CLASS})(?={_GLUED_CLASS})"
        # an elided article glued to the next word: "diretto dall’esordiente Lukas Dhont"
        r"|(?<=['’])(?=[^\W\d_]))",
        re.IGNORECASE,
    )


def _spellings(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and the other ways pages type them."""
    # an elided article written with either apostrophe ("diretto dall'", "dall’")
    words = (*words, *(w.replace("'", "’") for w in words if "'" in w))
    # Thai and Lao "am" typed as its two parts, the sign and the vowel ("ຜູ້ກໍາກັບ" of "ຜູ້ກຳກັບ")
    return (*words, *(spelled for w in words if (spelled := _am_split(w)) != w))


def _opening_letter(words: Iterable[str]) -> str:
    """A look-ahead at the characters that open ``words`` (the pattern's case flag applies to
    it as to the words), or "" when a word is empty or opens with a space."""
    firsts = {w[:1] for w in words}
    if "" in firsts or any(f.isspace() for f in firsts):
        return ""
    return f"(?=[{''.join(re.escape(f) for f in sorted(firsts))}])"


#: Thai and Lao sara am, and the nikhahit and sara aa it is often typed as (its compatibility
#: decomposition, which NFC leaves apart)
_AM_PARTS = str.maketrans({"\u0e33": "\u0e4d\u0e32", "\u0eb3": "\u0ecd\u0eb2"})


def _am_split(word: str) -> str:
    """``word`` with each Thai or Lao sara am written as its two parts."""
    return word.translate(_AM_PARTS)


@cache
def _copulas() -> str:
    """The words for "is" of the scripts without spaces, written between a role noun and the
    name ("是", "は"), as one alternation (one that matches nothing when no language has any)."""
    words = [w for w in lang.cues("copulas") if _CJK_START.match(w)]
    return alternation(words) if words else "(?!)"


#: the most letters written before the word for film in the first part of a compound
#: ("spille" of "spillefilmsinstruktør", "dokumentar" of "Dokumentarfilmregisseur")
_COMPOUND_LEAD = 10


@cache
def _film_compound() -> str:
    """The first part of a compound whose last part is a director's role noun, as languages
    that write compounds as one word make it: a word for film or for the cinema, maybe after a
    few letters and before a linking letter or two or a hyphen ("spillefilms-" of
    "spillefilmsinstruktør", "kino-" of "kinorežisors", "kinorejissor", "кинорежиссёр")."""
    stems = {w for kind in ("film_words", "cinema_words") for w in lang.cues(kind)}
    stems = {w.casefold() for w in stems if " " not in w and len(w) >= 4 and w.isalpha()}
    lead = rf"[^\W\d_]{{1,{_COMPOUND_LEAD}}}?"
    ordered = longest_first(stems)  # the same pattern in every process
    return rf"(?:{lead})?(?:{alternation(ordered)})[^\W\d_]{{0,2}}?-?"


#: the fewest letters of a one-word cue of the cast read with the endings of case and gender:
#: the words for actor ("actor", "aktor", "актьор"), not the short prepositions ("con", "med")
_INFLECTED_CUE = 5


def _inflected(words: Iterable[str]) -> str:
    """The one-word cues of ``words`` of five letters or more with one to three letters of an
    ending after them, as a language of cases or genders writes the word for actor before the
    name ("актьора", "aktorių", "акторки", "atrizes", "Başroldeki" of "başrolde"); a cue of a
    script without spaces takes none (the name may be glued to it), nor one ending its line
    (the next line's name is no longer its object)."""
    stems = [w for w in words if " " not in w and len(w) >= _INFLECTED_CUE and w.isalpha()]
    stems = [w for w in stems if not re.search(f"{_CJK_CLASS}|{_GLUED_CLASS}", w)]
    if not stems:
        return "(?!)"
    # in the sentence's own line: "… las tres protagonistas" / "Jordi Costa (El País)" ends one
    return rf"(?:{alternation(stems)})[^\W\d_]{{1,3}}(?![ \t]*(?:\n|$))"


#: the kinds of cue read with another ending of their first word (:func:`_restemmed`)
_RESTEMMED = frozenset({"directed_by", "written_by", "director_nouns"})
#: the fewest letters of a cue's first word that takes another ending ("filmař", a Czech
#: filmmaker, would read the "filma" and "Filmas" of other languages)
_RESTEMMED_LEAST = 7
_RESTEM_ENDING = r"[^\W\d_]{0,3}"


def _restemmed(words: Iterable[str]) -> str:
    """The cues of ``words`` whose first word (of seven letters or more, of a script with
    spaces) ends otherwise: its last letter dropped and up to three letters written in its
    place, the rest of the cue as it is. A language of genders and cases writes its
    participles and role nouns with endings the data need not list: "réalisée par",
    "realizados por", "wyreżyserowana przez", "redateljicom", "постановщица" read by the cues
    "réalisé par", "realizado por", "wyreżyserowany przez", "redateljica", "постановщик"…
    Leaving each cue out of the data in turn, the other cues so read 82 of the 495 cues of
    ``directed_by`` and 45 of the 306 of ``director_nouns`` that they do not read as written
    (with the endings :func:`_pattern` adds to a role noun). One alternation of the stems per
    rest of the cue."""
    tails = {
        rest: [first[:-1] for first in firsts]
        for rest, firsts in _first_words_by_rest(words, _RESTEMMED_LEAST).items()
    }
    if not tails:
        return "(?!)"
    groups = "|".join(
        rf"(?:{alternation(dict.fromkeys(stems))}){_RESTEM_ENDING}"
        + "".join(rf"\s+{re.escape(w)}" for w in rest.split())
        for rest, stems in sorted(tails.items(), key=lambda item: -len(item[0]))
    )
    return rf"{_opens_with(stems for stems in tails.values())}(?:{groups})"


def _opens_with(openings: Iterable[list[str]]) -> str:
    """A look-ahead at any of the words of ``openings`` (lists of the words that open each
    group of an alternation): one look at a trie of them all turns away a place no group can
    match at, before each group is tried in turn (a group matches only where one of its own
    words is written)."""
    return rf"(?={alternation(dict.fromkeys(w for words in openings for w in words))})"


def _first_words_by_rest(words: Iterable[str], least: int) -> dict[str, list[str]]:
    """The first words of the cues of ``words`` by the rest of the cue ("" for a cue of one
    word), in the data's order: first words of ``least`` letters or more, of a script with
    spaces."""
    firsts: dict[str, list[str]] = {}
    for cue in words:
        first, _, rest = cue.partition(" ")
        if (
            len(first) >= least
            and first.isalpha()
            and not re.search(f"{_CJK_CLASS}|{_GLUED_CLASS}", first)
        ):
            firsts.setdefault(rest, []).append(first)
    return firsts


#: the fewest letters of the first word of a cue that other roles may join ("directed" of
#: "directed by", "regia" of "regia di"), not an article ("a film by")
_COORDINATED_LEAST = 4
#: the most words of the other roles written before the cue's last words
_COORDINATED_WORDS = 2


def _coordinated(words: Iterable[str], code: str | None = None) -> str:
    """The cues of two words of ``words`` with other roles joined to the first before the
    second, by commas and the language's "and": "directed, produced, and written by",
    "regia e sceneggiatura di", "a direção e roteiro são de" (the data list "directed by",
    "regia di", "a direção é de"): the director is one of the people named after them. The
    first word is a role (four letters or more, no word for film: "film and music by" credits
    no director)."""
    films = {w.casefold() for w in lang.cues("film_words")}
    tails = {
        rest: roles
        for rest, firsts in _first_words_by_rest(words, _COORDINATED_LEAST).items()
        if rest and " " not in rest and (roles := [f for f in firsts if f.casefold() not in films])
    }
    ands = lang.cues("conjunctions", code) or lang.cues("conjunctions")
    if not tails or not ands:
        return "(?!)"
    joined = (
        r"(?:[ \t]*,[ \t]*[^\W\d_][\w-]*){0,3},?"
        rf"[ \t]+(?:{alternation(ands)})[ \t]+"
        rf"(?:[^\W\d_][\w-]*[ \t]+){{1,{_COORDINATED_WORDS}}}?"
    )
    groups = "|".join(
        rf"(?:{_first_words(firsts)}){joined}{re.escape(tail)}"
        for tail, firsts in sorted(tails.items())
    )
    # a group's first word is one of its short words or stems (before their other endings)
    openings = ([w if len(w) < _RESTEMMED_LEAST else w[:-1] for w in f] for f in tails.values())
    return rf"{_opens_with(openings)}(?:{groups})"


def _first_words(firsts: list[str]) -> str:
    """``firsts`` as one alternation, a long one with other endings ("dirigida y escrita por"
    of "dirigido por")."""
    short = [w for w in firsts if len(w) < _RESTEMMED_LEAST]
    stems = [w[:-1] for w in firsts if len(w) >= _RESTEMMED_LEAST]
    both = [alternation(dict.fromkeys(short))] if short else []
    if stems:
        both.append(rf"(?:{alternation(dict.fromkeys(stems))}){_RESTEM_ENDING}")
    return "|".join(both)


@cache
def _restemmed_starring(code: str | None = None) -> re.Pattern[str]:
    """The cast cues of a language (every language without ``code``) read with another ending
    of their first word (:func:`_restemmed`), then a colon or a space."""
    words = lang.cues("starring", code)
    cue = _restemmed(words)
    ahead = _opening_letter(words)  # one look before each group of stems is tried
    return recache.compile(rf"(?<![^\W\d_]){ahead}(?:{cue})(?:\s*[:：,;]\s*|\s+)", re.IGNORECASE)


def is_director_noun(word: str) -> bool:
    """True for a role noun of a director in any language, with its endings ("directors",
    "réalisateurs", "режисери")."""
    return _pattern("director_nouns").fullmatch(word + " ") is not None


@cache
def _plural_nouns() -> frozenset[str]:
    """Every language's director nouns with its plural endings ("directors", "cinéastes")."""
    return frozenset(
        f"{noun.split()[-1]}{ending}"
        for language in lang.languages()
        for noun in language.director_nouns
        for ending in language.plural_endings
    )


def is_plural_director_noun(cue: str) -> bool:
    """True for a director's role noun in the plural ("the directors", "les cinéastes")."""
    words = cue.lower().split()
    return bool(words) and words[-1] in _plural_nouns()


@lru_cache(maxsize=8)  # four readers of the directors walk the same page for the role nouns
def _cue_matches(kind: str, code: str | None, text: str) -> tuple[re.Match[str], ...]:
    """Every match of the cues of ``kind`` (in the language ``code``, or any) in ``text``, in
    page order: the page is walked once for each kind, whichever reader asks first."""
    return tuple(_pattern(kind, code).finditer(text))


def mentions(text: str, kind: str, limit: int = 20, code: str | None = None) -> list[Mention]:
    """Names after each cue of ``kind`` (``directed_by``, ``written_by``,
    ``director_nouns``, ``starring``): one name per cue, in page order."""
    found: list[Mention] = []
    for match in _cue_matches(kind, code, text):
        if kind == "director_nouns" and _award_before(text, match.start()):
            continue  # "Best Director, Academy Awards 2024": a category, not a credit
        if kind == "director_nouns" and _other_role(text, match):
            continue  # "skaņu režisors – Anrijs Krenbergs": the sound's, not the film's
        if kind == "director_nouns" and _longer_cue(text, match):
            continue  # "the directorial debut of": a cue of its own, read as one
        if _clause_end(match.group(0)):
            continue  # "由A編劇及執導,由B、C主演": the verb ends its clause, the actors follow
        if kind == "directed_by" and _opens_after_cue(text, match):
            continue  # "മധു സി നാരായണന് സംവിധാനം ചെയ്ത കുമ്പളങ്ങി…": the name before, the film after
        name = name_at(text, _past_joined_cue(text, match.end()))
        if kind == "directed_by":
            name = _after_appositive(text, match.end(), name) or name
            # "dirigido pelo uruguaio Daniel Hendler", "directed by filmmaker Ana Ruiz"
            name = name or _after_nationality(text, match.end()) or _after_noun(text, match.end())
            name = name or _after_descriptor(text, match)
            name = name or _quoted_name(text, match.end())
            name = name or _after_lower_run(text, match.end())
            if not name and _ends_with_by(match.group(0)):  # "dirigido por el venezolano A"
                name = _after_describing_run(text, match.end())
        if not name and kind == "director_nouns":
            name = _after_lower_words(text, match.end()) or _of_title(text, match)
            name = name or _quoted_uncased(text, match.end())
        if name and kind == "director_nouns" and _film_word_next(text, match.end()):
            name = _of_title(text, match) or name  # "pengarah filem Hantu Kak Limah, Mamat …"
        name = name or _quoted_after_glued(text, match.end())  # "ผู้กำกับหนุ่ม "…"": young
        name = _named_after_role(text, match.end(), name)
        name = _past_arabic_adjectives(text, match.end(), name)
        if name and kind in _DIRECTING:
            name = " ".join(arabic_two(name.split()))
        if kind in _SHARING:
            name = _past_demonym(text, match.end(), name)
        if name and _verb_phrase(text, match, name):
            continue
        if name and kind == "director_nouns" and _across_paragraph(match, name):
            continue
        if name and _opens_with_preposition(name):
            continue  # "اتهام المخرجة بالخضوع …": "the director of submitting", no name
        shared = [] if name or kind not in _SHARING else shared_surname(text, match.end())
        if shared:  # "film from Jean-Pierre and Luc Dardenne"
            found.append(
                Mention(shared[0], match.group(0).strip(" :："), match.start(), (shared[1],))
            )
        elif name:
            found.append(Mention(name, match.group(0).strip(" :："), match.start()))
            if len(found) >= limit:
                break
    return found


@cache
def _prepositions_with_article() -> tuple[str, ...]:
    """The article written after a glued preposition ("بال", "لل", "كال": "with the", "for
    the", "as the"), from the languages' ``article_prefixes``: not "وال" ("and the"), which
    opens given names too ("والي")."""
    return tuple(
        a
        for a in lang.cues("article_prefixes")
        if a == "لل" or (len(a) == 3 and not a.startswith("و"))
    )


def _opens_with_preposition(name: str) -> bool:
    """True for a run of words whose first is a preposition glued to the article: a noun
    phrase of a script without capitals, never a person's name."""
    first = name.split()[0]
    return len(first) > 4 and first.startswith(_prepositions_with_article())


def _across_paragraph(match: re.Match[str], name: str) -> bool:
    """True when a role noun ends a paragraph and ``name``, in a script without capitals,
    opens the next ("جيهان نجيم مخرجة الفيلم" over a blank line, then "هذه الاتهامات لم"): the
    next paragraph's first words, no name the noun introduces."""
    return match.group(0).count("\n") >= 2 and is_uncased_name(name)


#: up to three Arabic words with the article ("المغربيّ", "الشاب"), their marks
#: (shadda, short vowels) included, then a space: adjectives after a role noun
_ARABIC_ADJECTIVES = recache.compile(
    r"[ \t]*(?:(?:ال|وال)[\u0621-\u064a\u064b-\u0652\u0670]+[ \t]+){1,3}"
)


def _past_arabic_adjectives(text: str, start: int, name: str | None) -> str | None:
    """The name after the adjectives that follow an Arabic role noun: "المخرج المغربيّ الشاب
    عثمان الناصري" ("the young Moroccan director"); an adjective agrees with the noun and
    takes its article, a given name does not. ``name`` itself otherwise."""
    if name and not name.startswith("ال"):
        return name
    gap = _ARABIC_ADJECTIVES.match(text, start)
    if not gap:
        return name
    after = name_at(text, gap.end())
    if after and not after.startswith("ال") and len(after.split()) >= 2:
        return after
    return name


def _longer_cue(text: str, match: re.Match[str]) -> bool:
    """True when a director's role noun (with an ending: "directorial") opens a longer cue
    of a director's credit ("directorial debut of"), which reads the name on its own."""
    word = match.group(0).strip(" :：,–-").split()[-1]
    start = match.start() + match.group(0).rfind(word)
    credit = _pattern("directed_by").match(text, start)
    return credit is not None and credit.end() > match.end()


#: the word before a role noun
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+\Z")


def _other_role(text: str, match: re.Match[str]) -> bool:
    """True when the word before a director's noun makes with it another crew member's label
    ("art director", "skaņu režisors": the sound's director), or the words after it do
    ("director de fotografía", "directeur de la photographie")."""
    noun = match.group(0).strip(" :：–-")
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is not None and _crew_label(f"{before.group(1)} {noun}"):
        return True
    if before is not None and _event_word(before.group(1)):
        return True  # "Festival director Tiina Lokk", "programme director": the event's
    after = _WORDS_AFTER.match(text, match.end())
    words = after.group(0).split() if after else []
    last = noun.split()[-1] if noun.split() else noun  # "The director": its noun
    return any(_crew_label(" ".join([last, *words[:n]])) for n in range(len(words), 0, -1))


@cache
def event_stems() -> tuple[str, ...]:
    """The stems of the words for an event of every language, written with a wildcard
    ("festival*", "premiere*"): nouns that no person's name holds."""
    return tuple(
        w[:-1] for w in lang.cues("event_words") if w.endswith("*") and " " not in w and len(w) > 5
    )


@cache
def _cinema_stems() -> tuple[str, ...]:
    """The words for cinema and film of every language: "sinema yönetmeni" is a film's
    director, though cinemas hold events."""
    return tuple(w.casefold() for w in (*lang.cues("cinema_words"), *lang.cues("film_words")))


def _event_word(word: str) -> bool:
    """True when ``word`` is a word for an event (a festival, a programme), not for cinema."""
    folded = word.casefold()
    return folded.startswith(event_stems()) and not folded.startswith(_cinema_stems())


#: up to three words right after a role noun, in its clause
_WORDS_AFTER = re.compile(r"(?:[ \t]*[^\W\d_][\w'’-]*){1,3}")


def _crew_label(words: str) -> bool:
    """True when ``words`` are the label of a crew member other than the director."""
    fields = field_of(words)
    return bool(fields) and "directors" not in fields


#: what closes an apposition after a role noun: a comma, a stop, the word for "and"
@cache
def _apposition_end() -> re.Pattern[str]:
    return recache.compile(rf"\s*(?:[,.;)]|(?:{lang.alternation('conjunctions')})\s)")


def directors_apposed(text: str) -> list[Mention]:
    """Directors written before their role noun in apposition, a comma or "and" after it:
    "Pascal Payant leikstjóra og Simon Danielsson hljóðmanni" (a crew listed "Name role");
    a capitalised name only, and none when a name follows the noun; in a script without
    capitals, a line of the name and the noun alone, a caption ("جيهان نجيم مخرجة الفيلم")."""
    found = []
    for match in _cue_matches("director_nouns", None, text):
        start = match.start()
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            continue
        noun = match.group(0).rstrip()
        caption = _LINE_END.match(text, start + len(noun)) is not None
        if not caption and (
            not _apposition_end().match(text, start + len(noun)) or name_at(text, match.end())
        ):
            continue
        line = text.rfind("\n", 0, start) + 1
        head = text[line : start - 1]
        name = name_before(head)
        if not name or field_of(name):
            continue
        uncased = is_uncased_name(name) and len(name.split()) >= 2  # "عن المخرجين": "about"
        if is_name(name) or (caption and uncased and head.strip() == name):
            found.append(Mention(name, noun, start))
    return found


#: nothing but spaces up to the line's end
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


#: the word before a role noun, lower case (a nationality, "szerb"), and the space after it
_WORD_BEFORE = re.compile(r"(?:^|[ \t])([^\W\d_]+)[ \t]+$")


def directors_before_nationality(text: str) -> list[Mention]:
    """Directors named right before a nationality and their role noun, no comma between:
    "Srdan Golubović szerb rendező" (a language that writes the apposition before its noun).
    The nationality must be a known one written without a capital, so a name's own last word
    is never taken for it."""
    found = []
    for match in _cue_matches("director_nouns", None, text):
        head = text[max(0, match.start() - 120) : match.start()]
        word = _WORD_BEFORE.search(head)
        if not word or word.group(1)[0].isupper() or not nationality_country(word.group(1)):
            continue
        name = name_before(head[: word.start(1)].rstrip())
        if name and is_name(name):
            found.append(Mention(name, match.group(0).strip(" :："), match.start()))
    return found


#: a short word and a title in quotes after a role noun: "réalisatrice de « Plastic … »",
#: "directora de ‘Mouras’"
_OF_QUOTED = re.compile(r"\s+[^\W\d_]{1,3}\s+[«\"“„‘]")


@cache
def _of_the_film() -> re.Pattern[str]:
    """What says a role noun is the director's of a film: a word for film after up to two
    short words in lower case ("of the", "на") or none ("režiser filma", a genitive), maybe a
    determiner ("of this film"), with an ending of a case or the article glued to it
    ("филмот")."""
    films = alternation(lang.cues("film_words")) or "(?!)"
    determiners = alternation(lang.cues("determiners")) or "(?!)"
    return recache.compile(
        r"[ \t]+(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я]{1,3})[ \t]+){0,2}"
        rf"(?:(?:{determiners})[ \t]+)?(?:{films})[^\W\d_]{{0,3}}(?![^\W\d_])",
        re.IGNORECASE,
    )


def directors_after_comma(text: str) -> list[Mention]:
    """Directors followed by a comma and their role noun in apposition: "Victor Erice,
    cinéaste espagnol, …", "Saeed Roustaee, the Iranian director, …" (a determiner and a
    nationality may stand before the noun, a nationality after it); none when a short word
    such as "of" or "de" follows the noun ("Thierry Frémaux, directeur du Festival"), unless a
    title in quotes opens after it."""
    found = []
    for match in _cue_matches("director_nouns", None, text):
        start = match.start()
        head = text[max(0, start - 80) : start]
        words = re.search(r",[ \t]+((?:[^\W\d_][\w-]*[ \t]+){0,2})$", head)
        if not words:
            continue
        between = words.group(1).split()
        described = [
            w
            for w in between
            if w.lower() not in lang.cue_set("determiners") and not nationality_country(w)
        ]
        if not all(map(_describing, described)):
            continue  # "Ana Ruiz, who met the director": a clause, not an apposition
        noun = match.group(0).rstrip(" ,:：")
        end = start + len(noun)
        if described and name_at(text, end):
            continue  # "Ana Ruiz, alongside director Tom Berg": the name after it directs
        rest = text[end : end + 40]
        national = re.match(r"[ \t]+([^\W\d_]+)", rest)
        if national and nationality_country(national.group(1)):
            rest = rest[national.end() :]
        apposition = re.split(r"[,.;:!?()\n]", rest, maxsplit=1)[0]
        if any(
            len(w) <= 3 and w.islower() and w not in lang.cue_set("conjunctions")
            for w in apposition.split()
        ) and not (_OF_QUOTED.match(rest) or _of_the_film().match(rest)):
            continue  # "directorul artistic al festivalului": the festival's
        name = name_before(head[: words.start()])
        if name and is_name(name) and not field_of(name) and head[: words.start()].endswith(name):
            found.append(Mention(name, noun, start))
    return found


#: the fewest letters of a describing word between a comma and a role noun
_DESCRIBING_LEAST = 4
#: the kinds of word that open a clause or credit another role, not describe a director
_CLAUSE_WORDS = (
    "pronouns", "relative_pronouns", "conjunctions", "speech_verbs", "starring", "plays",
    "by", "quote_by", "first_person", "sentence_words",
)  # fmt: skip


@cache
def _clause_words() -> frozenset[str]:
    return frozenset(w.casefold() for kind in _CLAUSE_WORDS for w in lang.cues(kind))


def _describing(word: str) -> bool:
    """True for a word in lower case that may describe a role noun after a name and a comma
    ("Travis Knight, novopečený režisér", "Ana Ruiz, acclaimed director"): a word of four
    letters or more that is no pronoun, conjunction, verb of speech or cue of another role."""
    return (
        word.isalpha()
        and word[0].islower()
        and len(word) >= _DESCRIBING_LEAST
        and word.casefold() not in _clause_words()
    )


@cache
def _director_award() -> re.Pattern[str]:
    """An award's category for directing ("Best Director", "Mellor Dirección", "Meilleure
    réalisation"), perhaps a glued or short word more ("DirecciónNovel"), then its winner
    in parentheses or after a colon."""
    words = lang.alternation("award_words") or "(?!)"
    return recache.compile(
        rf"(?<![^\W\d_])(?:{words})\s+([^\W\d_]+)[^\W\d_]*(?:\s+[^\W\d_]{{1,12}})?"
        r"\s*(?:\(\s*|:\s+)",
        re.IGNORECASE,
    )


def director_award_winners(text: str) -> list[Mention]:
    """The winners of a directing award written after its category: "Premios Goya 2020:
    Mellor DirecciónNovel (Belén Funes)", "Best Director: Jane Campion" (a category word that
    labels directors, a capitalised name)."""
    found = []
    for match in _director_award().finditer(text):
        category = re.sub(r"(?<=[^\W\d_])(?=[A-ZÀ-Þ]).*", "", match.group(1))  # "DirecciónNovel"
        if "directors" not in field_of(category) and not is_director_noun(category):
            continue
        name = name_after(text, match.end())
        if name and is_name(name) and len(name.split()) >= 2:
            found.append(Mention(name, match.group(0).strip(" (:"), match.start()))
    return found


@cache
def _award_word() -> re.Pattern[str]:
    words = lang.alternation("award_words") or "(?!)"
    # a script without spaces glues the category's role noun to it: "最佳女主角", best actress
    glued = alternation([w for w in lang.cues("award_words") if _CJK_START.match(w)]) or "(?!)"
    return recache.compile(rf"(?i)(?:(?<![^\W\d_])(?:{words})[ \t]+|(?:{glued})[ \t]*)$")


def _award_before(text: str, at: int) -> bool:
    """True when the word for "best" comes right before ``at`` (an award's category)."""
    return _award_word().search(text[max(0, at - 20) : at]) is not None


@cache
def _joined_cue() -> re.Pattern[str]:
    """A second credit joined to the first by a prefixed "and" ("أخرجه وكتبه", "directed it
    and wrote it"), which the name follows."""
    prefixes = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    kinds = ("directed_by", "written_by", "starring")
    words = alternation([w for kind in kinds for w in lang.cues(kind) if " " not in w])
    return recache.compile(rf"(?:{prefixes})(?:{words})\s+")


@cache
def _after_phrases() -> tuple[str, ...]:
    """The cues of several words written after a director's name ("സംവിധാനം ചെയ്ത",
    "directed-did"): a verb-final language's noun of direction followed by its verb."""
    return tuple(w for w in lang.cues("directed_after") if " " in w)


def _opens_after_cue(text: str, cue: re.Match[str]) -> bool:
    """True when ``cue`` opens a longer cue of several words written after the name: what
    follows the whole phrase is what was directed (the film), not who directed it."""
    word = cue.group(0).strip()
    return any(
        len(phrase) > len(word) and text.startswith(phrase, cue.start() + cue.group(0).find(word))
        for phrase in _after_phrases()
    )


def _past_joined_cue(text: str, at: int) -> int:
    joined = _joined_cue().match(text, at)
    if joined:
        return joined.end()
    # "同作品監督・富田克也さん": a middle dot joins a role noun to the name in Japanese
    return at + 1 if text.startswith("・", at) and _CJK_START.match(text, at + 1) else at


@cache
def _verb_final_cues(kind: str) -> frozenset[str]:
    return frozenset(key(w) for lg in lang.languages() if lg.verb_final for w in getattr(lg, kind))


def _verb_phrase(text: str, cue: re.Match[str], name: str) -> bool:
    """True when the words read as a name after a cue of a language whose sentences end with
    their verb run up to a full stop: "… صفی یزدانیان در مقام کارگردان محسوب میشود." ends
    with "is counted", not with a name."""
    # a role noun, not a phrase that credits on its own ("فیلمی از اصغر فرهادی.")
    if is_name(name) or key(cue.group(0)) not in _verb_final_cues("director_nouns"):
        return False
    end = text.find(name, cue.end()) + len(name)
    return re.match(r"\s*[.!?।؟](?!\S)", text[end : end + 4]) is not None


#: the cues after which two given names may share one surname
_SHARING = ("directed_by", "director_nouns")
#: one capitalised word, maybe hyphenated, that no second capitalised word follows
_GIVEN = re.compile(r"([A-ZÀ-ÞĀ-ſ][a-zß-ÿā-ſ]+(?:-[A-ZÀ-ÞĀ-ſ][a-zß-ÿā-ſ]+)?)(?=\s)")


def shared_surname(text: str, start: int) -> list[str]:
    """Two people of one family named with one surname after ``start``: "Jean-Pierre and Luc
    Dardenne", "Joel en Ethan Coen" -> each given name with the surname ("Jean-Pierre
    Dardenne", "Luc Dardenne"), as a reader takes them; else none."""
    given = _GIVEN.match(text, start)
    joined = _and().match(text, given.end()) if given else None
    second = name_after(text, joined.end()) if joined else None
    if not (given and second) or len(second.split()) != 2 or _is_cue_word(given.group(1)):
        return []
    if country_name(given.group(1)) or given.group(1).casefold() in lang.cue_set("determiners"):
        return []
    return [f"{given.group(1)} {second.split()[-1]}", second]


def partner(text: str, mention: Mention) -> str | None:
    """The name joined to ``mention``'s by the word for "and" ("u režiji Majkla Tajera i Sanje
    Rajičić"), unless it opens another credit ("กำกับโดย A และ นำแสดงโดย B"). Unlike
    :func:`names_from`, no comma: "semnat de A, B şi C" after a director cue may credit a
    screenplay."""
    if mention.partners:
        return mention.partners[0]
    at, end = _written(text, mention)
    joined = None
    if at >= 0:
        joined = _and().match(text, end) or _prefix_and().match(text, end)
    name = name_at(text, joined.end()) if joined else None
    if not name or any(_pattern(kind).match(name) for kind in _OTHER_CREDITS):
        return None
    return name


def _written(text: str, mention: Mention) -> tuple[int, int]:
    """Where ``mention``'s name is written from its cue on, start and end, its initials with
    or without their full stops ("K. Tyler Johnston" read as "K Tyler Johnston"); (-1, -1)
    when it is not."""
    at = text.find(mention.name, mention.at)
    if at >= 0:
        return at, at + len(mention.name)
    words = (re.escape(w) for w in mention.name.split())
    found = re.compile(r"\.?\s*".join(words)).search(text, mention.at)
    return (found.start(), found.end()) if found else (-1, -1)


def second_director(text: str, mention: Mention) -> str | None:
    """The name after the word for "and" and a director's role noun again, after a role
    noun's ``mention``: "المخرجة مي سعد والمخرج الفلسطيني أحمد الدنف" (the director A and the
    director B), "the director A and the director B"."""
    at = text.find(mention.name, mention.at)
    if at < 0 or not is_director_noun(mention.cue):
        return None
    end = at + len(mention.name)
    joined = _and().match(text, end) or _prefix_and().match(text, end)
    # the role noun read on its own: "and" may be its prefix ("والمخرج")
    rest = text[joined.end() : joined.end() + 120] if joined else ""
    noun = _pattern("director_nouns").match(rest)
    return name_at(rest, noun.end()) if noun else None


def co_credited(text: str, mention: Mention) -> list[str]:
    """The names credited with ``mention``'s: its :func:`partner`, or the rest of a list of
    names that fills its credit up to the end of the line or a " / " or "|" cell break
    ("กำกับโดย A, B, C / สร้างโดย …")."""
    joined = partner(text, mention)
    if joined:
        return [joined]
    at, _ = _written(text, mention)
    listed = names_from(text, at) if at >= 0 else []
    for i, name in enumerate(listed):
        if any(_pattern(kind).match(name) for kind in _OTHER_CREDITS):
            listed = listed[:i]  # "กำกับโดย A และ นำแสดงโดย B": the next credit begins
            break
    if len(listed) < 2:
        return []
    last = text.find(listed[-1], at)
    end = last + len(listed[-1])
    if re.match(r"[ \t]*(?:$|\n|/|\|)", text[end:]):
        return listed[1:]
    # three names or more closed by the word for "and": "disutradarai A, B, C dan D serta …"
    before_last = text[text.find(listed[-2], at) + len(listed[-2]) : last]
    closed = len(listed) >= 3 and _and().fullmatch(before_last) is not None
    return listed[1:] if closed else []


@cache
def _prefix_and() -> re.Pattern[str]:
    """ "and" written as the next name's prefix: "مي سعد وأحمد الدنف"."""
    prefixes = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    return re.compile(rf"\s+(?:{prefixes})(?=\w)")


#: cues that open a credit of their own
_OTHER_CREDITS = ("directed_by", "written_by", "starring", "director_nouns", "plays")


@cache
def _and() -> re.Pattern[str]:
    return recache.compile(rf"\s+(?:&|{lang.alternation('conjunctions')})\s+", re.IGNORECASE)


def _after_lower_words(text: str, start: int, most: int = 4) -> str | None:
    """The name after a few lower-case words: "la réalisatrice montréalaise Sophie Deraspe",
    "режисера та сценариста Романа Бондарчука", "reditelj, scenarista i producent Gvozden
    Đurić", "the director, Warwick Thornton"; a country or a nationality written with a
    capital among them describes the person too ("sutradara perempuan Indonesia favorit saya,
    Kamila Andini")."""
    at = start
    for _ in range(most):
        word = re.match(r"[,\s]*([^\W\d_][\w'’-]*)[,:：\s]+", text[at : at + 40])
        # a role noun written with a capital ("Regisseur und Drehbuchautor Ed Herzog")
        if not word or not (
            word.group(1).islower() or _people_label(word.group(1)) or _place_word(word.group(1))
        ):
            return None
        joined = word.group(1) in lang.cue_set("conjunctions")
        after = _WORD_AHEAD.match(text, at + word.end())
        role = after is not None and _people_label(after.group(1))  # "und Drehbuchautor"
        if joined and not role and name_at(text, at + word.end()):
            return None  # "Pascal Payant leikstjóra og Simon Danielsson": another person
        at += word.end()
        if role and joined:
            continue  # the role word is read next, and no name opens with it
        name = name_at(text, at)
        if name:
            return name
    return None


def _place_word(word: str) -> bool:
    """True for a country's name or a nationality written with a capital ("Indonesia",
    "Ресейден", from Russia): what describes a person between a role noun and the name; the
    name itself is tried before each word is passed ("režiser filma France Štiglic")."""
    return bool(country_name(word) or nationality_country(word))


def _people_label(word: str) -> bool:
    """True for a word that labels a film's people ("Drehbuchautor", "Produzent")."""
    fields = field_of(word)
    return bool(fields) and set(fields) <= {"directors", "writers", "cast", "producers"}


@cache
def _of_title_unquoted() -> re.Pattern[str]:
    """ "de Séptimo, ": a short lower-case word ("of", "de", "du") or a word for film
    ("pengarah filem Hantu Kak Limah, Mamat Khalid"), a capitalised title of one to five
    words, a comma."""
    films = alternation(lang.cues("film_words")) or "(?!)"
    return recache.compile(
        rf"((?:{films})(?![^\W\d_])|[^\W\d_]{{1,4}})\s+"
        r"((?:[^\W\d_][\w'’-]*\s+){0,4}?[^\W\d_][\w'’-]*),\s*"
    )


#: a title in double quotes or guillemets, or in single quotes ("de 'Julia Ist', Elena
#: Martín"), which may hold no single quote
_QUOTED_TITLES = (
    r"[«\"“„]([^«»\"“”„\n]{1,60})[»\"”“]",
    r"‘([^‘’\n]{1,60})’",
    r"(?<!\w)'([^'‘’\n]{1,60})'",
)


@cache
def _of_quoted_title(quotes: int = 0) -> re.Pattern[str]:
    """ "of the film «Prita», ": one or two short lower-case words ("of", "of the", the
    genitive "i"), a word for film in any case form ("filmit", "фільму"), a quoted title
    (``quotes``: which kind of :data:`_QUOTED_TITLES`), a comma."""
    films = alternation(lang.cues("film_words")) or "(?!)"
    return recache.compile(
        rf"((?-i:[^\W\d_A-ZÀ-ÞА-Я]{{1,4}})(?:\s+[^\W\d_]{{1,4}})?)\s+"
        rf"(?:(?:{films})[^\W\d_]{{0,3}}\s+)?"
        rf"{_QUOTED_TITLES[quotes]}\s*,\s*",
        re.IGNORECASE,
    )


def _film_word_next(text: str, at: int) -> bool:
    """True when a word for film, in lower case, opens ``text`` at ``at``: the title after it
    is the film's, no director's name ("pengarah filem Hantu Kak Limah")."""
    word = _of_title_unquoted().match(text, at)
    return word is not None and word.group(1) in lang.cue_set("film_words")


def _of_title(text: str, cue: re.Match[str]) -> str | None:
    """The name in apposition after the director OF a film: "El director de Séptimo, Patxi
    Amezcua, es …", "the director of Parasite, Bong Joon-ho, said", "regjisori i filmit
    “Prita”, Mit’hat Fagu" (the name closed by a comma; no crew label such as "Director of
    Photography")."""
    quoted = None
    for quotes in range(len(_QUOTED_TITLES)):
        quoted = quoted or _of_quoted_title(quotes).match(text, cue.end())
    of = quoted or _of_title_unquoted().match(text, cue.end())
    if not of or not of.group(1).islower() or not of.group(2)[0].isupper():
        return None
    noun = cue.start() + len(cue.group(0).rstrip(" ,:：")) - len(cue.group(0).split()[-1])
    if set(field_of(text[noun : of.end(2)])) - {"directors"}:
        return None
    name = name_at(text, of.end())
    if not name or not (quoted or text.startswith(",", of.end() + len(name))):
        return None  # a title between quotes ends where they close: the name may end anywhere
    return name


#: the next word and the spaces after it
_NEXT_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+")


def _after_appositive(text: str, start: int, first: str | None) -> str | None:
    """The name after an appositive between a "by" cue and it: "directed by Young Critics
    Circle awardee Thop Nazareno (…)", "directed by Oscar winner Bong Joon-ho," (one to three
    capitalised words, a lower-case noun of five letters or more that is no cue word, then a
    name closed by punctuation)."""
    at = start
    for size in range(4):
        word = _NEXT_WORD.match(text, at)
        if not word:
            return None
        if size and word.group(1).islower():
            break
        if not word.group(1)[0].isupper():
            return None
        at = word.end()
    else:
        return None
    noun = word.group(1)
    if len(noun) < 5 or not noun.isalpha() or _is_cue_word(noun):
        return None
    if size == 2 or (first and len(first.split()) > size):
        # two capitalised words are a person's name as often ("directed by Ana Ruiz
        # alongside …"); the name read may be longer than the prefix ("Ana Ruiz Soto")
        return None
    name = name_at(text, word.end())
    if not name or not re.match(r"\s*(?:[(,.;:]|$)", text[word.end() + len(name) :]):
        return None
    return name


@cache
def _cue_words() -> frozenset[str]:
    return _words_of(("directed_by", "written_by", "starring", "conjunctions", "by", "film_words"))


def _words_of(kinds: tuple[str, ...]) -> frozenset[str]:
    """Every word of the cues of ``kinds`` in every language, a cue of several words split."""
    return frozenset(w for kind in kinds for cue in lang.cues(kind) for w in cue.split())


#: a lower-case role noun between two runs of capitalised words: "Mad Men actor John Slattery"
_ROLE_BETWEEN = re.compile(r"\s+([^\W\d_]+)\s+")


#: up to three words in lower case and the spaces after each (words that describe a person
#: before the name: "innovative visual artists Iain Forsyth", "young and handsome Jamie Dornan")
LOWER_RUN = re.compile(r"(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*[ \t]+){1,3}")


def after_lower_run(
    text: str,
    start: int,
    stop: Callable[[str], bool],
    read: Callable[[str, int], str | None],
) -> str | None:
    """The full name (two words or more) that ``read`` finds after up to three words in lower
    case at ``start`` that describe the person ("innovative visual artists Iain Forsyth", "young
    and handsome Jamie Dornan"); none when no such words stand there or one of them is a
    ``stop`` word (a cue: "a movie from hell starring …")."""
    run = LOWER_RUN.match(text, start)
    if not run or any(stop(w) for w in run.group(0).split()):
        return None
    name = read(text, run.end())
    return name if name and is_name(name) and len(name.split()) >= 2 else None


def _after_lower_run(text: str, start: int) -> str | None:
    """The full name after a few words in lower case that describe the person, after a cue
    of directing: "the debut feature film by innovative visual artists Iain Forsyth & Jane
    Pollard", "directed by none other than Ana Ruiz"; none when a word between is a cue word
    ("a movie from hell starring …")."""
    return after_lower_run(text, start, _is_cue_word, name_at)


#: up to four words in lower case and the spaces after each, before a capital: what describes
#: a person between a cue and the name ("dirigido por el venezolano Lorenzo Vigas", "réalisé
#: par la jeune et talentueuse Yasmine Chouikh", "directed by seasoned filmmaker Annemarie
#: Jacir")
_DESCRIBING_RUN = re.compile(r"(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*[ \t]+){1,4}(?=[A-ZÀ-ÞА-Я])")


@cache
def _whole_cues() -> frozenset[str]:
    """The cues of one word that credit someone or name the film ("by", "de", "starring",
    "film"): a word that only stands inside a longer cue ("el" of "la nueva película de el",
    "filmmaker") describes as well as any."""
    kinds = ("directed_by", "written_by", "starring", "by", "film_words")
    return frozenset(c.lower() for kind in kinds for c in lang.cues(kind) if " " not in c)


def _ends_with_by(cue: str) -> bool:
    """True for a cue whose last word is the word for "by" ("directed by", "dirigido por"):
    a passive credit, whose agent follows; not a verb or a noun of directing ("đạo diễn kiêm
    chắp bút với A": directed and co-wrote with A)."""
    words = cue.split()
    return bool(words) and words[-1].lower() in lang.cue_set("by")


def _after_describing_run(text: str, start: int) -> str | None:
    """The full name after up to four words in lower case that describe the person after a
    cue of directing: an article, adjectives or a nationality, a role noun; a conjunction only
    between two of them ("la jeune et talentueuse"); none when one of them is a cue of its own
    ("by", "starring", "film") or ends a clause."""
    run = _DESCRIBING_RUN.match(text, start)
    if not run:
        return None
    words = run.group(0).split()
    ands = lang.cue_set("conjunctions")
    for i, word in enumerate(words):
        if not word[-1].isalnum() and not word.endswith(("-", "'", "’")):
            return None
        if word in ands:
            if i in (0, len(words) - 1):
                return None
        elif word.lower() in _whole_cues():
            return None
    name = name_at(text, run.end())
    return name if name and is_name(name) and len(name.split()) >= 2 else None


#: a name between quotes right after a cue: "ผลงานภาพยนตร์ของ "อโนชา สุวิชากรพงศ์""
_QUOTED_NAME = re.compile(r"[\"“„«]([^\"“”„«»\n]{2,60})[\"”“»]|['‘’]([^'‘’\"“”„«»\n]{2,60})['’]")


def _quoted_name(text: str, start: int) -> str | None:
    """The name that fills a pair of quotes at ``start``, as Thai or Arabic news quote a
    person after a credit ("ผลงานภาพยนตร์ของ "อโนชา สุวิชากรพงศ์""); None for anything else
    in quotes (a title)."""
    quoted = _QUOTED_NAME.match(text, start)
    if not quoted:
        return None
    inside = quoted.group(1) or quoted.group(2)
    name = name_at(inside, 0)
    return name if name == inside.strip() else None


def _quoted_uncased(text: str, start: int) -> str | None:
    """A name of a script without capitals quoted right after a role noun ("مخرج الفيلم
    "جيمس غراي"": the film's director "James Gray"); in a script with capitals a quoted
    phrase there is as often a film's title."""
    name = _quoted_name(text, start)
    words = name.split() if name else []
    return name if 2 <= len(words) <= 3 and all(UNCASED_WORD.fullmatch(w) for w in words) else None


#: a few words of a script written without spaces (Thai, Lao, Khmer) glued after a cue, then
#: an opening quote: what describes the person quoted after them ("ผู้กำกับฝีมือดีจากญี่ปุ่น
#: “…”": the skilled director from Japan "…"); no longer than a short phrase
_GLUED_DESCRIPTOR = re.compile(rf"[ \t]*{_GLUED_CLASS}{{1,24}}[ \t]*(?=[\"“„«'‘])")


def _quoted_after_glued(text: str, start: int) -> str | None:
    """The quoted name of a script without capitals after a cue and the words glued to it
    that describe the person, as Thai news write a director ("ของผู้กำกับหนุ่ม "พุทธิพงษ์
    อรุณเพ็ง"": of the young director "…"); None when no such quote follows."""
    described = _GLUED_DESCRIPTOR.match(text, start)
    return _quoted_uncased(text, described.end()) if described else None


def _named_after_role(text: str, start: int, name: str | None) -> str | None:
    """The name after a role noun in lower case when what a cue named first is followed by
    it: "the directorial debut of Mad Men actor John Slattery" (the series names the actor's
    role, the person comes after it); else ``name``."""
    if not name:
        return name
    at = text.find(name, start)
    role = _ROLE_BETWEEN.match(text, at + len(name)) if at >= 0 else None
    if role is None or not _role_noun(role.group(1)):
        return name
    return name_at(text, role.end()) or name


def _role_noun(word: str) -> bool:
    """True for a person's role noun in lower case ("actor", "director", "producer"); not a
    short word that opens a cast ("with", "mit"), nor "starring" or "featuring"."""
    if not word.islower() or len(word) < 5 or word.endswith("ing"):
        return False
    return _people_label(word) or is_director_noun(word)


def _is_cue_word(word: str) -> bool:
    return word.lower() in _cue_words()


_WORD_AHEAD = re.compile(r"([^\W\d_]+)\s+")


def _after_nationality(text: str, start: int) -> str | None:
    """The name after a nationality written in lower case between an actor's role noun and
    it: "l'actrice allemande Sandra Hüller", "la actriz argentina Dolores Fonzi"."""
    word = _WORD_AHEAD.match(text, start)
    if not word or not word.group(1).islower() or not nationality_country(word.group(1)):
        return None
    return name_at(text, word.end())


#: how a nationality adjective ends where it is capitalised (English): "-an", "-ese", "-ish",
#: "-ic", "-i"; a first name that begins like a country ("Franco", "Francesca") does not
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ic|i)\Z")

#: the spaces and the comma between a nationality and the name after it
_NATIONALITY_GAP = re.compile(r"[ \t]*,?[ \t]+")


def _capital_demonym(words: str) -> bool:
    """True for a capitalised nationality adjective of one or two words ("Egyptian", "South
    African"); not a country's name ("Jordan"), which is a first name as often."""
    return (
        words[:1].isupper()
        and bool(_DEMONYM_END.search(words))
        and not country_name(words)
        and bool(nationality_country(words))
    )


def _past_demonym(text: str, start: int, name: str | None) -> str | None:
    """The name after a capitalised nationality that was read as a name or its first words:
    "directed by South African, Rolie Nikiwe", "directed by Iranian Asghar Farhadi"; None
    when no name follows it (a nationality is no person), ``name`` otherwise."""
    if not name:
        return name
    words = name.split()
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) < size or not _capital_demonym(head):
            continue
        at = text.find(head, start)
        gap = _NATIONALITY_GAP.match(text, at + len(head)) if at >= 0 else None
        after = name_at(text, gap.end()) if gap else None
        return after if after and is_name(after) else None
    return name


def _after_noun(text: str, start: int) -> str | None:
    """The name after a director's role noun in lower case: "dirigido pelo cineasta Ana Ruiz"."""
    word = _WORD_AHEAD.match(text, start)
    if not word or not word.group(1).islower() or not is_director_noun(word.group(1)):
        return None
    return name_at(text, word.end())


def _after_descriptor(text: str, cue: re.Match[str]) -> str | None:
    """The name after a cue and one lower-case word that describes the person: "diretto
    dall’esordiente Lukas Dhont" (the debutant; after an elided article, a word of five
    letters or more), "För regi står långfilmsdebuterande Babak Anvari" (eight or more: no
    article, pronoun or preposition)."""
    word = _WORD_AHEAD.match(text, cue.end())
    elided = cue.group(0)[-1:] in "'’"
    if not word or not word.group(1).islower() or len(word.group(1)) < (5 if elided else 8):
        return None
    if _is_cue_word(word.group(1)) or word.group(1) in lang.cue_set("determiners"):
        return None
    return name_at(text, word.end())


#: a genre word and "by": in prose a line may wrap between them ("a comedy\nby …"), but a
#: capitalised genre word ends a headline, and "by" on the next line opens its byline
#: ("Heartbreaking Irish Drama\nby James Colt Harrison")
_GENRE_BY = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,})(\s+)(by|de|di|von|par|por|van|av|af|od)\s+", re.I
)


def genre_by(text: str) -> list[Mention]:
    """A director after a genre word and "by": "drame de Céline Sciamma", "a comedy by …"."""
    found = []
    for match in _GENRE_BY.finditer(text):
        if "\n" in match.group(2) and match.group(1)[0].isupper():
            continue  # a headline's last word, the byline below it
        genres = genre_names(match.group(1))
        if genres and not set(genres) & EVERYDAY:  # "Music by …" credits the composer
            name = name_at(text, match.end())
            if name:
                found.append(Mention(name, f"{match.group(1)} {match.group(3)}", match.start()))
    return found


def by_lines(text: str) -> list[Mention]:
    """A director credited on a line of its own: "De: Karim Aïnouz", "by Rose Glass", "di
    Michael Mann, con Al Pacino, Robert De Niro" (the cast after it)."""
    found = []
    for match in _by_line().finditer(text):
        name = name_at(text, match.end())
        rest = text[match.end() :].split("\n", 1)[0].strip()
        if name and (
            key(rest) == key(name)
            or _facts_after(rest, name)
            or _cast_after(rest, name)
            or _listed_facts(rest, name)
        ):
            found.append(Mention(name, match.group(1), match.start()))
    return found


@cache
def _by_inside_line() -> re.Pattern[str]:
    """A language's word for "by" inside a line, after a title's last letter, digit, quote or
    comma ("Drari de", "Argentina, 1985, de", "(Manolescu) de"), before a letter."""
    words = lang.alternation("by")
    return recache.compile(rf"(?i)(?<=[^\W_]|[,)»”\"’'])[ \t]+({words})[ \t]+(?=[^\W\d_])")


#: what ends a film's title before "by" on a credit line: a comma, a bracket, a quote, its year
_TITLE_END = frozenset(",)»”\"’'0123456789")


def _before_cast(rest: str) -> str:
    """``rest`` up to a cast cue and the stop or dash before it ("A – Allemagne – 1929 – Avec.
    B": "A – Allemagne – 1929")."""
    cue = _cast_next().search(rest)
    return rest[: cue.start()] if cue else rest


@cache
def _cast_next() -> re.Pattern[str]:
    """A stop, comma or dash, then a language's cast cue as a word ("– Avec.", ", con")."""
    words = lang.alternation("starring")
    return recache.compile(rf"(?i)\s*[.,;–—-]\s*(?:{words})(?![^\W\d_])")


def by_inside_lines(text: str) -> list[Mention]:
    """A director credited inside a line after the film's title, the line going on with the
    film's facts or cast: "Manolesco (…) de Victor Tourjansky – Allemagne – 1929 – 111 mn",
    "Argentina, 1985, de Santiago Mitre, con Ricardo Darín"; or the name ending a heading whose
    neighbour lines state the film's country ("Drari de Kamel Lazrak" / "39’- Maroc/France
    -2011"). A catalogue's credit tuple; prose ("le film de Tom Cruise") states no facts."""
    found = []
    for match in _by_inside_line().finditer(text):
        name = name_at(text, match.end())
        if not name or not is_name(name):
            continue
        rest = text[match.end() :].split("\n", 1)[0].strip()
        mention = Mention(name, match.group(1), match.start(1))
        titled = text[match.start() - 1] in _TITLE_END  # "Argentina, 1985, de A, con B"
        stated = _facts_after(_before_cast(rest), name) or (titled and _cast_after(rest, name))
        stated = stated or _cast_list_after(rest, name)  # "Comédie de A avec B, C"
        # or a heading that ends with the name, in a block of the film's facts
        if stated or (key(rest) == key(name) and beside_facts(text, mention)):
            found.append(mention)
    return found


def alone_on_line(text: str, mention: Mention) -> bool:
    """True when ``mention``'s name is all its line holds after the cue ("by James Colt
    Harrison", a byline's shape), not the cast or facts after it ("di Michael Mann, con …")."""
    line = text[mention.at :].split("\n", 1)[0]
    at = line.find(mention.name)
    return at >= 0 and not line[at + len(mention.name) :].strip(" .,;:")


@cache
def _year_by_line() -> re.Pattern[str]:
    words = lang.alternation("by")
    return recache.compile(
        rf"(?m)^[ \t]*[^\n()]{{1,100}}?\((?:18|19|20)\d\d\),?[ \t]+({words})[ \t]+(?=\S)",
        re.IGNORECASE,
    )


#: the film's year, then on the same line "d." (directed), as a film society's run-on line of
#: facts writes it ("Wild Strawberries Sweden 1957 d. Ingmar Bergman with Victor Sjöström")
_YEAR_THEN_D = re.compile(r"(?<!\d)(?:18|19|20)\d\d[^\n\d]{0,12}?[ \t,.;|/–-](d\.)[ \t]+(?=\S)")


def year_then_d(text: str) -> list[Mention]:
    """Directors after "d." that follows the film's year on a line of facts: "Sweden 1957 d.
    Ingmar Bergman with …" (the abbreviation alone, in lower case, only so)."""
    found = []
    for match in _YEAR_THEN_D.finditer(text):
        name = name_at(text, match.end())
        if name and is_name(name):
            found.append(Mention(name, match.group(1), match.start(1)))
    return found


def year_by_lines(text: str) -> list[Mention]:
    """A director credited on a heading of its own after the film's title and year: "La Rose
    du crime (1947) de Gregory Ratoff", "Stalker (1979) by Andrei Tarkovsky" (the name ends
    the line), as a blog heads each post."""
    found = []
    for match in _year_by_line().finditer(text):
        name = name_at(text, match.end())
        rest = text[match.end() :].split("\n", 1)[0].strip()
        if name and key(rest) == key(name) and not _reviewed(text[match.start() : match.end()]):
            found.append(Mention(name, match.group(1), match.start()))
    return found


@cache
def _review_word() -> re.Pattern[str]:
    words = alternation(lang.cues("review_words"))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _reviewed(heading: str) -> bool:
    """True when a heading names a review ("Review: Parasite (2019) by Jane Doe"): the name
    after "by" is its critic's."""
    return _review_word().search(heading) is not None


#: the last two words before a cue that :func:`after_film_word` reads, and maybe a comma
_WORDS_BEFORE_CUE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)[,\s]*\Z")


def after_film_word(text: str, mention: Mention) -> bool:
    """True when the word for film stands right before a director's cue, maybe with a copula
    or a comma between, and with "and" or the article as its prefix: "the film is directed
    by", "le film, réalisé par", "والفيلم من إخراج" (and the film is directed by). A page
    names its own film so; another film is named by its title."""
    words = _WORDS_BEFORE_CUE.search(text, max(0, mention.at - 40), mention.at)
    if words is None:
        return False
    last, copula = words.group(2), words.group(1) and len(words.group(2)) <= _COPULA
    return _film_word(last) or bool(copula and _film_word(words.group(1)))


#: the most letters of a copula between the word for film and a cue ("is", "est", "wurde")
_COPULA = 5


def _film_word(word: str) -> bool:
    """True for a word for film, maybe with "and" or the article as its prefix ("والفيلم")."""
    word, film_words = word.lower(), _film_word_set()
    return word in film_words or any(
        word.startswith(p) and word[len(p) :] in film_words for p in _word_prefixes()
    )


@cache
def _film_word_set() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.cues("film_words") if " " not in w)


@cache
def _word_prefixes() -> tuple[str, ...]:
    """The prefixes a word for film may carry: "and" and the article ("وال", "و", "ال")."""
    ands = [p for p in lang.cues("prefix_conjunctions") if p]
    articles = [a for a in lang.cues("article_prefixes") if a]
    return tuple(dict.fromkeys([*(a + b for a in ands for b in articles), *ands, *articles]))


def states_facts(text: str, mention: Mention) -> list[str]:
    """The names of a :func:`by_lines` credit that goes on with the film's country or year
    ("di Lukas Dhont • Belgio • durata 105 min", "di A, B — Italia, 2022, 147'"): a film's
    credit line, which an article's byline is not; else none."""
    start = text.find(mention.name, mention.at)
    line = text[start:].split("\n", 1)[0].strip() if start >= 0 else ""
    listed = _listed_facts(line, mention.name)  # co-directors first: "di A, B — Italia"
    if len(listed) < 2 and _facts_after(line, mention.name):
        return [mention.name]
    return listed


#: how many filled lines either side of a :func:`by_lines` credit may state the film's facts
_BESIDE = 2


def beside_facts(text: str, mention: Mention) -> bool:
    """True when a :func:`by_lines` credit stands in a block of the film's facts: a filled
    line just above or below it states the film's country ("A Gente" / "Brasil, 2017" /
    "Documentário, 79 minutos" / "De Aly Muritiba"). An article's byline has a date beside
    it, or a reading time ("5 min read"), never a country: a year or a length alone does not
    count."""
    start = text.rfind("\n", 0, mention.at) + 1
    end = text.find("\n", mention.at)
    above = [x for x in text[:start].split("\n")[::-1] if x.strip()][:_BESIDE]
    below = [x for x in text[end + 1 :].split("\n") if x.strip()][:_BESIDE] if end >= 0 else []
    for line in (*above, *below):
        facts = line_facts(line.strip())
        if facts is None or not facts.countries or facts.names:
            continue
        if facts.years or facts.runtimes or not facts.leftover:
            return True
    return False


def _listed_facts(line: str, name: str) -> list[str]:
    """The names listed from ``name`` at the start of ``line`` when the film's facts follow
    the last ("A, B — Italia, 2022"), or none."""
    listed = names_from(line, 0, limit=4)
    if len(listed) < 2 or listed[0] != name:
        return []
    last = line.find(listed[-1])
    return listed if last >= 0 and _facts_after(line[last:], listed[-1]) else []


def _cast_after(rest: str, name: str) -> bool:
    """True when ``rest`` is ``name``, a comma (or a full stop) and a cast cue with names:
    "Michael Mann, con Al Pacino, Robert De Niro", "Ahmed El Maanouni. Avec Ben Brahim"."""
    if not rest.startswith(name):
        return False
    comma = re.match(r"\s*[,.]\s*", rest[len(name) :])
    if comma is None:
        return False
    at = len(name) + comma.end()
    cue = _pattern("starring").match(rest, at)
    return cue is not None and name_at(rest, cue.end()) is not None


def _cast_list_after(rest: str, name: str) -> bool:
    """True when ``rest`` is ``name``, a cast cue and a list of two names or more, a comma
    between the cue and the name or none: "Benoît Delépine avec Samir Guesmi, Olivier
    Rabourdin", "von Thomas Vinterberg mit Ulrich Thomsen, Trine Dyrholm". The list is the
    credit line's cast; one name after the cue may be a film, an interviewer or a guest
    ("Victor Erice avec L’Esprit de la ruche", "Introduced by A with B")."""
    if not rest.startswith(name):
        return False
    gap = re.match(r"[ \t]*[,.]?[ \t]*", rest[len(name) :])
    at = len(name) + (gap.end() if gap else 0)
    cue = _pattern("starring").match(rest, at)
    first = name_at(rest, cue.end()) if cue and cue.end() > at else None
    if not first or not rest.startswith(first, cue.end() if cue else 0):
        return False
    comma = re.match(r"[ \t]*,[ \t]*", rest[cue.end() + len(first) :]) if cue else None
    second = cue.end() + len(first) + comma.end() if cue and comma else -1
    return second >= 0 and name_at(rest, second) is not None


#: what follows a name before the film's facts: " / ", "|", " - " or a comma, then the facts
_FACTS_TAIL = re.compile(r"(?:\s*[/|•·,]|\s+[-–—])\s*(.+)")


def _facts_after(rest: str, name: str) -> bool:
    """True when ``rest`` is ``name`` then, after a " / ", "|", " - " or a comma, the film's
    facts: the line "de Luigi Comencini / Italie / 1979 / 128'" (or "De Theo Angelopoulos -
    1975 - 230mn - Grèce", "von Nanouk Leopold, Niederlande/Belgien 2017") credits the
    director of the film it states."""
    tail = _FACTS_TAIL.match(rest, len(name)) if rest.startswith(name) else None
    if not tail:
        return False
    # "di Lukas Dhont • Belgio • durata 105 min": a fact's label word is no leftover
    words = tail.group(1).split()
    # a unit after its number ("105 min") is the fact itself, not a cell's label
    stated = " ".join(
        w
        for at, w in enumerate(words)
        if not _fact_label(w) or (at and words[at - 1][-1:].isdigit())
    )
    facts = line_facts(stated)
    return facts is not None and bool(facts.years or facts.countries) and not facts.leftover


def _fact_label(word: str) -> bool:
    """True for the label word of a film fact ("durata", "Runtime"), a cell's label."""
    return bool(set(field_of(word.strip(":：")) or ()) & {"runtime", "year", "countries"})


#: a run of what is not a space
_NON_SPACE = re.compile(r"\S+")


def name_at(text: str, start: int, single: bool = False) -> str | None:
    """The person's name that begins at ``text[start:]``, in any script, or None; with
    ``single``, one word of a script without capitals is a name (a list's "চম্পা, …")."""
    name = name_after(text, start)
    if name:
        return name
    if inside_word(text, start):
        return None  # a vowel sign: the middle of a word, not the start of a name
    rest = text[start : start + 80]
    if _CJK_START.match(rest):
        run = _KANA_DOTTED.match(rest) or _CJK_RUN.match(rest) or _cjk_run_before_and().match(rest)
        run = run or _kana_given_name(rest) or _cjk_run_before_honorific().match(rest)
        if run is None:
            return _surname_name(rest)
        if run and run.group(0).endswith(craft_nouns()):
            return None  # "导演风格": the role noun says whose style, no name follows
        return without_hangul_particle(run.group(0)) if run else None
    words: list[str] = []
    noun_next = False  # after the word for "this" its noun: "இந்த திரைப்படத்தில் பிரபு"
    for match in _NON_SPACE.finditer(rest):
        word = match.group(0)
        if not words and (noun_next or word in lang.cue_set("this_words")):
            noun_next = not noun_next and UNCASED_WORD.fullmatch(word) is not None
            if noun_next or UNCASED_WORD.fullmatch(word):
                # "in this film Prabhu, …": the name starts after the noun, a list's first
                single = single or _LISTED_NEXT.match(rest, match.end()) is not None
                continue
        # ฯ: an abbreviation ("ผู้กำกับฯ"); Ethiopic commas and semicolons ("ዳይሬክተር አራማዝት
        # ካላይጂያን፤ …"; not the full stop: in a verb-final language a run of words up to it is
        # a verb phrase)
        bare = word.rstrip(",.;:!?)»\"”،؛'ฯ፣፤፥፦")
        particle = _case_particle(bare)
        if particle:  # "ဒါရိုက်တာ ရာဇဝင်ကို ရိုက်ကူး": the object marker ends the name
            return " ".join([*words, bare[: -len(particle)]])
        if words and _initials(bare):
            words.append(bare)  # "ஜெயமுருகன் டி.எம்": initials after the name end it
            break
        if not UNCASED_WORD.fullmatch(bare) or (words and _prefixed(bare)):
            break
        if words and _GLUED_START.match(bare) and _opens_with_role(bare):
            # "กำกับโดย มัททีว ผู้กำกับลูกครึ่ง…": the role noun glued to what describes him
            return " ".join(words)
        if _GLUED_START.match(bare) and len(bare) > _GLUED_NAME_MOST:
            break  # "…นำเสนอเรื่องราวสุดสะพรึงที่ผสมผสาน": a sentence glued whole, no name
        if words and bare in lang.cue_set("honorifics_after"):
            single = True  # "மணிகண்டன் அவர்கள்": an honorific after a word makes it a name
            break
        if bare in lang.cue_set("conjunctions") or bare in lang.cue_set("postpositions"):
            break  # "ნინო კასრაძე და გიორგი …", "आर. बाल्की की फिल्म": "and", "of" end the name
        if bare in lang.cues("film_words"):
            # "ლევან თუთბერიძის ფილმი": the word for film ends its director's name; first, it
            # opens a clause about the film ("فیلمەکە باسی ئەوەی", "the film tells of …")
            break
        if is_label_word(bare):
            break  # "निर्देशक : शूजीत सिरकार लेखक : …": the next credit's label ends the name
        if words and bare in _name_enders():
            break  # "இயக்குனர் மணிகண்டன் இயக்கத்தில் …": the role word after a name ends it
        if word == bare + "." and len(bare) <= 3 and all(w.endswith(".") for w in words):
            words.append(word)  # an initial: "आर. बाल्की", "எஸ். ஜே. சூர்யா"
            continue
        words.append(bare)
        if bare != word or len(words) == (2 if _GLUED_START.match(words[0]) else 3):
            break  # Thai, Lao, Khmer: a given name and a surname, then the glued sentence
    if words and words[0].startswith(_glued_openers()):
        return None  # "ผู้กำกับที่สร้างชื่อ…": "the director who…", a clause glued to the cue
    return " ".join(words) if (1 if single else 2) <= len(words) <= 3 else None


#: the kinds of cue that name a film's director
_DIRECTING = frozenset({"directed_by", "director_nouns"})


def arabic_two(words: list[str]) -> list[str]:
    """``words`` of a name read in prose, cut to two when all three are of the Arabic script
    and no ``name_joiners`` word holds them together: a name there is a given name and a
    family name, and a third word is the sentence going on ("المخرج عمرو عرفة نجح في …", "…
    هيفاء المنصور عروضه"); "أمجد أبو العلا", "روح الله حجازی" stay whole."""
    if len(words) != 3 or not all(ARABIC_WORD.fullmatch(w) for w in words):
        return words
    if words[0].startswith("ال"):
        return words  # "الفلسطيني أحمد الدنف": an adjective first, read past by the caller
    joiners = lang.cue_set("name_joiners")
    return words if any(w in joiners for w in words) else words[:2]


#: the most letters of one part of a name in Thai, Lao or Khmer (the longest surnames have
#: about fifteen, "วีระเศรษฐกุล" twelve); a longer run is a clause written without spaces
_GLUED_NAME_MOST = 20


#: a Han cue and a comma: the verb that ends a clause ("…執導,"), never a label
_HAN_CLAUSE_END = re.compile(r"[\u4e00-\u9fff]\s*,\s*$")


def _clause_end(cue: str) -> bool:
    """True for a cue of Han script followed by a comma: Chinese writes the verb after the
    name ("由A執導,"), so the words after the comma open the next clause, not a name."""
    return _HAN_CLAUSE_END.search(cue) is not None


@cache
def _name_enders() -> frozenset[str]:
    """Words that end a name of a script without capitals: the role words written after a
    director's or an actor's name ("… இயக்கத்தில்", "under the direction of …"), the words
    of acting (a verb-final language's verb of playing: "მსახიობი ჰოსეინ მაჰჯუბი ასრულებს",
    the actor … performs), the relative pronouns that open a clause about the name ("الذي",
    "که": who), the third-person pronouns and the demonstratives ("هذه": this), which no name
    holds; and the first word of a role phrase written after a director's name ("ਨਿਰਦੇਸ਼ਕ
    ਰਾਕੇਸ਼ ਮਹਿਤਾ ਡਾਇਰੈਕਟ ਕਰ ਰਹੇ ਹਨ": the director … is directing)."""
    kinds: tuple[str, ...] = ("directed_after", "starring_after", "acting_words")
    kinds += ("relative_pronouns", "pronouns", "this_words", "adverbs")
    words = {w for kind in kinds for w in lang.cues(kind) if UNCASED_WORD.fullmatch(w)}
    words.update(w.split()[0] for w in lang.cues("directed_after") if " " in w)
    return frozenset(w for w in words if UNCASED_WORD.fullmatch(w))


def _opens_with_role(word: str) -> bool:
    """True for a word of a script without spaces that opens with a director's role noun."""
    return word.startswith(_glued_roles())


@cache
def _glued_roles() -> tuple[str, ...]:
    return tuple(w for w in lang.cues("director_nouns") if _GLUED_START.match(w))


def _surname_name(rest: str) -> str | None:
    """The Chinese name that opens ``rest`` when the sentence runs on after it without a mark
    ("毕赣携主演…", "阮鳳儀曾經以…"): a family name of ``surnames`` and two given characters,
    or one when the second is a character that follows a name (``after_surname_name``:
    "携", "新"), else None."""
    han = _HAN_RUN.match(rest)
    if han is None or len(han.group(0)) < 3 or han.group(0)[0] not in lang.cue_set("surnames"):
        return None
    run = han.group(0)
    return run[:2] if run[2] in lang.cue_set("after_surname_name") else run[:3]


#: a run of Han characters
_HAN_RUN = re.compile(rf"[{HAN}]+")


def _kana_given_name(rest: str) -> re.Match[str] | None:
    """The Japanese name of a Han surname and a kana given name that opens ``rest``
    ("久慈あさみ、…"), or None; kana that the languages write after a noun (an honorific, the
    end of a list: "池部さん", "俳優たち") are no given name."""
    match = _JA_KANA_NAME.match(rest)
    if match is None or match.group(1).endswith(_after_noun_kana()):
        return None
    return match


@cache
def _after_noun_kana() -> tuple[str, ...]:
    """The words in kana written after a noun or ending a word that is no name: honorifics,
    the ends of lists, particles, a verb's or a copula's endings ("です")."""
    kinds = (
        "honorifics_after",
        "list_ends",
        "topic_particles",
        "case_particles",
        "non_name_endings",
    )
    kana = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
    found = {w for kind in kinds for w in lang.cues(kind) if kana.fullmatch(w)}
    return tuple(sorted(found))


#: the next word closed by a list's comma
_LISTED_NEXT = re.compile(r"\s+\S+[,،、]")


@cache
def _glued_openers() -> tuple[str, ...]:
    """The words of Thai, Lao and Khmer that open a clause or a noun phrase, never a name
    (relative pronouns, "and", the words for film): glued to a cue, they are no name."""
    kinds = ("relative_pronouns", "conjunctions", "film_words")
    words = {w for kind in kinds for w in lang.cues(kind) if _GLUED_START.match(w)}
    return tuple(sorted(words))


@cache
def _case_particles() -> tuple[str, ...]:
    return tuple(sorted(lang.cues("case_particles"), key=len, reverse=True))


def _case_particle(word: str) -> str | None:
    """The case particle glued to the end of ``word`` (its noun two letters or more), or None."""
    for particle in _case_particles():
        if word.endswith(particle) and len(word) >= len(particle) + 3:
            return particle
    return None


def director_before(text: str, code: str | None = None) -> list[Mention]:
    """Directors written before their role noun: "윤종빈감독", "石川慶さんが監督",
    "रीमा कागती द्वारा निर्देशित", "Asier Urbieta zinemagile", and "由李睿珺执导"."""
    found = [
        Mention(with_initials(text[:at], _without_leading_word(names[-1])), cue, at)
        for names, cue, at in before(text, "directed_after", 1, code)
        if not _holds_film_word(names[-1]) and not _qualifies_role(names[-1])
    ]
    found.extend(
        Mention(m.group(1), "由…执导", m.start())
        for m in _ZH_BY.finditer(text)
        if not _qualifies_role(m.group(1))
    )
    found.extend(_director_framed(text))
    found.extend(
        Mention(m.group(1), m.group(2), m.start(1))
        for m in _role_as().finditer(text)
        if not _qualifies_role(m.group(1))
    )
    return found


@cache
def _role_as() -> re.Pattern[str]:
    """A Han name opening a clause, the word for "as" and, in the same clause, a director's
    role noun of a script without spaces: "张艺谋作为第五代导演中的翘楚" (the name before "as"
    holds the role after it)."""
    as_words = lang.alternation("role_as") or "(?!)"
    nouns = [w for w in lang.cues("director_nouns") if _CJK_FIRST_LETTER.match(w)]
    return recache.compile(
        r"(?:^|(?<=[\s。，,！？!?；;：:、」』》]))([\u4e00-\u9fff]{2,4}?)"
        rf"({as_words})[^\n。，,！？!?；;]{{0,12}}?(?:{alternation(nouns) or '(?!)'})",
        re.MULTILINE,
    )


@cache
def _role_qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The qualifiers of a role word of every language: the one-character ones, the longer."""
    words = lang.cues("role_qualifiers")
    return tuple(w for w in words if len(w) == 1), tuple(w for w in words if len(w) > 1)


def _qualifies_role(name: str) -> bool:
    """True for a run of a script without spaces that qualifies the role word after it rather
    than naming a person ("最佳", "好莱坞大", "斯卡最佳", "由日本"): it ends with a qualifier of
    one character, holds a longer one, or is a country."""
    if not _CJK_FIRST_LETTER.match(name):
        return False
    ends, holds = _role_qualifiers()
    place = _LEADING_WORD.sub("", name)  # "由日本", "與澳洲": "by", "and", then a country
    return name.endswith(ends) or any(w in name for w in holds) or bool(country_name(place))


_CJK_FIRST_LETTER = re.compile(f"[{CJK}]")
#: a Chinese run of four that opens with a word of the sentence, not of the name: "把侯孝賢"
#: ("take"), "演趙德胤" (the end of "導演"), "由…" ("by"); none that opens a Japanese
#: surname ("是枝", "和田", "的場")
_GLUED_WORD = re.compile(r"^[把将將被由與跟让讓请請演导導](?=[\u4e00-\u9fff]{3}$)")


def _without_leading_word(name: str) -> str:
    """A Chinese name read backwards from its role word without the sentence's word glued
    before it."""
    return _GLUED_WORD.sub("", name)


#: "by", "and", "with" written before a Chinese noun ("由日本導演", "與澳洲導演")
_LEADING_WORD = re.compile(r"^[由與与和及跟]")


#: a letter of a word of a script without capitals, vowel signs and joiners included, no
#: full stop ("।")
_FRAMED_LETTER = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff\u200c\u200d]"


@cache
def _framed_pattern() -> re.Pattern[str]:
    """The frames of every language around a director's name ("निर्देशन … ने किया"), the
    name one to three words, its last ended by the agent's case glued or apart."""
    frames: list[str] = []
    for cue in lang.cues("directed_framed"):
        opening, closing = (re.escape(part.strip()) for part in cue.split("…"))
        frames.append(rf"{opening}\s+(?P<n{len(frames)}>NAME)\s*{closing}")
    if not frames:
        return re.compile("(?!)")
    word = f"{_FRAMED_LETTER}+"
    name = rf"(?:{word}\s+){{0,2}}{_FRAMED_LETTER}+?"
    body = "|".join(frames).replace("NAME", name)
    return recache.compile(rf"(?<!{_FRAMED_LETTER})(?:{body})(?!{_FRAMED_LETTER}{{2}})")


def _director_framed(text: str) -> list[Mention]:
    """Directors between the act of directing and its verb, as verb-final languages write
    them: "फिल्म का निर्देशन अमित शर्मा ने किया है", "सिनेमाचं दिग्दर्शन सुजय डहाकेने केलं"."""
    found = []
    for match in _framed_pattern().finditer(text):
        group = next(g for g, value in match.groupdict().items() if value)
        name = match.group(group)
        if is_uncased_name(name) and not any(w in _framed_stops() for w in name.split()):
            found.append(Mention(name, match.group(0).replace(name, "…"), match.start(group)))
    return found


@cache
def _uncased_film_words() -> tuple[str, ...]:
    return tuple(w for w in lang.cues("film_words") if len(w) >= 3 and UNCASED_WORD.fullmatch(w))


@cache
def _hangul_film_words() -> tuple[str, ...]:
    return tuple(w for w in lang.cues("film_words") if _HANGUL_SYLLABLE.match(w))


def _holds_film_word(name: str) -> bool:
    """True for words of a script without capitals of which one is the word for film in a
    case ("సినిమాను అత్యద్భుతంగా తెరకెక్కించిన": "filmed the film superbly"): no name."""
    return any(
        (UNCASED_WORD.fullmatch(word) and word.startswith(_uncased_film_words()))
        # Hangul's, in a case: "이 영화의 감독인 …" (this film's director)
        or (_HANGUL_SYLLABLE.match(word) and word.startswith(_hangul_film_words()))
        for word in name.split()
    )


@cache
def _framed_stops() -> frozenset[str]:
    """Words no name holds: a language's postpositions and its words for film."""
    kinds = ("postpositions", "film_words", "pronouns", "conjunctions")
    return frozenset(w for kind in kinds for w in lang.cues(kind))


@cache
def _lower_owner() -> re.Pattern[str]:
    """Two or three words in lower case after a clause's break, the last with a case ending
    after an apostrophe, at the end of the text: a proper name as a page written all in lower
    case still marks it ("…, murat şeker’in")."""
    endings = alternation(lang.cues("name_endings")) or "(?!)"
    word = r"(?-i:[^\W\d_A-ZÀ-Þ])+"
    return re.compile(
        rf"(?:^|[,.;:!?|]\s+|\n\s*)((?:{word}\s+){{1,2}}{word})['’](?:{endings})\s*\Z"
    )


def lowercase_before(text: str, code: str | None = None) -> list[Mention]:
    """Directors written in lower case before their role word, their name marked by a case
    ending after an apostrophe and alone in its clause: "…, murat şeker’in yönettiği" (a
    dictionary site written all in lower case)."""
    found = []
    for ending in _case_ending().finditer(text):  # rare: the role word is looked for after it
        cue = after_pattern("directed_after", code).match(text, ending.end())
        owner = (
            _lower_owner().search(text, max(0, ending.end() - 80), ending.end()) if cue else None
        )
        if cue and owner:
            found.append(Mention(owner.group(1), cue.group(0), owner.start(1)))
    return found


@cache
def _case_ending() -> re.Pattern[str]:
    """A case ending after an apostrophe and the space after it ("’in ")."""
    endings = alternation(lang.cues("name_endings")) or "(?!)"
    return recache.compile(rf"['’](?:{endings})\s+")


def co_directors_before(text: str, mention: Mention) -> list[str]:
    """The names listed before ``mention``'s (a :func:`director_before` one) up to its role
    word: "కిరణ్ పొన్నాడ, కార్తిక్ క్రిష్ణ కలిసి దీనికి దర్శకత్వం" credits both."""
    listed = before(text[: mention.at + len(mention.cue)], "directed_after", 4)
    names = listed[-1][0] if listed and listed[-1][2] == mention.at else []
    names = [_without_leading_word(n) for n in names]
    # the mention's own name, perhaps with its initials ("కె. వి. రెడ్డి"), is none of its partners
    return [n for n in names if not mention.name.endswith(n)]


def cast_before(text: str, code: str | None = None) -> list[Mention]:
    """Cast lists written before their cue, joined by "; ": "由陳以文、柯淑勤…領銜主演",
    "이성민배우", "മമ്മൂട്ടി, അർജുൻ അശോകൻ എന്നിവർ"; no Korean word that is no name (see
    :func:`_hangul_word_no_name`)."""
    found: list[Mention] = []
    for names, cue, at in before(text, "starring_after", code=code):
        kept = [name for name in names if not _hangul_word_no_name(name, text, at)]
        if kept and not (found and found[-1].name == "; ".join(kept)):
            found.append(Mention("; ".join(kept), cue, at))  # one list before two cues: once
    return found


#: a Hangul syllable
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
#: a Korean name of three syllables and the particle glued to it ("감독 봉준호의 신작", "배우
#: 강말금은"): the genitive, or the topic's or the subject's particle in the form that follows
#: the name's last sound (은, 이 after a final consonant; 는, 가 after a vowel)
_NAME_PARTICLE = re.compile(r"^([\uac00-\ud7a3]{3})([의은이는가])$")
#: the syllables of Hangul in a block: 28 final consonants (the first, none) for each vowel
_FINALS = 28


def without_hangul_particle(word: str) -> str:
    """A Korean name of three syllables read with a particle glued on ("봉준호의", "강말금은",
    "김철수는") without it, where the particle agrees with the name's last sound; a word of
    three syllables is kept whole ("윤가은", "이지은", "김소이" are names, "김정은" no "김정"
    and its particle), as is one of four whose particle does not agree ("김철수이")."""
    match = _NAME_PARTICLE.match(word)
    if match is None:
        return word
    name, particle = match.groups()
    final = (ord(name[-1]) - 0xAC00) % _FINALS != 0  # the last syllable ends in a consonant
    agrees = particle == "의" or (particle in "은이") == final
    return name if agrees else word


def _hangul_word_no_name(name: str, text: str, at: int) -> bool:
    """True for a word of Hangul read before a cue of the cast that names no one: it holds the
    word for actor itself ("노배우", an old actor; "배우들", actors), it ends in a verb's or a
    modifier's ending (``non_name_endings``: "뒹굴며 배우는", rolling about and learning), or it
    is the end of a longer word cut where the reading stopped ("근현대사를 배우기": learning
    modern history)."""
    if not _HANGUL_SYLLABLE.search(name) or " " in name:
        return False
    if any(cue in name for cue in lang.cues("starring_after", "ko")):
        return True
    if name.endswith(lang.cues("non_name_endings", "ko")):
        return True
    start = text.rfind(name, max(0, at - 200), at)
    return start > 0 and _HANGUL_SYLLABLE.match(text, start - 1) is not None


#: the next word after a name of a script without capitals
_UNCASED_NEXT = recache.compile(rf"\s+({UNCASED_WORD.pattern})")


def _acted_after(text: str, start: int, name: str) -> bool:
    """True when ``name`` (of a script without capitals), read at or after ``start``, is
    followed by a word of acting: the cue before it and the verb of playing after it frame
    one actor ("მსახიობი ჰოსეინ მაჰჯუბი ასრულებს")."""
    at = text.find(name, start, start + 80)
    if at < 0 or not all(UNCASED_WORD.fullmatch(w) for w in name.split()):
        return False
    after = _UNCASED_NEXT.match(text, at + len(name))
    return after is not None and after.group(1) in _acting_words()


#: how far before a cue of the cast the words of acting that frame its one name may stand
_ACTED_BEFORE = 60
#: how many words of acting (the role, the verb of acting) frame it there
_ACTING_BEFORE = 2


def _acted_before(text: str, start: int, name: str) -> bool:
    """True when ``name`` (of a script without capitals) follows a cue of the cast whose own
    clause, before it, holds two words of acting: "প্রধান চরিত্রে অভিনয় করেছেন অভিনেত্রী A" (in
    the main role acted the actress A) frames one actor; "the king's role, the actor A sees"
    does not."""
    if not all(UNCASED_WORD.fullmatch(w) for w in name.strip(" ।.").split()):
        return False
    clause = re.split(r"[.।!?,،\n]", text[max(0, start - _ACTED_BEFORE) : start])[-1]
    acting = sum(w.startswith(tuple(_acting_words())) for w in clause.split())
    return acting >= _ACTING_BEFORE  # the role and the verb: a role alone names a character


@cache
def _acting_words() -> frozenset[str]:
    return frozenset(w for w in lang.cues("acting_words") if UNCASED_WORD.fullmatch(w))


def _initials(word: str) -> bool:
    """Two or more initials of a script without capitals joined by full stops ("டி.எம்")."""
    parts = word.split(".")
    return len(parts) >= 2 and all(p and len(p) <= 3 and UNCASED_WORD.fullmatch(p) for p in parts)


def _prefixed(word: str) -> bool:
    """A word that starts with a prefixed "and" (ويوسف): the start of the next name, which may
    be of two letters ("ודן", "ובן": Dan, Ben)."""
    return any(
        word.startswith(p) and len(word) >= len(p) + 2 for p in lang.cues("prefix_conjunctions")
    )


@cache
def _separators() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What parts two names of a list (a comma, a word for "and" between spaces, a prefixed
    "and", a one-character CJK "and" between two CJK names: "三船敏郎と志村喬", "张智霖和张继聪")
    and the word for "and" alone."""
    words = alternation(lang.cues("conjunctions"))
    prefixes = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    ands = _cjk_ands()
    glued = rf"|(?<=[{CJK}])[{ands}](?=[{CJK}])" if ands else ""
    separator = recache.compile(
        rf"\s*(?:[,،、，;؛]\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+|\s+(?:{prefixes})(?=\w))"
        + glued
    )
    return separator, recache.compile(rf"\s+(?:{words})\s+")


@cache
def _by_line() -> re.Pattern[str]:
    words = lang.alternation("by")
    return recache.compile(rf"(?im)^[ \t]*({words})[ \t]*[:：]?[ \t]+(?=\S)")


#: a dash between names with a space either side: "Colin Firth – Helena Bonham Carter – …"
_DASH_SEPARATOR = re.compile(r"[ \t]+[-–—][ \t]+")

#: one word of a script without capitals, then a comma: a list goes on
_LIST_NEXT = recache.compile(rf"\s*{UNCASED_WORD.pattern}\s*[,،、]")


#: an actor's aside in a list: up to 40 characters in parentheses, which may hold one level of
#: parentheses of their own ("(Martin (Hache), Todo lo que tú quieras)": films, one with its
#: other title)
_LIST_ASIDE = re.compile(r"\s*\(((?:[^()]|\([^()]*\))*)\)")


def _aside_end(text: str, at: int) -> int:
    """Where the aside in parentheses at ``at`` ends (``at`` when there is none or it holds
    more than 40 characters, a sentence rather than a name's role or films)."""
    aside = _LIST_ASIDE.match(text, at, min(len(text), at + 80))
    return aside.end() if aside and len(aside.group(1)) <= 40 else at


#: a word of at most 15 letters and the spaces after it
_SHORT_WORD = re.compile(r"[ \t]*([^\W\d_][\w'’-]{0,14})[ \t]+")


def _described_in_list(text: str, at: int, last: bool = False) -> str | None:
    """A name a list describes in a word or two, between two of its names ("Bárbara Lennie, la
    debutante Mágica Peréz, Nora Navas"): the words lower-case, none a word of a credit (the
    list of one film's people goes on to its director), and another name of the list after
    it; or, with ``last`` (after the word for "and"), the list's end after it ("Pål Sverre
    Hagen og danske Trine Dyrholm;")."""
    words: list[str] = []
    while len(words) < 2 and (word := _SHORT_WORD.match(text, at)) and word.group(1).islower():
        words.append(word.group(1))
        at = word.end()
    if not words or any(_people_label(w) or is_director_noun(w) for w in words):
        return None
    if last and not nationality_country(words[-1]):
        return None  # the last name after "and" only by a nationality: "og danske Trine …"
    name = name_at(text, at)
    if not name:
        return None
    separator, _ = _separators()
    end = _aside_end(text, at + len(name))
    if last:
        return name if _LAST_END.match(text, end) else None
    after = separator.match(text, end)
    return name if after and name_at(text, after.end()) else None


#: the end of a list's last name: a stop, a semicolon or the line's end
_LAST_END = re.compile(r"[ \t]*(?:[.;!?۔]|\n|$)")


#: the end of a list: a sentence's stop, the line's end or the text's
_LIST_END = re.compile(r"\s*(?:[.۔!?؟]|\n|$)")


#: a plain comma, which parts clauses where a list's names are parted by "、"
_CLAUSE_COMMA = re.compile(r"\s*[,，]\s*")


def _after_work(text: str, at: int) -> int:
    """``at`` past a film in brackets written before the name of Han or kana that starts there,
    if any (a Latin name after "《纽约时报》的" is a critic of that paper)."""
    work = WORK_BEFORE.match(text, at)
    if work is None or not _CJK_START.match(text, work.end()):
        return at
    return work.end() if name_at(text, work.end()) else at


_COMMA = re.compile(r"\s*,\s*")
#: two to four lower-case words set off by commas after a list's name: what the name is
_APPOSITION = re.compile(r"(?:[^\W\d_]+ ){1,3}[^\W\d_]+,\s*")


def _after_apposition(text: str, at: int) -> int:
    """Where the list goes on after an aside of lower-case words between commas that says who
    the name before it is ("María Vázquez, a protagonista principal, Santi Prego e …"): the
    next name, or ``at`` when no such aside and name follow."""
    aside = _APPOSITION.match(text, at)
    if not aside or any(not w[0].islower() for w in aside.group(0).split()):
        return at
    return aside.end() if is_name(name_at(text, aside.end()) or "") else at


def names_from(text: str, start: int, limit: int = 12) -> list[str]:
    """A list of names from ``text[start:]``: "A, B and C", "A y B", "A、B"."""
    names: list[str] = []
    separator, conjunction = _separators()
    at = ended = start
    dashed: bool | None = None  # parted by dashes: not known before the first separator
    clause = False  # after an Arabic comma, which parts clauses as well as names
    joined = False  # after a word for "and" between spaces: the list's last name comes next
    enumerated = False  # parted by "、", the comma of lists in Chinese and Japanese
    while len(names) < limit:
        at = _after_work(text, at)  # "「blank13」のリリー・フランキー": the actor's film first
        name = name_at(text, at)
        comma = _COMMA.match(text, ended) if not name and names else None
        if comma and (after := _after_apposition(text, comma.end())) != comma.end():
            at, name, joined = after, name_at(text, after), False  # "A, a protagonista, B e C"
        if not name and (names or _LIST_NEXT.match(text, at)):
            name = name_at(text, at, single=True)  # a one-word name in a list: "চম্পা, সাবেরী আলম"
        if not name and names:
            name = _one_word_listed(text, at)  # "Hissan Muya, Sajuki (Marehemu), Wastara Juma"
        if not name and len(names) >= 2:
            name = _described_in_list(text, at)  # "A, B, la debutante C, D y E"
        described_last = not name and joined
        if described_last:  # after "and" the list's last name: "A og danske B;"
            name = _described_in_list(text, at, last=True)
        wrapped = None if name else wrapped_name(text, at)
        if wrapped:  # "Avec Bastien Bouillon, Bouli\nLanners, …": a line broken in a name
            name = wrapped[0]
        if not name or any(_pattern(kind).match(name) for kind in ("directed_by", "written_by")):
            break  # "… ونهاد سعيد وإخراج جود سعيد": the list ends at the next credit
        pair = conjunction.split(name, maxsplit=1)
        if len(pair) == 2 and is_name(pair[0]) and is_name(pair[1]):
            name = pair[0]  # "Ernesto Alterio y Ruth Díaz": two names, not "Ortega y Gasset"
        names.append(name)
        if described_last:
            break
        at = wrapped[1] if wrapped else text.find(name, at) + len(name)
        at = ended = _aside_end(text, at)  # "Name (role)", "Name (Martin (Hache), Todo lo que …)"
        sep = separator.match(text, at)
        if sep and enumerated and _CLAUSE_COMMA.fullmatch(sep.group(0)):
            break  # "A、B、C,劇情講述": after the list's own comma "、" a comma ends a clause
        enumerated = enumerated or (sep is not None and "、" in sep.group(0))
        dash = _DASH_SEPARATOR.match(text, at) if not sep and dashed is not False else None
        if not (sep or dash):
            if clause and not _LIST_END.match(text, at):
                names.pop()  # "… أحمد عز، الذي قدم …": a clause after the comma, no name
            break
        # after an Arabic comma a name is followed by the next separator: "A، B، C و D"
        clause = sep is not None and "،" in sep.group(0) and not conjunction.search(sep.group(0))
        if clause and _prefixed(text[sep.end() :].split(" ", 1)[0]):  # type: ignore[union-attr]
            break  # "…، وبعد عدة سنوات": "and" opens the next clause
        if dashed is None or dash:  # "A – B – C": a list parted by dashes from the first
            dashed = dash is not None
        joined = sep is not None and conjunction.search(f" {sep.group(0)} ") is not None
        at = (sep or dash).end()  # type: ignore[union-attr]
    # two names parted by a dash are no list ("Tom Hanks – Meg Ryan's new film")
    return names if not dashed or len(names) >= 3 else names[:1]


#: a word at a line's end, then the first words of the next line: a name the line may break
_WRAPPED = re.compile(r"([^\W\d_][\w'’-]+)[ \t]*\n[ \t]*(?=[^\W\d_])")
_WRAPPED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def wrapped_name(text: str, at: int) -> tuple[str, int] | None:
    """A name broken by the end of a hard-wrapped line, its first word alone at the end of the
    line ("Avec Bastien Bouillon, Bouli\nLanners, Anouk Grinberg"), and where it ends: one or
    two words on the next line, then a list's separator, a full stop or the line's end; every
    word capitalised and none a label word."""
    match = _WRAPPED.match(text, at)
    if not match:
        return None
    words, end = [match.group(1)], match.end()
    separator, _ = _separators()
    for _ in range(2):
        word = _WRAPPED_WORD.match(text, end)
        if not word:
            return None
        words.append(word.group(0))
        end = word.end()
        after = text[end : end + 1]
        if separator.match(text, end) or after in ("", ".", "\n"):
            break
        if after != " ":
            return None
    else:
        return None
    if not all(w[0].isupper() and not w.isupper() and not is_label_word(w) for w in words):
        return None
    name = " ".join(words)
    return (name, end) if is_name(name) else None


#: one capitalised word (a stage name), perhaps an aside in parentheses, then a comma
_ONE_WORD = re.compile(r"([^\W\d_][^\W\d_'’-]{2,})(?:\s*\([^()\n]{0,40}\))?\s*,\s*")


def _one_word_listed(text: str, at: int) -> str | None:
    """A one-word name between two names of a list, as stage names are written ("Hissan Muya,
    Sajuki (Marehemu), Wastara Juma"): capitalised, not a country, a full name after it."""
    word = _ONE_WORD.match(text, at)
    if not word or not word.group(1)[0].isupper() or word.group(1).isupper():
        return None
    if country_name(word.group(1)) or not is_name(name_at(text, word.end()) or ""):
        return None
    return word.group(1)


_GAP = re.compile(r"[\s:：]*")


class _Listers:
    """Which languages list a word among their words of one kind (folded), as a whole word or
    after one of the stems written with a final ``*``: one look-up per beginning of the word,
    where asking each language in turn cost a pass over a hundred languages per word."""

    def __init__(self, written: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        self._words: dict[str, set[str]] = {}
        self._stems: dict[str, set[str]] = {}
        for code, words in written:
            for word in (w.casefold() for w in words):
                self._words.setdefault(word, set()).add(code)
                if word.endswith("*"):
                    self._stems.setdefault(word[:-1], set()).add(code)

    def codes(self, word: str) -> frozenset[str]:
        """The codes of the languages that list ``word`` (folded) or a stem it begins with."""
        found = set(self._words.get(word, ()))
        for end in range(len(word) + 1):
            found.update(self._stems.get(word[:end], ()))
        return frozenset(found)


#: the most letters of a cast cue of a cased script that other languages write as a word of
#: their own ("con", "com", "cu", "met", "mit": a word, a web address's ending)
_SHORT_CUE = 3


@cache
@cldr_table
def own_page_cues() -> dict[str, frozenset[str]]:
    """Cast cues that another language writes as a word of a story told (Romanian
    "protagonista", the lead actress, is the Italian, Spanish and Portuguese for a story's
    protagonist), and every cue of :data:`_SHORT_CUE` letters or fewer of a cased script
    ("con", "com", "cu") -> the languages whose cast cues list them: in prose read in every
    language, such a cue opens a cast only on a page written in one of those languages."""
    cast = _Listers((c.code, c.starring) for c in lang.languages())
    story = _Listers((c.code, c.story_words) for c in lang.languages())
    found: dict[str, frozenset[str]] = {}
    for cue in lang.cues("starring"):
        word = " ".join(cue.casefold().split())
        listing = cast.codes(word)
        short = len(word) <= _SHORT_CUE and word.isalpha() and word != word.upper()
        if short or story.codes(word) - listing:  # a story's word in another language
            found[word] = listing
    return found


def _foreign_cue(cue: str, text: str, languages: list[frozenset[str]]) -> bool:
    """True when ``cue`` is a cast cue only on pages of other languages than ``text``'s
    (:func:`own_page_cues`; a page whose language is not known has none foreign).
    ``languages`` holds the page's languages once asked."""
    listing = own_page_cues().get(" ".join(cue.casefold().split()))
    if listing is None:
        return False
    if not languages:
        languages.append(page_languages(text))
    return bool(languages[0]) and not languages[0] & listing


#: the word for a prize glued after a word of Han ("主演賞", "主角獎", "男主角奖")
_HAN_PRIZES = ("賞", "獎", "奖")


def cast_lists(text: str, code: str | None = None) -> list[Mention]:
    """Each cast cue ("starring", "con", "в ролях") with the names it lists, joined by "; ".
    Read in every language (no ``code``), a cue that another language writes for a story's
    character counts only on a page in a language that lists it (:func:`own_page_cues`)."""
    found = []
    languages: list[frozenset[str]] = []
    for match in _pattern("starring", code).finditer(text):
        if code is None and _foreign_cue(match.group(0).strip(" :：,-–—"), text, languages):
            continue  # "il suo protagonista Robbie Williams": a character, on an Italian page
        if "\n" in match.group(0) and starts_label(text[match.end() :].split("\n", 1)[0]):
            continue  # an empty "Starring" cell above the next label ("CinematographyMaria …")
        if _award_before(text, match.start()):
            continue  # "最佳女主角三項大獎", "Best Actress Frances McDormand": an award's category
        if text.startswith(_HAN_PRIZES, match.end()):
            continue  # "女優主演賞など5部門受賞": the cue is a part of a prize's name
        cue = match.group(0).strip(" :：,-–—")
        if re.search(r"\s[-–—]\s", match.group(0)) and "cast" not in field_of(cue):
            continue  # "актьор - Николай Евлахов": a character who is an actor, not a list
        names = names_from(text, match.end())
        # "الممثلة الشهيرة هند صبرلي": adjectives after the word for actor, as for a director
        apposed = _past_arabic_adjectives(text, match.end(), names[0]) if names else None
        described = apposed is not None and apposed != names[0]
        if apposed is not None and described:
            names = names_from(text, text.find(apposed, match.end()))
        national = None if names else _after_nationality(text, match.end())
        if national:  # "l'actrice allemande Sandra Hüller"
            names = names_from(text, text.find(national, match.end()))
        if not names and len(match.group(0).strip(" :：,")) >= 4:
            # "V rolích sourozenců debutují Dexter Franc a …": a few lower-case words between
            first = _after_lower_words(text, match.end())
            names = names_from(text, text.find(first, match.end())) if first else []
            names = names if len(names) >= 2 else []  # one name so far off is weak
        if names and hannames.lone_phrase(names[0], text, match.end()):
            names = names[1:]  # "演员阵容坚强,A和B": four Han characters written once, a phrase
        strong = len(names) >= 2 or (names and is_name(names[0]))
        # the adjectives agree with the word for actor, the name after them does not
        strong = strong or (described and bool(names))
        # "მსახიობი ჰოსეინ მაჰჯუბი ასრულებს": the word for actor, a name, a verb of playing
        strong = strong or (len(names) == 1 and _acted_after(text, match.end(), names[0]))
        # "প্রধান চরিত্রে অভিনয় করেছেন অভিনেত্রী A": the role and the verb of acting before the cue
        strong = strong or (len(names) == 1 and _acted_before(text, match.start(), names[0]))
        if names and strong:
            found.append(Mention("; ".join(names), match.group(0).strip(" :："), match.start()))
    for match in castprose.split_cues("starring", text, code, most=3, cased=True):
        # "interpretado con mucha solvencia por A y B": words inside the cue
        names = names_from(text, match.end())
        strong = len(names) >= 2 or bool(names and is_name(names[0]))
        known = any(m.name == "; ".join(names) for m in found)  # the cue's own words read it
        if strong and not known and castprose.clean_gap(match["gap"]):
            cue = f"{match['head']} {match['last']}"
            found.append(Mention("; ".join(names), cue, match.start()))
    for match in _restemmed_starring(code).finditer(text):
        if _pattern("starring", code).fullmatch(match.group(0)):
            continue  # the cue as written, read (or left on purpose) above
        # "protagonizado por A y B" of "protagonizada por": only before a list, where a single
        # name after another ending is as likely a word that merely looks like the cue's
        names = names_from(text, match.end())
        if len(names) >= 2 and not any(m.name == "; ".join(names) for m in found):
            found.append(Mention("; ".join(names), match.group(0).strip(" :：,"), match.start()))
    # a role word written after the names opens a list too when the sentence is turned round:
    # "ছবির বিভিন্ন চরিত্রে অভিনয় করেছেন চম্পা, সাবেরী আলম, …"
    for match in after_matches("starring_after", code, text):
        start = _GAP.match(text, match.end())
        if start is None or not start.group(0) or inside_word(text, match.end()):
            continue  # the cue ends inside a word ("நடித்த" in "நடித்திருக்கும்")
        names = names_from(text, start.end())
        if not names:  # "I hovedrollerne møder vi Pål Sverre Hagen og …": a verb between
            first = _after_lower_words(text, start.end(), 2)
            names = names_from(text, text.find(first, start.end())) if first else []
        if len(names) >= 2:
            found.append(Mention("; ".join(names), match.group(0), match.start()))
    return found


#: "(Aitor Arregi, Jon Garaño eta Jose Mari Goenaga, 2019)": names, then a comma and a year
_CITED = re.compile(r"\(([^()\d\n]{3,120}?),\s*(?:18|19|20)\d\d\)")
_QUOTE_CLOSE = "\"”“»«’'"


@dataclass(frozen=True)
class Citation:
    """A film cited as writers cite one, "Title (Director, Year)": its title as written
    just before the parentheses (quoted or not), the directors and where it was."""

    title: str
    names: tuple[str, ...]
    at: int


def citations(text: str) -> list[Citation]:
    """Films cited "Title (Director, Year)" or "Title (A, B and C, 2019)": every name in the
    parentheses a person's name; the title is the text before, up to a quote or a stop. A
    tuple of the film's facts counts too (:func:`_tuple_names`): "(Name/Bel.-Fra./2017/90′)"."""
    found = []
    cited = {m.start(): m.group(1) for m in _CITED.finditer(text)}
    for match in _FACTS_TUPLE.finditer(text):
        inside = cited.get(match.start())
        listed = (_cited_names(inside) if inside else []) or _tuple_names(match.group(1))
        if not listed:
            continue
        head = text[max(0, match.start() - 120) : match.start()].rstrip()
        # a title not told from the sentence before it ("… para este trabajo titulado El caso
        # Litvinenko (…)") is written "": the citation still names a film's director
        found.append(Citation(_cited_title(head), tuple(listed), match.start()))
    return found


#: a film's facts in parentheses: "(Samuel Tilman/Bel.-Fra.-Sui./2017/ 90′)", "(A + B, Spain, 2017)"
_FACTS_TUPLE = re.compile(r"\(([^()\n]{3,140})\)")
#: what parts a tuple of facts: a slash, a comma, a bar, a semicolon
_TUPLE_PARTS = re.compile(r"\s*[/,|;]\s*")
_YEAR_PART = re.compile(r"(?:18|19|20)\d\d")
#: a running time: "90′", "90'", "111 Min.", "90 perc"
_RUNTIME_PART = re.compile(r"\d{2,3}\s*(?:[′'’]|[^\W\d_]{1,7}\.?)")
#: countries cut short and joined: "Bel.-Fra.-Sui.", "USA-UK"
_SHORT_COUNTRIES = re.compile(
    r"(?-i:[^\W\d_a-z][^\W\d_]{0,4})\.?(?:[-–](?-i:[^\W\d_a-z][^\W\d_]{0,4})\.?)*"
)
#: a plus between co-directors of a tuple: "(Aitor Arregi + Jon Garaño, Spain, 2017)"
_PLUS = re.compile(r"\s+\+\s+")


def _tuple_names(inside: str) -> list[str]:
    """The directors of a tuple of a film's facts in parentheses: the names first, then one
    year, and only countries and a running time besides ("Samuel Tilman/Bel.-Fra./2017/90′");
    names after a year that opens the tuple are as often its cast ("1987, Richard E Grant")."""
    parts = [p.strip() for p in _TUPLE_PARTS.split(inside.strip())]
    kinds = [_tuple_part(p) for p in parts]
    if kinds.count("year") != 1 or "name" not in kinds or None in kinds:
        return []
    first = kinds.index("name")
    last = len(kinds) - kinds[::-1].index("name")
    if "year" in kinds[first:last] or "country" in kinds[first:last]:
        return []
    if first != 0 or len(parts) < 3:
        return []
    return [n for p in parts[first:last] for one in _PLUS.split(p) for n in names_from(one, 0)]


def _tuple_part(part: str) -> str | None:
    """What one part of a tuple of facts is: "year", "runtime", "country", "name" or None."""
    if _YEAR_PART.fullmatch(part):
        return "year"
    if _RUNTIME_PART.fullmatch(part):
        return "runtime"
    if country_name(part) or ("." in part and _SHORT_COUNTRIES.fullmatch(part)):
        return "country"
    return "name" if all(_names_only(one) for one in _PLUS.split(part)) else None


def _names_only(part: str) -> bool:
    """True when ``part`` is people's names and no other words (an "and" between them)."""
    listed = names_from(part, 0)
    if not listed or not all(is_name(n) for n in listed):
        return False
    joined = re.sub(r"[\s,]", "", ", ".join(listed))
    return len(joined) >= len(re.sub(r"[\s,]", "", part)) - 5


#: a slash between two co-directors of a citation, spaced or not
_CITED_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")
#: the most parts before the names of a citation: its original or translated titles
_CITED_TITLES = 3


def _cited_names(inside: str) -> list[str]:
    """The directors of a citation's parentheses before the year: "Celine Song", "A, B and
    C"; after the original title ("Bunt. Delo Litvinenko, Andréi Nekrasov"), before the
    countries ("Juan Jose Campanella, Argentina, España"); none when other words are left.
    Co-directors may be joined by a slash: "(Rob Alexander/Steve Read, 2016)"."""
    parts = [p.strip() for p in _CITED_SLASH.sub(", ", inside).split(",")]
    while len(parts) > 1 and country_name(parts[-1]):
        parts.pop()  # the countries after the names
    for skip in range(min(len(parts), _CITED_TITLES + 1)):  # the film's other titles first
        rest = ", ".join(parts[skip:])
        if not rest:
            continue
        listed = names_from(rest, 0)
        joined = ", ".join(listed)
        if not listed or not all(is_name(n) for n in listed):
            continue
        if len(re.sub(r"[\s,]", "", joined)) >= len(re.sub(r"[\s,]", "", rest)) - 8:
            return listed  # (no words left over that are no names and no "and")
    return []


def _cited_title(head: str) -> str:
    """The title that ends ``head``: between quotes, or the line's text after its last
    colon or stop."""
    if head and head[-1] in _QUOTE_CLOSE:
        opened = re.search(r"[\"“”«„‘'](?P<t>[^\"“”«»„\n]{1,100})[\"”“»’']$", head)
        return opened.group("t").strip() if opened else ""
    tail = re.split(r"[:.!?|\n]\s|\n", head)[-1].strip()
    return tail if 0 < len(tail.split()) <= 10 else ""


@cache
def _acting() -> re.Pattern[str]:
    words = alternation(lang.cues("acting_words"), spaces=True) or "(?!)"
    return recache.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


#: an aside in parentheses, read as blank: "Elliot Crossett Hove (Winter Brothers) mesmerises"
_ASIDE = re.compile(r"\([^()\n]{0,60}\)")
#: what ends a clause: a comma, a colon, a semicolon, a quote, a sentence's stop, a dash
_CLAUSE_END = re.compile(r"[,;:!?()\[\]«»\"“”|\n]|\.(?=\s)|\s[-–—]\s")
#: the words that may stand between an actor's name and the word of acting after it
_ACTING_GAP = 8
#: … and between a surname standing alone and it ("Irons earned the …")
_SURNAME_GAP = 3
#: a word of a name: letters, an inner hyphen or apostrophe, an initial's full stop
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?|[^\W\d_]{1,2}\.")


def acting_subjects(text: str) -> list[Mention]:
    """Actors named in prose beside a word of acting (``acting_words``), in page order: the
    name nearest before it in its clause, at most eight words away ("Bukky Bakray received a
    BAFTA rising star for her portrayal of Rocks", "Craggy Elliot Crossett Hove (Winter
    Brothers) mesmerises as the priest", "… i a Canes Renate Reinsve va ser millor actriu").
    A capitalised name only (two words or more); an aside in parentheses is skipped, no comma
    or stop may stand between."""
    blank = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Mention] = []
    for match in _acting().finditer(blank):
        head = blank[max(0, match.start() - 240) : match.start()]
        clauses = _listed_epithets(_CLAUSE_END.split(head), head)
        words = clauses[-1].split()
        award = _is_award(match.group(0))
        name, gap = _nearest_name(words, text, award)
        if not name and len(clauses) >= 2 and _relative(words, head, clauses[-1]):
            # "Colin Firth, who is superb as …": the name that ends the clause before
            name, gap = _nearest_name(clauses[-2].split(), text, award, 0)
        name = _POSSESSIVE_END.sub("", name) if name else None  # "Nina Hoss’ performance"
        if said(gap):
            name = None  # "Peter Bradshaw praised the performances": a critic's words
        if award and not any(len(w) >= 3 and w.islower() for w in gap):
            name = None  # "Concha de Plata a millor actriu": an award's name, no verb between
        if name and name.split()[0].lower() in lang.cue_set("award_words"):
            name = None  # "voor Beste Film en voor Beste Hoofdrol": another award
        after = _AFTER_AWARD.match(text, match.end()) if award else _SPACE.match(text, match.end())
        if not award and not _opens_subject(match.group(0), words):
            after = None  # "Holden plays an American-born Swedish citizen": its object
        if after and (name is None or award):
            # "Best Actor (Mads Mikkelsen)", "Mellor Actriz: Greta Fernández": the winner
            # after an award before any name before it
            name = name_after(text, after.end()) or name
            if name is None and not award and not _award_word_before(words):
                name = _described_subject(text, after.end()) or _uncased_subject(text, after.end())
        if name and not country_name(name):
            listed = _listed_before(head, name) if len(gap) <= 1 and not award else []
            found.extend(Mention(n, match.group(0), match.start()) for n in [*listed, name])
    return found


#: what ends the clause of a subject put last: a comma, a stop, a line's end
_SUBJECT_END = re.compile(r"[ \t]*(?:[,;:.!?।)]|\n|$)")


def _described_subject(text: str, start: int) -> str | None:
    """The actor named after a word of acting and a few words in lower case that describe
    them, the name ending its clause: the subject put after its verb ("ju je odigrala
    briljantna Jasna Đuričić.", "ztvárnil jeho syn Josef Trojan.", "si zahrál slovenský herec
    Juraj Loj."). None where a word between is a cue, a critic's or the press's word or a
    verb of saying ("performance praised by critic Jane Doe.")."""
    name = after_lower_run(text, start, _not_an_actors_word, name_after)
    if name is None or said(text[start : text.find(name, start)].split()):
        return None
    end = text.find(name, start) + len(name)
    return name if _SUBJECT_END.match(text, end) else None


#: what ends the clause of a subject in a script without capitals put after its verb: a
#: comma, a stop (the danda glued or not), a bracket or quote, a line's end
_UNCASED_CLAUSE_END = re.compile(r"[,،;؛:.!?।॥)\]»\"“”|\n]")
#: a word of the scripts of languages that may put the verb before its subject (Arabic,
#: Hebrew); a language that puts its verb last ends a clause with it ("પાત્ર મુખ્ય છે.", the
#: part is the main one: "છે", is, is no name however often the page writes it)
_VERB_FIRST = recache.compile(rf"[\u0590-\u05ff{ARABIC}][\w{POINTS}\u200c'’-]*")
#: the most words read after a word of acting for such a subject: an object, then the name
_UNCASED_REACH = 4
#: the fewest letters of a cue's word that a longer word opening with it is read as a case of
#: ("بطولته", its lead, of "بطولة"; "دورا" of "دور" is the cue's word with an ending)
_STEM_LETTERS = 4


def _uncased_subject(text: str, start: int) -> str | None:
    """The actor named after a word of acting in the Arabic or Hebrew script, the subject put
    after its verb: without capitals the name is the two or three words that end the clause,
    at a comma, a stop, a word the language writes after a name ("في", "من") or its "and",
    after at most one word of acting or of a cue, its object ("يلعب بطولته دانيال كريج من
    سلسلة", his lead plays Daniel Craig; "السخرية من دور أحمد رزق،"), the page writing its last
    word again. None where another word of the run is a cue's, a film's, a determiner or a
    pronoun, or the run is longer: a clause that goes on is no name."""
    clause = _UNCASED_CLAUSE_END.split(text[start : start + 160], 1)[0]
    words: list[str] = []
    for word in clause.split():
        if word.lower() in _uncased_ends():
            break
        words.append(word)
    if not 2 <= len(words) <= _UNCASED_REACH or not all(_VERB_FIRST.fullmatch(w) for w in words):
        return None
    if _uncased_stop(words[0]) and len(words) >= 3:
        words = words[1:]  # the verb's object: "بطولته", "দুটি"
    if len(words) > 3 or any(_uncased_stop(w) for w in words):
        return None
    name = " ".join(words)
    if not is_uncased_name(name) or _holds_film_word(name) or not _written_again(text, words[-1]):
        return None
    return name


def _written_again(text: str, word: str) -> bool:
    """True when the page writes ``word``, a name's last, twice or more as a word of its own:
    a surname a page names its actor by again, where an adverb or a common noun after a word
    of acting is written once ("تعامل مع الدور بجدية واحترافية", took the part seriously)."""
    return (
        len(re.findall(rf"(?<![\w{UNCASED_SIGNS}]){re.escape(word)}(?![\w{UNCASED_SIGNS}])", text))
        >= 2
    )


@cache
def _uncased_ends() -> frozenset[str]:
    """The words that end a name put last in its clause: the words written after a name, the
    word for "and"."""
    return lang.cue_set("postpositions") | lang.cue_set("conjunctions")


@cache
def _uncased_stop_words() -> frozenset[str]:
    kinds = ("acting_words", "plays", "role_of", "honorifics", "determiners", "pronouns")
    return _not_actors_words() | _words_of(kinds)


def _uncased_stop(word: str) -> bool:
    """True for a word of a cue, of acting, a determiner or a pronoun, or one of their words of
    four letters or more with an ending ("بطولته" of "بطولة")."""
    return word in _uncased_stop_words() or word.startswith(_uncased_stems())


@cache
def _uncased_stems() -> tuple[str, ...]:
    """The stop words of four letters or more less their last letter, which an ending may
    change ("بطولة", its lead, is "بطولته" with "his")."""
    words = _uncased_stop_words()
    return tuple(
        sorted({w[:-1] for w in words if len(w) >= _STEM_LETTERS and UNCASED_WORD.fullmatch(w)})
    )


#: the most words before a word of acting read for an award's word
_AWARD_REACH = 3


def _award_word_before(words: list[str]) -> bool:
    """True when one of the last words before a word of acting is an award's ("Приз за лучшую
    мужскую роль получил …": an award's winner, maybe for another film, in a case the award
    list does not write)."""
    return any(w.lower() in lang.cue_set("award_words") for w in words[-_AWARD_REACH:])


@cache
def _not_actors_words() -> frozenset[str]:
    return _cue_words() | _words_of(
        ("critic_roles", "press_nouns", "director_nouns", "determiners")
    )


def _not_an_actors_word(word: str) -> bool:
    """True for a word that may not describe an actor before the name: a cue of a credit, a
    critic's or the press's word, a director's noun, a determiner ("plays the")."""
    return word.lower() in _not_actors_words()


#: the most words of epithets after a comma that the comma does not end a clause before
_EPITHET_WORDS = 3


def _listed_epithets(clauses: list[str], head: str) -> list[str]:
    """``clauses`` with the last two joined where a comma parts epithets of the word of acting
    ("gives his best, most committed performance", "deliver subtle, understated
    performances"): a word in lower case before the comma, at most three words in lower case
    after it, none the word for "and" nor an article; a name or a capital before the comma
    ("directed by Ana Ruiz, a great …") parts clauses."""
    if len(clauses) < 2:
        return clauses
    last, before = clauses[-1].split(), clauses[-2].split()
    comma = head.rstrip()[: len(head.rstrip()) - len(clauses[-1].rstrip())].rstrip()
    if not comma.endswith(",") or not before or not 1 <= len(last) <= _EPITHET_WORDS:
        return clauses
    if not all(w.isalpha() and w.islower() for w in [before[-1], *last]):
        return clauses
    joining = lang.cue_set("conjunctions") | lang.cue_set("determiners")
    if any(w in joining for w in last):
        return clauses  # "…, and the performances": a clause of its own
    return [*clauses[:-2], f"{clauses[-2]} {clauses[-1]}"]


def _opens_subject(cue: str, words: list[str]) -> bool:
    """True when the name after a word of acting may be its subject, the words of its clause
    before it being ``words``: after a verb put second ("In Corsage spielt Vicky Krieps",
    "Также в фильме сыграли Анна Михалкова"), not after an article ("plays the") nor after a
    capitalised word, the subject ("Hoss spielt Nelly Lenz": the character), unless the clause
    opens with the word for "in"."""
    last = cue.split()[-1].lower()
    if len(last) < 3 or last in lang.cue_set("determiners"):
        return False
    return not words or not words[-1][:1].isupper() or words[0].lower() in lang.cue_set("quote_in")


def said(words: list[str]) -> bool:
    """True when ``words`` hold a verb of saying or judging ("praised", "écrit"): the name
    before them is a critic's."""
    return bool(words) and _saying().search(" ".join(words)) is not None


@cache
def _saying() -> re.Pattern[str]:
    verbs = alternation([*lang.cues("speech_verbs"), *lang.cues("review_verbs")]) or "(?!)"
    return recache.compile(rf"(?<![^\W\d_])(?:{verbs})(?![^\W\d_])", re.IGNORECASE)


def listed_before(head: str, name: str) -> list[str]:
    """The names listed before ``name``, the last of ``head``, with commas and the word for
    "and" ("Dunia Ayaso y Félix Sabroso": "Dunia Ayaso")."""
    return _listed_before(head, name)


def _listed_before(head: str, name: str) -> list[str]:
    """The names listed before ``name``, the last of ``head``, with commas and the word for
    "and": "Colin Firth, Rachel Weisz and David Thewlis star in …" (the subjects of a verb
    of acting right after them)."""
    return names_listed_before(head[: head.rfind(name)], _list_end(), is_name, 6)


@cache
def _list_end() -> re.Pattern[str]:
    """A comma or the word for "and" that ends a text: a list goes on before it."""
    return recache.compile(
        rf"(?:\s*,|\s+(?:{lang.alternation('conjunctions')}))\s*$", re.IGNORECASE
    )


#: what may stand between an acting award and its winner: a parenthesis, a colon, a dash
_AFTER_AWARD = re.compile(r"\s*(?:[(:：]|\s[-–—])\s*")
_SPACE = re.compile(r"[ \t]+")


def _is_award(cue: str) -> bool:
    """True for a word of acting that is an award's category ("best actress")."""
    return any(cue.lower().startswith(word + " ") for word in lang.cues("award_words"))


#: a possessive's ending on a name: "Colin Firth’s", "Nina Hoss’"
_POSSESSIVE_END = re.compile(r"(?:[’']s|[’'])$")


def _relative(words: list[str], head: str, clause: str) -> bool:
    """True when ``clause``, the end of ``head``, opens with a relative pronoun after a comma
    ("…, who is superb as"), or with an article, an apposition that describes the name before
    it ("Daniela Vega, the trans actress in the lead role")."""
    opening = words[0].lower() if words else ""
    # an apposition says what the name is, an actor ("Sara Holm, the performance of …" says
    # nothing of her); a relative pronoun first: Dutch "die" is an article too
    apposition = opening in lang.cue_set("determiners") and any(
        len(w) >= 5 and castrows.acting_noun(w.strip(".,")) for w in words[1:]
    )
    if opening not in lang.cue_set("relative_pronouns") and not apposition:
        return False
    return head[: len(head) - len(clause)].endswith(",")


def _nearest_name(
    words: list[str], text: str, award: bool = False, gap: int = _ACTING_GAP
) -> tuple[str | None, list[str]]:
    """The name nearest the end of ``words`` (at most ``gap`` words before it) and the words
    after it, unless a role noun stands right before it ("the director Ana Ruiz", "critic
    …"); a surname alone stands for the full name ``text`` writes elsewhere ("Irons gives
    …": "Jeremy Irons"). An award's name is none ("Golden Globe Awards"), nor, before an
    acting ``award``, a name followed by the word for "for" ("the Academy Award for Best
    Actress"): the search goes on before it."""
    covered = len(words)  # the words of a name turned down are read no more
    for end in range(len(words), max(0, len(words) - gap) - 1, -1):
        if end == 0 or not words[end - 1][:1].isupper() or end > covered:
            continue
        start = max(0, end - 4)
        tail = words[start:end]
        # "When Colin Firth plays …", "die Hauptdarstellerin Helena Zengel": a sentence's word
        # or a role noun written with a capital is no part of the name; nor is the word for
        # "in" that opens the clause ("In Corsage spielt Vicky Krieps …")
        while tail and (
            tail[0].lower() in lang.cue_set("sentence_words")
            or field_of(tail[0])
            or (start == 0 and tail[0].lower() in lang.cue_set("quote_in"))
        ):
            tail, start = tail[1:], start + 1
        name, size = None, 0
        for size in range(len(tail), 1, -1):
            # "I Mannen på taket spelar …": a word of one letter is a sentence's, not a name's;
            # "Howard's Happy Days co-star": a possessive inside is no name's
            if is_name(" ".join(tail[-size:])) and all(
                len(w) > 1 and not _POSSESSIVE_END.search(w) for w in tail[-size:-1]
            ):
                name = " ".join(tail[-size:])
                break
        if name is None and tail and len(words) - end <= _SURNAME_GAP:
            name, size = _full_name_of(text, tail[-1]), 1
        after = words[end:]
        parts = [part for w in name.split() for part in w.split("-")] if name else []
        # "Golden Globe Awards", "Academy Award-winning": an award's name; "Boy. Henry": a stop
        if not name or any("awards" in field_of(p) for p in parts) or not _name_shaped(name):
            covered = end - size if name else covered
            continue
        if award and after and after[0].lower() in lang.cue_set("quote_in"):
            continue
        before = [w.lower() for w in words[max(0, end - size - 2) : end - size]]
        if any(is_director_noun(w) or w in lang.cue_set("critic_roles") for w in before):
            return None, []
        return name, after
    return None, []


def _full_name_of(text: str, word: str) -> str | None:
    """The full name that ``text`` writes with ``word`` as its last word ("Jeremy Irons" for
    "Irons"), a surname standing alone; none for a sentence's word or a short one."""
    word = _POSSESSIVE_END.sub("", word)
    if len(word) < 3 or not word[0].isupper() or word.isupper() or _opening_word(word):
        return None
    for start, end in word_spans(text, word, letters=True):
        found = name_before(text[max(0, start - 60) : end])
        words = found.split() if found else []
        while words and _opening_word(words[0]):
            words = words[1:]  # "In Corsage": the word for "in" opens no name
        name = " ".join(words)
        if len(words) >= 2 and _name_shaped(name) and name.endswith(word) and is_name(name):
            return name
    return None


def _name_shaped(name: str) -> bool:
    """True when every word of ``name`` is a name's ("Kaiserin Elisabeth. Vicky", "Irishmen—but
    Scott": a stop or a dash ends a name)."""
    return all(_NAME_WORD.fullmatch(_POSSESSIVE_END.sub("", w)) for w in name.split())


def _opening_word(word: str) -> bool:
    """True for a capitalised word that opens sentences, not names: "The", "When", "In"."""
    lower = word.lower()
    return any(
        lower in lang.cue_set(kind) for kind in ("sentence_words", "quote_in", "determiners")
    )


@cache
def _film_nationality_by() -> re.Pattern[str]:
    """The word for film, one lower-case word (maybe a nationality), then the word for "by"."""
    film, by = lang.alternation("film_words"), lang.alternation("by")
    return recache.compile(
        rf"(?<![^\W\d_])(?:{film})[ \t]+([^\W\d_]+)(?=[ \t]+(?:{by})[ \t]+\S)", re.IGNORECASE
    )


def directed_by_nationality(text: str) -> list[Mention]:
    """Directors after the word for film, a nationality and the word for "by", which a "film
    by" cue credits without the nationality: "Film belge de Harpo et Lenny Guit", "una película
    argentina de Ana Katz". The nationality is read as blank, so the cue reads as usual."""
    blanked, films = text, []
    for match in _film_nationality_by().finditer(text):
        word = match.group(1)
        if word[0].isupper() or not nationality_country(word):
            continue
        blanked = blanked[: match.start(1)] + " " * len(word) + blanked[match.end(1) :]
        films.append(match.start())
    if not films:
        return []
    found = mentions(blanked, "directed_by")
    return [
        replace(m, cue=" ".join(m.cue.split()))
        for m in found
        if any(0 <= f - m.at < len(m.cue) for f in films)
    ]
