"""Credits run on one line, each value after a label and a colon: "… निर्देशक : शूजीत सिरकार
लेखक : जूही चतुर्वेदी कलाकार: वरुण धवन", "감독: 윤가은주연: 서수빈"."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages.cues import Mention, names_from
from indexer.extract.pages.facts import is_name, is_uncased_name
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.names import before_inner_label, hangul_names
from indexer.extract.pages.scripts import CJK
from indexer.extract.pages.text import CELL_GAP
from indexer.normalize import key
from indexer.wordre import alternation, longest_first

#: a word that opens in Chinese, Japanese or Korean
_CJK_FIRST = re.compile(rf"[{CJK}]")


#: a word written with a capital glued to what comes before it (a lower-case letter, a digit, a
#: closing bracket): where a flattened line of credits starts its next label
_GLUED_HEAD = re.compile(r"(?<=[a-zß-ÿа-я0-9)])(?=[A-ZÀ-ÞА-Я])")


@cache
def _label_colons() -> re.Pattern[str]:
    """Any label of any field then a colon: in a spaced script after a space ("… निर्देशक :
    …") or glued, with its capital, after a lower-case letter ("…aventurasReparto: …"), in
    Chinese, Japanese or Korean right after the value before it ("윤가은주연: …")."""
    words = longest_first({w for field in lang.labels().values() for w in field if len(w) >= 2})
    cjk = [w for w in words if _CJK_FIRST.match(w)]
    spaced = alternation([w for w in words if len(w) >= 3 and w not in cjk], spaces=True)
    # a capitalised label glued to the value before it: "…aventurasReparto:Daisy Ridley",
    # "4:00 & 7:00Dir: Celine Song", "110 minRealizador(es):Ernesto de Sousa"
    glued = rf"(?-i:{_GLUED_HEAD.pattern})"
    return recache.compile(
        rf"(?:(?:(?<=\S)[ \t]+|{glued})(?P<spaced>{spaced})"
        rf"|(?<=[{CJK}0-9])(?P<cjk>{alternation(cjk)}))"
        # a label's plural in brackets: "Realizador(es):", "Director(s):"
        r"(?:\([^\W\d_]{1,3}\))?[ \t]*[:：][ \t]*(?=\S)",
        re.IGNORECASE,
    )


@cache
def _label_dashes() -> re.Pattern[str]:
    """Any label of a spaced script then a spaced dash or a semicolon, inside a line: "…
    இயக்கம் - A நடிகர்கள் - B, C" (read only where two such labels share a line)."""
    words = longest_first({w for field in lang.labels().values() for w in field if len(w) >= 3})
    spaced = alternation([w for w in words if not _CJK_FIRST.match(w)], spaces=True)
    return recache.compile(
        rf"(?:(?<=\S)[ \t]+|^)(?P<spaced>{spaced})(?:[ \t]+[-–—]|[ \t]*;)[ \t]+(?=\S)",
        re.IGNORECASE,
    )


#: the fewest labels followed by a dash on one line for them to be read as labels
_DASHED_LABELS = 2


def _line_labels(line: str) -> list[re.Match[str]]:
    """The labels inside ``line`` followed by a colon, and those followed by a dash when the
    line has two or more of them (a run of credits, not a dash in prose)."""
    labels = list(_label_colons().finditer(line)) if ":" in line or "：" in line else []
    if "-" in line or "–" in line or "—" in line or ";" in line:
        dashed = list(_label_dashes().finditer(line))
        if len({m.group("spaced").casefold() for m in dashed}) >= _DASHED_LABELS:
            labels = sorted([*labels, *dashed], key=lambda m: m.start())
    return labels


def label_lists(text: str, field: str) -> list[Mention]:
    """The names after a label of ``field`` and a colon inside a line, where credits run
    on one line ("… निर्देशक : शूजीत सिरकार लेखक : जूही चतुर्वेदी कलाकार: वरुण धवन, …",
    "감독: 윤가은주연: 서수빈, 장혜진장르: 드라마"): each value runs to the next label. The
    line scanner reads labels at the start of a line only."""
    found = []
    for fields, label, value, at in _labelled_in_lines(text):
        if field not in fields:
            continue
        names = hangul_names(value) or names_from(value, 0) or _one_uncased_word(value)
        if names:
            found.append(Mention("; ".join(names), label, at))
    return found


#: initials in Latin letters before a name of another script: "s.g.எழிலன்"
_LATIN_INITIALS = re.compile(r"^(?:[A-Za-z]\.){1,3}")


def _one_uncased_word(value: str) -> list[str]:
    """A labelled value that is one word of a script without capitals, maybe after Latin
    initials ("மணிகண்டன்", "s.g.எழிலன்"): the label's name (a word read alone in prose may be
    any word; after a label it is the value)."""
    word = value.strip().rstrip(".,;")
    bare = _LATIN_INITIALS.sub("", word)
    return [word] if bare and " " not in word and is_uncased_name(bare) else []


@lru_cache(maxsize=4)
def _labelled_in_lines(text: str) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """(fields, label, value, offset in its line) of every label inside a line (read once
    for directors and cast alike)."""
    found = []
    for line in text.splitlines():
        labels = _line_labels(line)
        head = ""  # the words of this label glued to the value before it
        for i, match in enumerate(labels):
            after = labels[i + 1] if i + 1 < len(labels) else None
            label = match.group("spaced") or match.group("cjk")
            fields = field_of(f"{head} {label}") if head else field_of(label)
            value = line[match.end() : after.start() if after else len(line)].lstrip()
            value, head = _glued_label_head(value) if after else (value, "")
            # a row of a table: the cell ends at the gap before the next ("Dir: A B    Subtitles")
            value = CELL_GAP.split(value, maxsplit=1)[0]
            # a label no language lists ends the value too: "Direksyon: A B Produksyon: C"
            value = before_inner_label(value)
            found.append((fields, label, value, match.start()))
    return tuple(found)


#: the most words of a longer label written before a known label's last word
_HEAD_WORDS = 3
#: a capital glued after three lower-case letters: not the capital inside a name ("McCann",
#: "DiCaprio", "MacDonald")
_GLUED_WORD = re.compile(r"(?<=[a-zß-ÿа-я]{3})(?=[A-ZÀ-ÞА-Я])")


def _glued_label_head(value: str) -> tuple[str, str]:
    """(value, head) when the first words of the next label are glued to the end of
    ``value``: "Ernesto de SousaAssistente(s) de" before "realização:" is the name "Ernesto
    de Sousa" and the head "Assistente(s) de" of the label "Assistente(s) de realização", an
    assistant's, not the director's; (``value``, "") when no capital glued there opens one."""
    for glue in _GLUED_WORD.finditer(value):
        head = value[glue.start() :].strip()
        if 2 <= len(head.split()) <= _HEAD_WORDS and not re.search(r"[,;:：]", head):
            return value[: glue.start()], head
    return value, ""


#: what parts a line of credits written without line breaks: " // ", " | ", ". ", "; "
_SEGMENT = re.compile(r"\s+//\s+|\s+\|\s+|(?<=\w{2})[.;]\s+|\s+[–—]\s+")
#: … and " / " too, for the cast ("감독 장 뤽 고다르 / 출연 엘로이즈 고뎃, …"): the directors'
#: ballot, which weighs each name of a part on its own, keeps the parts above
_SLASHED = re.compile(rf"{_SEGMENT.pattern}|\s+/\s+")
#: where a label may open a value inside a part: after a comma
_COMMA = re.compile(r",\s+")


def segment_lists(text: str, field: str, after_comma: bool | None = None) -> list[Mention]:
    """The names after a label of ``field`` that opens a part of a line, with or without a
    colon, where credits run on in one line ("… // De: Kleber Mendonça Filho // Com: …",
    "Direção e Roteiro de Carlos Diegues. Produção de …", "…, 98min, dir Kenneth Branagh.",
    "Regie Clark Johnson Cast Michael Douglas, Kiefer Sutherland"): the value runs to the
    end of the part or to the next label. A line's first credit of a field counts; with
    ``after_comma``, only one whose label follows a comma (True) or does not (False)."""
    found = []
    for parts in _parts_of_lines(text, _SLASHED if field == "cast" else _SEGMENT):
        for at, label, fields, value, comma in parts:
            if after_comma is not None and comma != after_comma:
                continue
            spaced = _spaced_uncased(value) if field == "cast" else []
            names = (spaced or names_from(value, 0)) if field in fields else []
            if names:
                found.append(Mention("; ".join(names), label, at))
                break
    return found


def _spaced_uncased(value: str) -> list[str]:
    """The names of a labelled part parted by commas, each of two or three words of a script
    without capitals: Korean writes a foreign name's parts apart ("출연 엘로이즈 고뎃, 제시카
    에릭슨"), where a name read word by word would stop at its first word. [] otherwise."""
    parts = [part.strip() for part in re.split(r"[,，、]", value)]
    if len(parts) < 2 or not all(2 <= len(part.split()) <= 3 for part in parts):
        return []
    return parts if all(map(is_uncased_name, parts)) else []


@lru_cache(maxsize=4)
def _parts_of_lines(
    text: str, segment: re.Pattern[str] = _SEGMENT
) -> tuple[tuple[_Part, ...], ...]:
    """The labelled parts of each line that has some, parted by ``segment`` (read once for
    the directors and once for the cast)."""
    found = []
    for line in text.splitlines():
        if len(line) > 2000 or (not segment.search(line) and not _COMMA.search(line)):
            continue
        parts = _labelled_parts(line, segment)
        if parts:
            found.append(tuple(parts))
    return tuple(found)


#: offset in its line, label, fields, value, whether a comma opened it
_Part = tuple[int, str, tuple[str, ...], str, bool]


#: a dash between two parts of a line, a space either side
_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _dashed_names(line: str) -> str:
    """``line`` with its dashes written as commas where they part a list of names ("Reparto:
    Colin Firth – Helena Bonham Carter – Geoffrey Rush – Michael"), not credits; each part
    keeps its offset."""
    pieces = _DASH.split(line)
    if len(pieces) < 4 or not all(is_name(p.strip()) for p in pieces[1:-1]):
        return line
    return _DASH.sub(lambda m: "," + " " * (len(m.group(0)) - 1), line)


def _labelled_parts(line: str, segment: re.Pattern[str] = _SEGMENT) -> list[_Part]:
    """(offset, label, fields, value, after a comma) of each label that opens a part of
    ``line``, at its start, after a comma or written with a capital inside it."""
    parts = []
    start = 0
    line = _dashed_names(line)
    for part in segment.split(line):
        at = line.find(part, start)
        start = at + len(part)
        opens = sorted({0, *(m.end() for m in _COMMA.finditer(part))})
        labelled: list[tuple[int, tuple[str, tuple[str, ...], int]]] = []
        for i in opens:
            found = _opening_label(part[i:]) if _may_open_label(part, i) else None
            if found and (not labelled or i >= labelled[-1][0] + labelled[-1][1][2]):
                labelled.append((i, found))  # not a label joined to the one before it
        for k, (i, (label, fields, skip)) in enumerate(labelled):
            end = labelled[k + 1][0] if k + 1 < len(labelled) else len(part)
            for run in _label_runs(label, fields, part[i + skip : end]):
                parts.append((at + i, *run, i > 0))
    return parts


def _label_runs(
    label: str, fields: tuple[str, ...], value: str
) -> list[tuple[str, tuple[str, ...], str]]:
    """A value cut where a label written with a capital opens the next one: "Regie Clark
    Johnson Cast Michael Douglas" -> ("Regie", …, "Clark Johnson"), ("Cast", …, "Michael …")."""
    runs = []
    while True:
        cut = _capital_label(value, skip_first=True)
        runs.append((label, fields, value[: cut.start()] if cut else value))
        opened = _opening_label(value[cut.start() :]) if cut else None
        if cut is None or opened is None:
            return runs
        label, fields, skip = opened
        value = value[cut.start() + skip :]


#: a word of a label: no space, no colon
_LABEL_WORD = re.compile(r"[^\s:：]+")


def _may_open_label(part: str, at: int) -> bool:
    """False when ``part[at:]`` cannot open with a label (:func:`_opening_label`'s first test,
    without copying the rest of the part): its first word opens no label's words."""
    word = _LABEL_WORD.search(part, at, at + 80)
    return word is not None and key(word.group(0)).split(" ")[0] in _first_words()


@lru_cache(maxsize=4096)  # the list readers ask again about the same parts of a page's lines
def _opening_label(part: str) -> tuple[str, tuple[str, ...], int] | None:
    """(label, fields, where its value starts) when ``part`` opens with a label of one to four
    words, then maybe a colon or the word for "by" ("Direção e Roteiro de X", "De: X")."""
    words = list(_LABEL_WORD.finditer(part[:80]))
    if not words or key(words[0].group(0)).split(" ")[0] not in _first_words():
        return None
    for size in range(min(4, len(words) - 1), 0, -1):
        label = part[: words[size - 1].end()]
        fields = field_of(label) or (("directors",) if size == 1 and _is_by(label) else ())
        if not fields:
            continue
        after = _AFTER_LABEL.match(part, words[size - 1].end())
        end = after.end() if after else words[size - 1].end()
        end = _past_joined_labels(part, end)
        if fields == ("directors",) and size == 1 and _is_by(label) and ":" not in part[:end]:
            return None  # "de X" without a colon is prose
        return (label, fields, end) if part[end:].strip() else None
    return None


#: the labels joined to a first one before their colon: ", producer and writer:"
_JOINED_LABELS = re.compile(r"([^:：\n]{3,60}?)[ \t]*[:：][ \t]*")


def _past_joined_labels(part: str, end: int) -> int:
    """Where the value starts when other labels are joined to the first by commas or "and"
    before one colon ("Director, producer and writer: John Smith", "בימוי, הפקה ותסריט:
    יאיר קדר"): after that colon; else ``end``."""
    joined = _JOINED_LABELS.match(part, end)
    if not joined:
        return end
    pieces = [p.strip() for p in _joins().split(joined.group(1)) if p.strip()]
    return joined.end() if pieces and all(_label_word(p) for p in pieces) else end


@cache
def _joins() -> re.Pattern[str]:
    return recache.compile(rf"[,&/]|\s(?:{lang.alternation('conjunctions')})\s")


def _label_word(word: str) -> bool:
    """A label of some field, perhaps with "and" as its prefix ("ותסריט")."""
    if field_of(word):
        return True
    prefixes = [p for p in lang.cues("prefix_conjunctions") if word.startswith(p)]
    return any(field_of(word[len(p) :]) for p in prefixes)


_AFTER_LABEL = re.compile(r"\s*[:：]?\s*(?:(?:by|de|di|da|do|von|par|por|van|av|af|od)\s+)?")


@cache
def _first_words() -> frozenset[str]:
    """The first words of every label and the words for "by", as keys: a quick test."""
    labels = [w for field in lang.labels().values() for w in field]
    return frozenset(key(w).split(" ")[0] for w in [*labels, *lang.cues("by")] if key(w))


@cache
def _by_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.cues("by"))


def _is_by(word: str) -> bool:
    return word.lower() in _by_words()


@cache
def _capitals() -> re.Pattern[str]:
    """A label of a people's or fact field written with a capital inside a line."""
    words = longest_first(
        {w for field in lang.labels().values() for w in field if len(w) >= 3 and w.isalpha()}
    )
    return recache.compile(rf"(?<=\s)(?:{alternation(words, spaces=True)})(?=\s+\S)", re.IGNORECASE)


def _capital_label(text: str, skip_first: bool = False) -> re.Match[str] | None:
    """The first label word written with a capital inside ``text`` (after its first word
    with ``skip_first``), or None."""
    for match in _capitals().finditer(text):
        if match.group(0)[0].isupper() and field_of(match.group(0)):
            if skip_first and not text[: match.start()].strip():
                continue
            return match
    return None
