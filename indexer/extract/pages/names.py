"""A person's name as a page writes it: read from a labelled value and tidied.

A labelled value is split into names ("A (role), B as X / C"), asides in brackets dropped
first, names written "Surname, Given" kept whole where the page writes its credits so.
:func:`person` tidies any candidate of any cue: the credit word written before or after it
("Director Dave Skerah", "शूजीत सिरकार लेखक"), a role in a role case ("Ilkka Koivula Akseli
Koskelana") go; a label, a heading, a genre, a language or a sentence is no name at all.
:func:`in_page` also reads the page around it (the film's title after a director's name).
Names are kept as written: nothing here invents a form.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages import facts as fl
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.labels import PEOPLE_FIELDS, field_of, labels_by_length
from indexer.extract.pages.scripts import CJK, UNCASED_WORD, WORK_BEFORE
from indexer.normalize import (
    clean_name,
    country_name,
    dedupe,
    genre_names,
    is_language_name,
    key,
    nationality_country,
    split_names,
)
from indexer.wordre import alternation, longest_first

#: a capitalised word and a colon inside a labelled value, maybe a lower-case word between
#: ("Autorul scenariului: …"): the next label of a flattened line
_INNER_LABEL = re.compile(r"\s+(?=[^\W\d_][\w.]{1,15}(?:\s(?-i:[a-zà-ÿ])[\w.]{1,15})?:\s)")


def names(value: str, inverted: bool = False, field: str | None = None) -> list[str]:
    """People's names from a labelled value of ``field``, as written ("A (role), B as X /
    C"); names written "Surname, Given" stay whole (see :func:`inverted_names`); the list
    ends where another field's label begins a part ("กำกับโดย A, B / นำแสดงโดย C")."""
    return list(_names(value, inverted, field))


@lru_cache(maxsize=1024)  # the readers of a page's people ask for the same values again
def _names(value: str, inverted: bool, field: str | None) -> tuple[str, ...]:
    return tuple(_read_names(value, inverted, field))


def _read_names(value: str, inverted: bool, field: str | None) -> list[str]:
    value = without_asides(before_fact_aside(value))
    # "Thomas Vinterberg  Wri: David Nicholls": another label, known or not, ends the value
    value = before_known_label(value)
    value = before_inner_label(value)
    whole = inverted_names(value, inverted) or _spaced_hangul(value)
    if whole:
        return whole
    if " / " in value and re.search(r"[\u0400-\u04ff]", value.split(" / ")[0]):
        value = value.split(" / ", 1)[1]  # bilingual "Cyrillic / Latin": keep the Latin half
    names: list[str] = []
    # "・" separates kanji names but joins the parts of a katakana name (マイケル・マン)
    value = re.sub(r"(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])", "、", value.replace("\n", ", "))
    if value.count(" - ") >= 2:  # "أنور وجدي - فاطمة رشدي - حسين صدقي"
        value = value.replace(" - ", ", ")
    # "役所广司 小栗旬 高良健吾": a space between names, on one line or on each of several
    # ("松岡茉優 窪田正孝" / "池松壮亮 若葉竜也" / "佐藤浩市")
    lines = [line.strip() for line in value.split(", ")]
    if any(map(_SPACED_CJK.fullmatch, lines)) and all(map(_CJK_LINE.fullmatch, lines)):
        value = ", ".join(value.replace(",", " ").split())
    for name in [n for part in split_names(value) for n in _and_split(part)]:
        if (field and _other_label(name, field)) or (names and _fact_part(name)):
            break  # "Director: Davy Chou, S Korea, 2022, 119m": the film's facts end the list
        name = re.sub(r"\s*\([^)]*\)?", "", name)
        work = WORK_BEFORE.match(name)  # "【時時刻刻】妮可基曼": the film the actor is known for
        name = name[work.end() :] if work and name[work.end() :].strip() else name
        name = _plays_split().split(name)[0]  # "Dion Wiyoko sebagai Radit": the actor
        name = person(clean_name(name.strip(" .…"))) or ""
        if name and len(name) <= 60 and name.lower() not in ("no", "none", "n/a"):
            names.append(name)
    names = _without_glued_roles(names)
    kept = [n for n in names if _name_shaped(n)]
    # a label whose "value" is a paragraph (a tab label above the synopsis) names no one
    return dedupe(kept) if len(kept) * 2 >= len(names) else []


#: a labelled value of Hangul words only, parted by commas ("비비 안데르손, 리브 울만")
_HANGUL_VALUE = re.compile(r"[\uac00-\ud7a3]{1,6}(?:[ ,，、]+[\uac00-\ud7a3]{1,6})*")


def hangul_names(value: str) -> list[str]:
    """The names of a labelled value in Hangul, each the words between commas (a foreign name
    is written in words: "잉마르 베리만"; a Korean one in one: "박지후"), or none."""
    if not _HANGUL_VALUE.fullmatch(value.strip()):
        return []
    parts = [p.strip() for p in re.split(r"[,，、]", value) if p.strip()]
    return parts if all(len(p.split()) <= 3 for p in parts) else []


def _spaced_hangul(value: str) -> list[str]:
    """The names of a Hangul value whose words make names (see :func:`hangul_names`): parted by
    commas ("킬리언 머피, 에밀리 블런트"), or one name of two words ("크리스토퍼 놀란");
    three words or more without a comma are names of one word each ("송강호 이선균 조여정")."""
    found = hangul_names(value)
    return found if len(found) > 1 or len(value.split()) == 2 else []


#: where a capitalised word is glued to a word's lower-case letters: "Hoss|Nelly"
_GLUED_INSIDE = re.compile(r"(?<=[a-zà-ÿß][a-zà-ÿß])(?=[A-ZÀ-Þ][a-zà-ÿß])")


def _glued_cut(name: str) -> str:
    """``name`` up to the last place inside a word, after the first, where a capitalised word
    is glued on ("Nina HossNelly Lenz": "Nina Hoss"), or as it is."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        cuts = [m.start() for m in _GLUED_INSIDE.finditer(word)]
        if cuts:
            return " ".join([*words[:i], word[: cuts[-1]]])
    return name


def _without_glued_roles(found: list[str]) -> list[str]:
    """A cast list whose rows had the role glued to the actor's name ("Nina HossNelly Lenz",
    "Michael MaertensArzt"): the actors, when two thirds of the rows or more are so glued (one
    such name alone may be "Angus MacDonald")."""
    cut = [_glued_cut(name) for name in found]
    glued = sum(c != n for c, n in zip(cut, found, strict=True))
    return cut if len(found) >= 3 and glued * 3 >= len(found) * 2 else found


#: one to three words and a colon inside a value: maybe the next label of a flattened line
_WORDS_COLON = re.compile(r"\s+((?:[^\W\d_][\w.]*\s+){0,2}[^\W\d_][\w.]*)\s*:\s")


#: a colon after a run of CJK letters: a next label may be glued to the name before it
#: ("市川崑原作:金貝省三": the director, then "原作:")
_CJK_COLON = re.compile(r"([\u3005\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3,})\s*[:：]")


def _before_glued_label(value: str) -> str | None:
    """``value`` up to a known label of two to four CJK letters glued to the name before it
    and followed by its colon ("市川崑原作:金貝省三脚本:…" -> "市川崑"); None when none is."""
    for match in _CJK_COLON.finditer(value):
        run = match.group(1)
        for size in range(min(4, len(run) - 1), 1, -1):
            if field_of(run[-size:]):
                return value[: match.end(1) - size].rstrip()
    return None


def before_inner_label(value: str) -> str:
    """``value`` up to a word and its colon written inside it, known as a label or not
    ("Direksyon: A B Produksyon: C", "Autorul scenariului: …"): the next label of a flattened
    line; ``value`` whole when it opens with one."""
    return _INNER_LABEL.split(value, maxsplit=1)[0] or value


def before_known_label(value: str) -> str:
    """``value`` up to a known label and its colon written inside it, in any case ("Barry
    Gonzalez LEAD CAST: Ella Cruz"), or glued to a CJK name ("市川崑原作:"): the next credit of
    a flattened line."""
    glued = _before_glued_label(value)
    if glued:
        return glued
    for match in _WORDS_COLON.finditer(value):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            if not field_of(" ".join(words[-size:])):
                continue
            kept = words[: len(words) - size]
            prefix = value[: match.start(1)]
            if words[-1].isupper() and not prefix.isupper():
                # a label in capitals takes the words in capitals before it ("LEAD CAST")
                # when the name is not written in capitals too
                while kept and kept[-1].isupper():
                    kept.pop()
            return (prefix + " ".join(kept)).rstrip() or value
    return value


def _and_split(part: str) -> list[str]:
    """``part`` split at the word for "and" of any language when it is no name and each piece
    is one ("Kari Berg og Per Lien"; "and" and "y" are split already)."""
    if fl.is_name(part) or not _and_words().search(part):
        return [part]
    pieces = [p.strip() for p in _and_words().split(part)]
    return pieces if all(fl.is_name(p) or is_uncased_name(p) for p in pieces) else [part]


@cache
def _and_words() -> re.Pattern[str]:
    """The words for "and" written between two names, of every language."""
    words = [w for w in lang.cues("conjunctions") if w.isalpha()]
    return recache.compile(rf"\s+(?:{alternation(words)})\s+")


@cache
def _plays_split() -> re.Pattern[str]:
    """The word of any language between an actor and their role ("as", "sebagai", "kao")."""
    return re.compile(rf"\s+(?:{lang.alternation('plays')})\s+")


#: an aside in brackets: a role, a note, a film ("Páger, Antal (elnök Jóska; president Jóska)");
#: the lenticular and tortoise-shell brackets of CJK text hold one too ("【紅磨坊】巴茲魯曼": a
#: film the director made before)
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〖[^〖〗]*〗|〔[^〔〕]*〕)")


#: an aside in round brackets and the text after it, which goes on with no list mark
_ASIDE_THEN = re.compile(r"\s*\(([^()]{2,40})\)\s*(?=[^\s,;/、，&)])")


def before_fact_aside(value: str) -> str:
    """``value`` up to an aside of the film's facts (a year, a country) that more text follows
    with no list mark: "Andrey Zvyagintsev (Russisk 2014) 2 t. 21 min." -> "Andrey
    Zvyagintsev" (the credit's value goes on with the film's facts, not with names; "Tom
    Hanks (1956), Meg Ryan (1961)" goes on with a comma, "A (1956) and B" with "and")."""
    for aside in _ASIDE_THEN.finditer(value):
        head = value[: aside.start()]
        facts = fl.line_facts(aside.group(1), strict=False)
        if not head.strip() or not facts or facts.names or not (facts.years or facts.countries):
            continue
        if not _and_words().match(" " + value[aside.end() :]):
            return head
    return value


def without_asides(value: str) -> str:
    """``value`` without its asides in brackets, nested ones too, so that the separators
    inside them ("Mike van Diem (o.a. Karakter, De Surprise)") split no names."""
    while True:
        shorter = _ASIDE.sub("", value)
        if shorter == value:
            return value
        value = shorter


#: "Fábri, Zoltán": a surname of one to three words, a comma, given names of one or two
_INVERTED = re.compile(
    r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}), ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?)"
)


def inverted_names(value: str, inverted: bool = False) -> list[str]:
    """Names written "Surname, Given" one a line or between semicolons, kept whole as written
    ("Fábri, Zoltán"), as film databases and library catalogues list credits: a value of two
    names or more all so written ("Kowalski, Jan; Nowak, Anna"), or a one-name value when the
    page writes its other credits so (``inverted``); [] otherwise."""
    lines = [line.strip(" .") for line in re.split(r"\n|;", value) if line.strip(" .")]
    if not lines or (len(lines) < 2 and not inverted):
        return []
    for line in lines:
        match = _INVERTED.fullmatch(line)
        if not match or not all(w[0].isupper() for w in line.replace(",", "").split()):
            return []
        if " " in match.group(2) and (len(lines) == 1 or " " in match.group(1)):
            return []  # "Olivia Colman, Toby Jones": two names, not one turned round
    return dedupe(lines)


def writes_inverted(values: dict[str, list[str]]) -> bool:
    """True when a page writes its credits "Surname, Given": three labelled people values or
    more, each one name so written ("író: Sántha, Ferenc", "vágó: Szécsényi, Ferencné")."""
    people = [v for field in PEOPLE_FIELDS for v in values.get(field, [])]
    return sum(bool(inverted_names(without_asides(v), True)) for v in people) >= 3


#: a full stop that ends a sentence in a script without capitals: no name holds one
_STOP = re.compile(r"[।॥。؟]")


@cache
def _role_words() -> frozenset[str]:
    """The label words of people's credits ("director", "लेखक", "regie"), as keys."""
    return frozenset(k for k, field in labels_by_length() if field in PEOPLE_FIELDS)


@cache
def _not_names() -> frozenset[str]:
    """Words that head a page's parts, as keys: every label of every field and the headings
    of press quotes, comments and taglines ("ביקורות", "reviews"), and pronouns ("இவர்")."""
    kinds = ("press_headings", "comment_headings", "tagline_headings", "review_words", "pronouns")
    words = {k for k, _ in labels_by_length()}
    return frozenset(words | {key(w) for kind in kinds for w in lang.cues(kind)})


@lru_cache(maxsize=1 << 12)
def _role_word(word: str) -> bool:
    """A credit's label word, also with "and" or the article as its prefix, or both
    ("وسيناريو": "and screenplay", "והתסריטאי": "and the screenwriter")."""
    k = key(word)
    for rest in (k, *(k[len(p) :] for p in _and_prefixes() if k.startswith(p))):
        if rest in _role_words():
            return True
        if any(rest.startswith(a) and rest[len(a) :] in _role_words() for a in _article_keys()):
            return True
    return False


@cache
def _article_keys() -> tuple[str, ...]:
    """Articles written as a word's prefix ("ال", "ה"), as keys."""
    return tuple(key(a) for a in lang.cues("article_prefixes") if key(a))


@cache
def _honorifics() -> frozenset[str]:
    """Titles of address written before a name ("Saudara", "Mr.", "الفنان"), as keys."""
    return frozenset(key(w) for w in lang.cues("honorifics") if key(w))


def _laureate(word: str) -> bool:
    """True for a prize's name and the word for its winner joined by a hyphen
    ("Oscar-Preisträger", "Oscar-winnaar"): a descriptor written before a name."""
    prize, _, winner = word.rpartition("-")
    return bool(prize) and winner.casefold() in lang.cue_set("laureates")


@cache
def _demonyms() -> frozenset[str]:
    """Nationality words of the languages that write them with a capital ("Danish",
    "Luxembourger"), as written, lower case."""
    found = (one.nationalities for one in lang.languages() if one.capital_demonyms)
    return frozenset(w.casefold() for words in found for w in words if " " not in w)


@cache
def _and_prefixes() -> tuple[str, ...]:
    return tuple(key(p) for p in lang.cues("prefix_conjunctions") if key(p))


@lru_cache(maxsize=1 << 12)
def person(name: str) -> str | None:
    """A candidate name without a credit word written before or after it ("Director Dave
    Skerah", "शूजीत सिरकार लेखक") or the role played after it, in a role case ("Ilkka Koivula
    Akseli Koskelana"), or None when it names no one: a label or heading, a
    language ("日本語"), a genre, a country or a nationality."""
    words = name.strip().rstrip("।॥。؟").split()  # "পরিচালনা :রাজেশ গাঙ্গুলি।": the stop ends it
    if words:
        words[-1] = _unglued(words[-1])
    least = 1 if is_uncased_name(" ".join(words)) else 2
    while len(words) > least and (
        _role_word(words[0])
        or key(words[0]) in _honorifics()
        or _laureate(words[0])
        or words[0].casefold() in _demonyms()
        or (least == 1 and _uncased_nationality(words[0]))
    ):
        words = words[1:]  # "Director Dave Skerah", "Saudara Syamsul Yusof", "Danish Mads …"
    while len(words) > least and key(words[-1]) in _role_words():
        words = words[:-1]
    if (
        len(words) >= 4
        and words[-1].endswith(lang.cues("role_endings"))
        and words[-2][0].isupper()  # not "María de la Luna"
    ):
        words = words[:-2]  # "Ilkka Koivula Akseli Koskelana": the actor, then the role
    marked = [i for i, word in enumerate(words[:-2]) if _CASE_AFTER_APOSTROPHE.fullmatch(word)]
    if marked:  # "Martin Bright’ı Matt Smith": the role in a case ending, then the actor
        words = words[marked[-1] + 1 :]
    name = " ".join(words)
    if not name or key(name) in _not_names() or is_fact_word(name) or _STOP.search(name):
        return None
    if words[0] in lang.cue_set("conjunctions"):
        return None  # "और …" ("and …", a heading's second word): no name opens with "and"
    if _award_category(words):
        return None  # "Best Foreign Film", "Mejor Dirección": an award's category, no one
    if is_uncased_name(name) and (_CJK_PARTICLE.search(name) or _ends_with_film_word(name)):
        return None  # "的新進", "영화", "독립영화": a particle or the word for film
    if holds_non_name_word(name):
        return None  # "电影新闻", "女優など", "與他": a word no name of Han or kana holds
    return name


def holds_non_name_word(name: str) -> bool:
    """True for a candidate of Han or kana that holds a word no name of those scripts holds
    (:func:`_han_kana_not_name`): no one's name, and a list that holds it is no cast list
    ("首页 / 电影新闻 / 正文", a breadcrumb; "不明, 男優, 女優": a table's headings)."""
    name = name.strip()
    return bool(_HAN_KANA_NAME.fullmatch(name)) and _han_kana_not_name().search(name) is not None


#: a name written in Han characters or kana only (Chinese, Japanese), a middle dot allowed
_HAN_KANA_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff・·]+")


@cache
def _han_kana_not_name() -> re.Pattern[str]:
    """The words of Han or kana that no name of those scripts holds anywhere in it: the word
    for film ("电影新闻", film news), a word of the cast ("女優など", "演員"), a third-person
    pronoun ("與他": and him). Names there are written without spaces, so a cue or a clause
    glued to one is read with it."""
    kinds = ("film_words", "starring", "starring_after", "pronouns")
    words = {w for kind in kinds for w in lang.cues(kind)} | set(lang.labels().get("cast", ()))
    # longest first, then in order: the same pattern in every process (kept by recache)
    found = longest_first(w for w in words if _HAN_KANA_NAME.fullmatch(w))
    return recache.compile("|".join(map(re.escape, found)) or "(?!)")


def _award_category(words: list[str]) -> bool:
    """True when ``words`` open with the word for "best" and go on with a label or the word
    for film: the category of an award ("Best Screenplay", "Meilleur Film Étranger")."""
    if len(words) < 2 or words[0].casefold() not in lang.cue_set("award_words"):
        return False
    films = lang.cue_set("film_words")
    return any(key(w) in _not_names() or w.casefold() in films for w in words[1:])


def _uncased_nationality(word: str) -> bool:
    """A nationality word of a script without capitals, perhaps with the article as a prefix
    ("المصرية": the Egyptian): before a name, an apposition and no part of it."""
    k = key(word)
    bare = [k, *(k[len(a) :] for a in _article_keys() if k.startswith(a) and len(k) > len(a) + 2)]
    return any(nationality_country(b) for b in bare)


#: a word with a case ending after an apostrophe ("Bright’ı", "Vulliamy’yi"): no name goes on
#: past it
_CASE_AFTER_APOSTROPHE = re.compile(r"[^\W\d_]{2,}[’'](?-i:[a-zçğıöşüäë]{1,3})")

#: a word's lower-case letters, then a capitalised word glued on: "WhiteCanada"
_GLUED = re.compile(r"([^\W\d_]*[a-zà-ÿ]{2})([A-ZÀ-Þ][a-zà-ÿ]{2,}\w*)")


def _unglued(word: str) -> str:
    """A name's last word without the next cell of a flattened page glued on, when that is a
    country or a label ("Morgan WhiteCanada (2012)", "Jane DoeCast"); "McDonald", "DiCaprio"
    stay."""
    glued = _GLUED.fullmatch(word)
    if glued is None:
        return word
    tail = glued.group(2)
    if country_name(tail) or key(tail) in _not_names():
        return glued.group(1)
    return word


#: the Chinese possessive particle, no part of a name (the Japanese surname 的場 aside)
_CJK_PARTICLE = re.compile(r"的(?!場)")


def _ends_with_film_word(name: str) -> bool:
    """True for a word of a script without capitals that is or ends with the word for film
    ("영화", "독립영화": independent film)."""
    return name.endswith(tuple(w for w in lang.cues("film_words") if not w.isascii()))


def is_fact_word(text: str) -> bool:
    """True for a genre or a language, or in a script without capitals a country or a
    nationality ("דרמה", "ישראלי", "日本語"): words of a fact line, not a person's name."""
    return bool(
        genre_names(text)
        or is_language_name(text)
        # a capitalised single word may be a name that a country's resembles ("Indi")
        or (is_uncased_name(text) and bool(country_name(text) or nationality_country(text)))
    )


def _fact_part(part: str) -> bool:
    """True for a part of a credit list that states a fact of the film rather than a name: a
    year, a runtime, a number, a country ("S Korea", "UK")."""
    bare = part.strip(" .")
    if re.fullmatch(r"\(?\d[\d\s:'’.hmin]*\w{0,6}\)?", bare):
        return True
    words = bare.split()
    if len(words) == 2 and len(words[0].strip(".")) <= 2:  # "S Korea", "N. Ireland"
        bare = words[1]
    return bool(bare and (country_name(bare) or nationality_country(bare)))


def _other_label(part: str, field: str) -> bool:
    """True when ``part`` opens with a label of a field other than ``field`` and goes on, and
    is no name ("Tara Reid" begins with the Romanian label for country)."""
    words = part.split()
    if fl.is_name(part):
        return False
    for size in (3, 2, 1):
        if len(words) > size:
            fields = field_of(" ".join(words[:size]))
            if fields and field not in fields:
                return True
    return False


#: names in scripts written without spaces (Han, kana, Hangul), two or more, one space apart
_SPACED_CJK = re.compile(rf"[{CJK}]{{2,}}(?:[ \u3000]+[{CJK}]{{2,}})+")
#: one such name or several, one space apart
_CJK_LINE = re.compile(rf"[{CJK}]{{2,}}(?:[ \u3000]+[{CJK}]{{2,}})*")


#: the lower-case words of names ("de los", "ter", "af", "ibn") besides those of fact lines
_PARTICLES = fl.PARTICLES | frozenset(
    [
        "los",
        "las",
        "les",
        "des",
        "dos",
        "ten",
        "ter",
        "te",
        "op",
        "zu",
        "af",
        "av",
        "ibn",
        "bint",
        "dei",
        "degli",
        "dello",
        "delle",
        "e",
        "et",
        "i",
        "y",
        "ap",
        "ben",
        "بن",
        "ابن",
        "بنت",
    ]
)


def _name_shaped(name: str) -> bool:
    """Not a phrase: at most five words, no digits or sentence stops, not lower case, and in
    a script with capitals no lower-case word but a particle ("Színész Alakított személy", a
    table's header, is no name; "Ángel de la Cruz" is)."""
    words = name.split()
    if len(words) > 5 or re.search(r"\d|[^\W\d_]{2}[.!?]\s", name):
        return False
    lower = [w for w in words[1:] if w.islower() and w.isalpha() and not UNCASED_WORD.match(w)]
    if any(w not in _PARTICLES for w in lower):  # (Georgian is lower case in Unicode)
        return False
    return not name[0].islower()


def in_page(name: str, block: str, titles: frozenset[str]) -> str | None:
    """``name`` tidied by :func:`person` and by what the page says around it: without the
    film's title written after it ("нов филм на Стефан Командарев Съдилището"), and without
    a last word that the page's other mentions of the name lack ("ზაზა ხალვაშის ახალი":
    "new", "გიორგი ოვაშვილი გაღმა" beside "გიორგი ოვაშვილს" in another case;
    "Стефан Командарев Светът", the first word of another film's title), or in a script
    without capitals a first word they lack ("बहरहाल रीमा कागती": "anyway")."""
    tidy = person(name)
    words = tidy.split() if tidy else []
    for size in range(len(words) - 1, 1, -1):
        if key(" ".join(words[size:])) in titles or _title_runs_on(words, size, block, titles):
            words = words[:size]
            break
    if (
        3 <= len(words) <= 4
        and words[-2].casefold() not in _PARTICLES  # "محمود بن محمود": no name ends in "son of"
        and not is_generation(words[-1])  # "Kleber Mendonça Filho", also "Kleber Mendonça"
        and _mentioned(words[:-1], block) > _written(words, block)
    ):
        words = words[:-1]
    elif len(words) == 3 and is_uncased_name(tidy or "") and _first_word_extra(words, block):
        words = words[1:]  # "बहरहाल रीमा कागती" ("anyway"), the page's "रीमा कागती" elsewhere
    return " ".join(words) or None


@cache
def _generations() -> frozenset[str]:
    """The words of a generation written after a name in every language ("Filho", "Jr.",
    "Hijo"), folded, without their full stop."""
    return frozenset(w.casefold().rstrip(".") for w in lang.cues("name_suffixes"))


def is_generation(word: str) -> bool:
    """True for a word of a generation after a name: part of the name, which a page may
    leave out elsewhere without its being another word run on."""
    return word.casefold().rstrip(".,") in _generations()


def _title_runs_on(words: list[str], size: int, block: str, titles: frozenset[str]) -> bool:
    """True when the words of ``words`` from ``size`` on open the film's title, which the
    page writes on right after them: "filme režiséra Jiřího Menzela Ostře sledované vlaky"
    (the name read up to the title's first word)."""
    tail = key(" ".join(words[size:]))
    if not tail or not any(t.startswith(tail + " ") for t in titles):
        return False
    at = block.find(" ".join(words))
    if at < 0:
        return False
    after = key(block[at + len(" ".join(words[:size])) : at + len(" ".join(words)) + 120])
    return any(t.startswith(tail + " ") and after.startswith(t) for t in titles)


def _first_word_extra(words: list[str], block: str) -> bool:
    """True when the page writes the last two of three uncased words as a name more often
    than all three: the first is the sentence's word before the name."""
    return block.count(" ".join(words[1:])) > block.count(" ".join(words)) >= 1


def _mentioned(words: list[str], block: str) -> int:
    """How often ``block`` writes ``words``; in a script without capitals the last word in
    any case ("გიორგი ოვაშვილი", "გიორგი ოვაშვილს": its letters but the last two)."""
    last = words[-1]
    if not UNCASED_WORD.fullmatch(last) or len(last) < 5:
        return block.count(" ".join(words))
    return block.count(" ".join([*words[:-1], last[:-2]]))


def _written(words: list[str], block: str) -> int:
    """How often ``block`` writes ``words`` as one run: an initial's dot between them or not
    ("Antti J. Jokinen" is "Antti J Jokinen" tidied), the last word maybe inflected ("Antti
    J. Jokisen": its letters but the last three, at least three)."""
    last = words[-1]
    run = [*words[:-1], last[: max(3, len(last) - 3)]]
    if "." not in block:
        return block.count(" ".join(run))  # the same count, without a pattern
    return len(re.findall(r"\.?\s+".join(re.escape(w) for w in run), block))
