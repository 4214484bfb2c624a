"""Cast tables flattened into lines of two cells, the actor and the character, with nothing
between them: "Julie Honor Swinton-Byrne" under "Cast & Crew", "Lili Bordán Irene" under a
header row "Színész Alakított személy" (actor, character played).

Which cell comes first is told by the table itself: a header row that opens with the word
for actor puts the actors first; a crew row that opens with a label and a name ("Director
Joanna Hogg") puts the roles first. The actor's cell is then taken as a name of two words,
as the page gives no other boundary; a table that tells neither is left alone. Rows of two
cells joined by a dash with no heading above ("Peter Coonan – Tomás") are read actor first,
as cast lists write them. A list whose items lost their tags and their spaces ("Temuera
MorrisonRena Owen…") is parted at the seams inside its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from anyascii import anyascii

from indexer import lang, recache
from indexer.extract.pages.facts import is_name, is_uncased_name
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.scripts import CJK, latin_word
from indexer.extract.pages.titleperson import given_names
from indexer.normalize import country_name, key
from indexer.wordre import word_spans

#: a row: two to six words, no sentence punctuation
_ROW = re.compile(r"[^\W\d_][^.!?:;,|()\d]{2,60}")


def cast_rows(block: str) -> list[list[str]]:
    """Actors of each run of three or more table rows whose layout the table tells."""
    found = []
    run: list[str] = []
    for line in [*block.splitlines(), ""]:
        text = line.strip()
        if _ROW.fullmatch(text) and 2 <= len(text.split()) <= 6:
            run.append(text)
            continue
        if len(run) >= 3:
            actors = _actors(run)
            if len(actors) >= 3:
                found.append(actors)
        run = []
    return found


def _actors(rows: list[str]) -> list[str]:
    """The actors of ``rows``: the first or last two words of each row that is no header and
    no crew credit, as the table's layout says."""
    first = _header(rows[0])
    crew = [i for i, row in enumerate(rows) if _crew(row)]
    if first == "actor":
        cells = [" ".join(row.split()[:2]) for row in rows[1:]]
    elif crew:
        cells = [" ".join(row.split()[-2:]) for i, row in enumerate(rows) if i not in crew]
    else:
        return []
    return [cell for cell in cells if is_name(cell)]


def _header(row: str) -> str | None:
    """ "actor" when ``row`` is a header that opens with the word for actor and names no one
    ("Színész Alakított személy", "Actor Role")."""
    words = row.split()
    if "cast" in field_of(words[0]) and not is_name(" ".join(words[1:3])):
        return "actor"
    return None


def _crew(row: str) -> bool:
    """A crew credit row: a label of a field other than the cast, then a name ("Director
    Joanna Hogg")."""
    words = row.split()
    for size in (2, 1):
        fields = field_of(" ".join(words[:size]))
        if fields and "cast" not in fields and is_name(" ".join(words[size:])):
            return True
    return False


#: a row of two cells joined by a dash: "이구영 - 하시연", "각본/감독 - 홍석준"
_DASH_ROW = re.compile(r"([^\n]{1,40}?)\s+[-–—]\s+([^\n]{1,40})")
#: a row of two table cells, each closed by a bar: "Mia | Sofia Helin |", "Regie | Maria Blom |"
_BAR_ROW = re.compile(r"\|?\s*([^|\n]{1,40}?)\s*\|\s*([^|\n]{1,40}?)\s*\|?")


def dash_rows(block: str) -> list[list[str]]:
    """The actors of rows "Character - Actor" (or "Actor - Character", or cells closed by
    bars: "Mia | Sofia Helin |") under a line that is the cast's label alone, the side told
    by the crew rows that follow or come before ("각본/감독 - 홍석준", "Regie | Maria Blom |":
    the role first, so the actor is the second cell of the cast rows)."""
    found = []
    lines = [line.strip() for line in block.splitlines()]
    if " - " in block or " – " in block or " — " in block:
        found.extend(_rows_under_label(lines, _DASH_ROW))
    if "|" in block:
        found.extend(_rows_under_label(lines, _BAR_ROW))
    return found


def _rows_under_label(lines: list[str], shape: re.Pattern[str]) -> list[list[str]]:
    found = []
    for i, line in enumerate(lines[:-1]):
        if not line or len(line) > 30 or not shape.fullmatch(lines[i + 1]):
            continue
        if field_of(line) != ("cast",):
            continue
        rows = []
        for text in lines[i + 1 : i + 40]:
            row = shape.fullmatch(text)
            if not row or any(set(field_of(cell.strip())) - {"cast"} for cell in row.groups()):
                break  # the table's crew rows begin ("配乐 | 林生祥 |")
            rows.append((row.group(1).strip(), row.group(2).strip()))
        if len(rows) < 2:
            continue
        after = lines[i + 1 + len(rows) : i + 12 + len(rows)]
        crew = [shape.fullmatch(t) for t in [*lines[max(0, i - 12) : i], *after]]
        roles_first = any(m and set(field_of(m.group(1).strip())) - {"cast"} for m in crew)
        names_first = any(m and set(field_of(m.group(2).strip())) - {"cast"} for m in crew)
        if roles_first != names_first:
            found.append([right if roles_first else left for left, right in rows])
    return found


#: a table row's cells between bars: "Leonardo Zaccaro | speleologo |"
_CELL_SPLIT = re.compile(r"\s*\|\s*")
#: a header's rule under it: "---|---|", "| :--- | --- |"
_RULE = re.compile(r"[\s|:-]*-[\s|:-]*")


def column_under_header(block: str) -> list[list[str]]:
    """The actors of a table whose header row names the actors' column with the cast's label or
    the word for actor ("Attore | Ruolo |" above "Leonardo Zaccaro | speleologo |"): the cell of
    that column in each row below, up to the table's end, each a name; two or more."""
    found = []
    lines = block.splitlines()
    for i, line in enumerate(lines):
        if "|" not in line:
            continue
        cells = _cells(line)
        column = [j for j, cell in enumerate(cells) if _names_actors(cell)]
        if len(cells) < 2 or len(column) != 1 or any(is_name(cell) for cell in cells):
            continue
        actors = []
        for row in lines[i + 1 : i + 80]:
            if _RULE.fullmatch(row):
                continue
            if "|" not in row:
                break
            row_cells = _cells(row)
            if column[0] < len(row_cells) and is_name(row_cells[column[0]]):
                actors.append(row_cells[column[0]])
        if len(actors) >= 2:
            found.append(actors)
    return found


def _names_actors(cell: str) -> bool:
    """True when a header cell is the cast's label or the word for actor ("Attore", "Actor",
    "Cast"; not a short word such as "With")."""
    if len(cell) < 5 and cell.casefold() != "cast":
        return False  # "Con", "With", "Mit": the cast's label in a line, a word in a table
    return field_of(cell) == ("cast",) or cell.casefold() in lang.cue_set("starring")


def _cells(row: str) -> list[str]:
    """The cells of a table row written with bars, the empty ends dropped."""
    cells = _CELL_SPLIT.split(row.strip())
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return cells


#: a row of two cells joined by a dash: "Peter Coonan – Tomás", "Bryan Brown - Sergeant Fletcher,"
_DASH_ROLE = re.compile(
    r"^\s*([^\W\d_][^\d\n]{2,50}?)[ \t]+[-–—][ \t]+([^\W\d_][^\d\n]{0,40}?)[ \t]*,?\s*$"
)


def _dash_role_line(line: str) -> tuple[str, str] | None:
    """The name and the role of a row "Actor – Character" (a cast list written without its
    heading, each row a full name, a dash and the part), or None; the row of a crew credit
    ("Director - Warwick Thornton", "Eugen Jebeleanu – Réalisateur") is none."""
    match = _DASH_ROLE.match(line) if " " in line else None
    if match is None:
        return None
    name, role = match.group(1).strip(), match.group(2).strip()
    if not is_name(name) or len(name.split()) < 2 or len(role.split()) > 4:
        return None
    if field_of(name) or field_of(role) or country_name(role) is not None:
        return None
    return name, role


def dash_role_lists(block: str) -> list[list[str]]:
    """The actors of runs of three or more rows "Actor – Character" with no heading above
    ("Peter Coonan – Tomás", "Bryan Brown - Sergeant Fletcher"), blank lines between rows
    allowed: the actor is written first, as in a cast list, and a part is named by a single
    word in one row at least (a film's programme, "Title – Director Name", names people in
    full)."""
    if " - " not in block and " – " not in block and " — " not in block:
        return []
    runs: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in [*block.splitlines(), "."]:
        row = _dash_role_line(line) if line.strip() else None
        if row:
            current.append(row)
        elif line.strip():
            if len(current) >= 3 and any(len(role.split()) == 1 for _, role in current):
                runs.append(current)
            current = []
    return [[name for name, _ in run] for run in runs]


#: where two names of a list meet with nothing between them, the tags of a web page's items
#: gone: "Temuera MorrisonRena Owen"; three lower-case letters before the capital, as "McKay",
#: "DiCaprio" and "LaBeouf" write one or two
_GLUED = re.compile(r"(?<=[^\W\d_A-ZÀ-Þ]{3})(?=[A-ZÀ-Þ][^\W\d_A-ZÀ-Þ])")
#: the fewest such seams on a line that make it a glued list (three names or more)
_FEWEST_SEAMS = 2
#: a part of a list and what ends it (a comma, a line's end, the value's end)
_PART_END = re.compile(r"([^,\n]*)(,|\n|$)")


def unglued(value: str) -> str:
    """A labelled cast whose names the page glued together ("Temuera MorrisonRena
    OwenMamaengaroa Kerr-Bell") with a comma between them: each part between commas or lines
    with two seams or more, each seam inside a word of two names. One seam is a space left out
    inside a name ("ZethuDlomo") or its own capital ("FitzGerald"): the part stays whole."""
    return _PART_END.sub(lambda m: _unglued_part(m.group(1)) + m.group(2), value)


def _unglued_part(part: str) -> str:
    """``part`` parted at its seams, or as it is with fewer than two."""
    seams = [m.start() for m in _GLUED.finditer(part)]
    if len(seams) < _FEWEST_SEAMS:
        return part
    pieces = [part[i:j] for i, j in zip([0, *seams], [*seams, len(part)], strict=True)]
    return ", ".join(pieces)


#: the fewest capitalised words of a part of a labelled cast that may be two names or more
#: written with only spaces between ("Yalitza Aparicio Marina de Tavira")
_FEWEST_SPACED = 4


def spaced_apart(value: str, family_first: bool = False) -> str:
    """A labelled cast whose names the page parted by spaces only ("Yalitza Aparicio Marina
    de Tavira") with a comma between them: each part between commas or lines of four
    capitalised words or more that no reader takes for one name, cut before each word that
    opens a known given name (:func:`.titleperson.given_names`) after a word that does not
    ("Juan Carlos …" is one given name), when every piece is a name of two words or more; a
    part of four words only when it opens with a known given name too ("Trần Nữ Yên Khê" is
    one Vietnamese name), none where a word for "and" stands. On a page in a language that
    writes the family name first (``family_first``) a given name closes each name instead:
    the cut is after it ("Kovács Tamás Nagy Zsolt")."""
    return _PART_END.sub(lambda m: _spaced_part(m.group(1), family_first) + m.group(2), value)


def _spaced_part(part: str, family_first: bool = False) -> str:
    """``part`` with a comma before each name it holds, or as it is."""
    words = part.split()
    if sum(w[0].isupper() for w in words) < _FEWEST_SPACED or not all(map(_word_of_name, words)):
        return part
    if any(w in lang.cue_set("conjunctions") for w in words):
        return part  # "A B y C D": the word for "and" parts them already
    if family_first:  # read backwards, a name written family name first opens with its given
        pieces = _spaced_cut(words[::-1])
        return ", ".join(" ".join(p[::-1]) for p in pieces[::-1]) if pieces else part
    pieces = _spaced_cut(words)
    return ", ".join(map(" ".join, pieces)) if pieces else part


def _spaced_cut(words: list[str]) -> list[list[str]] | None:
    """``words`` cut before each word that opens a known given name after one that does not
    (see :func:`spaced_apart`), or None when no cut makes names of them all."""
    given = [_given(w) and w[0].isupper() for w in words]
    if len(words) == _FEWEST_SPACED and not given[0]:
        return None  # "Trần Nữ Yên Khê": a name of four words, unless two given names open two
    cuts = [i for i in range(2, len(words) - 1) if given[i] and not given[i - 1]]
    pieces = [words[i:j] for i, j in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    # "Петар Темелковски Зафир Хаџиманов Бедија Беговска" between two known given names: longer
    # than any name, an even count of words is so many names of two words
    pieces = [q for p in pieces for q in _paired_words(p)]
    return pieces if cuts and all(is_name(" ".join(p)) for p in pieces) else None


#: the most words of one name (:func:`.facts.is_name`)
_NAME_WORDS = 5


def _paired_words(words: list[str]) -> list[list[str]]:
    """``words`` as one piece, or in pairs when they are an even count too many for one name."""
    if len(words) <= _NAME_WORDS or len(words) % 2:
        return [words]
    return [words[i : i + 2] for i in range(0, len(words), 2)]


def _given(word: str) -> bool:
    """True for a known given name (:func:`.titleperson.given_names`), as written or, in
    another script, spelled in Latin letters ("Билјана", "Biljana"); a double given name by
    its first part ("Peter-Henry")."""
    first = word.split("-", 1)[0]
    return key(first) in given_names() or (
        latin_word(first) is False and key(anyascii(first)) in given_names()
    )


def _word_of_name(word: str) -> bool:
    """True for a word a name may hold: letters, hyphens and apostrophes, no stop or digit."""
    return re.fullmatch(r"[^\W\d_][\w'’-]*", word) is not None


#: the end of an aside in brackets and the next name's first letter, spaces between: "(Bruno) B"
_ASIDE_THEN_NAME = recache.compile(r"(?<=[)\]])[ \t]+(?=[^\W\d_])")

#: fewest asides each followed by a name in one part for the part to be read as pairs
_FEWEST_PAIRS = 2


def paired_apart(value: str) -> str:
    """A labelled cast written as pairs "Name (Role) Name (Role) …" with nothing between the
    pairs ("Fabrizio Bentivoglio (Bruno) Barbora Bobulova (Tina) …") with a comma after each
    aside: each part between commas or lines where two asides or more are each followed by a
    name (a word that starts with a capital, or of a script without capitals), none by a word
    in lower case (an aside inside a sentence)."""
    return _PART_END.sub(lambda m: _paired_part(m.group(1)) + m.group(2), value)


def _paired_part(part: str) -> str:
    """``part`` with a comma after each aside followed by a name, or as it is."""
    seams = list(_ASIDE_THEN_NAME.finditer(part))
    if len(seams) < _FEWEST_PAIRS or any(part[m.end()].islower() for m in seams):
        return part
    return _ASIDE_THEN_NAME.sub(", ", part)


def below_director(block: str, directors: Sequence[str]) -> list[list[str]]:
    """Names alone on their lines right below the line that names the director and nothing
    else: a block of credits that lost its labels ("Ida (2013)", "Paweł Pawlikowski", "Agata
    Kulesza", "Agata Trzebuchowska"). One line of names between commas may stand between (the
    writers: "Barry Hines, Tony Garnett, Ken Loach"). Two lines at least, each a name, none a
    director nor a label; the director's line and the column's shape are the two cues."""
    return [column for _, column in _director_columns(block, directors)]


def credits_between(block: str, directors: Sequence[str]) -> list[list[str]]:
    """The names of the line between the director's line and a column of names below it (see
    :func:`below_director`): the writers' credit, no cast."""
    return [between for between, _ in _director_columns(block, directors) if between]


def _director_columns(block: str, directors: Sequence[str]) -> list[tuple[list[str], list[str]]]:
    """Each column of names below the director's line, with the names of the line between."""
    wanted = {name.strip() for name in directors if name.strip()}
    if not wanted:
        return []
    raw = block.splitlines()
    lines = [line.strip() for line in raw]
    found: list[tuple[list[str], list[str]]] = []
    for i, line in enumerate(lines):
        if _LIST_ITEM.match(line):
            # a list of items, one a line, blank lines between ("• Asghar Farhadi" / "" /
            # "• Leila Hatami"): the items alone, while they last
            items = _list_items(raw[i:])
            if len(items) >= 3 and set(_COMMAS.split(items[0])) <= wanted:
                column = _name_column(items[1:], wanted)
                if len(column) >= 2:
                    found.append(([], column))
            continue
        if line and set(_COMMAS.split(line)) <= wanted:
            between = _listed_names(lines[i + 1 : i + 2])
            column = _name_column(lines[i + 1 + bool(between) :], wanted)
            if len(column) >= 2:
                found.append((between, column))
    return found


#: the mark of a list's item opening a line
_LIST_ITEM = re.compile(r"[•▪·◦‣]\s+")


def _list_items(lines: list[str]) -> list[str]:
    """The items of the list that opens ``lines``, without their marks, blank lines skipped,
    up to the first line that is no item."""
    items = []
    for line in lines:
        text = line.strip()
        if not text:
            continue
        mark = _LIST_ITEM.match(text)
        if not mark:
            break
        items.append(text[mark.end() :].strip())
    return items


#: a comma between names, or the "&" of co-credits
_COMMAS = re.compile(r"\s*[,&]\s*")


def _listed_names(lines: list[str]) -> list[str]:
    """The names of the one line of ``lines`` when it lists two or more between commas."""
    parts = _COMMAS.split(lines[0]) if lines else []
    return parts if len(parts) >= 2 and all(is_name(part) for part in parts) else []


def _name_column(lines: list[str], directors: set[str]) -> list[str]:
    """The names alone on the first of ``lines``, one a line, up to the first line that is
    none (a blank line, a sentence, a director, a label or a country)."""
    column = []
    for line in lines:
        if not is_name(line) or line in directors or field_of(line) or country_name(line):
            break
        column.append(line)
    return column


def parted_as_read(value: str, lists: Sequence[Sequence[str]]) -> str:
    """A labelled cast whose two names a one-character CJK "and" joins ("張震和楊靜怡") with
    a comma between them, where a list read in the prose (``lists``: "主演:張震和楊靜怡" read
    after the cue "主演") names the same two, the word for "and" between: two readers agree,
    so a name that holds the character ("二宮和也") is left whole."""
    for listed in lists:
        for first, second in pairwise(listed):
            if not (_CJK_NAME.fullmatch(first) and _CJK_NAME.fullmatch(second)):
                continue
            for glue in _cjk_ands():
                glued = f"{first}{glue}{second}"
                if glued in value:
                    value = value.replace(glued, f"{first}, {second}")
    return value


@cache
def _cjk_ands() -> str:
    """The languages' one-character words for "and" of scripts without spaces ("和", "と")."""
    return "".join(w for w in lang.cue_set("conjunctions") if _CJK_CHAR.fullmatch(w))


#: a name of a script without spaces (two to four characters), one of its characters
_CJK_NAME = re.compile(rf"[{CJK}]{{2,4}}")
_CJK_CHAR = re.compile(rf"[{CJK}]")


#: a name, then a word in parentheses right after it: "松田優作(男優)吉本勝", "Tom Hanks (actor)"
_NAME_THEN_ASIDE = re.compile(r"([^\s()（）|,，、:：]{2,40}?)[ \t]?[(（]([^()（）\n]{1,12})[)）]")
#: the fewest such names on a page that make a list
_FEWEST_ASIDES = 3


def actor_noun_asides(block: str) -> list[list[str]]:
    """Names each followed by the word for actor or actress in parentheses, the character's
    name or nothing after it, at the start of their lines: a filmography's rows
    ("松田優作(男優)吉本勝", "由紀さおり(女優)沼田千賀子"). Three or more make the cast, in
    page order; other asides ("猪本雅三(撮影助手)", the crew's) stop no list."""
    found = []
    for line in block.splitlines():
        match = _NAME_THEN_ASIDE.match(line.strip())
        if match and acting_noun(match.group(2).strip()):
            found.append(_without_label(match.group(1).strip()))
    return [found] if len(found) >= _FEWEST_ASIDES else []


@cache
def _acting_nouns() -> frozenset[str]:
    """The words for actor and actress of every language ("actor", "女優", "배우"): the
    starring cues and cast labels of one word."""
    words = [*lang.cues("starring"), *lang.cues("starring_after"), *lang.labels().get("cast", ())]
    return frozenset(w.casefold() for w in words if " " not in w)


def _without_label(name: str) -> str:
    """``name`` without the cast's label glued before it in a script without spaces
    ("キャスト松田優作": the table's first row under its heading)."""
    for word in sorted(_acting_nouns(), key=len, reverse=True):
        if _CJK_CHAR.match(word) and name.startswith(word) and len(name) > len(word) + 1:
            return name[len(word) :]
    return name


def unspaced_acting_noun(value: str) -> bool:
    """True for the word for actor or actress of a script without spaces alone ("男優", a
    filmography's aside): no film's title nor anyone's name."""
    value = value.strip()
    return bool(_CJK_NAME.fullmatch(value)) and acting_noun(value)


def acting_noun(word: str) -> bool:
    """True for a word for actor or actress of any language, or a cast label."""
    return word.casefold() in _acting_nouns() or field_of(word) == ("cast",)


#: a line of nothing but the marks between a column's names ("," / "|" / "•"), or an image
#: without words (a portrait above each name: "![]() |"): no line of its own
_COLUMN_MARKS = re.compile(r"(?:[\s,;|•·▪/&-]|!\[\]\([^()\s]*\))*")


def name_columns(block: str, others: Sequence[str] = ()) -> list[tuple[list[str], bool]]:
    """Columns of two or more names, each alone on its line (blank lines, or lines of only a
    comma or a bar, between them), with whether the line above the column is the cast's label:
    a credit block whose labels or commas went with the page's layout ("Bryan Brown" / "Matt
    Day" / "Tremayne Doolan", "कलाकार" / "आर माधवन" / "," / "नयनतारा"). A column opens after a
    line that is no name and ends at the next one; names of a script without capitals count
    only under the cast's label (one or two words of theirs may be any clause). A line that
    is one of ``others`` (the title, the directors) ends a column as a line of prose does."""
    unwanted = {key(name) for name in others if name}
    found: list[tuple[list[str], bool]] = []
    column: list[str] = []
    labelled = False  # the line above the column is the cast's label
    for line in [*block.splitlines(), "."]:
        # "Noomi Rapace," / "Ola Rapace,": a list's commas kept at the ends of its lines
        text = line.strip(" \t*•▪-|").removesuffix(",").rstrip()
        if len(text) <= 60 and _COLUMN_MARKS.fullmatch(text):
            continue
        if len(text) <= 60 and _column_name(text, block, labelled, unwanted):
            column.append(text)
            continue
        if len(set(column)) >= 2:  # one name twice: a photo and its caption
            found.append((list(dict.fromkeys(column)), labelled))
        column = []
        labelled = len(text) <= 40 and "cast" in field_of(text.strip(" \t:：*•|"))
    return found


def _column_name(text: str, block: str, labelled: bool, unwanted: set[str]) -> bool:
    """True when ``text``, a line, is a name of a column (see :func:`name_columns`)."""
    if is_name(text):
        if "," in text or field_of(text) or country_name(text) or key(text) in unwanted:
            return False
        return labelled or not _words_of(text, block)
    return labelled and is_uncased_name(text) and not field_of(text) and key(text) not in unwanted


def _words_of(text: str, block: str) -> bool:
    """True when every word of ``text`` stands in ``block`` in lower case too: a heading of the
    page's words ("New Reviews", "Popular Posts"), no name."""
    return all(
        word.lower() in block  # a word the block lacks needs no pattern
        and word_spans(block, word.lower(), letters=True)
        for word in text.split()
    )
