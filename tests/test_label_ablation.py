"""bench.label_ablation: the labels the language data knows are made up, nothing else."""

from __future__ import annotations

from bench.label_ablation import (
    ABLATIONS,
    LABEL_MAPS,
    ablate,
    ablate_cues,
    made_up,
    made_up_like,
    made_up_word,
)
from indexer.extract.pages.labels import field_of


def test_known_labels_are_made_up_and_values_kept() -> None:
    text = (
        "Source: https://kino.example.org/x\nVenus: Jaume Balagueró se inspira en Lovecraft\n"
        "Director: Ana Novak\nCast: Maja Kos, Luka Bren\nRuntime: 94 min"
    )
    lines = ablate(text).split("\n")
    assert lines[:2] == text.split("\n")[:2]  # the address, a headline's head no label
    assert lines[2] == f"{made_up('Director')}: Ana Novak"
    assert lines[3].endswith(": Maja Kos, Luka Bren") and lines[4].endswith(": 94 min")
    assert not any(field_of(line.split(":")[0]) for line in lines[2:])


def test_a_made_up_word_is_the_same_for_the_same_label() -> None:
    assert made_up("Director") == made_up("Director") != made_up("Cast")
    assert made_up("Director").isalpha() and len(made_up("Director")) == 6


def test_prose_cues_are_made_up_and_labelled_lines_kept() -> None:
    text = (
        "Source: https://kino.example.org/x\nUn film de Céline Sciamma, avec Noémie Merlant.\n"
        "Réalisateur: Céline Sciamma\nDirected by Jane Campion. 李睿珺导演的电影"
    )
    lines = ablate_cues(text).split("\n")
    assert lines[0] == text.split("\n")[0] and lines[2] == "Réalisateur: Céline Sciamma"
    assert "film de" not in lines[1] and "avec" not in lines[1]
    assert lines[1].endswith(" Céline Sciamma, " + made_up_like("avec") + " Noémie Merlant.")
    assert made_up_like("avec").islower() and made_up_like("Directed by").istitle()
    assert lines[3].startswith(made_up_like("Directed by") + " Jane Campion.")
    assert "导演" not in lines[3] and "李睿珺" in lines[3] and "的电影" in lines[3]
    assert not ablate_cues(text).isascii()  # a CJK cue is made up in its own script


def test_both_make_up_labels_and_cues() -> None:
    text = "Source: x\nDirector: Ana Novak\nStarring Maja Kos"
    both = ABLATIONS["both"](text).split("\n")
    assert both[1] == f"{made_up('Director')}: Ana Novak"
    assert both[2] == f"{made_up_like('Starring')} Maja Kos"


def test_known_outlets_are_made_up_in_their_shape_and_the_labels_alike() -> None:
    text = (
        "Source: https://variety.example.org/x\n“Great fun.” — Jane Doe, The Guardian\n"
        "IndieWire and VARIETY liked it; so did 纽约时报.\nRunning Time: 110 min"
    )
    lines = ABLATIONS["outlets"](text).split("\n")
    assert lines[0] == text.split("\n")[0]  # the address kept
    assert lines[1] == f"“Great fun.” — Jane Doe, The {made_up_word('Guardian')}"
    assert lines[2].startswith(f"{made_up_word('IndieWire')} and {made_up_word('VARIETY')} ")
    assert made_up_word("IndieWire")[0].isupper() and made_up_word("IndieWire")[5].isupper()
    assert made_up_word("VARIETY").isupper() and len(made_up_word("VARIETY")) == 7
    assert "纽约时报" not in lines[2] and not lines[2].isascii()  # made up in its own script
    assert lines[3] == "Running Time: 110 min"  # "Time" beside a capitalised word: a label
    labels = {"title": "Heat", "quotes": [{"critic": "Jane Doe", "outlet": "The Guardian"}]}
    mapped = LABEL_MAPS["outlets"](labels)
    assert mapped == {
        "title": "Heat",
        "quotes": [{"critic": "Jane Doe", "outlet": f"The {made_up_word('Guardian')}"}],
    }
