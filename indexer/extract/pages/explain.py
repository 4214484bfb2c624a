"""Why the page extractor chose what it chose: the editors' view of one page.

For each field that is decided from evidence (title, directors, writers, cast, synopsis) it
gives the chosen value and the candidates it beat, each with its score and its evidence; the
other fields are listed with the value read.
"""

from __future__ import annotations

from typing import Any

from indexer.extract.pages import explain_page

_PLAIN = ("year", "runtime_minutes", "countries", "genres", "languages", "original_title")


def explain_text(text: str, source: str) -> dict[str, Any]:
    """Per field: ``chosen`` (the value kept) and ``candidates`` with score and evidence."""
    result, why = explain_page(text, source)
    film = result.films[0] if result.films else None
    out: dict[str, Any] = {"source": source, "problems": [p.message for p in result.problems]}
    fields: dict[str, Any] = {}
    for name, candidates in why.as_dict().items():
        fields[name] = {"chosen": _value(film, name), "candidates": candidates}
    for name in _PLAIN:  # the year's ballot, when one was recorded, keeps its candidates
        fields[name] = {"chosen": _value(film, name), "candidates": []} | fields.get(name, {})
    out["fields"] = fields
    return out


def _value(film: Any, name: str) -> Any:
    if film is None:
        return None
    value = getattr(film, name, None)
    return list(value) if isinstance(value, tuple) else value


def render(explained: dict[str, Any]) -> str:
    """The explanation as text: one block per field, the chosen value first."""
    lines = [f"== {explained['source']}"]
    lines.extend(f"problem: {p}" for p in explained["problems"])
    for name, field in explained["fields"].items():
        chosen = field["chosen"]
        shown = chosen[:100] + "…" if isinstance(chosen, str) and len(chosen) > 100 else chosen
        lines.append(f"{name}: {shown!r}")
        for candidate in field["candidates"]:
            value = str(candidate["value"])
            value = value[:70] + "…" if len(value) > 70 else value
            lines.append(f"    {candidate['score']:>6}  {value!r}")
            lines.extend(f"              {e}" for e in candidate["evidence"])
    return "\n".join(lines)
