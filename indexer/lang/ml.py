"""Malayalam."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("നിരൂപകൻ|ചലച്ചിത്ര നിരൂപകൻ|സിനിമാ നിരൂപകൻ"),
    code="ml",
    starring=split("നടൻ|നടി|നടന്മാർ"),
    country_names=coded(HK="ഹോങ്കോങ്"),
    verb_final=True,
    labels=table(
        title="ചിത്രം",
        year="വർഷം|റിലീസ് വർഷം",
        directors="സംവിധാനം|സംവിധായകൻ|ഡയറക്ടർ",
        writers="തിരക്കഥ|രചന",
        cast="അഭിനേതാക്കൾ|താരങ്ങൾ",
        music="സംഗീതം",
        producers="നിർമ്മാണം|നിർമ്മാതാവ്",
        runtime="ദൈർഘ്യം|സമയദൈർഘ്യം",
        languages="ഭാഷ",
        synopsis="കഥ|കഥാസംഗ്രഹം|കഥാസാരം",
        countries="രാജ്യം",
        genres="വിഭാഗം|ജോണർ|ഴോണർ",
    ),
    directed_by=split("സംവിധാനം"),
    directed_after=split(
        "സംവിധാനം ചെയ്ത|സംവിധാനത്തിൽ|സംവിധാനം ചെയ്യുന്ന|സംവിധാനം നിർവഹിക്കുന്ന|സംവിധാനം നിർവഹിച്ച|"
        "സംവിധാനം ചെയ്തിരിക്കുന്ന|ഒരുക്കിയ"
    ),
    starring_after=split("എന്നിവർ|അഭിനയിച്ച|അഭിനയിക്കുന്ന|പ്രധാന വേഷങ്ങളിൽ|പ്രധാന വേഷത്തിൽ"),
    director_nouns=split("സംവിധായകൻ|സംവിധായിക|ഡയറക്ടർ"),
    first_person=split("ഞാൻ|ഞങ്ങൾ"),
    minutes=split("മിനിറ്റ്"),
    conjunctions=split("ഒപ്പം"),
    #: the words after a list's last name: "and the others" (as subject, object, "are"),
    #: "such as", "all of them"
    list_ends=split("എന്നിവർ|എന്നിവരെ|എന്നിവരാണ്|എന്നിവരും|എന്നിവരുടെ|തുടങ്ങിയവർ|തുടങ്ങിയ|എല്ലാവരും"),
    #: as, is, called, with, from, until, like, for; a, this, that: no word of a name
    postpositions=split(
        "ആയി|ആണ്|എന്ന|എന്നും|കൂടെ|കൂടി|മുതൽ|വരെ|പോലെ|വേണ്ടി|ഒരു|ഈ|ആ|ഇത്|അത്|തന്നെ|എന്നാൽ|ചെയ്ത|ചെയ്യുന്ന"
    ),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("വളരെ|ഏറെ|ഏറ്റവും|നന്നായി|മനോഹരമായി|അതിമനോഹരമായി|ഗംഭീരമായി|മാത്രം"),
    film_plurals=split("ചിത്രങ്ങൾ|സിനിമകൾ|ചിത്രങ്ങള്|സിനിമകള്"),
    institution_words=split("മേള*|ഫെസ്റ്റിവൽ*|അക്കാദമി*|പുരസ്കാര*|അവാർഡ*|ഇൻസ്റ്റിറ്റ്യൂട്ട*"),
    film_words=split("സിനിമ|ചിത്രം|ചലച്ചിത്രം"),
    genres=genre_table(
        Drama="ഡ്രാമ",
        Comedy="കോമഡി|ഹാസ്യ",
        Documentary="ഡോക്യുമെന്ററി",
        Horror="ഹൊറർ",
        Thriller="ത്രില്ലർ",
        Animation="ആനിമേഷൻ",
        Romance="റൊമാന്റിക്",
        Action="ആക്ഷൻ",
        Crime="ക്രൈം",
        Science_Fiction="സയൻസ് ഫിക്ഷൻ",
        Fantasy="ഫാന്റസി",
        Mystery="മിസ്റ്ററി",
        History="ചരിത്ര",
        Family="കുടുംബ",
        Adventure="സാഹസിക",
        Biography="ജീവചരിത്ര",
        War="യുദ്ധ",
        Music="സംഗീത",
        Short="ഹ്രസ്വചിത്രം|ഷോർട്ട് ഫിലിം",
        Sports="സ്പോർട്സ്|കായിക",
        Western="വെസ്റ്റേൺ",
        Detective="കുറ്റാന്വേഷണ",
    ),
    review_words=split("റിവ്യൂ|നിരൂപണം"),
    months=split(
        "ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്‌ടോബർ|"
        "ഒക്ടോബർ|നവംബർ|ഡിസംബർ|ജനു|ഫെബ്രു|ഏപ്രി|സെപ്റ്റം|ഒക്ടോ|നവം|ഡിസം"
    ),
    hours=split("മണിക്കൂർ"),
    event_words=split("പ്രീമിയർ*|പ്രദർശന*|ചലച്ചിത്രമേള*|മേള*|തിയേറ്റർ*|ടിക്കറ്റ്*|ഇന്ന്|മത്സര*|റിലീസ്*"),
    story_words=split(
        "കഥ*|ജീവിത*|യുവ*|യുവാവ്*|യുവതി*|സ്ത്രീ*|പെൺകുട്ടി*|ആൺകുട്ടി*|കുടുംബ*|അച്ഛൻ*|അമ്മ*|"
        "മകൻ*|മകൾ*|സഹോദര*|ഭർത്താവ്*|ഭാര്യ*|പ്രണയ*|സ്നേഹ*|സുഹൃത്ത്*|ഗ്രാമ*|നഗര*"
    ),
    notice_words=split("കോവിഡ്*|കൊറോണ*|പകർപ്പവകാശ*"),
    pronouns=split("അദ്ദേഹം|ഇദ്ദേഹം|അവൻ|അവൾ|അവർ"),
    clause_words=split("ഉള്ള|ഉണ്ട്|ഇല്ല|അവിടെ|ഇവിടെ|എന്ന്|എല്ലാം|പിന്നെ|ആയ|ഒന്ന്|രണ്ട്|മൂന്ന്|എന്നാണ്|അല്ല"),
    this_words=split("ഈ|ആ"),  # this, that
    release_verbs=split("റിലീസ്|പുറത്തിറങ്ങ"),
    #: the locative glued to a year ("2019ൽ പുറത്തിറങ്ങിയ": released in 2019)
    year_words=split("ൽ"),
    year_endings=split("ൽ"),
    #: words of acting beside an actor's name: acting, role, character, star cast (stems)
    acting_words=split("അഭിനയ|വേഷ|കഥാപാത്ര|താരനിര"),
    comment_headings=split("അഭിപ്രായങ്ങൾ|കമന്റുകൾ"),
)
