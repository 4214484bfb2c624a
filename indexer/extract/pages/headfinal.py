"""Names written before their role word, as head-final languages write them: "윤종빈감독",
"石川慶さんが監督", "Nuri Bilge Ceylan'ın yönettiği", "మమ్మూట్టి, అర్జున్ అశోకన్ ఎన్నివర్"; read
backwards from the cue as far as a list of names goes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages import hannames
from indexer.extract.pages.facts import is_name, without_ending
from indexer.extract.pages.scripts import (
    CJK,
    UNCASED_SIGNS,
    UNCASED_WORD,
    UNSPACED,
    glued_initial,
)
from indexer.wordre import alternation

#: a Korean particle glued to a name of three syllables ("조진웅이 주연으로": the name, then
#: the subject's particle)
_HANGUL_PARTICLE = re.compile(r"(?<=^[\uac00-\ud7af]{3})[이가은는을를의도와과]$")
_HONORIFIC = re.compile(r"(?:さんが|さんは|さん|氏が|氏は|氏|が|は|の)$")


@cache
def after_pattern(kind: str, code: str | None) -> re.Pattern[str]:
    words = lang.cues(kind, code)
    if not words:
        return re.compile("(?!)")
    # glued to the name in scripts without spaces ("윤종빈감독"), a word of its own elsewhere
    # ("signe un", not "consigne un")
    unspaced = f"(?-i:[{CJK}{UNSPACED}])"  # no case: the same match, compiled without folding
    glued = rf"(?:(?<={unspaced})|(?<![^\W\d_])|(?={unspaced}))"
    # the cues' first letters, tested once before the three ways a cue may be glued
    first = f"(?=[{_first_letters(words)}])" if all(words) else ""
    # "नविन चौहानको निर्देशनमा": a cue that opens with a postposition, the postposition glued
    # to the name's last word as a language that writes it so does
    joined = [w for w in words if w.split()[0] in lang.cue_set("postpositions") and " " in w]
    tail = f"|(?<={_UNCASED_LETTER})(?:{alternation(joined, spaces=True)})" if joined else ""
    return recache.compile(
        first + glued + f"(?:{alternation(words, spaces=True)})" + tail, re.IGNORECASE
    )


def _first_letters(words: tuple[str, ...] | list[str]) -> str:
    """The body of a class of the characters ``words`` begin with (a space as ``\\s``)."""
    return "".join(dict.fromkeys(r"\s" if w[0] == " " else re.escape(w[0]) for w in words))


@cache
def _list_gap() -> re.Pattern[str]:
    """What separates two names of a list read backwards: "A, B", "A、B", "A، B", "A and B",
    "AとB"."""
    words = alternation(lang.cues("conjunctions"))
    return recache.compile(
        rf"(?:\s*[、,，،]\s*(?:(?:{words})\s+)?|(?:(?<=\s)|(?<=[{CJK}]))(?:{words})\s*"
        rf"|(?<={_UNCASED_LETTER})-)$"
    )


#: (a Japanese name may write its given name in katakana after a kanji surname: "安藤サクラ")
_CJK_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,4}"
    r"|[\uac00-\ud7af]{2,4}|[\u4e00-\u9fff]{1,2}[\u30a1-\u30fa\u30fc]{2,4}|[\u30a0-\u30ff・]{3,12})$"
)
#: the most characters of a :data:`_CJK_TAIL` match, and the line break ``$`` may stand before:
#: it is looked for among a head's last characters only, not tried at each of them
_CJK_TAIL_REACH = 12 + 1


@lru_cache(maxsize=8)  # the cast's two readers walk the same page for the same cues
def after_matches(kind: str, code: str | None, text: str) -> tuple[re.Match[str], ...]:
    """Every match of :func:`after_pattern` in ``text``, in page order: the page is walked
    once for each kind, whichever reader asks first."""
    return tuple(after_pattern(kind, code).finditer(text))


def before(
    text: str, kind: str, limit: int = 12, code: str | None = None
) -> list[tuple[list[str], str, int]]:
    """Head-final languages write the role after the name: for each cue of ``kind``
    (``directed_after``, ``starring_after``), the names just before it, nearest last
    read first, as far back as a list of names goes."""
    found = []
    for match in after_matches(kind, code, text):
        if inside_word(text, match.end()) or _LABEL_COLON.match(text, match.end()):
            continue  # "美術:河野鷹思出演:池部良": a label of the names after it, glued on
        names = names_back(text[max(0, match.start() - 200) : match.start()], limit)
        if names:
            found.append((names, match.group(0), match.start()))
    return found


def names_back(head: str, limit: int = 12, initials: bool = False) -> list[str]:
    """The names of the list that ends ``head``, in page order: read backwards from its end,
    one name and the gap before it at a time, as far as the list goes; with ``initials``, a
    name of a script without capitals with the initials written before it, the list going on
    before them (a cue's own name ends where its initials do: see :func:`with_initials`)."""
    names: list[str] = []
    head = _list_end().sub("", _without_postpositions(head.rstrip()))  # "A, B 등이 출연"
    while len(names) < limit:
        # "石川慶さんが監督", "Nuri Bilge Ceylan'ın yönettiği": honorifics and case endings go
        head = without_ending(_HONORIFIC.sub("", _without_postpositions(head.rstrip())))
        head = _QUOTE_CLOSED.sub("", head)  # "«ساره بیات»، «ساعد سهیلی» و …": names quoted
        spelled = _SPELLED_END.search(head) is not None
        head = _without_aside(head)  # "Kan Lume (The Art of Flirting) directs."
        # "安德魯加菲(Andrew Garfield)主演": a foreign name in Han, as long as it is written
        name = _han_spelled(head) if spelled else name_before(head)
        if not name:
            break
        # "எம்.வி. வாசுதேவ ராவ்": a name of a script without capitals with its initials
        name = with_initials(head, name) if initials and UNCASED_WORD.match(name) else name
        names.append(name)
        rest = _QUOTE_OPENED.sub("", head[: len(head) - len(name)])
        gap = _list_gap().search(rest) or _described_gap(rest, name)
        if not gap:
            break
        head = head[: gap.start()]
    return names[::-1]


def before_list_ends(text: str, follows: Callable[[str], bool]) -> list[tuple[list[str], int]]:
    """The names listed before each word that ends a list in a script without capitals
    ("ഫഹദ് ഫാസിൽ, റിമ കല്ലിങ്കൽ എന്നിവരാണ് …", "A, B உள்ளிட்ட பலரும் …") where ``follows``
    takes the words after that word, up to the clause's end: what the list is of is said
    there ("… in the main roles"), not by a cue of its own. Each with where its word is."""
    found = []
    for match in _uncased_list_end().finditer(text):
        if inside_word(text, match.end()):
            continue
        after = _CLAUSE_CUT.split(text[match.end() : match.end() + _AFTER_LIST_END], 1)[0]
        if not follows(after):
            continue
        names = names_back(text[max(0, match.start() - 200) : match.start()], initials=True)
        if names:
            found.append((names, match.start()))
    return found


#: how far after a list's end word what the list is of may be said
_AFTER_LIST_END = 80


@cache
def _uncased_list_end() -> re.Pattern[str]:
    """A word of a script without capitals that ends a list, after a space ("എന്നിവർ",
    "உள்ளிட்ட"): "and the others", "including", "all of them"."""
    words = [w for w in lang.cues("list_ends") if UNCASED_WORD.fullmatch(w)]
    return recache.compile(rf"(?<=\s)(?:{alternation(words)})" if words else "(?!)")


#: an aside in parentheses at the end of a head, after a letter and a space
_ASIDE_END = re.compile(r"(?<=[^\W\d_])\s+\([^()\n]{1,60}\)$")


#: a name's spelling in Latin letters in parentheses right after a letter of another script,
#: ending a head: "安德魯加菲(Andrew Garfield)", "김중현(KIM Joong-hyeon)"
_SPELLED_END = re.compile(r"(?<=[^\W\d_A-Za-zÀ-ɏ])\s?[(（][A-Za-zÀ-ɏ][A-Za-zÀ-ɏ.'’ -]{1,40}[)）]$")


#: a run of Han letters (and the dots of a foreign name) ending a head
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff·・]{2,12}$")
#: the most Han letters of a foreign name ("佩德羅帕斯卡", "尼可拉斯凱吉"); a longer run holds
#: a descriptor glued before it ("好萊塢影星…", Hollywood star)
_HAN_FOREIGN_MOST = 8


def _han_spelled(head: str) -> str | None:
    """The name of Han letters that ends ``head`` where the page spelled it in Latin letters
    after it (the spelling gone already): the whole run, a foreign name being longer than a
    Chinese one, from after the last "and" or "由" (by) in it ("他和佩德羅帕斯卡": he and Pedro
    Pascal); none when the run is too long to be one name, else the usual reading."""
    run = _HAN_RUN_END.search(head)
    if run is None:
        return name_before(head)
    name = run.group(0)
    cut = max(name.rfind(c) for c in f"{_han_ands()}由")
    name = name[cut + 1 :]
    return name if 2 <= len(name) <= _HAN_FOREIGN_MOST else None


def _without_aside(head: str) -> str:
    """``head`` without the aside that ends it when a name written with capitals stands before
    it ("Kan Lume (The Art of Flirting)": the director's earlier film), or when it spells in
    Latin letters the name of another script before it ("安德魯加菲(Andrew Garfield)主演"); as
    written otherwise (in a script without capitals the words before an aside are as often no
    name)."""
    spelled = _SPELLED_END.search(head)
    if spelled:
        return head[: spelled.start()]
    aside = _ASIDE_END.search(head)
    if not aside:
        return head
    words = head[: aside.start()].split()[-3:]
    cased = any(c.isupper() for c in "".join(words))
    return head[: aside.start()] if cased and is_name(" ".join(words[-2:])) else head


#: a colon after the cue: the cue is the label of what follows it
_LABEL_COLON = re.compile(r"[ \t]*[:：]")

#: a quotation mark closing the head read backwards, and one opening what is left before a name
_QUOTE_CLOSED = re.compile(r"[»”\"]$")
_QUOTE_OPENED = re.compile(r"[«“„\"]$")


@cache
def _list_end() -> re.Pattern[str]:
    """The words after a list's last name that say it goes on ("등이", "らが", "等")."""
    words = alternation(lang.cues("list_ends"), spaces=True) or "(?!)"
    return recache.compile(rf"(?:(?<=\s)|(?<=[{CJK}]))(?:{words})$")


def _described_gap(rest: str, name: str) -> re.Match[str] | None:
    """In a script without capitals, "and" then a word or two describing the next name
    ("अमित सियाल और नवोदित अभिनेता शशांक अरोडा": "and newcomer actor")."""
    if not all(UNCASED_WORD.fullmatch(w) for w in name.split()):
        return None
    return _loose_gap().search(rest)


@cache
def _loose_gap() -> re.Pattern[str]:
    words = alternation(lang.cues("conjunctions"))
    return recache.compile(rf"\s+(?:{words})(?:\s+[^\s,،、]+){{1,2}}\s*$")


@cache
def _postpositions() -> re.Pattern[str]:
    words = alternation(lang.cues("postpositions"), spaces=True) or "(?!)"
    return recache.compile(rf"(?:\s+(?:{words}))+$")


def _without_postpositions(head: str) -> str:
    """``head`` without the words written after a name that are no part of it ("కిరణ్ పొన్నాడ
    కలిసి దీనికి దర్శకత్వం": "together", "for this")."""
    return _postpositions().sub("", head)


@cache
def craft_nouns() -> tuple[str, ...]:
    """The nouns a role noun qualifies in a script without spaces ("导演风格", "the
    director's style"; "監督作品"): a run ending in one is no name."""
    words = [*lang.cues("craft_nouns"), *lang.cues("work_nouns")]
    return tuple(w for w in words if len(w) >= 2 and _CJK_FIRST.match(w))


_CJK_FIRST = re.compile(f"[{CJK}]")


def inside_word(text: str, end: int) -> bool:
    """True when a vowel sign follows a cue: it ends inside a word ("நடித்த" in
    "நடித்திருக்கும்")."""
    if end < len(text) and text[end] == _ZAWGYI_E and (end == 0 or text[end - 1].isspace()):
        return False  # the legacy Zawgyi encoding writes Burmese "ေ" first, opening a word
    return end < len(text) and unicodedata.category(text[end]).startswith("M")


#: the Burmese vowel sign E, which Unicode writes after its consonant and Zawgyi before it
_ZAWGYI_E = "\u1031"


#: what no name crosses (a comma, a semicolon or colon and a space, a sentence's full stop
#: after a word of three letters or more: "İstanbul. Mahsun Kırmızıgül'ün yönettiği", not an
#: initial's "J. R."); what ends a clause (a single quote too: a title quoted so before its
#: director's name, "‘ऊनको स्विटर’ नवीन चौहानले निर्देशन …")
_NAME_CUT = re.compile(r"[,，、]|[;:]\s|(?<=[^\W\d_]{3})\.\s")
#: a letter of a script without capitals (Indic, Arabic, Hebrew, Georgian, …)
_UNCASED_LETTER = rf"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u10a0-\u10ff{UNCASED_SIGNS}]"
_PAIR_HYPHEN = re.compile(rf"(?<={_UNCASED_LETTER})-(?={_UNCASED_LETTER})")
_CLAUSE_CUT = re.compile(r"[,.;:!?()«»\"“”‘’،؛؟۔।።፣፤፥፦\n]")


def names_listed_before(
    rest: str, joint: re.Pattern[str], accept: Callable[[str], bool], most: int
) -> list[str]:
    """The names listed at the end of ``rest``, each followed by what ``joint`` matches at
    the end ("A, B, " with a comma; "A, B and " with the word for "and"), nearest last; at
    most ``most``, and only names ``accept`` takes."""
    listed: list[str] = []
    while len(listed) < most and (joined := joint.search(rest)) is not None:
        rest = rest[: joined.start()]
        before = name_before(rest)
        if not before or not accept(before) or not rest.endswith(before):
            break
        listed.insert(0, before)
        rest = rest[: len(rest) - len(before)]
    return listed


@lru_cache(maxsize=4096)  # the readers of a page ask for the name before the same heads
def name_before(head: str) -> str | None:
    """The name that ends ``head``: a CJK run, capitalised words, or one to three words of
    a script without capitals up to the last punctuation."""
    run = _CJK_TAIL.search(head, max(0, len(head) - _CJK_TAIL_REACH))
    if run and run.group(0).endswith(_adverb_endings()):
        return None  # "간결하게 연출한다": an adverb before the verb, no name
    if run and run.group(0).endswith(_han_pronouns()):
        return None  # "現在他和…": "he", a pronoun where a name of the list would stand
    if run and not run.group(0).startswith("・"):
        name = run.group(0).removeprefix("由") if len(run.group(0)) > 3 else run.group(0)
        name = _without_glued_and(name, head[: run.start()])
        if hannames.glued_words(name):
            return None  # "則在劇中飾演": "then, in the film", no one's name
        return _HANGUL_PARTICLE.sub("", hannames.from_family_name(name))  # "是由窦骁"
    # a name crosses no line break and no comma ("Fern, David Strathairn as Dave")
    words = _NAME_CUT.split(head.rsplit("\n", 1)[-1])[-1].split()[-5:]
    for size in range(min(4, len(words)), 1, -1):
        if is_name(" ".join(words[-size:])):
            return " ".join(words[-size:])
    if words and glued_initial(words[-1]):
        return words[-1]  # "Ж.Сэнгэдоржийн найруулсан": an initial and a name, one word
    # "రణవీర్ సింగ్-దీపిక పదుకొనె": two names of a script without capitals joined by a hyphen
    clause = _PAIR_HYPHEN.split(_CLAUSE_CUT.split(head)[-1])[-1].split()
    joins = [i for i, word in enumerate(clause) if word in lang.cue_set("conjunctions")]
    clause = clause[joins[-1] + 1 :] if joins else clause
    # a word in a case ("ಸಿನಿಮೋತ್ಸವದಲ್ಲಿ": "at the film festival") ends what stands before the name
    cased = [i for i, word in enumerate(clause[:-1]) if word.endswith(_case_particles())]
    clause = clause[cased[-1] + 1 :] if cased else clause
    uncased = [w for w in clause if UNCASED_WORD.fullmatch(w)]
    if clause and len(uncased) == len(clause):
        return " ".join(clause if len(clause) <= 3 else clause[-2:])
    return None


#: initials of an Indic script ending a text: one to three letters (with their vowel signs)
#: and a full stop each, after a space or a break ("కె. వి. ", "ඒ.ටී. "); not of the Arabic
#: script, where a short word and its full stop end a sentence
_INITIALS_END = re.compile(rf"(?:^|(?<=\s))((?:[{UNCASED_SIGNS}]{{1,3}}\.[ \t]?){{1,3}})[ \t]*$")


def with_initials(head: str, name: str) -> str:
    """``name`` (of one or two words of a script without capitals, ending ``head``) with the
    initials the page writes right before it: "కె. వి. రెడ్డి దర్శకత్వం వహించారు", read
    backwards from the cue up to the initials' full stops, is "K. V. Reddy", not "Reddy"."""
    head = head.rstrip()
    if not head.endswith(name) or name.count(" ") > 1:
        return name
    initials = _INITIALS_END.search(head[: len(head) - len(name)])
    if initials is None or initials.group(1).rstrip(". \t") in _short_words():
        return name  # "… ചിത്രമാണ് ഇത്. ഫഹദ് ഫാസിൽ": a sentence's last word ("this"), no initial
    return head[initials.start(1) :]  # as written: "కె.విశ్వనాధ్"


@cache
def _short_words() -> frozenset[str]:
    """The short words of scripts without capitals that, alone before a full stop, end a
    sentence rather than stand as a name's initial: postpositions, pronouns, "this", "that"."""
    kinds = ("postpositions", "pronouns", "this_words")
    return frozenset(w for kind in kinds for w in lang.cues(kind) if UNCASED_WORD.fullmatch(w))


def _without_glued_and(name: str, before: str) -> str:
    """A run of four Han characters that opens with a one-character word for "and" right
    after a name of a list is the list's last name, the "and" before it ("、李曉峰和鐘鎮濤主演":
    "鐘鎮濤"); a run after a break or after "由" (by) keeps it ("由和田秀樹主演")."""
    if len(name) == 4 and name[0] in _han_ands() and _LISTED_BEFORE.search(before):
        return name[1:]
    return name


#: a name of two or three Han characters after a list's comma or "由" (by), ending the text
_LISTED_BEFORE = re.compile(r"[、，,由][\u4e00-\u9fff]{2,3}$")

#: one Han character
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _han_pronouns() -> tuple[str, ...]:
    """The third-person pronouns of Han letters of any language ("他", "她們")."""
    return tuple(sorted(w for w in lang.cues("pronouns") if _HAN.fullmatch(w[0])))


@cache
def _han_ands() -> str:
    """The one-character Han words for "and" of any language ("和", "與", "及")."""
    return "".join(w for w in lang.cue_set("conjunctions") if len(w) == 1 and _HAN.match(w))


@cache
def _adverb_endings() -> tuple[str, ...]:
    """The endings of an adverb or a joined verb in a script without spaces ("하게")."""
    return tuple(w for w in lang.cues("adverb_endings") if _CJK_FIRST.match(w))


@cache
def _case_particles() -> tuple[str, ...]:
    return tuple(lang.cues("case_particles"))
