"""Raw film pages as plain text -> :class:`~indexer.records.Film`.

The extractor is label-driven and has four parts: :mod:`.text` prepares the lines (markup,
the ``Source:`` line, page furniture), :mod:`.scan` classifies lines and reads labelled values
using the label table of :mod:`.labels`, :mod:`.facts` reads unlabelled fact lines and credit
sentences, :mod:`.titles` and :mod:`.quotes` find the title, other films and critics' quotes.
:mod:`.resolve` turns all of it into one film. Nothing here touches the file system.
"""

from __future__ import annotations

import logging

from indexer.extract.pages.evidence import Why
from indexer.extract.pages.resolve import build_film
from indexer.extract.pages.scan import scan
from indexer.extract.pages.text import prepare
from indexer.records import ExtractResult, Problem

log = logging.getLogger(__name__)

__all__ = ["explain_page", "extract_page"]


def extract_page(text: str, source: str, why: Why | None = None) -> ExtractResult:
    """Read one raw film page (plain text, optionally starting with ``Source: <url>``) into
    one film; problems (no title, several films, unusable input) are reported, never raised.
    With ``why``, the candidates of each field and their evidence are recorded in it."""
    result = ExtractResult()
    try:
        page = prepare(text)
        if page.warning:
            result.problems.append(Problem(source, page.warning, "warning"))
        if page.error:
            result.problems.append(Problem(source, page.error, "error"))
            return result
        entries, used = scan(page.lines)
        film, problems = build_film(page, entries, used, source, why)
    except Exception as exc:  # the contract is "never raise": a bad page must not stop a build
        log.exception("page extractor failed on %s", source)
        result.problems.append(Problem(source, f"could not read page: {exc!r}", "error"))
        return result
    result.problems.extend(problems)
    if film is not None:
        result.films.append(film)
    return result


def explain_page(text: str, source: str) -> tuple[ExtractResult, Why]:
    """:func:`extract_page` and, per field, the candidates it chose from with their evidence."""
    why = Why()
    return extract_page(text, source, why), why
