"""Khmer."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("អ្នករិះគន់"),
    code="km",
    era_offset=544,
    country_names=coded(HK="ហុងកុង"),
    labels=table(
        title="ចំណងជើង",
        year="ឆ្នាំ",
        directors="អ្នកដឹកនាំរឿង|ដឹកនាំរឿងដោយ|ដឹកនាំដោយ|អ្នកដឹកនាំសម្ដែង|អ្នកដឹកនាំសម្តែង",
        writers="អ្នកនិពន្ធ",
        cast="តួសម្តែង|អ្នកសម្តែង|តួសម្ដែង|អ្នកសម្ដែង|តារាសម្ដែង|តារាសម្តែង",
        music="តន្ត្រី",
        producers="ផលិតករ",
        countries="ប្រទេស",
        runtime="រយៈពេល",
        languages="ភាសា",
        synopsis="សាច់រឿង|សេចក្តីសង្ខេប|សេចក្ដីសង្ខេប",
        genres="ប្រភេទ",
    ),
    # "ដឹកនាំសម្ដែងដោយ": the acting directed by, with either letter for "d" (ត, ដ)
    directed_by=split("ដឹកនាំរឿងដោយ|ដឹកនាំដោយ|ដឹកនាំសម្ដែងដោយ|ដឹកនាំសម្តែងដោយ"),
    #: Mr, Mrs, Miss, Madam before a name
    honorifics=split("លោក|លោកស្រី|កញ្ញា|អ្នកស្រី"),
    starring=split("សម្ដែងដោយ|តារាសម្តែង|តារាសម្ដែង|សម្តែងដោយ"),
    director_nouns=split("អ្នកដឹកនាំរឿង|អ្នកដឹកនាំសម្ដែង|អ្នកដឹកនាំសម្តែង"),
    minutes=split("នាទី"),
    hours=split("ម៉ោង"),
    months=cldr_months("km"),
    conjunctions=split("និង"),
    genres=genre_table(
        Drama="ដ្រាម៉ា",
        Comedy="កំប្លែង",
        Horror="រន្ធត់",
        Romance="មនោសញ្ចេតនា",
        Documentary="ភាពយន្តឯកសារ|ភាពយន្ដឯកសារ",
        Animation="គំនូរជីវចល",
        Science_Fiction="ប្រឌិតបែបវិទ្យាសាស្ត្រ",
        War="សង្គ្រាម",
        Family="គ្រួសារ",
        History="ប្រវត្តិសាស្ត្រ",
        Short="ភាពយន្តខ្លី|ភាពយន្ដខ្លី",
        Action="ភាពយន្តសកម្មភាព|ភាពយន្ដសកម្មភាព|បែបសកម្មភាព",
        Adventure="ផ្សងព្រេង",
        Crime="ឧក្រិដ្ឋកម្ម",
        Mystery="អាថ៌កំបាំង",
        Music="តន្ត្រី",
        Biography="ជីវប្រវត្តិ",
        Sports="កីឡា",
    ),
    # "ភាពយន្ដ": the same word with the other letter for "d"; "ភាពយន្តបែប…": a film of the
    # kind that follows ("ភាពយន្តបែបប្រវត្តិសាស្ត្រ", a historical film)
    film_words=split("ភាពយន្ត|ភាពយន្ដ|ភាពយន្តបែប|ភាពយន្ដបែប"),
    event_words=split("ការបញ្ចាំង|បញ្ចាំង|មហោស្រព|រោងកុន|សំបុត្រ|ថ្ងៃនេះ|យប់នេះ|ការប្រកួត|កម្មវិធី"),
    story_words=split(
        "រឿង|ជីវិត|យុវជន|ស្ត្រី|ក្មេងស្រី|ក្មេងប្រុស|គ្រួសារ|ឪពុក|ម្តាយ|កូនប្រុស|កូនស្រី|"
        "បងប្រុស|ប្អូនស្រី|ប្តី|ប្រពន្ធ|ស្នេហា|មិត្ត|ភូមិ|ទីក្រុង"
    ),
    notice_words=split("កូវីដ|រក្សាសិទ្ធិ"),
    comment_headings=split("មតិយោបល់"),
    # language coverage audit: a cue table the module lacked
    release_verbs=split("ចាក់បញ្ចាំង"),
    #: "in the year": "ក្នុងឆ្នាំ 2019"
    year_words=split("ឆ្នាំ|ក្នុងឆ្នាំ"),
)
