"""Greek."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="el",
    labels=table(
        title="τίτλος",
        original_title="πρωτότυπος τίτλος",
        year="έτος|έτος παραγωγής|χρονιά",
        release="πρεμιέρα",
        directors="σκηνοθεσία|σκηνοθέτης|σκηνοθέτις",
        writers="σενάριο",
        cast="ηθοποιοί|πρωταγωνιστούν|παίζουν|ερμηνεύουν",
        cinematography="φωτογραφία|διεύθυνση φωτογραφίας",
        editing="μοντάζ",
        music="μουσική",
        sound="ήχος",
        producers="παραγωγός|παραγωγοί",
        companies="παραγωγή",
        countries="χώρα|χώρα παραγωγής",
        genres="είδος",
        runtime="διάρκεια",
        languages="γλώσσα",
        synopsis="υπόθεση|περίληψη|σύνοψη",
        awards="βραβεία|διακρίσεις",
        press="κριτικές",
        ignore="διανομή|distribution in greece",
    ),
    directed_by=split(
        "της ταινίας του|της ταινίας της|ταινία του|ταινία της|σε σκηνοθεσία του|"
        "σε σκηνοθεσία της|σε σκηνοθεσία|του σκηνοθέτη|της σκηνοθέτιδας"
    ),
    starring=split("ηθοποιός|ηθοποιοί|με τους|με την|με τον|πρωταγωνιστούν οι"),
    director_nouns=split("σκηνοθέτης|ο σκηνοθέτης|η σκηνοθέτις"),
    minutes=split("λεπτά|λεπτών|λ"),
    hours=split("ώρες|ώρα"),
    months=split(
        "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|"
        "σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου"
    ),
    genres=genre_table(
        Drama="δράμα|δραματική|δραμα",
        Comedy="κωμωδία|κωμωδια",
        Horror="τρόμου|τρομου|τρομος|ταινία τρόμου",
        Documentary="ντοκιμαντέρ|ντοκιμαντερ",
        Action="δραση",
        Adventure="περιπετεια",
        Animation="κινουμενα σχεδια",
        Biography="βιογραφια",
        Crime="αστυνομικη",
        Family="οικογενειακη",
        Fantasy="φαντασιας",
        History="ιστορικη",
        Music="μουσικη",
        Mystery="μυστηριου",
        Romance="ρομαντικη",
        Science_Fiction="επιστημονικης φαντασιας",
        Sports="αθλητικη",
        Thriller="θριλερ",
        War="πολεμικη",
        Short="ταινια μικρου μηκους",
    ),
    conjunctions=split("και"),
    film_words=split("ταινία|ταινίας"),
    by=split("του|της|από"),
)
