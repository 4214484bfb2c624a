"""The title chooser's model: candidates described by features, scored by fitted weights.

The cues of :mod:`.titlevote` and :mod:`.titlecues` do not weigh anything: each records a
*feature* of a candidate (a cue that spoke for it, or a raw measure such as its first line,
its length, how often the page repeats it), named in :data:`FEATURES`. A candidate's score is
the sum of its features times their weights, and the best score wins. The weights are fitted on
the labelled development pages by ``bench/fit_title.py`` (a regularised softmax ranking) and
kept in ``title_weights.json`` beside this module; ``cinedex extract --explain`` shows each
feature with its value and what it added to the score.
"""

from __future__ import annotations

from pathlib import Path

from indexer.extract.pages.featuremodel import Candidates, Featured, Model

WEIGHTS_FILE = Path(__file__).with_name("title_weights.json")

#: feature -> what it says about a candidate (the explanation shows it)
FEATURES: dict[str, str] = {
    "labelled": "labelled as the title ('Title:')",
    "labelled_original": "labelled as the original title ('Original title:')",
    "film_labelled": "labelled with the word for film ('Film: X')",
    "heading": "a heading-like line near the top",
    "heading_rank": "how early among the heading-like lines (1 first, less further down)",
    "first_heading": "the first heading-like line",
    "menu": "one of a list of short lines (a menu)",
    "dash_whole": "a heading whole with the part after its dash (a subtitle, not a translation)",
    "heading_part": "part of a heading line (before a colon, dash or parenthesis)",
    "heading_after_film_word": "a heading after the word for film",
    "film_word_heading": "a heading that opens with the word for film (its name follows)",
    "review_name": "the name a review's headline gives",
    "review_headline": "a review's headline, not a name",
    "credited": "before '(Director, year)' on its line",
    "quoted_line": "a line that is only a quoted name",
    "quoted_sentence_line": "a line that is only a quoted sentence (a pull quote)",
    "quoted": "a quoted name (five words or fewer)",
    "quoted_phrase": "a quoted phrase (more than five words)",
    "quoted_again": "quoted more than once (repeats, at most 3)",
    "title_marks": "in title marks 《》『』",
    "angle_quoted": "in angle brackets around a name not in Latin letters (Korean: <탈주>)",
    "quoted_in_heading": "quoted in a heading near the top",
    "quoted_in_parens": "quoted in parentheses (another work)",
    "quoted_late": "first quoted after line 25",
    "quoted_before_film_word": "quoted before the word for film, or joined to it by a hyphen",
    "quoted_after_film_word": "quoted after the word for film",
    "named_after_film_word": "named after the word for film",
    "named_titled": "named after the words for film and 'titled'",
    "caps_in_prose": "in capitals inside a line of prose ('… Ceylan, ABOUT DRY GRASSES, um …')",
    "titled": "named after a word for 'titled' ('a crime drama titled X')",
    "late_line": "a short line standing alone further down, repeated in the text",
    "first_label_value": "the value of the page's first 'label: value' line",
    "label_head": "the head of an early line 'Name: what the post says'",
    "before_year": "written before a year in parentheses ('Name (2015)')",
    "slug_only_run": "address words not written, where the text writes a run of them",
    "slug_run_longer": "a run of address words holding a shorter candidate always written with it",
    "entry_head": "the name of the page's first list entry (over facts, or after a marker)",
    "before_facts": "the head of an early line whose rest is facts ('Name (Croatia) 2016, 90 min')",
    "fallback_line": "the first line's head, on a page no other cue found a name on",
    "quoted_attributed": "quoted, then who said it on the line (a critic's quote)",
    "slug_run": "two or more of the address words, found in the text",
    "slug_name_run": "a run of the address's words the text writes, cut of the words in lower"
    " case before it ('Het Smelt' of '…-wereldpremiere-van-het-smelt')",
    "slug_head": "the first words of a headline's address, written on their own as a name",
    "label_word": "a label's word, or ends with a colon ('Kritik', 'Kuva & Ääni:')",
    "film_or_review_word": "the word for film or for a review, or a section's heading ('MOVIE',"
    " 'Kritik', 'Latest', 'Posted on')",
    "date_word": "a month or weekday name, or a date",
    "written_lower": "one word the page writes in lower case as often as not (a common word)",
    "defined_as_film": "a sentence defines it as a film ('X is a 2009 film')",
    "slug_in_text": "the address words found in the text (transliterated)",
    "slug_spaced": "the address words with their spaces restored",
    "slug_written": "address words as the page writes them (capitalised)",
    "slug_only": "address words not written as a name on the page",
    "slug_whole": "matches the address (six words or fewer)",
    "slug_whole_long": "matches the address (a long line: a news headline)",
    "slug_part": "part of the address (0.5, up to 1 as it covers more of it)",
    "mentions": "mentions on the page (log of 1 + count)",
    "mentioned_twice": "mentioned twice",
    "mentioned_often": "mentioned three times or more",
    "long": "words beyond seven",
    "lower_case": "starts with a lower-case letter",
    "slug_single": "the address has one word only (and it speaks for this candidate)",
    "only_inside_longer": "only ever written inside a longer candidate",
    "holds_repeated_part": "holds a shorter candidate that the page repeats more often",
    "site_name": "the site's own name",
    "credited_person": "a credited person (director or cast as read), or a screening's guest",
    "country_or_language": "a country or language name",
    "furniture": "reads like page furniture or a sentence end",
    "early": "how early its first line (1 at the top, 0 from line 40)",
    "no_line": "from no particular line (address, repeats)",
    "one_word": "a single word",
    "all_caps": "written in capitals",
    "has_colon": "contains a colon or bar (a compound heading)",
    "digits": "contains digits",
    "extended": "a name the page writes on with more words (a run with the name's cues)",
    "cues": "how many cues spoke for it (log of 1 + count)",
    "above_facts": "a heading whose next line is a line of facts ('Polska 2018. Reż. …')",
    "first_quoted": "the first name the page quotes (five words or fewer)",
    "event_word": "holds a word of a screening or a programme ('Programme', 'Premiere')",
    "quoted_in_prose": "quoted only inside paragraphs of prose (more than 20 words)",
    "first_entry": "on the first of a list's lines of one shape (a film over its facts)",
    "later_entry": "on a later line of a list of one shape (another film of the list)",
    "above_credits": "on the nearest short line above the first credit (1, less further up)",
    "before_credit": "written before the word for 'by' and a credited person ('X de Ana Ruiz')",
    "before_person": "written on an early line before a person the page credits, joined by the"
    " words for 'directed by' or 'by' or a parenthesis ('Song of the Sea (Tomm Moore, 2015)')",
    "joining_end": "ends on a joining word in lower case ('Song of', 'LAS HORAS DEL'): cut short",
    "before_name": "written before the word for 'by' and a name not credited ('X by Ana Ruiz')",
    "cues_agree": "cues of two kinds or more speak for it (address, heading, quotes, facts)",
    "part_of_supported": "part of a longer candidate with cues of its own ('Anna', 'Dis ek, Anna')",
    "holds_supported_part": "holds a shorter candidate that has cues of its own",
    "part_unspaced": "part of a longer candidate with cues of its own, glued to its other"
    " characters in a script without spaces ('药神' of '我不是药神')",
    "host_word": "holds a word of the site's host name ('Cineteca', cinetecabologna.it)",
    "cell_labelled": "the value of a title label in a cell of its line ('Titolo     Kes')",
    "film_word_repeated": "the longest run of words after the word for film written again",
    "subtitle_run": "a candidate the page writes twice with a subtitle ('Top Gun: Maverick')",
    "person_like": "reads as a person's name that opens with a known given name ('Agnès Varda')",
    "named_in_lead": "named in the first sentence of the page's first paragraph of prose",
    "lead_only": "named in that first sentence and nowhere else on the page",
    "after_owner": "written after a person's name in the possessive ('Gillo Pontecorvo’s X')",
    "after_credited_owner": "written after a credited person's name in the possessive",
    "head_written_again": "the head of an early line that the page writes again inside a sentence",
    "clause_run": "a name in sentence case after the word for film, up to its clause's end",
    "credits_heading": "the nearest heading-shaped line above the page's first credit",
    "over_story": "on the short line nearest above the page's story (its synopsis)",
    "cut_name": "a name cut from a candidate of what is no part of it ('Rams' of 'Rams 2015')",
    "holds_cut": "holds a name with a credit, a year, a section or itself ('Rams 2015')",
    "joining_word": "one word that only joins or opens a phrase in some language ('The', 'El')",
    "part_of_joined": "a part of a longer candidate the page writes whole, joined by a comma or"
    " '&' and written twice ('Like Father' of 'Like Father, Like Son'), or ending on a joining"
    " word the longer goes on from ('Song of' of 'Song of the Sea')",
    "span_repeated": "a run of a longer candidate's words that other lines write again, and"
    " that grows by no word without being written again less ('Sepet' of 'Sepet makes me cry')",
    "span_bounded": "how that run is set apart in its line: half for each end at the line's edge,"
    " a mark or a change of capitals ('Grand Tour' of 'Grand Tour em Cannes')",
    "span_apart_again": "the share of that run's other writings set apart at both ends (by a"
    " line's edge, a mark or a change of capitals: '… watched Sepet at …')",
    "cut_prefix": "the start of a longer candidate the prose names, which goes on from it every"
    " time the page writes it ('Jagdszenen' of 'Jagdszenen aus Niederbayern')",
}


MODEL = Model(FEATURES, WEIGHTS_FILE)
weights = MODEL.weights
score = MODEL.score
scored = MODEL.scored
TitleCandidate = Featured


class FeatureBallot(Candidates):
    """Title candidates merged by matching key, each with its features."""

    def __init__(self) -> None:
        super().__init__(FEATURES)

    def add(
        self, value: str, feature: str, amount: float = 1.0, line: int | None = None
    ) -> Featured:
        """Record ``feature`` for ``value`` (the candidate is created on first mention)."""
        found = self.candidate(value, line)
        found.set(feature, amount)
        return found
