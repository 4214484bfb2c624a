"""People: directors, writers and cast, each decided from evidence.

A labelled value ("Director:", "Regie", "감독") is the strongest evidence; then a prose cue of
any language ("directed by", "un film de", "режисьор", "윤종빈감독" — :mod:`.cues`), a name
alone under the title, a role noun or a possessive ("Name's new film"), and repeated
mentions. The winner and the candidates it beat are recorded for ``--explain``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indexer import lang
from indexer.extract.pages import cues, sentences
from indexer.extract.pages import facts as fl
from indexer.extract.pages.evidence import Ballot, Why
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.labels import PEOPLE_FIELDS, field_of, labels_by_length
from indexer.extract.pages.text import is_noise, literal_then
from indexer.extract.pages.titles import Title
from indexer.extract.pages.values import Found
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

#: What follows the title in "Past Lives (Celine Song, 2023)": the director and the year.
_NAME_AND_YEAR = re.compile(r"\s*\(([^(),\d]{3,40}),\s*\d{4}\)")


def names(value: str, inverted: bool = False, field: str | None = None) -> list[str]:
    """People's names from a labelled value of ``field``, as written ("A (role), B as X /
    C"); names written "Surname, Given" stay whole (see :func:`inverted_names`); the list
    ends where another field's label begins a part ("กำกับโดย A, B / นำแสดงโดย C")."""
    value = without_asides(value)
    whole = inverted_names(value, inverted)
    if whole:
        return whole
    if " / " in value and re.search(r"[\u0400-\u04ff]", value.split(" / ")[0]):
        value = value.split(" / ", 1)[1]  # bilingual "Cyrillic / Latin": keep the Latin half
    names = []
    # "・" separates kanji names but joins the parts of a katakana name (マイケル・マン)
    value = re.sub(r"(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])", "、", value.replace("\n", ", "))
    if value.count(" - ") >= 2:  # "أنور وجدي - فاطمة رشدي - حسين صدقي"
        value = value.replace(" - ", ", ")
    if _SPACED_CJK.fullmatch(value.strip()):  # "役所广司 小栗旬 高良健吾": a space between names
        value = ", ".join(value.split())
    for name in split_names(value):
        if field and _other_label(name, field):
            break
        name = re.sub(r"\s*\([^)]*\)?", "", name)
        name = _plays_split().split(name)[0]  # "Dion Wiyoko sebagai Radit": the actor
        name = person(clean_name(name.strip(" .…"))) or ""
        if name and len(name) <= 60 and name.lower() not in ("no", "none", "n/a"):
            names.append(name)
    kept = [n for n in names if _name_shaped(n)]
    # a label whose "value" is a paragraph (a tab label above the synopsis) names no one
    return dedupe(kept) if len(kept) * 2 >= len(names) else []


@cache
def _plays_split() -> re.Pattern[str]:
    """The word of any language between an actor and their role ("as", "sebagai", "kao")."""
    return re.compile(rf"\s+(?:{lang.alternation('plays')})\s+")


#: an aside in brackets: a role, a note, a film ("Páger, Antal (elnök Jóska; president Jóska)")
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")


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
    """Names written "Surname, Given" one a line, kept whole as written ("Fábri, Zoltán"), as
    film databases list credits: a value of two lines or more all so written, or a one-line
    value when the page writes its other credits so (``inverted``); [] otherwise."""
    lines = [line.strip(" .;") for line in value.split("\n") if line.strip(" .;")]
    if not lines or (len(lines) < 2 and not inverted):
        return []
    for line in lines:
        match = _INVERTED.fullmatch(line)
        if not match or not all(w[0].isupper() for w in line.replace(",", "").split()):
            return []
        if len(lines) == 1 and " " in match.group(2):
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
    of press quotes, comments and taglines ("ביקורות", "reviews")."""
    kinds = ("press_headings", "comment_headings", "tagline_headings", "review_words")
    words = {k for k, _ in labels_by_length()}
    return frozenset(words | {key(w) for kind in kinds for w in lang.cues(kind)})


@lru_cache(maxsize=1 << 12)
def _role_word(word: str) -> bool:
    """A credit's label word, also with "and" as its prefix ("وسيناريو": "and screenplay")."""
    k = key(word)
    if k in _role_words():
        return True
    return any(k.startswith(p) and k[len(p) :] in _role_words() for p in _and_prefixes())


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
    least = 1 if is_uncased_name(" ".join(words)) else 2
    while len(words) > least and _role_word(words[0]):
        words = words[1:]
    while len(words) > least and key(words[-1]) in _role_words():
        words = words[:-1]
    if (
        len(words) >= 4
        and words[-1].endswith(lang.cues("role_endings"))
        and words[-2][0].isupper()  # not "María de la Luna"
    ):
        words = words[:-2]  # "Ilkka Koivula Akseli Koskelana": the actor, then the role
    name = " ".join(words)
    if not name or key(name) in _not_names() or is_fact_word(name) or _STOP.search(name):
        return None
    return name


def is_fact_word(text: str) -> bool:
    """True for a genre or a language, or in a script without capitals a country or a
    nationality ("דרמה", "ישראלי", "日本語"): words of a fact line, not a person's name."""
    return bool(
        genre_names(text)
        or is_language_name(text)
        # a capitalised single word may be a name that a country's resembles ("Indi")
        or (is_uncased_name(text) and bool(country_name(text) or nationality_country(text)))
    )


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
_SPACED_CJK = re.compile(rf"[{cues.CJK}]{{2,}}(?:[ \u3000]+[{cues.CJK}]{{2,}})+")


def _name_shaped(name: str) -> bool:
    """Not a phrase: at most five words, no digits or sentence stops, not lower case."""
    words = name.split()
    if len(words) > 5 or re.search(r"\d|[^\W\d_]{2}[.!?]\s", name):
        return False
    return not name[0].islower()


def bare_director(lines: tuple[str, ...], used: set[int], title_line: int | None) -> list[str]:
    """A name alone on a line just under the title, as festival pages write the director."""
    if title_line is None:
        return []
    seen = 0
    heading = key(lines[title_line])
    for i in range(title_line + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        seen += 1
        if seen > 8 or len(text.split()) > 25:
            return []
        starts_with_word = re.match(r"(?i)(?:by|from|with|von|par|por|di|de)\s", text)
        if key(text) in heading:  # the heading's series or venue repeated under it
            continue
        if i not in used and fl.is_name(text) and not is_noise(text) and not starts_with_word:
            return [text]
    return []


def directors(
    labels: tuple[str, str],
    found: Found,
    block: str,
    lines: tuple[str, ...],
    used: set[int],
    title: Title,
    why: Why | None,
) -> tuple[list[str], str]:
    """The film's directors and the credit sentence that named one (for other facts);
    ``labels`` are the labelled directors and cast as written."""
    labelled = names(labels[0], writes_inverted(found.values), "directors")
    cue_name, at = sentences.strong_director(block, title.title)
    sentence = sentences.sentence_at(block, at) if at >= 0 else ""
    ballot = Ballot()
    titles = frozenset(key(t) for t in (title.title, title.original, title.alt) if t)

    def vote(name: str, cue: str, weight: float) -> None:
        tidy = in_page(name, block, titles)
        if tidy:
            ballot.add(tidy, cue, weight)

    for name in labelled:
        vote(name, "labelled", 6.0)
    if cue_name:
        vote(cue_name, "after a 'directed by' cue", 3.0)
    partners: dict[str, list[str]] = {}  # "un film de A et B", "กำกับโดย A, B, C": all direct
    for mention in cues.mentions(block, "directed_by"):
        vote(mention.name, f"after '{mention.cue}'", 2.5)
        credited = in_page(mention.name, block, titles) or ""
        partners.setdefault(key(credited), cues.co_credited(block, mention))
    # "Past Lives (Celine Song, 2023)"
    if title.title.strip() and literal_then(block, title.title.strip(), _NAME_AND_YEAR):
        credited = re.escape(title.title.strip()) + _NAME_AND_YEAR.pattern
        for match in re.finditer(credited, block):
            if fl.is_name(match.group(1)):
                vote(match.group(1), "in parentheses with the year after the title", 2.5)
    for mention in cues.label_lists(block, "directors"):
        for name in mention.name.split("; "):
            vote(name, f"after the label '{mention.cue}' inside a line", 3.0)
    for mention in cues.genre_by(block):
        vote(mention.name, f"after '{mention.cue}'", 2.5)
    for mention in cues.by_lines(block):
        # an article's byline has the same shape: the weight stays below a real cue
        vote(mention.name, f"on a line of its own after '{mention.cue}'", 1.25)
    for name in bare_director(lines, used, title.line):
        vote(name, "a name alone under the title", 2.0)
    for mention in cues.mentions(block, "director_nouns"):
        vote(mention.name, f"after the role noun '{mention.cue}'", 1.5)
    for mention in cues.director_before(block):
        vote(mention.name, f"before the role word '{mention.cue}'", 2.0)
    weak = sentences.weak_director(block)
    if weak:
        vote(weak, "a possessive or a biography", 1.0)
    for name in found.names[:1]:
        vote(name, "a name on a fact line", 0.5)
    for name in found.lone_names:
        vote(name, "a name alone in a credit block", 2.0)
    _weigh(ballot, block, labels[1], title)
    if why is not None:
        why.record("directors", ballot)
    if labelled:
        return labelled, sentence
    best = ballot.best(minimum=0.4)
    if best is None:
        return [], sentence
    others = [name for name in map(person, partners.get(key(best.value), [])) if name]
    return dedupe([best.value, *others]), sentence


def in_page(name: str, block: str, titles: frozenset[str]) -> str | None:
    """``name`` tidied by :func:`person` and by what the page says around it: without the
    film's title written after it ("нов филм на Стефан Командарев Съдилището"), and without
    a last word that the page's other mentions of the name lack ("ზაზა ხალვაშის ახალი":
    "new"; "Стефан Командарев Светът", the first word of another film's title)."""
    tidy = person(name)
    words = tidy.split() if tidy else []
    for size in range(len(words) - 1, 1, -1):
        if key(" ".join(words[size:])) in titles:
            words = words[:size]
            break
    if 3 <= len(words) <= 4:
        shorter = " ".join(words[:-1])
        if block.count(shorter) > block.count(" ".join(words)):
            words = words[:-1]
    return " ".join(words) or None


def _weigh(ballot: Ballot, block: str, labelled_cast: str, title: Title) -> None:
    cast = {key(n) for n in names(labelled_cast)}
    titles = {key(t) for t in (title.title, title.original, title.alt) if t}
    for candidate in ballot.candidates.values():
        count = block.count(candidate.value)
        if count > 1:
            candidate.add(f"mentioned {count} times", min(1.2, 0.3 * (count - 1)))
        if key(candidate.value) in cast:
            candidate.add("labelled as cast", -3.0)
        if is_noise(candidate.value):
            candidate.add("page furniture", -2.0)
        if key(candidate.value) in titles:
            candidate.add("the film's title", -3.0)


def writers(labelled: str, block: str, why: Why | None) -> list[str]:
    """Writers: the labelled value, else names after a "written by" cue."""
    found = names(labelled)
    if found:
        return found
    ballot = Ballot()
    for mention in cues.mentions(block, "written_by", limit=4):
        ballot.add(mention.name, f"after '{mention.cue}'", 2.0)
    if why is not None and ballot.candidates:
        why.record("writers", ballot)
    best = ballot.best()
    return [best.value] if best else []


def name_lines(block: str) -> list[list[str]]:
    """Lines, or the ";"-separated segments or the part after a colon of a line, that hold
    nothing but three or more people's names ("Michael Ward, Olivia Colman, Colin Firth",
    "… wr. Celine Song; Greta Lee, Teo Yoo, John Magaro", "… з'являться: Жанна Озірна, …")."""
    found = []
    for line in block.splitlines():
        segments = (
            [*line.split(";"), line.rsplit(":", 1)[-1]] if ";" in line or ":" in line else [line]
        )
        for segment in segments:
            parts = [p.strip(" .") for p in re.split(r"[,|、]", segment)]
            parts = [p for p in parts if p]
            if len(parts) >= 3 and all(fl.is_name(p) or fl.is_uncased_name(p) for p in parts):
                found.append(parts)
                break
    return found


def name_runs(block: str) -> list[list[str]]:
    """Three or more names listed in a sentence, the first after other words and the last
    before them: "Filmis teevad kaasa veel Maria Peterson, Hilje Murel, Ivo Uukkivi …",
    "účinkujú Dominika Morávková, Peter Bebjak, Roman Polák a ďalšie známe tváre"."""
    found = []
    for line in block.splitlines():
        if line.count(", ") + line.count("، ") < 2:
            continue  # fewer than three parts
        parts = [_conjunction().sub("", p.strip()) for p in re.split(r"[,،]\s", line)]
        run: list[str] = []
        for i, part in enumerate([*parts, ""]):
            whole = _run_name(part.strip(" ."), run, line)
            if run and whole:
                run.append(part.strip(" ."))
                continue
            last = cues.name_at(part, 0) if run else None
            if last:
                run.extend(cues.names_from(part, 0, limit=2))
            if len(run) >= 3:
                found.append(run)
            run = [part.strip(" .")] if whole else []
            first = None if whole else cues.name_before(part)
            run = [first] if first and i < len(parts) - 1 else run
    return found


@cache
def _conjunction() -> re.Pattern[str]:
    """ "and" opening a list's last part ("A, B, and C", "A, B y C")."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, lang.cues('conjunctions')))})\s+")


def _run_name(part: str, run: list[str], line: str) -> bool:
    """A name in a list of names: capitalised words, not in capitals in lower-case prose
    (there they are titles: "THE SOUND OF MUSIC, MIDNIGHT COWBOY"); after two names, one
    capitalised word too ("Afdlin Shauki, Rashidi Ishak, Sathia, Indi")."""
    if part.isupper() and len(re.findall(r"[^\W\d_]", line)) > 2 * sum(map(str.isupper, line)):
        return False
    if fl.is_name(part):
        return True
    return (
        len(run) >= 2
        and re.fullmatch(r"[^\W\d_][\w'’-]+", part) is not None
        and part[0].isupper()
        and not part.isupper()
        and country_name(part) is None
    )


_AS_ROLE = re.compile(
    r"^\s*(?:[-•*·▪]\s*)?(.+?)(?:\s+(?:as|als|comme|como|nel ruolo di)\s+\S.*"
    r"|\s*(?:\.{3}|…)\s*(.*))$"
)


def role_lists(block: str) -> list[list[str]]:
    """Runs of two or more lines "Name as Character" or "Name ... Character" (a cast list
    written out); a line whose role is a crew label ("… (Director)") is no actor's."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in [*block.splitlines(), ""]:
        match = _AS_ROLE.match(line)
        role = (match.group(2) or "").strip(" ()") if match else ""
        crew = bool(role) and bool(set(field_of(role)) - {"cast"})
        if match and not crew and fl.is_name(match.group(1).strip()):
            current.append(match.group(1).strip())
            continue
        if line.strip() or not current:
            if len(current) >= 2:
                runs.append(current)
            current = [] if line.strip() else current
    return runs


def paired_with_characters(block: str) -> list[str]:
    """Actors named with the character they play, in page order: in parentheses after the
    character ("Ma (Wu Renlin)", "همسرش (برنیس بژو)") and beside a role cue ("Ario Bayu,
    sebagai Ardi", "城戸役の妻夫木聡さん"); each pair names one actor, the pairs make the list."""
    found = [(block.find(name), name) for name in sentences.character_cast(block)]
    found.extend((m.at, m.name) for m in cues.role_pairs(block))
    # one actor before a role word: "Jessica Chastain in der Hauptrolle der Molly Bloom"
    found.extend((m.at, m.name) for m in cues.cast_before(block) if "; " not in m.name)
    found.extend((m.at, m.name) for m in cues.uncased_in_parentheses(block))
    return dedupe(name for _, name in sorted(found, key=lambda pair: pair[0]))


def cast(labelled: str, sentence: str, block: str, synopsis: str, why: Why | None) -> list[str]:
    """The cast: the labelled list, else the best list after a cast cue, else actors named
    in parentheses after their characters."""
    ballot = Ballot()
    _list_vote(ballot, names(labelled, field="cast"), "labelled", 6.0)
    _list_vote(
        ballot, sentences.prose_cast(sentence), "after a cast cue in the credit sentence", 3.0
    )
    for mention in [*cues.cast_lists(block), *cues.label_lists(block, "cast")]:
        listed = mention.name.split("; ")
        _list_vote(ballot, listed, f"after '{mention.cue}'", 1.0 + min(2.0, 0.5 * len(listed)))
    for mention in cues.cast_before(block):
        listed = mention.name.split("; ")
        if len(listed) == 1:
            continue  # one actor: among those paired with their roles
        _list_vote(ballot, listed, f"before '{mention.cue}'", 1.0 + min(2.0, 0.5 * len(listed)))
    characters = paired_with_characters(block)
    weight = 1.0 + min(2.0, 0.5 * len(characters))
    _list_vote(ballot, characters, "paired with their characters", weight)
    for listed_line in name_lines(block):
        _list_vote(ballot, listed_line, "a line that only lists names", 2.5)
    for run in name_runs(block):
        if not all(map(person, run)):
            continue  # a part that is no name: the commas part clauses
        # in scripts without capitals any clauses between commas have a name's shape
        weight = 1.5 if any(is_uncased_name(name) for name in run) else 2.0
        _list_vote(ballot, run, "three or more names listed in a sentence", weight)
    for run in role_lists(block):
        _list_vote(ballot, run, "lines of 'Name as Character'", 2.5)
    if why is not None:
        why.record("cast", ballot)
    best = ballot.best()
    return best.value.split("; ") if best else []


def _list_vote(ballot: Ballot, listed: list[str], cue: str, weight: float) -> None:
    """A vote for a list of names, each tidied by :func:`person`; none if none is left."""
    tidy = dedupe(name for name in map(person, listed) if name)
    if tidy:
        ballot.add("; ".join(tidy), cue, weight)
