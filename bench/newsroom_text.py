"""Made-up but newsroom-like copy in English, Serbian Latin and Serbian Cyrillic, for the
benchmark newsroom (bench/newsroom_data.py).

Words are drawn with a Zipf-like distribution over a few hundred lemmas per language (Serbian
with case and verb endings, so a lemma gives several word forms), and every story has its own
topic words, names and places that recur in it, as real copy does. Sentences, paragraphs and
bodies vary in length; bodies carry the odd subhead, quote, list, bold, italic and link, as
blocks and runs of Desk's body model (the JSON a revision stores).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from desk.domain.script import to_cyrillic

# --- Vocabularies: most frequent first ----------------------------------------------------------

EN_FUNCTION = """the of to and a in that is for on was with he it as at by from his be have has are
an not but who will they this had were their been would which its also after more about up we she
her or there than when could can out all into some other what if no only over most before because
so while just our may him them under since those during between should any these then even now
such where both how against still our many very much another each through off here down until
told whether already around again however without later among across yet why nearly almost"""

EN_NOUNS = """government minister president country police party court election state city week
month day percent people report law official company market budget price deal talk war army border
agreement plan vote parliament council union bank project health hospital school water energy gas
road railway bridge airport team match season coach player club film festival book museum theatre
crisis protest strike investigation case trial judge prosecutor decision statement meeting summit
spokesman leader member group support security region area town village family child woman worker
student farmer tax fund growth inflation rate ministry office mayor opposition coalition candidate
campaign result figure data survey cost contract company factory job industry service network
system reform policy debate proposal document letter visit delegation ambassador embassy issue
question problem answer change step move attempt effort process period history future power
victory defeat goal crowd fan stadium concert exhibition artist author writer director doctor
patient vaccine virus disease treatment research scientist university teacher pupil exam building
street square park centre district province capital neighbour partner investor loan debt share
export import trade border migrant refugee camp flood fire storm weather winter summer spring
autumn morning evening night hour minute record level number half quarter end start beginning"""

EN_VERBS = """say:says:said:saying tell:tells:told:telling make:makes:made:making
take:takes:took:taking give:gives:gave:giving go:goes:went:going come:comes:came:coming
know:knows:knew:knowing see:sees:saw:seeing find:finds:found:finding meet:meets:met:meeting
hold:holds:held:holding build:builds:built:building begin:begins:began:beginning
win:wins:won:winning lose:loses:lost:losing rise:rises:rose:rising fall:falls:fell:falling
pay:pays:paid:paying spend:spends:spent:spending leave:leaves:left:leaving run:runs:ran:running
lead:leads:led:leading keep:keeps:kept:keeping bring:brings:brought:bringing
cut:cuts:cut:cutting plan:plans:planned:planning expect announce agree start end open close vote ask call help need want
continue remain increase reduce raise receive launch sign approve reject accuse deny confirm warn
claim estimate add include allow offer provide demand propose discuss visit return stay move hope
try believe arrest injure report support attend invest repair finish complete delay
criticise welcome describe explain insist suggest urge respond"""

EN_ADJECTIVES = """new last first local national public political economic former next major
high low large small big long short early late young old general foreign military financial social
European Serbian regional international key final recent main several good bad strong important
possible clear full free senior annual private legal serious difficult cultural second third
previous current central northern southern eastern western independent special"""

EN_ADVERBS = """also still now already only however again later then even about around nearly
almost recently today yesterday tomorrow earlier soon once instead"""

SR_FUNCTION = """je i u da se na su za od a će o sa iz koji što to ne kako ali kao bi do po nije
biti koja koje još već ove ovo taj tog kada samo više prema ili posle pre tokom nakon oko među bez
kod jer dok sve svi čak tako sada danas juče sutra ovog ovih tim tome toga ga mu im ih njih on ona
oni one mi vi ja smo ste bili bila bilo bio ima imaju nema nisu može mogu treba trebalo biće bilo
kojoj kojem kojih kojima svoj svoje svojim onda zatim ipak takođe jedan jedna jedno dva tri pet"""

SR_NOUNS = """m:zakon m:sud m:plan m:ugovor m:predlog m:rezultat m:budžet m:problem m:razgovor
m:dokument m:događaj m:projekat m:sastanak m:rok m:grad m:narod m:svet m:put m:broj
m:dan m:mesec m:predsednik m:ministar m:poslanik m:gradonačelnik m:direktor m:lekar
m:radnik m:student m:građanin m:saobraćaj m:izbor m:protest m:štrajk m:trg m:most m:aerodrom
m:festival m:film m:koncert m:klub m:trener m:igrač m:turnir m:meč m:gol m:rast m:porez m:dinar
m:kredit m:dug m:izvoz m:uvoz m:zahtev m:odgovor m:početak m:kraj m:sistem m:program
f:vlada f:skupština f:zemlja f:opština f:cena f:firma f:godina f:nedelja f:stranka f:policija
f:država f:škola f:bolnica f:ulica f:reka f:struja f:voda f:mreža f:kuća f:porodica f:žena f:ideja
f:komisija f:agencija f:uprava f:investicija f:reforma f:kampanja f:pobeda f:utakmica f:sezona
f:izložba f:knjiga f:predstava f:istraga f:presuda f:optužba f:kazna f:plata f:penzija
f:zgrada f:pruga f:granica f:vojska f:politika f:ekonomija f:odluka f:tema
n:mesto n:selo n:ministarstvo n:tržište n:pitanje n:rešenje n:saopštenje n:istraživanje
n:mišljenje n:društvo n:veće n:ulaganje n:leto n:proleće n:jutro n:pravo
n:zdravlje n:obrazovanje n:poslovanje n:takmičenje n:nezadovoljstvo"""

SR_VERBS = """a:plan a:očekiv a:razgovar a:potpis a:ostvariv a:odgovar a:pokaz a:ček a:pit
a:nastavlj a:održav a:obezbeđiv a:finansir a:kritikov a:podrž a:analizir a:organizov a:predstavlj
a:ukaz a:saopštav a:naglašav a:zahtev a:insistir a:usvaj a:odbij a:smatr a:prikaz a:dobij
a:poboljšav a:predviđ a:pozdravlj i:govor i:traž i:naglas i:odluč i:rad i:plat i:tvrd i:ocen
i:naprav i:otvor i:zatvor i:vrat i:ulož i:ponud i:potvrd i:objav i:prim i:uspostav i:sprovod
i:izjav i:ostvar i:zaključ i:najav i:uključ"""

SR_ADJECTIVES = """nov star velik mal državn lokaln javn političk ekonomsk srpsk evropsk gradsk
prošl sledeć glavn važn prv drug visok nisk mlad zdravstven finansijsk socijaln međunarodn
regionaln opštinsk vojn privatn pravn ozbiljn tešk kulturn sportsk nacionaln zvaničn godišnj
posebn nezavisn ukupn trenutn"""

_SR_ENDINGS = {
    "m": ("", "a", "u", "om", "i", "e", "ima"),
    "f": ("a", "e", "i", "u", "om", "ama"),
    "n": ("o", "a", "u", "om", "ima"),
    "a": ("ati", "a", "aju", "ao", "ala", "alo", "ali", "ale", "am", "amo", "aće"),
    "i": ("iti", "i", "e", "io", "ila", "ilo", "ili", "ile", "im", "imo", "iće"),
    "adj": ("i", "a", "o", "e", "og", "oj", "u", "ih", "im", "om", "ima"),
}
_FLEETING_A = frozenset({"projekat", "sastanak", "početak"})
# How often each form of a lemma appears, by its place in the ending list (the first forms
# most often), so a lemma's forms share its weight unevenly, as in real Serbian.
_FORM_WEIGHTS = (1.0, 0.7, 0.5, 0.35, 0.3, 0.25, 0.2, 0.15, 0.12, 0.1, 0.08)

EN_FIRST = """James Sarah David Emma Michael Laura John Helen Peter Anna Thomas Claire Daniel
Rachel Mark Kate Richard Susan Paul Lucy Andrew Jane Simon Ruth George Alice Robert Grace"""
EN_LAST = """Smith Brown Taylor Wilson Evans Harris Clarke Walker Wright Hughes Green Hall Wood
Turner Baker Hill Moore Cooper Ward Morgan Bennett Price Bailey Fisher Lloyd Parker Reed Shaw"""
SR_FIRST = """Ana Marko Jelena Nikola Milica Stefan Ivana Nenad Dragana Miloš Vesna Dušan Tijana
Aleksandar Jovana Zoran Marija Vladimir Snežana Bojan Katarina Dejan Gordana Ivan Sanja Goran
Tamara Predrag Branka Slobodan"""
SR_LAST = """Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović
Popović Kovačević Todorović Lazić Ristić Savić Mitrović Vasić Radović Janković Simić Obradović
Kostić Živković Tomić Đukić Babić Filipović Lukić Milić Bogdanović"""
EN_PLACES = """Belgrade Moscow Brussels Berlin London Paris Washington Vienna Kyiv Pristina
Sarajevo Zagreb Budapest Athens Rome Geneva Ankara Beijing Tokyo Ljubljana Skopje Podgorica Sofia
Bucharest Warsaw Prague Madrid Istanbul Strasbourg Novi_Sad Nis"""
# Serbian places: nominative:locative
SR_PLACES = """Beograd:Beogradu Novi_Sad:Novom_Sadu Niš:Nišu Kragujevac:Kragujevcu
Subotica:Subotici Čačak:Čačku Kraljevo:Kraljevu Zrenjanin:Zrenjaninu Pančevo:Pančevu
Leskovac:Leskovcu Valjevo:Valjevu Šabac:Šapcu Smederevo:Smederevu Užice:Užicu Vranje:Vranju
Sombor:Somboru Kruševac:Kruševcu Novi_Pazar:Novom_Pazaru Pirot:Pirotu Zaječar:Zaječaru
Brisel:Briselu Moskva:Moskvi Berlin:Berlinu Beč:Beču Vašington:Vašingtonu Pariz:Parizu"""
EN_MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()
SR_MONTHS = """januar februar mart april maj jun jul avgust septembar oktobar novembar
decembar""".split()
LINK_SITES = """vesti.example.rs dnevnik.example.rs tribune.example.com gov.example.rs
stats.example.org court.example.rs""".split()


def _zipf(n: int, s: float = 1.0, shift: float = 2.7) -> list[float]:
    return [1.0 / (rank + shift) ** s for rank in range(1, n + 1)]


def _english_forms() -> list[tuple[str, float]]:
    """(form, weight) for every English word form, function words first."""
    lemmas: list[list[str]] = [[w] for w in EN_FUNCTION.split()]
    nouns = [[n, n + "s" if not n.endswith(("s", "ch", "sh", "x")) else n + "es"]
             for n in EN_NOUNS.split()]  # fmt: skip
    verbs = []
    for entry in EN_VERBS.split():
        if ":" in entry:
            verbs.append(entry.split(":"))
        else:
            stem = entry[:-1] if entry.endswith("e") else entry
            verbs.append([entry, entry + "s", stem + "ed", stem + "ing"])
    adjectives = [[a] for a in EN_ADJECTIVES.split()]
    adverbs = [[a] for a in EN_ADVERBS.split()]
    # Content lemmas interleaved, so nouns, verbs and adjectives each have frequent members.
    content: list[list[str]] = []
    for group in _interleave(nouns, verbs, adjectives, adverbs):
        content.append(group)
    return _weighted(lemmas + content, (1.0, 0.45, 0.6, 0.25))


def _serbian_forms() -> list[tuple[str, float]]:
    lemmas: list[list[str]] = [[w] for w in SR_FUNCTION.split()]
    nouns = [_sr_paradigm(entry.split(":")[1], entry.split(":")[0]) for entry in SR_NOUNS.split()]
    verbs = [_sr_paradigm(entry.split(":")[1], entry.split(":")[0]) for entry in SR_VERBS.split()]
    adjectives = [_sr_paradigm(a, "adj") for a in SR_ADJECTIVES.split()]
    content = list(_interleave(nouns, verbs, adjectives))
    return _weighted(lemmas + content, _FORM_WEIGHTS)


def _sr_paradigm(stem: str, kind: str) -> list[str]:
    if stem in _FLEETING_A:  # "sastanak" -> "sastanka"
        short = stem[:-2] + stem[-1]
        return [stem] + [short + e for e in _SR_ENDINGS[kind][1:]]
    if kind == "n" and stem.endswith("e"):
        return [stem] + [stem[:-1] + e for e in ("a", "u", "em", "ima")]
    if kind in "mfn":
        base = stem[:-1] if kind in "fn" else stem
        return [base + e for e in _SR_ENDINGS[kind]]
    return [stem + e for e in _SR_ENDINGS[kind]]


def _interleave(*groups: list[list[str]]):
    longest = max(len(g) for g in groups)
    for i in range(longest):
        for group in groups:
            if i < len(group):
                yield group[i]


def _weighted(lemmas: list[list[str]], form_weights: tuple[float, ...]) -> list[tuple[str, float]]:
    forms: dict[str, float] = {}
    for lemma_weight, lemma_forms in zip(_zipf(len(lemmas)), lemmas, strict=True):
        share = form_weights[: len(lemma_forms)]
        total = sum(share) + 0.08 * max(0, len(lemma_forms) - len(share))
        for i, form in enumerate(lemma_forms):
            w = share[i] if i < len(share) else 0.08
            forms[form] = forms.get(form, 0.0) + lemma_weight * w / total
    return sorted(forms.items(), key=lambda item: -item[1])


@dataclass
class Vocabulary:
    """Everything the copy of one language is drawn from, already in its script."""

    tag: str
    forms: list[str]
    cum_weights: list[float]
    content: list[str]  # mid-frequency forms a story's topic is picked from
    first_names: list[str]
    last_names: list[str]
    places: list[str]  # as a dateline names them
    places_in: list[str]  # "in Belgrade", "u Beogradu"
    months: list[str]
    said: tuple[str, str]  # attribution for a man, for a woman
    quotes: tuple[str, str]
    by: str  # "By {name}" or "Piše: {name}"
    correspondent: str  # "{place} correspondent" / "dopisnik iz {place}"
    percent: str
    decimal: str
    thousands: str
    convert: Any = field(default=lambda text: text)  # Latin to the language's script

    def draw(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.forms, cum_weights=self.cum_weights, k=k)


def _vocabulary(tag: str, forms: list[tuple[str, float]], **details: Any) -> Vocabulary:
    words = [w for w, _ in forms]
    total, cum = 0.0, []
    for _, weight in forms:
        total += weight
        cum.append(total)
    start = min(150, len(words) // 4)
    return Vocabulary(tag, words, cum, words[start : start + 600], **details)


def _names(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


def _english() -> Vocabulary:
    return _vocabulary(
        "en",
        _english_forms(),
        first_names=_names(EN_FIRST),
        last_names=_names(EN_LAST),
        places=_names(EN_PLACES),
        places_in=["in " + p for p in _names(EN_PLACES)],
        months=EN_MONTHS,
        said=("he said", "she said"),
        quotes=("\u201c", "\u201d"),
        by="By {name}",
        correspondent="{place} correspondent",
        percent="percent",
        decimal=".",
        thousands=",",
    )


def _serbian_latin() -> Vocabulary:
    places = [p.split(":") for p in SR_PLACES.split()]
    return _vocabulary(
        "sr-Latn",
        _serbian_forms(),
        first_names=_names(SR_FIRST),
        last_names=_names(SR_LAST),
        places=[n.replace("_", " ") for n, _ in places],
        places_in=["u " + loc.replace("_", " ") for _, loc in places],
        months=SR_MONTHS,
        said=("rekao je", "rekla je"),
        quotes=("\u201e", "\u201c"),
        by="Piše: {name}",
        correspondent="dopisnik iz {place}",
        percent="odsto",
        decimal=",",
        thousands=".",
    )


def _cyrillic(latin: Vocabulary) -> Vocabulary:
    """The Serbian vocabulary transliterated once, so drawing Cyrillic costs no more than Latin."""

    def convert(items: list[str]) -> list[str]:
        return [to_cyrillic(item) for item in items]

    return Vocabulary(
        "sr-Cyrl",
        convert(latin.forms),
        latin.cum_weights,
        convert(latin.content),
        convert(latin.first_names),
        convert(latin.last_names),
        convert(latin.places),
        convert(latin.places_in),
        convert(latin.months),
        (to_cyrillic(latin.said[0]), to_cyrillic(latin.said[1])),
        latin.quotes,
        "Пише: {name}",
        "дописник из {place}",
        "одсто",
        latin.decimal,
        latin.thousands,
        to_cyrillic,
    )


def vocabularies() -> dict[str, Vocabulary]:
    latin = _serbian_latin()
    return {"en": _english(), "sr-Latn": latin, "sr-Cyrl": _cyrillic(latin)}


# --- Copy -------------------------------------------------------------------------------------


@dataclass
class Topic:
    """What one story is about: words, people and places that come back in it."""

    words: list[str]
    people: list[tuple[str, str, bool]]  # first name, last name, is a woman
    places: list[str]

    def person(self, rng: random.Random, full: bool) -> str:
        first, last, _ = rng.choice(self.people)
        return f"{first} {last}" if full else last


def topic(rng: random.Random, v: Vocabulary) -> Topic:
    people = [
        (rng.choice(v.first_names), rng.choice(v.last_names), rng.random() < 0.45)
        for _ in range(rng.randint(1, 4))
    ]
    return Topic(rng.sample(v.content, 8), people, rng.sample(v.places_in, 2))


def number(rng: random.Random, v: Vocabulary) -> str:
    kind = rng.random()
    if kind < 0.35:
        return str(rng.randint(2, 60))
    if kind < 0.55:
        whole, part = rng.randint(1, 40), rng.randint(1, 9)
        return f"{whole}{v.decimal}{part} {v.percent}"
    if kind < 0.75:
        return f"{rng.randint(1, 999)}{v.thousands}{rng.randint(0, 999):03d}"
    if kind < 0.9:
        return str(rng.randint(1990, 2026))
    return f"{rng.randint(7, 22)}:{rng.choice(('00', '15', '30', '45'))}"


def sentence(rng: random.Random, v: Vocabulary, t: Topic, length: int | None = None) -> str:
    """One sentence, capitalised and ended, with the story's own words mixed in."""
    n = length or max(4, min(48, int(rng.lognormvariate(2.9, 0.38))))
    words = v.draw(rng, n)
    for i in range(n):
        roll = rng.random()
        if roll < 0.09:
            words[i] = rng.choice(t.words)
        elif roll < 0.12:
            words[i] = t.person(rng, full=rng.random() < 0.3)
        elif roll < 0.135:
            words[i] = rng.choice(t.places)
        elif roll < 0.155:
            words[i] = number(rng, v)
        elif roll < 0.22 and i < n - 1:
            words[i] += ","
    text = " ".join(words).rstrip(",")
    return text[0].upper() + text[1:] + ("?" if rng.random() < 0.02 else ".")


def quoted(rng: random.Random, v: Vocabulary, t: Topic) -> str:
    first, last, woman = rng.choice(t.people)
    said = v.said[1] if woman else v.said[0]
    inner = sentence(rng, v, t)[:-1]
    who = f"{first} {last}" if rng.random() < 0.5 else last
    if v.tag == "en":
        return f"{v.quotes[0]}{inner},{v.quotes[1]} {who} {said.split()[1]}."
    return f"{v.quotes[0]}{inner}{v.quotes[1]}, {said} {who}."


def paragraph_text(rng: random.Random, v: Vocabulary, t: Topic) -> str:
    count = rng.choices((1, 2, 3, 4, 5), weights=(25, 38, 22, 10, 5))[0]
    parts = [quoted(rng, v, t) if rng.random() < 0.12 else sentence(rng, v, t)
             for _ in range(count)]  # fmt: skip
    return " ".join(parts)


def headline(rng: random.Random, v: Vocabulary, t: Topic) -> str:
    return sentence(rng, v, t, rng.randint(5, 11))[:-1]


def _run(text: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, **extra}


def runs(rng: random.Random, text: str, site_words: list[str]) -> list[dict[str, Any]]:
    """A paragraph's text as runs: mostly plain, now and then a bold or italic phrase or a link.
    The runs' texts always join up to `text` exactly."""
    roll = rng.random()
    if roll >= 0.14:
        return [_run(text)]
    words = text.split(" ")
    if len(words) < 8:
        return [_run(text)]
    start = rng.randrange(0, len(words) - 5)
    end = start + rng.randint(2, 5)
    before = " ".join(words[:start]) + (" " if start else "")
    middle = " ".join(words[start:end])
    after = " " + " ".join(words[end:])
    if roll < 0.05:
        marked = _run(middle, marks=["bold"])
    elif roll < 0.1:
        marked = _run(middle, marks=["italic"])
    else:
        slug = "-".join(w.strip(",.").lower() for w in words[start:end])
        site = rng.choice(LINK_SITES)
        marked = _run(
            middle,
            link=f"https://{site}/{rng.choice(site_words)}/{slug}-{rng.randint(1000, 99999)}",
        )
    return [r for r in (_run(before), marked, _run(after)) if r["text"]]


def paragraph(rng: random.Random, v: Vocabulary, t: Topic) -> dict[str, Any]:
    return {"kind": "paragraph", "runs": runs(rng, paragraph_text(rng, v, t), t.words)}


MIN_WORDS, MAX_WORDS = 320, 2950  # with room for how Desk counts words


def block_words(block: dict[str, Any]) -> int:
    """A rough count (spaces), to size bodies; the story's word_count is counted properly."""
    return sum(run["text"].count(" ") + 1 for run in block.get("runs", ()))


def body(rng: random.Random, v: Vocabulary, t: Topic, words: int) -> list[dict[str, Any]]:
    """Blocks of about `words` words: paragraphs, and in longer copy a subhead every few
    paragraphs, maybe a block quote or a short list."""
    blocks: list[dict[str, Any]] = []
    count, since_subhead = 0, 0
    subheads = words > 600 and rng.random() < 0.45
    quote_at = rng.randint(2, 8) if rng.random() < 0.12 else -1
    list_at = rng.randint(3, 9) if rng.random() < 0.05 else -1
    while count < words:
        if subheads and since_subhead >= rng.randint(5, 9):
            text = sentence(rng, v, t, rng.randint(2, 5))[:-1]
            blocks.append({"kind": "subhead", "runs": [_run(text)], "level": 2})
            since_subhead = 0
        if len(blocks) == quote_at:
            blocks.append({"kind": "quote", "runs": [_run(quoted(rng, v, t))]})
        if len(blocks) == list_at:
            for _ in range(rng.randint(3, 5)):
                item = sentence(rng, v, t, rng.randint(4, 12))
                blocks.append({"kind": "list_item", "runs": [_run(item)], "ordered": False,
                               "level": 0})  # fmt: skip
        block = paragraph(rng, v, t)
        blocks.append(block)
        count += block_words(block)
        since_subhead += 1
    return blocks


def revise(
    rng: random.Random, v: Vocabulary, t: Topic, blocks: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The next revision, as an editor or writer makes it: one to three paragraphs rewritten,
    touched up, added or (rarely) cut, the body kept between 300 and 3,000 words. Unchanged
    blocks are shared with the revision before."""
    new = list(blocks)
    for _ in range(rng.choices((1, 2, 3), weights=(50, 35, 15))[0]):
        places = [i for i, b in enumerate(new) if b["kind"] == "paragraph"]
        roll = rng.random()
        if roll < 0.4 and places:
            i = rng.choice(places)
            words = "".join(r["text"] for r in new[i]["runs"]).split(" ")
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = v.draw(rng, 1)[0]
            new[i] = {"kind": "paragraph", "runs": runs(rng, " ".join(words), t.words)}
        elif roll < 0.7 and places:
            new[rng.choice(places)] = paragraph(rng, v, t)
        elif roll < 0.95 or len(places) < 4:
            new.insert(rng.randint(1, len(new)), paragraph(rng, v, t))
        else:
            del new[rng.choice(places[1:])]
    size = sum(block_words(b) for b in new)
    while size < MIN_WORDS:
        new.append(paragraph(rng, v, t))
        size += block_words(new[-1])
    while size > MAX_WORDS:
        size -= block_words(new.pop())
    return new


def body_text(blocks: list[dict[str, Any]]) -> str:
    """What Body.from_data(blocks).text gives, without building the Body (the test holds the
    two equal)."""
    texts = ("".join(r["text"] for r in b["runs"]) for b in blocks)
    return "\n\n".join(t for t in texts if t)
