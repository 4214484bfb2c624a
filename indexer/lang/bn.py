"""Bengali."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="bn",
    country_names=coded(HK="হংকং"),
    verb_final=True,
    labels=table(
        title="শিরোনাম|নাম",
        year="সাল|বছর|মুক্তির সাল",
        directors="পরিচালক|পরিচালনা|ডিরেক্টর|ডাইরেক্টর",
        writers="চিত্রনাট্য",
        cast="অভিনয়ে|অভিনেতা|শিল্পী|অভিনয়|প্রধান অভিনেতা|অভিনেতা - অভিনেত্রী|"
        "প্রধান অভিনেতা - অভিনেত্রী|অভিনেতা-অভিনেত্রী|অভিনয়শিল্পী|অভিনেত্রী",
        music="সঙ্গীত|সংগীত",
        producers="প্রযোজক|প্রযোজনা",
        countries="দেশ",
        genres="ধরন",
        runtime="দৈর্ঘ্য|সময়",
        languages="ভাষা",
        synopsis="কাহিনী|কাহিনি|সারসংক্ষেপ|কাহিনী সংক্ষেপ|কাহিনি সংক্ষেপ|গল্প",
    ),
    directed_after=split("পরিচালিত|পরিচালনায়|পরিচালনা করেছেন"),
    starring_after=split("অভিনীত|অভিনয় করেছেন|প্রধান ভূমিকায়|মুখ্য ভূমিকায়|কেন্দ্রীয় চরিত্রে"),
    starring=split("অভিনেতা|অভিনেত্রী|অভিনেতারা|অভিনয়ে|নায়িকা"),
    director_nouns=split("পরিচালক|নির্মাতা|ডিরেক্টর|ডাইরেক্টর"),
    first_person=split("আমি|আমরা|আমার|আমাদের"),
    minutes=split("মিনিট"),
    hours=split("ঘণ্টা"),
    genres=genre_table(
        Feature_Film="কাহিনিচিত্র|কাহিনীচিত্র",
        Drama="নাটক|ড্রামা",
        Comedy="কমেডি|হাস্যরসাত্মক",
        Documentary="তথ্যচিত্র|ডকুমেন্টারি",
        Horror="ভৌতিক|হরর",
        Thriller="থ্রিলার",
        Animation="অ্যানিমেশন|অ্যানিমেটেড",
        Romance="রোমান্টিক|রোমান্স",
        Action="অ্যাকশন",
        Crime="ক্রাইম|অপরাধমূলক",
        Science_Fiction="কল্পবিজ্ঞান|বিজ্ঞান কল্পকাহিনী|সায়েন্স ফিকশন",
        Fantasy="ফ্যান্টাসি",
        War="যুদ্ধ",
        Music="মিউজিক্যাল",
        Biography="জীবনী|বায়োপিক",
        History="ঐতিহাসিক",
        Family="পারিবারিক",
        Adventure="অ্যাডভেঞ্চার",
        Western="ওয়েস্টার্ন",
        Melodrama="মেলোড্রামা",
        Short="স্বল্পদৈর্ঘ্য|শর্ট ফিল্ম",
        Road_Movie="রোড মুভি",
        Mystery="রহস্য রোমাঞ্চ",
        Sports="খেলা|ক্রীড়া",
        Detective="গোয়েন্দা",
    ),
    conjunctions=split("ও|এবং"),
    #: as, from, with, for, among, about, by, like; a, this, that, is, was: no word of a name
    postpositions=split(
        "হিসেবে|হিসাবে|থেকে|দিয়ে|দিয়ে|সঙ্গে|সাথে|জন্য|জন্যে|মধ্যে|নিয়ে|নিয়ে|দ্বারা|কাছে|পরে|আগে|মতো|প্রতি|বিষয়ে|এক|একটি|একটা|এই|সেই|ওই|যে|যা|হয়|হয়|ছিল|ছিলেন|করে|করেন|করেছেন|বলে|নয়|কিন্তু|তবে|অথবা|কিংবা"
    ),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("খুব|অত্যন্ত|ভীষণ|বেশ|দারুণভাবে|চমৎকারভাবে|সুন্দরভাবে"),
    film_plurals=split("ছবিগুলো|ছবিগুলি|চলচ্চিত্রগুলো|চলচ্চিত্রগুলি|সিনেমাগুলো"),
    institution_words=split(
        "উৎসব*|উৎসবে|ফেস্টিভ্যাল*|ইনস্টিটিউট*|একাডেমি*|পুরস্কার*|অ্যাওয়ার্ড*|আর্কাইভ*|সংসদ*|কেন্দ্র*|সপ্তাহ*"
    ),
    film_words=split("ছবি|চলচ্চিত্র|সিনেমা"),
    genitive_endings=split("ের|র"),
    review_words=split("রিভিউ|সমালোচনা"),
    months=split(
        "জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|"
        "ডিসেম্বর|জানু|এপ্রি|অক্টো|নভে|ডিসে|সেপ্ট"
    ),
    event_words=split(
        "প্রিমিয়ার*|প্রদর্শন*|উৎসব*|উৎসবে|প্রেক্ষাগৃহ*|সিনেমা হল*|টিকিট*|আজ|আজকে|প্রতিযোগিতা*|মুক্তি*"
    ),
    story_words=split(
        "গল্প*|কাহিনি*|কাহিনী*|জীবন*|তরুণ*|যুবক*|নারী*|মেয়ে*|ছেলে*|পরিবার*|বাবা*|মা|মায়ের|"
        "ভাই*|বোন*|স্বামী*|স্ত্রী*|প্রেম*|ভালোবাসা*|বন্ধু*|গ্রাম*|শহর*|শৈশব*"
    ),
    notice_words=split("কোভিড*|করোনা*|মহামারী*|সর্বস্বত্ব সংরক্ষিত"),
    critic_roles=split("সমালোচক|চলচ্চিত্র সমালোচক"),
    pronouns=split("তিনি|সে|তারা|উনি"),
    this_words=split("এই|সেই|ওই"),  # this, that
    release_verbs=split("মুক্তি"),  # "মুক্তি পায়": was released,
    #: words of acting beside an actor's name: in the role, acting, in the part
    acting_words=split("চরিত্রে|অভিনয়|ভূমিকায়"),
    comment_headings=split("মন্তব্যসমূহ|মন্তব্য"),
)
