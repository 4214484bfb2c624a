"""The HTML pages: search, film, quotes, and the OpenSearch description.

Views are thin: they call the same functions as the JSON API, then hand the templates
ready-made URLs (from :mod:`webapp.urls`) so templates only loop. Every page links to its
JSON twin.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from indexer import facets
from indexer.people import person_slug
from webapp import api, errors, humanize, params, urls
from webapp.search.types import SORTS, QuoteHit, SearchResult

bp = Blueprint("views", __name__)

#: facet labels from the registry, and the quote search's film filter (shown as a chip)
FACET_LABELS = {**facets.LABELS, "film": "Film"}
#: quotes shown on a film page; the rest are one link away, in the paged quote search
FILM_QUOTES = 5
#: the year range's request parameters (validated by :mod:`webapp.params`)
YEAR_RANGE = ("year_from", "year_to")
ROLE_LABELS = {"directed": "Director", "wrote": "Writer", "acted": "Cast"}
SORT_LABELS = {
    "relevance": "Relevance",
    "year": "Oldest first",
    "-year": "Newest first",
    "title": "Title",
}
#: what ``</script>`` and friends become inside an inline JSON block
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def results_context(
    result: SearchResult, selected: dict[str, tuple[str, ...]], api_endpoint: str
) -> dict[str, Any]:
    """What the search and quotes templates need besides the result: URLs and labels."""
    pairs = api.request_pairs()
    facets = [_in_order(f) for f in urls.facets(request.path, pairs, result.facets)]
    shown = [(f["name"], v["value"]) for f in facets for v in f["values"]]
    shown += [(k, v) for k, v in pairs if k in YEAR_RANGE]  # the range inputs carry these
    return {
        "result": result,
        "facets": facets,
        "facet_labels": FACET_LABELS,
        "year_range": year_range(facets),
        "hidden": urls.hidden(pairs, shown),
        "chips": urls.chips(request.path, pairs, selected),
        "pagination": urls.page_links(request.path, pairs, result.page, result.pages),
        "sorts": urls.sort_links(request.path, pairs, result.sort, SORTS),
        "sort_labels": SORT_LABELS,
        "suggestion_url": urls.suggestion_url(request.path, pairs, result.suggestion)
        if result.suggestion
        else None,
        "literal_url": urls.url(request.path, urls.replaced(pairs, "literal", "1"))
        if (result.understood or result.corrected) and not result.literal
        else None,
        "json_url": urls.url(url_for(api_endpoint), pairs),
        "keep": [(k, v) for k, v in pairs if k not in ("q", "page")],
    }


def _in_order(facet: dict[str, Any]) -> dict[str, Any]:
    """Years and decades listed in time order (the service orders every facet by count)."""
    if facet["name"] not in ("year", "decade"):
        return facet
    return facet | {"values": sorted(facet["values"], key=lambda v: _year(v["value"]))}


def _year(text: str) -> int:
    """1994 for "1994", 1990 for "1990s", 0 for anything else."""
    digits = text.removesuffix("s")
    return int(digits) if digits.isdigit() else 0


def _digits(text: str | None) -> str:
    value = (text or "").strip()
    return value if value.isdigit() and len(value) <= 4 else ""


def year_range(facets: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The from/to inputs of the year range: the request's values, the facet's span as hints."""
    years = [_year(v["value"]) for f in facets if f["name"] == "year" for v in f["values"]]
    if not any(f["name"] == "year" for f in facets):
        return None
    found = [y for y in years if y]
    return {
        "low": _digits(request.args.get("year_from")),
        "high": _digits(request.args.get("year_to")),
        "min": min(found, default=None),
        "max": max(found, default=None),
    }


@bp.get("/")
def search() -> ResponseReturnValue:
    """The search page: box, facets, results, pagination."""
    wanted, result = api.find_films()
    context = results_context(result, wanted.selected(), "api.search")
    return render_template("search.html", q=wanted.q, **context)


@bp.get("/quotes")
def quotes() -> ResponseReturnValue:
    """Critics' quotes by fragment or exact phrase, with outlet and critic facets."""
    wanted, result = api.find_quotes()
    context = results_context(result, wanted.selected(), "api.quotes")
    if wanted.film:
        context["chips"] = [film_chip(wanted.film, result), *context["chips"]]
    return render_template("quotes.html", q=wanted.q, film_filter=wanted.film, **context)


def film_chip(film_id: str, result: SearchResult) -> dict[str, str]:
    """The chip of the quote search's film filter, named by the film's title when known."""
    titles = {hit.film.id: hit.film.title for hit in result.hits}
    pairs = api.request_pairs()
    return {
        "name": "film",
        "value": titles.get(film_id, film_id),
        "remove_url": urls.url(request.path, [p for p in pairs if p[0] not in ("film", "page")]),
    }


@bp.get("/films/<film_id>")
def film(film_id: str) -> ResponseReturnValue:
    """One film: titles, credits, synopsis, runtimes, awards, quotes, sources, similar films."""
    page = api.service().film(film_id)
    if page is None:
        raise errors.ApiError(404, "not_found", "There is no film with this address.")
    record = page.film
    quotes = record.get("quotes") or []
    return render_template(
        "film.html",
        film=record,
        similar=page.similar,
        credits=credit_rows(record),
        synopsis=[p for p in (record.get("synopsis") or "").split("\n\n") if p.strip()],
        quotes=quotes[:FILM_QUOTES],
        all_quotes_url=url_for("views.quotes", film=film_id) if len(quotes) > FILM_QUOTES else None,
        sources=source_rows(record),
        conflicts=conflict_rows(record),
        jsonld=script_json(
            movie_jsonld(record, url_for("views.film", film_id=film_id, _external=True))
        ),
        json_url=url_for("api.film", film_id=film_id),
    )


def document_name(source: str) -> str:
    """A source as the page shows it: the document's file name, without its folders."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def source_rows(film: dict[str, Any]) -> list[dict[str, str]]:
    """The film's documents: name shown, full source in a tooltip."""
    return [{"name": document_name(s), "source": s} for s in film.get("sources") or []]


def conflict_rows(film: dict[str, Any]) -> list[dict[str, Any]]:
    """Disagreements as the page lists them: field, value shown, each value with its documents."""
    return [
        {
            "field": str(c.get("field", "")).replace("_", " "),
            "chosen": c.get("chosen"),
            "values": [
                {"value": v.get("value"), "names": [document_name(s) for s in v.get("sources", [])]}
                for v in c.get("values") or []
            ],
        }
        for c in film.get("conflicts") or []
    ]


@bp.get("/favicon.ico")
def favicon() -> ResponseReturnValue:
    """The site icon, where browsers look for it first."""
    icon = (Path(current_app.root_path) / "static" / "favicon.ico").read_bytes()
    response = Response(icon, mimetype="image/vnd.microsoft.icon")
    response.cache_control.max_age = 86400
    return response


@bp.get("/people/<person_id>")
def person(person_id: str) -> ResponseReturnValue:
    """One person: other spellings, years active, films by role with a role filter."""
    page, facet = api.find_person(person_id)
    json_url = urls.url(url_for("api.person", person_id=person_id), api.role_pairs())
    return render_template(
        "person.html", person=page, facet=facet, role_labels=ROLE_LABELS, json_url=json_url
    )


@bp.app_template_filter("person_id")
def person_id(name: str) -> str:
    """The id of a person's page, from any spelling of their name."""
    return person_slug(name)


@bp.get("/opensearch.xml")
def opensearch() -> ResponseReturnValue:
    """The OpenSearch description, so browsers can add cinedex as a search engine."""
    xml = render_template("opensearch.xml")
    return Response(xml, mimetype="application/opensearchdescription+xml")


@bp.get("/opensearch/suggest")
def opensearch_suggest() -> ResponseReturnValue:
    """Suggestions in the OpenSearch format browsers read: ``[prefix, [completions]]``."""
    params.check_encoding(request.query_string)
    prefix, limit = params.suggest_args(request.args)
    found = api.service().suggest(prefix, limit) if prefix else []
    return jsonify([prefix, [s.text for s in found]])


def credit_rows(film: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(role label, names) in page order: direction, writing, cast, then the crew by role."""
    rows = [("Director", film.get("directors") or []), ("Writer", film.get("writers") or [])]
    rows += [("Cast", film.get("cast") or [])]
    rows += [(role.capitalize(), names) for role, names in (film.get("credits") or {}).items()]
    rows += [("Production", film.get("companies") or [])]
    return [(label, list(names)) for label, names in rows if names]


def movie_jsonld(film: dict[str, Any], page_url: str) -> dict[str, Any]:
    """A schema.org ``Movie`` for search engines."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": film.get("title"),
        "url": page_url,
    }
    alternates = [t for t in [film.get("original_title"), *(film.get("alt_titles") or [])] if t]
    optional = {
        "alternateName": alternates,
        "dateCreated": str(film["year"]) if film.get("year") else None,
        "director": [{"@type": "Person", "name": n} for n in film.get("directors") or []],
        "actor": [{"@type": "Person", "name": n} for n in film.get("cast") or []],
        "genre": film.get("genres") or [],
        "countryOfOrigin": [{"@type": "Country", "name": c} for c in film.get("countries") or []],
        "inLanguage": film.get("languages") or [],
        "duration": f"PT{film['runtime_minutes']}M" if film.get("runtime_minutes") else None,
        "description": film.get("synopsis") or None,
        "award": film.get("awards") or [],
        "review": [_review(q) for q in (film.get("quotes") or [])[:FILM_QUOTES]],
    }
    data.update({k: v for k, v in optional.items() if v})
    return data


def _review(quote: dict[str, Any]) -> dict[str, Any]:
    review: dict[str, Any] = {"@type": "Review", "reviewBody": quote.get("text")}
    if quote.get("critic"):
        review["author"] = {"@type": "Person", "name": quote["critic"]}
    if quote.get("outlet"):
        review["publisher"] = {"@type": "Organization", "name": quote["outlet"]}
    return review


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&`` escaped so data cannot close the tag."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.translate(_SCRIPT_ESCAPES))


bp.app_template_filter("ago")(humanize.ago)


@bp.app_template_filter("citation")
def citation(hit: QuoteHit) -> str:
    """A plain-text citation: “text” — critic, outlet (date), on Film (year)."""
    source = ", ".join(x for x in (hit.critic, hit.outlet) if x) or "unattributed"
    date = f" ({hit.date})" if hit.date else ""
    year = f" ({hit.film.year})" if hit.film.year else ""
    return f"“{hit.text}” — {source}{date}, on {hit.film.title}{year}"
