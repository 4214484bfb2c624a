"""Benchmarks of cinedex against its peers (SQLite FTS5, plain Whoosh) on ``../shared/data``.

``python -m bench.run --write BENCHMARKS.md`` runs them all on the same films and the same
query log and writes the figures; ``bench/pages_accuracy.py`` and ``bench/analysis_speed.py``
measure the page extractor and the analyzers on their own.
"""
