"""Cast lists of a script without capitals written in a sentence: names between commas,
"'कोर्ट' मध्ये विरा साथीदार, विवेक गोम्बर, गीतांजली कुलकर्णी, प्रदीप जोशी, … आदी कलाकारांच्या भूमिका
आहेत". Without capitals any short clause has a name's shape, so the sentence must hold a word of
the cast (a label, a cast cue, a word of acting, inflected as these languages glue endings on),
and only the parts between two commas are names: the first part holds the words before the list,
the last those after it."""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.extract.pages import headfinal
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.labels import is_label_word
from indexer.extract.pages.scripts import UNCASED_WORD
from indexer.wordre import alternation

#: the fewest names between commas that make a list
_FEWEST = 3
#: a sentence's end: a stop (Latin, Devanagari, Arabic) before a space, Burmese "။", or a line's
#: end
_SENTENCE_END = re.compile(r"(?<=[.।!?؟۔])\s+|(?<=။)\s*|\n")
#: the commas between names (Latin, Arabic, Burmese "၊")
_COMMAS = ",،၊"
_COMMA = re.compile(rf"\s*[{_COMMAS}]\s*")
#: an aside in parentheses ending a part between commas: the role of the actor named before it
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)$")


@cache
def _cast_word() -> re.Pattern[str]:
    """A word of the cast: a label, a starring cue, a word of acting."""
    return _cast_words(("starring", "starring_after", "acting_words"))


@cache
def _starring_word() -> re.Pattern[str]:
    """A cast label or a starring cue, which the actor's name follows (a word of acting,
    "دور", role, is followed by the character)."""
    return _cast_words(("starring",))


@cache
def _cast_words(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A word of the cast in a script without capitals, as the start of a word ("कलाकार" in
    "कलाकारांच्या", "நடித்த" in "நடித்திருக்கின்றனர்")."""
    words = [*lang.labels().get("cast", ()), *(w for kind in kinds for w in lang.cues(kind))]
    uncased = [w for w in dict.fromkeys(words) if UNCASED_WORD.match(w)]
    # a feminine noun's "ة" is written "ت" before a suffix ("بطولة", "بطولته": his starring)
    uncased += [w[:-1] + _TA for w in uncased if w.endswith(_TA_MARBUTA)]
    # "and" glued to the front of the word ("وبطولة")
    glued = alternation(lang.cues("prefix_conjunctions")) or "(?!)"
    words_re = alternation(uncased)
    # not a noun made by the feminine ending ("لعب", played; "لعبة", a game)
    return recache.compile(
        rf"(?<!\w)(?:{glued})?(?:{words_re})(?!{_TA_MARBUTA})" if uncased else r"(?!)"
    )


def starts_with_cast_word(word: str) -> bool:
    """True when ``word`` of a script without capitals opens with a word of the cast
    ("நடித்திருக்கும்", "who has acted")."""
    return _cast_word().match(word) is not None


#: the feminine ending of an Arabic noun, and the letter it becomes before a suffix
_TA_MARBUTA, _TA = "ة", "ت"


def on_cast_line(block: str, run: list[str]) -> bool:
    """True when the line of ``block`` where ``run`` (names of a list, in order) is first
    written holds a word of the cast ("출연이제훈, 구교환, 홍사빈") or says after its last name
    that the list goes on ("A, B, C 등이 함께 한다": ``list_ends``): a list of a script
    without capitals read anywhere else is as likely clauses between commas
    ("الاستسلام لليأس، متحدين القسوة، الواقع الصعب")."""
    at = block.find(run[0]) if run else -1
    if at < 0:
        return False
    start = block.rfind("\n", 0, at) + 1
    end = block.find("\n", at)
    end = end if end >= 0 else len(block)
    if _uncased_cast_word().search(block, start, end):
        return True
    last = block.find(run[-1], at, end)
    return last >= 0 and _goes_on().match(block, last + len(run[-1]), end) is not None


@cache
def _goes_on() -> re.Pattern[str]:
    """The words after a list's last name that say it goes on ("등이", "らが", "等")."""
    return recache.compile(rf"\s*(?:{alternation(lang.cues('list_ends')) or '(?!)'})")


@cache
def _uncased_cast_word() -> re.Pattern[str]:
    """A word of the cast of a script without capitals (Arabic, Hangul, Devanagari, Han …)
    anywhere in a line, even glued to the words around it as these scripts may write a label
    ("감독이종필출연이제훈": directed by …, cast …)."""
    kinds = ("starring", "starring_after", "acting_words")
    words = [*lang.labels().get("cast", ()), *(w for kind in kinds for w in lang.cues(kind))]
    uncased = [w for w in dict.fromkeys(words) if w and not (w[0].isupper() or w[0].islower())]
    return recache.compile(alternation(uncased) if uncased else "(?!)")


def uncased_runs(block: str) -> list[list[str]]:
    """Three or more names of a script without capitals between commas in a sentence that
    holds a word of the cast, each list in page order."""
    found = []
    for sentence in _SENTENCE_END.split(block):
        if sum(map(sentence.count, _COMMAS)) < _FEWEST + 1:
            continue  # fewer than three parts between two commas
        # "खड्गराज नेपाली (प्रकाश), शुक्रराज रोकाय (किरण), बेनिशा हमाल": an actor's role aside
        middle = [_ASIDE.sub("", part) for part in _COMMA.split(sentence.strip())[1:-1]]
        run = _longest_run(middle)
        if len(run) >= _FEWEST and _cast_word().search(sentence):
            found.append(_without_glued_and(run))
    return found


def before_list_end(block: str) -> list[list[str]]:
    """Names of a script without capitals listed before the word that ends the list, where
    the words right after it say what the list is of ("A, B എന്നിവരാണ് പ്രധാന വേഷത്തിൽ":
    A and B are in the main roles; "A, B உள்ளிட்ட பலரும் … நடித்துள்ளனர்": many, A and B
    among them, acted), each list in page order."""
    return [names for names, _ in headfinal.before_list_ends(block, _cast_said)]


#: how many words after a list's end word may say it is the cast
_WORDS_AFTER_END = 3


def _cast_said(after: str) -> bool:
    """True when one of the first words of ``after`` is a word of the cast."""
    return any(_cast_word().match(w) for w in after.split()[:_WORDS_AFTER_END])


#: the Arabic script's "and" glued to the next word ("وفهد بنشمسي": "and Fahd Benchemsi")
_GLUED_AND = "و"


def _without_glued_and(run: list[str]) -> list[str]:
    """``run`` without the "and" glued to the front of its names where every name after the
    first has it ("A، وB، وC، وD": Arabic writes "and" before each item; the first of the run
    too when it has it, the list having begun before the run); a name that starts with the
    letter itself ("وليد") stays whole in any other list."""
    glued = [n.startswith(_GLUED_AND) and len(n.split()[0]) > 2 for n in run]
    if len(run) < 3 or not all(glued[1:]):
        return run
    return [n[len(_GLUED_AND) :] if g else n for n, g in zip(run, glued, strict=True)]


def _longest_run(parts: list[str]) -> list[str]:
    """The longest run of consecutive ``parts`` that are each a name of a script without
    capitals (not a label word)."""
    best: list[str] = []
    run: list[str] = []
    for part in parts:
        if is_uncased_name(part) and not is_label_word(part):
            run.append(part)
            best = run if len(run) > len(best) else best
        else:
            run = []
    return list(best)


@cache
def _glued_and() -> re.Pattern[str]:
    """A comma, or the word for "and" of a script without capitals written alone or glued to
    the next word ("منى زكي وشيرين رضا ومحمد ممدوح", "A و B"): the joins of a list."""
    ands = [w for w in lang.cues("prefix_conjunctions") if UNCASED_WORD.match(w)]
    joins = alternation(ands) if ands else "(?!)"
    return recache.compile(rf"\s*[,،]\s*(?:(?:{joins})\s*)?|\s+(?:{joins})\s*(?=\w)")


#: the words of a name in the part before a list's first join: "أبرزهم منى زكي" (the most
#: prominent of them: A) holds the first name as its last two words
_FIRST_WORDS = 2


@cache
def _small_words() -> frozenset[str]:
    """The small words of scripts without capitals that no name holds: postpositions,
    pronouns, the word for film ("هو من", "and it is from", has a name's shape)."""
    kinds = ("postpositions", "pronouns", "quote_pronouns", "film_words", "honorifics")
    return frozenset(w for kind in kinds for w in lang.cues(kind) if UNCASED_WORD.fullmatch(w))


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(lang.cues("honorifics"))


def _joined_name(part: str) -> str | None:
    """``part`` as a name of a list (a title of address before it dropped), or None."""
    words = part.split()
    while words and words[0] in _honorifics():
        words.pop(0)
    text = " ".join(words)
    if any(w in _small_words() or is_label_word(w) for w in words) or _cast_word().search(text):
        return None  # "موسيقى يوسف الريان": the music's credit
    return text if is_uncased_name(text) and not is_label_word(text) else None


def _after_cue(part: str) -> str | None:
    """The name after the last word of the cast in ``part`` ("من بطولة A"), if any."""
    cues = list(_starring_word().finditer(part))
    if not cues:
        return None
    rest = part[cues[-1].end() :].split(maxsplit=1)
    return _joined_name(rest[1]) if len(rest) == 2 else None


def _lead(part: str) -> str | None:
    """The last words of the part before a list's first join, as a name: "أبرزهم منى زكي"."""
    return _joined_name(" ".join(part.split()[-_FIRST_WORDS:]))


def joined_runs(block: str) -> list[list[str]]:
    """Three or more names of a script without capitals joined by "and" written as a prefix
    of each ("أبرزهم منى زكي وشيرين رضا ومحمد ممدوح ومحمد فراج وصابرين"), each list in page
    order, where the part of the sentence just before the list or just after it holds a word
    of the cast (the list's cue, not one met elsewhere in the sentence: "دور السينما", the
    cinemas). A part that holds a starring cue starts a list with the name after it; the first
    name of another list is the last words of the part before it."""
    found = []
    for sentence in _CELL_OR_SENTENCE.split(block):
        parts = [p.strip(' .،,؛:()"“”«»') for p in _glued_and().split(sentence.strip())]
        if len(parts) < _FEWEST or not _cast_word().search(sentence):
            continue
        runs: list[tuple[int, int, list[str]]] = []  # (the cue's part, the part after, names)
        run: list[str] = []
        cue_part = 0
        for i, part in enumerate(parts):
            cued = _after_cue(part)
            name = None if cued or i == 0 else _joined_name(part)
            if cued or not name:
                ahead = i + 1 < len(parts) and _joined_name(parts[i + 1])
                if run and not cued and ahead and (lead := _lead(part)):
                    run.append(lead)  # "A والبطلة الرياضية B وC": B described, the list goes on
                    continue
                runs.append((cue_part, i, run))
                run, cue_part = ([cued] if cued else []), i
                continue
            if not run:
                lead = _lead(parts[i - 1])
                run, cue_part = ([lead] if lead else []), i - 1
            run.append(name)
        runs.append((cue_part, len(parts), run))
        for cue_at, end, names in runs:
            beside = [parts[cue_at], *parts[end : end + 1]]
            if len(names) >= _FEWEST and any(_cast_word().search(p) for p in beside):
                found.append(names)
    return found


#: a sentence's end, or a cell's edge on a line of credits ("กำกับโดย A, B, C / นำแสดงโดย D")
_CELL_OR_SENTENCE = re.compile(rf"{_SENTENCE_END.pattern}|\s[/|]\s")
