"""The one reader of a full name after a few words in lower case that describe the person,
shared by the directors' cues and the actors' "played by" cues."""

from __future__ import annotations

from indexer.extract.pages.cues import after_lower_run, name_at


def test_after_lower_run_reads_past_describing_words_and_stops_at_a_stop_word() -> None:
    text = "directed by innovative visual artists Iain Forsyth. A movie from hell Ana Ruiz"
    start = len("directed by ")
    assert after_lower_run(text, start, lambda w: False, name_at) == "Iain Forsyth"
    assert after_lower_run(text, start, lambda w: w == "visual", name_at) is None
    assert after_lower_run(text, 0, lambda w: False, name_at) is None  # no name after the run
