"""The synopsis chooser's model: candidate paragraphs described by features, scored by fitted
weights.

:mod:`.synopsis` finds the candidates (the labelled synopsis, every long paragraph) and records
their *features* (named in :data:`FEATURES`): where the paragraph stands, its shape (length,
share of letters, digits and punctuation, capitals, sentence endings), what it looks like
(a quotation, a critic's signed quote, a rating, a list, page furniture, showtimes), whether it
names the film, follows a heading, is written in another script than the page. A candidate's
score is the sum of its features times their weights, and the best score wins. The weights are
fitted on the labelled development pages by ``bench/fit_synopsis.py`` (a regularised softmax
ranking) and kept in ``synopsis_weights.json`` beside this module; ``cinedex extract --explain``
shows each feature with its value and what it added to the score.
"""

from __future__ import annotations

from pathlib import Path

from indexer.extract.pages.featuremodel import Candidates, Featured, Model

WEIGHTS_FILE = Path(__file__).with_name("synopsis_weights.json")

#: feature -> what it says about a candidate (the explanation shows it)
FEATURES: dict[str, str] = {
    "labelled": "labelled as the synopsis ('Synopsis:', 'Inhalt:')",
    "paragraph": "a long paragraph (twenty words or more)",
    "later_paragraph": "long paragraphs before it on the page (at most 4.5)",
    "early": "how early its line (1 at the top, 0 from line 80)",
    "length": "its length in words (hundreds, at most 3)",
    "sentences": "sentence endings (fifths, at most 2)",
    "letters": "share of letters among its first 600 characters",
    "digits": "share of digits among its first 600 characters",
    "punctuation": "share of punctuation among its first 600 characters",
    "capitals": "share of its words that start with a capital (a credit list)",
    "names_film": "names the film's title",
    "ends_like_prose": "ends like prose (a full stop, a closing quote)",
    "opens_like_quotation": "opens like a quotation",
    "signed_like_quote": "ends with a critic's name (a signed quote)",
    "opens_with_rating": "opens with a rating (stars, 4/5)",
    "furniture": "carries page furniture (cookies, links, tickets, dates alone)",
    "list_of_items": "a list of items, not prose",
    "short_fragments": "short fragments, like a caption or credits",
    "showtimes": "holds two or more clock times or dates (a programme)",
    "after_heading": "right after a short line that ends without punctuation (a heading)",
    "after_facts": "right after a line read as a label or fact",
    "other_script": "written mostly in another script than the page",
    "address": "holds a web or mail address",
    "label_value": "a long line that a label took as its value",
    "block": "a block of consecutive lines joined (text wrapped at a fixed width, or a post "
    "written in short lines)",
    "short_lines": "share of the block's lines with three words or fewer (a menu)",
    "event_words": "words of a screening, release or festival in its first 200 characters "
    "(thirds, at most 1: a news or event lede)",
    "many_films": "speaks of films in the plural in its first 600 characters and does not "
    "name the film (a programme's, a line-up's or a list's introduction, the week's releases)",
    "story_words": "words of a story told (characters, their lives) in its first 600 characters "
    "(sixths, at most 1)",
    "event_not_story": "words of a screening, release or festival and none of a story told",
    "most_story_words": "the most story words of the page's candidates (two or more)",
    "story_head": "opens with a synopsis label or a story word and a colon ('La historia: …')",
    "defines_film": "opens by defining the film ('X is a 2009 Greek film')",
    "notice": "an archive or health notice or a copyright line near its start",
    "opens_with_date": "opens with a date or a weekday (a programme note, a news item)",
    "film_section": "the first long paragraph under a heading of the film that follows other "
    "text (a section of its own after a news lede or another post)",
    "under_credits": "the first long paragraph after lines of credits or facts (a label's line, "
    "'Comèdia. Noruega. 121 minuts'), only short lines between",
    "takes_in": "the page's other long paragraphs its synopsis takes in (its lead-in, the "
    "paragraphs that continue it: quarters, at most 1): the body of a text, not a paragraph "
    "alone",
}


MODEL = Model(FEATURES, WEIGHTS_FILE)
weights = MODEL.weights
scored = MODEL.scored
first = MODEL.first
SynopsisCandidate = Featured


class SynopsisBallot(Candidates):
    """Synopsis candidates merged by matching key, in the order they were found."""

    def __init__(self) -> None:
        super().__init__(FEATURES)

    def add(self, value: str, line: int | None = None) -> Featured:
        """The candidate for ``value`` (created on first mention; the earliest line kept)."""
        return self.candidate(value, line)
