"""Bylines and datelines as correspondents write them, in English and Serbian (both scripts)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Byline:
    """A byline as printed, with the names, role, outlet and place a reader picks out of it."""

    text: str
    names: tuple[str, ...] = ()
    role: str | None = None
    outlet: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed ("MOSCOW, Nov 27 —"), with its place, agency and date."""

    text: str
    place: str
    agency: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None


# A byline is a short line; anything longer is a sentence that happens to start with "By".
_MAX_BYLINE_WORDS = 20

# Stems rather than words, so Serbian case endings (dopisnik, dopisnika, dopisnica) and
# English plurals match; at most three letters may follow a stem (see _is_role_word).
_ROLE_STEMS = """correspondent reporter editor writer columnist analyst journalist contributor
    photographer critic staff chief stringer dopisni novinar uredni izveštač izvještač kolumnist
    analitičar saradni fotoreporter fotograf дописни новинар уредни извештач извјештач
    колумнист аналитичар сарадни фоторепортер фотограф""".split()

# Capitalised words that open sentences but never belong to a name or a place.
_STOPWORDS = frozenset(
    """the a an of in on at for from to with by and or but this that these those it its
    our my his her their we they he she yesterday today tomorrow monday tuesday wednesday
    thursday friday saturday sunday ponedeljak utorak sreda četvrtak petak subota nedelja
    понедељак уторак среда четвртак петак субота недеља juče сутра јуче sutra""".split()
)

# Lowercase words allowed inside a name or a place name: "Ludwig van Beethoven", "Rio de Janeiro".
_PARTICLES = frozenset(
    """van von de der den del della di da du dos das la le les los las ter ten bin bint ibn
    al el y upon am on sur na do""".split()
)

# Words that open the phrase after a name or role: the place it was filed from, or the outlet.
_PREPOSITIONS = dict.fromkeys("in from iz u из у".split(), "place")
_PREPOSITIONS |= dict.fromkeys("for za за".split(), "outlet")
_CONNECTORS = frozenset({"and", "&", "i", "и"})
_OUTLET_JOINS = frozenset({"of", "the", "and", "&", "za", "i"})  # Radio Television of Serbia
_ARTICLES = frozenset("a an our own naš naša naše našeg našem наш наша наше нашег нашем".split())

# Agencies and papers common enough that "By Ana Ilić, Reuters" should not read as two names.
_KNOWN_OUTLETS = frozenset(
    name.strip()
    for name in """reuters|ap|associated press|the associated press|afp|agence france-presse
    |bloomberg|dpa|efe|ansa|xinhua|tass|тасс|bbc|cnn|financial times|al jazeera|tanjug|танјуг
    |radio free europe|beta|бета|fonet|фонет|rts|ртс|n1|politika|политика|danas|данас|nin|нин
    |vreme|време|novosti|новости""".split("|")
)

_ABBREVIATIONS = frozenset({"jr.", "sr.", "st.", "ltd.", "inc.", "co."})
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
# A lowercase prefix glued to a capitalised name: al-Sayed, d'Estaing, bin-Talal.
_NAME_PREFIX = re.compile(r"(?:al|el|ad|bin|ibn|d|l)['’\-]")

_LEAD = re.compile(
    r"""(?ix)
    (?:written|reported|reporting)\s+for\s+(?P<outlet>.+?)\s+by\s+
    | (?P<plain>(?:(?:written|reported|reporting|words|text|story)\s+)?by\s+)
    | (?P<serbian>(?:piše|pišu|autor|autorka|autori|napisao|napisala|priredio|priredila
                  |пише|пишу|аутор|ауторка|аутори|написао|написала|приредио|приредила)
                  (?:\s*:\s*|\s+))
    | (?P<anonymous>(?:from|od|од)\s+)
    """
)
# Punctuation that belongs to sentences, quotes or headlines, never to a byline's body.
_NOT_IN_BYLINE = re.compile(r"[?!;:\"“”«»„…%()\[\]]")


@dataclass
class _Draft:
    """The parts of a byline gathered so far, while its segments are read left to right."""

    names: list[str] = field(default_factory=list)
    role: str | None = None
    outlet: str | None = None
    place: str | None = None

    def add(self, part: str, words: list[str]) -> bool:
        """Record the role, outlet or place. A second role or place is appended ("from
        Pristina, Kosovo" arrives as two segments); a second outlet is refused."""
        old, new = getattr(self, part), " ".join(words)
        if old is not None and part == "outlet":
            return False
        setattr(self, part, new if old is None else f"{old}, {new}")
        return True


def _is_abbreviation(word: str) -> bool:
    initials = _INITIALS.fullmatch(word) is not None and word.isupper()
    return word[:1].isupper() and (initials or word.lower() in _ABBREVIATIONS)


def _is_cap_word(word: str) -> bool:
    """A capitalised (or all-caps) word in any script: Ilić, ИЛИЋ, O'Brien, Smith-Jones, J."""
    if _is_abbreviation(word):
        return True
    prefix = _NAME_PREFIX.match(word)
    core = word[prefix.end() :] if prefix else word
    plain = core.replace("-", "").replace("'", "").replace("’", "")
    return core[:1].isupper() and plain.isalpha()


def _is_stopword(word: str) -> bool:
    return word.lower() in _STOPWORDS


def _is_inner_word(word: str) -> bool:
    """A word that may follow the first of a name or place: Ilić, de, Janeiro, but not The."""
    particle = word.islower() and word in _PARTICLES
    return particle or (_is_cap_word(word) and not _is_stopword(word))


def _keyword(word: str, caps: bool) -> str:
    """The word in lowercase if it may be a keyword: lowercase as written, or anything in
    an all-caps byline ("BY ANA ILIĆ IN BELGRADE"), so that "In" in a name never splits it."""
    return word.lower() if word.islower() or caps or word == "&" else ""


def _is_role_word(word: str) -> bool:
    parts = re.split(r"[-'’]", word.lower())  # editor-at-large
    return any(
        p.startswith(stem) and len(p) - len(stem) <= 3 for p in parts for stem in _ROLE_STEMS
    )


def _is_role(words: list[str]) -> bool:
    plain = all(re.sub(r"[-'’]", "", word).isalpha() for word in words)
    return plain and 0 < len(words) <= 6 and any(map(_is_role_word, words))


def _is_name(words: list[str]) -> bool:
    """Two to six words: capitalised words, initials and inner particles ("J. R. de Souza")."""
    if not 2 <= len(words) <= 6:
        return False
    if any(_is_stopword(word) or _is_role_word(word) for word in words):
        return False
    last = words[-2] if words[-1].lower() in {"jr.", "sr."} else words[-1]
    if _INITIALS.fullmatch(last) or not _is_cap_word(last) or not _is_cap_word(words[0]):
        return False
    return all(_is_inner_word(word) for word in words)


def _is_place(words: list[str]) -> bool:
    if not 0 < len(words) <= 5 or not _is_cap_word(words[0]):
        return False
    # "The Hague" is the one place an article may open.
    return (words[0] == "The" or not _is_stopword(words[0])) and all(map(_is_inner_word, words[1:]))


def _is_outlet_word(word: str) -> bool:
    """A word of a paper's or agency's name: The, Guardian, N1, B92, France-Presse."""
    return (word[:1].isupper() or word[:1].isdigit()) and re.sub(r"[-'’.&]", "", word).isalnum()


def _is_outlet(words: list[str]) -> bool:
    fits = all(_is_outlet_word(word) or word in _OUTLET_JOINS for word in words)
    name = words[1:] if words[:1] == ["the"] else words  # "for the Guardian"
    return fits and 0 < len(words) <= 6 and bool(name) and _is_outlet_word(name[0])


def _split_names(words: list[str], caps: bool) -> list[str] | None:
    """Names joined by "and", "&", "i" or "и"; None unless every one of them is a name."""
    groups: list[list[str]] = [[]]
    for word in words:
        if _keyword(word, caps) in _CONNECTORS:
            groups.append([])
        else:
            groups[-1].append(word)
    if not groups[0]:
        groups.pop(0)  # ", and Jelena Petrović" after an Oxford comma
    if not groups or not all(_is_name(group) for group in groups):
        return None
    return [" ".join(group) for group in groups]


def _take_tails(words: list[str], draft: _Draft, caps: bool, start: int) -> list[str] | None:
    """Move "in/from/iz PLACE" and "for/za OUTLET" phrases into the draft; return the words
    before them, or None when a phrase does not hold a place or outlet."""
    cuts = [
        index
        for index in range(start, len(words) - 1)
        if _keyword(words[index], caps) in _PREPOSITIONS
        and (_is_outlet_word(words[index + 1]) or words[index + 1] == "the")
    ]
    if not cuts:
        return words
    for begin, end in zip(cuts, [*cuts[1:], len(words)], strict=True):
        part, phrase = _PREPOSITIONS[_keyword(words[begin], caps)], words[begin + 1 : end]
        fits = _is_place(phrase) if part == "place" else _is_outlet(phrase)
        if not fits or not draft.add(part, phrase):
            return None
    return words[: cuts[0]]


def _read_opening(words: list[str], kind: str, caps: bool, draft: _Draft) -> bool:
    """The first segment after the lead: names, or a role with no names ("From our
    correspondent", "By Staff Reporter"), or an agency alone ("By Reuters"). False when it is
    none of these."""
    body = words
    while body and body[0].lower() in _ARTICLES:
        body = body[1:]
    if body is not words and kind in {"plain", "outlet", "anonymous"}:
        return _is_role(body) and draft.add("role", body)
    if kind == "anonymous":
        return False  # "From Moscow, ..." opens a sentence, not a byline
    if kind in {"plain", "outlet"} and " ".join(words).casefold() in _KNOWN_OUTLETS:
        return draft.add("outlet", words)
    if kind in {"plain", "outlet"} and words[0][:1].isupper() and _is_role(words):
        return draft.add("role", words)  # "By Staff Reporter"
    names = _split_names(words, caps)
    draft.names.extend(names or [])
    return names is not None


def _read_segment(words: list[str], caps: bool, draft: _Draft, in_names: bool) -> bool:
    """A comma-separated segment after the first: more names, a role, an outlet or a place."""
    if " ".join(words).casefold() in _KNOWN_OUTLETS:
        return draft.add("outlet", words)
    if _is_role(words):
        return draft.add("role", words)
    if in_names and (names := _split_names(words, caps)) is not None:
        draft.names.extend(names)
        return True
    # "By Ana Ilić, The Guardian": a bare capitalised segment right after the names is the
    # outlet; once a role, outlet or place is known ("..., Staff Writer, Moscow"), it is
    # where the piece was filed from.
    if draft.outlet is None and draft.role is None and draft.place is None and _is_outlet(words):
        return draft.add("outlet", words)
    return _is_place(words) and draft.add("place", words)


def parse_byline(text: str) -> Byline | None:
    """Parts of a byline line, or None when the text does not look like a byline."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > _MAX_BYLINE_WORDS:
        return None
    caps = stripped.isupper()
    draft = _Draft()
    lead = _LEAD.match(stripped)
    kind, body = "none", stripped
    if lead is not None:
        # Each branch of _LEAD is one named group, so the last group names the kind of lead.
        kind, body = lead.lastgroup or "none", stripped[lead.end() :]
        outlet = (lead["outlet"] or "").split()
        if kind == "outlet" and not (_is_outlet(outlet) and draft.add("outlet", outlet)):
            return None
    if not body or _NOT_IN_BYLINE.search(body):
        return None
    # A sentence ends with a period; a byline only when its last word is an abbreviation.
    if body.endswith(".") and not _is_abbreviation(body.split()[-1]):
        return None
    # A line break inside a byline paragraph ("By Ana Ilić<br>Moscow") separates like a comma.
    segments = [segment.split() for segment in re.split(r"[,\n]", body)]
    if any(not segment for segment in segments):
        return None
    head = _take_tails(segments[0], draft, caps, start=1)
    if not head or not _read_opening(head, kind, caps, draft):
        return None
    in_names = bool(draft.names)
    for segment in segments[1:]:
        head = _take_tails(segment, draft, caps, start=0)
        if head is None:
            return None
        before = len(draft.names)
        if head and not _read_segment(head, caps, draft, in_names):
            return None
        # Names continue only while each segment adds names: "..., Reuters, Marko Ris" is not.
        in_names = in_names and len(draft.names) > before
    # Without a lead word, only a role ("Ana Ilić, Staff Correspondent") makes a name a byline.
    if kind == "none" and draft.role is None:
        return None
    return Byline(stripped, tuple(draft.names), draft.role, draft.outlet, draft.place)


def looks_like_byline(text: str) -> bool:
    """Whether `text` reads as a byline (see parse_byline)."""
    return parse_byline(text) is not None


# One line a month: English, then Serbian Latin and Cyrillic, nominative and genitive.
_MONTH_FORMS = """jan january januar januara јан јануар јануара
    feb february februar februara феб фебруар фебруара
    mar march mart marta мар март марта
    apr april aprila апр април априла
    may maj maja мај маја
    jun june juni juna јун јуни јуна
    jul july juli jula јул јули јула
    aug august avg avgust avgusta augusta авг август августа
    sep sept september septembar septembra сеп септ септембар септембра
    oct october okt oktobar oktobra окт октобар октобра
    nov november novembar novembra нов новембар новембра
    dec december decembar decembra дец децембар децембра"""
_MONTHS = {
    form: number
    for number, line in enumerate(_MONTH_FORMS.splitlines(), start=1)
    for form in line.split()
}

# Longest first, so "marta" is not read as "mar" followed by stray letters.
_MONTH = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_SP = r"[^\S\n]"  # any space but a line break: a dateline never spans lines
_WORD = r"[^\W\d_][\w'’.\-]*"  # capitals are checked in code, where every script is easy
_DATE = rf"""
    (?P<m1>{_MONTH}){_SP}+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?{_SP}+(?P<y1>[0-9]{{4}}))?
  | (?P<d2>[0-9]{{1,2}})(?:\.|st|nd|rd|th)?{_SP}+(?P<m2>{_MONTH})(?:,?{_SP}+(?P<y2>[0-9]{{4}})\.?)?
  | (?P<d3>[0-9]{{1,2}})\.{_SP}?(?P<m3>[0-9]{{1,2}})\.(?:{_SP}?(?P<y3>[0-9]{{4}})\.?)?
"""
_HEAD = rf"""
    {_SP}*
    (?P<place>{_WORD}(?:{_SP}+{_WORD}){{0,5}})
    (?P<regions>(?:,{_SP}*{_WORD}(?:{_SP}+{_WORD}){{0,3}}){{0,2}}?)
    (?:,{_SP}*(?P<date>{_DATE}))?
    (?:,?{_SP}*\({_SP}*(?P<agency>[^()\n]{{1,40}}?){_SP}*\))?
"""
# The separator: a dash of any kind, spaced or not ("MOSCOW—Talks"); a hyphen only with a
# space before it and a space or the end after it, so hyphenated words never split.
_SEPARATOR = rf"(?P<sep>{_SP}*(?:—|–|--)|{_SP}+-(?=\s|$))"
_DATELINE_OPENING = re.compile(_HEAD + _SEPARATOR, re.VERBOSE)
_DATELINE_WHOLE = re.compile(_HEAD + _SEPARATOR + r"?\s*", re.VERBOSE)

# All-caps words that open a paragraph before a dash but are labels, not places.
_NOT_PLACES = frozenset(
    """UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS COMMENT EDITORIAL OPINION NOTE CORRECTION
    EMBARGO EMBARGOED URGENT FLASH ANALIZA KOMENTAR HITNO АНАЛИЗА КОМЕНТАР ХИТНО""".split()
)
_AGENCY = re.compile(r"[^\W\d_][\w .&'’/\-]*")


def _is_region(words: list[str]) -> bool:
    """A region after the place (Kosovo, D.C., Bosnia and Herzegovina), never a month."""
    if not _is_cap_word(words[0]) or any(w.lower().rstrip(".") in _MONTHS for w in words):
        return False
    return all(_is_inner_word(word) or word in {"and", "i", "и", "of"} for word in words)


def _is_agency(agency: str) -> bool:
    """A capitalised name ("Reuters", "AP", "Танјуг") or a known one ("dpa"), so that an
    aside in brackets such as "(the ministry said)" is not taken for an agency."""
    if agency.casefold() in _KNOWN_OUTLETS:
        return True
    return bool(_AGENCY.fullmatch(agency)) and agency[0].isupper() and len(agency.split()) <= 4


def _date_parts(match: re.Match[str]) -> tuple[int | None, int | None, int | None] | None:
    """(month, day, year) of the matched date, or None when no such day exists."""
    suffix = next(suffix for suffix in "123" if match["d" + suffix] is not None)
    day, raw_month, raw_year = (match[group + suffix] for group in "dmy")
    month = int(raw_month) if raw_month.isdigit() else _MONTHS[raw_month.lower().rstrip(".")]
    year = int(raw_year) if raw_year else None
    # Without a year, 29 February must still be allowed: check against a leap year.
    if not 1 <= month <= 12 or not 1 <= int(day) <= calendar.monthrange(year or 2024, month)[1]:
        return None
    return month, int(day), year


def _dateline(match: re.Match[str], text: str, *, caps_only: bool) -> Dateline | None:
    """Check what the loose pattern matched.

    The rule: a PLACE, optionally followed by regions (", Kosovo"), a date and an agency in
    brackets. With a date or an agency the place may be Title Case when `caps_only` is off;
    without both, only an ALL-CAPS place of at least three letters followed by a dash counts
    ("SAN JUAN DE LOS LAGOS, Mexico —"), so "NATO said -" and "The talks — ..." never do.
    """
    place, agency = match["place"], match["agency"]
    bare = match["date"] is None and agency is None
    letters = sum(char.isalpha() for char in place)
    caps = place.isupper() and letters >= (3 if bare else 2) and place not in _NOT_PLACES
    if bare and (match["sep"] is None or not caps):
        return None
    if not caps and (caps_only or not _is_place(place.split())):
        return None
    if not all(_is_region(region.split()) for region in match["regions"].split(",")[1:]):
        return None
    if agency is not None and not _is_agency(agency):
        return None
    date = _date_parts(match) if match["date"] is not None else (None, None, None)
    if date is None:
        return None
    return Dateline(text, (place + match["regions"]).strip(), agency, *date)


def parse_dateline(text: str) -> Dateline | None:
    """A dateline that is the whole of `text` (after stripping), or None."""
    stripped = text.strip()
    match = _DATELINE_WHOLE.fullmatch(stripped)
    return None if match is None else _dateline(match, stripped, caps_only=False)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """A dateline opening a paragraph, and the rest of the paragraph with the separator and
    leading spaces removed: ("MOSCOW, Nov 27 — Talks began...") -> (Dateline(...),
    "Talks began..."). (None, paragraph) when the paragraph does not open with one."""
    match = _DATELINE_OPENING.match(paragraph)
    if match is None:
        return None, paragraph
    dateline = _dateline(match, paragraph[: match.end()].strip(), caps_only=True)
    if dateline is None:
        return None, paragraph
    rest = paragraph[match.end() :].lstrip()
    # A bare "CAPS —" is only a dateline when a sentence follows: "NATO — the alliance" is not.
    bare = dateline.agency is None and dateline.day is None
    if bare and rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“„«'‘"):
        return None, paragraph
    return dateline, rest
