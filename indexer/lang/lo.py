"""Lao."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ນັກວິຈານ"),
    code="lo",
    era_offset=543,
    country_names=coded(HK="ຮົງກົງ"),
    labels=table(
        title="ຊື່ເລື່ອງ",
        directors="ຜູ້ກຳກັບ|ກຳກັບໂດຍ|ຜູ້ກຳກັບການສະແດງ",
        cast="ນັກສະແດງ|ນັກສະແດງນຳ",
        producers="ຜູ້ຜະລິດ",
        countries="ປະເທດ",
        runtime="ຄວາມຍາວ|ໄລຍະເວລາ",
        languages="ພາສາ",
        synopsis="ເລື່ອງຫຍໍ້|ເນື້ອເລື່ອງ",
        genres="ປະເພດ",
        # language coverage audit: a field the module had no label for
        year="ປີ|ປີທີ່ສ້າງ",
        writers="ຜູ້ຂຽນ|ບົດຮູບເງົາ",
    ),
    # "ກຳກັບການສະແດງໂດຍ": the acting directed by
    directed_by=split("ກຳກັບໂດຍ|ກຳກັບການສະແດງໂດຍ"),
    #: Mr, Ms before a name
    honorifics=split("ທ້າວ|ນາງ"),
    starring=split("ນັກສະແດງ|ນຳສະແດງໂດຍ|ສະແດງໂດຍ"),
    director_nouns=split("ຜູ້ກຳກັບ"),
    minutes=split("ນາທີ"),
    hours=split("ຊົ່ວໂມງ"),
    months=cldr_months("lo"),
    conjunctions=split("ແລະ"),
    genres=genre_table(
        Drama="ດຣາມາ",
        Comedy="ຕະຫຼົກ|ຕະຫລົກ",
        Horror="ສະຫຍອງຂວັນ",
        Romance="ໂຣແມນຕິກ",
        Action="ແອັກຊັນ",
        Documentary="ສາລະຄະດີ",
        Thriller="ລະທຶກຂວັນ",
        Animation="ກາຕູນ",
        War="ສົງຄາມ",
        Family="ຄອບຄົວ",
        History="ປະຫວັດສາດ",
        Short="ຮູບເງົາສັ້ນ",
        Adventure="ຜະຈົນໄພ",
        Crime="ອາຊະຍາກຳ",
        Fantasy="ແຟນຕາຊີ",
        Mystery="ລຶກລັບ",
        Music="ດົນຕີ",
        Science_Fiction="ນິຍາຍວິທະຍາສາດ",
        Biography="ຊີວະປະຫວັດ",
        Sports="ກິລາ",
    ),
    # "ໜັງ", "ໜັງເລື່ອງ": the everyday word for a film, as Thai "หนัง"
    film_words=split("ຮູບເງົາ|ໜັງ|ໜັງເລື່ອງ"),
    event_words=split("ການສາຍ|ສາຍຮູບເງົາ|ງານບຸນ|ເທດສະການ|ໂຮງຮູບເງົາ|ປີ້|ມື້ນີ້|ການແຂ່ງຂັນ|ໂຄງການ"),
    story_words=split(
        "ເລື່ອງ|ຊີວິດ|ໄວໜຸ່ມ|ແມ່ຍິງ|ຍິງສາວ|ຊາຍໜຸ່ມ|ຄອບຄົວ|ພໍ່|ແມ່|ລູກຊາຍ|ລູກສາວ|ອ້າຍ|ເອື້ອຍ|ຜົວ|ເມຍ|ຄວາມຮັກ|ໝູ່|ບ້ານ|ເມືອງ"
    ),
    notice_words=split("ໂຄວິດ|ສະຫງວນລິຂະສິດ"),
    comment_headings=split("ຄຳເຫັນ"),
    # language coverage audit: a cue table the module lacked
    release_verbs=split("ເຂົ້າສາຍ|ອອກສາຍ"),
    #: "in the year": "ໃນປີ 2019"
    year_words=split("ປີ|ໃນປີ"),
)
