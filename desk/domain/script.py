"""Serbian in two scripts: transliteration between Cyrillic and Latin, and slugs from headlines."""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
_LATIN = ("a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
          "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š")  # fmt: skip
TO_LATIN = {c: lat for c, lat in zip(_CYRILLIC, _LATIN, strict=True)}
TO_LATIN |= {c.upper(): lat.capitalize() for c, lat in TO_LATIN.items()}
TO_CYRILLIC = {lat: c for c, lat in TO_LATIN.items()}
TO_CYRILLIC |= {"LJ": "Љ", "NJ": "Њ", "DŽ": "Џ"}  # digraphs in capitals: "DŽEMPER"
# Digraphs first, so "lj" becomes "љ" rather than "лј".
_LATIN_TOKEN = re.compile("|".join(sorted(map(re.escape, TO_CYRILLIC), key=len, reverse=True)))
_FOREIGN_LATIN = set("qwxyQWXY")


def to_latin(text: str) -> str:
    out = []
    for i, c in enumerate(text):
        latin = TO_LATIN.get(c, c)
        # "ЏУДО" is "DŽUDO", but "Џудо" is "Džudo": a digraph follows its neighbours' case.
        if len(latin) > 1 and c.isupper() and text[i + 1 : i + 2].isupper():
            latin = latin.upper()
        out.append(latin)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic. Words with q, w, x or y are foreign and left as they are."""
    if _FOREIGN_LATIN & set(text):
        return text
    return _LATIN_TOKEN.sub(lambda m: TO_CYRILLIC[m.group()], text)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def other_script(word: str) -> str:
    """The same Serbian word in the other script (unchanged if it cannot be written there)."""
    return to_latin(word) if has_cyrillic(word) else to_cyrillic(word)


def slugify(text: str, max_length: int = 60) -> str:
    """A short ASCII name for a story: "Избори у Београду" -> "izbori-u-beogradu"."""
    ascii_text = unicodedata.normalize("NFKD", to_latin(text).replace("đ", "dj").replace("Đ", "Dj"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


_SERBIAN_LATIN = set("čćšžđČĆŠŽĐ")
_SERBIAN_WORDS = re.compile(r"\b(je|su|da|se|u|i|na|od|za|iz|nije|koji|koja|piše)\b", re.I)


def guess_language(text: str) -> str:
    """English, Serbian Latin or Serbian Cyrillic, from the letters and a few common words."""
    if has_cyrillic(text):
        return "sr-Cyrl"
    words = max(len(text.split()), 1)
    if _SERBIAN_LATIN & set(text) or len(_SERBIAN_WORDS.findall(text)) / words > 0.08:
        return "sr-Latn"
    return "en"
