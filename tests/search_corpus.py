"""A small corpus of editor Markdown films for the search, build and merge tests."""

from __future__ import annotations

from pathlib import Path

FILMS: dict[str, str] = {
    "return-to-dust.md": """---
title: Return to Dust
original_title: Yin Ru Chen Yan
year: 2022
directors: [Li Ruijun]
cast: [Wu Renlin, Hai Qing]
countries: [China]
genres: [Drama, Romance]
runtime: 133
languages: [Mandarin]
quotes:
  - text: "It's a gorgeous, quietly affecting film that finds an unassuming beauty in this simple life in rural China."
    critic: Wendy Ide
    outlet: Guardian
  - text: "An absorbing, beautifully framed drama."
    outlet: Variety
---
Two lonely, middle-aged people are pushed into an arranged marriage in rural Gansu and build a home together.
""",
    "dust.md": """---
title: Dust
year: 2001
directors: [Milcho Manchevski]
countries: [North Macedonia, United Kingdom]
genres: [Western, Drama]
---
An old woman tells a burglar the story of two brothers; the film returns again and again to dust and gold.
""",
    "amelie.md": """---
title: Amélie
original_title: Le Fabuleux Destin d'Amélie Poulain
year: 2001
directors: [Jean-Pierre Jeunet]
countries: [France]
genres: [Comedy, Romance]
quotes:
  - text: "A film so filled with joy that it is quietly affecting in its own whimsical way."
    critic: Roger Ebert
    outlet: Chicago Sun-Times
---
A shy waitress in Montmartre decides to change the lives of the people around her, quietly and affectingly.
""",
    "volver.md": """---
title: Volver
year: 2006
directors: [Pedro Almodóvar]
countries: [Spain]
genres: [Drama, Comedy]
---
Raimunda, her sister and their mother's ghost return to the windy village of La Mancha.
""",
    "seven-samurai.md": """---
title: Seven Samurai
original_title: Shichinin no samurai
year: 1954
directors: [Akira Kurosawa]
cast: [Toshiro Mifune, Takashi Shimura]
countries: [Japan]
genres: [Action, Drama]
---
Farmers hire seven masterless samurai to defend their village against bandits.
""",
    "rashomon.md": """---
title: Rashomon
year: 1950
directors: [Akira Kurosawa]
cast: [Toshiro Mifune, Machiko Kyo]
countries: [Japan]
genres: [Drama, Mystery]
---
Four witnesses give contradictory accounts of a samurai's murder in the forest.
""",
    "a-sun.md": """---
title: 陽光普照
alt_titles: [A Sun]
year: 2019
directors: [Chung Mong-hong]
countries: [Taiwan]
genres: [Drama]
---
陽光普照是一部家庭劇情片。A family is torn apart when the younger son is jailed.
""",
    "untitled-short.md": """---
title: Untitled Short
directors: [Anonymous]
genres: [Short]
---
A short film whose year no source gives.
""",
    "hostile.md": """---
title: "<script>alert(1)</script> Night"
year: 1999
directors: ["<b>Bold</b> Director"]
countries: [France]
genres: [Thriller]
quotes:
  - text: "<img src=x onerror=alert(1)> a night of {{ 7*7 }} terror"
    critic: "<i>Critic</i>"
    outlet: "javascript:alert(1)"
---
A night of terror: <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a link</a> {{ 7*7 }}.
""",
}


def write_corpus(folder: Path, films: dict[str, str] | None = None) -> Path:
    """Write the films as Markdown files under ``folder/films`` and return ``folder``."""
    target = folder / "films"
    target.mkdir(parents=True, exist_ok=True)
    for name, text in (films or FILMS).items():
        (target / name).write_text(text, "utf-8")
    return folder
