"""Title cues read from the text: quoted names and title marks, the word for film before a name,
and the address slug found in the text (after transliteration, or with its spaces restored).
Each records features of the candidates it finds in a
:class:`~indexer.extract.pages.titlemodel.FeatureBallot`; :mod:`.titlevote` scores and decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from indexer import lang, recache
from indexer.extract.pages import titles
from indexer.extract.pages.scripts import CAPITALS, CJK, UNCASED_SIGNS, UNSPACED
from indexer.extract.pages.text import is_link_line
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import country_name, is_language_name, key
from indexer.wordre import alternation, word_spans

#: Paired quotation and title marks: opening -> closing.
PAIRS = {
    '"': '"',
    "“": "”",
    "„": "“”",
    "”": "”",  # Swedish, Finnish: ”Bitchkram”
    "«": "»",
    "»": "«",
    "《": "》",
    "『": "』",
    "「": "」",
    "〈": "〉",
    "‘": "’",
    "'": "'",
}
#: a single quote's closing mark is the apostrophe too: inside the quote, one between
#: letters is a word's ("‘THAT’S A WRAP’", "'L'Avventura'"), and the quote closes at a word's
#: end
_APOSTROPHE = {"‘": "|(?<=[^\\W\\d_])’(?=[^\\W\\d_])", "'": "|(?<=[^\\W\\d_])'(?=[^\\W\\d_])"}
#: a right-to-left text's quote, its marks mirrored as a left-to-right editor writes them
#: (فلم ’چلے تھے ساتھ‘, ”…“): the opening mark before a letter of a right-to-left script
_RTL_LETTER = r"[\u0590-\u08ff\ufb1d-\ufefc]"
_RTL_QUOTED = "|".join(
    rf"(?<!\S){o}({_RTL_LETTER}[^\n{o}{c}]{{0,80}}?){c}(?!\w)" for o, c in (("’", "‘"), ("”", "“"))
)
#: angle brackets around a name in a script other than Latin, as Korean writes titles ("영화
#: <탈주> 후기", "＜파묘＞"): a markup tag opens with a Latin letter or a slash
_ANGLED = r"[<＜](?=[^\x00-\x7f<＜])([^\n<>＜＞]{1,80}?)[>＞]"
#: a quote closes at a word's end, or before a case ending or a particle glued on in a script
#: without capitals that writes no apostrophe inside its words (Arabic, Georgian, Indic,
#: Thai, Ethiopic…: "‘કચ્છ એક્સપ્રેસ’ને"), at a letter, not a vowel sign; Hebrew writes a geresh
#: inside words ("ג'ונגל"), the Latin script an apostrophe ("L'Avventura")
_CLOSED = rf"(?:(?!\w)|(?=[^\W\d_])(?=[\u0600-\u06ff\u10d0-\u10ff{UNCASED_SIGNS}]))"
_QUOTED = recache.compile(
    _RTL_QUOTED
    + "|"
    + _ANGLED
    + "|"
    + "|".join(
        # a straight quote opens and closes at word edges; marks such as 《》 need no space
        (r"(?<!\w)" if o in "\"'”" else "")
        + rf"{re.escape(o)}((?:[^\n{re.escape(o + c)}]{_APOSTROPHE.get(o, '')}){{1,80}}?)"
        + rf"[{re.escape(c)}]"
        + (_CLOSED if o in "\"'”‘" else "")
        for o, c in PAIRS.items()
    )
)
_TITLE_MARKS = "《『「〈"
#: the marks a quote of :data:`_QUOTED` opens with: a pair's, a right-to-left quote's, an angle
_QUOTE_OPENERS = frozenset([*PAIRS, "’", "”", "<", "＜"])


#: the most lines with text before the first quoted name that leads a list or a news item
_LEAD_AT = 4


def quoted(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Names in quotation or title marks: weighed by how often, where and how they are quoted."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[str, int, bool, bool]] = {}
    outside_prose: set[str] = set()
    for i, line in enumerate(lines):
        if is_link_line(line):
            continue  # "Читайте також: … "X" …": a link to another article, not this film
        for text in _quotes_in(line):
            if not _title_shaped(text) or (text[0].islower() and _single_quoted(line, text)):
                continue
            k = key(text)
            counts[k] = counts.get(k, 0) + 1
            if line_words(line) <= _PROSE_WORDS:
                outside_prose.add(k)
            if k not in first:
                at = line.find(text)
                before = line[:at].rstrip()[-1:] if at > 0 else ""
                first[k] = (text, i, before in _TITLE_MARKS, before in "<＜")
    lead = next((k for k in counts if _words(first[k][0]) <= 5), None)
    if lead is not None and sum(1 for line in lines[: first[lead][1]] if line.strip()) > _LEAD_AT:
        lead = None  # quoted first further down: a text's comparison, not a list's lead
    for k, count in counts.items():
        text, i, marks, angled = first[k]
        short = _words(text) <= 5
        candidate = ballot.add(text, "quoted" if short else "quoted_phrase", 1.0, i)
        if k == lead:  # a list of films, a news item: the one quoted first leads
            candidate.set("first_quoted")
        if i >= 25:
            candidate.set("quoted_late")
        if count > 1:
            candidate.set("quoted_again", min(3, count - 1))
        if marks:
            candidate.set("title_marks")
        if angled:
            candidate.set("angle_quoted")
        if k not in outside_prose:
            candidate.set("quoted_in_prose")
        line = lines[i].strip()
        if key(line) == k:
            candidate.set("quoted_line" if short else "quoted_sentence_line")
        elif short and i < 25 and line_words(line) <= 12 and not line.endswith((".", ":")):
            candidate.set("quoted_in_heading")
        if _in_parens(line, text):
            candidate.set("quoted_in_parens")
        if _attributed(line, text):
            candidate.set("quoted_attributed")


#: the most words of a line that is no paragraph of prose
_PROSE_WORDS = 20
_UNSPACED_LETTER = re.compile(f"[{CJK}{UNSPACED}]")


def line_words(line: str) -> int:
    """The words of a line, a script written without spaces counted as a word for every three
    of its letters ("「半分の花火」とはなにか?ふたりが…" is a sentence, not one word)."""
    return len(line.split()) + len(_UNSPACED_LETTER.findall(line)) // 3


def _in_parens(line: str, text: str) -> bool:
    """True when ``text`` stands in ``line`` after an opening parenthesis not yet closed, as
    ``re.search(rf"\\([^()]*{re.escape(text)}", line)`` (without a pattern per name: they
    push the shared patterns out of ``re``'s cache)."""
    at = line.find(text)
    while at != -1:
        if line.rfind("(", 0, at) > line.rfind(")", 0, at):
            return True
        at = line.find(text, at + 1)
    return False


#: what follows a critic's quote on its line: stars, a dash, then an outlet or a name
_ATTRIBUTION = re.compile(
    r"^[^\w\s]{0,2}[*★☆\s]*(?:[–—-]\s*)?[^\W\d_a-zà-ÿ][\w.&'’]*(?:\s[\w.&'’]+){0,4}$"
)


#: a quoted sentence's end, then its outlet in parentheses ("'Sublieme shots.' (Humo)")
_PAREN_ATTRIBUTION = re.compile(
    r"^[.!?…]+[\"'”’»]\s*\([^\W\d_a-zà-ÿ][\w.&'’]*(?:\s[\w.&'’]+){0,4}\)$"
)


def _attributed(line: str, text: str) -> bool:
    """True when a quote is followed on its line by who said it ("…" – The Guardian,
    "…" Corriere della Sera, '… .' (Humo)): a critic's line, not a name. A name in
    parentheses after a quote that ends no sentence credits it ('"Kes" (Loach, 1969)')."""
    after = line[line.find(text) + len(text) :].strip()
    if _PAREN_ATTRIBUTION.match(after):
        return True
    return bool(after) and after[:1] not in "(" and _ATTRIBUTION.match(after) is not None


@lru_cache(maxsize=1)
def film_lead() -> re.Pattern[str]:
    """A heading that starts with the word for film: "فيلم العزيمة", "Film: Kes"."""
    words = lang.alternation("film_words")
    return recache.compile(rf"^(?i:{words})[\s:]+(\S.{{0,80}})$")


@lru_cache(maxsize=1)
def _film_label() -> re.Pattern[str]:
    words = lang.alternation("film_words")
    return recache.compile(rf"^[\W_]*(?i:{words})\s*:\s*(?P<value>\S.{{0,80}})?$")


def film_labelled(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """ "Filem : Setem", "ELOKUVA:" over "Kuolleet lehdet": the word for film used as the
    label of the title, with the value on its line or on the next one."""
    for i, line in enumerate(lines):
        match = _film_label().match(line.strip())
        if match is None:
            continue
        value, at = match.group("value"), i
        if value is None:
            at = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), i)
            value = lines[at].strip() if at != i else None
        # "ELOKUVA:" over "Kuva & Ääni:": a label follows, not the title
        if value and _title_shaped(value.strip()) and not value.strip().endswith(":"):
            ballot.add(value.strip(), "film_labelled", 1.0, at)


_OPENING = re.escape("".join(PAIRS))
#: what follows a word for film or for "titled": a quoted name (group ``quoted``) or up to six
#: capitalised words, short words in lower case between them (group ``named``)
_QUOTED_OR_NAMED = (
    rf"(?:[{_OPENING}](?P<quoted>[^\n{_OPENING}]{{1,80}}?)[{re.escape(''.join(PAIRS.values()))}]"
    rf"|(?P<named>[{CAPITALS}0-9][\w'’-]*(?:\s+(?:[{CAPITALS}0-9][\w'’-]*|\w{{1,3}})){{0,5}}))"
)


@lru_cache(maxsize=1)
def _film_word() -> re.Pattern[str]:
    words = lang.alternation("film_words")
    titled = lang.alternation("titled")
    return recache.compile(
        rf"(?<!\w)(?i:{words})(?:\w{{0,4}}\s*|\s*)"
        rf"(?P<titled>(?:[^\W\d]+\s+){{0,2}}?(?i:{titled})\s+)?{_QUOTED_OR_NAMED}"
    )


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    """A name after a word for "titled" that no word for film opens ("this Kenyan crime
    drama titled Nairobi Half Life", "iliyotengenezwa Marekani iitwayo TUSAMEHE"): quoted, or
    capitalised words (short words in lower case between them)."""
    titled = lang.alternation("titled")
    return recache.compile(rf"(?<!\w)(?i:{titled})\s*:?\s+{_QUOTED_OR_NAMED}")


@lru_cache(maxsize=1)
def _film_word_glossed() -> re.Pattern[str]:
    """A name after the word for film followed by its translation in brackets ("bộ phim Bên
    trong vỏ kén vàng (Inside the Yellow Cocoon Shell)"): a name in lower case after its
    first letter, which :func:`_film_word` cannot tell from the sentence."""
    words = lang.alternation("film_words")
    return recache.compile(
        rf"(?<!\w)(?i:{words})\s+(?P<name>[^\W\d_][^\W_]*(?:\s+[^\W_]+){{0,7}}?)"
        rf"\s\((?P<gloss>[A-ZÀ-Ý][^()\n,;:]{{1,60}})\)"
    )


@lru_cache(maxsize=1)
def _before_film_word() -> re.Pattern[str]:
    """A quoted name followed by the word for film, inflected or not ("«Շապիտո» ֆիլմի",
    "«Жұлдыздар тоғысқанда» фильмінің", "“Alageyik” filminin")."""
    words = lang.alternation("film_words")
    opening = re.escape("".join(PAIRS))
    closing = re.escape("".join(PAIRS.values()))
    return recache.compile(
        rf"[{opening}](?P<quoted>[^\n{opening}{closing}]{{1,80}}?)[{closing}]\s*"
        rf"(?i:{words})\w{{0,5}}(?!\w)"
    )


@lru_cache(maxsize=1)
def _joined_to_film_word() -> re.Pattern[str]:
    """The word for film, inflected or not, after a hyphen that joins a name to it, as
    languages that make compounds write it: one word glued to it ("Sisu-elokuvan",
    "Barbie-filmen"), or a name of several words with a space before the hyphen ("Kuolleet
    lehdet -elokuvan"); the name itself is read back from the hyphen (:func:`_joined_names`)."""
    words = lang.alternation("film_words")
    return recache.compile(rf"(?P<space>[^\S\n]?)[-–](?i:{words})\w{{0,5}}(?!\w)")


#: the word glued before the hyphen, and the words of a name before a spaced one
_GLUED = re.compile(r"(?<![\w-])[^\W\d_]+$")
_SPACED = re.compile(r"[^\n.!?,;:()\[\]]{1,60}$")


def _joined_names(line: str) -> list[str]:
    """The names joined to the word for film by a hyphen on a line; a spaced name starts at the
    last capitalised word that follows a word in lower case ("Hän esittää Kuolleet lehdet")."""
    if "-" not in line and "–" not in line:
        return []
    names = []
    for match in _joined_to_film_word().finditer(line):
        before = line[: match.start()]
        if not match.group("space"):
            if glued := _GLUED.search(before):
                names.append(glued.group(0))
            continue
        spaced = _SPACED.search(before)
        words = spaced.group(0).split() if spaced else []
        start = 0
        for k in range(1, len(words)):
            if words[k][:1].isupper() and words[k - 1][:1].islower():
                start = k
        if words and len(words) - start <= 6:
            names.append(" ".join(words[start:]).strip(" -–"))
    # capitalised ("слика-филм" is a common noun), and no word for film itself ("Film-Film")
    return [n for n in names if n[:1].isupper() and not _film_words_only(n)]


def _written_again(name: str, lines: tuple[str, ...]) -> bool:
    """Whether the page writes ``name`` more than once: a film it is about is named again, a
    compound's first noun ("Autoverfolgungs-Film") or a studio ("Фора-фильм") once only."""
    seen = re.findall(rf"(?<!\w){re.escape(name)}", "\n".join(lines))
    return len(seen) >= 2


def _film_words_only(name: str) -> bool:
    return bool(_film_word_inflected().fullmatch(name))


@lru_cache(maxsize=1)
def _film_word_inflected() -> re.Pattern[str]:
    """The word for film with an ending of up to five letters ("Film", "elokuvan"), compiled
    once and kept on disk like the other patterns of the language data."""
    return recache.compile(rf"(?i:{lang.alternation('film_words')})\w{{0,5}}")


def after_film_word(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """ "фильм «Х»", "фильмі «Х»", "Film 22 Menit", "映画『X』": a name right after the word for
    film (which may carry an ending: "فيلمه "X"" is "his film "X""; or a word for "titled":
    "filme s príznačným názvom Otec"); and a quoted name right before it, as languages that
    put the noun after its name write it, or one joined to it by a hyphen ("Sisu-elokuva")."""
    pattern = _film_word()
    for i, line in enumerate(lines):
        if is_link_line(line):
            continue  # "Read also: the star of the film "X" …": another article's headline
        for match in _before_film_word().finditer(line):
            quoted = match.group("quoted").strip()
            # 'კინო "X" ფილმის "Y"': a film word that opens a quote of its own names that one
            introduces = line[match.end() :].lstrip()[:1] in PAIRS
            if _title_shaped(quoted) and not introduces:
                ballot.add(quoted.strip(" .,:;"), "quoted_before_film_word", 1.0, i)
        for name in _joined_names(line):
            if _title_shaped(name) and not country_name(name) and _written_again(name, lines):
                # a hyphen marks the name off as quotes do: "Sisu-elokuva", "X Y -elokuvan"
                ballot.add(name, "quoted_before_film_word", 1.0, i)
        for match in _film_word_glossed().finditer(line):
            ballot.add(match.group("name"), "named_after_film_word", 1.0, i)
        for match in pattern.finditer(line):
            quoted, named = match.group("quoted"), match.group("named")
            if quoted and _title_shaped(quoted.strip()):
                ballot.add(quoted.strip(" .,:;"), "quoted_after_film_word", 1.0, i)
            elif named and len(named.split()) <= 6 and match.group(0)[0].islower():
                # "the film Kes", "фильм Двенадцать"; "Film Festival" is a compound name
                name = re.sub(r"(?:\s+\w{1,3})+$", "", named).strip()
                # "film Indonesia", "phim Việt Nam": a language that puts the adjective after
                # the noun writes the film's nation there, not its name
                if name and re.search(r"[^\W\d_]", name) and not country_name(name):
                    cue = "named_titled" if match.group("titled") else "named_after_film_word"
                    ballot.add(name, cue, 1.0, i)
        _titled_names(ballot, line, i)


def _titled_names(ballot: FeatureBallot, line: str, i: int) -> None:
    """The names a word for "titled" gives on ``line`` without the word for film before it
    (:func:`_titled`): a genre's noun or another word stands there, or nothing ("titulada")."""
    for match in _titled().finditer(line):
        quoted, named = match.group("quoted"), match.group("named")
        name = quoted.strip(" .,:;") if quoted else re.sub(r"(?:\s+\w{1,3})+$", "", named)
        if quoted and not _title_shaped(quoted.strip()):
            continue
        if name and re.search(r"[^\W\d_]", name) and not country_name(name):
            ballot.add(name, "titled", 1.0, i)


#: the most words between "is a" and the word for film in a definition
_DEFINITION_WORDS = 5
#: a comma, then a short word (an article: "una joia, un film"): a list of adjectives goes
#: on with longer words ("a vital, unflinching and heartbreaking documentary")
_NEW_PHRASE = re.compile(r",\s+\S{1,3}\s")


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    """ "Os mortos van á présa é un filme galego", "« Antigone est un film tout à fait…":
    a name that opens a sentence and is defined as a film."""
    is_a = lang.alternation("is_a")
    film = lang.alternation("film_words")
    role = lang.alternation("director_nouns")
    opening = re.escape("".join(PAIRS))
    # an apostrophe inside a word is no quote ("My Father's Land"); a name may open with a
    # number ("20 Days in Mariupol"); adjectives between the verb and the word for film may
    # be a list ("a vital, unflinching and heartbreaking documentary")
    return recache.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=[{opening}]))\s*"
        rf"(?P<name>(?:[^\W\d_a-zà-ÿ]|\d[\d,.]*\s+(?=[^\W\d_]))"
        rf"(?:[^\n.!?,;:{opening}]|(?<=[^\W\d_])['’](?=[^\W\d_])){{0,60}}?)"
        rf"[{re.escape(''.join(PAIRS.values()))}]?\s+(?i:{is_a})\s+"
        rf"(?P<between>(?:[^\s.;:]+\s+){{0,{_DEFINITION_WORDS}}}?)"
        rf"(?i:{film})(?!\w)(?!\s+(?i:{role})(?!\w))"
    )


def defined_as_film(ballot: FeatureBallot, lines: tuple[str, ...], people: set[str]) -> None:
    """A name that a sentence defines as a film ("X is a 2009 Galician film"); a single word
    that the page also writes in lower case is a pronoun opening the sentence ("This is a
    film about…"), and "Li Ruijun is a Chinese film director" defines a person (a name among
    ``people``, or the word for film followed by a role noun)."""
    body = "\n".join(lines)
    for i, line in enumerate(lines):
        for match in _definition().finditer(line):
            name = match.group("name").strip()
            if len(name.split()) > 8 or not re.search(r"[^\W\d_]", name) or key(name) in people:
                continue
            if " " not in name and word_spans(body, name.lower()):
                continue
            if _NEW_PHRASE.search(match.group("between")):
                continue  # "X és una joia, un film …": the word for film opens a new phrase
            ballot.add(name, "defined_as_film", 1.0, i)


@lru_cache(maxsize=1)
def _review_heading() -> re.Pattern[str]:
    film = lang.alternation("film_words")
    review = lang.alternation("review_words")
    # the name after the words ("Review: Kes", "Movie Review: The Sky Is Pink") is tried
    # first: "Movie Review: X" names X, not "Movie"
    return recache.compile(
        rf"^(?:(?i:{film})\w{{0,4}}\s+)?(?i:{review})(?:\s+(?i:{film})\w{{0,4}})?\s*[:|–—-]\s*"
        rf"(?P<after>\S.{{0,80}})$"
        rf"|^(?P<before>\S.{{0,80}}?)\s*[:|–—-]?\s+(?:(?i:{film})\w{{0,4}}\s+)?(?i:{review})"
        rf"(?:\s*[:!]?$|\s*(?:[.:|–—-]+|…)\s+\S.*$)"
    )


def reviewed(heading: str) -> str | None:
    """The name a review's headline gives: "Rangasthalam Movie Review", "Review: Kes", and with
    the headline's verdict after a stop or a colon ("X படத்தின் விமர்சனம்.. படம் எப்படி…",
    "X Movie Review: a rural drama")."""
    match = _review_heading().match(heading.strip())
    if match is None:
        return None
    name = (match.group("before") or match.group("after") or "").strip(" :|–—-")
    words = name.split()
    if match.group("before") and len(words) >= 2 and is_language_name(words[-1]):
        name = " ".join(words[:-1])  # "Rorschach Malayalam Review": the film's language
    if match.group("before") and all(key(w) in _film_words() for w in name.split()):
        return None  # "Film Review", "MOVIE REVIEW": a section's heading, no name
    return name if re.search(r"[^\W\d_]", name) else None


@lru_cache(maxsize=1)
def _film_words() -> frozenset[str]:
    """The words for film of every language module, as keys."""
    return frozenset(key(w) for w in lang.cues("film_words"))


def _quotes_in(line: str, depth: int = 0) -> list[str]:
    """Quoted spans of ``line``, and the spans quoted inside them ("“"Nomadland" feels…”")."""
    if _QUOTE_OPENERS.isdisjoint(line):
        return []  # every quote of :data:`_QUOTED` opens with one of these marks
    found = []
    for match in _QUOTED.finditer(line):
        text = next(g for g in match.groups() if g is not None)
        found.append(text.strip(" .,:;"))
        if depth < 1:
            found.extend(_quotes_in(text, depth + 1))
    return found


def _words(text: str) -> int:
    """Words of ``text``; a dash or other mark standing alone is none ("Мегдан – Између")."""
    return sum(1 for w in text.split() if re.search(r"\w", w))


def _single_quoted(line: str, text: str) -> bool:
    at = line.find(text)
    return at > 0 and line[at - 1] in "'‘"


def _title_shaped(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or len(text) > 80 or not re.search(r"[^\W\d_]", text):
        return False
    return (not text[0].islower() and not text.endswith((".", ","))) or len(words) <= 3


def slug_in_text(slug: list[str], body: str) -> str | None:
    """The text that the slug spells, found after transliteration: "rozhden-den" ->
    "Рожден ден", "ben-trong-vo-ken-vang" -> "Bên trong vỏ kén vàng", "yinru-chenyan" ->
    "隐入尘烟"."""
    slug = titles.without_number(slug)
    if not slug or len(" ".join(slug)) < 4:
        return None
    found = _spelled(slug, _romanised_text(body[:12_000]))
    return found if found and (not found.isascii() or found.lower() != " ".join(slug)) else None


class _Romanised:
    """A text transliterated and lower-cased, with the index in the text of each letter."""

    def __init__(self, text: str) -> None:
        self.text = text
        if text.isascii():
            self.joined, self.starts = text.lower(), list(range(len(text)))
        else:
            self.joined, self.starts = _romanised(text)


@lru_cache(maxsize=2)
def _romanised_text(text: str) -> _Romanised:
    """The page's text romanised once for the address cues that read it."""
    return _Romanised(text)


#: what stands between two address words in the text: spaces and marks, and up to two short
#: words an address leaves out ("portrait-jeune-fille-feu": "Portrait de la jeune fille en feu")
_SLUG_JOIN = r"(?:[\W_]+[a-z0-9]{1,3}(?![a-z0-9])){0,2}[\W_]*"


def _spelled(words: list[str], text: _Romanised) -> str | None:
    """Where the text spells ``words`` (after transliteration), as the text writes it."""
    # the text is compared romanised: so is an address word written with accents ("céline")
    romanised = [anyascii(w).lower() for w in words]
    if not all(p in text.joined for w in romanised for p in titles.slug_pieces(w)):
        return None  # a word the text cannot hold: no pattern compiled for this page's words
    span = _spelled_span(romanised, text.joined)
    if span is None or span[1] == 0:
        return None
    found = text.text[text.starts[span[0]] : text.starts[span[1] - 1] + 1].strip()
    # up to a quote or a comma; an elided word's apostrophe stays ("Anatomie d’une chute")
    cut = re.split(r"(?<=\w)\s?(?:[\"“”«»,:;|]|['‘’](?![^\W\d_]))", found, maxsplit=1)
    return cut[0].strip() or None


def _spelled_span(words: list[str], joined: str) -> tuple[int, int] | None:
    """The span of the first place where ``joined`` (the romanised text) spells ``words``, not
    inside a longer word: one word without a digraph is found with ``str.find``, others by
    their pattern."""
    if len(words) == 1 and titles.slug_word(words[0]) == re.escape(words[0]):
        word = words[0]
        at = joined.find(word)
        while at >= 0:
            end = at + len(word)
            if (not at or joined[at - 1] not in _ROMAN_WORD) and joined[
                end : end + 1
            ] not in _ROMAN_WORD:
                return at, end
            at = joined.find(word, at + 1)
        return None
    pattern = _SLUG_JOIN.join(titles.slug_word(w) for w in words)
    match = re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", joined)
    return match.span() if match else None


#: what a romanised word is made of: a character around a word found makes it a longer one
_ROMAN_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def slug_run(slug: list[str], body: str, most: int = 3) -> list[str]:
    """Runs of two or more address words the text spells when the whole address is not found
    ("trailer-nevdecne-bytosti-omerzu" -> "Nevděčné bytosti"): a news address wraps the name
    in other words, and other words of it may run in the text too ("...-baltijas-valstu-
    spelfilma-lomu-speles" -> "Baltijas valstu", "Lomu spēles"), so each run is a candidate
    (longest first, at most ``most``). Compared word by word (no pattern per run: a page's
    addresses would crowd the compiled patterns out of ``re``'s cache)."""
    slug = titles.without_number(slug)
    if len(slug) < 3 or len(slug) > 12:
        return []
    text = _romanised_text(body[:12_000])
    if _spelled(slug, text):
        return []  # the whole address is written: the slug's own cues speak for it
    tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _TOKEN.finditer(text.joined)]
    wanted = [_plain(w) for w in slug]
    found: dict[tuple[int, ...], tuple[int, int, int]] = {}  # slug words -> (size, first, last)
    known = set(wanted)
    for t in range(len(tokens)):
        if tokens[t][2] not in known:
            continue  # no run of address words starts at a word the address does not hold
        for s0 in range(len(wanted)):
            size = _run_length(tokens, t, wanted, s0)
            run = wanted[s0 : s0 + size]
            meaningful = any(not w.isdigit() and len(w) > 2 for w in run)
            where = tuple(range(s0, s0 + size))
            if 2 <= size < len(wanted) and meaningful and where not in found:
                found[where] = (size, t, t + size - 1)
    # a run inside a longer one is no run of its own
    maximal = [
        (size, first, last)
        for where, (size, first, last) in found.items()
        if not any(set(where) < set(other) for other in found)
    ]
    runs: list[str] = []
    for _size, first, last in sorted(maximal, key=lambda r: (-r[0], r[1])):
        start, end = text.starts[tokens[first][0]], text.starts[tokens[last][1] - 1] + 1
        value = text.text[start:end].strip()
        if value and value not in runs:
            runs.append(value)
    return runs[:most]


_TOKEN = re.compile(r"[a-z0-9]+")


def _run_length(tokens: list[tuple[int, int, str]], t: int, wanted: list[str], s0: int) -> int:
    """How many of the text's words from ``tokens[t]`` on are the address's words from
    ``wanted[s0]`` on, one for one."""
    size = 0
    while (
        t + size < len(tokens)
        and s0 + size < len(wanted)
        and tokens[t + size][2] == wanted[s0 + size]
    ):
        size += 1
    return size


def slug_name_runs(slug: list[str], body: str) -> list[str]:
    """Each maximal run of two or more of the address's words that the text writes, as the text
    writes it and cut of the words in lower case before it ("…-wereldpremiere-van-het-smelt"
    with "… in de wereldpremière van Het Smelt, …" -> "Het Smelt"): a news address spells its
    headline, the name among its words. One word alone is no run: a month, a place or a
    person's name stands alone in an address as often as the film's (over the read sets such
    runs chose as many pages wrong as right). The whole address written is
    :func:`slug_in_text`'s; :func:`slug_run` gives the longest runs uncut."""
    slug = titles.without_number(slug)
    if not 2 <= len(slug) <= 14:
        return []
    text = _romanised_text(body[:12_000])
    tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _TOKEN.finditer(text.joined)]
    wanted = [_plain(w) for w in slug]
    known = set(wanted)
    runs: list[str] = []
    for t, token in enumerate(tokens):
        if token[2] not in known:
            continue
        for s0 in range(len(wanted)):
            if t and s0 and tokens[t - 1][2] == wanted[s0 - 1]:
                continue  # inside a longer run, read from its start
            size = _run_length(tokens, t, wanted, s0)
            if not size or size == len(wanted):
                continue
            start = text.starts[tokens[t][0]]
            end = text.starts[tokens[t + size - 1][1] - 1] + 1
            value = _cased_run(text.text[start:end])
            if value and value not in runs:
                runs.append(value)
    return runs


def _cased_run(written: str) -> str | None:
    """A run as a name: on one line, cut of its words in lower case at its head, two words or
    more."""
    if "\n" in written:
        return None
    words = written.split()
    while words and words[0][:1].islower():
        words = words[1:]
    value = " ".join(words).strip(" ,.:;")
    if len(value.split()) < _RUN_WORDS or not re.search(r"[^\W\d_]", value):
        return None
    return value


#: the fewest words of a run of the address's words read as a name
_RUN_WORDS = 2


#: how many words a name at the head of a headline's address may have, and how often the page
#: writes it on its own
_HEAD_MOST, _HEAD_SEEN = 4, 2


def slug_head(ballot: FeatureBallot, slug: list[str], body: str) -> None:
    """A name that opens a news address ("leynilogga-er-opnunarmyndin-a-…", "filamu-ya-bahasha-
    watikisa-dar": the address after the word for film and a short word): the first words of
    the headline the address spells, which the page also writes on their own (the next address
    word not after them), capitalised, at least twice. Each such run is a candidate
    (``slug_head``); mentions and the other cues choose among them."""
    slug = titles.without_number(slug)
    if len(slug) < 3:
        return
    text = _romanised_text(body[:12_000])
    tokens = [(m.start(), m.end(), _plain(m.group(0))) for m in _TOKEN.finditer(text.joined)]
    wanted = [_plain(w) for w in slug]
    where: dict[str, list[int]] = {}
    for t, token in enumerate(tokens):
        where.setdefault(token[2], []).append(t)
    film = titles.film_word_keys()
    heads = [0] + [
        i + (2 if i + 2 < len(slug) and len(slug[i + 1]) <= 3 else 1)
        for i, w in enumerate(slug[:-1])
        if w in film
    ]
    for s0 in dict.fromkeys(heads):
        for size in range(1, min(_HEAD_MOST, len(wanted) - s0 - 1) + 1):
            run = wanted[s0 : s0 + size]
            if not any(len(w) > 2 and not w.isdigit() for w in run) or run[0] in film:
                continue
            if any(w.endswith(f) for w in run[-1:] for f in film if len(f) >= 4):
                continue  # "stummfilm-mit-livemusik-…": a kind of film, no name
            values: list[tuple[int, int]] = []
            for t in where.get(run[0], []):
                if [tok[2] for tok in tokens[t : t + size]] != run:
                    continue
                after = tokens[t + size][2] if t + size < len(tokens) else ""
                if after and after[:4] == wanted[s0 + size][:4]:
                    continue  # the headline itself, not the name on its own
                start = text.starts[tokens[t][0]]
                end = text.starts[tokens[t + size - 1][1] - 1] + 1
                values.append((start, end))
            named = [(s, e) for s, e in values if _name_alone(text.text, s, e)]
            # written as a name most times: a common word ("the") is not
            if len(named) >= _HEAD_SEEN and 2 * len(named) >= len(values):
                start, end = named[0]
                ballot.add(text.text[start:end], "slug_head", 1.0, body.count("\n", 0, start))


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_])")


def _name_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a name (capitalised, or in a script without
    case) that no capitalised word runs on from ("Việt Nam": a longer name)."""
    first = text[start : start + 1]
    if first.islower():
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or not after.group(1).isupper()


_VOWEL_PAIR = re.compile("ae|oe|ue|aa")


@lru_cache(maxsize=4096)  # the address readers ask about the same words
def _plain(word: str) -> str:
    """A romanised word with "ae", "oe", "ue", "aa" read as one vowel (see ``slug_word``)."""
    return _VOWEL_PAIR.sub(lambda m: m.group(0)[0], word)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _romanised(text: str) -> tuple[str, list[int]]:
    """``text`` transliterated and lower-cased, with the index in ``text`` of each letter
    (runs of ASCII copied whole, the other letters one by one)."""
    roman: list[str] = []
    starts: list[int] = []
    at = 0
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        if i > at:
            roman.append(text[at:i].lower())
            starts.extend(range(at, i))
        piece = _roman(text[i])
        starts.extend([i] * len(piece))
        roman.append(piece)
        at = i + 1
    roman.append(text[at:].lower())
    starts.extend(range(at, len(text)))
    return "".join(roman), starts


@lru_cache(maxsize=8192)
def _roman(ch: str) -> str:
    return anyascii(ch).lower()


def slug_spaced(ballot: FeatureBallot, slug: list[str], body: str) -> None:
    """A one-word slug that runs a title's words together ("embraceoftheserpent")."""
    if len(slug) != 1 or not 8 <= len(slug[0]) <= 60 or not slug[0].isalpha():
        return
    pattern = r"[\W_]*".join(re.escape(ch) for ch in slug[0])
    match = re.search(rf"(?<!\w){pattern}(?!\w)", body, re.IGNORECASE)
    if match and " " in match.group(0):
        ballot.add(match.group(0), "slug_spaced", 1.0)


#: a run of capitalised words (a name) in a cased alphabet
_NAME_WORD = rf"[{CAPITALS}](?:\.|[\w'’-]*)"
_NAME_RUN = rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,3}}"


@lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after a credit's words ("un film de Claire Simon", "la réalisatrice …",
    "directed by …"), and a name before the role words that head-final languages write after
    it ("Адильхан Ержанов түсірген", "윤종빈 감독"). The short words for "with" ("con",
    "mit", "med") are left out: "Mit Toni Erdmann hat …" opens a sentence with a title."""
    before = [
        *lang.cues("directed_by"),
        *lang.cues("written_by"),
        *lang.cues("director_nouns"),
        *(w for w in lang.cues("starring") if len(w) > 3),
    ]
    after = [*lang.cues("directed_after"), *lang.cues("starring_after")]
    return (
        recache.compile(rf"(?<!\w)(?i:{alternation(before)})[^\S\n]+(?P<name>{_NAME_RUN})"),
        recache.compile(rf"(?P<name>{_NAME_RUN})[^\S\n]*(?i:{alternation(after)})(?!\w)"),
    )


def named_people(body: str) -> set[str]:
    """Keys of the names the text credits in prose, before a credit's words or after a
    role word written after them: a person, whatever else names them (a heading, the word
    for film before them: "фильмді Адильхан Ержанов түсірген")."""
    found: set[str] = set()
    text = body[:20_000]
    before, after = _person_cues()
    for match in before.finditer(text):
        if _opening_phrase(text, match):
            continue
        words = _up_to_possessive(_up_to_film_word(match.group("name").split()))
        if words and words[0].casefold() in lang.cue_set("determiners"):
            continue  # "back with THE SKY IS PINK": a name opening with "the" is a film's
        found.update(key(" ".join(words[:n])) for n in range(2, len(words) + 1))
    for match in after.finditer(text):
        words = _past_film_word(match.group("name").split())
        found.update(key(" ".join(words[-n:])) for n in range(2, len(words) + 1))
    return found


def _opening_phrase(text: str, match: re.Match[str]) -> bool:
    """Whether a name after the one word for "with" opens a sentence and a comma closes it
    ("With Petite Maman, Sciamma does …", "Avec Petite Maman, Céline Sciamma …"): a phrase
    that names the film the sentence is about, as often as a cast."""
    cue = text[match.start() : match.start("name")].strip()
    if " " in cue or not cue[:1].isupper() or key(cue) not in _starring_words():
        return False
    before = text[: match.start()].rstrip(" \t")
    return (not before or before[-1] in "\n.!?") and text[match.end() : match.end() + 1] == ","


@lru_cache(maxsize=1)
def _starring_words() -> frozenset[str]:
    return frozenset(key(w) for w in lang.cues("starring") if " " not in w.strip())


def present_people(body: str) -> frozenset[str]:
    """Keys of the names written after the words for "in the presence of" ("En présence de
    Claire Simon", "In the presence of Thomas Vinterberg"): the guests of a screening, people
    whom a programme names as often as the film."""
    found: set[str] = set()
    for match in _presence_cue().finditer(body[:20_000]):
        words = match.group("name").split()
        found.update(key(" ".join(words[:n])) for n in range(2, len(words) + 1))
    return frozenset(found)


@lru_cache(maxsize=1)
def _presence_cue() -> re.Pattern[str]:
    return recache.compile(
        rf"(?<!\w)(?i:{alternation(lang.cues('presence'))})[^\S\n]+(?P<name>{_NAME_RUN})"
    )


@lru_cache(maxsize=1)
def _possessive() -> re.Pattern[str]:
    """A word in the possessive or another case written after an apostrophe ("Sissako’s",
    "Ceylan’ın": the language modules' ``name_endings``): the person's name ends there."""
    endings = alternation(["s", *lang.cues("name_endings")])
    return recache.compile(rf"(?<=\w)['’](?:{endings})[.,;:]?$")


def _up_to_possessive(words: list[str]) -> list[str]:
    """A name's words up to the first in the possessive, without its ending ("Abderrahmane
    Sissako’s Timbuktu", "Nuri Bilge Ceylan’ın Uzak": the director, then his film's name)."""
    at = next((i for i, w in enumerate(words) if _possessive().search(w)), None)
    if at is None:
        return words
    return [*words[:at], _possessive().sub("", words[at])]


def _up_to_film_word(words: list[str]) -> list[str]:
    """A name's words up to the word for film ("Pelakon Utama Filem MUNAFIK": the lead actor
    of the film, then its name): no person's name holds it."""
    at = next((i for i, w in enumerate(words) if key(w) in titles.film_word_keys()), len(words))
    return words[:at]


def _past_film_word(words: list[str]) -> list[str]:
    """A name's words after the last word for film (read backwards from a role word)."""
    at = max((i + 1 for i, w in enumerate(words) if key(w) in titles.film_word_keys()), default=0)
    return words[at:]


def credit_line(line: str) -> bool:
    """True for a line that opens with a credit's words and a name ("Regia di Alessandro
    Angelini vedi scheda film", "Directed by Jane Campion"): a credit, not a heading."""
    return _person_cues()[0].match(line.strip()) is not None


#: what ends the words that run on after a name: a mark of punctuation or a bracket (a stop
#: written inside a word, "NR.10", is read before it)
_RUN_END = re.compile(r"[.,;:!?()\[\]\"“”„«»‘’|/–—]|\s[-–—]\s")
#: marks written inside a word ("NR.10", "STOKER'S"): the word goes on past them
_INSIDE_WORD = re.compile(r"(?:[.'’-][^\W_]+)+")
_WORD = re.compile(r"\S+")
#: the cues that may find a name cut short: the address's words as far as the page spells
#: them, and the capitalised words after the word for film ("филм Стъпки в пясъка"); the
#: others find a name with its ends (a quote, a line, a label's value)
_CUT_SHORT = frozenset(
    ["slug_written", "slug_run", "slug_in_text", "named_after_film_word", "named_titled", "titled"]
)
#: the most words a run may add to a name, and the most words of the name it extends
_RUN_MOST, _RUN_NAME_MOST = 5, 6


def extend_runs(ballot: FeatureBallot, body: str) -> None:
    """Names cut short where the page writes them whole: a candidate every mention of which
    runs on with the same words up to a mark of punctuation ("Стъпки" written twice as
    "Стъпки в пясъка"), one that opens a short line of its own ("Sorg" on the line "Sorg og
    glæde"), one whose word goes on past a stop ("NR" in "NR.10"). The run is a candidate
    with the cues of the name it extends, and says so (``extended``): the name's cue spoke for
    a name, the run is how the page writes it."""
    folded = body.casefold()
    if len(folded) != len(body):  # a letter whose folding is longer ("ß"): spans would shift
        return
    for candidate in list(ballot.candidates.values()):
        value = candidate.value.strip()
        if not _CUT_SHORT & set(candidate.features):
            continue
        if len(value) < 2 or len(value.split()) > _RUN_NAME_MOST:
            continue
        run = _run_after(body, folded, value.casefold())
        # "Việt" written as "Việt Nam": a country's name is no film's
        if run is not None and key(run) != key(value) and not country_name(run):
            extended = ballot.add(run, "extended", 1.0, candidate.line)
            for name, amount in candidate.features.items():
                extended.features.setdefault(name, amount)


class _Mention:
    """A mention of a name and the words that run on after it on its line."""

    def __init__(self, body: str, start: int, end: int) -> None:
        line_end = body.find("\n", end)
        tail = body[end : line_end if line_end >= 0 else len(body)][:200]
        inside = _INSIDE_WORD.match(tail)
        glued = inside.end() if inside else 0
        stop = _RUN_END.search(tail, glued)
        # the run is closed by a mark or by the line's end (a tail cut at 200 is not)
        # the run is closed by a mark, or by the line's end where the next line does not go on
        # with the sentence in lower case (a text wrapped in lines: "El crítico sigue" / "en
        # cartel …")
        after = body[line_end + 1 : line_end + 2] if line_end >= 0 else ""
        self.closed = stop is not None or (len(tail) < 200 and not after.islower())
        upto = stop.start() if stop else len(tail)
        self.start, self.end = start, end + glued
        self.glue = body[end : end + glued].casefold()
        self.words = []
        for m in _WORD.finditer(tail, glued, upto):
            word = key(anyascii(m.group(0)))
            if word in _film_or_review_words() or word[:-1] in _film_or_review_words():
                # "Caught Film Poster", "Next Films", "రంగస్థలం మూవీ రివ్యూ": the name ends
                # before the word for film or for a review
                self.closed = True
                break
            self.words.append((m.group(0), end + m.end()))
        line_start = body.rfind("\n", 0, start) + 1
        self.opens_line = not body[line_start:start].strip(" \t•*#>-–—")


@lru_cache(maxsize=1)
def _film_or_review_words() -> frozenset[str]:
    """The words for film and for a review of every language, romanised."""
    return titles.review_words()


def _run_after(body: str, folded: str, name: str) -> str | None:
    """The run of words every mention of ``name`` is written in (see :func:`extend_runs`),
    as the text writes it at the first mention; None when there is none."""
    mentions: list[_Mention] = []
    at = folded.find(name)
    while at >= 0 and len(mentions) < 20:
        end = at + len(name)
        if (at == 0 or not folded[at - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            mentions.append(_Mention(body, at, end))
        at = folded.find(name, at + 1)
    if not mentions or len({m.glue for m in mentions}) != 1:
        return None
    first = mentions[0]
    if len(mentions) >= 2:
        common = 0
        for words in zip(*(m.words for m in mentions), strict=False):
            if len({w.casefold() for w, _ in words}) != 1:
                break
            common += 1
        # the run ends where a mention ends ("Стъпки в пясъка."): words that every mention
        # goes on with ("Parasite is a…", "Parasite is the…") are a sentence's
        ends = any(m.closed and len(m.words) == common for m in mentions)
        if not (ends and 1 <= common <= _RUN_MOST):
            common = 0
    else:
        # a mention alone on a short line of its own ("Sorg og glæde")
        whole_line = first.opens_line and first.closed and first.words
        line_rest = body.find("\n", first.end)
        upto = first.words[-1][1] if first.words else first.end
        ends_line = not body[upto : line_rest if line_rest >= 0 else len(body)].strip()
        common = len(first.words) if whole_line and ends_line else 0
        common = common if common <= _RUN_MOST else 0
    end = first.words[common - 1][1] if common else first.end
    return body[first.start : end] if end > first.start + len(name) else None
