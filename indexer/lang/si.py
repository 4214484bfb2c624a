"""Sinhala (words holding a virama are listed with and without the zero-width joiner that
Sinhala text often writes after it: "අධ්‍යක්ෂ", "අධ්යක්ෂ")."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table


def _joined(words: str) -> str:
    """``words`` and, for each word holding a virama and a zero-width joiner, the spelling
    without the joiner."""
    forms = split(words)
    return "|".join(dict.fromkeys([*forms, *(w.replace("\u200d", "") for w in forms)]))


DATA = Language(
    critic_roles=split("විචාරක|චිත්‍රපට විචාරක"),
    code="si",
    era_offset=544,
    country_names=coded(HK="හොංකොං"),
    verb_final=True,
    starring_after=split("රංගනයෙන්"),
    #: actor, actress before a name ("ජනප්‍රිය නළු අජ්මල් අමීර්")
    starring=split("නළු|නිළිය"),
    labels=table(
        title="මාතෘකාව",
        year="වර්ෂය",
        directors=_joined("අධ්‍යක්ෂණය|අධ්‍යක්ෂ|අධ්‍යක්ෂක"),
        writers="තිර රචනය",
        cast=_joined("රංගනය|නළු නිළියන්|රංගන ශිල්පීන්"),
        music="සංගීතය",
        producers="නිෂ්පාදනය|නිෂ්පාදක",
        countries="රට",
        runtime="ධාවන කාලය",
        languages="භාෂාව",
        synopsis="සාරාංශය|කතා සාරාංශය|කතාව",
        genres="ප්‍රභේදය|වර්ගය",
    ),
    directed_after=split(
        # "අනුරාග් බාසුගේ අධ්‍යක්ෂණයකි": is a direction of A
        _joined(
            "ගේ අධ්‍යක්ෂණයෙන්|ගේ අධ්‍යක්ෂණයකි|අධ්‍යක්ෂණය කළ|අධ්‍යක්ෂණය කරන ලද|"
            # "directed by" (the agent's postposition), "was directed", "having been directed"
            "විසින් අධ්‍යක්ෂණය කළ|විසින් අධ්‍යක්ෂණය කරන ලද|විසින් අධ්‍යක්ෂණය කෙරුණු|"
            "අධ්‍යක්ෂණය කෙරුණු|අධ්‍යක්ෂණය කරන ලදුව"
        )
    ),
    #: the director (a stem), the director (a person, definite), the woman director
    director_nouns=split(_joined("අධ්‍යක්ෂ|අධ්‍යක්ෂවරයා|අධ්‍යක්ෂිකාව|අධ්‍යක්ෂක")),
    first_person=split("මම|අපි"),
    minutes=split("මිනිත්තු|විනාඩි"),
    hours=split("පැය"),
    months=cldr_months("si"),
    genres=genre_table(
        Comedy=_joined("හාස්‍ය"),
        Drama=_joined("නාට්‍ය"),
        Documentary=_joined("වාර්තා චිත්‍රපට"),
        Thriller=_joined("ත්‍රාසජනක"),
        Romance=_joined("ප්‍රේම"),
        Animation="සජීවිකරණ",
        History="ඓතිහාසික",
        Short=_joined("කෙටි චිත්‍රපට"),
        Action=_joined("ක්‍රියාදාම"),
        Adventure=_joined("වික්‍රමාන්විත"),
        Crime="අපරාධ",
        Horror="භීෂණ|බිහිසුණු",
        Fantasy="ෆැන්ටසි",
        Music="සංගීත",
        Science_Fiction=_joined("විද්‍යා ප්‍රබන්ධ"),
        War="යුද",
        Family="පවුල්",
        Biography="චරිතාපදාන",
        Sports=_joined("ක්‍රීඩා"),
        Western="වෙස්ටර්න්",
    ),
    conjunctions=split("සහ"),
    #: by, as, with, and, for, about, from, until; did, done, was; this, that; the honorifics
    #: written after a name (Mr, Mrs, the learned's): no word of a name
    postpositions=split(
        "මහතා|මහත්මිය|සූරීන්|"
        "විසින්|විසින්ම|ලෙස|සමඟ|සමග|හා|සඳහා|පිළිබඳ|ගැන|සිට|දක්වා|නිසා|හරහා|කළ|කරන|කරන ලද|ලද|වූ|මේ|මෙම|එම|ඒ|බව"
    ),
    #: he, she, they: no one's name ("ඔහු විසින්ම අධ්‍යක්ෂණය කෙරුණු": directed by him himself)
    pronouns=split("ඔහු|ඇය|ඔවුන්"),
    #: Mr, Mrs and the learned's honorific written after a name ("සුනිල් ආරියරත්න මහතා")
    honorifics_after=split("මහතා|මහත්මිය|සූරීන්"),
    film_words=split(_joined("චිත්‍රපටය|චිත්‍රපටි|සිනමාපටය")),
    event_words=split("මංගල දර්ශන*|දර්ශන*|උළෙල*|සිනමා ශාලා*|ටිකට්*|අද|අද රාත්‍රී|තරඟ*|වැඩසටහන*"),
    story_words=split(
        "කතාව*|කතා*|ජීවිත*|තරුණ*|කාන්තාව*|ගැහැණු*|පිරිමි*|පවුල*|පියා*|මව*|පුතා*|දියණිය*|"
        "සහෝදර*|සැමියා*|බිරිඳ*|ආදරය*|මිතුර*|ගම*|නගර*"
    ),
    notice_words=split("කොවිඩ්*|කොරෝනා*|සියලු හිමිකම්"),
    comment_headings=split("අදහස්"),
    # language coverage audit: a cue table the module lacked
    release_verbs=split("තිරගත|නිකුත්"),
)
