"""What tells a story's description from a news or event lede and from a notice.

A page about a film often opens with news ("… se estrena en cines el próximo día 2",
"В программе основного конкурса … фестиваля", "19 აპრილს კინოთეატრში …") or a notice (an
archive or health notice, a copyright line) before the paragraph that tells the story
("Lucía trabaja bailando en una discoteca…", "تدور أحداث الفيلم…"). The words come from the
language modules (``event_words``, ``story_words``, ``notice_words`` of
:class:`~indexer.lang.base.Language`), every language's list compiled as one pattern of shared
beginnings (:mod:`indexer.wordre`), so a page costs one search per cue whatever its language.
The shapes (a date or a weekday at the start, a copyright sign) need no language.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages.text import SPACES, date_pattern, heading_words, months, weekdays
from indexer.normalize import key
from indexer.wordre import alternation

#: how far into a paragraph each cue looks: a lede announces its event in its first sentence
EVENT_CHARS = 200
STORY_CHARS = 600
NOTICE_CHARS = 300
DATE_CHARS = 40

#: scripts written without spaces: their words match anywhere, not only at a word's start
_ANYWHERE = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
#: Hebrew and Arabic script, where particles are written onto the word ("בסינמטק",
#: "والمهرجان"): a word may follow them
_PREFIXED = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_PARTICLES = r"(?:[והבלמשכ]{1,2}|[وفبلك]{1,2}(?:ال)?|ال)?"
#: the letters that open a particle of :data:`_PARTICLES`
_PARTICLE_LETTERS = "והבלמשכوفبلكا"
_COPYRIGHT = re.compile(r"©|\(c\)\s|\bcopyright\b")  # searched in lowered text


@cache
def words(kind: str) -> re.Pattern[str]:
    """The words of ``kind`` (``event_words``, ``story_words``, ``notice_words``,
    ``film_plurals``) of every
    language as one pattern: whole words, stems (written with a final ``*``) at a word's
    start (in Hebrew and Arabic script after the particles written onto a word), words of
    scripts without spaces anywhere."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    anywhere = []
    for word in lang.cues(kind):
        if _ANYWHERE.match(word):
            anywhere.append(word.rstrip("*"))
            continue
        key = (_PREFIXED.match(word) is not None, word.endswith("*"))
        groups.setdefault(key, []).append(word.rstrip("*"))
    parts = []
    for (prefixed, stem), found in sorted(groups.items()):
        before = _PARTICLES if prefixed else ""
        after = "" if stem else r"(?!\w)"
        parts.append(rf"{before}(?:{alternation(found, spaces=True)}){after}")
    # every group opens at a word's start: one look behind before the groups turns away a
    # place inside a word once, not once for each group (the same matches, in the same order)
    parts = [rf"(?<!\w)(?:{'|'.join(parts)})"] if parts else []
    if anywhere:
        parts.append(f"(?:{alternation(anywhere, spaces=True)})")
    # the words are written in lower case, and text is lowered before it is searched: twice
    # as fast as a search that ignores case
    if not parts:
        return recache.compile(r"(?!)")
    return recache.compile(f"{_opening(groups, anywhere)}(?:{'|'.join(parts)})")


def _opening(groups: dict[tuple[bool, bool], list[str]], anywhere: list[str]) -> str:
    """A look-ahead at the characters that open any word of the groups and of ``anywhere``,
    or a particle of Hebrew and Arabic script (:data:`_PARTICLES`): one look turns away most
    places before each group is tried (every match opens with one of them); "" when a word
    opens with a space."""
    words = [w for found in groups.values() for w in found] + anywhere
    firsts = {w[:1] for w in words} | set(_PARTICLE_LETTERS)
    if "" in firsts or any(f.isspace() for f in firsts):
        return ""
    return f"(?=[{''.join(re.escape(f) for f in sorted(firsts))}])"


def distinct(kind: str, text: str) -> int:
    """How many different words of ``kind`` ``text`` holds."""
    return len({SPACES.sub(" ", m) for m in words(kind).findall(text.lower())})


def event_words(text: str) -> float:
    """Words of a screening, release or festival in the paragraph's opening (0 to 1, three
    different words or more is 1)."""
    return min(distinct("event_words", text[:EVENT_CHARS]), 3) / 3


def story_words(text: str) -> float:
    """Words of a story told (characters, their lives, "the story of") among the paragraph's
    first characters (0 to 1, six different words or more is 1)."""
    return min(distinct("story_words", text[:STORY_CHARS]), 6) / 6


@lru_cache(maxsize=2048)
def many_films(text: str) -> bool:
    """Films spoken of in the plural among the paragraph's first characters ("30 films
    datant de 1939 à 2021", "nine new feature films", "Οι ταινίες που ξεχωρίζουν"): a
    programme's, a festival's or a list's introduction, or news of the week's releases."""
    return words("film_plurals").search(text[:STORY_CHARS].lower()) is not None


#: the most words of a heading of another section or item, and of one whose word for
#: "other" or "related" ends it ("Noticias relacionadas", "Tin cùng chuyên mục")
_OTHER_HEADING_WORDS = 6
_OTHER_LAST_WORDS = 4
_OTHER_HEADING_CHARS = 60


def other_heading(text: str) -> bool:
    """A heading of another section or item of the page, which the text of the film does not
    go on under: a short line, no sentence and no number, that opens with a link to another
    article (``read_also``, with or without its colon: "Читайте также", "Lire aussi") or with
    a word for other, more, related, latest, next or previous (``other_words``: "Other news
    from the parish", "More from the festival", "Related", "Weitere Filme"), or ends with one
    where the adjective follows its noun ("Noticias relacionadas", "新闻推荐")."""
    line = heading_words(text).lower()
    size = len(line.split())
    if not line or size > _OTHER_HEADING_WORDS or len(line) > _OTHER_HEADING_CHARS:
        return False
    if re.search(r"[.!?。！？…]$", line):
        return False  # a sentence of the text may say "other" ("The others left.")
    if re.search(r"\d", line):
        return False  # a link with a count is the text's own ("More photos (78)")
    if words("read_also").match(line) or words("other_words").match(line):
        return True
    return size <= _OTHER_LAST_WORDS and _last_word().search(line) is not None


@cache
def _last_word() -> re.Pattern[str]:
    """A word of ``other_words`` that ends a line."""
    return recache.compile(rf"(?:{words('other_words').pattern})$")


def is_notice(text: str) -> bool:
    """An archive or health notice or a copyright line: its words or a copyright sign near
    the paragraph's start."""
    head = text[:NOTICE_CHARS].lower()
    found = _COPYRIGHT.search(head) or words("notice_words").search(head)
    return found is not None


def opens_with_date(text: str) -> bool:
    """A paragraph that opens with a date or a weekday ("19 აპრილს …", "Friday 30 March",
    "ศุกร์ที่ ๓๐ มีนาคม"): a programme note or a news item, not a story."""
    head = text[:DATE_CHARS]
    found = date_pattern().search(head) or weekdays().search(head) or _day_month().search(head)
    return found is not None


def defines_film(text: str) -> bool:
    """A paragraph that opens by defining the film ("X is a 2009 Greek film", "X est un
    long métrage", "X ist ein Spielfilm"): an encyclopaedia's first paragraph."""
    return _definition().search(text[:EVENT_CHARS].lower()) is not None


@cache
def _definition() -> re.Pattern[str]:
    is_a = alternation(lang.cues("is_a"), spaces=True)
    film = alternation(lang.cues("film_words"), spaces=True)
    return recache.compile(rf"(?<!\w)(?:{is_a})(?!\w)[^.!?。,;]{{0,50}}?(?<!\w)(?:{film})(?!\w)")


def opens_with_story_head(text: str) -> bool:
    """A paragraph headed by its own synopsis label or story word and a colon ("La historia:
    Lucía trabaja…", "Plot: …", "Сюжет: …", "故事:一个…"): the description of the story,
    labelled inline."""
    match = _HEAD.match(text)
    if match is None:
        return False
    head = match.group(1).strip().lower()
    if head in _synopsis_labels():
        return True
    # "Interpreti e personaggi:", "Cast & characters:": a cast list, whatever its story word
    return words("story_words").search(head) is not None and not _cast_labels().intersection(
        key(head).split()
    )


@cache
def _cast_labels() -> frozenset[str]:
    """The one-word labels of the cast in every language, as keys ("interpreti", "cast")."""
    return frozenset(k for w in lang.labels().get("cast", ()) if " " not in (k := key(w)))


#: a head and its colon, then a space, or a letter of a script written without spaces
#: ("故事:一个风平浪静的下午")
_HEAD = re.compile(rf"([^\W\d_][^:：.!?\n]{{0,24}})[:：](?:\s|(?={_ANYWHERE.pattern}))")


@cache
def _synopsis_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in lang.labels().get("synopsis", ()))


@cache
def _day_month() -> re.Pattern[str]:
    """A day's number before a month name that carries a case ending ("19 აპრილს") or is
    written without a space ("๓๐ มีนาคม"), which the calendar date pattern leaves out."""
    return recache.compile(rf"(?<!\d)\d{{1,2}}\.?\s*(?:{months()})", re.IGNORECASE)


#: the longest heading read as a synopsis heading, and its most words
_HEADING_CHARS = 30
_HEADING_WORDS = 3
#: the longest ending a suffixing language writes onto a synopsis label ("Konu" -> "Konusu")
_SUFFIX = 2


#: a question's mark ending the text
_QUESTION_END = re.compile(r"[?？؟]$")


@lru_cache(maxsize=4096)
def story_heading(heading: str, title: str) -> bool:
    """A short heading line that holds a synopsis label among a word or two more ("Sinopsis
    Cerita", "FİLMİN KONUSU:", "Кратка содржина"), or the label with a short suffix: the
    paragraph below it tells the story, as under a label standing alone; or a question the
    language modules write over a story (``story_questions``: "DE QUOI ÇA PARLE ?"). A
    heading that names the film ("Toy Story") is its title, not a label."""
    text = heading.strip().strip(" :：-–—|#*•").strip()
    if _QUESTION_END.search(text) and key(text.lstrip("¿")) in _question_keys():
        return True  # "DE QUOI ÇA PARLE ?", "What is it about?", "O czym jest film?"
    if not text or len(text) > _HEADING_CHARS or re.search(r"[.!?。！？,;]$", text):
        return False
    parts = key(text).split()
    if not parts or len(parts) > _HEADING_WORDS:
        return False
    name = key(title)
    if name and (name in " ".join(parts) or " ".join(parts) in name):
        return False
    labels = _label_keys()
    return any(w in labels or _suffixed_label(w) for w in parts)


def _suffixed_label(word: str) -> bool:
    """Whether ``word`` is a label of :func:`_stems` with :data:`_SUFFIX` letters or fewer
    after it: its openings of those lengths looked up, not every label tried."""
    stems = _stems()
    return any(word[:n] in stems for n in range(max(0, len(word) - _SUFFIX), len(word) + 1))


@cache
def _question_keys() -> frozenset[str]:
    """The questions over a story of every language, as keys."""
    return frozenset(key(w) for w in lang.cues("story_questions"))


@cache
def _label_keys() -> frozenset[str]:
    return frozenset(key(w) for w in _synopsis_labels())


@cache
def _stems() -> frozenset[str]:
    """One-word synopsis labels long enough to carry a suffix (four letters or more)."""
    return frozenset(s for s in _label_keys() if len(s) >= 4 and " " not in s)
