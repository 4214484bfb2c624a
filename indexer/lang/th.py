"""Thai."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="th",
    labels=table(
        title="ชื่อเรื่อง|ชื่อภาพยนตร์",
        original_title="ชื่อเรื่องต้นฉบับ",
        year="ปี|ปีที่ฉาย",
        release="วันที่เข้าฉาย|วันเข้าฉาย|เข้าฉาย",
        directors="ผู้กำกับ|กำกับ|กำกับโดย",
        writers="บทภาพยนตร์|ผู้เขียนบท",
        cast="นักแสดง|นำแสดงโดย|ผู้แสดง",
        producers="ผู้อำนวยการสร้าง|อำนวยการสร้าง",
        countries="ประเทศ",
        genres="ประเภท|แนว",
        runtime="ความยาว|เวลาฉาย",
        languages="ภาษา",
        synopsis="เรื่องย่อ",
    ),
    directed_by=split("กำกับโดย|ผลงานกำกับของ|ผู้กำกับ"),
    starring=split("นำแสดงโดย"),
    director_nouns=split("ผู้กำกับ"),
    minutes=split("นาที"),
    hours=split("ชั่วโมง|ชม"),
    months=split(
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    ),
    genres=genre_table(
        Thriller="ระทึกขวัญ",
        Science_Fiction="ไซไฟ|นิยายวิทยาศาสตร์|วิทยาศาสตร์",
        Drama="ดราม่า",
        Comedy="ตลก|คอมเมดี้",
        Horror="สยองขวัญ",
        Romance="โรแมนติก",
        Action="แอ็คชั่น|แอคชั่น",
    ),
    conjunctions=split("และ"),
    film_words=split("ภาพยนตร์|หนัง|หนังเรื่อง"),
)
