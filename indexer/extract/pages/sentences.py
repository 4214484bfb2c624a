"""Credit sentences in prose: the director after a strong cue ("directed by", "un film … di",
"σε σκηνοθεσία", "FILM FRANÇAIS DE", "Title by Name") or a weak one ("director Name",
"Name’s new film", a biography), the sentence around it and the facts it states (years,
nationalities, genre words, runtime), the cast after "con"/"with"/"με τους", actors in
parentheses after their characters, and Chinese lead lines ("2019年臺灣劇情長片").
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.facts import (
    PARTICLES,
    SUBTITLES,
    Facts,
    is_lower_suffix,
    is_name,
    without_ending,
)
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import literal_then, without_dates
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import (
    GENRE_EVERYDAY_WORDS,
    country_name,
    dedupe,
    genre_names,
    key,
    language_name,
    nationality_country,
    parse_runtime,
    parse_year,
)
from indexer.wordre import alternation, longest_first

_DIRECTOR_CUES = (
    r"directed by|a film by|un film de|réalisé par|dirigida por|dirigido por|regia di|"
    r"un film(?: [^\W\d_]+)? di|film(?: [^\W\d_]+)? de|(?:ein )?film(?: [^\W\d_]+)? von|"
    r"σε σκηνοθεσία(?: του| της)?|του σκηνοθέτη|της σκηνοθέτιδας"
)
#: the first letters of the cues above: one test turns most positions away
_CUE_FIRST = "(?=[daurfeστ])"
_STRONG_CUE = recache.compile(
    rf"(?:^|(?<=[\s(|,.])){_CUE_FIRST}(?:{_DIRECTOR_CUES})\s+", re.IGNORECASE
)
_BY = re.compile(r"\s+by\s+")  # "Title by Name"
_ROLE_CUE = re.compile(
    r"(?:^|(?<=[\s(]))(?:director|filmmaker|writer-director|writer/director|cineasta|regista|"
    r"réalisateur|réalisatrice|regisseur|regisseurin)\s+",
    re.IGNORECASE,
)
_WORDS_BEFORE = r"((?:[^\W\d_][\w-]+\s){1,3}[^\W\d_][\w-]+)"
#: "Ken Loach’s seminal film", "Agnès Varda (1928-2019) was a French film director": the
#: part after the name is searched first, as trying the name at every word is slow
_POSSESSIVE_TAIL = re.compile(
    r"[’']s\s+(?:[\w-]+,?\s+){0,4}(?:film|feature|movie|masterpiece|debut|documentary)\b"
)
_BIO_TAIL = re.compile(
    r"\s+\(\d{4}\s*[–-]\s*\d{4}\)\s+(?:was|is)\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:filmmaker|film director|director)"
)
_POSSESSIVE = re.compile(_WORDS_BEFORE + _POSSESSIVE_TAIL.pattern)
_BIO = re.compile(_WORDS_BEFORE + _BIO_TAIL.pattern)
_CAST_CUE = re.compile(
    r"(?:^|(?<=[\s|,]))(?:con|with|avec|mit|starring|με τους|με την|με τον)\s+", re.IGNORECASE
)
_CJK_LEAD = re.compile(
    r"(\d{4})年([^\W\d]{1,3}?)(劇情|剧情|喜劇|喜剧|動畫|动画|紀錄|纪录|恐怖|愛情|爱情|驚悚|惊悚|科幻)?"
    r"(?:長片|长片|片|電影|电影)"
)


#: initials written together, each with its full stop: "J.J.", "P.T."
_GLUED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,3}")
#: one word, an initial glued to the name, as Mongolian, Tajik or Russian news write people:
#: "Ч.Отгонбаяр", "У.Раджабов"
_INITIAL_NAME = re.compile(r"(?:[^\W\d_a-zа-я]\.){1,2}[^\W\d_a-zа-я][^\W\d_A-ZА-Я]{3,}")


#: the punctuation a name's last word may carry: Latin's, and Armenian's own comma and full
#: stop ("ռեժիսոր Ջիվան Ավետիսյանի՝ Արցախի մասին": the comma ends the name)
_WORD_END = ",.;:|)’'\"”»՝։"
#: a nickname written in quotes inside a name: "‘Tosh’", "“Fiery”", "\"Tosh\""
_NICKNAME = re.compile(r"[\"“‘'«„][^\W\d_a-z][\w.-]*[\"”’'»“]")


def name_after(text: str, start: int) -> str | None:
    """The person's name that begins at ``text[start:]`` (up to 5 words), or None."""
    words: list[str] = []
    nickname = ""  # "David ‘Tosh’ Gitonga": a quoted word between the first and second word
    raws = text[start:].split("\n", 1)[0].split()[:6]
    for i, raw in enumerate(raws):
        if len(words) >= 2 and _next_credit(raw, raws[i + 1 : i + 2]):
            break  # "Jem Cohen Produced by Paolo Calamita": the next credit of a flattened line
        if (
            len(words) == 1
            and _NICKNAME.fullmatch(raw)
            and raws[i + 1 : i + 2]
            and raws[i + 1][0].isupper()
        ):
            nickname = raw  # a nickname in quotes between given name and surname
            continue
        word = raw.rstrip(_WORD_END)
        if _GLUED_INITIALS.fullmatch(raw.rstrip(",;:|)")):
            words.append(raw.rstrip(",;:|)"))  # "J.J. Abrams", "S.S. Rajamouli"
            continue
        if word.endswith(("’s", "'s")):  # a possessive: "Loach’s"
            word = word[:-2]
        word = without_ending(word)  # "Ceylan’ın": the name ends with its case ending
        if len(words) >= 2 and is_lower_suffix(word):
            words.append(word)  # "Bobur Sher oʻgʻli": a patronymic ends the name
            break
        if not word or not (word[0].isupper() or (words and word.lower() in PARTICLES)):
            break
        if (
            len(words) >= 2
            and word.isupper()
            and len(word) > 1
            and not any(w.isupper() for w in words)
        ):
            break  # "Виктор Савић ВИДЕО": a tag in capitals after a written-out name
        words.append(word)
        if raw != word and not raw.endswith("."):
            break
        if raw.endswith(".") and len(word) > 2:
            break
    while words and words[-1].lower() in PARTICLES and not _particle_surname(words):
        words.pop()
    words = _before_second_person(words)
    name = " ".join(words)
    if is_name(name) or _INITIAL_NAME.fullmatch(name):
        return " ".join([words[0], nickname, *words[1:]] if nickname and len(words) > 1 else words)
    # "Robert De Niro y Val Kilmer": a particle that is also the word for "and" ends the name
    for i in range(len(words) - 1, 1, -1):
        if words[i] in lang.cue_set("conjunctions") and is_name(" ".join(words[:i])):
            return " ".join(words[:i])
    return None


def _particle_surname(words: list[str]) -> bool:
    """True when the particle ending ``words`` is the surname of a given name: written with a
    capital after one word alone ("Mattie Do", "Leon Le": Vietnamese surnames), where no
    second name follows it to belong to."""
    return len(words) == 2 and words[-1][:1].isupper()


def _before_second_person(words: list[str]) -> list[str]:
    """The first person's words when a particle that is also the word for "and" joins two
    names of two words or more: "Martina Matzkin y Gabriela Uassouf" are two people, while
    "José Ortega y Gasset" and "Carla Simón i Pipó" (one word after it) are one."""
    for i in range(2, len(words) - 1):
        if words[i] in lang.cue_set("conjunctions") and len(words) - i - 1 >= 2:
            return words[:i]
    return words


def _next_credit(word: str, after: list[str]) -> bool:
    """True when ``word`` and the lower-case word after it make a credit's label ("Produced
    by", "Written by", "Music by"): a name ends before them."""
    return bool(after) and after[0].islower() and bool(field_of(f"{word} {after[0]}"))


def strong_director(text: str, title: str) -> tuple[str | None, int]:
    """A director named after a strong cue ("directed by", "film … de", "Title by Name") and
    the offset of a credit sentence worth reading for other facts (-1 for "Title by Name")."""
    for match in _STRONG_CUE.finditer(text):
        name = name_after(text, match.end())
        if name:
            return name, match.start()
    if title and literal_then(text, title, _BY):
        for match in re.finditer(re.escape(title) + _BY.pattern, text):
            name = name_after(text, match.end())
            if name:
                return name, -1
    return None, -1


def weak_director(text: str) -> str | None:
    """A director named after a weak cue ("director Name", "Name’s new film", a bio)."""
    for match in _ROLE_CUE.finditer(text):
        name = name_after(text, match.end())
        if name:
            return name
    for pattern, tail in ((_POSSESSIVE, _POSSESSIVE_TAIL), (_BIO, _BIO_TAIL)):
        if not tail.search(text):  # every match holds one
            continue
        for found in pattern.finditer(text):
            # "to see Ken Loach’s seminal film": the capitalised words before "’s"
            words = found.group(1).split()
            while words and not words[0][0].isupper():
                words.pop(0)
            if is_name(" ".join(words)):
                return " ".join(words)
    return None


#: where a sentence ends: a word of two letters or more in any script and its full stop (not an
#: initial, "Thomas M. Wright"), a CJK, Indic or Arabic full stop (no space need follow
#: those), or a line's end
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s|[。！？।॥؟۔][^\S\n]?|\n")


def sentence_at(text: str, offset: int) -> str:
    """The sentence (or line) of ``text`` that holds ``offset``: "… 2019년 작품이다。" ends
    where a Latin one does, Arabic, Bengali or Devanagari ones at their own full stops."""
    start, end = _sentence_span(text, offset)
    return text[start:end]


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) offsets of the sentence (or line) of ``text`` that holds ``offset``."""
    return _sentence_span(text, offset)


def _sentence_span(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    start = max((m.end() for m in _SENTENCE_END.finditer(text, line_start, offset)), default=0)
    end = _SENTENCE_END.search(text, offset)
    return max(start, line_start), end.start() if end else len(text)


def credit_sentence(text: str, offset: int, name: str) -> str:
    """The credit sentence at ``offset`` that names ``name``; when it ends with the name, as a
    card's "Un film di Roberto Andò. Storico, Italia, 2025." does, the next sentence of its
    line too: the facts of the credit follow it."""
    start, end = _sentence_span(text, offset)
    if end >= len(text) or text[end] == "\n" or not text[start:end].rstrip(" .").endswith(name):
        return text[start:end]
    return text[start : _sentence_span(text, end + 1)[1]]


#: minutes in a credit sentence, the hours before them too ("1h 53min", "2 hrs 10 mins")
_SENTENCE_RUNTIME = re.compile(
    r"\b[1-4]\s?(?:h|hr|hrs|hours?)\.?\s?\d{1,2}\s*(?:min\w*|λεπτ\w*|мин\w*)"
    r"|\b\d{2,3}\s*(?:min\w*|λεπτ\w*|мин\w*)",
    re.IGNORECASE,
)


#: a country's code in capitals ("UK", "USA")
_CODE = re.compile(r"[A-Z]{2,3}")


def sentence_facts(sentence: str) -> Facts:
    """Years, nationalities/countries, genres and runtime stated in a credit sentence."""
    facts = Facts()
    clean = without_dates(sentence)
    facts.years = [y for y in (parse_year(m) for m in re.findall(r"\b\d{4}\b", clean)) if y]
    # the words that stand alone between commas: "Storico, Italia, 2025", facts listed
    alone = {
        key(w)
        for part in _CLAUSES.split(clean)
        if len(part.split()) <= _FACT_WORDS
        for w in part.split()
    }
    tokens = [t.strip('.()«»"“”-') for t in re.split(r"[\s,/|]+|\s(?:και|and|e|y|et|und)\s", clean)]
    named = [bool(nationality_country(t) or (len(t) > 3 and country_name(t))) for t in tokens]
    if SUBTITLES.search(clean):  # "English & German with English subtitles": languages spoken
        named = [
            n and not (language_name(t) and not country_name(t))
            for n, t in zip(named, tokens, strict=True)
        ]
    for at, token in enumerate(tokens):
        # a code in capitals counts beside a country's name ("Germany/France/UK"), never alone
        listed = (
            _CODE.fullmatch(token) and any(named[max(0, at - 1) : at + 2]) and country_name(token)
        )
        if named[at] or listed:
            facts.countries.append(token)
        elif _genre_token(token, key(token) in alone):
            facts.genres.append(token)
    runtime = _SENTENCE_RUNTIME.search(clean)
    if runtime:
        facts.runtimes.append(parse_runtime(runtime.group(0)) or 0)
    return facts


#: what parts the facts of a credit sentence: commas, bars, slashes, a sentence's stop
_CLAUSES = re.compile(r"[,;/|]|(?<=\w)\.(?:\s|$)")
#: the most words of a part that lists one fact ("Storico", "drama psicológico")
_FACT_WORDS = 2


def _genre_token(token: str, alone: bool) -> bool:
    """A word of a credit sentence that names a genre: one that is an everyday word too
    ("historia", "cinta": a story, a film) only where it stands alone between commas, a fact
    among facts, not inside a clause ("la cinta propone … una historia íntima")."""
    if not genre_names(token) or token.lower() in ("film", "movie", "love", "short"):
        return False
    return alone or key(token) not in GENRE_EVERYDAY_WORDS


def prose_cast(sentence: str) -> list[str]:
    """Names after a cast cue ("con", "with", "με τους", "AVEC") in a credit sentence."""
    match = _CAST_CUE.search(sentence)
    if not match:
        return []
    rest = re.split(r"\s[-–—|]\s|\bκ\.ά\.|\bετc\b|\(|\.\s|\|", sentence[match.end() :])[0]
    names = [p.strip(" .") for p in re.split(r",|\s(?:and|και|e|y|et|und)\s", rest)]
    return [n for n in names if is_name(n)]


_NAME = r"[^\W\d_][\w'’.-]+(?:\s[^\W\d_][\w'’.-]+){1,3}"
#: the most characters of an aside after the actor's name, inside the parenthesis
#: ("Mylia (A B, l’enfant de Catimini, une nouvelle fois parfaite)")
_LONGEST_ASIDE = 100


@cache
def _and() -> str:
    """The word for "and" of every language between two actors in one parenthesis ("Ma (Wu
    Renlin and Zhang Min)", "Rémi (A en B)"): the one-word ``conjunctions`` of the language
    data, in lower case, spaces around."""
    words = longest_first(w for w in lang.cue_set("conjunctions") if w.isalpha() and w.islower())
    return rf"\s(?:{'|'.join(map(re.escape, words))})\s"


@cache
def _character_actor() -> re.Pattern[str]:
    """A character's name, a few lower-case words that describe the actor, then one or two
    actors' names in parentheses, with an aside after a comma or a dash ("Ma (Wu Renlin)")."""
    return recache.compile(
        rf"(?<![\w'’])(?<![\w'’]-)([^\W\d_][\w'’-]+)\s?\( ?((?:[^\W\d\sA-ZÀ-Þ][\w-]*\s){{0,3}})"
        rf"({_NAME}(?:{_and()}{_NAME})?)(?:(?:,|\s[–—-])\s([^()\n]{{1,{_LONGEST_ASIDE}}}))? ?\)"
    )


#: the most characters of an aside that may open with a capital ("Ma (A B, 1969)"); a longer
#: one describes the actor in lower case ("(A B, l’enfant de Catimini, une nouvelle fois …)")
_SHORT_ASIDE = 40


def _listed_aside(aside: str) -> bool:
    """True for a long aside that opens with no word in lower case: more names or titles
    listed after the first, no description of the actor."""
    return len(aside) > _SHORT_ASIDE and not aside.lstrip("«“\"'‘ ")[:1].islower()


#: a year after the name in parentheses: films cited, not an actor
_YEAR_AFTER = re.compile(r"(?:,|\s[–—-])\s(?:18|19|20)\d\d\)$")


def _spelled_out(word: str, name: str) -> bool:
    """True when ``word`` is an abbreviation of ``name`` ("PCT", "Pacific Crest Trail")."""
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    return len(word) >= 2 and word.isupper() and word == initials.upper()


def character_cast(text: str) -> list[str]:
    """Actors named in parentheses after their character, as synopses do: "Ma (Wu Renlin) and
    Cao (Christina Hai) ..." -> ["Wu Renlin", "Christina Hai"]; any cased script ("Юра
    (Дмитро Багненко)"); a few lower-case words may describe the actor first ("Hilary (the
    legendary Olivia Colman)")."""
    # "recomanacions (El Atracador Perfecto, Pequeña Flor, …)": titles listed, no pair
    matches = [m for m in _character_actor().finditer(text) if not _listed_aside(m.group(4) or "")]
    # after a lower-case word ("s ocem ribarom (Leon Lučev)") only when the page does it often;
    # an article before the name describes no one ("capellà (la Roser Vilajosana)")
    bare = [not _without_name_article(m.group(2)).strip() for m in matches]
    lower_ok = sum(1 for m, b in zip(matches, bare, strict=True) if b and _named(m.group(3))) >= 3
    names = []
    for match, undescribed in zip(matches, bare, strict=True):
        word = match.group(1)
        # "de Tibi anyja (Tamás Kálmánné)": a lower-case noun of a person before one full name
        lone = undescribed and not lower_ok and _character_noun(word, match.group(0))
        if not (word[0].isupper() or lone or (lower_ok and undescribed and word != word.upper())):
            continue  # a word of a script without capitals is no character's name by its case
        if match.group(3).isupper() or _line_alone(text, match.start()):
            continue  # "Skolimowski (LE DÉPART)": a title in capitals; a heading's aside
        if set(match.group(2).split()) & set(lang.cues("plays")):
            continue  # "Tobei (credited as Sakae Ozawa)": another name of the same actor
        if _spelled_out(match.group(1), match.group(3)) or _YEAR_AFTER.search(match.group(0)):
            continue  # "PCT (Pacific Crest Trail)", "Sam Mendes (American Beauty, 1917)"
        parts = [_without_name_article(p) for p in re.split(_and(), match.group(3))]
        if len(parts) > 1 and not all(map(is_name, parts)):
            continue  # "In Exile (Pyi Pye in Myanmar)": a word for "and" joins no two actors
        for name in parts:
            # four words after a name ("Leave No Trace (Narrative Feature Audience Award)") are
            # a title or a prize, unless a known given name opens them ("Ulises (Juan Daniel
            # Garcia Treviño)"); after a description ("hendes datter (Flora Ofelia Hofmann
            # Lindahl)") an actor's long name
            if is_name(name) and (
                len(name.split()) < 4
                or not match.group(1)[0].isupper()
                or opens_with_given_name(name)
            ):
                names.append(name)
    return dedupe(names)


#: the fewest letters of a lower-case noun that names a character ("his mother", "o avô")
_NOUN_LETTERS = 3


def _character_noun(word: str, pair: str) -> bool:
    """True for a lower-case word of a script with capitals that may name a character ("her
    father", "o avô") before one name alone in parentheses (``pair``: the word and them), of
    two or three capitalised words that open with a known given name: no label, role, credit
    word nor word for film ("the director (Jane Campion)", "la película (Amores Perros)"),
    no title's translation ("la forêt (Aranyer Din Ratri)"), no list of names."""
    inside = pair[pair.index("(") + 1 : pair.rindex(")")].strip()
    if not word.islower() or len(word) < _NOUN_LETTERS or re.search(_and(), inside):
        return False
    if not is_name(inside) or len(inside.split()) > 3 or not opens_with_given_name(inside):
        return False
    return not field_of(word) and word not in _credit_words()


@cache
def _credit_words() -> frozenset[str]:
    """The role nouns and cues of the credits and of the press, in lower case: the name after
    them in parentheses is a director's, a critic's or a writer's, no actor's."""
    kinds: tuple[str, ...] = ("director_nouns", "critic_roles", "directed_by", "written_by")
    kinds += ("by", "press_nouns", "film_words")
    return frozenset(w.lower() for kind in kinds for w in lang.cues(kind) if " " not in w)


#: a line that holds a pair alone: a few words, a name in parentheses, then no word
#: ("Algemeen Dagblad (Ab Zagt)", "Michael (Markus Schleinzer) 9,15")
_PAIR_LINE = re.compile(
    r"[ \t]*(?:[^\s()]+[ \t]+){0,4}[^\s()]+[ \t]*\([^()\n]{2,80}\)[^\w\n]*[\d\W]*"
)


def _line_alone(text: str, at: int) -> bool:
    """True when the pair at ``at`` is a line of its own and neither line beside it (blank
    lines passed) is one: an attribution ("Algemeen Dagblad (Ab Zagt)"), a film and its
    director ("A Chiara (Jonas Carpignano)"); rows of a cast run one under another."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if not _PAIR_LINE.fullmatch(text, start, end):
        return False
    above = text[:start].rstrip().rpartition("\n")[2]
    below = text[end:].lstrip().partition("\n")[0]
    return not any(line and _PAIR_LINE.fullmatch(line) for line in (above, below))


def _named(text: str) -> bool:
    """True when ``text`` is a name, or the first of two joined by "and", once the articles
    before them are gone ("l'Amparo Moreno i la Pilar Martínez")."""
    return is_name(_without_name_article(re.split(_and(), text)[0]))


def _without_name_article(text: str) -> str:
    """``text`` without the article a language writes before a person's name ("la Roser
    Vilajosana", "l’Amparo Moreno": ``name_articles``); as it is without one."""
    match = _name_article().match(text)
    return text[match.end() :] if match else text


@cache
def _name_article() -> re.Pattern[str]:
    """An article written before a person's name: a word then a space, or elided and glued to
    the capitalised name ("l’Amparo")."""
    words = lang.cues("name_articles")
    spaced = alternation([w for w in words if not w.endswith("'")]) or "(?!)"
    elided = alternation([w[:-1] for w in words if w.endswith("'")]) or "(?!)"
    return recache.compile(rf"(?:{spaced})\s+|(?:{elided})['’](?=[^\W\d_])")


def cjk_lead(text: str) -> tuple[int | None, str | None, str | None]:
    """(year, country, genre word) from a Chinese lead such as "2019年臺灣劇情長片"."""
    match = _CJK_LEAD.search(text)
    if not match:
        return None, None, None
    country = match.group(2) if country_name(match.group(2)) else None
    return int(match.group(1)), country, match.group(3)
