"""indexer.recache and indexer.diskcache: compiled patterns and CLDR tables kept on disk are
exactly what ``re.compile`` and Babel give."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from indexer import diskcache, lang, normalize, recache
from indexer.extract.pages import extract_page
from indexer.extract.pages import text as page_text
from indexer.lang import base as lang_base
from indexer.wordre import alternation

#: patterns of the shapes the extractor compiles: word lists of every language, named groups,
#: look-behinds, inline flags, a Unicode class
_PATTERNS: list[tuple[str, int]] = [
    (rf"(?<![^\W\d_])(?:{alternation(lang.cues('director_nouns'), spaces=True)})\s*:?\s*", re.I),
    (rf"(?P<day>\d{{1,2}})\.?\s*(?P<month>{page_text.months()})\s+(?P<year>\d{{4}})", re.I),
    (r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s*\((?P<role>[^()]+)\)", 0),
    (r"(?i:dir(?:ected)?\.?\s+by)\s+(?P<who>[^\W\d_][^,\n]{1,40})", 0),
    (r"[\u3040-\u30ff\u4e00-\u9fff]{2,4}(?=[和与と])", 0),
]

_TEXTS = [
    "Réalisateur : Agnès Varda. Sortie le 12 mars 1962, 90 min.",
    "directed by Howard Hawks; with Humphrey Bogart (Marlowe), Lauren Bacall (Vivian)",
    "Regie: Christian Petzold · 3. September 2020 · Drehbuch:",
    "導演許鞍華和演員劉德華 ... 监督是枝裕和と",
    "Режиссёр: Андрей Тарковский, 1972",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache for the test, as a new process would see it."""
    monkeypatch.setenv("CINEDEX_CACHE_DIR", str(tmp_path / "cache"))
    _new_process(monkeypatch)
    return tmp_path / "cache"


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "_programs", None)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_added", False)


def _same_as_re(compiled: re.Pattern[str], pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for text in _TEXTS:
        got = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in expected.finditer(text)], (pattern, text)


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
def test_a_pattern_read_back_from_the_file_matches_like_re_compile(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in _PATTERNS:  # compiled afresh, then written
        _same_as_re(recache.compile(pattern, flags), pattern, flags)
    recache.save()
    assert recache.cache_file() is not None and recache.cache_file().exists()  # type: ignore[union-attr]
    _new_process(monkeypatch)
    assert len(recache._load()) == len(_PATTERNS)
    for pattern, flags in _PATTERNS:  # from the file
        _same_as_re(recache.compile(pattern, flags), pattern, flags)
    assert recache._added is False  # nothing new: the file is not rewritten


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a flipped byte
        lambda data: b"something else entirely",
        lambda data: b"",
    ],
)
def test_a_damaged_file_is_ignored_and_written_again(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    pattern, flags = _PATTERNS[0]
    recache.compile(pattern, flags)
    recache.save()
    path = recache.cache_file()
    assert path is not None
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    _new_process(monkeypatch)
    _same_as_re(recache.compile(pattern, flags), pattern, flags)
    recache.save()
    _new_process(monkeypatch)
    assert list(recache._load()) == [f"{int(flags)}:{pattern}"]


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
def test_a_program_the_engine_refuses_is_compiled_afresh(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = _PATTERNS[3]
    key = f"{int(flags)}:{pattern}"
    recache.compile(pattern, flags)
    program = recache._load()[key]
    bad = (program[0], b"\xff\xff\xff\x7f" * (len(program[1]) // 4), *program[2:])
    recache._load()[key] = bad  # type: ignore[assignment]
    _same_as_re(recache.compile(pattern, flags), pattern, flags)
    assert recache._load()[key] == program


def test_an_empty_cache_dir_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CINEDEX_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    _new_process(monkeypatch)
    pattern, flags = _PATTERNS[2]
    _same_as_re(recache.compile(pattern, flags), pattern, flags)
    recache.save()
    assert recache.cache_file() is None
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_be_costs_nothing_but_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CINEDEX_CACHE_DIR", str(tmp_path / "cache"))
    _new_process(monkeypatch)
    pattern, flags = _PATTERNS[4]
    _same_as_re(recache.compile(pattern, flags), pattern, flags)
    recache.save()  # no exception
    assert (tmp_path / "cache").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
def test_the_next_process_reads_what_this_one_compiled(tmp_path: Path) -> None:
    """Two real interpreters: the first writes the file at exit, the second compiles nothing."""
    script = (
        "from indexer import recache\n"
        "from indexer.extract.pages import text\n"
        "p = recache.compile(rf'(?:{text.months()})\\s+\\d{{4}}', 2)\n"
        "print(bool(p.search('le 12 mars 1962')), recache._added)\n"
    )
    env = {**os.environ, "CINEDEX_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["True", "True"], ["True", "False"]]
    assert [p.name for p in tmp_path.glob("patterns.*")] == [recache.cache_file().name]  # type: ignore[union-attr]


# --- tables derived from CLDR (indexer.diskcache.cldr_table) -----------------------------------


def fresh_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diskcache, "_tables", None)
    monkeypatch.setattr(diskcache, "_tables_added", False)
    diskcache._tables_file.cache_clear()


def test_cldr_tables_read_back_equal_what_babel_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CINEDEX_CACHE_DIR", str(tmp_path))
    fresh_tables(monkeypatch)
    tables = {
        "territories": normalize._territory_names.__wrapped__,  # the lru_cache's inside
        "languages": normalize._language_table.__wrapped__,
        "weekdays": lang.weekdays.__wrapped__,
        "periods": lang.period_words.__wrapped__,
    }
    derived = {name: function() for name, function in tables.items()}
    months = lang_base.cldr_months("sw", skip="ago|des")
    diskcache.save_tables()
    [written] = tmp_path.glob("cldr.*.bin")
    fresh_tables(monkeypatch)
    for name, function in tables.items():  # from the file, same types, same order
        value = function()
        assert value == derived[name] and type(value) is type(derived[name]), name
        if not isinstance(value, frozenset):
            assert list(value) == list(derived[name]), name
    assert lang_base.cldr_months("sw", skip="ago|des") == months
    assert "ago" not in months and lang_base.cldr_months("sw") != months  # arguments count
    assert diskcache._tables_added  # the months without skip were derived afresh
    assert [p.name for p in tmp_path.glob("cldr.*.bin")] == [written.name]


def test_the_cldr_file_is_named_after_the_code(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "lang").mkdir(parents=True)
    (package / "normalize.py").write_text("A = 1\n", encoding="utf-8")
    (package / "lang" / "fr.py").write_text("MONTHS = 'janvier'\n", encoding="utf-8")
    before = diskcache.code_digest(package)
    assert diskcache.code_digest(package) == before
    (package / "lang" / "fr.py").write_text("MONTHS = 'janvier|février'\n", encoding="utf-8")
    assert diskcache.code_digest(package) != before
    after = diskcache.code_digest(package)
    (package / "lang" / "names.txt").write_text("Ada\n", encoding="utf-8")  # data the code reads
    with_names = diskcache.code_digest(package)
    assert with_names not in (before, after)
    (package / "lang" / "names.md").write_text("notes\n", encoding="utf-8")  # not read
    with_notes = diskcache.code_digest(package)
    assert with_notes == with_names
    (package / "lang" / "names.txt").write_text("Ada\nBo\n", encoding="utf-8")
    assert diskcache.code_digest(package) != with_notes


def test_a_damaged_cldr_file_is_derived_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CINEDEX_CACHE_DIR", str(tmp_path))
    fresh_tables(monkeypatch)
    weekdays = lang.weekdays.__wrapped__()
    diskcache.save_tables()
    [written] = tmp_path.glob("cldr.*.bin")
    written.write_bytes(written.read_bytes()[:-7])
    fresh_tables(monkeypatch)
    assert lang.weekdays.__wrapped__() == weekdays
    assert diskcache._tables_added


_PAGE = """Source: https://cinema.example/films/{slug}

{title} ({year})
Directed by {director}. With {cast}. {country}, {year}, 104 min.

{title} follows a family through one long summer; {director}'s film was shown in competition.

{pair} in {title}
"""


_FILMS = [
    ("Summer Hours", 2008, "Olivier Assayas", "Juliette Binoche", "Charles Berling", "France"),
    ("The Long Day Closes", 1992, "Terence Davies", "Marjorie Yates", "Leigh McCormack", "UK"),
    ("Still Walking", 2008, "Hirokazu Kore-eda", "Hiroshi Abe", "Yui Natsukawa", "Japan"),
]


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
def test_a_page_adds_no_pattern_of_its_own_words(cache_dir: Path) -> None:
    """Only patterns of the code and the language data are kept: no kept pattern holds a
    page's own title or names (such a pattern would grow the file with every page). Which
    patterns of the code a page needs first depends on what earlier pages of the process
    built (in a whole test run, often none), so the test looks for the pages' words rather than
    counting patterns."""
    own: set[str] = set()
    for title, year, director, first, second, country in _FILMS:
        page = _PAGE.format(
            slug=title.lower().replace(" ", "-"),
            title=title,
            year=year,
            director=director,
            cast=f"{first}, {second} and Jean Dupont",
            pair=f"{first} & {second}",
            country=country,
        )
        film = extract_page(page, "page.txt").films[0]
        assert list(film.directors) == [director]  # the page was read
        own |= {w for name in (title, director, first, second) for w in name.split() if len(w) > 4}
    kept = recache._load()
    assert not {w for w in own for key in kept if w in key}


@pytest.mark.skipif(not recache._usable(), reason="no CPython regular-expression internals")
def test_the_kept_patterns_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A pattern built from a set's words in the set's order is another string in every process
    (strings hash differently in each): the next process finds none of them kept and compiles
    them again. Two processes with different hash seeds extract the same pages and compile the
    same patterns."""
    script = (
        "import hashlib, pathlib\n"
        "from indexer import recache\n"
        "from indexer.extract.pages import extract_page\n"
        "for path in sorted(pathlib.Path('corpus/pages').glob('*.txt')):\n"
        "    extract_page(path.read_text(encoding='utf-8'), path.name)\n"
        "keys = sorted(recache._used)\n"
        "print(len(keys), hashlib.sha256('\\n'.join(keys).encode()).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "CINEDEX_CACHE_DIR": str(tmp_path / seed), "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        ).stdout
        for seed in ("1", "2")
    ]
    assert int(runs[0].split()[0]) > 100  # the pages were read
    assert runs[0] == runs[1]
