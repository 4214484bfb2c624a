"""Film identity across sources: series furniture, contained titles, transliteration, rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import check, stats
from indexer.corpus import load_corpus
from indexer.extract import catalogue
from indexer.grouping import group_films, link_films
from indexer.identity import parts, plain_title
from indexer.merge import merge
from indexer.records import Film as F

LUCAS = ("George Lucas",)


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Star Wars: Episode VIII: The Last Jedi", "star wars the last jedi"),
        ("Star Wars: The Last Jedi (Episode VIII)", "star wars the last jedi"),
        ("Star Wars: Episode II – Attack of the Clones", "star wars attack of the clones"),
        ("Solo: A Star Wars Story (Spanish Version)", "solo a star wars story"),
        ("The Last Jedi", ""),
    ],
)
def test_plain_title(title: str, plain: str) -> None:
    assert plain_title(title) == plain


def test_parts() -> None:
    assert parts("Star Wars: Return of the Jedi (Episode VI)") == [
        "star wars",
        "return of the jedi",
    ]
    assert parts("Heat") == []


def wiki(title: str, year: int | None, *directors: str, n: int = 1) -> F:
    return F(title, year=year, directors=directors, sources=(f"wiki.jsonl#{n}",))


def stream(title: str, year: int | None, *directors: str, n: int = 1) -> F:
    return F(title, year=year, directors=directors, sources=(f"streaming.jsonl#{n}",))


@pytest.mark.parametrize(
    ("films", "groups"),
    [
        # the examples: one film each
        (
            [
                wiki("Star Wars", 1977, *LUCAS),
                stream("Star Wars: A New Hope (Episode IV)", 1977, *LUCAS),
            ],
            [[0, 1]],
        ),
        (
            [
                wiki("Star Wars: Episode II – Attack of the Clones", 2002, *LUCAS),
                stream("Star Wars: Attack of the Clones (Episode II)", 2002, *LUCAS),
            ],
            [[0, 1]],
        ),
        (
            [
                wiki("Star Wars: The Last Jedi", 2017, "Rian Johnson"),
                stream("Star Wars: Episode VIII: The Last Jedi", 2017, "Rian Johnson"),
                stream("Star Wars: The Last Jedi (Episode VIII)", 2017, "Rian Johnson", n=2),
            ],
            [[0, 1, 2]],
        ),
        (
            [
                wiki("Return of the Jedi", 1983, "Richard Marquand"),
                stream("Star Wars: Return of the Jedi (Episode VI)", 1983, "Richard Marquand"),
            ],
            [[0, 1]],
        ),
        # a language version is the same film (rule: one film, its other title kept)
        (
            [
                stream("Solo: A Star Wars Story", 2018, "Ron Howard"),
                stream("Solo: A Star Wars Story (Spanish Version)", 2018, "Ron Howard", n=2),
            ],
            [[0, 1]],
        ),
        # near-misses: a contained title without a person in common
        (
            [
                stream("Solo", 2018, "Hugo Stuven"),
                stream("Solo: A Star Wars Story", 2018, "Ron Howard", n=2),
            ],
            [[0], [1]],
        ),
        # ... or without people on one side
        (
            [wiki("Star Wars", 1977), stream("Star Wars: A New Hope (Episode IV)", 1977, *LUCAS)],
            [[0], [1]],
        ),
        # ... or in another year (a re-release in 3D)
        (
            [
                wiki("Star Wars: Episode I – The Phantom Menace", 1999, *LUCAS),
                wiki("Star Wars: Episode I – The Phantom Menace 3D", 2012, *LUCAS, n=2),
            ],
            [[0], [1]],
        ),
        # remakes: same title, different years and directors
        (
            [
                wiki("Ocean's 11", 1960, "Lewis Milestone"),
                wiki("Ocean's 11", 2001, "Steven Soderbergh", n=2),
            ],
            [[0], [1]],
        ),
        ([wiki("Heat", 1986), stream("Heat", 1995)], [[0], [1]]),
    ],
    ids=[
        "new-hope",
        "episode-ii",
        "last-jedi",
        "return-of-the-jedi",
        "spanish-version",
        "solo-other-director",
        "no-people",
        "re-release",
        "remake",
        "same-title-other-year",
    ],
)
def test_film_identity(films: list[F], groups: list[list[int]]) -> None:
    assert group_films(films) == groups


SEED = F(
    "Return to Dust",
    original_title="Yin Ru Chen Yan",
    year=2022,
    directors=("Li Ruijun",),
    sources=("000.txt",),
)


@pytest.mark.parametrize(
    ("page", "joined"),
    [
        (F("隐入尘烟", year=2022, directors=("李睿珺",), sources=("260.txt",)), True),
        (F("隐入尘烟", directors=("李睿珺",), sources=("260.txt",)), True),  # no year, same person
        (F("隐入尘烟", sources=("260.txt",)), False),  # no year, nobody in common
        (F("隐入尘烟", year=2019, directors=("李睿珺",), sources=("260.txt",)), False),
    ],
    ids=["same-year", "no-year-shared-director", "no-year-no-person", "other-year"],
)
def test_a_title_in_another_script_joins_its_transliteration(page: F, joined: bool) -> None:
    grouping = link_films([SEED, page])
    assert (grouping.groups == [[0, 1]]) is joined
    if joined:
        film = merge([SEED, page]).films[0]
        assert film.title == "Return to Dust"
        assert "隐入尘烟" in film.alt_titles
        assert film.directors == ("Li Ruijun",)  # one person in two scripts
        assert [j.rule for j in grouping.joins] == ["transliteration"]


def test_every_identity_join_is_listed_with_its_evidence() -> None:
    films = [
        wiki("Star Wars", 1977, *LUCAS),
        stream("Star Wars: A New Hope (Episode IV)", 1977, *LUCAS),
    ]
    result = merge(films)
    [(join, film_id)] = result.joins
    assert (join.rule, film_id) == ("contained title", "star-wars-1977")
    assert (
        join.evidence
        == "'Star Wars' is part of 'Star Wars: A New Hope (Episode IV)', 1977, George Lucas"
    )


def rules(*rows: dict[str, object]) -> list[F]:
    return catalogue.extract_rows(list(rows), "merges.csv").films


def test_an_editor_forbids_a_join() -> None:
    films = [
        wiki("Star Wars", 1977, *LUCAS),
        stream("Star Wars: A New Hope (Episode IV)", 1977, *LUCAS),
        *rules(
            {
                "title": "Star Wars",
                "year": 1977,
                "not_same_as": "Star Wars: A New Hope (Episode IV) (1977)",
            }
        ),
    ]
    assert group_films(films) == [[0, 2], [1]]
    assert len(merge(films).films) == 2


def test_an_editor_forces_a_join() -> None:
    films = [
        wiki("Solo", 2018, "Hugo Stuven"),
        stream("Solo: A Star Wars Story", 2018, "Ron Howard"),
        *rules({"title": "Solo", "year": 2018, "same_as": "Solo: A Star Wars Story (2018)"}),
    ]
    assert group_films(films) == [[0, 1, 2]]
    [join] = link_films(films).joins
    assert join.rule == "editor"


def test_a_rule_naming_no_film_is_reported_not_indexed() -> None:
    films = [wiki("Heat", 1995), *rules({"title": "Nope", "year": 2000, "same_as": "Heat (1995)"})]
    result = merge(films)
    assert [f.title for f in result.films] == ["Heat"]  # forced into Heat: no phantom film
    lonely = rules({"title": "Nope", "year": 2000, "not_same_as": "Heat (1995)"})
    result = merge([wiki("Heat", 1995), *lonely])
    assert [f.title for f in result.films] == ["Heat"]
    assert [p.message for p in result.problems] == [
        "1 merge rule row(s) name a film that no document describes"
    ]


@pytest.mark.parametrize(
    ("films", "groups"),
    [
        # an extra of a film is not the film
        (
            [
                wiki("The Irishman", 2019, "Martin Scorsese"),
                F(
                    "The Irishman: In Conversation",
                    year=2019,
                    runtime_minutes=24,
                    directors=("Martin Scorsese",),
                    sources=("streaming.jsonl#2",),
                ),
            ],
            [[0], [1]],
        ),
        # one catalogue's two entries are two films
        (
            [
                wiki("Mortal Kombat", 1995, "Paul W. S. Anderson"),
                wiki("Mortal Kombat: The Journey Begins", 1995, "Paul W. S. Anderson", n=2),
            ],
            [[0], [1]],
        ),
        # a cut with its runtime close to the film's is the film
        (
            [
                F(
                    "Blade Runner",
                    year=1982,
                    runtime_minutes=117,
                    directors=("Ridley Scott",),
                    sources=("rt.jsonl#1",),
                ),
                F(
                    "Blade Runner: The Final Cut",
                    year=1982,
                    runtime_minutes=117,
                    directors=("Ridley Scott",),
                    sources=("streaming.jsonl#2",),
                ),
            ],
            [[0, 1]],
        ),
    ],
    ids=["extra", "same-catalogue", "final-cut"],
)
def test_contained_titles_near_misses(films: list[F], groups: list[list[int]]) -> None:
    assert group_films(films) == groups


def test_a_numbered_tv_episode_is_not_the_series() -> None:
    films = [
        stream("VocabuLarry", 2012, "BabyFirst"),
        wiki("VocabuLarry Episode 1", 2012, "BabyFirst"),
    ]
    assert group_films(films) == [[0], [1]]


def test_check_lists_every_join_with_its_evidence_and_the_data_quality(tmp_path: Path) -> None:
    rows = [
        {
            "title": "Star Wars",
            "year": 1977,
            "cast": ["Mark Hamill"],
            "extract": "Star Wars is a 1977 film written and directed by George Lucas.",
        },
        {"title": "Ran (1985)", "year": 1985, "cast": ["writer", "Tatsuya Nakadai"]},
    ]
    (tmp_path / "wiki.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    stream_row = {
        "title": "Star Wars: A New Hope (Episode IV)",
        "release_year": "1977",
        "director": "George Lucas",
        "cast": "Mark Hamill, Harrison Ford",
    }
    (tmp_path / "streaming.jsonl").write_text(json.dumps(stream_row) + "\n", "utf-8")
    result = CliRunner().invoke(check, ["--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["identity_joins"] == [
        {
            "film": "star-wars-1977",
            "rule": "contained title",
            # the director read from the synopsis is no evidence; the cast list is
            "evidence": "'Star Wars' is part of 'Star Wars: A New Hope (Episode IV)', 1977, "
            "Mark Hamill",
        }
    ]
    assert report["data_quality"] == {
        "films": 2,
        "films_with_director": 1,
        "films_with_director_from_prose_only": 0,
        "director_spelling_groups": 0,
        "identity_joins": {"contained title": 1},
        "cleaned": {"title_year": 1, "people_list_items": 1, "rows_without_title": 0},
    }
    text = CliRunner().invoke(check, ["--corpus", str(tmp_path)]).output
    assert "joined: star-wars-1977: contained title: 'Star Wars' is part of" in text


def test_a_person_read_from_prose_is_no_evidence_for_a_contained_title() -> None:
    # Wikipedia's "Mortal Kombat: The Journey Begins" row carries the 1995 film's synopsis
    wrong_page = F(
        "Mortal Kombat: The Journey Begins",
        year=1995,
        directors=("Paul W. S. Anderson",),
        prose_fields=("directors",),
        sources=("wiki.jsonl#1",),
    )
    assert group_films([stream("Mortal Kombat", 1995, "Paul W.S. Anderson"), wrong_page]) == [
        [0],
        [1],
    ]


def test_rule_rows_from_a_csv_file() -> None:
    text = (
        "title,year,director,same_as,not_same_as\n"
        "Star Wars,1977,,,Star Wars: A New Hope (Episode IV) (1977)\n"
        "Heat,1995,,Heat: Director's Definitive Edition (2022);Heat (1996),\n"
    )
    films = catalogue.extract_catalogue(text, "merges.csv").films
    assert [(f.title, f.rules, f.rule_only) for f in films] == [
        ("Star Wars", (("not_same_as", "Star Wars: A New Hope (Episode IV) (1977)"),), True),
        (
            "Heat",
            (
                ("same_as", "Heat: Director's Definitive Edition (2022)"),
                ("same_as", "Heat (1996)"),
            ),
            True,
        ),
    ]


def test_the_seeds_and_the_chinese_page_make_one_film() -> None:
    seeds = Path(__file__).resolve().parents[1] / "corpus" / "pages"
    loaded = load_corpus(sorted(seeds.glob("*.txt")))
    # what the page extractor reads from ../shared/pages/260_ccschy_yinru-chenyan.txt
    page = F("隐入尘烟", directors=("李睿珺",), sources=("260_ccschy_yinru-chenyan.txt",))
    result = merge([*loaded.films, page])
    [film] = result.films
    assert (film.title, film.year, film.directors) == ("Return to Dust", 2022, ("Li Ruijun",))
    assert "隐入尘烟" in film.alt_titles and len(film.sources) == 4
    [(join, _)] = result.joins
    assert join.evidence == "'隐入尘烟' reads 'yinruchenyan', 2022, Li Ruijun"


def test_stats_has_a_data_quality_section(index_dir: Path) -> None:
    result = CliRunner().invoke(stats, ["--index", str(index_dir), "--quality", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    quality = report["data_quality"]
    assert quality["films"] == report["films"]
    assert quality["director_spelling_groups"] == 0
    assert 0 < quality["films_with_director"] <= quality["films"]
    assert quality["films_from_several_documents"] >= 1  # the seed pages' film
    assert (
        "quality: films_with_director:"
        in CliRunner().invoke(stats, ["--index", str(index_dir), "--quality"]).output
    )
