"""Chinese (simplified and traditional)."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="zh",
    labels=table(
        title="片名|中文名|影片名称",
        original_title="原名|原片名|外文名",
        alt_title="英文名|英文片名",
        year="年份|出品年份|制片年份|製片年份",
        release="上映日期|上映时间|首映",
        directors="导演|導演",
        writers="编剧|編劇",
        cast="主演|演员|演員|主要演员|主要演員",
        cinematography="摄影|攝影",
        editing="剪辑|剪輯",
        music="配乐|配樂|音乐|音樂",
        sound="录音|錄音|音效",
        production_design="美术|美術",
        costume_design="服装",
        producers="制片|制片人|製片|監製|监制",
        companies="制片商|製作公司|出品公司|製作|制作",
        countries="国家|國家|产地|產地|制片国家|製片國家|出品国|國家/地區|制片国家/地区",
        genres="类型|類型",
        runtime="片长|片長|时长|時長",
        languages="语言|語言|對白",
        synopsis="剧情简介|劇情簡介|劇情概述|剧情概述|简介|簡介|剧情|劇情",
        awards="获奖|獲獎",
        press="媒体评价",
        ignore="发行商|發行商|预算|預算|票房|统筹|上映及发行|电影海报|基本资料",
    ),
    directed_by=split("导演|導演|执导|執導"),
    starring=split("主演"),
    director_nouns=split("导演|導演"),
    directed_after=split("导演|導演"),
    starring_after=split("領銜主演|领衔主演|主演"),
    conjunctions=split("和|及|与|與"),
    minutes=split("分钟|分鐘|分"),
    hours=split("小时|小時"),
    genres=genre_table(
        Drama="剧情|劇情|劇情長片|劇情片|剧情片|剧情长片",
        Comedy="喜剧|喜劇|喜劇片|喜剧片",
        Horror="恐怖|恐怖片",
        Animation="动画|動畫|動畫片|动画片",
        Documentary="纪录片|紀錄片",
        Romance="爱情|愛情",
        Action="动作|動作",
        Adventure="冒险|冒險",
        Crime="犯罪",
        Fantasy="奇幻",
        History="历史|歷史",
        Music="音乐|音樂|歌舞",
        Mystery="悬疑|懸疑",
        Science_Fiction="科幻",
        Sports="体育",
        Thriller="惊悚|驚悚",
        War="战争|戰爭",
        Western="西部",
        Biography="传记|傳記",
        Family="家庭",
    ),
    film_words=split("电影|電影|影片"),
    review_words=split("影评|影評"),
    tagline_headings=split("宣传语"),
    event_words=split(
        "首映|上映|放映|映画祭|电影节|電影節|影展|影院|戲院|院线|院線|票房|购票|購票|今天|"
        "今晚|竞赛|競賽|单元|單元|节目|節目|展映|公映|定档|定檔"
    ),
    story_words=split(
        "故事|讲述|講述|描述|描写|描寫|人生|生活|青年|少女|少年|女人|男人|女子|男子|家庭|"
        "家人|父亲|父親|母亲|母親|儿子|兒子|女儿|女兒|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|爱情|"
        "愛情|朋友|发现|發現|决定|決定|村庄|村莊|小镇|小鎮|主人公|主角|女主角|男主角"
    ),
    notice_words=split("新冠|疫情|版权所有|版權所有|未经授权|未經授權"),
)
