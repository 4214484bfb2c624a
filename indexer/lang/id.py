"""Indonesian (Malay is :mod:`indexer.lang.ms`)."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="id",
    country_names=coded(SU="uni soviet", CS="cekoslowakia"),
    labels=table(
        title="judul|judul film",
        original_title="judul asli",
        year="tahun|tahun produksi|tahun rilis|tahun tayang",
        release="tanggal rilis|rilis|tayang",
        directors="sutradara|disutradarai oleh|pengarah",
        writers="penulis|penulis skenario|skenario",
        cast="pemain|pemeran|bintang|dibintangi|para pemain|pemeran utama|pemain utama",
        cinematography="sinematografi",
        editing="penyunting",
        music="musik",
        producers="produser|produksi",
        countries="negara",
        genres="genre|jenis film",
        runtime="durasi|lama tayang|waktu tayang",
        languages="bahasa",
        synopsis="sinopsis|ringkasan|alur cerita|jalan cerita",
        awards="penghargaan",
    ),
    directed_by=split(
        "disutradarai oleh|disutradarai|diarahkan oleh|garapan sutradara|karya sutradara|arahan|"
        "besutan|garapan|film karya"
    ),
    written_by=split("ditulis oleh"),
    starring=split("aktor|aktris|dibintangi oleh|dibintangi|dengan pemain|diperankan oleh"),
    honorifics=split("Bapak|Ibu|Saudara|Saudari"),
    plays=split("sebagai|memerankan"),
    role_of=split("yang diperankan oleh|diperankan oleh"),
    director_nouns=split("sutradara|sineas"),
    first_person=split("saya|aku|kami|kita"),
    minutes=split("menit|min"),
    hours=split("jam"),
    months=split(
        "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    ),
    colour_words=split("berwarna|hitam putih"),
    genres=genre_table(
        **{"Children's Film": "film anak|film anak-anak"},
        Feature_Film="film fiksi|film cerita",
        Christmas_Film="film natal",
        Youth_Film="film remaja",
        Political_Film="film politik",
        Gangster_Film="film gangster",
        Disaster_Film="film bencana",
        Superhero_Film="film superhero|pahlawan super",
        Spy="film mata-mata",
        Propaganda_Film="film propaganda",
        Science_Fiction="fiksi ilmiah",
        Romance="cinta|romantis",
        Action="aksi|laga",
        Drama="drama",
        Comedy="komedi",
        Horror="horor|seram|film hantu",
        Documentary="dokumenter|film dokumenter",
        Thriller="thriller",
        Animation="animasi",
        Crime="kriminal",
        Fantasy="fantasi",
        War="perang",
        Western="western|koboi",
        Music="musikal",
        Biography="biografi|biopik",
        History="sejarah",
        Family="keluarga",
        Adventure="petualangan",
        Mystery="misteri|mistery",
        Family_Drama="drama keluarga",
        Black_Comedy="komedi gelap",
        Romantic_Comedy="komedi romantis",
        Historical_Drama="drama sejarah",
        Biopic="biopik",
        Melodrama="melodrama",
        Short="film pendek",
        Road_Movie="road movie",
        Tragicomedy="tragikomedi",
        Psychological_Thriller="thriller psikologis",
        Supernatural_Horror="horor supranatural|horor supernatural",
        Parody="parodi",
        Sports="film olahraga|olahraga",
    ),
    conjunctions=split("dan"),
    cinema_words=split("perfilman"),
    production_words=split("produksi"),
    film_plurals=split("film-film"),
    award_words=split("terbaik"),
    institution_words=split(
        "festival|institut|akademi|penghargaan|piala|anugerah|arsip|sekolah|yayasan|pusat|"
        "asosiasi|pekan|kategori"
    ),
    film_words=split("filem|film"),
    film_of=split("karya|garapan|arahan"),
    review_words=split("ulasan|resensi"),
    trailer_words=split("trailer"),
    is_a=split("adalah"),
    titled=split("berjudul|bertajuk"),
    press_headings=split("pers"),
    # he, she: the third person beside a verb of saying after a quotation
    quote_pronouns=split("dia|ia|beliau"),
    speech_verbs=split(
        "mengungkapkan|menuliskan|berpendapat|menyebutkan|mengomentari|menjelaskan|tuturnya|"
        "ungkapnya|jelasnya|imbuhnya|tambahnya|pujinya|"
        "menulis|mengatakan|menyebut|menyebutnya|menggambarkan|menggambarkannya|menambahkan|"
        "ujar|ujarnya|tulis|tulisnya|kata|katanya|menilai|menyatakan|memuji"
    ),
    event_words=split(
        "pemutaran|diputar|tayang|penayangan|premier*|festival*|di bioskop|bioskop|tiket|"
        "hari ini|malam ini|kompetisi|program|box office|rilis"
    ),
    story_words=split(
        "cerita*|berkisah|bercerita|mengisahkan|kisah|mengikuti|kehidupan|hidup|muda|wanita|"
        "perempuan|gadis|pria|laki-laki|anak laki-laki|keluarga|ayah|ibu|putra|putri|kakak|"
        "adik|suami|istri|sahabat|teman|menemukan|memutuskan|harus|desa|kota|masa kecil|"
        "jatuh cinta|tokoh utama|protagonis"
    ),
    notice_words=split("arsip|covid*|korona|pandemi|hak cipta dilindungi"),
    quote_in=split("di|untuk|dari|dilansir|dilansir dari"),
    outlet_kinds=split("majalah|situs|harian|surat kabar|portal|laman"),
    respectively=split("masing-masing|berturut-turut"),
    press_words=split("kritikus|ulasan|pers|media|wartawan|jurnalis"),
    critic_roles=split(
        "pengamat film|resensor|kritikus|kritikus film|kolumnis|pengulas|pengulas film"
    ),
    read_also=split("baca juga|lihat juga|simak juga|baca selengkapnya"),
    film_openings=split("ini adalah"),
    genre_endings=split("nya|lah|pun"),
    acting_words=split("memerankan|berperan sebagai|perannya|aktris terbaik|aktor terbaik"),
    lead_words=split("pemeran utama|pemeran utamanya"),
    relative_pronouns=split("yang"),
    release_verbs=split("dirilis|ditayangkan|diproduksi"),
    #: "film laga Indonesia tahun 2019" (an Indonesian action film of 2019)
    year_from=split("tahun|keluaran tahun|rilisan tahun|produksi tahun"),
    comment_headings=split("komentar|tinggalkan komentar"),
    # language coverage audit: a cue table the module lacked
    year_words=split("tahun|pada tahun"),
    quote_according=split("menurut"),
    other_words=split(
        "lainnya|lain|lebih banyak|terkait|berkaitan|terbaru|terkini|selanjutnya|sebelumnya|"
        "serupa|rekomendasi|terpopuler"
    ),
    section_headings=split("ulasan|resensi|kesimpulan|berita terkini|terbaru|bagikan"),
    genre_adjectives=genre_table(Drama="dramatis"),
    unstemmed_genres=split("parodi"),
    genre_everyday_words=split("cinta"),
)
