"""Tests for reading bylines and datelines in English, Serbian Latin and Serbian Cyrillic."""

from __future__ import annotations

import pytest

from desk.domain.bylines import (
    Byline,
    Dateline,
    looks_like_byline,
    parse_byline,
    parse_dateline,
    split_dateline,
)

# (text, names, role, outlet, place)
BYLINES: list[tuple[str, tuple[str, ...], str | None, str | None, str | None]] = [
    # English, with "By" in every case
    ("By Ana Ilić", ("Ana Ilić",), None, None, None),
    ("BY ANA ILIĆ", ("ANA ILIĆ",), None, None, None),
    ("by Ana Ilić", ("Ana Ilić",), None, None, None),
    ("By Ana Ilić and Marko Ris", ("Ana Ilić", "Marko Ris"), None, None, None),
    (
        "By Ana Ilić, Marko Ris and Jelena Petrović",
        ("Ana Ilić", "Marko Ris", "Jelena Petrović"),
        None,
        None,
        None,
    ),
    (
        "By Ana Ilić, Marko Ris, and Jelena Petrović",
        ("Ana Ilić", "Marko Ris", "Jelena Petrović"),
        None,
        None,
        None,
    ),
    ("By Ana Ilić & Marko Ris", ("Ana Ilić", "Marko Ris"), None, None, None),
    ("BY ANA ILIĆ AND MARKO RIS", ("ANA ILIĆ", "MARKO RIS"), None, None, None),
    ("By Ana Ilić, Marko Ris", ("Ana Ilić", "Marko Ris"), None, None, None),
    (
        "Written for The Guardian by Ana Ilić, Staff Correspondent from Moscow",
        ("Ana Ilić",),
        "Staff Correspondent",
        "The Guardian",
        "Moscow",
    ),
    (
        "Reported for Reuters by Marko Ris in Belgrade",
        ("Marko Ris",),
        None,
        "Reuters",
        "Belgrade",
    ),
    ("Written by Ana Ilić", ("Ana Ilić",), None, None, None),
    ("Text by Ana Ilić", ("Ana Ilić",), None, None, None),
    ("By Ana Ilić, Reuters", ("Ana Ilić",), None, "Reuters", None),
    ("By Ana Ilić, Financial Times", ("Ana Ilić",), None, "Financial Times", None),
    ("By Ana Ilić, The Guardian", ("Ana Ilić",), None, "The Guardian", None),
    ("By Ana Ilić, N1", ("Ana Ilić",), None, "N1", None),
    ("By Ana Ilić for The New York Times", ("Ana Ilić",), None, "The New York Times", None),
    ("Written for the Guardian by Ana Ilić", ("Ana Ilić",), None, "the Guardian", None),
    ("By Ana Ilić in Belgrade", ("Ana Ilić",), None, None, "Belgrade"),
    ("BY ANA ILIĆ IN BELGRADE", ("ANA ILIĆ",), None, None, "BELGRADE"),
    ("By Ana Ilić in The Hague", ("Ana Ilić",), None, None, "The Hague"),
    ("BY ANA ILIĆ, STAFF CORRESPONDENT", ("ANA ILIĆ",), "STAFF CORRESPONDENT", None, None),
    ("By Ana Ilić and Marko Ris in Kyiv", ("Ana Ilić", "Marko Ris"), None, None, "Kyiv"),
    ("By Ana Ilić, Moscow correspondent", ("Ana Ilić",), "Moscow correspondent", None, None),
    ("By Ana Ilić, Staff Correspondent", ("Ana Ilić",), "Staff Correspondent", None, None),
    (
        "By Ana Ilić, Staff Correspondent, Moscow",
        ("Ana Ilić",),
        "Staff Correspondent",
        None,
        "Moscow",
    ),
    ("By Ana Ilić, Reuters, Moscow", ("Ana Ilić",), None, "Reuters", "Moscow"),
    (
        "By Ana Ilić, Staff Correspondent from Pristina, Kosovo",
        ("Ana Ilić",),
        "Staff Correspondent",
        None,
        "Pristina, Kosovo",
    ),
    (
        "By Ana Ilić and Marko Ris, Staff Correspondents",
        ("Ana Ilić", "Marko Ris"),
        "Staff Correspondents",
        None,
        None,
    ),
    ("By Ana Ilić\nMoscow correspondent", ("Ana Ilić",), "Moscow correspondent", None, None),
    # English names of every shape
    ("By J. R. Smith", ("J. R. Smith",), None, None, None),
    ("By J.R.R. Tolkien", ("J.R.R. Tolkien",), None, None, None),
    ("By J. R. Smith Jr.", ("J. R. Smith Jr.",), None, None, None),
    ("By Ludwig van Beethoven", ("Ludwig van Beethoven",), None, None, None),
    ("By Mary O'Brien-Smith", ("Mary O'Brien-Smith",), None, None, None),
    ("By Jean-Luc Picard", ("Jean-Luc Picard",), None, None, None),
    ("By Omar al-Sayed", ("Omar al-Sayed",), None, None, None),
    ("By Valéry Giscard d'Estaing", ("Valéry Giscard d'Estaing",), None, None, None),
    # No "By": a name is a byline only with a role after it
    ("Ana Ilić, Staff Correspondent", ("Ana Ilić",), "Staff Correspondent", None, None),
    ("Ana Ilić\nStaff Correspondent", ("Ana Ilić",), "Staff Correspondent", None, None),
    ("Ana Ilić, editor-at-large", ("Ana Ilić",), "editor-at-large", None, None),
    (
        "Ana Ilić, Moscow correspondent for The Guardian",
        ("Ana Ilić",),
        "Moscow correspondent",
        "The Guardian",
        None,
    ),
    ("Jelena Petrović, urednica", ("Jelena Petrović",), "urednica", None, None),
    ("Марко Рис, новинар", ("Марко Рис",), "новинар", None, None),
    # No names at all
    ("From our correspondent in Moscow", (), "correspondent", None, "Moscow"),
    ("From our own correspondent", (), "correspondent", None, None),
    ("By our own correspondent", (), "correspondent", None, None),
    ("By a Staff Reporter", (), "Staff Reporter", None, None),
    ("By Staff Reporter", (), "Staff Reporter", None, None),
    ("By Our Foreign Staff", (), "Foreign Staff", None, None),
    ("By Reuters", (), None, "Reuters", None),
    ("Od našeg dopisnika iz Beograda", (), "dopisnika", None, "Beograda"),
    ("Od našeg stalnog dopisnika iz Brisela", (), "stalnog dopisnika", None, "Brisela"),
    ("Од нашег дописника из Београда", (), "дописника", None, "Београда"),
    # Serbian Latin
    ("Piše: Ana Ilić", ("Ana Ilić",), None, None, None),
    ("Piše Ana Ilić", ("Ana Ilić",), None, None, None),
    ("Piše: Ana Ilić, dopisnik iz Moskve", ("Ana Ilić",), "dopisnik", None, "Moskve"),
    ("PIŠE: ANA ILIĆ, DOPISNIK IZ MOSKVE", ("ANA ILIĆ",), "DOPISNIK", None, "MOSKVE"),
    ("Pišu: Ana Ilić i Marko Ris", ("Ana Ilić", "Marko Ris"), None, None, None),
    (
        "Pišu: Ana Ilić i Marko Ris, dopisnici iz Brisela",
        ("Ana Ilić", "Marko Ris"),
        "dopisnici",
        None,
        "Brisela",
    ),
    ("Autor: Jelena Petrović", ("Jelena Petrović",), None, None, None),
    (
        "Piše: Dragan Jovanović, specijalni izveštač iz Prištine",
        ("Dragan Jovanović",),
        "specijalni izveštač",
        None,
        "Prištine",
    ),
    ("Piše: Ana Ilić za Politiku iz Moskve", ("Ana Ilić",), None, "Politiku", "Moskve"),
    # Serbian Cyrillic
    ("Пише: Ана Илић", ("Ана Илић",), None, None, None),
    ("Пише: Ана Илић, дописник из Москве", ("Ана Илић",), "дописник", None, "Москве"),
    ("Пишу: Ана Илић и Марко Рис", ("Ана Илић", "Марко Рис"), None, None, None),
    ("Аутор: Јелена Петровић", ("Јелена Петровић",), None, None, None),
    (
        "Пише: Драган Јовановић, специјални извештач из Приштине",
        ("Драган Јовановић",),
        "специјални извештач",
        None,
        "Приштине",
    ),
    ("Пише: Ана Илић за Политику", ("Ана Илић",), None, "Политику", None),
    ("Пише: Ана Илић, Бета", ("Ана Илић",), None, "Бета", None),
    (
        "Ана Илић, дописник Политике из Москве",
        ("Ана Илић",),
        "дописник Политике",
        None,
        "Москве",
    ),
]

NOT_BYLINES = [
    "",
    "   ",
    "By Monday the talks had collapsed.",
    "BY MONDAY THE TALKS HAD COLLAPSED",
    "By the end of the week, prices rose 5%.",
    "By 2030, emissions must fall by half",
    "By train, the journey takes six hours",
    "By all accounts, the minister resigned",
    "By the way, Ana Ilić, editor",
    "BY THE WAY",
    "BY AND LARGE",
    "By ana ilić",
    "By Ana Ilić.",
    "By Ana Ilić,",
    "By Ana Ilić and",
    "By Ana Ilić in the capital",
    "By Ana Ilić for the paper",
    "Reporting by Ana Ilić; editing by Marko Ris",
    "Written in haste, the report was wrong",
    "Written in haste, the report was withdrawn within the hour.",
    "Written for The Guardian by the staff",
    "From Moscow to Beijing",
    "From our point of view",
    "Ana Ilić",
    "Ana Ilić, Marko Ris",
    "Ana Ilić, Reuters",
    "The Editor",
    "The minister, a former correspondent",
    "Ana Ilić, the former editor of the paper, said the report was biased",
    "Piše se latinicom",
    "Autor knjige je Marko",
    "Пише: ана илић",
    "Who wrote this? By Ana Ilić",
    # forty words that open like a byline
    "By Ana Ilić " + " ".join(["and the rest of a very long sentence"] * 5),
]

# (text, place, agency, month, day, year)
DATELINES: list[tuple[str, str, str | None, int | None, int | None, int | None]] = [
    ("MOSCOW, Nov 27 —", "MOSCOW", None, 11, 27, None),
    ("MOSCOW, Nov. 27 —", "MOSCOW", None, 11, 27, None),
    ("MOSCOW, November 27 –", "MOSCOW", None, 11, 27, None),
    ("MOSCOW, 27 November -", "MOSCOW", None, 11, 27, None),
    ("MOSCOW, Nov 27 --", "MOSCOW", None, 11, 27, None),
    ("MOSCOW, Nov 27", "MOSCOW", None, 11, 27, None),
    ("BELGRADE (Reuters) -", "BELGRADE", "Reuters", None, None, None),
    ("BELGRADE, Nov 27 (AP) —", "BELGRADE", "AP", 11, 27, None),
    ("MOSCOW, Nov 27 (Reuters) —", "MOSCOW", "Reuters", 11, 27, None),
    ("WASHINGTON (Reuters/AP) —", "WASHINGTON", "Reuters/AP", None, None, None),
    ("BERLIN (dpa) -", "BERLIN", "dpa", None, None, None),
    ("PRISTINA, Kosovo, Nov 27 —", "PRISTINA, Kosovo", None, 11, 27, None),
    ("KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", None, None, None),
    ("NEW YORK, Nov 27 —", "NEW YORK", None, 11, 27, None),
    ("SAN JUAN DE LOS LAGOS, Mexico —", "SAN JUAN DE LOS LAGOS, Mexico", None, None, None, None),
    ("ST. PETERSBURG, Russia, Oct 5 —", "ST. PETERSBURG, Russia", None, 10, 5, None),
    ("WASHINGTON, D.C., Nov 27, 2026 —", "WASHINGTON, D.C.", None, 11, 27, 2026),
    (
        "SARAJEVO, Bosnia and Herzegovina, 3 March —",
        "SARAJEVO, Bosnia and Herzegovina",
        None,
        3,
        3,
        None,
    ),
    ("LONDON, Sept. 3 —", "LONDON", None, 9, 3, None),
    ("PARIS, Jan 1, 2026 —", "PARIS", None, 1, 1, 2026),
    ("BEIRUT, March 3rd —", "BEIRUT", None, 3, 3, None),
    ("MOSCOW, Dec 12th 2026 —", "MOSCOW", None, 12, 12, 2026),
    ("RIO DE JANEIRO, 1 May 2026 -", "RIO DE JANEIRO", None, 5, 1, 2026),
    ("BRUSSELS, 5 December 2026 --", "BRUSSELS", None, 12, 5, 2026),
    # Title Case is allowed when the whole text is the dateline and it has a date or agency
    ("Moscow, Nov 27 —", "Moscow", None, 11, 27, None),
    ("Belgrade (Reuters) -", "Belgrade", "Reuters", None, None, None),
    ("The Hague, Nov 27 —", "The Hague", None, 11, 27, None),
    # Serbian Cyrillic
    ("ГРАЧАНИЦА, 28. новембар —", "ГРАЧАНИЦА", None, 11, 28, None),
    ("БЕОГРАД, 28. новембра –", "БЕОГРАД", None, 11, 28, None),
    ("МОСКВА (Танјуг) —", "МОСКВА", "Танјуг", None, None, None),
    ("ПРИШТИНА, 3. децембар 2026 —", "ПРИШТИНА", None, 12, 3, 2026),
    ("НОВИ САД, 1. јануара 2026. –", "НОВИ САД", None, 1, 1, 2026),
    ("ЧАЧАК, 12. март —", "ЧАЧАК", None, 3, 12, None),
    ("БЕОГРАД (Танјуг) -", "БЕОГРАД", "Танјуг", None, None, None),
    # Serbian Latin
    ("BEOGRAD, 28. novembar —", "BEOGRAD", None, 11, 28, None),
    ("NOVI SAD, 1. decembra -", "NOVI SAD", None, 12, 1, None),
    ("PRIŠTINA (Beta) —", "PRIŠTINA", "Beta", None, None, None),
    ("KRAGUJEVAC, 5. jan. —", "KRAGUJEVAC", None, 1, 5, None),
    ("NOVI PAZAR (FoNet) –", "NOVI PAZAR", "FoNet", None, None, None),
    ("BANJA LUKA, 29. februara —", "BANJA LUKA", None, 2, 29, None),
    ("ZAGREB, 29. februara 2024 —", "ZAGREB", None, 2, 29, 2024),
    ("BEOGRAD, 28.11.2026. —", "BEOGRAD", None, 11, 28, 2026),
    ("BEOGRAD, 28.11. —", "BEOGRAD", None, 11, 28, None),
    ("UŽICE, Srbija —", "UŽICE, Srbija", None, None, None, None),
    ("NIŠ —", "NIŠ", None, None, None, None),
]

NOT_DATELINES = [
    "",
    "MOSCOW",
    "Moscow —",
    "I —",
    "Yesterday, in Moscow -",
    "The talks — which began in May — collapsed.",
    "NATO said -",
    "NATO, the alliance, said -",
    "By Monday, Nov 27 —",
    "Thursday, Nov 27 —",
    "Hello there, Nov 27 —",
    "MOSCOW, November —",
    "MOSCOW, Nov 27 Talks",
    "MOSCOW, Nov 32 —",
    "MOSCOW, Feb 30 —",
    "BEOGRAD, 31. aprila —",
    "ZAGREB, 29. februara 2025 —",
    "BELGRADE (the ministry said) -",
    "BELGRADE (Reuters Staff Team Report Today) -",
    "UPDATE —",
    "The talks, Nov 27 —",
]

# (paragraph, place, agency, month, day, rest)
SPLITS: list[tuple[str, str, str | None, int | None, int | None, str]] = [
    (
        "MOSCOW, Nov 27 — Talks on the grain deal resumed on Thursday.",
        "MOSCOW",
        None,
        11,
        27,
        "Talks on the grain deal resumed on Thursday.",
    ),
    (
        "BELGRADE (Reuters) - Serbia's president said...",
        "BELGRADE",
        "Reuters",
        None,
        None,
        "Serbia's president said...",
    ),
    ("ГРАЧАНИЦА, 28. новембар — Мештани су...", "ГРАЧАНИЦА", None, 11, 28, "Мештани су..."),
    ("BEOGRAD, 28. novembra (Tanjug) – Predsednik", "BEOGRAD", "Tanjug", 11, 28, "Predsednik"),
    ("NEW YORK — The city woke up.", "NEW YORK", None, None, None, "The city woke up."),
    ("  LONDON — The", "LONDON", None, None, None, "The"),
    ("MOSCOW—Talks resumed.", "MOSCOW", None, None, None, "Talks resumed."),
    ("MOSCOW--Talks resumed.", "MOSCOW", None, None, None, "Talks resumed."),
    ("BEOGRAD – „Ovo je", "BEOGRAD", None, None, None, "„Ovo je"),
    # with a date or an agency, a lowercase continuation is fine
    ("MOSCOW, Nov 27 — talks resumed", "MOSCOW", None, 11, 27, "talks resumed"),
    ("MOSCOW (Reuters) — talks", "MOSCOW", "Reuters", None, None, "talks"),
    ("NEW YORK, N.Y., Nov 27 — The", "NEW YORK, N.Y.", None, 11, 27, "The"),
    ("MOSCOW,\xa0Nov\xa027\xa0— Talks", "MOSCOW", None, 11, 27, "Talks"),
    ("MOSCOW, Nov 27 —\nTalks", "MOSCOW", None, 11, 27, "Talks"),
    ("MOSCOW, Nov 27 —", "MOSCOW", None, 11, 27, ""),
    ("PRISTINA, Kosovo, Nov 27 — Voters", "PRISTINA, Kosovo", None, 11, 27, "Voters"),
]

NOT_SPLITS = [
    "The talks — which began in May — collapsed.",
    "NATO, the alliance, said - nothing",
    "NATO said - nothing",
    "NATO — the alliance met",
    "US — China talks",
    "EU — What next",
    "OK — Let me",
    "BREAKING — Talks collapse",
    "Yesterday, in Moscow - talks resumed",
    "MOSCOW is cold — very.",
    "KOSOVO-SERBIA talks resumed",
    "MOSCOW, Nov 27 Talks resumed",
    # Title Case is not enough at the head of a paragraph
    "Moscow, Nov 27 — Talks resumed",
    "Belgrade (Reuters) - Serbia's president said",
    "",
]


@pytest.mark.parametrize(("text", "names", "role", "outlet", "place"), BYLINES)
def test_parse_byline_finds_the_parts(
    text: str,
    names: tuple[str, ...],
    role: str | None,
    outlet: str | None,
    place: str | None,
) -> None:
    assert parse_byline(text) == Byline(text, names, role, outlet, place)
    assert looks_like_byline(text)


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_parse_byline_refuses_ordinary_text(text: str) -> None:
    assert parse_byline(text) is None
    assert not looks_like_byline(text)


def test_byline_text_is_kept_as_written_but_stripped() -> None:
    byline = parse_byline("  \tBy  Ana   Ilić,  Reuters \n")
    assert byline is not None
    assert byline.text == "By  Ana   Ilić,  Reuters"
    assert byline.names == ("Ana Ilić",)
    assert byline.outlet == "Reuters"


def test_byline_longer_than_twenty_words_is_refused() -> None:
    names = ", ".join(f"Ana Ilić{suffix}" for suffix in ["", "-Ris"] * 6)
    assert len(f"By {names}".split()) > 20
    assert parse_byline(f"By {names}") is None
    assert parse_byline("By Ana Ilić, Marko Ris and Jelena Petrović") is not None


@pytest.mark.parametrize(("text", "place", "agency", "month", "day", "year"), DATELINES)
def test_parse_dateline_finds_the_parts(
    text: str,
    place: str,
    agency: str | None,
    month: int | None,
    day: int | None,
    year: int | None,
) -> None:
    assert parse_dateline(text) == Dateline(text, place, agency, month, day, year)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_parse_dateline_refuses_other_text(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_text_is_stripped() -> None:
    dateline = parse_dateline("  MOSCOW, Nov 27 —  ")
    assert dateline == Dateline("MOSCOW, Nov 27 —", "MOSCOW", None, 11, 27, None)


@pytest.mark.parametrize(("paragraph", "place", "agency", "month", "day", "rest"), SPLITS)
def test_split_dateline_separates_the_opening(
    paragraph: str,
    place: str,
    agency: str | None,
    month: int | None,
    day: int | None,
    rest: str,
) -> None:
    dateline, remainder = split_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.month, dateline.day) == (
        place,
        agency,
        month,
        day,
    )
    assert remainder == rest
    # The dateline's text is the paragraph's opening as written, up to and with the dash.
    assert paragraph.lstrip().startswith(dateline.text)
    assert dateline.text[-1] in "—–-"


@pytest.mark.parametrize("paragraph", NOT_SPLITS)
def test_split_dateline_leaves_other_paragraphs_alone(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_split_dateline_text_matches_parse_dateline() -> None:
    paragraph = "PRIŠTINA, 3. decembar 2026 (Beta) — Skupština je usvojila budžet."
    dateline, rest = split_dateline(paragraph)
    assert dateline == parse_dateline("PRIŠTINA, 3. decembar 2026 (Beta) —")
    assert dateline == Dateline(
        "PRIŠTINA, 3. decembar 2026 (Beta) —", "PRIŠTINA", "Beta", 12, 3, 2026
    )
    assert rest == "Skupština je usvojila budžet."


@pytest.mark.parametrize(
    ("month_word", "number"),
    [
        ("Jan", 1),
        ("February", 2),
        ("mart", 3),
        ("априла", 4),
        ("May", 5),
        ("јун", 6),
        ("jula", 7),
        ("Aug.", 8),
        ("Sept.", 9),
        ("октобар", 10),
        ("novembra", 11),
        ("дец.", 12),
    ],
)
def test_month_names_in_every_script_and_case(month_word: str, number: int) -> None:
    dateline = parse_dateline(f"NIŠ, 5. {month_word} —")
    assert dateline is not None
    assert (dateline.month, dateline.day) == (number, 5)
