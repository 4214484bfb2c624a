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
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.labels import is_label_word
from indexer.extract.pages.scripts import UNCASED_WORD
from indexer.wordre import alternation

#: the fewest names between commas that make a list
_FEWEST = 3
#: a sentence's end: a stop (Latin or Devanagari) before a space, or a line's end
_SENTENCE_END = re.compile(r"(?<=[.।!?؟۔])\s+|\n")
#: the commas between names
_COMMA = re.compile(r"\s*[,،]\s*")


@cache
def _cast_word() -> re.Pattern[str]:
    """A word of the cast in a script without capitals, as the start of a word ("कलाकार" in
    "कलाकारांच्या", "நடித்த" in "நடித்திருக்கின்றனர்")."""
    words = [
        *lang.labels().get("cast", ()),
        *lang.cues("starring"),
        *lang.cues("starring_after"),
        *lang.cues("acting_words"),
    ]
    uncased = [w for w in dict.fromkeys(words) if UNCASED_WORD.match(w)]
    return recache.compile(rf"(?<!\w)(?:{alternation(uncased)})" if uncased else r"(?!)")


def uncased_runs(block: str) -> list[list[str]]:
    """Three or more names of a script without capitals between commas in a sentence that
    holds a word of the cast, each list in page order."""
    found = []
    for sentence in _SENTENCE_END.split(block):
        if sentence.count(",") + sentence.count("،") < _FEWEST + 1:
            continue  # fewer than three parts between two commas
        middle = _COMMA.split(sentence.strip())[1:-1]
        run = _longest_run(middle)
        if len(run) >= _FEWEST and _cast_word().search(sentence):
            found.append(_without_glued_and(run))
    return found


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
