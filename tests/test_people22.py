"""People readers added in session 22: a name in single quotes after a director's cue, the
director OF a film written with its title in quotes, a cast cue a verb away from its names, and
the list's last name after "and" and a nationality."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # Thai: the name in single quotes after "directed by"
        ("ร่วมอำนวยการสร้าง เขียนบท\nและกำกับโดย 'อภิชาติพงศ์ วีระเศรษฐกุล'\nภาพยนตร์มี",
         ["อภิชาติพงศ์ วีระเศรษฐกุล"]),
        # the same in double quotes, as before
        ('ผลงานภาพยนตร์ของ "อโนชา สุวิชากรพงศ์" เรื่องนี้', ["อโนชา สุวิชากรพงศ์"]),
        # a title in single quotes is no name
        ("directed by 'The Last Picture Show' fans", []),
    ],
)  # fmt: skip
def test_a_quoted_name_after_a_directors_cue(block: str, names: list[str]) -> None:
    assert [m.name for m in cues.mentions(block, "directed_by")] == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # Albanian: the director, the genitive "of the film", the title in quotes, the name
        ("Kohë më parë regjisori i filmit “Prita”, Mit’hat Fagu e dha këtë intervistë.",
         ["Mit’hat Fagu"]),
        # Spanish: "of the film" and the title in guillemets
        ("Habló el director de la película «Séptimo», Patxi Amezcua, en la gala.",
         ["Patxi Amezcua"]),
        # an unquoted title still needs the comma after the name
        ("the director of Parasite, Bong Joon-ho, said", ["Bong Joon-ho"]),
        # a crew label ("of photography") is no film's title
        ("the director of photography “Ana”, Luis Ruiz came", []),
    ],
)  # fmt: skip
def test_the_director_of_a_quoted_title(block: str, names: list[str]) -> None:
    assert [m.name for m in cues.mentions(block, "director_nouns")] == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # Danish: "in the leading roles we meet", then the names; the last after "and" and a
        # nationality
        ("I hovedrollerne møder vi Pål Sverre Hagen og danske Trine Dyrholm; Erik Poppe ser på.",
         ["Pål Sverre Hagen", "Trine Dyrholm"]),
        # a role noun after "and" is no nationality: another person, the list is one name
        ("I hovedrollerne møder vi Pål Sverre Hagen og kritiker Mark Kermode.", []),
    ],
)  # fmt: skip
def test_a_cast_cue_a_verb_away_and_a_nationality_before_the_last(
    block: str, names: list[str]
) -> None:
    lists = cues.cast_lists(block)
    assert (lists[0].name.split("; ") if lists else []) == names
