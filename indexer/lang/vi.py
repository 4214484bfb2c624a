"""Vietnamese."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="vi",
    family_name_first=True,
    country_names=coded(MO="ma cao", SU="liên xô", CS="tiệp khắc", YU="nam tư"),
    labels=table(
        title="tên phim|tựa đề",
        original_title="tên gốc",
        year="năm|năm sản xuất|năm phát hành|năm ra mắt",
        release="khởi chiếu|ngày khởi chiếu|công chiếu",
        directors="đạo diễn",
        writers="biên kịch|kịch bản",
        cast="diễn viên|diễn viên chính|dàn diễn viên",
        cinematography="quay phim",
        music="âm nhạc",
        producers="nhà sản xuất|sản xuất",
        countries="quốc gia|nước sản xuất",
        genres="thể loại",
        runtime="thời lượng",
        languages="ngôn ngữ",
        synopsis="nội dung|tóm tắt|nội dung phim|tóm tắt nội dung|cốt truyện|giới thiệu phim",
        awards="giải thưởng",
        editing="dựng phim",
    ),
    directed_by=split("của đạo diễn|do đạo diễn|đạo diễn|được đạo diễn bởi|đạo diễn bởi"),
    starring=split(
        "nghệ sĩ|"
        "với sự tham gia của|diễn viên|diễn viên chính|với sự góp mặt của|có sự tham gia của|"
        "có sự góp mặt của|dàn diễn viên gồm"
    ),
    director_nouns=split("đạo diễn|nhà làm phim"),
    # "do Angelina Jolie đạo diễn", "X làm đạo diễn": the name before the verb
    directed_after=split("đạo diễn"),
    first_person=split("tôi"),
    minutes=split("phút"),
    hours=split("giờ"),
    colour_words=split("màu|đen trắng"),
    genres=genre_table(
        **{"Children's Film": "phim thiếu nhi"},
        Feature_Film="phim truyện",
        Drama="chính kịch|tâm lý",
        Comedy="hài",
        Horror="kinh dị|phim ma",
        Documentary="tài liệu",
        Animation="hoạt hình",
        Thriller="giật gân|ly kỳ",
        Romance="lãng mạn|phim tình cảm",
        Action="hành động",
        Crime="tội phạm|hình sự",
        Science_Fiction="khoa học viễn tưởng|viễn tưởng",
        Fantasy="giả tưởng|kỳ ảo",
        War="chiến tranh",
        Music="âm nhạc|ca nhạc|nhạc kịch",
        Biography="tiểu sử",
        History="lịch sử",
        Family="gia đình",
        Adventure="phiêu lưu",
        Western="cao bồi",
        Short="phim ngắn",
        Road_Movie="phim hành trình|road movie",
        Black_Comedy="hài đen",
        Tragicomedy="bi hài",
        Romantic_Comedy="hài lãng mạn",
        Detective="trinh thám",
        Period_Drama="cổ trang",
        Martial_Arts="võ thuật",
        Sports="thể thao",
    ),
    conjunctions=split("và"),
    film_plurals=split("những bộ phim|các bộ phim|những phim|các phim"),
    institution_words=split(
        "liên hoan|festival|viện|học viện|giải|giải thưởng|lưu trữ|trường|quỹ|trung tâm|hội|"
        "tuần|ngày hội|hạng mục"
    ),
    film_words=split("phim|bộ phim"),
    film_of=split("của"),
    review_words=split("đánh giá"),
    trailer_words=split("trailer"),
    titled=split("có tên|mang tên"),
    is_a=split("là một"),
    plays=split("trong vai|vào vai|đóng vai|thủ vai"),
    # "Linh Phụng (Isaac vào vai)": the actor in parentheses after the character, then the verb
    role_marks=split("vào vai|thủ vai|đóng vai|trong vai"),
    speech_verbs=split(
        "nói|cho biết|khẳng định|đánh giá|mô tả|ca ngợi|bày tỏ|"
        "viết|nhận xét|cho rằng|nhận định|nhấn mạnh|khen ngợi|bình luận|đưa ra nhận định"
    ),
    event_words=split(
        "công chiếu|ra mắt|trình chiếu|liên hoan phim|liên hoan|rạp|vé|hôm nay|tối nay|"
        "tranh giải|chương trình|phòng vé|khởi chiếu"
    ),
    story_words=split(
        "câu chuyện|kể về|kể lại|theo chân|cuộc sống|cuộc đời|sống|trẻ|người phụ nữ|cô gái|"
        "chàng trai|cậu bé|cô bé|gia đình|cha|mẹ|con trai|con gái|anh trai|em gái|chồng|vợ|"
        "tình yêu|bạn bè|phát hiện|quyết định|ngôi làng|thành phố|tuổi thơ"
    ),
    notice_words=split("covid*|đại dịch|bản quyền thuộc về"),
    quote_in=split("trên|cho|của|tại"),
    respectively=split("lần lượt"),
    press_words=split("giới phê bình|các nhà phê bình|báo chí|truyền thông|phóng viên|nhà báo"),
    critic_roles=split(
        "nhà phê bình|nhà phê bình phim|nhà phê bình điện ảnh|cây bút phê bình|cây bút|cây viết"
    ),
    # he, she: the respectful third person ("Ông viết: …")
    quote_pronouns=split("ông|bà|ông ấy|bà ấy|anh ấy|cô ấy"),
    read_also=split("xem thêm|đọc thêm|tin liên quan"),
    # People's Artist, Meritorious Artist (state titles written before an artist's name)
    honorifics=split("NSND|NSƯT|NSUT|NNƯT"),
    acting_words=split(
        "thủ vai|vào vai|đóng vai|nữ diễn viên chính xuất sắc|nam diễn viên chính xuất sắc"
    ),
    release_verbs=split("ra mắt|phát hành|khởi chiếu|công chiếu|sản xuất"),
    year_words=split("năm|vào năm"),
    comment_headings=split("bình luận"),
    quote_according=split("theo|theo nhận xét của|theo đánh giá của"),
    outlet_kinds=split("trang|tạp chí|trang web|kênh|báo|trang tin|tờ|tờ báo"),
    other_words=split(
        "khác|thêm|cùng chuyên mục|liên quan|mới nhất|tiếp theo|trước đó|tương tự|đề xuất|đọc nhiều"
    ),
    section_headings=split("đánh giá|bình luận|kết luận|đọc thêm|tin mới nhất|tin liên quan"),
)
