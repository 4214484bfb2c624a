"""The marks a matching key keeps (:mod:`indexer.marks`, :func:`indexer.normalize.key`)."""

from __future__ import annotations

import unicodedata

import pytest

from indexer import marks
from indexer.normalize import key, plain_key


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("मिस्टर", "मिस्ट्री"),  # Devanagari: mister, mystery
        ("होती", "हैती"),  # would be, Haiti
        ("কর", "কোর"),  # Bengali
        ("படம்", "பாடம்"),  # Tamil: film, lesson
        ("ਪਿਤਾ", "ਪਤਾ"),  # Gurmukhi: father, address
        ("ใกล้", "ไกล"),  # Thai: near, far (a tone mark and a vowel sign)
        ("ດີ", "ດ"),  # Lao
        ("ခင်", "ခ"),  # Myanmar
        ("ខ្មែរ", "ខមែរ"),  # Khmer: the subscript sign
        ("ガン", "カン"),  # kana: the voicing mark
        ("người", "ngươi"),  # Vietnamese: a tone on a word that shows itself Vietnamese
        ("diễn", "diên"),
    ],
)
def test_marks_that_are_letters_keep_words_apart(one: str, other: str) -> None:
    assert key(one) != key(other)


@pytest.mark.parametrize(
    ("text", "k"),
    [
        ("मिस्ट्री फिल्म", "मिस्ट्री फिल्म"),  # the word whole, not split at its signs
        ("ภาพยนตร์", "ภาพยนตร์"),
        ("Amélie!", "amelie"),  # Latin, Greek, Cyrillic accents still folded
        ("ΤΑΙΝΊΑ", "ταινια"),
        ("Ёлка", "елка"),
        ("بِسْمِ", "بسم"),  # Arabic and Hebrew points dropped
        ("שָׁלוֹם", "שלום"),
        ("Đạo diễn: Phạm", "đạo diễn phạm"),
        ("hài", "hai"),  # one plain tone: French could write it, so it is folded
        ("Kṛṣṇa", "krsna"),  # a dot below a consonant is a transliteration's
    ],
)
def test_key(text: str, k: str) -> None:
    assert _nfc(key(text)) == k


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("फ़िल्म", "फिल्म"),  # the nukta, written or not
        ("माँ", "मां"),  # the candrabindu as the anusvara
        ("গাঁও", "গাংও"),
        ("Réalisateur", "REALISATEUR"),
        ("NGƯỜI", "người"),  # case
        ("người", unicodedata.normalize("NFD", "người")),  # composed or decomposed
    ],
)
def test_spellings_pages_mix_share_a_key(one: str, other: str) -> None:
    assert key(one) == key(other)


def test_a_phrase_keys_as_its_words_do() -> None:
    # data and pages key phrases and single words alike: the key of a phrase is its words' keys
    phrase = "Thể loại: Hài, tâm lý – मिस्ट्री, ภาพยนตร์ & Amélie"
    words = [w for w in phrase.replace(",", " ").replace(":", " ").split() if w != "–"]
    assert key(phrase) == " ".join(key(w) for w in words)


def test_plain_key_writes_latin_letters_bare_as_addresses_do() -> None:
    assert plain_key("Việt Nam") == "viet nam"
    assert plain_key("Amélie") == "amelie"


@pytest.mark.parametrize(
    ("word", "found"), [("người", True), ("diễn", True), ("hài", False), ("Ελλάδα", False)]
)
def test_vietnamese(word: str, found: bool) -> None:
    assert marks.vietnamese(word) is found


def test_kept_marks_drop_the_nukta_and_write_the_anusvara_for_the_candrabindu() -> None:
    kept = marks.kept_marks()
    assert kept[0x093C] is None  # DEVANAGARI SIGN NUKTA
    assert kept[0x0901] == "\u0902"  # candrabindu -> anusvara
    assert kept[0x093F] == "\u093f"  # the vowel sign i
    assert 0x0301 not in kept  # the combining acute of Latin letters
