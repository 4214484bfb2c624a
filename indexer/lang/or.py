"""Odia."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="or",
    verb_final=True,
    labels=table(
        title="ଶୀର୍ଷକ|ନାମ",
        year="ବର୍ଷ|ମୁକ୍ତି ବର୍ଷ",
        directors="ନିର୍ଦ୍ଦେଶକ|ନିର୍ଦେଶକ|ନିର୍ଦ୍ଦେଶନା",
        writers="ଲେଖକ|ଚିତ୍ରନାଟ୍ୟ|କାହାଣୀ ଲେଖକ",
        cast="ଅଭିନୟରେ|ଅଭିନେତା|କଳାକାର|ଅଭିନୟ",
        music="ସଙ୍ଗୀତ|ସଂଗୀତ",
        producers="ପ୍ରଯୋଜକ|ପ୍ରଯୋଜନା",
        countries="ଦେଶ",
        genres="ଧାରା",
        runtime="ଅବଧି|ସମୟ",
        languages="ଭାଷା",
        synopsis="କାହାଣୀ|ସାରାଂଶ|କଥାବସ୍ତୁ",
    ),
    # "… ନିର୍ଦ୍ଦେଶନା ଦେଇଛନ୍ତି": … has given the direction
    directed_after=split(
        "ନିର୍ଦ୍ଦେଶିତ|ନିର୍ଦେଶିତ|ନିର୍ଦ୍ଦେଶନାରେ|ନିର୍ଦ୍ଦେଶନା ଦେଇଛନ୍ତି|ନିର୍ଦେଶନା ଦେଇଛନ୍ତି|ନିର୍ଦ୍ଦେଶନା ଦେଇଥିଲେ|ନିର୍ଦେଶନା ଦେଇଥିଲେ"
    ),
    starring_after=split("ଅଭିନୀତ|ଅଭିନୟ କରିଛନ୍ତି|ମୁଖ୍ୟ ଭୂମିକାରେ"),
    starring=split("ଅଭିନୟରେ"),
    director_nouns=split("ନିର୍ଦ୍ଦେଶକ|ନିର୍ଦେଶକ"),
    minutes=split("ମିନିଟ|ମିନିଟ୍"),
    hours=split("ଘଣ୍ଟା"),
    months=cldr_months("or"),
    genres=genre_table(
        Animation="ଆନିମେସନ୍|ଆନିମେସନ",
        Drama="ଡ୍ରାମା",
        Comedy="ହାସ୍ୟ|କମେଡି",
        Romance="ରୋମାଣ୍ଟିକ",
        Action="ଆକ୍ସନ",
        Thriller="ଥ୍ରିଲର",
        Horror="ଭୌତିକ|ହରର",
        Documentary="ପ୍ରାମାଣିକ ଚିତ୍ର|ଡକ୍ୟୁମେଣ୍ଟାରୀ",
        History="ଐତିହାସିକ",
        Family="ପାରିବାରିକ",
        Crime="ଅପରାଧ",
        War="ଯୁଦ୍ଧ",
        Music="ସଙ୍ଗୀତମୟ",
        Science_Fiction="ବିଜ୍ଞାନ କଳ୍ପକାହାଣୀ",
        Adventure="ଦୁଃସାହସିକ",
        Biography="ଜୀବନୀ",
        Mystery="ରହସ୍ୟ",
        Fantasy="କାଳ୍ପନିକ",
        Short="ସ୍ୱଳ୍ପଦୈର୍ଘ୍ୟ|ଶର୍ଟ ଫିଲ୍ମ",
    ),
    conjunctions=split("ଓ|ଏବଂ"),
    #: as, with, for, by, about, from; a, this, that: no word of a name
    postpositions=split("ଭାବେ|ଭାବରେ|ସହ|ସହିତ|ପାଇଁ|ଦ୍ୱାରା|ବିଷୟରେ|ଠାରୁ|ଏକ|ଏହି|ସେହି|କିନ୍ତୁ"),
    film_words=split("ଚଳଚ୍ଚିତ୍ର|ଫିଲ୍ମ|ସିନେମା"),
    event_words=split(
        "ପ୍ରିମିୟର*|ପ୍ରଦର୍ଶନ*|ମହୋତ୍ସବ*|ଫେଷ୍ଟିଭାଲ*|ପ୍ରେକ୍ଷାଳୟ*|ସିନେମା ହଲ*|ଟିକେଟ*|ଆଜି|ଆଜି ରାତି|ପ୍ରତିଯୋଗିତା*|ରିଲିଜ*"
    ),
    story_words=split(
        "କାହାଣୀ*|କଥା*|ଜୀବନ*|ଯୁବକ*|ଯୁବତୀ*|ମହିଳା*|ଝିଅ*|ପୁଅ*|ପରିବାର*|ବାପା*|ଭାଇ*|ଭଉଣୀ*|ସ୍ୱାମୀ*|"
        "ସ୍ତ୍ରୀ*|ପ୍ରେମ*|ସାଙ୍ଗ*|ବନ୍ଧୁ*|ଗାଁ*|ସହର*"
    ),
    notice_words=split("କୋଭିଡ*|କରୋନା*|ମହାମାରୀ*|ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ"),
)
