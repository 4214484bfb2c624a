"""Tibetan."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="bo",
    verb_final=True,
    labels=table(
        year="ལོ|ལོ་ཚིགས",
        languages="སྐད་ཡིག",
        runtime="དུས་ཡུན",
    ),
    minutes=split("སྐར་མ"),
    hours=split("ཆུ་ཚོད"),
    months=cldr_months("bo"),
    film_words=split("གློག་བརྙན"),
    event_words=split("འགྲེམས་སྟོན|དུས་ཆེན|འཛུལ་ཤོག|དེ་རིང|དོ་དགོང|འགྲན་བསྡུར|ལས་རིམ"),
    story_words=split("ལོ་རྒྱུས|སྒྲུང|གཏམ་རྒྱུད|མི་ཚེ|གཞོན་ནུ|བུད་མེད|བུ་མོ|ཁྱིམ་ཚང|ཕ་མ|ཨ་མ|བྱམས་བརྩེ|གྲོགས་པོ|གྲོང་གསེབ|གྲོང་ཁྱེར"),
    notice_words=split("པར་དབང|ཁྱབ་གདལ་ནད"),
    genres=genre_table(
        Drama="ཟློས་གར",
        Comedy="བཞད་གད",
        Documentary="ཡིག་ཆའི་བརྙན་འཕྲིན|ཡིག་ཆའི་གློག་བརྙན",
        Horror="འཇིགས་སྣང",
        Animation="འགུལ་རིས",
    ),
)
