"""Credits in prose, by cue: "directed by", "un film de", "reż.", "Regie:", "starring", "con",
"режисьор", "石川慶さんが監督" — the cue words of every language module (:mod:`indexer.lang`).

A cue is followed by names. In scripts with capital letters a name is a run of capitalised
words ("Ángel de la Cruz", "Романа Бондарчука", kept as written); in scripts without them
(Arabic, Hebrew, Indic, Thai, Georgian) it is the next one to three words up to punctuation;
in Chinese, Japanese and Korean the role noun follows the name ("윤종빈감독", "石川慶さんが監督").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from indexer import lang
from indexer.extract.pages.facts import is_name, line_facts, without_ending
from indexer.extract.pages.genres import EVERYDAY
from indexer.extract.pages.labels import field_of, is_label_word
from indexer.extract.pages.scan import starts_label
from indexer.extract.pages.sentences import name_after
from indexer.normalize import country_name, genre_names, key
from indexer.wordre import alternation

#: kana, Han and Hangul: scripts written without spaces between words (a character class body)
CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
#: Thai, Lao, Myanmar and Khmer: scripts written without spaces between words, like CJK
_UNSPACED = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: Scripts without capitals whose vowel signs ``\w`` leaves out, as whole blocks (Indic, Thai,
#: Lao, Myanmar, Ethiopic, Khmer), less their own full stops and commas.
_UNCASED_SIGNS = r"\u0900-\u0dff\u0e00-\u0eff\u1000-\u1049\u104c-\u109f\u1200-\u135f\u1780-\u17d3"
_UNCASED_WORD = re.compile(
    rf"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u10a0-\u10ff{_UNCASED_SIGNS}]"
    rf"[\w{_UNCASED_SIGNS}\u200c\u200d'’-]*"
)
_HONORIFIC = re.compile(r"(?:さんが|さんは|さん|氏が|氏は|氏|が|は|の)$")
#: "由李睿珺编剧并执导": a Chinese name between 由 ("by") and the verb for directing
_ZH_BY = re.compile(r"由([\u4e00-\u9fff]{2,4}?)(?:编剧并|編劇並|自编自导)?(?:执导|執導|导演|導演)")


@dataclass(frozen=True)
class Mention:
    """A name found after (or before) a cue: the name, the cue and where it was."""

    name: str
    cue: str
    at: int


@cache
def _pattern(kind: str, code: str | None = None) -> re.Pattern[str]:
    words = lang.cues(kind, code)
    if not words:
        return re.compile(r"(?!)")  # a language without cues of this kind matches nothing
    # a role noun takes the endings of gender and case ("Regisseurin", "lavastajaks",
    # "ohjaajana"); "the director, Warwick Thornton": a comma may follow the cue as a colon does
    ending = r"[^\W\d_]{0,3}" if kind == "director_nouns" else ""
    if kind == "director_nouns":  # joined to another role: "Ohjaaja-käsikirjoittaja Timo …"
        ending += r"(?:[-/][^\W\d_]{3,})?"
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(words, spaces=True)}){ending}(?:\s*[:：,]\s*|\s+)",
        re.IGNORECASE,
    )


def mentions(text: str, kind: str, limit: int = 20, code: str | None = None) -> list[Mention]:
    """Names after each cue of ``kind`` (``directed_by``, ``written_by``,
    ``director_nouns``, ``starring``): one name per cue, in page order."""
    found: list[Mention] = []
    for match in _pattern(kind, code).finditer(text):
        name = name_at(text, match.end())
        if not name and kind == "director_nouns":
            name = _after_lower_words(text, match.end())
        if name and _verb_phrase(text, match, name):
            continue
        if name:
            found.append(Mention(name, match.group(0).strip(" :："), match.start()))
            if len(found) >= limit:
                break
    return found


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


def partner(text: str, mention: Mention) -> str | None:
    """The name joined to ``mention``'s by the word for "and" ("u režiji Majkla Tajera i Sanje
    Rajičić"), unless it opens another credit ("กำกับโดย A และ นำแสดงโดย B"). Unlike
    :func:`names_from`, no comma: "semnat de A, B şi C" after a director cue may credit a
    screenplay."""
    at = text.find(mention.name, mention.at)
    joined = None
    if at >= 0:
        joined = _and().match(text, at + len(mention.name)) or _prefix_and().match(
            text, at + len(mention.name)
        )
    name = name_at(text, joined.end()) if joined else None
    if not name or any(_pattern(kind).match(name) for kind in _OTHER_CREDITS):
        return None
    return name


def co_credited(text: str, mention: Mention) -> list[str]:
    """The names credited with ``mention``'s: its :func:`partner`, or the rest of a list of
    names that fills its credit up to the end of the line or a " / " or "|" cell break
    ("กำกับโดย A, B, C / สร้างโดย …")."""
    joined = partner(text, mention)
    if joined:
        return [joined]
    at = text.find(mention.name, mention.at)
    listed = names_from(text, at) if at >= 0 else []
    for i, name in enumerate(listed):
        if any(_pattern(kind).match(name) for kind in _OTHER_CREDITS):
            listed = listed[:i]  # "กำกับโดย A และ นำแสดงโดย B": the next credit begins
            break
    if len(listed) < 2:
        return []
    end = text.find(listed[-1], at) + len(listed[-1])
    return listed[1:] if re.match(r"[ \t]*(?:$|\n|/|\|)", text[end:]) else []


@cache
def _prefix_and() -> re.Pattern[str]:
    """ "and" written as the next name's prefix: "مي سعد وأحمد الدنف"."""
    prefixes = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    return re.compile(rf"\s+(?:{prefixes})(?=\w)")


#: cues that open a credit of their own
_OTHER_CREDITS = ("directed_by", "written_by", "starring", "director_nouns", "plays")


@cache
def _and() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:&|{lang.alternation('conjunctions')})\s+", re.IGNORECASE)


def _after_lower_words(text: str, start: int) -> str | None:
    """The name after a few lower-case words: "la réalisatrice montréalaise Sophie Deraspe",
    "режисера та сценариста Романа Бондарчука", "reditelj, scenarista i producent Gvozden
    Đurić", "the director, Warwick Thornton"."""
    at = start
    for _ in range(4):
        word = re.match(r"[,\s]*([^\W\d_][\w'’-]*)[,\s]+", text[at : at + 40])
        if not word or not word.group(1).islower():
            return None
        at += word.end()
        name = name_at(text, at)
        if name:
            return name
    return None


_GENRE_BY = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,})\s+(by|de|di|von|par|por|van|av|af|od)\s+", re.I
)


def genre_by(text: str) -> list[Mention]:
    """A director after a genre word and "by": "drame de Céline Sciamma", "a comedy by …"."""
    found = []
    for match in _GENRE_BY.finditer(text):
        genres = genre_names(match.group(1))
        if genres and not set(genres) & EVERYDAY:  # "Music by …" credits the composer
            name = name_at(text, match.end())
            if name:
                found.append(Mention(name, f"{match.group(1)} {match.group(2)}", match.start()))
    return found


def by_lines(text: str) -> list[Mention]:
    """A director credited on a line of its own: "De: Karim Aïnouz", "by Rose Glass"."""
    found = []
    for match in _by_line().finditer(text):
        name = name_at(text, match.end())
        rest = text[match.end() :].split("\n", 1)[0].strip()
        if name and (key(rest) == key(name) or _facts_after(rest, name)):
            found.append(Mention(name, match.group(1), match.start()))
    return found


def _facts_after(rest: str, name: str) -> bool:
    """True when ``rest`` is ``name`` then, after a " / " or "|", the film's facts: the line
    "de Luigi Comencini / Italie / 1979 / 128'" credits the director of the film it states."""
    tail = re.match(rf"{re.escape(name)}\s*[/|]\s*(.+)", rest)
    facts = line_facts(tail.group(1)) if tail else None
    return facts is not None and bool(facts.years or facts.countries) and not facts.leftover


def name_at(text: str, start: int, single: bool = False) -> str | None:
    """The person's name that begins at ``text[start:]``, in any script, or None; with
    ``single``, one word of a script without capitals is a name (a list's "চম্পা, …")."""
    name = name_after(text, start)
    if name:
        return name
    rest = text[start : start + 80]
    if rest and unicodedata.category(rest[0]).startswith("M"):
        return None  # a vowel sign: the middle of a word, not the start of a name
    if re.match(rf"[{CJK}]", rest):
        run = re.match(rf"[{CJK}]{{2,4}}(?=[\s、，,。.（(・]|$)", rest)
        return run.group(0) if run else None
    words: list[str] = []
    for match in re.finditer(r"\S+", rest):
        word = match.group(0)
        bare = word.rstrip(',.;:!?)»"”،؛')
        if not _UNCASED_WORD.fullmatch(bare) or (words and _prefixed(bare)):
            break
        if bare in lang.cues("conjunctions") or bare in lang.cues("postpositions"):
            break  # "ნინო კასრაძე და გიორგი …", "आर. बाल्की की फिल्म": "and", "of" end the name
        if is_label_word(bare):
            break  # "निर्देशक : शूजीत सिरकार लेखक : …": the next credit's label ends the name
        if word == bare + "." and len(bare) <= 3 and all(w.endswith(".") for w in words):
            words.append(word)  # an initial: "आर. बाल्की", "எஸ். ஜே. சூர்யா"
            continue
        words.append(bare)
        if bare != word or len(words) == 3:
            break
    return " ".join(words) if (1 if single else 2) <= len(words) <= 3 else None


def director_before(text: str, code: str | None = None) -> list[Mention]:
    """Directors written before their role noun: "윤종빈감독", "石川慶さんが監督",
    "रीमा कागती द्वारा निर्देशित", "Asier Urbieta zinemagile", and "由李睿珺执导"."""
    found = [
        Mention(names[0], cue, at) for names, cue, at in before(text, "directed_after", 1, code)
    ]
    found.extend(Mention(m.group(1), "由…执导", m.start()) for m in _ZH_BY.finditer(text))
    return found


def cast_before(text: str, code: str | None = None) -> list[Mention]:
    """Cast lists written before their cue, joined by "; ": "由陳以文、柯淑勤…領銜主演",
    "이성민배우", "മമ്മൂട്ടി, അർജുൻ അശോകൻ എന്നിവർ"."""
    return [
        Mention("; ".join(names), cue, at)
        for names, cue, at in before(text, "starring_after", code=code)
    ]


@cache
def _role_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def words(kind: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lang.cues(kind, code))

    # "as" is a word of its own and the character a capitalised name ("as Fern", not "as a")
    plays = rf"(?<![^\W\d_])(?:{words('plays') or '(?!)'})\s+(?=[^\W\d_])"
    # a role word glued to the character in CJK ("城戸役の"), a word of its own elsewhere
    # ("Јована, кога игра Павле Менсур", "Fern, played by Frances McDormand")
    glued = rf"(?:(?=[{CJK}])|(?<![^\W\d_]))"
    role_of = rf"{glued}(?:{words('role_of') or '(?!)'})\s*"
    return re.compile(plays), re.compile(role_of)


_ROLE_CJK = re.compile(rf"[{CJK}]{{2,6}}?(?=さん|さま|氏|と|[\s、，,。.（(・]|$)")


def role_pairs(text: str, code: str | None = None) -> list[Mention]:
    """Actors paired with the character they play, one per cue, in page order: the actor
    before the cue and a capitalised character after it ("Ario Bayu, sebagai Ardi",
    "Frances McDormand plays Fern"), or the character before the cue and the actors after it
    ("城戸役の妻夫木聡さん", "夫婦役を演じた松村北斗と上白石萌音", "చిట్టిబాబు పాత్రలో రాంచరణ్")."""
    plays, role_of = _role_patterns(code)
    found = []
    for match in plays.finditer(text):
        if not text[match.end()].isupper():
            continue
        head = text[max(0, match.start() - 80) : match.start()].rstrip(" ,(")
        name = name_before(re.split(r"(?<=[^\W\d_]{2}[.!?])\s|[;:()\n]", head)[-1])
        if name and is_name(name) and not country_name(name):  # "released in France as …"
            found.append(Mention(name, match.group(0).strip(), match.start()))
    for match in role_of.finditer(text):
        found.extend(
            Mention(n, match.group(0).strip(), match.start()) for n in _actors(text, match.end())
        )
    return sorted(found, key=lambda m: m.at)


_PARENTHESES = re.compile(r"(?<=\w)\s?\(([^()\d]{3,40})\)")


def uncased_in_parentheses(text: str) -> list[Mention]:
    """Actors of a script without capitals in parentheses after their character ("مردی ایرانی
    (علی مصفا)", "สตู เชฟเฟิร์ด (โคลิน ฟาร์เรล)"): two or three words that the page writes
    nowhere but in that name (the words of "(از همسر قبلی)", "from his former wife", recur)."""
    found = []
    for match in _PARENTHESES.finditer(text):
        inner = match.group(1).strip()
        words = inner.split()
        if not 2 <= len(words) <= 3 or not all(_UNCASED_WORD.fullmatch(w) for w in words):
            continue
        if all(text.count(word) == text.count(inner) for word in words):
            found.append(Mention(inner, "()", match.start(1)))
    return found


def _actors(text: str, start: int) -> list[str]:
    """The actors named after a "role of" cue: CJK names joined by "と"/"、" (an honorific
    after each dropped), or one to three words of a script without capitals."""
    cased = name_after(text, start)
    if cased:
        return [cased]
    rest = text[start : start + 60]
    names: list[str] = []
    while (run := _ROLE_CJK.match(rest)) is not None and len(names) < 4:
        names.append(run.group(0))
        joiner = re.match(r"(?:さん|さま|氏)?\s*(?:と|、)", rest[run.end() :])
        if not joiner:
            break
        rest = rest[run.end() + joiner.end() :]
    if names:
        return names
    words = re.split(r"[,.;:!?()\n،।]", rest, maxsplit=1)[0].split()
    uncased = [w for w in words[:3] if _UNCASED_WORD.fullmatch(w)]
    return [" ".join(uncased)] if uncased and len(uncased) == len(words[:3]) else []


@cache
def _after_pattern(kind: str, code: str | None) -> re.Pattern[str]:
    words = lang.cues(kind, code)
    if not words:
        return re.compile("(?!)")
    # glued to the name in scripts without spaces ("윤종빈감독"), a word of its own elsewhere
    # ("signe un", not "consigne un")
    unspaced = CJK + _UNSPACED
    glued = rf"(?:(?<=[{unspaced}])|(?<![^\W\d_])|(?=[{unspaced}]))"
    return re.compile(glued + f"(?:{alternation(words, spaces=True)})", re.IGNORECASE)


@cache
def _list_gap() -> re.Pattern[str]:
    """What separates two names of a list read backwards: "A, B", "A、B", "A and B", "AとB"."""
    words = alternation(lang.cues("conjunctions"))
    return re.compile(
        rf"(?:\s*[、,，]\s*(?:(?:{words})\s+)?|(?:(?<=\s)|(?<=[{CJK}]))(?:{words})\s*)$"
    )


_CJK_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,4}"
    r"|[\uac00-\ud7af]{2,4}|[\u30a0-\u30ff・]{3,12})$"
)


def before(
    text: str, kind: str, limit: int = 12, code: str | None = None
) -> list[tuple[list[str], str, int]]:
    """Head-final languages write the role after the name: for each cue of ``kind``
    (``directed_after``, ``starring_after``), the names just before it, nearest last
    read first, as far back as a list of names goes."""
    found = []
    for match in _after_pattern(kind, code).finditer(text):
        if _inside_word(text, match.end()):
            continue
        names: list[str] = []
        head = text[max(0, match.start() - 200) : match.start()]
        while len(names) < limit:
            # "石川慶さんが監督", "Nuri Bilge Ceylan'ın yönettiği": honorifics and case endings go
            head = without_ending(_HONORIFIC.sub("", head.rstrip()))
            name = name_before(head)
            if not name:
                break
            names.append(name)
            gap = _list_gap().search(head[: len(head) - len(name)])
            if not gap:
                break
            head = head[: gap.start()]
        if names:
            found.append((names[::-1], match.group(0), match.start()))
    return found


def _inside_word(text: str, end: int) -> bool:
    """True when a vowel sign follows a cue: it ends inside a word ("நடித்த" in
    "நடித்திருக்கும்")."""
    return end < len(text) and unicodedata.category(text[end]).startswith("M")


def name_before(head: str) -> str | None:
    """The name that ends ``head``: a CJK run, capitalised words, or one to three words of
    a script without capitals up to the last punctuation."""
    run = _CJK_TAIL.search(head)
    if run and not run.group(0).startswith("・"):
        return run.group(0).removeprefix("由") if len(run.group(0)) > 3 else run.group(0)
    # a name crosses no line break and no comma ("Fern, David Strathairn as Dave")
    words = re.split(r"[,，、]|[;:]\s", head.rsplit("\n", 1)[-1])[-1].split()[-5:]
    for size in range(min(4, len(words)), 1, -1):
        if is_name(" ".join(words[-size:])):
            return " ".join(words[-size:])
    clause = re.split(r"[,.;:!?()«»\"“”،؛؟।\n]", head)[-1].split()
    joins = [i for i, word in enumerate(clause) if word in lang.cues("conjunctions")]
    clause = clause[joins[-1] + 1 :] if joins else clause
    uncased = [w for w in clause if _UNCASED_WORD.fullmatch(w)]
    if clause and len(uncased) == len(clause):
        return " ".join(clause if len(clause) <= 3 else clause[-2:])
    return None


def _prefixed(word: str) -> bool:
    """A word that starts with a prefixed "and" (ويوسف): the start of the next name."""
    return any(
        word.startswith(p) and len(word) > len(p) + 2 for p in lang.cues("prefix_conjunctions")
    )


@cache
def _separators() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(lang.cues("conjunctions"))
    prefixes = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    separator = re.compile(
        rf"\s*(?:[,、，;]\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+|\s+(?:{prefixes})(?=\w))"
    )
    return separator, re.compile(rf"\s+(?:{words})\s+")


@cache
def _by_line() -> re.Pattern[str]:
    words = lang.alternation("by")
    return re.compile(rf"(?im)^[ \t]*({words})[ \t]*[:：]?[ \t]+(?=\S)")


#: one word of a script without capitals, then a comma: a list goes on
_LIST_NEXT = re.compile(rf"\s*{_UNCASED_WORD.pattern}\s*[,،、]")


def names_from(text: str, start: int, limit: int = 12) -> list[str]:
    """A list of names from ``text[start:]``: "A, B and C", "A y B", "A、B"."""
    names: list[str] = []
    separator, conjunction = _separators()
    at = start
    while len(names) < limit:
        name = name_at(text, at)
        if not name and (names or _LIST_NEXT.match(text, at)):
            name = name_at(text, at, single=True)  # a one-word name in a list: "চম্পা, সাবেরী আলম"
        if not name or any(_pattern(kind).match(name) for kind in ("directed_by", "written_by")):
            break  # "… ونهاد سعيد وإخراج جود سعيد": the list ends at the next credit
        pair = conjunction.split(name, maxsplit=1)
        if len(pair) == 2 and is_name(pair[0]) and is_name(pair[1]):
            name = pair[0]  # "Ernesto Alterio y Ruth Díaz": two names, not "Ortega y Gasset"
        names.append(name)
        at = text.find(name, at) + len(name)
        gap = re.compile(r"\s*\([^)]{0,40}\)").match(text, at)  # "Name (role)"
        if gap:
            at = gap.end()
        sep = separator.match(text, at)
        if not sep:
            break
        at = sep.end()
    return names


_GAP = re.compile(r"[\s:：]*")


def cast_lists(text: str, code: str | None = None) -> list[Mention]:
    """Each cast cue ("starring", "con", "в ролях") with the names it lists, joined by "; "."""
    found = []
    for match in _pattern("starring", code).finditer(text):
        if "\n" in match.group(0) and starts_label(text[match.end() :].split("\n", 1)[0]):
            continue  # an empty "Starring" cell above the next label ("CinematographyMaria …")
        names = names_from(text, match.end())
        if not names and len(match.group(0).strip(" :：,")) >= 4:
            # "V rolích sourozenců debutují Dexter Franc a …": a few lower-case words between
            first = _after_lower_words(text, match.end())
            names = names_from(text, text.find(first, match.end())) if first else []
            names = names if len(names) >= 2 else []  # one name so far off is weak
        strong = len(names) >= 2 or (names and is_name(names[0]))
        if names and strong:
            found.append(Mention("; ".join(names), match.group(0).strip(" :："), match.start()))
    # a role word written after the names opens a list too when the sentence is turned round:
    # "ছবির বিভিন্ন চরিত্রে অভিনয় করেছেন চম্পা, সাবেরী আলম, …"
    for match in _after_pattern("starring_after", code).finditer(text):
        start = _GAP.match(text, match.end())
        if start is None or not start.group(0) or _inside_word(text, match.end()):
            continue  # the cue ends inside a word ("நடித்த" in "நடித்திருக்கும்")
        names = names_from(text, start.end())
        if len(names) >= 2:
            found.append(Mention("; ".join(names), match.group(0), match.start()))
    return found


@cache
def _label_colons() -> re.Pattern[str]:
    """Any label of any field then a colon: in a spaced script after a space ("… निर्देशक :
    …"), in Chinese, Japanese or Korean right after the value before it ("윤가은주연: …")."""
    words = sorted(
        {w for field in lang.labels().values() for w in field if len(w) >= 2},
        key=lambda w: (-len(w), w),  # longest first
    )
    cjk = [w for w in words if re.match(rf"[{CJK}]", w)]
    spaced = alternation([w for w in words if len(w) >= 3 and w not in cjk], spaces=True)
    return re.compile(
        rf"(?:(?<=\S)[ \t]+(?P<spaced>{spaced})|(?<=[{CJK}])(?P<cjk>{alternation(cjk)}))"
        r"[ \t]*[:：][ \t]*(?=\S)",
        re.IGNORECASE,
    )


def label_lists(text: str, field: str) -> list[Mention]:
    """The names after a label of ``field`` and a colon inside a line, where credits run
    on one line ("… निर्देशक : शूजीत सिरकार लेखक : जूही चतुर्वेदी कलाकार: वरुण धवन, …",
    "감독: 윤가은주연: 서수빈, 장혜진장르: 드라마"): each value runs to the next label. The
    line scanner reads labels at the start of a line only."""
    found = []
    for fields, label, value, at in _labelled_in_lines(text):
        names = names_from(value, 0) if field in fields else []
        if names:
            found.append(Mention("; ".join(names), label, at))
    return found


@lru_cache(maxsize=4)
def _labelled_in_lines(text: str) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """(fields, label, value, offset in its line) of every label inside a line (read once
    for directors and cast alike)."""
    found = []
    for line in text.splitlines():
        labels = list(_label_colons().finditer(line)) if ":" in line or "：" in line else []
        for i, match in enumerate(labels):
            after = labels[i + 1] if i + 1 < len(labels) else None
            label = match.group("spaced") or match.group("cjk")
            value = line[match.end() : after.start() if after else len(line)]
            found.append((field_of(label), label, value, match.start()))
    return tuple(found)
