"""How much the page extractor leans on the label words its language data knows.

A page from a site in a language whose labels the modules lack ("Pengarah: …", "Pelakon: …")
reads to the extractor as a block of lines "Unknown: value". This measures that case on the
labelled pages one may look at, without new pages: every label the language data knows that
opens a line "Label: value" (one to three words before a colon) is replaced by a made-up word
that no language has ("Kobezu"), and the pages are scored with the official rules
(:mod:`bench.pages_score`) beside the same pages as they are. The difference per field is what a
page loses when none of its labels is known: the values must then be told by their shape and
place alone.

Run: ``.venv/bin/python -m bench.label_ablation [--sets dev,look,held,…]`` (default: the dev
pages one may read, number not 3 mod 5, and every folder of :data:`bench.ranking.LOOK_SETS`:
:func:`bench.ranking.look_sets`).
Deterministic: a label's made-up word depends on the label only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
from pathlib import Path

from bench import pages_score
from bench.ranking import DEV, LabelledSet, look_sets
from indexer.extract.pages.labels import field_of

#: a line "Label: value": one to three words of at most 30 characters, then a colon
_LABELLED = re.compile(r"^(\s*)([^\W\d_][^:：\n]{0,29}?)(\s*[:：]\s*)(\S.*)$")
_CONSONANTS = "bcdfghjklmnprstvz"
_VOWELS = "aeiou"


def made_up(label: str) -> str:
    """A word of three syllables that no language has, the same for the same label."""
    digest = hashlib.sha256(label.encode("utf-8")).digest()
    letters = [
        _CONSONANTS[digest[2 * i] % len(_CONSONANTS)] + _VOWELS[digest[2 * i + 1] % len(_VOWELS)]
        for i in range(3)
    ]
    return "".join(letters).capitalize()


def ablate(text: str) -> str:
    """``text`` with the label of every line "Label: value" that the language data knows
    (:func:`~indexer.extract.pages.labels.field_of`) made up; the address line, and heads no
    module reads as a label ("Venus: Jaume Balagueró se inspira …"), kept."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = _LABELLED.match(line)
        if i == 0 or not found or len(found.group(2).split()) > 3 or not field_of(found.group(2)):
            continue
        lines[i] = found.group(1) + made_up(found.group(2)) + found.group(3) + found.group(4)
    return "\n".join(lines)


def measure(chosen: LabelledSet) -> tuple[dict, dict]:
    """The set's figures (per field, right and scored) as its pages are and with every known
    label made up."""
    labels = json.loads(chosen.labels.read_text(encoding="utf-8"))
    names = chosen.names()
    with tempfile.TemporaryDirectory() as tmp:
        kept, made = Path(tmp) / "kept", Path(tmp) / "made"
        kept.mkdir()
        made.mkdir()
        for page in names:
            text = (chosen.pages / page).read_text(encoding="utf-8")
            (kept / page).write_text(text, encoding="utf-8")
            (made / page).write_text(ablate(text), encoding="utf-8")
        listed = Path(tmp) / "expected.json"
        listed.write_text(json.dumps({n: labels[n] for n in names}, ensure_ascii=False))
        return pages_score.measure("all", kept, listed), pages_score.measure("all", made, listed)


def main() -> None:
    """Command line: the sets to measure; prints each field as read and with labels made up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    every = [DEV, *look_sets()]
    parser.add_argument(
        "--sets", default=",".join(s.group for s in every), help="dev and look-at set names"
    )
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for chosen in [s for name in args.sets.split(",") for s in every if s.group == name]:
        kept, made = measure(chosen)
        row = []
        for field, (right, scored) in sorted(kept.items()):
            after = made.get(field, (0, scored))[0]
            row.append(f"{field} {right}->{after}/{scored}")
            total = totals.setdefault(field, [0, 0, 0])
            total[0], total[1], total[2] = total[0] + right, total[1] + after, total[2] + scored
        print(f"{chosen.group:6} " + "  ".join(row), flush=True)
    print("ALL    " + "  ".join(f"{f} {a}->{b}/{n}" for f, (a, b, n) in sorted(totals.items())))


if __name__ == "__main__":
    main()
