"""The title by evidence: every cue of the page describes its candidates, fitted weights choose.

Cues: a labelled ``Title:``; heading-like lines near the top (and their parts); a line that
is only a quoted name or in title marks ``《》『』``; quoted names in the text and how often;
the word for film before or after a name; a sentence that defines a name as a film; the
address slug, compared after transliteration so that ``/rozhden-den`` supports "Рожден ден";
the slug words as the page writes them; repeated mentions. Each candidate also carries raw
measures (its first line, its length, capitals, digits, whether it is the site's own name or
a country). None of them weighs anything here: the features are scored with the weights
:mod:`.titlemodel` reads (fitted by ``bench/fit_title.py``). Names the page credits as
directors or cast are no candidates, as they are no heading lines.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlparse

from anyascii import anyascii

from indexer import lang
from indexer.extract.pages import (
    castrows,
    familyfirst,
    synopsiscues,
    titleagree,
    titlebody,
    titleby,
    titlecaps,
    titleclause,
    titlecues,
    titlecut,
    titleends,
    titleheadline,
    titleheads,
    titlejoined,
    titlelead,
    titlelists,
    titleovercredits,
    titleowner,
    titleperson,
    titlerepeats,
    titlerole,
    titles,
    titlesources,
    titlespans,
    titlestory,
    titlesubtitle,
    titlewrapped,
)
from indexer.extract.pages.evidence import Ballot, Candidate
from indexer.extract.pages.facts import is_name, line_facts
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.personname import is_person_name, mostly_companies
from indexer.extract.pages.scripts import CJK, UNSPACED, latin_halves
from indexer.extract.pages.text import in_a_list, is_noise
from indexer.extract.pages.titlefurniture import furniture_alone
from indexer.extract.pages.titlemodel import FeatureBallot, TitleCandidate, scored
from indexer.extract.pages.titleroman import loose, other_spelling
from indexer.normalize import country_name, genre_names, is_language_name, key, plain_key

_MAX = 200


def vote(
    lines: tuple[str, ...],
    used: set[int],
    stop: int,
    people: set[str],
    url: str | None,
    labelled: str | None = None,
    original: str | None = None,
    credited: frozenset[str] = frozenset(),
) -> tuple[Ballot, dict[str, titles.Title]]:
    """The title ballot of a page, scored, and, for candidates from heading lines, the cleaned
    heading (original title, pull quote, line) to keep with the winner; ``credited`` are the
    keys of the people the page's people readers read (a candidate naming them is marked, as
    one naming a screening's guest: "In the presence of Thomas Vinterberg", or one the page
    writes after a crew role's cue: "regie Anna Berg", :mod:`.titlerole`)."""
    ballot, headings = collect(lines, used, stop, people, url, labelled, original, credited)
    body = "\n".join(lines)
    credited = credited | titlecues.present_people(body)
    by_role = titlerole.credited_by_role((c.value for c in ballot.candidates.values()), body)
    for candidate in ballot.candidates.values():
        if candidate.value in by_role or names_people(candidate.value, credited):
            candidate.set("credited_person", 1.0)
            # a credit line over the facts: the heading and the facts agree on a person
            candidate.features.pop("cues_agree", None)
    titleperson.mark(ballot, familyfirst.on_page(body))
    out = scored(ballot)
    _generic_last(ballot, out)
    titleheadline.prefer_name(out, ballot, body)
    titleheadline.after_film_word(out, ballot)
    titleheadline.without_site(out, ballot, url)
    return out, headings


#: what marks a candidate as a word of any page rather than a name: a genre's name, a word
#: for film or a review, a site's section ("Drama", "Filmlexikon", "Kritiken"), a word that
#: only opens or joins a phrase, alone ("The", "La", "Het": a name cut short after it)
_GENERIC = frozenset({"film_or_review_word", "joining_word"})
#: cues that the page uses such a word as a name all the same: it quotes it, labels it as the
#: title or sets it in title marks (a film called «Film»)
_AS_NAME = frozenset({"quoted", "quoted_line", "title_marks", "labelled", "cell_labelled"})


def _is_generic(features: Collection[str]) -> bool:
    return bool(_GENERIC.intersection(features)) and not _AS_NAME.intersection(features)


def _generic_last(featured: FeatureBallot, ballot: Ballot) -> None:
    """A generic word ("Drama", "Filmlexikon") wins only when nothing else has a positive
    score: it drops just below the best other candidate, which the fitted weights' mild
    penalty does not always reach for a word the page repeats near its top."""
    others = [
        c.score
        for k, c in ballot.candidates.items()
        if not _is_generic(featured.candidates[k].features)
    ]
    best_other = max(others, default=0.0)
    if best_other <= 0:
        return
    for k, candidate in ballot.candidates.items():
        if _is_generic(featured.candidates[k].features) and candidate.score >= best_other:
            candidate.add(
                "generic: a genre, film or section word, another candidate named",
                round(best_other - candidate.score - 0.01, 3),
            )


def collect(
    lines: tuple[str, ...],
    used: set[int],
    stop: int,
    people: set[str],
    url: str | None,
    labelled: str | None = None,
    original: str | None = None,
    credited: frozenset[str] = frozenset(),
) -> tuple[FeatureBallot, dict[str, titles.Title]]:
    """Every title candidate of a page with its features (:data:`.titlemodel.FEATURES`);
    ``labelled`` and ``original`` are the values of the page's title and original-title
    labels, ``credited`` the keys of the people the page's people readers read."""
    ballot = FeatureBallot()
    headings: dict[str, titles.Title] = {}
    # "‘’Duvara Karşı’’ filmi": doubled single quotes read as the double quote they stand for
    lines = tuple(_DOUBLED_QUOTE.sub('"', line) for line in lines)
    body = "\n".join(lines)
    people = people | titlecues.named_people(body)
    if labelled:
        heading = titles.clean_heading(labelled)
        headings[key(heading.title)] = heading
        ballot.add(heading.title, "labelled")
    if original and (heading_of_original := titles.clean_heading(original).title):
        ballot.add(heading_of_original, "labelled_original")
    _headings(ballot, headings, lines, used, stop, people)
    titlecues.quoted(ballot, lines)
    titlecues.after_film_word(ballot, lines)
    titlecues.defined_as_film(ballot, lines, people)
    titlecues.film_labelled(ballot, lines)
    titlesources.late_lines(ballot, lines, body)
    titlesources.first_label_value(ballot, lines)
    titlesources.label_heads(ballot, lines, stop)
    titlesources.before_year(ballot, lines)
    titlesources.before_facts(ballot, lines)
    titlesources.before_credit(ballot, lines)
    titlesources.cell_labelled(ballot, lines)
    slug = titles.with_written_number(titles.slug_words(url), url, body)
    _slug_cues(ballot, slug, body)
    if not _name_address(ballot, slug):
        titlecues.slug_head(ballot, slug, body)
    titlerepeats.film_word_runs(ballot, lines)
    titleclause.clause_runs(ballot, lines, url)
    titlecues.extend_runs(ballot, body)
    titlesubtitle.with_subtitle(ballot, body)
    titlelists.entry_heads(ballot, lines)
    _above_facts(ballot, lines, stop)
    titlelists.entries(ballot, lines)
    titleovercredits.heading_over_credits(ballot, lines, stop)
    titlelists.above_credits(ballot, lines, stop)
    titleby.before_credit(ballot, people | credited)
    titleby.around_person(ballot, lines, people | credited)
    titlecut.cut_names(ballot, people | credited, slug, _after_section)
    titleowner.after_owner(ballot, lines, people | credited)
    titlecaps.caps_in_prose(ballot, lines)
    titleheads.heads_written_again(ballot, lines)
    titlespans.spans_written_again(ballot, lines, people | credited)
    # last of the cues: a name other cues found keeps the way they write it
    for run in titlecues.slug_name_runs(slug, body):
        ballot.add(run, "slug_name_run")
    for k in [
        k
        for k, c in ballot.candidates.items()
        if "labelled" not in c.features
        and (
            k in people
            or _inflected_person(k, people)
            or _surname(k, people)
            or _credit_of(k, people)
            or (
                (fact_not_name(c.value) or furniture_alone(c.value))
                and not titles.runs_in_address(k, url)
            )
            or film_of_the_period(c.value)
            or (_language_alone(c.value) and not _named_as_film(c, body))
            or castrows.unspaced_acting_noun(c.value)
            or _two_sentences(c.value)
            or mostly_companies(c.value.split(","))
        )
    ]:
        del ballot.candidates[k]
    if not ballot.candidates:  # a page is never lost for want of a title
        titlesources.fallback(ballot, lines)
    if not ballot.candidates and (folder := titles.slug_words(url, folders=True)):
        ballot.add(" ".join(folder).capitalize(), "fallback_line")  # the address's folder
    _weigh(ballot, slug, url, body)
    titleagree.agreement(ballot, url)
    titlelead.mark(ballot, lines)
    titlestory.mark(ballot, lines, used)
    titlebody.mark(ballot, lines)
    return ballot, headings


#: the most words of an address that spells a film's name, not a news headline
_NAME_ADDRESS_MOST = 5


def _name_address(ballot: FeatureBallot, slug: list[str]) -> bool:
    """Whether the address is a film's name the page writes whole ("/film/leila-et-ses-
    freres" and "Leila et ses frères"): its first words are no headline's head ("Leila")."""
    return len(slug) <= _NAME_ADDRESS_MOST and any(
        "slug_in_text" in c.features for c in ballot.candidates.values()
    )


#: a markup tag alone ("<p>", "</strong>"): what a capture leaves of a page's HTML
_TAG = re.compile(r"</?[A-Za-z][\w-]*[^<>]*>")
#: a web address or a file's path the capture left ("//pagead2.example.com/js/ads.js",
#: "www.example.org"): one run without spaces holding a slash or opening with "www."
_ADDRESS = re.compile(r"(?:[a-z]+:)?//\S+|www\.\S+|\S*\w/\S*\.[A-Za-z]{2,5}", re.IGNORECASE)
#: two single quotes, or two apostrophes, written for one double quote ("‘’X’’", "''X''")
_DOUBLED_QUOTE = re.compile(r"‘’|’’|‘‘|''")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
#: what separates the names of a list of people ("Luc Dardenne, Jean-Pierre Dardenne")
_NAME_LIST = re.compile(r"\s*(?:[,;/&|]|\s[-–—]\s)\s*")


#: the most words of a heading line over a line of facts
_HEADING_WORDS = 14


def _above_facts(ballot: FeatureBallot, lines: tuple[str, ...], stop: int) -> None:
    """Every candidate written on an early short line whose next line is a line of facts (the
    heading, or the name a cue found in it: "Soutěž … filmů Vlastníci / Owners" over "CZ, SK
    | 2019 | 96 min")."""
    heads = [
        lines[i].casefold()
        for i in range(min(stop, 40, len(lines)))
        # a name quoted in a paragraph over the facts is not their heading
        if 0 < len(lines[i].split()) <= _HEADING_WORDS and titlesources.facts_below(lines, i)
    ]
    for candidate in ballot.candidates.values():
        value = candidate.value.casefold()
        if len(value) >= 2 and any(value in head for head in heads):
            candidate.set("above_facts")  # "Le Concours" on "Le Concours, Claire Simon"


#: a sentence's end inside a line: a word of two letters or more, a stop, a capital
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=[^\W\d_a-zß-ÿ])")
#: the fewest words of each of two sentences that make a line prose, not a name
_SENTENCE_WORDS = 3


def _two_sentences(value: str) -> bool:
    """Two sentences of three words or more ("Mostrando postagens com marcador #documentário.
    Mostrar todas as postagens", "Showing posts with label drama. Show all posts"): a page's
    furniture or a text's lines, where a name with a stop holds a short part ("Outsider.
    Freud", "Mr. Smith Goes to Washington")."""
    parts = _SENTENCE_END.split(value.strip())
    return len(parts) >= 2 and all(len(p.split()) >= _SENTENCE_WORDS for p in parts)


#: the cues of a name the text quotes or labels as a film's ("the film "Esperanto"")
_GIVEN_AS_FILM = frozenset(
    {"quoted_after_film_word", "quoted_before_film_word", "named_titled", "film_labelled"}
)


def _named_as_film(candidate: TitleCandidate, body: str) -> bool:
    """Whether the text gives a language's name as a film's: quoted or labelled, or in
    capitals after the word for film ("la película GUARANÍ"; "movie Malay" is a kind), or
    capitalised there where the page writes the language in lower case ("la película Guaraní"
    beside "aprenda guaraní": the capital makes it a name)."""
    features = candidate.features.keys()
    value = candidate.value.strip()
    after_film = "named_after_film_word" in features
    caps = value.isupper() and after_film
    lower = after_film and value[:1].isupper() and _count_word(body, value.lower()) > 0
    return caps or lower or bool(_GIVEN_AS_FILM & features)


def _language_alone(value: str) -> bool:
    """A language's name alone, not a country's ("Malayalam", "Tamil"): a blog's tag or a
    section of films in that language, over the reviews it lists."""
    return is_language_name(value.strip()) and not country_name(value.strip())


def names_people(candidate: str, people: frozenset[str]) -> bool:
    """Whether a candidate is only the names of ``people`` (keys): one credited person ("Alex
    Lutz"), a list of them ("Luc Dardenne, Jean-Pierre Dardenne"), a list of them and of
    names that are no one's (a company's or an institution's: "Engine Film, Sputnik
    Productions, TV Man Union", the cast reader keeping the last) or the word for "by" and
    one ("De Michele Pennetta" over the film's facts: its credit line)."""
    if not people:
        return False
    names = [n for n in _NAME_LIST.split(candidate.strip()) if n.strip()]
    keys = [key(n) for n in names]
    if any(k in people for k in keys) and all(
        k in people or not is_person_name(n) for k, n in zip(keys, names, strict=True)
    ):
        return True
    return _credit_of(key(candidate), people)


def fact_not_name(value: str) -> bool:
    """A candidate that states a fact, not a name: marks alone ("★★★★"), a fact line ("101
    min", "2016, 90 min"), or a markup tag or a web address the capture left ("<p>",
    "//example.com/ads.js")."""
    if _TAG.fullmatch(value.strip()) or _ADDRESS.fullmatch(value.strip()):
        return True
    return not _LETTER_OR_DIGIT.search(value) or line_facts(value) is not None


#: the most words of a site's section named for a period ("Le film de la semaine")
_PERIOD_PHRASE = 6


#: a run of letters
_LETTERS = re.compile(r"[^\W\d_]+")


def film_of_the_period(value: str) -> bool:
    """A site's section named for a period of time: the word for film (or a review, or its
    plural) and after it a word for a day, week, month or year ("FILM OF THE WEEK", "Films du
    mois", "Film der Woche"), a heading above the film, never its name."""
    words = [key(anyascii(w)) for w in _LETTERS.findall(value)]
    if not 2 <= len(words) <= _PERIOD_PHRASE:
        return False
    film = next((i for i, w in enumerate(words) if _section_word(w) or w in _film_words()), None)
    return film is not None and any(w in _period_keys() for w in words[film + 1 :])


@lru_cache(maxsize=1)
def _period_keys() -> frozenset[str]:
    return frozenset(key(anyascii(w)) for w in lang.period_words())


def _surname(candidate: str, people: set[str]) -> bool:
    """Whether a one-word candidate key is the last word of a credited person's name ("ozu"
    for Yasujiro Ozu: a text names a director by the surname, "filem Ozu")."""
    return (
        " " not in candidate
        and len(candidate) >= 3
        and any(" " in p and p.rsplit(" ", 1)[1] == candidate for p in people)
    )


def _credit_of(candidate: str, people: Collection[str]) -> bool:
    """Whether a candidate key is the word for "by" and a credited person's name ("de luis
    aviles", "di nanni moretti"): a film's credit line, not its name."""
    words = candidate.split(" ", 1)
    return len(words) == 2 and words[1] in people and words[0] in _by_words()


@lru_cache(maxsize=1)
def _by_words() -> frozenset[str]:
    return frozenset(key(w) for w in lang.cues("by") if " " not in w.strip())


def _inflected_person(candidate: str, people: set[str]) -> bool:
    """Whether a candidate key is a credited person's name in another case: each word the
    person's word with an ending of up to three letters ("jamesa marsha" for James Marsh,
    "andreya konchalovskogo" is no match: only endings are added, nothing is guessed)."""
    words = candidate.split()
    if len(words) < 2:
        return False
    for person in people:
        theirs = person.split()
        if len(theirs) == len(words) and all(
            w.startswith(t) and len(w) - len(t) <= 3 and len(t) >= 2
            for w, t in zip(words, theirs, strict=True)
        ):
            return True
    return False


def _slug_cues(ballot: FeatureBallot, slug: list[str], body: str) -> None:
    """The address words: found in the text (transliterated, or with spaces restored), and as
    the page writes them."""
    found_in_text = titlecues.slug_in_text(slug, body)
    runs: list[str] = []
    if found_in_text:
        ballot.add(found_in_text, "slug_in_text")
    else:
        runs = titlecues.slug_run(slug, body)
        for run in runs:
            ballot.add(run, "slug_run")
    titlecues.slug_spaced(ballot, slug, body)
    written = titles.from_slug(slug, body)
    if written is not None:
        # found, and written as a name (capitalised, or in a script without case): a common
        # word of the address ("detail", "kino") is found in lower case too
        found = _count_word(body.casefold(), written.title.casefold()) > 0 and (
            written.title != written.title.lower() or written.title == written.title.upper()
        )
        value = _with_article(ballot, written.title, body) if found else written.title
        candidate = ballot.add(value, "slug_written" if found else "slug_only")
        if not found and runs:
            candidate.set("slug_only_run")  # the text spells a run of the address, not all


def _headings(
    ballot: FeatureBallot,
    headings: dict[str, titles.Title],
    lines: tuple[str, ...],
    used: set[int],
    stop: int,
    people: set[str],
) -> None:
    for rank, i in enumerate(titles.candidates(lines, used, stop, people)):
        heading = titles.clean_heading(lines[i])
        if not heading.title or len(heading.title) > _MAX or titlecues.credit_line(lines[i]):
            continue
        headings.setdefault(key(heading.title), replace(heading, line=i))
        candidate = ballot.add(heading.title, "heading", 1.0, i)
        candidate.set("heading_rank", max(0.0, 1.0 - rank / 7))
        if rank == 0:
            candidate.set("first_heading")
        if in_a_list(lines, i):
            candidate.set("menu")
        after_film_word = _film_lead(heading.title) is not None
        if after_film_word:
            candidate.set("film_word_heading")
        # "MOVIE REVIEW | PENCIPTA PEGANG WAKTU (SPOILER FREE)": the cleaned heading keeps
        # what stands before the bar or the dash, the name may stand after it ("NZIFF Review -
        # It Follows")
        parts = _parts(heading.title)
        if _BAR_OR_DASH.search(lines[i]):
            cleaned = (titles.clean_heading(p).title for p in _parts(lines[i].strip()))
            parts += [p for p in cleaned if p and titles.heading_like(p, people)]
        for part in dict.fromkeys(parts):
            feature = "heading_after_film_word" if after_film_word else "heading_part"
            ballot.add(part, feature, 1.0, i)
        name = titlecues.reviewed(heading.title)
        if not name or "|" in name:  # "Timbuktu (12A) | Close-Up Film Review"
            name = titlewrapped.unwrapped(lines[i]) or name
        if name:
            # "Rangasthalam Movie Review": the headline's place is its name's
            named = ballot.add(name, "review_name", 1.0, i)
            for feature in ("heading", "heading_rank", "first_heading"):
                if feature in candidate.features:
                    named.set(feature, candidate.features[feature])
            candidate.set("review_headline")
        if heading.whole and _subtitle(heading.title, heading.original or ""):
            _whole_heading(ballot, headings, candidate, heading, i)
        credit = _CREDITED.match(lines[i].strip())
        if credit:
            ballot.add(credit.group(1), "credited", 1.0, i)
        stripped = titles.unmarked(lines[i])
        if stripped[:1] in titlecues.PAIRS and stripped[-1:] in "".join(titlecues.PAIRS.values()):
            candidate.set("quoted_line")


#: the letters of the Latin script (basic, Latin-1, Extended-A and -B, the IPA's letters an
#: alphabet took up, Azerbaijani "ə", and Extended Additional, Vietnamese "ỏ")
_LATIN_LETTERS = "A-Za-zÀ-ʯḀ-ỿ"
_LATIN = re.compile(rf"[{_LATIN_LETTERS}]")


def _subtitle(name: str, after: str) -> bool:
    """Whether what follows a heading's dash may be the name's subtitle: written in the
    name's script ("Pixels - พิกเซล" gives a translation) and no person's name ("L'institutrice
    - Nadav Lapid" gives the director)."""
    same_script = bool(_LATIN.search(name)) == bool(_LATIN.search(after))
    person = titleperson.person_like(after) or (is_name(after) and not after.isupper())
    return same_script and not person


def _whole_heading(
    ballot: FeatureBallot,
    headings: dict[str, titles.Title],
    heading: TitleCandidate,
    found: titles.Title,
    i: int,
) -> None:
    """A heading whole with what follows its dash ("Sophie Scholl – Die letzten Tage"), in the
    heading's place: the fitted weight of ``dash_whole`` says how often the dash holds a
    subtitle rather than an other-language title. Chosen, it keeps the part before the dash
    as the film's other name ("Sophie Scholl")."""
    whole = found.whole or found.title
    candidate = ballot.add(whole, "dash_whole", 1.0, i)
    for feature in ("heading", "heading_rank", "first_heading"):
        if feature in heading.features:
            candidate.set(feature, heading.features[feature])
    headings.setdefault(key(whole), titles.Title(whole, alt=found.title, line=i))


#: "Kes (Loach, 1969): Cinema Museum": a title credited with its director and year
_CREDITED = re.compile(r"^[\W_]*(.{1,80}?)\s*\((?:[^()]{1,40},\s*)?(?:18[89]|19\d|20\d)\d\)")
_BAR_OR_DASH = re.compile(r"\s[|–—-]\s")
#: what parts a heading's pieces: a parenthesis, a colon, a comma, a bar or a slash, a dash
#: spaced on both sides, or on one side only where a letter is glued to its other side ("X
#: -Review", "X– Review"; not a hyphen glued before a space: "anti- war")
_PART_SPLIT = re.compile(
    r"\s*(?:\(|\)|:\s|\s[/|–—-]\s|,\s|\s[/|]|[/|]\s|\s[–—-](?=[^\W\d_])|(?<=[^\W\d_])[–—]\s)\s*"
)
_SCRIPT_RUNS = re.compile(
    rf"[{_LATIN_LETTERS}0-9][{_LATIN_LETTERS}0-9'’ .!?&-]*"
    rf"|[^\s{_LATIN_LETTERS}0-9][^{_LATIN_LETTERS}]*"
)


def _film_lead(heading: str) -> str | None:
    """The name after the word for film opening a heading ("فيلم العزيمة", "Film: Kes"); a
    capitalised word for film with a capitalised word after it and no colon is one compound
    name ("Film Night", "Film Festival")."""
    match = titlecues.film_lead().match(heading)
    if match is None:
        return _after_section(heading)
    name = match.group(1)
    compound = heading[:1].isupper() and name[:1].isupper() and ":" not in heading[: match.start(1)]
    return None if compound else name


#: a heading's head before a colon, of up to four words, and the rest
_SECTION_HEAD = re.compile(r"^(?P<head>[^:|]{2,40}?)\s?:\s+(?P<rest>\S.{0,80})$")


def _after_section(heading: str) -> str | None:
    """The name after a section's head that opens with the word for film, for a review, of
    the screen or of a screening ("Cinema Cicle Gaudí: Alcarràs", "PREVIEW: …", "Kritik:
    …"), as after the word for film alone."""
    match = _SECTION_HEAD.match(heading)
    if match is None or len(match.group("head").split()) > 4:
        return None
    first = key(anyascii(match.group("head").split()[0]))
    return match.group("rest") if first in _section_heads() else None


@lru_cache(maxsize=1)
def _section_heads() -> frozenset[str]:
    """The words that open a site's section (film, review, screen, screening), romanised."""
    words = [*lang.cues("event_words"), *lang.cues("media_words")]
    heads = (key(anyascii(w.rstrip("*"))) for w in words if " " not in w.strip())
    return _section_words() | frozenset(h for h in heads if len(h) >= 3)


def _parts(heading: str) -> list[str]:
    """Pieces of a heading that may be the title alone: "Kes (Loach, 1969): Cinema Museum"
    -> "Kes", "▶ 벌새 House of Hummingbird" -> "벌새", "House of Hummingbird"."""
    text = heading.lstrip("▶►▷•*#-–— ").strip()
    lead = _film_lead(text)
    if lead is not None:  # "فيلم العزيمة", "Film: Kes"
        return [lead]
    pieces = [p for p in _PART_SPLIT.split(text) if p and p.strip()]
    if (
        len(pieces) == 1
        and re.search(r"[A-Za-z]", text)
        and re.search(rf"[^\W\d{_LATIN_LETTERS}_]", text)
    ):
        pieces = [m.group(0) for m in _SCRIPT_RUNS.finditer(text)]
    parts = [p.strip(" .,;") for p in pieces]
    return [
        p for p in parts if p and p != heading and re.search(r"[^\W\d_]", p) and len(p.split()) <= 8
    ]


def _with_article(ballot: FeatureBallot, written: str, body: str) -> str:
    """The address's words as the page writes them, with the article an address leaves out
    ("/filme/jagd" for "Die Jagd", "the-railway-man" found as "Railway man" inside "THE
    RAILWAY MAN"): a candidate that is the words after an article, where the page never
    writes the words without it."""
    bare = _no_article(key(written))
    folded = body.casefold()
    count = _count_word(folded, written.casefold())
    for k, candidate in ballot.candidates.items():
        if (
            k != key(written)
            and _no_article(k) == bare
            and _count_word(folded, candidate.value.casefold()) == count
        ):
            return candidate.value
    return written


def _weigh(ballot: FeatureBallot, slug: list[str], url: str | None, body: str) -> None:
    """Features that any candidate has: the slug, repeats, length, shape, the site's name."""
    slug_key = " ".join(slug)
    site = _site_words(url)
    folded = body.casefold()
    counts = {
        k: _count_mentions(folded, c.value.casefold()) if len(c.value) >= 2 else 0
        for k, c in ballot.candidates.items()
    }
    _nested(ballot, counts)
    titlejoined.mark(ballot, counts)
    for candidate in ballot.candidates.values():
        own_site = any(_same_site(plain_key(candidate.value).replace(" ", ""), s) for s in site)
        if own_site:
            # "/post/cinema-comentado-divulga-…" on cinemacomentado.com: the address repeats
            # the site's name, which says nothing of the film
            for name in [f for f in candidate.features if f.startswith("slug_")]:
                del candidate.features[name]
        cues = len([f for f in candidate.features if f not in _RELATIONS])
        only_slug = set(candidate.features) <= {"slug_written", "slug_only"}
        if slug_key and not only_slug and not own_site:
            _slug_match(candidate, slug_key)
        if len(slug) == 1 and set(candidate.features) & _SLUG_FEATURES:
            candidate.set("slug_single")
        _mentions(candidate, counts[key(candidate.value)])
        _shape(candidate)
        value = candidate.value
        if own_site:
            candidate.set("site_name")
        if country_name(value) or is_language_name(value) or _country_list(value):
            candidate.set("country_or_language")
        if is_noise(value) or value.rstrip().endswith((".", "!", ":", ",")):
            candidate.set("furniture")
        if value[:1].islower():
            candidate.set("lower_case")
        _generic(candidate, body)
        candidate.set("cues", math.log1p(cues))


#: the most words of a site's section named with a word of screenings ("Kommendes Programm"):
#: a headline that holds one ("Premiera slovenskega filma v Trbovljah") speaks of the film
_SECTION_MOST = 3


def _country_list(value: str) -> bool:
    """Two or more country names and nothing else ("Espanha/Portugal/Argentina"): a
    production's countries, not a name."""
    items = [item.strip() for item in re.split(r"[/,]", value)]
    return len(items) >= 2 and all(item and country_name(item) for item in items)


def _generic(candidate: TitleCandidate, body: str) -> None:
    """Evidence that a candidate is a word of the page's furniture, not a name: a label
    ("Kritik", "Kuva & Ääni:"), a date word ("Oktober"), or a word the page also writes in
    lower case as often as not ("Posts" over "showing posts from"), as it seldom writes a
    name."""
    value = candidate.value.strip()
    if value.endswith(":") or field_of(value.rstrip(" :")):
        candidate.set("label_word")
    if (
        _section_word(key(anyascii(value)))
        or _section_phrase(value)
        or _glued_phrase(value)
        or _film_compound(value)
        or _genre_word(value)
        or _VIDEO_FORMATS.fullmatch(value)
        or key(value.strip(_HEADING_MARKS)) in _heading_phrases()
    ):
        # "MOVIE", "Kritik", "Elokuva", "Críticas", "Comments", "Filmbild", "Stummfilm"; and
        # "Blu-ray", "DVD", "4K UHD": the disc a review or a shop sells, as a site's section
        candidate.set("film_or_review_word")
    if titles.is_date_word(value):
        candidate.set("date_word")
    if _series_name(candidate):
        candidate.set("film_or_review_word")
    if len(value.split()) <= _SECTION_MOST and synopsiscues.distinct("event_words", value):
        candidate.set("event_word")  # "2023 Programme", "Repertuar", "Premiere"
    words = value.rstrip(" .!").split()
    if (
        len(words) >= 2
        and words[-1].islower()
        and key(words[-1]) in _film_words()
        and not titles.ends_the_film(value)  # "Boris - Il film": a name's own ending
    ):
        # "Ointressant svensk film", "a culturally informative film": a verdict on the film
        candidate.set("review_headline")
    lower = value.lower()
    # a common word is written in lower case at least as often as capitalised
    one_word = " " not in value and lower != value and len(value) >= 3
    if one_word and _count_word(body, lower) >= max(1, _count_word(body, value)):
        candidate.set("written_lower")


#: home video's formats, one or several ("Blu-ray", "DVD & Blu-ray", "4K Ultra HD"): tokens
#: every language writes alike
_VIDEO_FORMATS = re.compile(
    r"(?:(?:4K\s*)?(?:Ultra\s*HD|UHD|Blu-?ray|BD|DVD|VOD|4K)(?:\s*(?:[/&+|]|and)\s*|\s+)?)+",
    re.IGNORECASE,
)


#: the most words of a programme's name before a film's ("Mid-Century Movie Nights: …")
_SERIES_WORDS = 4


def _series_name(candidate: TitleCandidate) -> bool:
    """The head of a heading before its colon whose words hold the word for film among others
    ("Mid-Century Movie Nights: Tokyo Story", "Sunday Film Club: …"): a programme of
    screenings that names the film after it, not the film."""
    value = candidate.value.strip()
    words = [key(w) for w in re.findall(r"[^\W\d_]+", value)]
    return (
        "heading_part" in candidate.features
        and 2 <= len(words) <= _SERIES_WORDS
        and any(w in _film_words() for w in words[1:])
        and not titles.ends_the_film(value)
    )


#: the most words of a genre's name ("Comédie musicale", "Science fiction")
_GENRE_WORDS = 3


def _genre_word(value: str) -> bool:
    """A genre's name alone ("Suspense", "Drama", "Αισθηματική", "Comédie musicale"): the
    kind of film a fact sheet's line gives, as a heading alone."""
    return len(value.split()) <= _GENRE_WORDS and bool(genre_names(value.strip()))


def section_label(value: str) -> bool:
    """Whether a value is a section's word or phrase of any language, no film's name:
    "Críticas", "Review", "Movie Reviews", "MovieReview"."""
    return _section_word(key(anyascii(value))) or _section_phrase(value) or _glued_phrase(value)


def _section_word(folded: str) -> bool:
    """Whether a key is a section's word, or its plural ("críticas", "reviews")."""
    words = _section_words()
    if folded in words:
        return True
    return (
        len(folded) > 4
        and folded.endswith("s")
        and (folded[:-1] in words or (folded.endswith("es") and folded[:-2] in words))
    )


#: the most words of a phrase of section words ("Movie Review", "சினிமா விமர்சனம்")
_SECTION_PHRASE_MOST = 3


def _section_phrase(value: str) -> bool:
    """Two or three words, each a section's word in any language ("Movie Review", "Film
    Reviews", "சினிமா விமர்சனம்": cinema review, "મુવી રિવ્યુ"): a headline's label, no name."""
    words = [w.strip(_PHRASE_MARKS) for w in value.split()]
    words = [w for w in words if w]
    return 2 <= len(words) <= _SECTION_PHRASE_MOST and all(
        _section_word(key(anyascii(w))) for w in words
    )


#: the fewest letters of each section word a glued phrase is read as
_GLUED_PART = 3


def _glued_phrase(value: str) -> bool:
    """One word that is a language's phrase for film or review, or two section words, written
    without the space between them ("திரைவிமர்சனம்" for "திரை விமர்சனம்", screen review;
    "MovieReview"): a headline's label as a hurried headline glues it, no name."""
    folded = key(anyascii(value.strip(_PHRASE_MARKS)))
    if " " in folded or not folded:
        return False
    return folded in _glued_phrases() or any(
        _section_word(folded[:i]) and _section_word(folded[i:])
        for i in range(_GLUED_PART, len(folded) - _GLUED_PART + 1)
    )


@lru_cache(maxsize=1)
def _glued_phrases() -> frozenset[str]:
    """The phrases of words for film and for a review of every language module, their spaces
    left out, as keys ("tiraivimrcnm")."""
    words = [*lang.cues("review_words"), *lang.cues("film_words")]
    keys = (key(anyascii(w)) for w in words if " " in w.strip())
    return frozenset(k.replace(" ", "") for k in keys if k)


#: marks around a word of a phrase of section words
_PHRASE_MARKS = ".,:;!?|–—-\"'“”‘’«»()[]"


def _film_compound(value: str) -> bool:
    """One word that joins the word for film to a noun written in lower case, before it or
    after it ("Filmbild", "Filmtipp", "Filmkritik", "Stummfilm", "Kurzfilm": a German, Dutch
    or Scandinavian compound), a page's section, not a name."""
    if " " in value or not value[:1].isupper() or not value[1:].islower():
        return False
    folded = key(anyascii(value))
    return any(
        (folded.startswith(w) or folded.endswith(w)) and len(folded) - len(w) >= 3
        for w in _compound_heads()
    )


#: marks around a heading of a page's section or a post's dateline ("Latest »", "Read more…")
_HEADING_MARKS = " .…:!|>»-–—"


@lru_cache(maxsize=1)
def _heading_phrases() -> frozenset[str]:
    """The headings of a page's or a review's section, of readers' comments and of links to
    other articles, whole, in every language ("Latest", "Posted on", "Our verdict", "Leave a
    reply", "Read also"): page furniture written alone on a line, no film's name."""
    kinds = ("section_headings", "comment_headings", "read_also")
    return frozenset(k for kind in kinds for w in lang.cues(kind) if (k := key(w)))


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """The words for film and for a review, the words of the screen ("Cine", "Kino",
    "Leinwand") and the headings of readers' comments ("Comments", "Yorumlar"): a site's
    section, as a heading alone."""
    media = (key(anyascii(w)) for w in [*lang.cues("media_words"), *lang.cues("comment_headings")])
    return titles.review_words() | frozenset(m for m in media if m and " " not in m)


@lru_cache(maxsize=1)
def _film_words() -> frozenset[str]:
    """The words for film of every language module, as keys."""
    return frozenset(key(w) for w in lang.cues("film_words"))


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    """The words for film, romanised (not those for a review: "Kritikerin" is a person)."""
    words = (key(anyascii(w)) for w in lang.cues("film_words") if " " not in w.strip())
    return tuple(w for w in words if len(w) >= 4 and " " not in w)


_RELATIONS = {"only_inside_longer", "holds_repeated_part", "slug_only_run", "slug_run_longer"}
_SLUG_FEATURES = {"slug_whole", "slug_whole_long", "slug_part", "slug_written", "slug_only"}


def _slug_match(candidate: TitleCandidate, slug_key: str) -> None:
    # an address leaves out the apostrophe: "bram-stokers-dracula" for "BRAM STOKER'S DRACULA"
    roman = key(_APOSTROPHES.sub("", anyascii(candidate.value)))
    spellings = [(roman, slug_key)]
    if not candidate.value.isascii():
        # "Позивний Бандерас" is "pozivniy" to the transliteration, "pozivnij" to the address
        spellings.append((loose(roman), loose(slug_key)))
    for roman, address in spellings:
        if (
            roman == address
            or roman.replace(" ", "") == address.replace(" ", "")
            or _no_article(roman) == address
        ):
            # a news address spells the headline: a whole match means less for a long line
            long_line = len(candidate.value.split()) > 6
            candidate.set("slug_whole_long" if long_line else "slug_whole")
            return
    for roman, address in spellings:
        if len(roman) >= 6 and (roman in address or address in roman):
            # how much of the address: "Nevděčné bytosti" covers more of it than "Nevděčné"
            covered = min(len(roman), len(address)) / max(len(roman), len(address))
            candidate.set("slug_part", round(0.5 + covered / 2, 3))
            return


_APOSTROPHES = re.compile(r"(?<=[^\W_])['’](?=[^\W_])")


def _nested(ballot: FeatureBallot, counts: dict[str, int]) -> None:
    """Candidates inside others: a part never written alone, a whole whose part recurs."""
    # a run cut by titlespans marks no other candidate, nor is marked by one
    keys = [k for k in ballot.candidates if k and not titlespans.is_span(ballot.candidates[k])]
    for short in keys:
        for long in keys:
            if len(long) <= len(short) or f" {short} " not in f" {long} ":
                continue
            if counts[short] <= counts[long]:
                ballot.candidates[short].set("only_inside_longer")
                if "slug_run" in ballot.candidates[long].features:
                    ballot.candidates[long].set("slug_run_longer")
            else:
                ballot.candidates[long].set("holds_repeated_part")


def _mentions(candidate: TitleCandidate, count: int) -> None:
    candidate.set("mentions", math.log1p(count))
    if count >= 3:
        candidate.set("mentioned_often")
    elif count == 2:
        candidate.set("mentioned_twice")


#: a colon or a bar
_COLON_OR_BAR = re.compile(r"[:|]")


def _shape(candidate: TitleCandidate) -> None:
    """Raw measures of the candidate's text and place."""
    value = candidate.value
    words = len(value.split())
    # "Shir Eres LaEmek / A Lullaby for the Valley": two names, each of its own length
    longest = max(len(name.split()) for name in titles.two_titles(value) if name)
    if longest > 7:
        candidate.set("long", min(longest - 7, 10))
    if words == 1:
        candidate.set("one_word")
    if candidate.line is None:
        candidate.set("no_line")
    else:
        candidate.set("early", max(0.0, 1.0 - candidate.line / 40))
    if value.isupper() and len(value) > 3:
        candidate.set("all_caps")
    if _COLON_OR_BAR.search(value):
        candidate.set("has_colon")
    if re.search(r"\d", value):
        candidate.set("digits")
    if titleends.ends_on_joining_word(value):
        candidate.set("joining_end")
    if titlecut.joining_word_alone(value):
        candidate.set("joining_word")


#: a name written in scripts without spaces between words (and the marks between its parts)
_UNSPACED_NAME = re.compile(rf"[{CJK}{UNSPACED}][{CJK}{UNSPACED}\W]*")


def _count_mentions(text: str, name: str) -> int:
    """Mentions of ``name`` in ``text``: as a word of its own, or, for a name in a script
    written without spaces, wherever it stands ("カイジ ファイナルゲームのキャスト": the
    text runs on into the name)."""
    if _UNSPACED_NAME.fullmatch(name):
        return text.count(name)
    return _count_word(text, name)


def _count_word(text: str, word: str) -> int:
    """Occurrences of ``word`` in ``text`` that do not run into other letters."""
    count, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            count += 1
        at = text.find(word, at + 1)
    return count


def _site_words(url: str | None) -> set[str]:
    if not url:
        return set()
    try:
        host = urlparse(url).hostname or ""
    except ValueError:
        return set()
    # "celluloid-dreams.com" is written "Celluloid Dreams"
    return {part.replace("-", "") for part in host.lower().split(".") if len(part) > 3}


def _same_site(value: str, site: str) -> bool:
    return len(value) > 3 and (value in site or value.startswith(site))


#: a leading article
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|la|le|les|el|il|der|die|das) ")


def _no_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text)


def decide(
    ballot: Ballot, headings: dict[str, titles.Title], lines: tuple[str, ...]
) -> titles.Title | None:
    """The winning title with what its heading line said (original title, pull quote); the
    best candidate even when its evidence is poor, since a page without a title is lost."""
    ranked = [c for c in ballot.ranked() if 0 < len(c.value.strip()) <= _MAX]
    if not ranked:
        return None
    best = ranked[0]
    runners = tuple(c.value.strip() for c in ranked[1 : 1 + _RUNNERS])
    heading = headings.get(key(best.value))
    if heading is not None:
        return _other_spelling(_halves(replace(heading, runners=runners)), best, ranked)
    line = best.line if best.line is not None and _alone(best.value, lines, best.line) else None
    title, alt = titles.two_titles(best.value)
    found = _halves(titles.Title(title, alt=alt, line=line, runners=runners))
    return _other_spelling(_with_subtitle(found, lines), best, ranked)


def _with_subtitle(title: titles.Title, lines: tuple[str, ...]) -> titles.Title:
    """A title with no other name kept with the whole the page writes twice with a subtitle
    after it as its alternate title ("Top Gun" and "Top Gun: Maverick",
    :func:`.titlesubtitle.whole_of`; or after a comma: "Quo Vadis, Aida?"), unless the
    subtitle holds a word for film, a review or a page's section ("X – Film Review") or reads
    as a person's name ("X, Ana Ruiz"): the name's full form."""
    if title.alt or title.original:
        return title
    whole = titlesubtitle.whole_of(title.title, "\n".join(lines), titlesubtitle.WITH_COMMA)
    if not whole or key(whole) == key(title.title):
        return title
    subtitle = whole[len(title.title) :].lstrip(" ,:：-–—")
    if set(key(subtitle).split()) & _subtitle_stops() or titleperson.person_like(subtitle):
        return title  # "X – Film Review", "X, Ana Ruiz": a headline's words, the film's maker
    return replace(title, alt=whole)


@lru_cache(maxsize=1)
def _subtitle_stops() -> frozenset[str]:
    """The words of a subtitle that make it a headline's: the words for film, a review or a
    page's section of every language (one word each, as keys)."""
    kinds = ("film_words", "review_words", "section_headings")
    return frozenset(k for kind in kinds for w in lang.cues(kind) if " " not in (k := key(w)))


def _other_spelling(title: titles.Title, best: Candidate, ranked: list[Candidate]) -> titles.Title:
    """A title with no other name kept with the page's spelling of it in another script as its
    alternate title (:func:`.titleroman.other_spelling`: "Joyland" and "जॉयलैंड")."""
    if title.alt or title.original or key(best.value) != key(title.title):
        return title
    other = other_spelling(best, ranked)
    return replace(title, alt=other) if other else title


def _halves(title: titles.Title) -> titles.Title:
    """A title written once in Latin letters and once in another script ("MONSTER มอนสเตอร์"),
    with no other name beside it, parted into the title and its other name."""
    halves = None if title.alt or title.original else latin_halves(title.title)
    if not halves or any(key(half) in titles.film_word_keys() for half in halves):
        return title  # "映画 THE FIRST SLAM DUNK": the word for film, not a name
    return replace(title, title=halves[0], alt=halves[1])


#: how many runners-up of the title vote the film keeps (see :attr:`titles.Title.runners`)
_RUNNERS = 2


def _alone(value: str, lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` holds nothing but ``value`` (quoted or not)."""
    return key(lines[i]) == key(value)
