"""More places a title can stand, for pages where the headings and quotes miss it.

Each is a candidate *source*, not a rule: it adds candidates with a feature saying where they
came from, and the fitted weights of :mod:`.titlemodel` decide whether that place is worth
anything on a page. A short line standing alone further down that the text repeats; the value
of a fact sheet's first line, "label: value" with a label no language module knows; the head of
a heading written "Name: what the post says" (read as a label line by the scanner); a name
written before its year in parentheses ("exibe QUE HORAS ELA VOLTA (2015)"); and, for a page
that offers nothing else, its first line that reads like a heading.

Two more sources were tried and left out because leave-one-page-out accuracy fell with them
(``bench/fit_title.py``): a run of Latin letters inside text in another script, and the words
after the word for film up to a parenthesised other title; both brought in more noise than
titles.
"""

from __future__ import annotations

import re

from indexer.extract.pages.facts import line_facts
from indexer.extract.pages.labels import PEOPLE_FIELDS, field_of
from indexer.extract.pages.text import is_noise
from indexer.extract.pages.titlecues import credit_line, reviewed
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import heading_like, is_date_word
from indexer.normalize import country_name, is_language_name

_LATE_FROM, _LATE_TO = 8, 80


def late_lines(ballot: FeatureBallot, lines: tuple[str, ...], body: str) -> None:
    """Short lines standing alone between lines 8 and 80 whose text the page repeats (a title
    over a review body, below the credits)."""
    folded = body.casefold()
    for i in range(_LATE_FROM, min(len(lines), _LATE_TO)):
        text = lines[i].strip()
        if not text or len(text) > 80 or lines[i - 1].strip():
            continue
        if i + 1 < len(lines) and lines[i + 1].strip():
            continue
        # the repeat first: heading_like is the costly test
        repeated = len(text.split()) <= 8 and folded.count(text.casefold()) >= 2
        if repeated and heading_like(text, set()):
            ballot.add(text, "late_line", 1.0, i)


_LABEL_VALUE = re.compile(r"^(?P<label>[^:\n\d]{1,25}?)\s*:\s*(?P<value>\S[^:\n]{0,80})$")


def first_label_value(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The value of the page's first line when it reads "label: value" and no language module
    knows the label (a fact sheet opening with the title: "মুভি : রয়েল বেঙ্গল টাইগার")."""
    i = next((i for i, line in enumerate(lines) if line.strip()), None)
    if i is None or is_noise(lines[i]):  # "Tag Archives: Desencanto": the blog's tag
        return
    match = _LABEL_VALUE.match(lines[i].strip())
    if match is None or len(match.group("label").split()) > 3 or field_of(match.group("label")):
        return
    head = without_label(match.group("label").strip())
    if head != match.group("label").strip():  # "கதிர் நடிகர்கள்: …": a name, then "actors:"
        ballot.add(head, "label_head", 1.0, i)
        return
    value = match.group("value").strip(" .。।")
    # "Upphovsland: Sverige": a country, language or date tells an unknown label's field
    typed = country_name(value) or is_language_name(value) or is_date_word(value)
    if re.search(r"[^\W\d_]", value) and len(value.split()) <= 10 and not typed:
        ballot.add(value, "first_label_value", 1.0, i)


_HEAD = re.compile(r"^[\W_]{0,2}(?P<head>[^:\n]{1,60}?)\s*:\s+(?P<rest>\S.{3,})$")


def label_heads(ballot: FeatureBallot, lines: tuple[str, ...], stop: int) -> None:
    """The head of an early line "Name: what the post says" whose head no language module
    knows as a label ("Venus: Jaume Balagueró se inspira…", "LOE GUE END : Teror…")."""
    seen, before = 0, ""
    for i, line in enumerate(lines[: max(stop, 1) + 1]):
        if not line.strip():
            continue
        seen += 1
        # the first such line only, and not one under a label ("Quotes:" then "Fifi: …")
        if seen > 12 or before.endswith(":"):
            break
        before = line.strip()
        match = _HEAD.match(line.strip())
        if match is None:
            continue
        head = _before_open_bracket(without_label(match.group("head").strip()))
        sentence = re.search(r"[.!?]\s", head)  # "Monday 8th July, ODEON Cinema. Start time"
        if len(head.split()) > 6 or field_of(head) or is_noise(head) or sentence:
            continue
        if credit_line(head) and not reviewed(head):
            continue  # "Regisseur Amir Toodehroosta: Ik wilde …": a person speaks
        if re.search(r"[^\W\d_]", head) and not re.search(r"\d\s*$", head):
            ballot.add(head, "label_head", 1.0, i)
            name = reviewed(head)
            if name:  # "Director Movie Review: …": the headline's name
                ballot.add(name, "review_name", 1.0, i)
            return


#: a name before its year in parentheses: capitalised words, short lower-case words between them
_BEFORE_YEAR = re.compile(
    r"(?<![\w'’])(?P<name>[^\W\d_a-zà-ÿ][\w'’&.-]*(?:\s+(?:[^\W\d_a-zà-ÿ][\w'’&.-]*|[\w'’]{1,4}(?=\s+[^\W\d_a-zà-ÿ])|\d+)){0,7}(?:,\s[^\W\d_a-zà-ÿ][\w'’]{0,2})?),?\s+\((?:18[89]|19\d|20\d)\d\)"
)
#: what every match of it ends with: a line without it is passed over at once
_YEAR_IN_PARENS = re.compile(r"\((?:18[89]|19\d|20\d)\d\)")


def _before_open_bracket(head: str) -> str:
    """A head without the bracket its line's colon left open ("Bacurau (Onde Assistir" of
    "Bacurau (Onde Assistir: Google Play)"): the name ends where the bracket opens."""
    for opening, closing in ("()", "[]"):
        at = head.rfind(opening)
        if at > 0 and closing not in head[at:]:
            head = head[:at].rstrip()
    return head


def before_year(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Names written before a year in parentheses in the first 80 lines ("… exibe QUE HORAS
    ELA VOLTA (2015). Dirigido por…"): how a text names a film."""
    for i, line in enumerate(lines[:80]):
        if not _YEAR_IN_PARENS.search(line):
            continue
        for match in _BEFORE_YEAR.finditer(line):
            name = match.group("name").strip(" .,")
            if 0 < len(name) <= 80 and not is_noise(name):
                ballot.add(name, "before_year", 1.0, i)


#: where a line's head may end and its facts begin: a bracket, a dash, a comma or a bar
_FACTS_FROM = re.compile(r"\s*(?:[(\[]|\s[-–—|/]\s|,\s)")
#: a digit of any script
_DIGIT = re.compile(r"\d")


def may_hold_run_facts(text: str) -> bool:
    """Whether ``text`` may hold facts of two kinds among years, runtimes and countries: one of
    them is a year or a runtime, and :func:`.facts.line_facts` reads neither from a text
    without a digit (a cheap test before the fact reader is asked)."""
    return _DIGIT.search(text) is not None


def before_facts(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The head of an early line whose rest is a run of facts of two kinds or more
    ("USTAV REPUBLIKE HRVATSKE (Hrvatska, Češka) 2016, 90`", "Film Bitti - Video 1989 -
    94 min."): how programmes and catalogues write a film's line. A line is read up to its
    first label a language module knows: a catalogue's paragraph runs on into the credits
    ("Sátántangó - magyar, 1994. Rendezte: Tarr Béla. Írta: …")."""
    for i, line in enumerate(lines[:40]):
        if not may_hold_run_facts(line):
            continue
        text = _before_label(_unwrapped(line.strip())).strip()
        if len(text) > 200 or not may_hold_run_facts(text):
            continue
        for match in _FACTS_FROM.finditer(text):
            head = text[: match.start()].strip(" .,:;-–—|")
            if not head or len(head) > 80 or len(head.split()) > 10:
                continue
            rest = _before_label(text[match.start() :]).strip(" ,-–—|/")
            if len(rest.split()) > 25 or not may_hold_run_facts(rest):
                continue
            found = line_facts(rest, strict=False)
            kinds = sum(
                1 for name in ("years", "runtimes", "countries") if found and getattr(found, name)
            )
            if found is None or kinds < 2 or found.leftover > 3:
                continue
            # "Sat 24th Sept 7.30pm: BELFAST (12A) 2022, UK": a showing's time before the name
            head = head.rsplit(": ", 1)[-1].strip()
            if head and re.search(r"[^\W\d_]", head) and not is_noise(head):
                ballot.add(head, "before_facts", 1.0, i)
            break


#: a line wrapped whole in one pair of brackets ("(Passing, USA, 2021)" under a headline)
_WRAPPED = re.compile(r"\((?P<inner>[^()]+)\)|\[(?P<square>[^\[\]]+)\]")


def _unwrapped(line: str) -> str:
    """A line without the brackets that wrap it whole: "(Passing, USA, 2021)" -> "Passing,
    USA, 2021", a film's name and facts set apart under a review's headline."""
    match = _WRAPPED.fullmatch(line)
    if match is None:
        return line
    return (match.group("inner") or match.group("square")).strip()


#: a label of one or two words inside a line, and its colon ("…, 90 min., režie: David …")
_INNER_LABEL = re.compile(r"(?<=[\s,.;|])([^\W\d_]+(?:\s[^\W\d_]+)?)\s?:\s")


def _before_label(rest: str) -> str:
    """A line's rest up to its first label that a language module knows ("Česko 2019, drama,
    90 min., režie: David Balda, hrají: …" -> "Česko 2019, drama, 90 min.,"): the facts a
    catalogue writes before the credits."""
    for match in _INNER_LABEL.finditer(rest):
        if field_of(match.group(1)):
            return rest[: match.start()]
    return rest


#: "Kalevala: Kullervon tarina. Ohjaus Antti J. Jokinen.", "Close - Regie: Lukas Dhont": a
#: name, a stop or a dash, then the rest of the line
_BEFORE_CREDIT = re.compile(
    r"^[\W_]{0,2}(?P<head>[^.!?\n]{1,80}?)(?:\.\s+|\s[-–—|]\s)(?P<rest>\S.*)$"
)
#: a label of one or two words, a colon or none, and a capitalised name
_CREDIT_LABEL = re.compile(r"^(\S+)(?:\s+(\S+))?\s*:?\s+[^\W\d_a-z]")


def before_credit(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The head of an early line whose rest opens with the director's label and a name
    ("Kalevala: Kullervon tarina. Ohjaus Antti J. Jokinen. Käsikirjoitus …"): the credits
    paragraph of a review or a programme names the film first, as a fact line does."""
    for i, line in enumerate(lines[:40]):
        match = _BEFORE_CREDIT.match(line.strip())
        if match is None or not _credit_label(match.group("rest")):
            continue
        head = match.group("head").strip(" .,:;-–—|")
        if 0 < len(head.split()) <= 8 and re.search(r"[^\W\d_]", head) and not is_noise(head):
            ballot.add(head, "before_facts", 1.0, i)


def _credit_label(rest: str) -> bool:
    """Whether ``rest`` opens with the director's label ("Ohjaus", "Dir:", "Directed by")."""
    words = rest.split(maxsplit=2)
    for size in (1, 2):
        label = " ".join(words[:size]).rstrip(":")
        after = words[size] if len(words) > size else ""
        if after[:1].isupper() and "directors" in field_of(label.rstrip(".")):
            return True
    return False


def without_label(head: str) -> str:
    """A head without the label word its line runs on into ("கதிர் நடிகர்கள்" -> "கதிர்": the
    name, then the label "actors" of the facts that follow). Only a credit's label: a title
    ends in a word that labels another field as often ("Tokyo Story", "Love Story": "Story"
    labels a synopsis)."""
    words = head.split()
    for size in (2, 1):
        if len(words) > size and PEOPLE_FIELDS & set(field_of(" ".join(words[-size:]))):
            return " ".join(words[:-size])
    # "Повесть о неизвестном актёреРежиссер": the label glued to the name's last word
    last = words[-1] if words else ""
    at = next((k for k in range(1, len(last)) if last[k - 1].islower() and last[k].isupper()), 0)
    if at and PEOPLE_FIELDS & set(field_of(last[at:])):
        return head[: len(head) - len(last) + at].rstrip()
    return head


#: what parts a label's cell from its value's on one line without a colon: a tab, a bar (or the
#: Hangul letter ㅣ that Korean pages write as one: "제 목ㅣ 디렉터스컷"), a run of spaces
_CELLS = re.compile(r"\t+|\s*[|ㅣ]\s*|\s{3,}")
#: the most words of a title in a label's cell
_CELL_WORDS = 12


def cell_labelled(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The value of a fact sheet's title label written as two cells of one line, parted by a
    run of spaces, a tab or a bar instead of a colon ("Titolo     IL SORPASSO")."""
    for i, line in enumerate(lines[:80]):
        if not _CELLS.search(line.strip()):
            continue
        cells = [c.strip() for c in _CELLS.split(line.strip()) if c.strip()]
        if len(cells) != 2 or "title" not in field_of(cells[0].rstrip(":：").strip()):
            continue
        value = cells[1].strip(" :：")
        if re.search(r"[^\W\d_]", value) and len(value.split()) <= _CELL_WORDS:
            ballot.add(value, "cell_labelled", 1.0, i)


def fallback(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """For a page no cue found a name on: the first line's head (before a colon, a bar or a
    dash), so that the page is kept with the rest of its facts."""
    for i, line in enumerate(lines[:40]):
        text = re.split(r"\s+[:|–—-]\s+|:\s+|\s{3,}", line.strip(), maxsplit=1)[0].strip(" :|")
        text = without_label(text)
        if not text or is_noise(text) or is_date_word(text) or not re.search(r"[^\W\d_]", text):
            continue
        if field_of(text):  # "Director: Michael Mann": a label, and no name for the film
            continue
        words = text.split()
        if len(words) > 8:
            continue
        # "கட்டம் சொல்லுது திரை விமர்சனம் !": a review's headline gives its name
        ballot.add(reviewed(text) or text, "fallback_line", 1.0, i)
        return


#: the most words of a fact line under a heading ("Polska 2018. Reż. Ewa Bukowska. Aktorzy: …")
_FACTS_BELOW_MOST = 30


def _name_and_year(text: str) -> bool:
    """Whether a line is a name and its year in parentheses and nothing else ("O PAGADOR DE
    PROMESSAS (1962)", "Tokyo Story (1953)"): the film's own line, not the facts of the
    heading above it (a site's section, "Filmes por gênero")."""
    match = _BEFORE_YEAR.match(text)
    return (
        match is not None
        and not text[match.end() :].strip(" .")
        and not country_name(match.group("name").strip(" ,"))
    )


def facts_below(lines: tuple[str, ...], i: int) -> bool:
    """Whether the next line with text after line ``i`` (one blank line between at most) is a
    line of facts of two kinds or more ("Polska 2018. Reż. …", "(Francia 2024, 127’, DCP)",
    "Director: Thomas Vinterberg . Denmark 2012 . 115 mins"): how a programme, a catalogue or
    a gallery of releases writes a film's name over its facts."""
    for j in range(i + 1, min(i + 3, len(lines))):
        text = lines[j].strip()
        if not text:
            continue
        if len(text.split()) > _FACTS_BELOW_MOST or not may_hold_run_facts(text):
            return False
        if _name_and_year(text):
            return False
        found = line_facts(text, strict=False)
        kinds = sum(
            1 for name in ("years", "runtimes", "countries") if found and getattr(found, name)
        )
        return kinds >= 2
    return False
