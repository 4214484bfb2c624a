"""Korean."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="ko",
    starring=split("배우|주연 배우|출연 배우"),
    country_names=coded(
        DE_W="서독",
        DE_E="동독",
        PS="팔레스타인",
        KR="한국|남한",
        HK="홍콩",
        MO="마카오",
        SU="소련",
        GB_ENG="잉글랜드",
        CS="체코슬로바키아",
        YU="유고슬라비아",
    ),
    labels=table(
        title="제목|영화명",
        original_title="원제",
        year="제작년도|제작연도|제작 연도|연도|개봉연도|개봉년도",
        release="개봉|개봉일",
        directors="감독|연출",
        writers="각본|각본가",
        cast="주연|출연|배우|캐스트|출연진",
        cinematography="촬영",
        editing="편집",
        music="음악",
        sound="사운드|음향",
        production_design="미술",
        producers="프로듀서",
        companies="제작|제작사",
        countries="국가|제작국가",
        genres="장르",
        runtime="상영시간|상영 시간|러닝타임|러닝 타임",
        languages="언어",
        synopsis="줄거리|시놉시스|작품 소개|작품소개|영화 소개|영화소개",
        awards="수상|수상내역",
        press="평론",
        ignore="평점|관람등급",
    ),
    director_nouns=split("감독|감독인|영화감독|영화감독인"),
    directed_after=split("감독|연출한|연출을 맡은|메가폰을 잡은"),
    #: words written before the role word that qualify it, no name ("천재 감독": a genius
    #: director; senior, newcomer, master, veteran, woman, native of)
    role_qualifiers=split("천재|선배|신인|거장|명장|베테랑|여성|출신"),
    starring_after=split("배우|주연|출연"),
    role_marks=split("분|역"),
    role_of=split("역의|역을 맡은"),
    first_person=split("저는|나는|제가|내가|우리는|우리가"),
    minutes=split("분"),
    hours=split("시간"),
    colour_words=split("컬러|흑백"),
    genres=genre_table(
        **{"Children's Film": "어린이 영화|아동 영화"},
        Feature_Film="극영화",
        Christmas_Film="크리스마스 영화",
        Youth_Film="청춘영화",
        Literary_Adaptation="문예영화",
        Propaganda_Film="선전영화|반공영화|계몽영화",
        Political_Film="정치영화",
        Gangster_Film="갱스터|조폭영화",
        Disaster_Film="재난영화",
        Martial_Arts="무협영화",
        Superhero_Film="슈퍼히어로",
        Spy="첩보영화",
        Mockumentary="모큐멘터리",
        Drama="드라마|드라마 장편",
        Comedy="코미디",
        Horror="공포|호러",
        Animation="애니메이션",
        Documentary="다큐멘터리|다큐",
        Thriller="스릴러|서스펜스",
        Romance="멜로|로맨스",
        Action="액션",
        Adventure="모험|어드벤처",
        Crime="범죄",
        Family="가족",
        Fantasy="판타지",
        History="역사",
        Music="음악|뮤지컬",
        Mystery="미스터리|미스테리",
        Science_Fiction="공상과학|공상 과학|사이언스 픽션",
        Sports="스포츠",
        War="전쟁",
        Short="단편",
        Western="웨스턴|서부극",
        Biography="전기",
        Biopic="전기 영화|전기영화",
        Black_Comedy="블랙 코미디|블랙코미디",
        Road_Movie="로드무비|로드 무비",
        Space_Opera="스페이스 오페라",
        Romantic_Comedy="로맨틱 코미디",
        Detective="탐정",
        Melodrama="멜로드라마",
        Film_Noir="누아르|느와르",
        Psychological_Drama="심리 드라마|심리극",
        Tragicomedy="비희극",
        Historical_Drama="사극|역사 드라마",
        Psychological_Thriller="심리 스릴러",
        Parody="패러디",
        Silent="무성영화",
    ),
    #: "로맨틱 스릴러" (a romantic thriller), beside a genre word or the word for film
    genre_adjectives=genre_table(Romance="로맨틱"),
    film_plurals=split("영화들|작품들"),
    institution_words=split(
        "영화제|축제|시상식|아카데미|협회|조합|연구소|재단|학교|센터|아카이브|자료원|주간|부문"
    ),
    film_words=split("영화"),
    #: "is a", "was a", "as a" (film): "스릴러 영화이다", "공포 영화로 제작되었다"
    film_word_endings=split("이다|다|였다|인|로|으로|로서|이며|이자"),
    coproduction_words=split("합작|공동 제작"),
    press_words=split("언론|외신|기자|매체|평단|비평|신문|잡지"),
    critic_roles=split(
        "평론가|영화평론가|영화 평론가|칼럼니스트|영화 칼럼니스트|"
        "평론가인|영화평론가인|영화 평론가인|칼럼니스트인|영화 칼럼니스트인"
    ),
    honorifics_after=split("씨|님"),
    outlet_anaphora=split("이 신문|이 매체|이 잡지|해당 매체|신문|매체"),
    press_nouns=split("신문|일보|뉴스|방송|매거진|리뷰|저널|타임스|기자|평론가|영화|씨네"),
    quotatives=split("라고|이라고|고|고도|라며|이라며|며|라는|이라는|는"),
    topic_particles=split("은|는|도|역시|또한"),
    outlet_kinds=split(
        "일간지|일간|주간지|월간지|매체|전문 매체|전문매체|영화전문매체|전문지|영화전문지|언론|"
        "외신|잡지|웹진|사이트|일간지인|전문지인|영화전문지인|매체인|전문매체인|잡지인"
    ),
    review_verbs=split("평했|평과|평을|평가|호평|극찬|혹평|찬사|적었"),
    conjunctions=split("및|와|과"),
    # "-한" (a modifier: "다양한"), "-적" ("-ic"), "-고"/"-게" (clauses, adverbs), "등" (etc.)
    non_name_endings=split("한|적|하고|되고|하게|되게|스러운|등|하며|며"),
    list_ends=split("등이|등은|등도|등과|등의|등을|등"),
    review_words=split("리뷰"),
    trailer_words=split("예고편"),
    event_words=split(
        "개봉|상영|시사회|영화제|극장|예매|티켓|오늘|오늘밤|경쟁|부문|프로그램|관객|"
        "박스오피스|무대인사|기획전"
    ),
    story_words=split(
        "이야기|그린다|그린 |그리는|담았다|담은|인생|삶|살아가|청년|소녀|소년|여자|남자|여성|"
        "가족|아버지|어머니|엄마|아빠|아들|딸|형|언니|오빠|누나|남편|아내|사랑|친구|발견|"
        "결심|마을|세계와 마주|주인공"
    ),
    notice_words=split("코로나|팬데믹|무단 전재|무단전재|재배포 금지|저작권"),
    made_words=split("작|작품|제작|영화"),
    genre_endings=split("다|는|은|를|을|가|이|의|로|으로|에|에서|와|과|도|이다|였다|인|물|적"),
    release_verbs=split("개봉|제작"),
    comment_headings=split("댓글|덧글"),
    adverb_endings=split("게|하고|되고|이고|하며|되며|으로|적으로|하면서|하여|해서"),
    other_words=split("다른|더보기|관련|관련 기사|최신|다음|이전|추천|많이 본"),
)
