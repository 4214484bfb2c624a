"""Korean."""

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ko",
    labels=table(
        title="제목|영화명",
        original_title="원제",
        year="제작년도|제작연도|제작 연도|연도",
        release="개봉|개봉일",
        directors="감독",
        writers="각본|각본가",
        cast="주연|출연|배우",
        cinematography="촬영",
        editing="편집",
        music="음악",
        sound="사운드|음향",
        production_design="미술",
        producers="프로듀서",
        companies="제작|제작사",
        countries="국가|제작국가",
        genres="장르",
        runtime="상영시간|러닝타임|러닝 타임",
        languages="언어",
        synopsis="줄거리|시놉시스",
        awards="수상|수상내역",
        press="평론",
    ),
    director_nouns=split("감독"),
    minutes=split("분"),
    hours=split("시간"),
    genres=genre_table(
        Drama="드라마",
        Comedy="코미디",
        Horror="공포",
        Animation="애니메이션",
        Documentary="다큐멘터리",
        Thriller="스릴러",
        Romance="멜로",
    ),
    film_words=split("영화"),
)
