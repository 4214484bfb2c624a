"""Catalogue wording that is no genre: the labels streaming platforms and catalogues file a
film under for where it is shown or how it is sold ("International Movies", "TV Shows",
"Cult"), which :func:`indexer.normalize.normalize_genres` keeps as tags. Platform wording,
not a language's words: the language modules (:mod:`indexer.lang`) hold those.

The platforms' labels that name a genre all the same ("Documentaries", "Historical", "Anime
Features", "Stand-Up Comedy", "LGBTQ Movies", "Military and War") are not here: they are read
as genres.
"""

from __future__ import annotations

from indexer.lang.base import split

#: the labels, as the catalogues write them
TAGS = split(
    "International Movies|Independent Movies|Cult Movies|Classic Movies|Movies|Arts|"
    "Entertainment|Special Interest|Unscripted|Young Adult Audience|Arthouse|"
    "Art House & International|International|Independent|Classics|Cult|TV Shows|Reality|"
    "Talk Show|Lifestyle|Variety|Late Night|Other|Animals & Nature|Game Show / Competition|"
    "Latino|Black Stories|Cooking & Food|Health & Wellness|Adult Animation|Series|Fitness"
)
