"""bench.label_ablation: the labels the language data knows are made up, nothing else."""

from __future__ import annotations

from bench.label_ablation import ablate, made_up
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
