"""Malay (written in Latin letters; Indonesian, its close kin, is :mod:`indexer.lang.id`)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ms",
    labels=table(
        title="tajuk|tajuk filem|judul filem",
        original_title="tajuk asal",
        year="tahun|tahun keluaran|tahun tayangan|tahun produksi",
        release="tarikh tayangan|tarikh keluaran",
        directors="pengarah|diarahkan oleh|arahan",
        writers="penulis|penulis skrip|lakon layar",
        cast="pelakon|barisan pelakon|dibintangi|pelakon utama",
        cinematography="sinematografi",
        editing="penyunting",
        music="muzik",
        producers="penerbit",
        companies="syarikat produksi",
        countries="negara",
        genres="genre",
        runtime="masa tayangan|durasi|tempoh tayangan",
        languages="bahasa",
        synopsis="sinopsis|jalan cerita|ringkasan",
        ignore="pengedar|bajet|kutipan|kutipan box office",
    ),
    directed_by=split("diarahkan oleh|arahan"),
    written_by=split("ditulis oleh"),
    starring=split("pelakon|dibintangi oleh|lakonan|dibintangi|aktor|aktres"),
    honorifics=split("Saudara|Saudari|Encik|Bro"),
    plays=split("sebagai|memegang watak|melakonkan watak"),
    director_nouns=split("pengarah"),
    first_person=split("saya|aku|kami|kita"),
    minutes=split("minit"),
    hours=split("jam"),
    months=cldr_months("ms", skip="dis"),
    colour_words=split("berwarna|hitam putih"),
    genres=genre_table(
        **{"Children's Film": "filem kanak-kanak"},
        Feature_Film="filem cereka",
        Fiction="cereka",
        Drama="drama",
        Comedy="komedi",
        Documentary="dokumentari|dokumenter",
        Horror="seram|filem hantu",
        Animation="animasi",
        Romance="cinta|romantik",
        Action="aksi",
        Crime="jenayah",
        Family_Drama="drama keluarga",
        Romantic_Comedy="komedi romantik",
        Family="keluarga",
        History="sejarah",
        Adventure="pengembaraan",
        Fantasy="fantasi",
        Mystery="misteri",
        Thriller="thriller|saspens",
        Science_Fiction="fiksyen sains|sains fiksyen",
        War="perang",
        Music="muzikal",
        Biography="biografi|biopik",
        Short="filem pendek",
        Melodrama="melodrama",
        Road_Movie="road movie",
        Black_Comedy="komedi hitam|komedi gelap",
        Tragicomedy="tragikomedi",
        Western="koboi|western",
        Historical_Drama="drama sejarah",
        Psychological_Thriller="thriller psikologi",
        Supernatural_Horror="seram supernatural|seram ghaib",
        Sports="filem sukan",
    ),
    conjunctions=split("dan"),
    production_words=split("produksi"),
    film_plurals=split("filem-filem"),
    award_words=split("terbaik"),
    institution_words=split(
        "festival|institut|akademi|anugerah|piala|arkib|sekolah|yayasan|pusat|persatuan|minggu|"
        "kategori"
    ),
    film_words=split("filem"),
    film_of=split("arahan|karya"),
    #: "filem seram Malaysia tahun 2019" (a Malaysian horror film of 2019)
    year_from=split("tahun|keluaran tahun|terbitan tahun"),
    titled=split("berjudul|bertajuk"),
    review_words=split("ulasan"),
    is_a=split("ialah|adalah"),
    event_words=split(
        "tayangan|ditayangkan|tayang|premier*|festival*|di pawagam|pawagam|tiket|hari ini|"
        "malam ini|pertandingan|program|kutipan|box office"
    ),
    story_words=split(
        "cerita*|mengisahkan|berkisar|kisah|mengikuti|kehidupan|hidup|muda|wanita|perempuan|"
        "gadis|lelaki|keluarga|bapa|ayah|ibu|anak|abang|adik|suami|isteri|sahabat|kawan|"
        "menemui|memutuskan|perlu|kampung|bandar|zaman kanak-kanak|jatuh cinta"
    ),
    notice_words=split("covid*|pandemik|hak cipta terpelihara"),
    quote_in=split("di|untuk|dari"),
    # he, she: the third person beside a verb of saying after a quotation
    quote_pronouns=split("dia|beliau"),
    speech_verbs=split("memuji|menulis|berkata|katanya|menyifatkan|menambah|ujar|tulis"),
    respectively=split("masing-masing"),
    critic_roles=split("pengkritik|pengkritik filem"),
    read_also=split("baca juga|lihat juga"),
    film_openings=split("ini adalah"),
    genre_endings=split("nya|lah|pun"),
    kin=("id",),
    acting_words=split(
        "melakonkan|memegang watak|memerankan|pelakon wanita terbaik|pelakon lelaki terbaik"
    ),
    lead_words=split("pelakon utama"),
    release_verbs=split("dihasilkan|ditayangkan"),  # produced, screened
    comment_headings=split("komen"),
    # language coverage audit: a cue table the module lacked
    year_words=split("tahun|pada tahun"),
    quote_according=split("menurut"),
    other_words=split(
        "lain|lain-lain|lebih banyak|berkaitan|terkini|terbaru|seterusnya|sebelumnya|serupa|"
        "disyorkan|popular"
    ),
    section_headings=split("ulasan|kesimpulan|berita terkini"),
    genre_adjectives=genre_table(Drama="dramatis"),
    genre_everyday_words=split("cinta"),
)
