"""Raw film pages as plain text -> :class:`~indexer.records.Film`.

Evidence, then a decision. :mod:`.text` prepares the lines (HTML documents are stripped, page
text is kept verbatim, the ``Source:`` line gives the address); :mod:`.scan` reads labelled
values in every label form, with the label words of every language module of
:mod:`indexer.lang`; :mod:`.facts` reads unlabelled fact lines, :mod:`.sentences`, :mod:`.cues`
and :mod:`.introduced` credits written in prose. Each field then collects candidates from every cue
and takes the best-supported one (:mod:`.evidence`): :mod:`.titlevote` (with
:mod:`.titlecues` and :mod:`.titlesources`) for the title, whose candidates are scored by
weights fitted on the dev pages (:mod:`.titlemodel`, ``title_weights.json``, written by
``bench/fit_title.py``), :mod:`.people` for directors, writers and cast, :mod:`.numbers` for
year and runtime, :mod:`.synopsis` (fitted the same way: :mod:`.synopsismodel`), :mod:`.values`
and :mod:`.genres` for the rest; :mod:`.quotes` finds
critics' quotes. :mod:`.resolve` puts one film together (on a list of films, up to the
next entry: :mod:`.entrylists`), and :func:`explain_page` returns
the candidates and their evidence (``cinedex extract --explain``). Nothing here touches the
file system.
"""

from __future__ import annotations

import logging

from indexer.extract.pages.evidence import Why
from indexer.extract.pages.labellang import readings
from indexer.extract.pages.labels import page_readings
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
        with page_readings(readings(page.lines)):  # "Distribuție": the cast on a Romanian page
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
