"""Directors named as the possessor of the word for film: "Lisa Langseths film", "Bo
Widerbergs thriller", "Kenneth Branagh’s film", "ლევან თუთბერიძის ფილმი", "Նատալյա
Բելյաուսկենեի «Եթե բոլորը…» ֆիլմը" (the possessor first), and "FILM ROBERTA ZEMECKISA",
"фильм Андрея Кончаловского" (after it, in the languages that write it so).

A name counts only in the genitive of a language whose word for film (or genre) it stands
beside (``genitive_endings`` of the language modules: "s" in Swedish, "’s" in English,
"’ın" in Turkish). The name is kept as written, "Lisa Langseths" as the labels write it;
only an ending written after an apostrophe goes ("Branagh’s", "Ceylan’ın").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages.cues import Mention, name_at, partner
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.scripts import DOTTED_KATAKANA, UNCASED_WORD
from indexer.normalize import country_name, key
from indexer.wordre import alternation

#: a genitive written after an apostrophe, which goes: "Branagh’s", "Ceylan’ın"
_APOSTROPHE = re.compile(r"[’'][^\W\d_]{1,4}$")
#: what may stand between a possessor and the word for film: a quoted title, one short
#: adjective ("Lisa Langseths nya film"; not a clause: "Taner Birsel’in paylaştığı film")
#: between the possessor and the word for film: the person's years in parentheses
#: ("Vytauto Žalakevičiaus (1930–1996) filmas"), a title in quotes, one short word ("nya"),
#: or up to three words in lower case ("vackert melankoliska")
_BETWEEN = re.compile(
    r"(?:\s*\((?:1[89]|20)\d\d(?:\s*[–—-]\s*(?:(?:1[89]|20)\d\d)?)?\))?"
    r"(?:\s*[«\"“„‹]{1,2}[^«»\"“”‹›\n]{1,80}[»\"”“›]{1,2})?\s*"
    r"(?:(?<![^\W\d_])[^\W\d_]{1,7}\s+|(?:(?<![^\W\d_])[a-zà-öø-ÿ][^\W\d_]{0,13}\s+){1,3})?$"
)


@cache
def _words(code: str | None) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """Word for film or genre (lower case) -> (genitive endings, written after) of each
    language that writes it: of the page's language ``code`` alone when known, else of all
    that have genitive data."""
    chosen = [x for x in lang.languages() if x.code == code]
    chosen = chosen or [x for x in lang.languages() if x.genitive_endings or x.possessed_film_words]
    table: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = {}
    for language in chosen:
        words = [*language.film_words]
        if not language.genitive_after:
            words.extend(w for w in language.genres if " " not in w)
        else:  # "novinku Jiřího Vejdělka": a new film's possessor after it
            words.extend(language.new_film_nouns)
        for word in dict.fromkeys(w.lower() for w in words):
            entry = (language.genitive_endings, language.genitive_after)
            table[word] = (*table.get(word, ()), entry)
        for word in language.possessed_film_words:  # "Enyedi Ildikó filmje": no ending
            table[word.lower()] = (*table.get(word.lower(), ()), (_UNMARKED, False))
    return table


#: the ending of a possessor that the possessed word marks instead ("Enyedi Ildikó filmje")
_UNMARKED = ("",)


@cache
def _case_endings() -> tuple[str, ...]:
    """The endings of a word in a case (``non_name_endings``) of the languages that mark the
    possessed word: a possessor read before it that ends so is a place or a thing ("Sós
    Bálint Dániel Berlinben debütfilmjének": "in Berlin")."""
    return tuple(e for x in lang.languages() if x.possessed_film_words for e in x.non_name_endings)


@cache
def _film_words() -> frozenset[str]:
    return frozenset(w.lower() for x in lang.languages() for w in x.film_words)


@lru_cache(maxsize=2)
def _film_words_in(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_pattern().finditer(text))


def _trusted(code: str | None, matches: tuple[re.Match[str], ...]) -> str | None:
    """``code`` when the page writes a word for film of that language (``matches``), else
    None: a language told wrongly (a Georgian page read as Estonian) counts for nothing."""
    table = _words(code)
    return code if any(m.group(0).lower() in table for m in matches) else None


@cache
def _pattern() -> re.Pattern[str]:
    """Every language's words for film and genres: one pattern, whatever the page's language."""
    words = alternation(list(_words(None)) + [w for x in lang.languages() for w in x.film_words])
    return recache.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.I)


def film_possessors(text: str, code: str | None = None) -> list[Mention]:
    """Names in the genitive beside the word for film or a genre word, in page order;
    ``code``: the page's language, whose genitive alone is read when it has one (the "s" of
    "Lisa Langseths film" is no genitive in "a Tom Hanks film")."""
    found = []
    matches = _film_words_in(text)
    table = _words(_trusted(code, matches))
    for match in matches:
        for endings, after in table.get(match.group(0).lower(), ()):
            name = _after(text, match.end(), endings) if after else _before(text, match, endings)
            if name:
                found.append(Mention(name, match.group(0), match.start()))
                break
    for match in _compound().finditer(text) if "film" in text.lower() else ():
        # "Celine Songs vackert melankoliska debutfilm": a compound of the word for film
        for endings, after in table.get(match.group(1).lower(), ()):
            name = None if after else _before(text, match, endings)
            if name:
                found.append(Mention(name, match.group(0), match.start()))
                break
    return sorted(found, key=lambda m: m.at)


@cache
def _compound() -> re.Pattern[str]:
    """A compound ending in the word for film of a language that writes its possessor before
    it in the genitive ("debutfilm", "Debütfilm", "spelfilm")."""
    words = {
        w
        for x in lang.languages()
        if x.genitive_endings and not x.genitive_after
        for w in x.film_words
        if w.isalpha() and w.startswith("film")
    }
    # "Török Ferenc kultikus nagyjátékfilmje": a compound of a possessed word for film
    words |= {w for x in lang.languages() for w in x.possessed_film_words if w.startswith("film")}
    return re.compile(
        rf"(?<![^\W\d_])[^\W\d_]{{3,14}}({alternation(sorted(words))})(?![^\W\d_])", re.I
    )


#: between an unmarked possessor and its possessed word: one word in lower case at most
#: ("Enyedi Ildikó új filmje", "Török Ferenc kultikus nagyjátékfilmje"); no title ("…
#: Testről és lélekről című filmje": where it starts is unknown)
_SHORT_BETWEEN = re.compile(r"\s*(?:(?<![^\W\d_])(?-i:[^\W\d_A-ZÀ-ÖØ-ÞŐŰ])[^\W\d_]{0,13}\s+)?$")


def _before(text: str, match: re.Match[str], endings: tuple[str, ...]) -> str | None:
    """The possessor written before the word for film: its last word in the genitive or
    with an apostrophe's possessive (which goes)."""
    head = text[max(0, match.start() - 160) : match.start()]
    between = (_SHORT_BETWEEN if endings == _UNMARKED else _BETWEEN).search(head)
    for cut in dict.fromkeys([len(head), between.start() if between else len(head)]):
        part = head[:cut].rstrip()
        if not part or not part[-1].isalnum():
            continue
        name = name_before(part)
        if not name:
            continue
        last = name.split()[-1]
        if not _genitive(last, endings):
            continue
        if endings == _UNMARKED and last.lower().endswith(_case_endings()):
            return None  # "ელდარ შენგელაიას ახალი ფილმის": the word between ("new") is no name's
        if _APOSTROPHE.search(last):  # "Branagh’s", "Ceylan’ın": the possessive goes
            name = " ".join([*name.split()[:-1], _APOSTROPHE.sub("", last)])
        name = _without_sentence_word(name, text)
        return name if is_name(name) or _uncased(name) else None
    return None


def _without_sentence_word(name: str, text: str) -> str:
    """``name`` without a first word that a sentence's capital made look like a name: the
    page writes it in lower case elsewhere ("Men Lisa Langseths film": "men", "but")."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) >= 2 and f" {first.lower()} " in text:
        return rest
    if len(rest.split()) >= 2 and first.lower() in lang.cue_set("this_words"):
        return rest  # "Šis Vytauto Žalakevičiaus (1930–1996) filmas": "this", no name's
    return name


def _after(text: str, start: int, endings: tuple[str, ...]) -> str | None:
    """The possessor written after the word for film: every word in the genitive."""
    name = name_at(text, start)
    if not name or not is_name(name):
        return None
    words = name.split()
    # a foreign surname does not decline: "фільм Олександра Шапіро" (the given name does)
    if all(_genitive(w, endings) for w in words[:-1] or words):
        return name
    return None


def _genitive(word: str, endings: tuple[str, ...]) -> bool:
    low = word.lower()
    return any(low.endswith(e) and len(low) > len(e) + 2 for e in endings)


def _uncased(name: str) -> bool:
    """Two or three words of a script without capitals (Georgian's letters have case in
    Unicode but pages never write it)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(UNCASED_WORD.fullmatch(w) for w in words)


#: the marks around a title; Armenian writes "‹‹Նռան գույնը››" too, the mark doubled
_OPEN = '«"“„‘‹'
_CLOSE = '»"”“’›'
_OPEN_MARKS, _CLOSE_MARKS = frozenset(_OPEN), frozenset(_CLOSE)
#: a quoted name, and one right after a mention (a space between at most)
_QUOTED = re.compile(rf"[{_OPEN}]{{1,2}}([^{_CLOSE}\n]{{1,80}})[{_CLOSE}]{{1,2}}")
_QUOTED_NEXT = re.compile(rf"\s?{_QUOTED.pattern}")


def beside_title(text: str, title: str, code: str | None = None) -> list[Mention]:
    """Names in the genitive right before or after the film's own title between quotes:
    "Նատալյա Բելյաուսկենեի «Եթե բոլորը…»", "«Дорогие товарищи!» Андрея Кончаловского";
    in the genitive of the page's language ``code`` when it has one, else of any."""
    if len(title) < 2:
        return []
    code = _trusted(code, _film_words_in(text))
    own = [x for x in lang.languages() if x.code == code]
    chosen = [x for x in own if x.genitive_endings]
    endings = _endings(chosen or [x for x in lang.languages() if x.genitive_endings])
    found = []
    for start, end in _quoted_title(text, title):
        if text[start] == "'" and not chosen:
            # "Hissan Muya 'Tino'": a nickname as often, unless the page's language (told by
            # its word for film) writes a genitive
            continue
        found.extend(_genitives_around(text, start, end, endings, "«»"))
        of = _of_after(text, end, own[0].film_of) if own else None
        if of:  # "«Урок» на Петър Вълчанов": the word for "of" of the page's language
            mention = Mention(of, "«» of", start)
            joined = partner(text, mention)  # "… и Кристина Грозева"
            joined = joined if joined and is_name(joined) else None
            found.append(Mention(of, "«» of", start, (joined,) if joined else ()))
        owner = _particle_owner(text[max(0, start - 40) : start])
        if owner:  # "侯孝賢的《聶隱娘》": the possessor of the title, a particle between
            found.append(Mention(owner, "«»", start))
    return found


def _of_after(text: str, end: int, of_words: tuple[str, ...]) -> str | None:
    """A full name right after the quoted title ``text[:end]`` and the word for "of"
    (``of_words``, the page's language's ``film_of``): "“Урок” на Петър Вълчанов";
    none for a name the page writes after an acting or writing word anywhere ("“L’arbre
    du soir” de Adel Bakri" … "le casting est composé de Adel Bakri": the actor and
    writer of a character or a book, not the film's director)."""
    for word in of_words:
        glued = not word[-1].isalpha()
        if not text.startswith(f" {word}" if glued else f" {word} ", end):
            continue
        name = name_at(text, end + len(word) + (1 if glued else 2))
        if (
            name
            and len(name.split()) >= 2
            and is_name(name)
            and not _credited_otherwise(text, name)
        ):
            return name
    return None


#: how far before a mention of a name an acting or writing word counts ("casting est composé de")
_OTHER_ROLE_REACH = 40


def _credited_otherwise(text: str, name: str) -> bool:
    """True when the page writes ``name`` after a word for acting, starring or writing of any
    language, on the same line and at most :data:`_OTHER_ROLE_REACH` characters before it,
    or alone in parentheses after a capitalised word (a role's player; the film's own title
    too, which a page that credits this way may have taken for a role's name)."""
    words = _other_role_words()
    at = text.find(name)
    while at >= 0:
        line = text[max(0, at - _OTHER_ROLE_REACH) : at].rsplit("\n", 1)[-1].lower()
        if words.search(line):
            return True
        player = _PLAYER.search(text, max(0, at - _OTHER_ROLE_REACH), at)
        if player and text.startswith(")", at + len(name)):
            return True  # "Ngạn (Trần Nghĩa) và Hà Lan (Trúc Anh)": a role and its player
        at = text.find(name, at + len(name))
    return False


#: a capitalised word and an opening parenthesis right before a name: a role's player
_PLAYER = re.compile(r"(?<![^\W\d_])(?-i:[A-ZÀ-ÖØ-ÞĐ])[^\W\d_]+ \($")


@cache
def _other_role_words() -> re.Pattern[str]:
    words = {
        w.lower() for kind in ("acting_words", "starring", "written_by") for w in lang.cues(kind)
    }
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(sorted(words))})(?![^\W\d_])")


@cache
def _particles() -> tuple[str, ...]:
    return tuple(p for x in lang.languages() for p in x.possessive_particles)


def _particle_owner(head: str) -> str | None:
    """The name that ends ``head`` before a possessive particle of a script without spaces
    ("侯孝賢的", "是枝裕和の"); none for a role noun, a label or a country ("導演的")."""
    particle = next((p for p in _particles() if head.endswith(p)), None)
    if particle is None:
        return None
    run = _UNSPACED_TAIL.search(head[: -len(particle)])
    name = _owner_name(run.group(0)) if run else None
    if not name or field_of(name) or country_name(name):
        return None
    if any(name.endswith(w) for w in lang.cues("director_nouns")):
        return None  # "導演的《…》": the director's, no name
    return name


def _owner_name(run: str) -> str | None:
    """The name that ends ``run`` (Han or katakana before a possessive particle): a foreign
    name in katakana ("リム・カーワイ"), or the last three or two Han characters opening with a
    family name ("侯孝賢"); none for a phrase ("备受瞩目的《…》": the much awaited)."""
    if DOTTED_KATAKANA.fullmatch(run):
        return run
    for size in (3, 2):
        tail = run[-size:]
        if len(tail) == size and _HAN.fullmatch(tail) and tail[0] in lang.cue_set("surnames"):
            return tail
    return None


_HAN = re.compile(r"[\u4e00-\u9fff]+")

#: a run of Han or katakana of two to six characters after a space or punctuation: a name
#: before a possessive particle
_UNSPACED_TAIL = re.compile(
    r"(?<![\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff])[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff・]{2,6}$"
)


def _endings(chosen: list[lang.Language]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The genitive endings of the ``chosen`` languages: of those that write the genitive
    before the noun it governs, and of those that write it after."""
    before = (e for x in chosen if not x.genitive_after for e in x.genitive_endings)
    after = (e for x in chosen if x.genitive_after for e in x.genitive_endings)
    return tuple(dict.fromkeys(before)), tuple(dict.fromkeys(after))


def _genitives_around(
    text: str,
    start: int,
    end: int,
    endings: tuple[tuple[str, ...], tuple[str, ...]],
    cue: str,
    bare: bool = False,
) -> list[Mention]:
    """A name in the genitive right before ``text[start:end]`` (the film's title), and one
    right after it, in the languages whose ``endings`` (:func:`_endings`) are given; before a
    ``bare`` title (no quotes) the name loses an ending written after an apostrophe ("Ana
    Ruiz’s")."""
    before, after_endings = endings
    found = []
    head = text[max(0, start - 120) : start].rstrip()
    head = _POSSESSIVE_WORDS.sub("", head) if bare else head  # "A’s 2016 epic The Handmaiden"
    name = name_before(head) if head[-1:].isalnum() else None
    if name and _genitive(name.split()[-1], before) and (is_name(name) or _uncased(name)):
        # "Ana Ruiz’s Quiet River", "Payal Kapadia's 'All We Imagine As Light'": the
        # ending after an apostrophe goes, quoted title or not
        name = _APOSTROPHE.sub("", name)
        found.append(Mention(_without_sentence_word(name, text), cue, start))
    after = _after(text, end + 1, after_endings) if text[end : end + 1] == " " else None
    if after:
        found.append(Mention(after, cue, start))
    return found


#: a year or up to two lower-case words between an English possessive and the title it owns
#: ("Chan-Wook Park’s 2016 epic The Handmaiden", "Eric Rohmer’s acclaimed Full Moon in Paris")
_POSSESSIVE_WORDS = re.compile(
    r"(?<=[’'‘]s)(?:[ \t]+(?:1[89]\d\d|20\d\d)(?=[ \t]))?(?:[ \t]+(?-i:[a-z])[\w-]*){0,2}$"
)


#: the marks that may open and close a title besides quotes: an apostrophe used as a quote
#: ("Dreyers 'Ordet'", "Kapadia's 'All We Imagine As Light'", after a space only), the
#: corner and angle brackets of Chinese and Japanese ("侯孝賢的《聶隱娘》"), and the ASCII
#: angle brackets some pages quote with ("<Сентиментальное путешествие…> Тараса Томенко")
_TITLE_OPEN_MARKS = _OPEN_MARKS | frozenset("'《『「〈<")
_TITLE_CLOSE_MARKS = _CLOSE_MARKS | frozenset("'》』」〉>")


def _quoted_title(text: str, title: str) -> Iterator[tuple[int, int]]:
    """Where ``title`` stands between an opening and a closing mark, as the spans of
    ``re.finditer(rf"[{_OPEN}]{re.escape(title)}[{_CLOSE}]", text)`` (found with ``str.find``:
    a pattern compiled per page pushes the shared ones out of ``re``'s cache); an apostrophe
    opens a title only after a space or at a line's start."""
    at = text.find(title, 1)
    while at != -1:
        end = at + len(title)
        opening = text[at - 1]
        if opening == "'" and at >= 2 and not text[at - 2].isspace():
            opening = ""  # "Dreyer's Ordet": a possessive's apostrophe, no quote
        if opening in _TITLE_OPEN_MARKS and text[end : end + 1] in _TITLE_CLOSE_MARKS:
            doubled = text[at - 2 : at - 1] == text[at - 1] and text[end + 1 : end + 2] == text[end]
            yield at - 1 - doubled, end + 1 + doubled  # "‹‹Նռան գույնը››"
            at = text.find(title, end + 2)  # matches do not overlap
        else:
            at = text.find(title, at + 1)


def before_other_title(text: str, name: str, titles: frozenset[str]) -> bool:
    """True when every mention of ``name`` is followed by a title between quotes that is not
    the film's (``titles``: keys), and the page quotes the film's own title somewhere (else
    the title found may be wrong): "ռեժիսոր Գեորգի Փարաջանովի «Բոլորը հեռացան»" credits
    another film."""
    if not any(key(m.group(1)) in titles for m in _QUOTED.finditer(text)):
        return False  # the film's own title is not known for sure: no other title either
    seen = False
    for end in _ends(text, name):
        quoted = _QUOTED_NEXT.match(text, end)
        if not quoted or key(quoted.group(1)) in titles:
            return False
        seen = True
    return seen


#: what may stand between a title in quotes and the name its cue credits: its year in
#: parentheses, a comma, at most four words (a cue, a nationality, a genre: "«Titane» av",
#: "“Epizoda …” bosanskohercegovačkog redatelja", "«Тони Эрдманн» режиссера")
_CUE_GAP = re.compile(
    r"[ \t]*(?:\(\d{4}\)[ \t]*)?,?(?:[ \t]*[^\W\d_][^\s.!?;:()«»\"“”]*){0,4}[ \t]*"
)


def after_other_title(text: str, name: str, titles: frozenset[str]) -> bool:
    """True when every mention of ``name`` comes a few words after a title between quotes
    that is not the film's (``titles``: keys), on the same line, and the page quotes the film's
    own title somewhere (else the title found may be wrong): "«Тони Эрдманн» режиссера Марен
    Аде" credits another film, as "«Titane» av Julia Ducournau" does."""
    if not any(key(m.group(1)) in titles for m in _QUOTED.finditer(text)):
        return False  # the film's own title is not known for sure: no other title either
    seen = False
    for end in _ends(text, name):
        start = end - len(name)
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 160) : start]
        quoted = _last_quoted(before)
        if quoted is None or key(quoted.group(1)) in titles:
            return False
        if not _CUE_GAP.fullmatch(before[quoted.end() :]):
            return False
        seen = True
    return seen


def _last_quoted(text: str) -> re.Match[str] | None:
    """The last title in quotes of ``text``, or None."""
    found = list(_QUOTED.finditer(text))
    return found[-1] if found else None


def _ends(text: str, name: str) -> Iterator[int]:
    """Where each mention of ``name`` ends, as ``m.end()`` of ``re.finditer(re.escape(name),
    text)``."""
    if not name:  # an empty pattern matches at every position
        yield from range(len(text) + 1)
        return
    at = text.find(name)
    while at != -1:
        yield at + len(name)
        at = text.find(name, at + len(name))


#: a title in quotes (its year in parentheses after it) between the word for film and the
#: word for "of": 'Filmul "Bacalaureat" al lui …', "la película «Zama» (2017) de …"
_QUOTED_BETWEEN = r"(?:\s*[«\"“„‘][^«»\"“”\n]{1,80}[»\"”“’](?:\s*\(\d{4}\))?)?"


@cache
def _film_of() -> re.Pattern[str]:
    """The word for film, maybe a title in quotes, maybe one word, then the word for "of" of
    the same language."""
    parts = []
    firsts: dict[str, None] = {}
    for language in lang.languages():
        if language.film_of and language.film_words:
            films = alternation(list(language.film_words), spaces=True)
            of = alternation([w for w in language.film_of if w[-1].isalpha()]) or "(?!)"
            glued = alternation([w for w in language.film_of if not w[-1].isalpha()]) or "(?!)"
            parts.append(
                rf"(?:{films}){_QUOTED_BETWEEN}(?:\s+[^\W\d_]{{1,12}})?\s+(?:(?:{of})\s+|(?:{glued}))"
            )
            firsts.update(dict.fromkeys(w[0] for w in language.film_words))
    # the first letters of the words for film, tested once before each language's part
    first = "".join(r"\s" if ch == " " else re.escape(ch) for ch in firsts)
    guard = f"(?=[{first}])" if first else ""
    return recache.compile(rf"(?<![^\W\d_]){guard}(?:{'|'.join(parts)})(?=\w)", re.IGNORECASE)


@cache
def _complement() -> re.Pattern[str]:
    """A lower-case word and the word for "of" after it: the "de fiction de" of "le
    long-métrage de fiction de Davy Chou", "la película de terror de Juan Pérez"."""
    words = {w for language in lang.languages() for w in language.film_of if w[-1].isalpha()}
    return re.compile(rf"([^\W\d_]{{3,14}})\s+(?:{alternation(sorted(words))})\s+(?=\w)", re.I)


def film_of(text: str) -> list[Mention]:
    """Directors named after the word for film and the word for "of": "la quinta película
    de Dagur Kári", "un filme de Kleber Mendonça Filho", "film karya Joko Anwar", "le
    long-métrage de fiction de Davy Chou" (a complement of the film word between), "pelikulang
    “Himala” ni Ishmael Bernal" (the film's title in quotes between)."""
    found = []
    for match in _film_of().finditer(text):
        name = name_at(text, match.end())
        complement = None if name else _complement().match(text, match.end())
        if complement and complement.group(1).islower():
            name = name_at(text, complement.end())
        if name and is_name(name):
            found.append(Mention(name, match.group(0).strip(), match.start()))
    return found


#: the fewest letters of a one-word title in capitals read beside a genitive ("VICTORIA"; not
#: "USA", "BBC", "TIFF")
_CAPITALS_TITLE_LEAST = 5
#: the letters of a title of one word chosen in small letters that the prose may write in
#: capitals: its spelling elsewhere shows it is no initialism
_CAPITALS_LEAST_CHOSEN = 4


def beside_bare_title(text: str, title: str, code: str | None = None) -> list[Mention]:
    """Names in the genitive right before or after the film's own title written without
    quotes: "Ana Ruiz’s Quiet River", "Тихая река Андрея Петрова"
    (as :func:`beside_title`, in the page's language only; a title of one word, often a
    common one, only as written with its capital, "Akira Kurosawa's Ikiru", or in capitals,
    "Sebastian Schippers VICTORIA")."""
    one_word = len(title.split()) < 2
    # a title of one word in capitals only when long enough to be no initialism: pages that
    # write titles in capitals write them so in the prose too ("Sebastian Schippers VICTORIA")
    capitals = title.isupper() and len(title) >= _CAPITALS_TITLE_LEAST
    if one_word and not (
        len(title) >= 3 and title[0].isupper() and (capitals or not title.isupper())
    ):
        return []
    # any case: a heading in capitals, the prose in title case ("EVIL DOES NOT EXIST")
    folded = text.lower()
    if not one_word and len(folded) == len(text):
        haystack, title = folded, title.lower()
    else:
        haystack = text
    # a title of one word chosen as written in small letters, written in capitals in the
    # prose ("Vinod Kapri’s PIHU plays on this idea"): the same word, no initialism
    spellings = [title]
    if one_word and not title.isupper() and len(title) >= _CAPITALS_LEAST_CHOSEN:
        spellings.append(title.upper())
    if not any(t in haystack for t in spellings):
        return []
    # only the genitive of the page's own language: without quotes, "Próximos Eventos" before
    # a title has the shape of a Swedish one
    code = _trusted(code, _film_words_in(text))
    endings = _endings([x for x in lang.languages() if x.code == code and x.genitive_endings])
    found = []
    for spelling in spellings:
        at = haystack.find(spelling)
        while at >= 0:
            end = at + len(spelling)
            quoted = text[at - 1 : at] in _OPEN  # read by beside_title
            if not quoted and (end == len(text) or not text[end].isalnum()):
                found.extend(_genitives_around(text, at, end, endings, "title", bare=True))
            at = haystack.find(spelling, end)
    return found


#: the words right before the word for film, none across a line or a stop
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[^\S\n]+){1,4}$")


def _adjective_before(text: str, start: int) -> str:
    """The nearest capitalised word before ``text[start]`` with at most three words in lower
    case between ("Matanićev je novi film", "novi Matanićev dugometražni uradak")."""
    run = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    for word in reversed(run.group(0).split() if run else []):
        if word[:1].isupper():
            return word
        if not word.islower():
            break
    return ""


def adjective_possessors(text: str, code: str | None = None) -> list[Mention]:
    """Directors written as a surname's possessive adjective before the word for film, in the
    Slavic languages that make one ("Matanićev je novi film", "Nikolaevův film"): the
    full name the page writes elsewhere with that surname ("Dalibor Matanić"), and nothing
    when the page writes none (no name is made up); in the page's language ``code`` only."""
    matches = _film_words_in(text)
    code = _trusted(code, matches)
    language = next((x for x in lang.languages() if x.code == code), None)
    if not language or not language.possessive_adjective_endings:
        return []
    table = _words(code)
    endings = sorted(language.possessive_adjective_endings, key=len, reverse=True)
    found = []
    for match in matches:
        if match.group(0).lower() not in table:
            continue
        word = _adjective_before(text, match.start())
        if word.isupper():
            continue
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                name = _full_name(text, word[: -len(ending)], language.genitive_endings)
                if name:
                    found.append(Mention(name, match.group(0), match.start()))
                    break
    return found


#: the letters at a position (maybe none): what follows a surname
_LETTERS = re.compile(r"[^\W\d_]*")


def _full_name(text: str, surname: str, endings: tuple[str, ...]) -> str | None:
    """The first name of two or three words on the page whose last word is ``surname``, as
    written or in the genitive (``endings``: "Petra Nikolaeva" for "Nikolaevův"), without a
    sentence's first word before it ("Snímek Petra Nikolaeva"); none that opens with one
    ("Sám Menzel")."""
    for at in _ends(text, surname):
        letters = _LETTERS.match(text, at)
        tail = letters.group(0) if letters else ""
        if tail and tail.lower() not in endings:
            continue
        words = (name_before(text[max(0, at - 80) : at]) or "").split()
        if len(words) < 2 or words[-1] != surname:
            continue
        while len(words) > 2 and _sentence_word(words[0], text):
            words.pop(0)  # "Snímek Petra Nikolaeva": the sentence's first word goes
        name = " ".join(words) + tail
        if not _sentence_word(words[0], text) and is_name(name):
            return name
    return None


def _sentence_word(word: str, text: str) -> bool:
    """True when ``word`` is a common word that a sentence's capital made look like a name:
    the page writes it in lower case elsewhere ("sám"), or it is a word for film."""
    return f" {word.lower()} " in text or word.lower() in _film_words()
