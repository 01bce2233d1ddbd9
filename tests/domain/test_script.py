"""Serbian in both scripts, slugs, and the language a story is written in."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desk.domain.script import guess_language, slugify, to_cyrillic, to_latin

SERBIAN_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ "


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Љубљана", "Ljubljana"),
        ("Ђорђе Балашевић", "Đorđe Balašević"),
        ("ЏЕМПЕР", "DŽEMPER"),
        ("Њујорк", "Njujork"),
        ("Грачаница", "Gračanica"),
    ],
)
def test_transliteration_both_ways(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin
    assert to_cyrillic(latin) == cyrillic


@given(st.text(alphabet=SERBIAN_CYRILLIC, max_size=40))
def test_cyrillic_to_latin_and_back_is_lossless_for_lowercase(text: str) -> None:
    lower = text.lower()
    # "лј", "нј" and "дж" read back as "љ", "њ", "џ": Serbian Latin cannot tell them apart.
    assume(not any(pair in lower for pair in ("лј", "нј", "дж")))
    assert to_cyrillic(to_latin(lower)) == lower


def test_foreign_words_stay_latin() -> None:
    assert to_cyrillic("Washington") == "Washington"


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Избори у Београду: шта следи?", "izbori-u-beogradu-sta-sledi"),
        ("Đorđe and the Žiča monastery", "djordje-and-the-zica-monastery"),
        ("../../etc/passwd", "etc-passwd"),
        ("  --  ", ""),
        ("A" * 100, "a" * 60),
        (
            "Moscow talks resume after long pause in the negotiations over the grain corridor",
            "moscow-talks-resume-after-long-pause-in-the-negotiations",
        ),
    ],
)
def test_slugs_are_short_ascii_and_safe_as_file_names(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Talks on the grain deal resumed on Thursday.", "en"),
        ("Pregovori o žitu nastavljeni su u četvrtak.", "sr-Latn"),
        ("Vlada je rekla da se sastanak nastavlja u Beogradu", "sr-Latn"),
        ("Преговори о житу настављени су у четвртак.", "sr-Cyrl"),
    ],
)
def test_language_is_guessed_from_the_text(text: str, language: str) -> None:
    assert guess_language(text) == language
