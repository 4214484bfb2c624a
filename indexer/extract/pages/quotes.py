"""Critics' quotes and their attribution.

Forms read: ``"…" -- Name, Outlet`` (same line or the next), ``“…” Name, Outlet``, ``"…"
(Outlet)`` inline, ``„…“`` then ``(Name, Outlet)`` on the next line, ``Name, Outlet`` on the
line after a quoted line, ``Reviewed by Name``, ``Name says: "…"``, ``As Name said: '…'``, a
header such as ``FEATURED REVIEW`` / ``Pressestimmen`` / ``EXTRAITS DE PRESSE`` opening a
block where an attribution may come before the text or an outlet may close a line, and long
quoted passages with no attribution. Dialogue, taglines and statements introduced by
"saying:" are not critics' quotes.
"""

from __future__ import annotations

import re

from indexer.extract.pages.facts import is_name
from indexer.extract.pages.scan import starts_label
from indexer.extract.pages.text import is_noise
from indexer.normalize import country_name, key

_OPEN = '"“„«‘‹'
_CLOSE = "\"”“»’›'"
_OUTLET_WORDS = frozenset(
    re.findall(
        r"\S+",
        "times guardian observer variety reporter post news magazine review journal tribune empire "
        "bbc monde film films cinema weekly daily herald telegraph independent voice wire week "
        "online press mail express point stone vulture indiewire slant sight screen salon verge "
        "atlantic yorker chronicle globe star sun age standard radio tv blog collider rogerebert "
        "television telerama libération liberation inrockuptibles humanité figaro parisien "
        "zeit spiegel süddeutsche faz corriere repubblica país mundo vanguardia sentinel gazette "
        "critic critics digital insider today world entertainment filmweek flavorwire",
    )
)
_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|l’|il|lo|der|die|das|el|los)\b", re.IGNORECASE)
_DASH_LINE = re.compile(r"^\s*(?:--|[–—―]|-(?=\s))\s*(?P<who>.+)$")
_TRAILING = re.compile(
    r"^(?P<text>.{30,}?)\s*(?:--|\s[–—―-]\s?|[”\"]\s*[–—―-])\s*(?P<who>[^–—\"”“]{3,80})$"
)
_AFTER_CLOSE = re.compile(r"^[\"“„«‘](?P<text>.{20,})[\"”“»’]\s*(?P<who>[A-Z★][^\"”“]{2,70})$")
_PAREN_INLINE = re.compile(r"[\"“„«]([^\"”“»]{12,}?)[\"”“»]\s*\(([^()]{2,60})\)")
_SAYS = re.compile(r"^(?P<who>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) says:\s*[\"“„«](?P<text>.+)")
_SAID = re.compile(
    r"(?P<who>[A-Z][\w-]+(?: [A-Z][\w-]+){1,2}) said:\s*[\"“‘«](?P<text>.{12,}?)"
    r"[\"”’»]"
)
_CITATION = re.compile(r"^\s*(?:\d+\.\s*)?\^|\bRetrieved \d")
_QUOTED_SPAN = re.compile(r"[\"“„«]([^\"”“»\n]{40,}?)[\"”“»]")

Attribution = tuple[str | None, str | None]
QuoteFound = tuple[str, str | None, str | None]


def parse_attribution(text: str, *, person: bool = False) -> Attribution | None:
    """(critic, outlet) from "Name, Outlet", "Outlet", "Name Outlet", "(Name, Outlet)" or
    "Reviewed by Name"; None when ``text`` does not look like an attribution."""
    text = text.strip().strip("★☆*·•").strip()
    text = re.sub(r"^(?:--|[–—―-])\s*", "", text).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    by = re.match(r"^(?:reviewed by|review by|written by|by|von|par|por)\s+", text, re.I)
    if by:
        text, person = text[by.end() :], True
    text = re.split(r"\s+[-–—]\s+", text)[0].strip().rstrip(".").strip()
    if not text or len(text.split()) > 8 or re.search(r"\d|[!?]$", text):
        return None
    if not (text[0].isupper() or text[0] in "«"):
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    while len(parts) > 2 and country_name(parts[-1]):
        parts.pop()
    if len(parts) >= 2:
        if len(parts) > 3 or len(parts[1].split()) > 5:
            return None
        return (parts[0], parts[1]) if _person(parts[0]) else (None, parts[0])
    return _single(parts[0], person)


def _single(text: str, person: bool) -> Attribution:
    if person or _person(text):
        return text, None
    words = text.split()
    if len(words) >= 3 and _outlet(words[-1]) and _person(" ".join(words[:-1])):
        return " ".join(words[:-1]), words[-1]
    return None, text


def _outlet(text: str) -> bool:
    words = [w.strip(".,()").lower() for w in text.split()]
    return bool(_ARTICLE.match(text)) or any(
        w in _OUTLET_WORDS or w.endswith(("week", "wire", "times")) for w in words
    )


def _person(text: str) -> bool:
    return is_name(text) and not _outlet(text) and len(text.split()) <= 4


def strip_quote(text: str) -> str:
    """Quote text without its quotation marks, dashes and surrounding spaces."""
    text = text.strip().rstrip("–—-").strip()
    text = re.sub(r"^[\s\"“„«‘’‹']+", "", text)
    text = re.sub(r"[\s\"”“»’›']+(?=[.]?$)", "", text)
    return text.strip()


def find_quotes(lines: tuple[str, ...], skip: set[int], press: set[int]) -> list[QuoteFound]:
    """Every critic's quote in ``lines`` as (text, critic, outlet); ``skip`` holds lines that
    carry labelled credits, ``press`` lines inside a press-quotes block."""
    found: list[QuoteFound] = []
    taken: set[int] = set()
    for i, raw in enumerate(lines):
        if i in skip or i in taken or not raw.strip() or _CITATION.search(raw) or is_noise(raw):
            continue
        found.extend(_quotes_at(lines, i, press, taken))
    return _dedupe(found)


def _quotes_at(
    lines: tuple[str, ...], i: int, press: set[int], taken: set[int]
) -> list[QuoteFound]:
    line = (
        lines[i].strip().rstrip('"”').strip()
        if re.search(r"--\s*\w[^\"”]*[\"”]$", lines[i])
        else lines[i].strip()
    )
    for finder in (_inline_forms, _dash_forms):
        quote = finder(lines, i, line, taken)
        if quote:
            return [quote]
    if _opens(line) and _words(line) >= 5:
        return [_quoted_block(lines, i, taken)]
    if i in press and _words(line) >= 8 and not _ends_closed(line):
        return [_press_line(lines, i, line)]
    if line[0] in _OPEN and _words(line) >= 5:
        return [_quoted_block(lines, i, taken)]
    if i in press and _words(line) >= 8:
        return [_press_line(lines, i, line)]
    if line.rstrip().endswith(("saying:", "said:")):
        return []
    return _spans(line)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _ends_closed(line: str) -> bool:
    return bool(re.search(r"[\"”“»’]\W*$", line))


def _opens(line: str) -> bool:
    """True when ``line`` opens a quotation that does not close inside it ("“Bing Liu's …"),
    unlike a line that starts with a quoted title ("\"Les Misérables\" n'est pas…")."""
    return line[0] in _OPEN and not re.search(r"[\"”“»]|’(?=\s)", line[1:-3])


def _spans(line: str) -> list[QuoteFound]:
    """Long quoted passages inside prose, each with a following "– Name Outlet" if any."""
    found: list[QuoteFound] = []
    for span in _QUOTED_SPAN.finditer(line):
        if _words(span.group(1)) < 10:
            continue
        after = re.match(r"\s*[–—-]\s*([^\"“”.–—]{3,60}?)\s*(?:[.]|$)", line[span.end() :])
        who = parse_attribution(after.group(1)) if after else None
        found.append((span.group(1).strip(), *(who or (None, None))))
    return found


def _inline_forms(lines: tuple[str, ...], i: int, line: str, taken: set[int]) -> QuoteFound | None:
    match = _PAREN_INLINE.search(line)
    if match:
        who = parse_attribution(match.group(2))
        if who:
            return match.group(1).strip(), *who
    for pattern in (_SAYS, _SAID):
        found = pattern.search(line)
        if found:
            critic = re.sub(r"^(?:As|Like|According to)\s+", "", found.group("who"))
            return strip_quote(found.group("text")), critic, None
    match = _AFTER_CLOSE.match(line)
    if match:
        who = parse_attribution(match.group("who"))
        if who:
            return match.group("text").strip(), *who
    return None


def _dash_forms(lines: tuple[str, ...], i: int, line: str, taken: set[int]) -> QuoteFound | None:
    if _DASH_LINE.match(line):
        return None  # an attribution line: read with the quote above it
    match = _TRAILING.match(line)
    if match and len(match.group("text").split()) >= 6:
        who = parse_attribution(match.group("who"))
        if who and (who[0] or len(match.group("who").split()) <= 5):
            return strip_quote(match.group("text")), *who
    nxt = _next_line(lines, i)
    if nxt is not None and _DASH_LINE.match(lines[nxt].strip()):
        who = parse_attribution(lines[nxt])
        if who and len(line.split()) >= 6:
            start = _quote_start(lines, i)
            taken.update(range(start, nxt + 1))
            text = " ".join(lines[k].strip() for k in range(start, i + 1) if lines[k].strip())
            return strip_quote(text), *who
    return None


def _quoted_block(lines: tuple[str, ...], i: int, taken: set[int]) -> QuoteFound:
    """A quote opening at line ``i`` (it may close a few lines later) and the attribution on
    the line after it, if any."""
    prev = _prev_line(lines, i)
    end = _closing_line(lines, i)
    text = " ".join(lines[k].strip() for k in range(i, end + 1))
    taken.update(range(i, end + 1))
    nxt = _next_line(lines, end, blanks=2)
    who = _attribution_line(lines[nxt].strip()) if nxt is not None else None
    if who and nxt is not None:
        taken.add(nxt)
        return strip_quote(text), *who
    if prev is not None and re.search(r"(?:saying|says|said|stated)\s*:?\s*$", lines[prev]):
        return "", None, None  # a statement being reported, not a critic's quote
    return strip_quote(text), None, None


def _closing_line(lines: tuple[str, ...], i: int) -> int:
    for k in range(i, min(len(lines), i + 6)):
        text = lines[k].strip()
        if not text or (k > i and text[0] in _OPEN):
            break
        if _ends_closed(text) and (k > i or len(text) > 2):
            return k
    return i


def _attribution_line(line: str) -> Attribution | None:
    if not line or line[0] in _OPEN or is_noise(line):
        return None
    if line.startswith(("(", "-", "–", "—")) or re.match(r"^(?:reviewed by|by)\s", line, re.I):
        return parse_attribution(line)
    if _words(line) <= 7 and not starts_label(line):
        return parse_attribution(line)
    return None


def _press_line(lines: tuple[str, ...], i: int, line: str) -> QuoteFound:
    prev = _prev_line(lines, i)
    if prev is not None and not _ends_closed(lines[prev]) and not _DASH_LINE.match(lines[prev]):
        text = lines[prev].strip()
        who = _attribution_line(text) if len(text.split()) <= 6 else None
        if who and not re.search(r"[.!?]$", text):
            return strip_quote(line), *who
    tail = re.search(r"^.*[.!?…»\"”]\s+((?:[A-ZÀ-Ý][\w’'-]*(?::\w+)?\s?){1,4})$", line)
    if tail:
        who = parse_attribution(tail.group(1))
        if who:
            return strip_quote(line[: tail.start(1)]), None, who[1] or who[0]
    return strip_quote(line), None, None


def _quote_start(lines: tuple[str, ...], i: int) -> int:
    """The line where a quote ending at line ``i`` opens (up to 6 lines back)."""
    line = lines[i].strip()
    if line[0] in _OPEN or line.rstrip(".")[-1] not in _CLOSE:
        return i
    for k in range(i, max(i - 6, -1), -1):
        text = lines[k].strip()
        if not text:
            return k + 1
        if text[0] in _OPEN:
            return k
    return i


def _next_line(lines: tuple[str, ...], i: int, blanks: int = 0) -> int | None:
    """The next non-empty line after ``i`` with at most ``blanks`` empty lines between."""
    for k in range(i + 1, min(len(lines), i + 2 + blanks)):
        if lines[k].strip():
            return k
    return None


def _prev_line(lines: tuple[str, ...], i: int) -> int | None:
    for k in range(i - 1, max(i - 3, -1), -1):
        if lines[k].strip():
            return k
    return None


def _dedupe(found: list[QuoteFound]) -> list[QuoteFound]:
    seen: set[str] = set()
    out: list[QuoteFound] = []
    for text, critic, outlet in found:
        k = key(text)[:80]
        if k and k not in seen and len(text.split()) >= 3:
            seen.add(k)
            out.append((text, critic, outlet))
    return out
