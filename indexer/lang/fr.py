"""French."""

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="fr",
    labels=table(
        title="titre",
        original_title="titre original",
        alt_title="titre international",
        year="année|année de production|annee",
        release="sortie|date de sortie|sortie en salles",
        directors="réalisation|réalisateur|réalisatrice|un film de|réalisé par|mise en scène",
        writers="scénario|scenario|scénaristes|scénariste|d après",
        cast="avec|interprétation|distribution artistique|acteurs|interprètes|casting",
        cinematography="image|photographie|directeur de la photographie|chef opérateur",
        editing="montage",
        music="musique|musique originale",
        sound="son",
        production_design="décors|decors",
        art_direction="direction artistique",
        costume_design="costumes",
        producers="producteur|producteurs|production déléguée",
        executive_producers="producteur exécutif",
        countries="pays|pays de production|origine|nationalité",
        genres="genre|genres",
        runtime="durée|duree",
        languages="langue|langues|version|langue originale",
        synopsis="synopsis|résumé|resume|l histoire|histoire",
        awards="prix|récompenses|distinctions",
        press="extraits de presse|la presse|revue de presse|critiques",
        ignore="distributeur|sous titres|séances|tarif|horaires|salle",
    ),
    directed_by=split("un film de|réalisé par|film de|de et avec|mis en scène par"),
    written_by=split("écrit par|scénario de"),
    starring=split("avec|interprété par"),
    director_nouns=split("réalisateur|réalisatrice|cinéaste|le réalisateur|la réalisatrice"),
    minutes=split("min|minutes|mn"),
    hours=split("h|heure|heures"),
    months=split(
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
        "octobre|novembre|décembre|decembre"
    ),
    genres=genre_table(
        Drama="drame|dramatique",
        Comedy="comédie|comedie",
        Documentary="documentaire",
        Animation="animation|film d animation",
        Horror="épouvante|horreur",
        Romance="romance",
        Thriller="policier",
    ),
    conjunctions=split("et"),
    film_words=split("film|long métrage|documentaire"),
    by=split("de|par"),
)
