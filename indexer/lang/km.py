"""Khmer."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="km",
    labels=table(
        title="ចំណងជើង",
        year="ឆ្នាំ",
        directors="អ្នកដឹកនាំរឿង|ដឹកនាំរឿងដោយ|ដឹកនាំដោយ",
        writers="អ្នកនិពន្ធ",
        cast="តួសម្តែង|អ្នកសម្តែង",
        music="តន្ត្រី",
        producers="ផលិតករ",
        countries="ប្រទេស",
        runtime="រយៈពេល",
        languages="ភាសា",
        synopsis="សាច់រឿង",
    ),
    directed_by=split("ដឹកនាំរឿងដោយ|ដឹកនាំដោយ"),
    starring=split("សម្តែងដោយ"),
    director_nouns=split("អ្នកដឹកនាំរឿង"),
    minutes=split("នាទី"),
    hours=split("ម៉ោង"),
    months=cldr_months("km"),
    genres=genre_table(Comedy="កំប្លែង", Romance="មនោសញ្ចេតនា"),
    conjunctions=split("និង"),
    film_words=split("ភាពយន្ត"),
)
