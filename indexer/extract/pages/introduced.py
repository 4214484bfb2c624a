"""Directors that prose names without a cue word before them: after the film's title in
quotes and the word for "by" ("«Il porto» di Marco Bini"), as the possessor of the film or of
its direction ("Pryce’s latest film", a surname standing for the full name the page writes
elsewhere), and before an aside that lists their films ("Kim Ji-hoon (Nightbus, The Pier)").
Names are kept as the page writes them; none is made up.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.extract.pages import cues, titleperson
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.scripts import ARABIC_WORD, CJK, UNCASED_WORD
from indexer.extract.pages.sentences import name_after
from indexer.normalize import country_name, dedupe, key
from indexer.wordre import alternation

#: the quotes that close a title and the ones that may have opened it
_QUOTES = "\"“”„«»‘’'"


@cache
def _quoted_by() -> re.Pattern[str]:
    """A closing quote, perhaps a comma, and a language's word that credits a director ("de",
    "di", "by", "von", "реж.", "מאת") before a letter; an elided one ("d'") is glued to the
    name: "«Pa negre», d'Agustí Villaronga"."""
    words = lang.cues("by")
    spaced = alternation([w for w in words if not w.endswith("'")])
    elided = alternation([w[:-1] for w in words if w.endswith("'")]) or "(?!)"
    return recache.compile(rf"[{_QUOTES}],?\s+(?:(?:{spaced})\s+|(?:{elided})['’])(?=[^\W\d_])")


def quoted_title_by(text: str, titles: frozenset[str]) -> list[str]:
    """Directors named after the film's own title in quotes and the word for "by":
    "La película "Río Seco", de Ana Ruiz", "«Il porto» di Marco Bini",
    "„Toni Erdmann“ von Maren Ade"; ``titles`` are the film's titles as keys (another
    quoted title, a novel's, credits its author)."""
    found = []
    for match in _quoted_by().finditer(text):
        head = text[max(0, match.start() - 120) : match.start()]
        opening = max(head.rfind(q) for q in _QUOTES)
        quoted = head[opening + 1 :] if opening >= 0 else ""
        if "\n" in quoted or key(quoted) not in titles:
            continue
        # a script without capitals: the next words up to punctuation ("«…» ساخته محمد رسول‌اف،")
        name = name_after(text, match.end()) or _uncased_name(text, match.end())
        if name:
            found.append(name)
    return dedupe(found)


def _uncased_name(text: str, start: int) -> str | None:
    """Two or three words of a script without capitals at ``start``, closed by a comma, a
    parenthesis, a quote or the cue of the film's cast ("«…» ساخته اصغر فرهادی با بازی …": a
    full stop may close a verb: "«…» ساخته شده است."); in the Arabic script, else, a given
    name and a family name that the sentence goes on after ("«…» ساخته مسعود کیمیایی تا …",
    the words that make a name of three aside: :func:`cues.arabic_two`)."""
    name = cues.name_at(text, start)
    words = name.split() if name else []
    if not name or not 2 <= len(words) <= 3 or not all(UNCASED_WORD.fullmatch(w) for w in words):
        return None
    end = text.find(name, start) + len(name)
    if re.match(r"\s*[،,;()«»\"“”]", text[end : end + 3]):
        return name
    if _starring_next().match(text, end):
        return name
    two = cues.arabic_two(words)
    arabic = all(ARABIC_WORD.fullmatch(w) for w in two)
    return " ".join(two) if arabic and len(two) == 2 else None


@cache
def _starring_next() -> re.Pattern[str]:
    """Spaces and a language's cue for the cast ("با بازی", "starring") as a word."""
    return re.compile(rf"\s+(?:{lang.alternation('starring')})(?![^\W\d_])", re.IGNORECASE)


@cache
def _by_after() -> re.Pattern[str]:
    """A comma or not, and a language's word that credits a director, before a capital."""
    return recache.compile(rf",?\s+(?:{alternation(lang.cues('by'))})\s+(?=[^\W\d_])")


def bare_title_by(text: str, title: str) -> list[str]:
    """Directors named after the film's own title written without quotes and the word for
    "by": "recensioner av Past Lives av Celine Song" (a title of two words or more in any
    case; one word, often a common one, only as written with its capital: "η Philomena του
    Stephen Frears")."""
    lower, wanted = text.lower(), title.lower()
    if len(lower) != len(text):
        return []  # (a letter whose lower case is longer would shift every offset)
    if len(title.split()) < 2:
        if len(title) < 3 or not title[0].isupper() or title.isupper():
            return []
        lower, wanted = text, title  # as written: "Philomena", never "philomena"
    found = []
    at = lower.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        by = _by_after().match(text, end)
        name = name_after(text, by.end()) if by else None
        if name:
            found.append(name)
        at = lower.find(wanted, end)
    return dedupe(found)


def line_title_by(line: str, title: str) -> str | None:
    """The director a line credits when it opens with the film's title (``title``), an aside
    in brackets or none, the word for "by" and a name that ends the line or its sentence:
    "Aftersun de Charlotte Wells", "„Toni Erdmann“ von Maren Ade", "Eva não dorme [Eva no
    duerme, Argentina, 2015], de Pablo Agüero (Pandora Filmes)."; only a name that opens
    with a known given name, or None. A name the sentence goes on after ("X, de A, és una
    …") is no credit line: a round-up writes each of its films so."""
    text = line.strip().strip("•*#").strip().lstrip(_QUOTES)
    wanted = title.strip().strip(_QUOTES)
    if not wanted or text[: len(wanted)].casefold() != wanted.casefold():
        return None
    end = len(wanted)
    while end < len(text) and text[end] in _QUOTES:
        end += 1  # the closing quote
    aside = _TITLE_ASIDE.match(text, end)
    by = _by_after().match(text, aside.end() if aside else end)
    name = name_after(text, by.end()) if by else None
    if not by or not name or not text.startswith(name, by.end()):
        return None
    rest = text[by.end() + len(name) :].strip()
    closed = not rest.strip(".") or rest.startswith(("(", ". "))
    return name if closed and titleperson.person_like(name) else None


#: an aside in brackets after a title ("[Eva no duerme, Argentina, 2015]", "(2015)")
_TITLE_ASIDE = re.compile(r"\s*[(\[][^()\[\]\n]{1,80}[)\]]")


def headline_by(title: str) -> list[str]:
    """The director a headline taken whole as the title credits at its end: "[Critique] Se
    fondre de Simon Lavoie", "Aftersun by Charlotte Wells"; only a name that opens with a
    known given name (the headline of a book, a photo or a song has the same shape)."""
    for by in _by_after().finditer(title):
        name = name_after(title, by.end())
        rest = title[by.end() :].strip(" .")
        if name and name == rest and by.start() > 0 and titleperson.person_like(name):
            return [name]
    return []


#: the words for a film, a kind of film or the direction an English possessive owns
_POSSESSED = "film|feature|movie|masterpiece|debut|documentary|direction|directing"


@cache
def _possessor_tail() -> re.Pattern[str]:
    """An English possessive ("Pryce’s", "Lewis’"; "Victor‘s", an opening quote typed for the
    apostrophe), up to five lower-case words ("quiet and deeply moving", "latest") and the
    word for a film, a kind of film or the direction, or a noun of a director's craft in a
    script with spaces (``craft_nouns``: "David Lean’s reputation", "Denys Arcand’s output")."""
    crafts = [w for w in lang.cues("craft_nouns") if not _CJK_FIRST.match(w)]
    owned = f"{_POSSESSED}|{alternation(crafts)}" if crafts else _POSSESSED
    return recache.compile(
        rf"(?:[’'‘]s|(?<=[sxz])[’'‘])\s+(?:[^\W\d_A-ZÀ-Þ][\w-]*,?\s+){{0,5}}?(?:{owned})\b"
    )


_CJK_FIRST = re.compile(f"[{CJK}]")
#: up to three words that end where the possessive begins
_POSSESSOR = re.compile(r"(?:[^\W\d_][\w'’.-]*[^\S\n]){0,2}[^\W\d_][\w-]*$")


def possessors(text: str) -> list[str]:
    """Directors written as the possessor of their film in English, with adjectives between
    ("in Ana Lewis’ quiet and deeply moving debut film", "Pryce’s latest film"): a
    surname alone stands for the full name the page writes elsewhere ("Tom Pryce"),
    and for nothing when the page writes none (no name is made up)."""
    found = []
    for tail in _possessor_tail().finditer(text):
        head = _POSSESSOR.search(text, max(0, tail.start() - 60), tail.start())
        words = _capitalised_tail(head.group(0).split() if head else [])
        while len(words) > 1 and f" {words[0].lower()} " in text:
            words.pop(0)  # a sentence's first word ("In", "But")
        name = " ".join(words)
        if len(words) == 1:
            name = _full_name(text, name) or ""
        if is_name(name):
            found.append(name)
    return dedupe(found)


#: how often a surname alone must be written to stand as the director (:func:`surnames`)
_SURNAME_MENTIONS = 3


def surnames(text: str) -> list[str]:
    """Directors that the page names only by surname, as the possessor of their film ("Tokyo
    Story is usually cited as Ozu’s supreme masterpiece"): the surname as written, when the
    page writes no full name ending with it and writes it alone three times or more (a
    repertory cinema's notes on a classic); else none."""
    found = []
    for tail in _possessor_tail().finditer(text):
        head = _POSSESSOR.search(text, max(0, tail.start() - 60), tail.start())
        words = _capitalised_tail(head.group(0).split() if head else [])
        if len(words) != 1 or not words[0].isalpha() or words[0].isupper():
            continue
        surname = words[0]
        if len(surname) >= 3 and not _full_name(text, surname) and _alone(text, surname):
            found.append(surname)
    return dedupe(found)


def _alone(text: str, word: str) -> bool:
    """True when ``text`` writes ``word`` often enough (:data:`_SURNAME_MENTIONS`, twice as a
    possessor), never in lower case (a common word) nor beside another capitalised word (part
    of a longer name or a title), and it names no day or month ("Sunday’s film")."""
    if word.lower() in _calendar_words():
        return False
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
    owned = sum(1 for m in mentions if text[m.end() : m.end() + 1] in ("’", "'"))
    if len(mentions) < _SURNAME_MENTIONS or owned < 2:
        return False
    return not any(_beside_capital(text, m.start(), m.end()) for m in mentions)


@cache
def _calendar_words() -> frozenset[str]:
    """English names of days and months (CLDR, through ``babel``), in lower case: the
    possessor of "Sunday’s film" is no surname."""
    from babel.dates import get_day_names, get_month_names

    names = [*get_day_names("wide", locale="en").values()]
    names += [*get_month_names("wide", locale="en").values()]
    return frozenset(n.lower() for n in names)


def _beside_capital(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands right before ``text[start:end]`` (no stop between)
    or right after it, a space between."""
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30]
    if before and before[-1][0].isupper() and before[-1][-1].isalpha():
        return True
    return after[:1] == " " and after[1:2].isupper()


@cache
def _own_film() -> re.Pattern[str]:
    """A clause opening a sentence about its subject's own film: a preposition or two, the
    third person's possessive, up to three words ("third", "long-awaited"), the word for
    film or a work, a comma ("With his third feature, ", "Con su segunda película, ")."""
    owners = lang.alternation("own_possessives") or "(?!)"
    nouns = alternation([*lang.cues("film_words"), *lang.cues("work_nouns")])
    return recache.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){1,2}?"
        rf"(?:{owners})[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{0,3}}?(?:{nouns}),[ \t]*",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _in_own_film() -> re.Pattern[str]:
    """After a name: a verb and up to three more words in lower case, a short preposition,
    the third person's possessive, up to two words, the word for film or a work ("schildert
    dies in ihrem Film", "shows it all in her debut feature")."""
    owners = lang.alternation("own_possessives") or "(?!)"
    nouns = alternation([*lang.cues("film_words"), *lang.cues("work_nouns")])
    lower = r"(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*"  # a word in lower case, whatever the flag
    return recache.compile(
        rf"[ \t]+({lower})(?:[ \t]+{lower}){{0,3}}?[ \t]+[^\W\d_]{{1,4}}[ \t]+(?:{owners})[ \t]+"
        rf"(?:{lower}[ \t]+){{0,2}}?(?:{nouns})(?![^\W\d_])",
        re.IGNORECASE,
    )


#: where a sentence may begin: a line's start or after a sentence's stop
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s))[ \t]*(?=[^\W\d_])", re.MULTILINE)


def own_film_verbs(text: str) -> list[str]:
    """Directors named as the subject of a sentence that goes on, within a few words, about
    their own film: "Nora Fingscheidt schildert dies in ihrem Film auf …", "Ana Ruiz shows
    it all in her debut feature" (not after a verb of acting: "Tom Cruise plays a spy in his
    new film")."""
    if not _own_possessive_film().search(text):
        return []
    found = []
    for start in _SENTENCE_START.finditer(text):
        name = name_after(text, start.end())
        if not name or len(name.split()) < 2 or not is_name(name):
            continue
        tail = _in_own_film().match(text, start.end() + len(name))
        if tail and tail.group(1).lower() not in _acting_verbs():
            first, _, rest = name.partition(" ")
            opening = first.lower() in lang.cue_set("sentence_words") and is_name(rest)
            found.append(rest if opening else name)  # "Then Ana Ruiz shows …"
    return dedupe(found)


@cache
def _own_possessive_film() -> re.Pattern[str]:
    """The third person's possessive and, up to two words later, the word for film or a work:
    a page without it has no sentence that :func:`own_film_verbs` reads."""
    owners = lang.alternation("own_possessives") or "(?!)"
    nouns = alternation([*lang.cues("film_words"), *lang.cues("work_nouns")])
    return recache.compile(
        rf"(?<![^\W\d_])(?:{owners})\s+(?:\S+\s+){{0,2}}?(?:{nouns})(?![^\W\d_])", re.I
    )


def own_film_subjects(text: str) -> list[str]:
    """Directors named as the subject of a sentence that opens with their own film: "With
    his third feature, Hlynur Pálmason (A White, White Day) delivers …", "Avec son premier
    long métrage, Ana Ruiz signe …" (a capitalised name right after the comma)."""
    found = []
    for match in _own_film().finditer(text):
        name = name_after(text, match.end())
        if not name or not is_name(name) or len(name.split()) < 2:
            continue
        after = text[match.end() + len(name) : match.end() + len(name) + 40].split()
        if after and after[0].lower() in _acting_verbs():
            continue  # "In his new movie, Tom Cruise plays a spy": an actor's film
        found.append(name)
    return dedupe(found)


@cache
def _own_film_after() -> re.Pattern[str]:
    """A comma, then a clause about the subject's own film: ", en su película más sólida",
    ", in his third feature," (a preposition, the possessive, up to three words, the noun)."""
    owners = lang.alternation("own_possessives") or "(?!)"
    nouns = alternation([*lang.cues("film_words"), *lang.cues("work_nouns")])
    return recache.compile(
        rf",[ \t]+[^\W\d_]{{1,5}}[ \t]+(?:{owners})[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{0,3}}?"
        rf"(?:{nouns})(?![^\W\d_])",
        re.IGNORECASE,
    )


def own_film_subjects_before(text: str) -> list[list[str]]:
    """Directors named before a comma and a clause about their own film: "Dunia Ayaso y
    Félix Sabroso, en su película más sólida (…) no logran …", "Hlynur Pálmason, in his third
    feature, delivers …"; each the names listed with "and", first to last."""
    found = []
    for match in _own_film_after().finditer(text):
        head = text[max(0, match.start() - 120) : match.start()]
        line = head.rsplit("\n", 1)[-1]
        words = _capitalised_tail(line.split()[-4:])
        while len(words) > 2 and not is_name(" ".join(words)):
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or not is_name(name):
            continue
        found.append([*cues.listed_before(line, name), name])
    return found


@cache
def _acting_verbs() -> frozenset[str]:
    """The one-word verbs of acting that may follow an actor's name ("plays", "spielt")."""
    words = [*lang.cues("plays"), *lang.cues("acting_words"), *lang.cues("starring")]
    return frozenset(w.lower() for w in words if " " not in w)


#: a name in a script without spaces: Han characters, katakana and its middle dot
_UNSPACED_NAME = "[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff]"


@cache
def _particle_possessor() -> re.Pattern[str]:
    """A run of Han or katakana after punctuation or a space, a possessive particle, the
    word for film or a work, and a title in corner or double angle quotes."""
    particles = lang.alternation("possessive_particles") or "(?!)"
    nouns = alternation([*lang.cues("film_words"), *lang.cues("work_nouns")])
    return recache.compile(
        rf"(?<!{_UNSPACED_NAME})({_UNSPACED_NAME}{{2,8}}?)(?:{particles})(?:{nouns})"
        r"[《『「〈]([^》』」〉\n]{1,60})[》』」〉]"
    )


def particle_possessors(text: str, title: str) -> list[str]:
    """Directors written as the possessor of the film's own title in a script without
    spaces: "周冠威的紀錄片《時代革命》" (the name opens after punctuation or a space; a role
    noun, a label or a country is no name)."""
    found = []
    for match in _particle_possessor().finditer(text):
        name = match.group(1)
        if key(match.group(2)) != key(title) or field_of(name) or country_name(name):
            continue
        if any(name.endswith(w) for w in lang.cues("director_nouns")):
            continue  # "導演的電影": the director's, no name
        found.append(name)
    return dedupe(found)


def _capitalised_tail(words: list[str]) -> list[str]:
    """The capitalised words that end ``words``, none ending a clause ("film. Ken Loach":
    "Ken Loach")."""
    tail: list[str] = []
    for i, word in enumerate(reversed(words)):
        if not word[0].isupper() or (i and word[-1] in ",.;:!?"):
            break
        tail.insert(0, word)
    return tail


def _full_name(text: str, surname: str) -> str | None:
    """The page's most frequent full name that ends with ``surname`` ("Tom Pryce" for
    "Pryce"), or None."""
    if len(surname) < 3:
        return None
    names = []
    at = text.find(" " + surname)
    while at >= 0:
        end = at + 1 + len(surname)
        if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
            line = text[max(0, at - 40) : at].rsplit("\n", 1)[-1]
            words = _capitalised_tail([*line.split()[-2:], surname])
            if len(words) >= 2 and is_name(" ".join(words)):
                names.append(" ".join(words))
        at = text.find(" " + surname, end)
    return max(dict.fromkeys(names), key=names.count) if names else None


#: an aside of two to four parts in parentheses after a word ("… Kim Ji-hoon (Nightbus, The
#: Pier)", "Ana Ruiz (1917, the award-winning DRY SEASON)"); the name before it
#: is read only where one is found, as trying a name at every word is slow
_ASIDE = re.compile(r"(?<=[^\W\d_])[^\S\n]\(([^()\n]{3,120}?,[^()\n]+)\)")
_NAME_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]+[^\S\n]){1,3}[^\W\d_][\w'’-]+$")


def filmography_asides(text: str) -> list[str]:
    """Names followed by an aside that lists their films or years, as a page introduces a
    director: "Kim Ji-hoon (Nightbus, The Pier) returns", "Jan Berg (Oslo, Das Haus,
    Liebe)"; not an aside of people's names (a cast in parentheses)."""
    found = []
    for match in _ASIDE.finditer(text):
        parts = [p.strip() for p in re.split(r",|\s(?:and|und|et|y|e)\s", match.group(1))]
        if not 2 <= len(parts) <= 4 or not all(_title_or_year(p) for p in parts):
            continue
        if all(is_name(p) for p in parts):
            continue  # "(Olivia Colman, Toby Jones)": people, not films
        surname = len(parts) == 2 and re.fullmatch(r"[^\W\d_][\w'’-]+", parts[0]) is not None
        if _YEAR.fullmatch(parts[-1]) and (surname or all(map(is_name, parts[:-1]))):
            # "Jojo Rabbit (Taika Waititi, 2019)", "Stardust Memories (Allen, 1980)": a film
            # cited, its director (maybe by surname) after it
            continue
        before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        words = _capitalised_tail(before.group(0).split()) if before else []
        while words and words[0].endswith(("’s", "'s")):
            words.pop(0)  # "Mexico’s Luis Peña"
        name = re.sub(r"[’']s$", "", " ".join(words))  # "Ana Ruiz’s (…)"
        if len(words) >= 2 and is_name(name) and not name.isupper():
            found.append(name)
    return dedupe(found)


_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _title_or_year(part: str) -> bool:
    """A film's title (a capitalised word in it) or a year."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", part)) or any(
        w[0].isupper() or w[0].isdigit() for w in part.split()
    )
