"""Compiled regular expressions kept on disk between runs, the way Python keeps bytecode.

The page extractor builds about 800 patterns, many of them word lists of fifty languages a few
thousand characters long. ``re`` parses and compiles each one in every new process: about three
seconds of every ``cinedex extract``, every gunicorn worker's start and every CLI test, against
a few milliseconds to extract a page once they exist. ``re`` keeps what it compiled in memory
only. :func:`compile` keeps it in a file of cinedex's cache folder (:mod:`indexer.diskcache`):
the program ``re`` hands to its matching engine (``_sre``), keyed by the pattern and its flags,
for this exact interpreter (its bytecode tag and the engine's ``MAGIC``). A pattern not in the
file is compiled exactly as ``re.compile`` does it and added; the file is rewritten (whole, in
one rename) when the process exits, if anything was added.
Patterns built from a page's own words do not belong here: only patterns of the code and the
language data, whose number is bounded.

The program format is the interpreter's private business, so every step falls back to
``re.compile``: another interpreter without these internals, a file that is unreadable, foreign,
truncated or fails its checksum, a folder that cannot be written. The engine checks every
program it is given before it accepts it. A cached pattern is the same object ``re.compile``
returns: same ``pattern``, ``flags``, ``groups`` and ``groupindex``, same matches.
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from indexer import diskcache

_sre: Any = None
_compiler: Any = None
_parser: Any = None
try:  # CPython's own regular-expression compiler (Python 3.11+): private, hence no types
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    pass

__all__ = ["compile"]

_KEEP = 4000  # beyond this many programs, a rewrite keeps only the ones this process used
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_programs: dict[str, _Program] | None = None  # the file's programs, read on first use
_used: set[str] = set()
_added = False


def _usable() -> bool:
    """True when this interpreter has the internals the cache relies on."""
    internals = _sre is not None and _compiler is not None and _parser is not None
    return internals and getattr(_sre, "CODESIZE", 0) == 4 and array("I").itemsize == 4


def cache_file() -> Path | None:
    """The file of compiled programs for this interpreter (it may not exist yet); None when
    the cache is off."""
    chosen = diskcache.folder()
    if chosen is None:
        return None
    return chosen / f"patterns.{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.bin"


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from this machine's cache of compiled programs when the
    pattern was compiled before (by any earlier process)."""
    flags = int(flags)
    if not isinstance(pattern, str) or flags & re.DEBUG or not _usable():
        return re.compile(pattern, flags)
    key = f"{flags}:{pattern}"
    programs = _load()
    program = programs.get(key)
    if program is not None:
        try:
            compiled = _build(pattern, program)
        except Exception:
            del programs[key]
        else:
            _used.add(key)
            return compiled
    try:
        program = _program(pattern, flags)
        compiled = _build(pattern, program)
    except Exception:
        return re.compile(pattern, flags)
    _remember(key, program)
    return compiled


def _program(pattern: str, flags: int) -> _Program:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup
    )
    return compiled


def _remember(key: str, program: _Program) -> None:
    global _added
    programs = _load()
    programs[key] = program
    _used.add(key)
    if not _added:
        _added = True
        atexit.register(save)


def _load() -> dict[str, _Program]:
    global _programs
    if _programs is None:
        _programs = _read(cache_file())
    return _programs


def _read(path: Path | None) -> dict[str, _Program]:
    """The programs in ``path``; nothing when it is missing, foreign or damaged."""
    programs = diskcache.read(path)
    if not isinstance(programs, dict):
        return {}
    return {k: v for k, v in programs.items() if _well_formed(k, v)}


def _well_formed(key: object, program: object) -> bool:
    if not isinstance(key, str) or not isinstance(program, tuple) or len(program) != 5:
        return False
    flags, code, groups, groupindex, indexgroup = program
    return (
        isinstance(flags, int)
        and isinstance(code, bytes)
        and len(code) % 4 == 0
        and isinstance(groups, int)
        and isinstance(groupindex, dict)
        and isinstance(indexgroup, tuple)
    )


def save() -> None:
    """Write the programs compiled so far to the cache file (run at exit when any was added):
    merged with what other processes wrote meanwhile, replaced in one rename, never half
    written. Does nothing when the cache is off or its folder cannot be written."""
    global _added
    path = cache_file()
    if not _added or _programs is None or path is None:
        return
    merged = {**_read(path), **_programs}
    if len(merged) > _KEEP:
        merged = {k: v for k, v in merged.items() if k in _used}
    if diskcache.write(path, merged):
        _added = False
