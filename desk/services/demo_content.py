"""The sample newsroom: its people, desks and stories, written for `desk init --demo`.

Pure data, fed by the demo loader through the real workflow services, so every step below obeys
the workflow table: each story is created as a draft by its author holding ``versions[0]``, then
its ``steps`` run in order ("save" stores ``versions[step.version]`` as a new revision), then its
``notes`` are added as editorial comments. Times are hours from the moment the demo is built.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    name: str  # login name, lowercase ascii, e.g. "ana"
    display_name: str  # "Ana Ilić"
    role: str  # "correspondent" | "editor" | "chief"


@dataclass(frozen=True)
class Step:
    actor: str  # a Person.name
    # "save" or a workflow action: file, withdraw, claim, release, return, approve, reopen,
    # schedule, publish, correct, kill, spike, unspike
    action: str
    note: str = ""  # required for return, correct, kill; optional otherwise (a save's label)
    version: int = 0  # for "save": index into DemoStory.versions of the body saved (1, 2, ...)
    hours: float = 0  # for "schedule": publish time, hours from now (> 0, not before the embargo)


@dataclass(frozen=True)
class DemoStory:
    slug: str
    headline: str
    standfirst: str
    byline: str  # as printed, e.g. "By Ana Ilić" / "Piše: Marko Ris, dopisnik iz Niša"
    dateline: str  # e.g. "MOSCOW, Nov 27 —" / "ГРАЧАНИЦА, 28. новембар —"; "" for none
    desk: str  # one of DESKS
    language: str  # "en" | "sr-Latn" | "sr-Cyrl"
    author: str  # a Person.name: who creates the story
    # versions[0] is the body at creation; later ones are saved by "save" steps
    versions: tuple[str, ...]
    steps: tuple[Step, ...] = ()
    tags: tuple[str, ...] = ()
    target_words: int | None = None
    deadline_hours: float | None = None  # deadline, hours from now (negative: already late)
    embargo_hours: float | None = None  # embargo, hours from now
    # editorial comments: (Person.name, text), added after the steps
    notes: tuple[tuple[str, str], ...] = ()


DESKS: tuple[str, ...] = ("Politics", "Region", "World")

PEOPLE: tuple[Person, ...] = (
    Person("tom", "Tom Whitaker", "correspondent"),
    Person("claire", "Claire Donnelly", "correspondent"),
    Person("dan", "Dan Mercer", "correspondent"),
    Person("ana", "Ana Ilić", "correspondent"),
    Person("marko", "Marko Ris", "correspondent"),
    Person("jelena", "Јелена Петровић", "correspondent"),
    Person("nikola", "Никола Стојановић", "correspondent"),
    Person("peter", "Peter Hollis", "editor"),
    Person("vesna", "Vesna Kovač", "editor"),
    Person("dragan", "Dragan Savić", "chief"),
)

STORIES: tuple[DemoStory, ...] = (
    # ---- English -------------------------------------------------------------------------
    DemoStory(
        slug="moscow-heating-outage",
        headline="Moscow suburbs shiver as heating fails in first hard frost",
        standfirst=(
            "Hundreds of apartment blocks in two outlying districts have been without heating for "
            "a second day; the city utility blames a burst main."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 27 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Residents of more than 300 apartment blocks on Moscow’s south-eastern edge spent a "
            "second day without heating on Thursday as the first hard frost of the winter pushed "
            "temperatures down to minus 14 degrees Celsius.\n\n"
            "The outage began late on Tuesday, when a trunk main serving the Kapotnya and Maryino "
            "districts burst near a pumping station, the city’s heating utility said. Repair crews "
            "were working in shifts around the clock, it said in a statement, but it gave no date "
            "for a full restoration.\n\n"
            "In Maryino, families queued at a school that the district council had opened as a "
            "warming centre, carrying blankets, thermos flasks and their children’s homework. Some "
            "residents said they had been sleeping in their coats.\n\n"
            "“First they told us twelve hours, then twenty-four, and now nobody will give us a "
            "time at all,” said Irina Sokolova, 61, a retired teacher who lives on the ninth floor "
            "of a block on Lyublinskaya Street.\n\n"
            "By Thursday evening hot water had been restored to about a third of the affected "
            "buildings, the utility said.",
            # versions[1]
            "Residents of about 340 apartment blocks on Moscow’s south-eastern edge spent a second "
            "day without heating on Thursday as the first hard frost of the winter pushed "
            "temperatures down to minus 14 degrees Celsius.\n\n"
            "The outage began late on Tuesday, when a trunk main serving the Kapotnya and Maryino "
            "districts burst near a pumping station, the city’s heating utility said. Repair crews "
            "were working in shifts around the clock, it said in a statement, but it gave no date "
            "for a full restoration.\n\n"
            "The pipe that failed was laid in 1978 and had been due to be replaced next summer, an "
            "engineer at the site told reporters. He asked not to be named because he was not "
            "authorised to speak to the press.\n\n"
            "In Maryino, families queued at a school that the district council had opened as a "
            "warming centre, carrying blankets, thermos flasks and their children’s homework. Some "
            "residents said they had been sleeping in their coats.\n\n"
            "“First they told us twelve hours, then twenty-four, and now nobody will give us a "
            "time at all,” said Irina Sokolova, 61, a retired teacher who lives on the ninth floor "
            "of a block on Lyublinskaya Street.\n\n"
            "By Thursday evening heating and hot water had been restored to 112 of the affected "
            "buildings, the utility said, and it expected to reconnect most of the rest by Friday.",
            # versions[2]
            "About 340 apartment blocks on Moscow’s south-eastern edge were without heating for a "
            "second day on Thursday, as the winter’s first hard frost pushed temperatures down to "
            "minus 14C.\n\n"
            "The outage began late on Tuesday, when a trunk main serving the Kapotnya and Maryino "
            "districts burst near a pumping station, the city’s heating utility said. Repair crews "
            "were working in shifts around the clock, it said in a statement, but it gave no date "
            "for a full restoration.\n\n"
            "The pipe that failed was laid in 1978 and had been due to be replaced next summer, an "
            "engineer at the site told reporters. He asked not to be named because he was not "
            "authorised to speak to the press.\n\n"
            "In Maryino, families queued at a school that the district council had opened as a "
            "warming centre, carrying blankets, thermos flasks and their children’s homework. Some "
            "residents said they had been sleeping in their coats.\n\n"
            "“First they told us twelve hours, then twenty-four, and now nobody will give us a "
            "time at all,” said Irina Sokolova, 61, a retired teacher who lives on the ninth floor "
            "of a block on Lyublinskaya Street.\n\n"
            "By Thursday evening heating and hot water had been restored to 112 of the affected "
            "buildings, the utility said, and it expected to reconnect most of the rest by "
            "Friday.\n\n"
            "The city prosecutor’s office said it had opened an inquiry into whether the utility "
            "had kept up with scheduled maintenance on the network, which serves some 90,000 "
            "people in the two districts.",
        ),
        steps=(
            Step("tom", "save", version=1, note="Engineer on the pipe; updated building count"),
            Step("tom", "save", version=2, note="New lede; prosecutor’s inquiry"),
        ),
        tags=("moscow", "utilities", "winter"),
        target_words=300,
        deadline_hours=20,
        notes=(
            (
                "peter",
                (
                    "@tom Good start. Can you get the utility on record about when the main was "
                    "last inspected? I need it by 16:00 for the World page."
                ),
            ),
            (
                "tom",
                (
                    "@peter Questions are in with their press office; they promise a written "
                    "answer this afternoon."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="eu-cohesion-talks",
        headline="EU finance ministers fail to bridge gap over regional funds",
        standfirst=(
            "A late-night session in Brussels ended without agreement on how much of the next "
            "long-term budget should go to poorer regions."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 27 —",
        desk="Politics",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "European Union finance ministers broke up talks in the early hours of Thursday "
            "without agreeing how to divide the bloc’s next seven-year budget, leaving net "
            "contributors and the poorer member states in the east and south as far apart as when "
            "they sat down.\n\n"
            "The sticking point remains the share for cohesion funds, which pay for roads, "
            "railways and water treatment in less developed regions. A compromise text circulated "
            "by the rotating presidency would cut the envelope by 8 percent in real terms. A group "
            "of fifteen countries has called that unacceptable.\n\n"
            "“We did not come here to sign a cut dressed up as modernisation,” said a minister "
            "from the group, who asked not to be named because the talks were confidential.\n\n"
            "The net payers want more of the money tied to economic reforms and to respect for the "
            "rule of law, and a larger share set aside for defence and research.\n\n"
            "Ministers will meet again on Dec 9. If they fail to agree then, the file passes to "
            "leaders at their summit later in the month.",
            # versions[1]
            "European Union finance ministers broke up talks in the early hours of Thursday "
            "without agreeing how to divide the bloc’s next seven-year budget, leaving net "
            "contributors and the poorer member states in the east and south as far apart as when "
            "they sat down.\n\n"
            "The sticking point remains the share for cohesion funds, which pay for roads, "
            "railways and water treatment in less developed regions. A compromise text circulated "
            "by the rotating presidency would cut the envelope by about 7 percent in real terms, "
            "according to two diplomats who have seen it. A group of fourteen countries has called "
            "that unacceptable.\n\n"
            "“We did not come here to sign a cut dressed up as modernisation,” said a minister "
            "from the group, who asked not to be named because the talks were confidential.\n\n"
            "The net payers want more of the money tied to economic reforms and to respect for the "
            "rule of law, and a larger share set aside for defence and research.\n\n"
            "“Every euro has to show a result, whether it is spent in Lisbon or in Łódź,” said "
            "Sander Blom, a spokesman for the Dutch finance ministry. “That is not a cut. That is "
            "accountability.”\n\n"
            "Ministers will meet again on Dec 9. If they fail to agree then, the file passes to "
            "leaders at their summit later in the month.",
        ),
        steps=(
            Step("claire", "file"),
            Step("claire", "withdraw", note="Wrong figure in par 2; refiling in ten minutes."),
            Step(
                "claire",
                "save",
                version=1,
                note="Corrected the cut (7 percent) and the country count; Dutch quote",
            ),
            Step("claire", "file"),
        ),
        tags=("eu", "budget", "cohesion"),
        target_words=220,
        deadline_hours=-2,
        notes=(
            (
                "claire",
                (
                    "@peter Refiled: the cut is about 7 percent, not 8, and it is fourteen "
                    "countries, not fifteen. Added a quote from the Dutch finance ministry."
                ),
            ),
            ("peter", "Thanks. I’ll take it as soon as the Kyiv piece is done."),
        ),
    ),
    DemoStory(
        slug="kyiv-heating-points",
        headline="Kyiv opens more than 1,200 heating points ahead of winter",
        standfirst=(
            "The city says the tents and school halls will stay open round the clock whenever "
            "power cuts return."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 27 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv’s city administration said on Thursday it had opened more than 1,200 heating "
            "points in schools, libraries and large tents across the capital, preparing for power "
            "cuts that could return as temperatures fall.\n\n"
            "Each point is meant to keep running for at least three days without mains power, said "
            "Oleg Marchenko, a deputy head of the city administration responsible for civil "
            "protection.\n\n"
            "“Nobody should be left alone in a cold flat,” he told reporters at a tent set up "
            "outside a metro station on the left bank of the Dnipro. “If the lights go out, people "
            "know where to go.”\n\n"
            "According to the administration, every point must offer:\n\n"
            "- a generator with fuel for at least 72 hours\n"
            "- drinking water, tea and a hot meal\n"
            "- phone charging and internet access\n"
            "- a first-aid kit and a trained volunteer\n\n"
            "Last winter the city ran about 900 such points, and volunteers say the busiest were "
            "in high-rise districts, where lifts and water pumps stop when the power goes. This "
            "year the administration has added points in the outer districts and at the main "
            "railway stations.\n\n"
            "Ukraine’s grid operator has said scheduled outages are possible in the coming weeks "
            "if the network is damaged again.",
            # versions[1]
            "Kyiv has opened more than 1,200 heating points in schools, libraries and tents across "
            "the capital in case power cuts return as temperatures fall, the city administration "
            "said on Thursday.\n\n"
            "Each point is meant to keep running for at least three days without mains power, said "
            "Oleh Marchenko, a deputy head of the city administration responsible for civil "
            "protection.\n\n"
            "“Nobody should be left alone in a cold flat,” he told reporters at a tent set up "
            "outside a metro station on the left bank of the Dnipro. “If the lights go out, people "
            "know where to go.”\n\n"
            "According to the administration, every point must offer:\n\n"
            "- a generator with fuel for at least 72 hours\n"
            "- drinking water, tea and a hot meal\n"
            "- phone charging and internet access\n"
            "- a first-aid kit and a trained volunteer\n\n"
            "The city ran about 900 such points last winter. This year it has added more in the "
            "outer districts and at the main railway stations.\n\n"
            "Ukraine’s grid operator has said scheduled outages are possible in the coming weeks "
            "if the network is damaged again.",
        ),
        steps=(
            Step("dan", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "save",
                version=1,
                note="Tightened lede; Oleh, not Oleg; trimmed the last-winter par",
            ),
        ),
        tags=("kyiv", "energy", "winter"),
        target_words=200,
        deadline_hours=5,
        notes=(
            (
                "peter",
                (
                    "@dan I’ve changed Oleg to Oleh, per house style for Ukrainian names, and cut "
                    "the par on last winter to two sentences. Shout if you object."
                ),
            ),
            (
                "dan",
                (
                    "All fine by me. The 1,200 figure is from the list the city published on its "
                    "website this morning."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="moscow-metro-delay",
        headline="Opening of Moscow’s south-western metro line slips by a year",
        standfirst=(
            "City hall blames late deliveries of tunnelling equipment; engineers on the project "
            "say the route was redesigned twice."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 26 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "The opening of a new metro line to Moscow’s south-western suburbs has been pushed "
            "back by at least a year, to 2027, the city’s deputy mayor for transport said on "
            "Wednesday, citing delays in deliveries of tunnelling equipment.\n\n"
            "The 38-kilometre line, with 14 stations, was meant to link the centre with new "
            "housing estates where hundreds of thousands of people have moved over the past "
            "decade, many of whom now spend two hours a day on buses.\n\n"
            "“The tunnels are 70 percent complete, but we will not open a station that is not "
            "safe,” Deputy Mayor Anatoly Gromov told a city council session. He did not say how "
            "much the delay would add to the cost of the project.\n\n"
            "Two engineers employed by subcontractors on the project said the route of the "
            "southern section had been redesigned twice since construction began, partly because "
            "of ground water. Both spoke on condition of anonymity.",
            # versions[1]
            "The opening of a new metro line to Moscow’s south-western suburbs has been pushed "
            "back by at least a year, to 2027, the city’s deputy mayor for transport said on "
            "Wednesday, citing delays in deliveries of tunnelling equipment.\n\n"
            "The 38-kilometre line, with 14 stations, was meant to link the centre with new "
            "housing estates where hundreds of thousands of people have moved over the past "
            "decade, many of whom now spend two hours a day on buses.\n\n"
            "“The tunnels are 70 percent complete, but we will not open a station that is not "
            "safe,” Deputy Mayor Anatoly Gromov told a city council session. He did not say how "
            "much the delay would add to the cost of the project.\n\n"
            "Two engineers employed by subcontractors on the project said the route of the "
            "southern section had been redesigned twice since construction began, partly because "
            "of ground water. Both spoke on condition of anonymity.\n\n"
            "Commuters on the estates said they were resigned. “We were promised a station by the "
            "time my son started school,” said Yulia Antonova, 34, who works at a bank in the "
            "centre. “He is in the third grade now.”",
        ),
        steps=(
            Step("tom", "save", version=1, note="Added commuter quote"),
            Step("tom", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Tom, two things before this can run. 1) The 2027 date: is that Gromov’s, on "
                    "the record, or the engineers’? The lede says he said it, but par 3 doesn’t "
                    "quote it. 2) We need the main contractor’s response to the redesign claim, or "
                    "a line saying they did not reply. Please refile by 18:00."
                ),
            ),
        ),
        tags=("moscow", "transport", "metro"),
        target_words=250,
        deadline_hours=-3,
        notes=(
            (
                "tom",
                (
                    "@peter Gromov said 2027 in the session; it is on the council video at "
                    "1:14:20. Calling the contractor now."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="vienna-gas-storage",
        headline=(
            "Central Europe enters winter with gas stores almost full, but February could be tight"
        ),
        standfirst=(
            "A Vienna research group warns that a cold late winter would drain storage faster than "
            "at any time since 2022."
        ),
        byline="By Claire Donnelly",
        dateline="VIENNA, Nov 28 —",
        desk="World",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "Gas storage sites across central Europe are 94 percent full as the heating season "
            "begins, but a prolonged cold spell in February could push reserves close to their "
            "technical minimum, a Vienna-based research group said in a report released on "
            "Friday.\n\n"
            "The Danube Energy Observatory, which tracks storage in Austria, Germany, the Czech "
            "Republic, Slovakia and Hungary, said the region had replaced most of the pipeline gas "
            "it lost in 2022 with liquefied natural gas shipped through terminals in Germany, "
            "Italy and Croatia.\n\n"
            "“The tanks are full. The question is how quickly we can refill them in a hard "
            "winter,” said Katharina Berger, the observatory’s lead analyst. “The pipes from the "
            "coast were not built for the region’s peak demand.”\n\n"
            "## Three scenarios\n\n"
            "The report models three winters. In a mild one, storage would still be above 45 "
            "percent on April 1. In an average one, about 30 percent. In a cold one, with two "
            "weeks below minus 10 degrees in February, reserves would fall to 12 percent, close to "
            "the level at which pressure in some sites becomes too low to pump gas out quickly.\n\n"
            "The observatory urged governments to agree in advance how they would share gas in an "
            "emergency, rather than negotiate once reserves were already falling.",
            # versions[1]
            "Gas storage sites across central Europe are 94 percent full as the heating season "
            "begins, but a prolonged cold spell in February could push reserves close to their "
            "technical minimum, a Vienna-based research group said in a report released on "
            "Friday.\n\n"
            "The Danube Energy Observatory, which tracks storage in Austria, Germany, the Czech "
            "Republic, Slovakia and Hungary, said the region had replaced most of the pipeline gas "
            "it lost in 2022 with liquefied natural gas shipped through terminals in Germany, "
            "Italy and Croatia.\n\n"
            "“The tanks are full. The question is how quickly we can refill them in a hard "
            "winter,” said Katharina Berger, the observatory’s lead analyst. “The pipes from the "
            "coast were not built for the region’s peak demand.”\n\n"
            "Wholesale prices on the Vienna hub have risen by about a fifth since October, the "
            "report notes, though they remain well below the peaks of 2022.\n\n"
            "## Three scenarios\n\n"
            "The report models three winters. In a mild one, storage would still be above 45 "
            "percent on April 1. In an average one, about 30 percent. In a cold one, with two "
            "weeks below minus 10 degrees in February, reserves would fall to 12 percent, close to "
            "the level at which pressure in some sites becomes too low to pump gas out quickly.\n\n"
            "The observatory urged governments to agree in advance how they would share gas in an "
            "emergency, rather than negotiate once reserves were already falling.",
            # versions[2]
            "Gas storage sites across central Europe are 94 percent full as the heating season "
            "begins, but a prolonged cold spell in February could push reserves close to their "
            "technical minimum, according to a report by a Vienna research group published on "
            "Friday.\n\n"
            "The Danube Energy Observatory, which tracks storage in Austria, Germany, the Czech "
            "Republic, Slovakia and Hungary, said the region had replaced most of the pipeline gas "
            "it lost in 2022 with liquefied natural gas shipped through terminals in Germany, "
            "Italy and Croatia.\n\n"
            "“The tanks are full. The question is how quickly we can refill them in a hard "
            "winter,” said Katharina Berger, the observatory’s lead analyst. “The pipes from the "
            "coast were not built for the region’s peak demand.”\n\n"
            "Wholesale prices on the Vienna hub have risen by about a fifth since October, the "
            "report notes, though they remain well below the peaks of 2022.\n\n"
            "## Three scenarios\n\n"
            "The report models three winters. In a mild one, storage would still be above 45 "
            "percent on April 1. In an average winter, about 30 percent. In a cold one, with two "
            "weeks below minus 10 degrees in February, reserves would fall to 12 percent, close to "
            "the level at which pressure in some sites becomes too low to pump gas out quickly.\n\n"
            "The observatory urged governments to agree in advance how they would share gas in an "
            "emergency, rather than negotiate once reserves were falling.",
        ),
        steps=(
            Step("claire", "save", version=1, note="Added prices par"),
            Step("claire", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=2, note="Tightened attribution and scenarios"),
            Step("peter", "approve"),
        ),
        tags=("energy", "gas", "austria"),
        target_words=250,
        deadline_hours=24,
        embargo_hours=30,
        notes=(
            (
                "peter",
                (
                    "Under embargo until the observatory releases the report on Friday. Approved; "
                    "@dragan please schedule it for the embargo time."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="eu-enlargement-report",
        headline="EU report praises Western Balkan reforms but warns on courts and media",
        standfirst=(
            "The Commission’s annual assessment, published on Friday, says progress has been "
            "uneven across the six candidates."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 28 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "The European Commission says the six Western Balkan countries seeking EU membership "
            "have made progress on public finances and energy markets over the past year, but "
            "warns that judicial reform and media freedom remain the main obstacles, according to "
            "its annual enlargement report.\n\n"
            "The report finds that Montenegro and Albania have done the most to meet the bloc’s "
            "conditions. Montenegro closed two more negotiating chapters this year and Albania "
            "adopted a new law on the vetting of prosecutors, but the report says Montenegro must "
            "still show results in organised crime cases, that its parliament has been slow to "
            "appoint constitutional judges and that its tax administration reform is behind "
            "schedule.\n\n"
            "On Serbia, the report notes progress in aligning energy rules with EU law but finds "
            "“limited progress” on the independence of the judiciary and on media freedom, citing "
            "pressure on local journalists.\n\n"
            "It says Belgrade and Pristina must implement agreements already reached in the "
            "EU-facilitated dialogue before new steps can be discussed.\n\n"
            "North Macedonia, Bosnia and Herzegovina and Kosovo receive mixed assessments.",
            # versions[1]
            "In its annual enlargement report, published on Friday, the European Commission says "
            "the six Western Balkan countries seeking EU membership have made progress on public "
            "finances and energy markets over the past year, but that judicial reform and media "
            "freedom remain the main obstacles.\n\n"
            "Montenegro and Albania have done the most to meet the bloc’s conditions, the report "
            "says. Montenegro closed two more negotiating chapters this year and Albania adopted a "
            "new law on vetting prosecutors, though Montenegro must still show results in "
            "organised crime cases.\n\n"
            "On Serbia, the report notes progress in aligning energy rules with EU law but finds "
            "“limited progress” on the independence of the judiciary and on media freedom, citing "
            "pressure on local journalists.\n\n"
            "It says Belgrade and Pristina must implement agreements already reached in the "
            "EU-facilitated dialogue before new steps can be discussed.\n\n"
            "North Macedonia is praised for reforms to public procurement but criticised over "
            "stalled constitutional changes. Bosnia and Herzegovina is urged to adopt a law on its "
            "state-level court, and Kosovo to improve its record in prosecuting corruption.",
        ),
        steps=(
            Step("claire", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Claire, three things. The lede gives the source only at the very end of a "
                    "long sentence: put the report up front and say when it is out (Friday). Cut "
                    "the Montenegro par to two sentences. And either give North Macedonia, Bosnia "
                    "and Kosovo a line each or drop the last par. It is embargoed until tomorrow "
                    "morning, but please refile by 16:00."
                ),
            ),
            Step(
                "claire",
                "save",
                version=1,
                note="Rewritten after return: source up front, Montenegro cut, a line per country",
            ),
            Step("claire", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "schedule", hours=10),
        ),
        tags=("eu", "enlargement", "western balkans"),
        target_words=180,
        deadline_hours=9,
        embargo_hours=10,
        notes=(
            (
                "dragan",
                (
                    "Scheduled for the embargo time, not a minute earlier. @claire please be on "
                    "hand for reaction from Belgrade and Pristina."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="moscow-book-fair",
        headline="Moscow winter book fair draws crowds despite price rises",
        standfirst=(
            "Publishers say readers are buying fewer books but still turning out, with children’s "
            "titles and popular history the best sellers."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 26 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Moscow’s winter book fair opened on Wednesday with queues stretching round the "
            "exhibition centre, as publishers reported a record 83,000 visitors on the first day "
            "despite steep rises in the price of books.\n\n"
            "The fair, held each year in late November, brings together more than 300 publishers "
            "from across Russia and a dozen other countries. This year the organisers added a hall "
            "for independent and regional publishers, many of whom say they can no longer afford a "
            "stand at the city’s larger spring fair.\n\n"
            "Paper and printing costs have risen by about a third in two years, said Natalya "
            "Orlova, the fair’s director. “People tell us they are buying one book where they used "
            "to buy three,” she said. “But they still come, and they still read.”\n\n"
            "Children’s books and popular history were the best-selling categories on the opening "
            "day, according to the organisers. Translated fiction, once a staple of the fair, has "
            "shrunk as fewer foreign rights are being sold.\n\n"
            "The fair runs until Sunday.",
            # versions[1]
            "Moscow’s winter book fair opened on Wednesday to long queues, and organisers reported "
            "a record 83,000 visitors on the first day despite steep rises in the price of "
            "books.\n\n"
            "The fair, held each year in late November, brings together more than 300 publishers "
            "from across Russia and a dozen other countries. This year the organisers added a hall "
            "for independent and regional publishers, many of whom say they can no longer afford a "
            "stand at the city’s larger spring fair.\n\n"
            "Paper and printing costs have risen by about a third in two years, said Natalya "
            "Orlova, the fair’s director. “People tell us they are buying one book where they used "
            "to buy three,” she said. “But they still come, and they still read.”\n\n"
            "Children’s books and popular history were the best-selling categories on the opening "
            "day, according to the organisers. Translated fiction, once a staple of the fair, has "
            "shrunk as publishers struggle to buy foreign rights.\n\n"
            "The fair runs until Sunday.",
            # versions[2]
            "Moscow’s winter book fair opened on Wednesday to long queues, and organisers reported "
            "38,000 visitors on the first day despite steep rises in the price of books.\n\n"
            "The fair, held each year in late November, brings together more than 300 publishers "
            "from across Russia and a dozen other countries. This year the organisers added a hall "
            "for independent and regional publishers, many of whom say they can no longer afford a "
            "stand at the city’s larger spring fair.\n\n"
            "Paper and printing costs have risen by about a third in two years, said Natalia "
            "Orlova, the fair’s director. “People tell us they are buying one book where they used "
            "to buy three,” she said. “But they still come, and they still read.”\n\n"
            "Children’s books and popular history were the best-selling categories on the opening "
            "day, according to the organisers. Translated fiction, once a staple of the fair, has "
            "shrunk as publishers struggle to buy foreign rights.\n\n"
            "The fair runs until Sunday.\n\n"
            "This story has been corrected. An earlier version gave the opening-day attendance as "
            "a record 83,000; the organisers’ figure is 38,000. It also misspelt the name of the "
            "fair’s director.",
        ),
        steps=(
            Step("tom", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Tightened lede and the foreign-rights sentence"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "peter",
                "correct",
                note=(
                    "Opening-day attendance was 38,000, not a record 83,000: the figures were "
                    "transposed. The director’s name is Natalia Orlova, not Natalya."
                ),
            ),
            Step("peter", "save", version=2, note="Correction: attendance 38,000; Natalia Orlova"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("moscow", "culture", "books"),
        target_words=180,
        notes=(
            (
                "dragan",
                (
                    "Correction is out. @tom please check figures against the organisers’ release "
                    "before filing; this one went to two partner papers."
                ),
            ),
            ("tom", "Understood, my mistake. The release said 38,000 and I transposed it."),
        ),
    ),
    DemoStory(
        slug="kyiv-bridge-reopens",
        headline="Kyiv’s South Bridge to reopen to all traffic on Monday",
        standfirst=(
            "Repairs to the road deck took four months longer than planned; diverted buses will "
            "return to their routes next week."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 25 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv’s South Bridge across the Dnipro will reopen to all traffic on Monday after "
            "seven months of repairs to its road deck, the city administration said on Tuesday.\n\n"
            "Two of the bridge’s six lanes have been closed since April, causing queues of up to "
            "two hours at the morning peak on both banks. The work, originally due to finish in "
            "August, was delayed by shortages of steel and of qualified welders, the "
            "administration said.\n\n"
            "“From Monday morning all six lanes will be open, including to lorries,” said Serhiy "
            "Tkachenko, head of the city’s roads department.\n\n"
            "Buses diverted over the Paton Bridge during the repairs will return to their usual "
            "routes from Tuesday, the city transport company said.\n\n"
            "Drivers on the left bank welcomed the news. “I have been leaving home at six to get "
            "to work by nine,” said Andriy Koval, a delivery driver from Osokorky. “If this is "
            "true, I get two hours of my life back.”",
            # versions[1]
            "Kyiv’s South Bridge across the Dnipro will reopen to all traffic on Monday after "
            "seven months of repairs to its road deck, the city administration said on Tuesday.\n\n"
            "Two of the bridge’s six lanes have been closed since April, causing queues of up to "
            "two hours at the morning peak on both banks. The work, originally due to finish in "
            "August, was delayed by shortages of steel and of qualified welders, the "
            "administration said.\n\n"
            "“From Monday morning all six lanes will be open, including to lorries,” said Serhiy "
            "Tkachenko, head of the city’s roads department.\n\n"
            "Buses diverted over the Paton Bridge during the repairs will return to their usual "
            "routes from Tuesday, the city transport company said.\n\n"
            "“I have been leaving home at six to get to work by nine,” said Andriy Koval, a "
            "delivery driver from Osokorky on the left bank. “If this is true, I get two hours of "
            "my life back.”",
        ),
        steps=(
            Step("dan", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Trimmed the quote intro"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Kill. The city administration says the reopening date we reported came from a "
                    "draft schedule and has not been set; the roads department has withdrawn its "
                    "statement. Partners must not use this story. A new story will follow when a "
                    "date is confirmed."
                ),
            ),
        ),
        tags=("kyiv", "transport", "infrastructure"),
        target_words=150,
    ),
    DemoStory(
        slug="kyiv-street-names",
        headline="Kyiv council to vote on renaming 40 more streets",
        standfirst=(
            "The list includes streets named after Russian writers and Soviet scientists; some "
            "residents want a say."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 26 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv’s city council is due to vote on Thursday on renaming 40 more streets and "
            "squares, the latest stage of a campaign to remove names linked to Russia and the "
            "Soviet Union from the capital’s map.\n\n"
            "The list, drawn up by a commission of historians and local officials, includes "
            "streets named after Russian writers and Soviet scientists, as well as several named "
            "after towns in Russia. Most would take the names of Ukrainian cultural figures or of "
            "Ukrainian towns.\n\n"
            "Supporters say the changes are long overdue. Critics say residents should be "
            "consulted street by street, and small businesses complain about the cost of changing "
            "their addresses on signs, contracts and documents.\n\n"
            "“My grandmother lived on this street for fifty years, and nobody asked us,” said "
            "Olena Hrytsenko, a pharmacist on one of the streets on the list. “I am not against a "
            "new name. I am against not being asked.”\n\n"
            "If approved, the new names would take effect on January 1.",
        ),
        steps=(
            Step("dan", "file"),
            Step("peter", "claim"),
            Step("peter", "spike"),
        ),
        tags=("kyiv", "city council"),
        notes=(
            (
                "peter",
                (
                    "Spiked: the council has postponed the vote to January. @dan let’s do it fresh "
                    "on the day, with the final list."
                ),
            ),
        ),
    ),
    # ---- Serbian, Latin script -----------------------------------------------------------
    DemoStory(
        slug="nis-aerodrom-linije",
        headline="Niški aerodrom od marta uvodi četiri nove linije",
        standfirst=(
            "Direktor aerodroma očekuje da broj putnika sledeće godine prvi put pređe pola miliona."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Aerodrom „Konstantin Veliki“ u Nišu od marta će imati četiri nove redovne linije, ka "
            "Beču, Memingenu, Malmeu i Bazelu, saopštila je danas uprava aerodroma. Sve četiri "
            "linije održavaće niskotarifne kompanije, dva do tri puta nedeljno.\n\n"
            "Direktor aerodroma Dejan Pavlović rekao je na konferenciji za novinare da očekuje da "
            "broj putnika sledeće godine prvi put pređe pola miliona. Ove godine kroz niški "
            "aerodrom prošlo je oko 410.000 putnika.\n\n"
            "„Najveći deo naših putnika su ljudi iz južne i istočne Srbije koji rade u "
            "inostranstvu i njihove porodice. Nove linije su odgovor na ono što oni traže "
            "godinama“, rekao je Pavlović.\n\n"
            "Prema njegovim rečima, u toku su i radovi na proširenju putničkog terminala, koji bi "
            "trebalo da budu završeni do leta. Posle proširenja, terminal će moći da primi dva "
            "aviona istovremeno.",
            # versions[1]
            "Aerodrom „Konstantin Veliki“ u Nišu od marta će imati četiri nove redovne linije, ka "
            "Beču, Memingenu, Malmeu i Bazelu, saopštila je danas uprava aerodroma. Sve četiri "
            "linije održavaće niskotarifne kompanije, dva do tri puta nedeljno.\n\n"
            "Direktor aerodroma Dejan Pavlović rekao je na konferenciji za novinare da očekuje da "
            "broj putnika sledeće godine prvi put pređe pola miliona. Ove godine kroz niški "
            "aerodrom prošlo je oko 430.000 putnika, što je rekord od otvaranja aerodroma za "
            "civilni saobraćaj.\n\n"
            "„Najveći deo naših putnika su ljudi iz južne i istočne Srbije koji rade u "
            "inostranstvu i njihove porodice. Nove linije su odgovor na ono što oni traže "
            "godinama“, rekao je Pavlović.\n\n"
            "Prema njegovim rečima, u toku su i radovi na proširenju putničkog terminala, koji bi "
            "trebalo da budu završeni do leta. Posle proširenja, terminal će moći da primi dva "
            "aviona istovremeno.\n\n"
            "Gradski prevoznik najavio je da će od proleća autobuska linija do aerodroma "
            "saobraćati na svakih pola sata, umesto na svakih sat vremena, kao do sada.",
            # versions[2]
            "Aerodrom „Konstantin Veliki“ u Nišu od marta će imati četiri nove redovne linije, ka "
            "Beču, Memingenu, Malmeu i Bazelu, saopštila je danas uprava. Sve četiri linije "
            "održavaće niskotarifne kompanije, dva do tri puta nedeljno.\n\n"
            "Direktor aerodroma Dejan Pavlović rekao je na konferenciji za novinare da očekuje da "
            "broj putnika sledeće godine prvi put pređe pola miliona. Ove godine kroz niški "
            "aerodrom prošlo je oko 430.000 putnika, što je rekord od otvaranja aerodroma za "
            "civilni saobraćaj.\n\n"
            "„Najveći deo naših putnika su ljudi iz južne i istočne Srbije koji rade u "
            "inostranstvu i njihove porodice. Nove linije su odgovor na ono što oni traže "
            "godinama“, rekao je Pavlović.\n\n"
            "Prema njegovim rečima, u toku su i radovi na proširenju putničkog terminala, koji bi "
            "trebalo da budu završeni do leta. Posle proširenja, terminal će moći da primi dva "
            "aviona istovremeno.\n\n"
            "Gradski prevoznik najavio je da će od proleća autobuska linija do aerodroma "
            "saobraćati na svakih pola sata, umesto na svakih sat vremena, kao do sada.\n\n"
            "„Za Beč sam dosad morala da idem preko Beograda, a to je četiri sata vožnje samo do "
            "aerodroma“, rekla je Milena Stojković iz Aleksinca, koja radi kao negovateljica u "
            "Austriji.",
        ),
        steps=(
            Step(
                "marko",
                "save",
                version=1,
                note="Ispravljen broj putnika; autobuska linija do aerodroma",
            ),
            Step("marko", "save", version=2, note="Izjava putnice iz Aleksinca"),
        ),
        tags=("niš", "aerodrom", "saobraćaj"),
        target_words=200,
        deadline_hours=50,
        notes=(
            (
                "vesna",
                (
                    "@marko Proveri da li je linija za Memingen potvrđena ili je još u pregovorima "
                    "i javi mi do 15 časova."
                ),
            ),
            (
                "marko",
                (
                    "@vesna Potvrđena je, uprava mi je poslala raspored letova. Tekst šaljem do "
                    "kraja dana."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="beograd-budzet",
        headline="Beogradski odbornici do ponoći raspravljali o budžetu za narednu godinu",
        standfirst=(
            "Gradska vlast predlaže najveća ulaganja u javni prevoz i vodovod; opozicija traži "
            "više novca za vrtiće."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 27. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Skupština grada Beograda raspravljala je do ponoći o predlogu budžeta za narednu "
            "godinu, a glasanje je zakazano za sutra u deset časova.\n\n"
            "Predlog predviđa prihode od oko 250 milijardi dinara, što je sedam odsto više nego "
            "ove godine. Najveći deo novih ulaganja namenjen je javnom prevozu, kupovini novih "
            "autobusa i obnovi vodovodne mreže u prigradskim naseljima.\n\n"
            "„Ovo je budžet koji ulaže u ono što građani koriste svakog dana – u autobus kojim idu "
            "na posao i u vodu koja teče iz slavine“, rekla je gradska sekretarka za finansije "
            "Milica Jovanović.\n\n"
            "Opozicioni odbornici zamerili su što je za izgradnju novih vrtića predviđeno manje "
            "novca nego prošle godine. Odbornik Stefan Lukić rekao je da na upis u vrtiće u "
            "Beogradu čeka više od 3.000 dece.\n\n"
            "Očekuje se da predlog bude usvojen glasovima većine.",
            # versions[1]
            "Skupština grada Beograda raspravljala je do ponoći o predlogu budžeta za narednu "
            "godinu, a glasanje je zakazano za sutra u deset časova.\n\n"
            "Predlog predviđa prihode od oko 250 milijardi dinara, što je sedam odsto više nego "
            "ove godine. Najveći deo novih ulaganja namenjen je javnom prevozu, kupovini novih "
            "autobusa i obnovi vodovodne mreže u prigradskim naseljima. Za javni prevoz predviđeno "
            "je 36 milijardi dinara, a za vodovod i kanalizaciju 22 milijarde.\n\n"
            "„Ovo je budžet koji ulaže u ono što građani koriste svakog dana – u autobus kojim idu "
            "na posao i u vodu koja teče iz slavine“, rekla je gradska sekretarka za finansije "
            "Milica Jovanović.\n\n"
            "Opozicioni odbornici zamerili su što je za izgradnju novih vrtića predviđeno manje "
            "novca nego prošle godine. Odbornik Stefan Lukić rekao je da na upis u vrtiće u "
            "Beogradu čeka više od 3.000 dece.\n\n"
            "„Grad kupuje autobuse, a roditelji i dalje ne znaju gde će ostaviti dete kad se vrate "
            "na posao“, rekao je Lukić.\n\n"
            "Vladajuća većina ima 64 od 110 odbornika, pa se očekuje da predlog bude usvojen.",
        ),
        steps=(
            Step(
                "ana",
                "save",
                version=1,
                note="Iznosi za prevoz i vodovod; Lukićeva izjava; odnos snaga u skupštini",
            ),
            Step("ana", "file"),
        ),
        tags=("beograd", "budžet", "skupština grada"),
        target_words=150,
        deadline_hours=6,
    ),
    DemoStory(
        slug="novi-sad-biciklisticke-staze",
        headline="Novi Sad do kraja sledeće godine dobija 18 kilometara biciklističkih staza",
        standfirst=(
            "Nove staze povezaće Liman, Detelinaru i Petrovaradin; biciklisti traže i odvojene "
            "trake na bulevarima."
        ),
        byline="Piše: Ana Ilić",
        dateline="NOVI SAD, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Novi Sad će do kraja sledeće godine dobiti 18 kilometara novih biciklističkih staza, "
            "kojima bi trebalo da budu povezani Liman, Detelinara i Petrovaradin, najavila je "
            "danas Gradska uprava za saobraćaj i puteve.\n\n"
            "Prema rečima Jovana Radića iz gradske uprave, radovi na prvoj deonici, duž Bulevara "
            "cara Lazara, počinju u martu. Vrednost celog projekta procenjuje se na 4,5 miliona "
            "evra, a deo novca obezbediće evropski fond za održivi transport.\n\n"
            "„Novi Sad je ravan grad, kao stvoren za bicikl. Naš cilj je da za deset godina svaki "
            "peti odlazak na posao bude biciklom“, rekao je Radić.\n\n"
            "## Šta kažu biciklisti\n\n"
            "Udruženje „Dva točka“ pozdravilo je plan, ali upozorava da su postojeće staze često "
            "zauzete parkiranim automobilima i da nisu povezane u celinu.\n\n"
            "„Staza koja se završava nasred raskrsnice nije staza, nego zamka“, rekla je Sanja "
            "Vuković iz udruženja. Ona je dodala da bi grad trebalo da uvede i odvojene trake na "
            "najprometnijim bulevarima.\n\n"
            "Novi Sad sada ima oko 110 kilometara biciklističkih staza.",
            # versions[1]
            "Novi Sad će do kraja sledeće godine dobiti 18 kilometara novih biciklističkih staza, "
            "kojima bi trebalo da budu povezani Liman, Detelinara i Petrovaradin, najavila je "
            "danas Gradska uprava za saobraćaj i puteve.\n\n"
            "Prema rečima Jovana Radića iz gradske uprave, radovi na prvoj deonici, duž Bulevara "
            "cara Lazara, počinju u martu. Vrednost celog projekta procenjuje se na 4,2 miliona "
            "evra, a deo novca obezbediće evropski fond za održivi transport.\n\n"
            "„Novi Sad je ravan grad, kao stvoren za bicikl. Naš cilj je da za deset godina svaki "
            "peti odlazak na posao bude biciklom“, rekao je Radić.\n\n"
            "On je najavio i da će od januara kazne za parkiranje na biciklističkoj stazi biti "
            "udvostručene.\n\n"
            "## Šta kažu biciklisti\n\n"
            "Udruženje „Dva točka“ pozdravilo je plan, ali upozorava da su postojeće staze često "
            "zauzete parkiranim automobilima i da nisu povezane u celinu.\n\n"
            "„Staza koja se završava nasred raskrsnice nije staza, nego zamka“, rekla je Sanja "
            "Vuković iz udruženja. Ona je dodala da bi grad trebalo da uvede i odvojene trake na "
            "najprometnijim bulevarima.\n\n"
            "Novi Sad sada ima oko 110 kilometara biciklističkih staza.",
            # versions[2]
            "Novi Sad će do kraja sledeće godine dobiti 18 kilometara novih biciklističkih staza, "
            "koje će povezati Liman, Detelinaru i Petrovaradin, najavila je danas gradska "
            "uprava.\n\n"
            "Prema rečima Jovana Radića iz Gradske uprave za saobraćaj i puteve, radovi na prvoj "
            "deonici, duž Bulevara cara Lazara, počinju u martu. Vrednost celog projekta "
            "procenjuje se na 4,2 miliona evra, a deo novca obezbediće evropski fond za održivi "
            "transport.\n\n"
            "„Novi Sad je ravan grad, kao stvoren za bicikl. Naš cilj je da za deset godina svaki "
            "peti odlazak na posao bude biciklom“, rekao je Radić.\n\n"
            "On je najavio i da će od januara kazne za parkiranje na biciklističkoj stazi biti "
            "udvostručene.\n\n"
            "## Šta kažu biciklisti\n\n"
            "Udruženje „Dva točka“ pozdravilo je plan, ali upozorava da su postojeće staze često "
            "zauzete parkiranim automobilima i da nisu povezane u celinu.\n\n"
            "„Staza koja se završava nasred raskrsnice nije staza, nego zamka“, rekla je Sanja "
            "Vuković iz udruženja. Ona je dodala da bi grad trebalo da uvede i odvojene trake na "
            "najprometnijim bulevarima.\n\n"
            "Grad sada ima oko 110 kilometara biciklističkih staza, ali su mnoge od njih samo "
            "obeležene trake na trotoaru.",
        ),
        steps=(
            Step(
                "ana",
                "save",
                version=1,
                note="Ispravljena vrednost projekta; kazne za parkiranje",
            ),
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="Skraćen uvod, dopunjen poslednji pasus"),
        ),
        tags=("novi sad", "saobraćaj", "biciklizam"),
        target_words=180,
        deadline_hours=4,
        notes=(
            (
                "vesna",
                (
                    "@ana Skratila sam uvod i proširila poslednji pasus. Imamo li fotografiju sa "
                    "Bulevara cara Lazara?"
                ),
            ),
            ("ana", "Imam, šaljem je fotoredakciji do 14 časova."),
        ),
    ),
    DemoStory(
        slug="nis-fabrika-otpustanja",
        headline="Niška fabrika kablova najavila otpuštanje 140 radnika",
        standfirst=(
            "Sindikat tvrdi da su radnici za otkaze saznali sa oglasne table; uprava se još nije "
            "oglasila."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Fabrika kablova „Nišavski kabl“ u Nišu otpustiće do kraja januara 140 od ukupno 520 "
            "radnika, saopštio je danas sindikat u tom preduzeću.\n\n"
            "Predsednik sindikalne organizacije Goran Nikolić rekao je da su radnici za otkaze "
            "saznali sa oglasne table, iako zakon nalaže da se o višku zaposlenih prethodno "
            "razgovara sa sindikatom.\n\n"
            "„Ljudi su ujutru došli na posao i pročitali spisak. Neki od njih ovde rade po "
            "dvadeset godina“, rekao je Nikolić.\n\n"
            "Prema njegovim rečima, fabrika je tokom leta izgubila dva velika ugovora sa kupcima "
            "iz Nemačke, pa od septembra radi sa upola kapaciteta. Deo radnika već dva meseca "
            "prima umanjenu platu.\n\n"
            "„Nišavski kabl“ je privatizovan pre dvanaest godina i jedan je od većih poslodavaca u "
            "severnoj industrijskoj zoni grada. Pre pet godina fabrika je zapošljavala gotovo 800 "
            "radnika.\n\n"
            "Sindikat je najavio protest ispred fabrike za ponedeljak u podne i zatražio sastanak "
            "sa gradonačelnikom.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Marko, tekst je dobar, ali ima samo jednu stranu. Broj od 140 otpuštenih "
                    "znamo samo od sindikata, pa ga ne možemo stavljati u naslov kao činjenicu. "
                    "Pozovi upravu, a ako se ne jave, napiši da do objavljivanja nisu odgovorili "
                    "na pitanja. Proveri i u Nacionalnoj službi za zapošljavanje da li je fabrika "
                    "prijavila višak zaposlenih."
                ),
            ),
        ),
        tags=("niš", "privreda", "sindikat"),
        target_words=200,
        deadline_hours=-4,
        notes=(
            (
                "marko",
                (
                    "@vesna Upravu sam zvao dvaput, direktor je na putu do četvrtka. Probaću preko "
                    "portparolke."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="zakon-o-zakupu-stanova",
        headline="Nacrt zakona: pisani ugovor za svakog podstanara i otkaz tri meseca unapred",
        standfirst=(
            "Ministarstvo je otvorilo javnu raspravu; stanodavci upozoravaju da bi kirije mogle da "
            "porastu."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 27. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Ministarstvo građevinarstva objavilo je nacrt zakona o zakupu stanova, kojim se "
            "predviđa da svaki ugovor o izdavanju stana mora biti zaključen u pisanom obliku i "
            "prijavljen poreskoj upravi.\n\n"
            "Prema nacrtu, stanodavac bi podstanaru morao da najavi otkaz najmanje tri meseca "
            "unapred, osim ako podstanar ne plaća kiriju ili nanosi štetu stanu. Kirija bi mogla "
            "da se povećava najviše jednom godišnje, uz pismeno obaveštenje dva meseca unapred.\n\n"
            "„Ovo je zakon koji štiti obe strane. Podstanar dobija sigurnost, a stanodavac jasna "
            "pravila i zaštitu od neplatiša“, rekla je državna sekretarka u ministarstvu Tamara "
            "Đorđević.\n\n"
            "Udruženje stanodavaca „Krov“ upozorava da bi obavezna prijava ugovora mogla da "
            "podigne kirije, jer bi vlasnici troškove poreza preneli na podstanare.\n\n"
            "Javna rasprava o nacrtu traje do 10. decembra.",
            # versions[1]
            "Ministarstvo građevinarstva objavilo je nacrt zakona o zakupu stanova, kojim se "
            "predviđa da svaki ugovor o izdavanju stana mora biti zaključen u pisanom obliku i "
            "prijavljen poreskoj upravi.\n\n"
            "Prema nacrtu, stanodavac bi podstanaru morao da najavi otkaz najmanje tri meseca "
            "unapred, osim ako podstanar ne plaća kiriju ili nanosi štetu stanu. Kirija bi mogla "
            "da se povećava najviše jednom godišnje, uz pismeno obaveštenje dva meseca unapred.\n\n"
            "„Ovo je zakon koji štiti obe strane. Podstanar dobija sigurnost, a stanodavac jasna "
            "pravila i zaštitu od neplatiša“, rekla je državna sekretarka u ministarstvu Tamara "
            "Đorđević.\n\n"
            "Udruženje stanodavaca „Krov“ upozorava da bi obavezna prijava ugovora mogla da "
            "podigne kirije, jer bi vlasnici troškove poreza preneli na podstanare.\n\n"
            "Prema procenama udruženja podstanara „Ključ“, u Srbiji u iznajmljenim stanovima živi "
            "oko 300.000 domaćinstava, a većina njih nema pisani ugovor. „Ljudi se sele svake "
            "godine i nikada ne znaju da li će dobiti depozit nazad“, rekao je predsednik "
            "udruženja Nemanja Petković.\n\n"
            "Javna rasprava o nacrtu traje do 10. decembra.",
            # versions[2]
            "Ministarstvo građevinarstva objavilo je nacrt zakona o zakupu stanova, kojim se "
            "predviđa da svaki ugovor o izdavanju stana mora biti zaključen u pisanom obliku i "
            "prijavljen poreskoj upravi.\n\n"
            "Prema nacrtu, stanodavac bi podstanaru morao da najavi otkaz najmanje tri meseca "
            "unapred, osim ako podstanar ne plaća kiriju ili nanosi štetu stanu. Kirija bi mogla "
            "da se povećava najviše jednom godišnje, uz pismeno obaveštenje dva meseca unapred.\n\n"
            "„Ovo je zakon koji štiti obe strane. Podstanar dobija sigurnost, a stanodavac jasna "
            "pravila i zaštitu od neplatiša“, rekla je državna sekretarka u ministarstvu Tamara "
            "Đorđević.\n\n"
            "Udruženje stanodavaca „Krov“ upozorava da bi obavezna prijava ugovora mogla da "
            "podigne kirije, jer bi vlasnici troškove poreza preneli na podstanare.\n\n"
            "Prema procenama udruženja podstanara „Ključ“, u Srbiji u iznajmljenim stanovima živi "
            "oko 300.000 domaćinstava, a većina njih nema pisani ugovor. „Ljudi se sele svake "
            "godine i nikada ne znaju da li će dobiti depozit nazad“, rekao je predsednik "
            "udruženja Nemanja Petković.\n\n"
            "Javna rasprava o nacrtu traje do 20. decembra, a tekst nacrta dostupan je na sajtu "
            "ministarstva.",
        ),
        steps=(
            Step("ana", "save", version=1, note="Podaci udruženja podstanara"),
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "reopen", note="Ministarstvo je produžilo javnu raspravu."),
            Step("dragan", "save", version=2, note="Javna rasprava produžena do 20. decembra"),
            Step("dragan", "approve"),
        ),
        tags=("stanovanje", "zakon", "podstanari"),
        target_words=180,
        deadline_hours=10,
        notes=(
            (
                "dragan",
                (
                    "@vesna Vratio sam tekst na uređivanje: ministarstvo je popodne produžilo "
                    "javnu raspravu do 20. decembra. Ispravljeno i ponovo odobreno."
                ),
            ),
            ("vesna", "Hvala. @ana Proveri da li u nacrtu objavljenom danas ima još nekih izmena."),
        ),
    ),
    DemoStory(
        slug="nis-precistac",
        headline="Niš posle pola veka čekanja dobija prečistač otpadnih voda",
        standfirst=(
            "Gradsko veće usvojilo je plan izgradnje; radovi bi trebalo da počnu na proleće i "
            "traju tri godine."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Gradsko veće Niša usvojilo je danas plan izgradnje postrojenja za prečišćavanje "
            "otpadnih voda, kojim bi grad, posle više od pola veka, prestao da kanalizaciju "
            "ispušta direktno u Nišavu.\n\n"
            "Vrednost projekta procenjuje se na 72 miliona evra. Veći deo novca obezbediće se iz "
            "kredita evropskih razvojnih banaka, a ostatak iz republičkog i gradskog budžeta.\n\n"
            "Postrojenje će biti izgrađeno nizvodno od grada i prečišćavaće otpadne vode za oko "
            "250.000 stanovnika. Radovi bi trebalo da počnu na proleće i da traju tri godine.\n\n"
            "„Nišava je reka po kojoj je grad dobio ime, a mi smo je decenijama tretirali kao "
            "kanal“, rekao je član Gradskog veća zadužen za zaštitu životne sredine Ivan "
            "Stamenković.\n\n"
            "Ekološka udruženja pozdravila su odluku, ali podsećaju da je izgradnja prečistača "
            "najavljivana najmanje četiri puta od osamdesetih godina.",
            # versions[1]
            "Gradsko veće Niša usvojilo je danas plan izgradnje postrojenja za prečišćavanje "
            "otpadnih voda, kojim bi grad, posle više od pola veka, prestao da kanalizaciju "
            "ispušta direktno u Nišavu.\n\n"
            "Vrednost projekta procenjuje se na 72 miliona evra. Veći deo novca obezbediće se iz "
            "kredita evropskih razvojnih banaka, a ostatak iz republičkog i gradskog budžeta.\n\n"
            "Postrojenje će biti izgrađeno nizvodno od grada i prečišćavaće otpadne vode za oko "
            "250.000 stanovnika. Radovi bi trebalo da počnu na proleće i da traju tri godine.\n\n"
            "„Nišava je reka po kojoj je grad dobio ime, a mi smo je decenijama tretirali kao "
            "kanal“, rekao je član Gradskog veća zadužen za zaštitu životne sredine Ivan "
            "Stamenković.\n\n"
            "Ekološka udruženja pozdravila su odluku, ali podsećaju da je izgradnja prečistača "
            "najavljivana najmanje četiri puta od osamdesetih godina.\n\n"
            "U saopštenju udruženja „Zelena Nišava“ navodi se:\n\n"
            "> Tražimo da građani imaju uvid u svaku fazu, od tendera do probnog rada. Ovoga puta "
            "ne smemo da čekamo još četrdeset godina.",
            # versions[2]
            "Gradsko veće Niša usvojilo je danas plan izgradnje postrojenja za prečišćavanje "
            "otpadnih voda, čime bi grad posle više od pola veka prestao da kanalizaciju ispušta "
            "pravo u Nišavu.\n\n"
            "Vrednost projekta procenjuje se na 72 miliona evra. Veći deo novca biće obezbeđen iz "
            "kredita evropskih razvojnih banaka, a ostatak iz republičkog i gradskog budžeta.\n\n"
            "Postrojenje će biti izgrađeno nizvodno od grada i prečišćavaće otpadne vode za oko "
            "250.000 stanovnika. Radovi bi trebalo da počnu na proleće i da traju tri godine.\n\n"
            "„Nišava je reka po kojoj je grad dobio ime, a mi smo je decenijama tretirali kao "
            "kanal“, rekao je član Gradskog veća zadužen za zaštitu životne sredine Ivan "
            "Stamenković.\n\n"
            "Ekološka udruženja pozdravila su odluku, ali podsećaju da je izgradnja prečistača "
            "najavljivana najmanje četiri puta od osamdesetih godina.\n\n"
            "U saopštenju udruženja „Zelena Nišava“ navodi se:\n\n"
            "> Tražimo da građani imaju uvid u svaku fazu, od tendera do probnog rada. Ovoga puta "
            "ne smemo da čekamo još četrdeset godina.",
        ),
        steps=(
            Step("marko", "save", version=1, note="Saopštenje udruženja „Zelena Nišava“"),
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="Stilske ispravke u uvodu"),
            Step("vesna", "approve"),
            Step("dragan", "schedule", hours=14),
        ),
        tags=("niš", "ekologija", "komunalije"),
        target_words=160,
        deadline_hours=12,
    ),
    DemoStory(
        slug="zakon-o-informacijama",
        headline="Skupština usvojila izmene zakona o pristupu informacijama",
        standfirst=(
            "Institucije će imati kraći rok da odgovore na zahtev; novinarska udruženja kažu da "
            "izmene ne idu dovoljno daleko."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 26. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Narodna skupština usvojila je danas izmene Zakona o slobodnom pristupu informacijama "
            "od javnog značaja. Za izmene je glasalo 142 poslanika, a protiv je bilo 38.\n\n"
            "„Ovo je korak ka otvorenijoj upravi. Građani će brže dobijati odgovore od institucija "
            "koje finansiraju svojim porezom“, rekao je poslanik vladajuće većine Dušan Kostić, "
            "koji je predložio izmene, dodajući da će zakon doprineti efikasnijem radu uprave, "
            "smanjiti broj žalbi i rasteretiti sudove u narednim godinama.\n\n"
            "Poslanica opozicije Nataša Marić rekla je da izmene ne rešavaju glavni problem – to "
            "što institucije često ignorišu i pravosnažna rešenja.\n\n"
            "„Rok je kraći na papiru. Ali ako niko ne odgovara za to što rok nije ispoštovan, rok "
            "ništa ne znači“, rekla je Marić.\n\n"
            "Novinarska udruženja pozdravila su to što je zakon usvojen posle javne rasprave, ali "
            "kažu da izmene ne idu dovoljno daleko.",
            # versions[1]
            "Narodna skupština usvojila je danas izmene Zakona o slobodnom pristupu informacijama "
            "od javnog značaja, kojima se skraćuju rokovi za odgovor i uvode veće kazne za "
            "institucije koje ne postupe po zahtevu. Za izmene je glasalo 142 poslanika, protiv je "
            "bilo 38, a četvoro je bilo uzdržano.\n\n"
            "Najvažnije izmene su:\n\n"
            "- rok za odgovor na zahtev skraćuje se sa 15 na 10 dana\n"
            "- odgovorno lice koje ne postupi po rešenju plaća kaznu do 200.000 dinara\n"
            "- institucije moraju jednom mesečno da objave spisak primljenih zahteva\n"
            "- zahtev se može podneti i elektronski, bez kvalifikovanog potpisa\n\n"
            "„Ovo je korak ka otvorenijoj upravi. Građani će brže dobijati odgovore od institucija "
            "koje finansiraju svojim porezom“, rekao je poslanik vladajuće većine Dušan Kostić, "
            "koji je predložio izmene.\n\n"
            "Poslanica opozicije Nataša Marić rekla je da izmene ne rešavaju glavni problem – to "
            "što institucije često ignorišu i pravosnažna rešenja.\n\n"
            "„Rok je kraći na papiru. Ali ako niko ne odgovara za to što rok nije ispoštovan, rok "
            "ništa ne znači“, rekla je Marić.\n\n"
            "Novinarska udruženja pozdravila su to što je zakon usvojen posle javne rasprave, ali "
            "kažu da izmene ne idu dovoljno daleko.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Ana, tekst ima tri pasusa izjava, a nijedan ne kaže šta se zapravo menja. "
                    "Dodaj konkretno: nove rokove, kazne i šta se dešava kad institucija ne "
                    "odgovori. Izjavu Kostića skrati, drugi deo rečenice je parafraza koja ništa "
                    "ne dodaje. I proveri broj glasova: 142 i 38 je 180, da li je neko bio uzdržan?"
                ),
            ),
            Step("ana", "save", version=1, note="Spisak izmena, skraćena izjava, broj uzdržanih"),
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("skupština", "zakon", "mediji"),
        target_words=180,
    ),
    DemoStory(
        slug="nis-voda-za-pice",
        headline="U tri niška naselja voda iz vodovoda privremeno nije za piće",
        standfirst=(
            "Građanima Panteleja, Medoševca i Brzog Broda preporučuje se da vodu iz česme koriste "
            "samo za održavanje higijene."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 25. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Voda iz gradskog vodovoda u delovima Panteleja, Medoševca i Brzog Broda privremeno "
            "nije ispravna za piće, saznaje naš list od izvora u gradskoj upravi.\n\n"
            "Prema tom izvoru, analiza uzoraka uzetih u ponedeljak pokazala je povećan broj "
            "bakterija na tri od dvanaest mernih mesta. Građanima se preporučuje da vodu iz česme "
            "do daljeg koriste samo za pranje i održavanje higijene.\n\n"
            "Komunalno preduzeće zaduženo za vodovod nije odgovorilo na pitanja našeg lista do "
            "objavljivanja teksta.\n\n"
            "Stanovnici Medoševca kažu da o tome nisu obavešteni ni od koga. „Saznali smo iz grupe "
            "na društvenim mrežama. Kupili smo flaširanu vodu za decu, ali ne znamo dokle“, rekla "
            "je Dragana Ilić, majka dvoje dece.\n\n"
            "Gradski štab za vanredne situacije trebalo bi da se sastane sutra ujutru, kada se "
            "očekuju i rezultati ponovljenih analiza.",
            # versions[1]
            "Voda iz gradskog vodovoda u delovima Panteleja, Medoševca i Brzog Broda trenutno nije "
            "ispravna za piće, saznaje naš list od izvora u gradskoj upravi.\n\n"
            "Prema tom izvoru, analiza uzoraka uzetih u ponedeljak pokazala je povećan broj "
            "bakterija na tri od dvanaest mernih mesta. Građanima se preporučuje da vodu iz česme "
            "do daljeg koriste samo za pranje i održavanje higijene.\n\n"
            "Komunalno preduzeće zaduženo za vodovod nije odgovorilo na pitanja našeg lista do "
            "objavljivanja teksta.\n\n"
            "Stanovnici Medoševca kažu da ih o tome niko nije obavestio. „Saznali smo iz grupe na "
            "društvenim mrežama. Kupili smo flaširanu vodu za decu, ali ne znamo dokle“, rekla je "
            "Dragana Ilić, majka dvoje dece.\n\n"
            "Gradski štab za vanredne situacije trebalo bi da se sastane sutra ujutru, kada se "
            "očekuju i rezultati ponovljenih analiza.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Jezičke ispravke"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Povlačimo tekst. Komunalno preduzeće i Zavod za javno zdravlje objavili su "
                    "rezultate: voda je u sva tri naselja ispravna, a povišene vrednosti odnose se "
                    "na uzorak iz privatnog bunara, ne iz gradske mreže. Naš izvor je pogrešno "
                    "pročitao izveštaj. Ne koristiti; ispravka sledi."
                ),
            ),
        ),
        tags=("niš", "vodovod", "zdravlje"),
        target_words=130,
    ),
    DemoStory(
        slug="novi-beograd-biblioteka",
        headline="Nova biblioteka na Novom Beogradu otvara se pre Nove godine",
        standfirst=(
            "U obnovljenoj zgradi bivše mesne zajednice u Bloku 45 biće čitaonica sa 200 mesta i "
            "dečje odeljenje."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 25. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Nova gradska biblioteka u Bloku 45 na Novom Beogradu biće otvorena pre Nove godine, "
            "najavila je danas gradska sekretarka za kulturu Ivana Popović.\n\n"
            "Biblioteka je smeštena u prizemlju i na prvom spratu obnovljene zgrade nekadašnje "
            "mesne zajednice. Imaće čitaonicu sa 200 mesta, dečje odeljenje i salu za predavanja i "
            "projekcije filmova.\n\n"
            "„Blok 45 ima više od dvadeset hiljada stanovnika, a nijednu biblioteku. To sada "
            "menjamo“, rekla je Popović.\n\n"
            "Fond nove biblioteke na otvaranju imaće oko 30.000 knjiga, a članarina će za đake i "
            "penzionere biti besplatna. Deo knjiga poklonili su izdavači i stanovnici bloka, koji "
            "su tokom leta u akciji „Knjiga za komšiju“ prikupili više od 4.000 naslova.\n\n"
            "Uređenje zgrade koštalo je oko 60 miliona dinara, a radovi su trajali godinu dana. "
            "Pored knjiga, biblioteka će imati i deset računara za korisnike, a u dečjem odeljenju "
            "subotom će se održavati radionice za predškolce.",
            # versions[1]
            "Nova gradska biblioteka u Bloku 45 na Novom Beogradu biće otvorena pre Nove godine, "
            "najavila je danas gradska sekretarka za kulturu Ivana Popović.\n\n"
            "Biblioteka je smeštena u prizemlju i na prvom spratu obnovljene zgrade nekadašnje "
            "mesne zajednice. Imaće čitaonicu sa 200 mesta, dečje odeljenje i salu za predavanja i "
            "projekcije filmova.\n\n"
            "„Blok 45 ima više od dvadeset hiljada stanovnika, a nijednu biblioteku. To sada "
            "menjamo“, rekla je Popović.\n\n"
            "Fond nove biblioteke na otvaranju imaće oko 30.000 knjiga, a članarina će za đake i "
            "penzionere biti besplatna. Deo knjiga poklonili su izdavači i stanovnici bloka, koji "
            "su tokom leta u akciji „Knjiga za komšiju“ prikupili više od 4.000 naslova.\n\n"
            "Biblioteka će raditi radnim danima od 8 do 20 časova, a subotom do 14 časova.\n\n"
            "Uređenje zgrade koštalo je oko 60 miliona dinara, a radovi su trajali godinu dana. "
            "Pored knjiga, biblioteka će imati i deset računara za korisnike, a u dečjem odeljenju "
            "subotom će se održavati radionice za predškolce.",
        ),
        steps=(
            Step("ana", "save", version=1, note="Radno vreme biblioteke"),
            Step("ana", "spike"),
        ),
        tags=("beograd", "kultura", "biblioteke"),
        notes=(
            (
                "ana",
                (
                    "Skinula sam ovo: otvaranje je pomereno za proleće. Napisaću novi tekst kad "
                    "bude poznat datum."
                ),
            ),
        ),
    ),
    # ---- Serbian, Cyrillic script --------------------------------------------------------
    DemoStory(
        slug="gracanica-vrtic",
        headline="Грачаница добија нови вртић за 120 деце",
        standfirst="Изградња почиње у марту; родитељи кажу да се на упис годинама чека.",
        byline="Пише: Јелена Петровић, дописница из Грачанице",
        dateline="ГРАЧАНИЦА, 28. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="jelena",
        versions=(
            # versions[0]
            "Изградња новог вртића у Грачаници, у којем ће бити места за 120 деце, почеће у марту, "
            "саопштено је данас из општине.\n\n"
            "Вртић ће бити изграђен на плацу поред основне школе, а вредност радова процењује се "
            "на 1,3 милиона евра. Радови би требало да буду завршени за годину и по дана, а вртић "
            "ће запослити двадесетак васпитача и медицинских сестара.\n\n"
            "„Сада у постојећем вртићу имамо 90 места, а на листи чекања је више од 60 деце. Нови "
            "објекат решава тај проблем за наредних десет година“, рекао је заменик председника "
            "општине Срђан Милић.\n\n"
            "Родитељи кажу да су на упис чекали и по две године. „Ћерку сам уписала тек када је "
            "кренула у предшколско, до тада ју је чувала бака“, рекла је Милица Стевановић, мајка "
            "двоје деце из Грачанице.",
            # versions[1]
            "Изградња новог вртића у Грачаници, у којем ће бити места за 120 деце, почеће у марту, "
            "саопштено је данас из општине.\n\n"
            "Вртић ће бити изграђен на плацу поред основне школе, а вредност радова процењује се "
            "на 1,3 милиона евра. Радови би требало да буду завршени за годину и по дана, а вртић "
            "ће запослити двадесетак васпитача и медицинских сестара.\n\n"
            "„Сада у постојећем вртићу имамо 80 места, а на листи чекања је више од 60 деце. Нови "
            "објекат решава тај проблем за наредних десет година“, рекао је заменик председника "
            "општине Срђан Милић.\n\n"
            "Пројекат заједнички финансирају општина и међународни донатори, а тендер за избор "
            "извођача радова биће расписан почетком јануара.\n\n"
            "Родитељи кажу да су на упис чекали и по две године. „Ћерку сам уписала тек када је "
            "кренула у предшколско, до тада ју је чувала бака“, рекла је Милица Стевановић, мајка "
            "двоје деце из Грачанице.",
            # versions[2]
            "Изградња новог вртића у Грачаници, у којем ће бити места за 120 деце, почеће у марту, "
            "саопштила је данас општина.\n\n"
            "Вртић ће бити изграђен на плацу поред основне школе, а вредност радова процењује се "
            "на 1,3 милиона евра. Радови би требало да буду завршени за годину и по дана, а вртић "
            "ће запослити двадесетак васпитача и медицинских сестара.\n\n"
            "„Сада у постојећем вртићу имамо 80 места, а на листи чекања је више од 60 деце. Нови "
            "објекат решава тај проблем за наредних десет година“, рекао је заменик председника "
            "општине Срђан Милић.\n\n"
            "Пројекат заједнички финансирају општина и међународни донатори, а тендер за избор "
            "извођача радова биће расписан почетком јануара.\n\n"
            "Родитељи кажу да су на упис чекали и по две године. „Ћерку сам уписала тек када је "
            "кренула у предшколско, до тада ју је чувала бака“, рекла је Милица Стевановић, мајка "
            "двоје деце из Грачанице.\n\n"
            "Према пројекту, вртић ће имати и кухињу, фискултурну салу и двориште са игралиштем.",
        ),
        steps=(
            Step("jelena", "save", version=1, note="Исправљен број места; финансирање и тендер"),
            Step("jelena", "save", version=2, note="Уводна реченица; садржаји вртића"),
        ),
        tags=("грачаница", "образовање", "деца"),
        target_words=180,
        deadline_hours=72,
        notes=(
            (
                "vesna",
                (
                    "@jelena Добро изгледа. Можеш ли да провериш колико је деце тренутно на листи "
                    "чекања, у општини или у самом вртићу?"
                ),
            ),
        ),
    ),
    DemoStory(
        slug="kragujevac-fabrika",
        headline="У Крагујевцу отворена фабрика ауто-делова, посао за 600 радника",
        standfirst=(
            "Погон у индустријској зони производиће каблове и сензоре за електричне аутомобиле."
        ),
        byline="Пише: Никола Стојановић",
        dateline="КРАГУЈЕВАЦ, 27. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="nikola",
        versions=(
            # versions[0]
            "У индустријској зони „Шумадија“ у Крагујевцу данас је отворена фабрика ауто-делова "
            "компаније „Нордвел компоненте“, у којој ће до краја следеће године посао добити 600 "
            "радника.\n\n"
            "Фабрика ће производити каблове, сензоре и електронске склопове за електричне "
            "аутомобиле, а највећи део производње биће извезен у Немачку и Чешку.\n\n"
            "„Изабрали смо Крагујевац због традиције аутомобилске индустрије и због људи који "
            "знају овај посао“, рекао је директор фабрике Маркус Хелер.\n\n"
            "Тренутно је запослено 180 радника, углавном из Крагујевца, Аранђеловца и Јагодине. "
            "Просечна плата, према речима директора, биће око 900 евра.\n\n"
            "Град је компанији уступио земљиште у индустријској зони и изградио приступни пут, а "
            "држава је одобрила субвенцију од 4,8 милиона евра.\n\n"
            "Компанија, која има седиште у Аустрији, у Србији већ има један погон, у Инђији, где "
            "ради око 400 људи. Хелер је рекао да би крагујевачки погон, ако производња крене по "
            "плану, за три године могао да буде проширен.",
            # versions[1]
            "У индустријској зони „Шумадија“ у Крагујевцу данас је отворена фабрика ауто-делова "
            "компаније „Нордвел компоненте“, у којој ће до краја следеће године посао добити 600 "
            "радника.\n\n"
            "Фабрика ће производити каблове, сензоре и електронске склопове за електричне "
            "аутомобиле, а највећи део производње биће извезен у Немачку и Чешку.\n\n"
            "„Изабрали смо Крагујевац због традиције аутомобилске индустрије и због људи који "
            "знају овај посао“, рекао је директор фабрике Маркус Хелер.\n\n"
            "Тренутно је запослено 180 радника, углавном из Крагујевца, Аранђеловца и Јагодине. "
            "Просечна плата, према речима директора, биће око 900 евра. Следећи пријем радника "
            "заказан је за јануар, а пријаве се примају преко Националне службе за запошљавање.\n\n"
            "Град је компанији уступио земљиште у индустријској зони и изградио приступни пут, а "
            "држава је одобрила субвенцију од 4,8 милиона евра.\n\n"
            "Компанија, која има седиште у Аустрији, у Србији већ има један погон, у Инђији, где "
            "ради око 400 људи. Хелер је рекао да би крагујевачки погон, ако производња крене по "
            "плану, за три године могао да буде проширен.",
        ),
        steps=(
            Step("nikola", "save", version=1, note="Пријем нових радника"),
            Step("nikola", "file"),
            Step("vesna", "spike", note="Дупликат јучерашњег текста о уговору."),
            Step("dragan", "unspike"),
        ),
        tags=("крагујевац", "привреда", "индустрија"),
        target_words=150,
        deadline_hours=3,
        notes=(
            (
                "dragan",
                (
                    "@vesna Ово није дупликат: јучерашњи текст био је о потписивању уговора, а "
                    "овај о отварању фабрике. Вратио сам га у ред за уређивање."
                ),
            ),
            ("vesna", "У праву си, моја грешка. Преузимам га после подне."),
        ),
    ),
    DemoStory(
        slug="mitrovica-bez-vode",
        headline="Део северне Митровице трећи дан без воде",
        standfirst=(
            "Квар на главном цевоводу оставио је без воде око 4.000 домаћинстава; цистерне обилазе "
            "улице два пута дневно."
        ),
        byline="Пише: Јелена Петровић, дописница из Грачанице",
        dateline="КОСОВСКА МИТРОВИЦА, 27. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="jelena",
        versions=(
            # versions[0]
            "Око 4.000 домаћинстава у северном делу Косовске Митровице трећи дан је без воде, због "
            "квара на главном цевоводу који снабдева неколико насеља у том делу града.\n\n"
            "Екипе локалног водоводног предузећа раде на поправци од понедељка увече. Према речима "
            "радника на терену, пукла је цев стара више од четрдесет година, а поправку отежава то "
            "што се налази испод прометне раскрснице.\n\n"
            "## Цистерне два пута дневно\n\n"
            "Грађани воду добијају из цистерни које два пута дневно обилазе улице, у осам ујутру и "
            "у четири поподне. Највише проблема имају старији суграђани који живе на вишим "
            "спратовима.\n\n"
            "„Носим канте на пети спрат по три пута дневно. Имам седамдесет две године, колико још "
            "могу?“, рекла је Радмила Јовановић, пензионерка из насеља Бошњачка махала.\n\n"
            "У водоводном предузећу кажу да би вода требало да потече до четвртка увече.",
            # versions[1]
            "Око 4.000 домаћинстава у северном делу Косовске Митровице трећи дан је без воде, због "
            "квара на главном цевоводу који снабдева неколико насеља у том делу града.\n\n"
            "Екипе локалног водоводног предузећа раде на поправци од понедељка увече. Према речима "
            "радника на терену, пукла је цев стара више од четрдесет година, а поправку отежава то "
            "што се налази испод прометне раскрснице.\n\n"
            "## Цистерне два пута дневно\n\n"
            "Грађани воду добијају из цистерни које два пута дневно обилазе улице, у осам ујутру и "
            "у пет поподне. Највише проблема имају старији суграђани који живе на вишим "
            "спратовима.\n\n"
            "„Носим канте на пети спрат по три пута дневно. Имам седамдесет две године, колико још "
            "могу?“, рекла је Радмила Јовановић, пензионерка из насеља Бошњачка махала.\n\n"
            "Школе у том делу града раде по скраћеном распореду, а здравствени центар воду добија "
            "из сопственог резервоара.\n\n"
            "У водоводном предузећу кажу да би вода требало да потече до четвртка увече.",
            # versions[2]
            "Око 4.000 домаћинстава у северном делу Косовске Митровице трећи дан је без воде, због "
            "квара на главном цевоводу који снабдева неколико насеља у том делу града.\n\n"
            "Екипе водоводног предузећа поправку раде од понедељка увече. Према речима радника на "
            "терену, пукла је цев стара више од четрдесет година, а поправку отежава то што се "
            "налази испод прометне раскрснице.\n\n"
            "## Цистерне два пута дневно\n\n"
            "Грађани воду добијају из цистерни које два пута дневно обилазе улице, у осам ујутру и "
            "у пет поподне. Најтеже је старијима који живе на вишим спратовима.\n\n"
            "„Носим канте на пети спрат по три пута дневно. Имам седамдесет две године, колико још "
            "могу?“, рекла је Радмила Јовановић, пензионерка из насеља Бошњачка махала.\n\n"
            "Школе у том делу града раде по скраћеном распореду, а здравствени центар воду добија "
            "из сопственог резервоара.\n\n"
            "У водоводном предузећу кажу да би вода требало да потече до четвртка увече.",
        ),
        steps=(
            Step(
                "jelena",
                "save",
                version=1,
                note="Исправљено време обиласка цистерни; школе и здравствени центар",
            ),
            Step("jelena", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="Скраћене реченице"),
        ),
        tags=("митровица", "комуналије", "вода"),
        target_words=150,
        deadline_hours=3,
    ),
    DemoStory(
        slug="kragujevac-rebalans",
        headline="Крагујевачки одборници без договора о ребалансу буџета",
        standfirst=(
            "Седница прекинута после осам сати расправе; опозиција тражи да се новац уложи у "
            "градски превоз."
        ),
        byline="Пише: Никола Стојановић",
        dateline="КРАГУЈЕВАЦ, 27. новембар —",
        desk="Politics",
        language="sr-Cyrl",
        author="nikola",
        versions=(
            # versions[0]
            "Скупштина града Крагујевца прекинула је вечерас седницу на којој је требало да буде "
            "усвојен ребаланс градског буџета, после осам сати расправе и две паузе на захтев "
            "одборничких група.\n\n"
            "Одборници владајуће већине кажу да је ребаланс неопходан да би град до краја године "
            "измирио обавезе према извођачима радова. Опозиција тврди да се новац преусмерава на "
            "пројекте који нису хитни, док градски превоз ради са старим аутобусима.\n\n"
            "„Нико не спори да рачуни морају да се плате. Спорно је зашто се за то сазнаје у "
            "новембру“, рекао је одборник опозиције Петар Лазић.\n\n"
            "Расправа је почела у 10 часова, а већ у подне опозиција је затражила паузу због, како "
            "је навела, непотпуног материјала. Друга пауза затражена је у вечерњим сатима, после "
            "чега седница није ни настављена.\n\n"
            "Председник Скупштине града рекао је да ће седница бити настављена ове недеље.",
            # versions[1]
            "Скупштина града Крагујевца прекинула је вечерас седницу на којој је требало да буде "
            "усвојен ребаланс градског буџета, после осам сати расправе и две паузе на захтев "
            "одборничких група.\n\n"
            "Одборници владајуће већине кажу да је ребаланс неопходан да би град до краја године "
            "измирио обавезе према извођачима радова. Опозиција тврди да се новац преусмерава на "
            "пројекте који нису хитни, док градски превоз ради са старим аутобусима.\n\n"
            "„Нико не спори да рачуни морају да се плате. Спорно је зашто се за то сазнаје у "
            "новембру“, рекао је одборник опозиције Петар Лазић.\n\n"
            "„Ребаланс није никаква тајна. Предлог је био доступан одборницима две недеље пре "
            "седнице и о њему се расправљало у свим одборима“, рекла је одборница већине Ивана "
            "Ракић.\n\n"
            "Расправа је почела у 10 часова, а већ у подне опозиција је затражила паузу због, како "
            "је навела, непотпуног материјала. Друга пауза затражена је у вечерњим сатима, после "
            "чега седница није ни настављена.\n\n"
            "Председник Скупштине града рекао је да ће седница бити настављена ове недеље.",
        ),
        steps=(
            Step("nikola", "save", version=1, note="Изјава одборнице већине"),
            Step("nikola", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Никола, у тексту нигде не пише колико износи ребаланс ни са којих ставки се "
                    "новац скида, а то је суштина приче. Уместо „ове недеље“ наведи тачан датум "
                    "наставка седнице. Пошаљи поново до 17 часова, молим те."
                ),
            ),
        ),
        tags=("крагујевац", "буџет", "скупштина града"),
        target_words=200,
        deadline_hours=2,
    ),
    DemoStory(
        slug="gracanica-budzet",
        headline="Грачаница усвојила буџет: највише новца за путеве и водовод",
        standfirst=(
            "Буџет за наредну годину већи је за десет одсто; тројица одборника гласала су против."
        ),
        byline="Пише: Јелена Петровић, дописница из Грачанице",
        dateline="ГРАЧАНИЦА, 27. новембар —",
        desk="Politics",
        language="sr-Cyrl",
        author="jelena",
        versions=(
            # versions[0]
            "Скупштина општине Грачаница усвојила је данас буџет за наредну годину, вредан 14,2 "
            "милиона евра, што је око десет одсто више него ове године.\n\n"
            "Највећи део инвестиција намењен је обнови локалних путева у Лапљем Селу, Сушици и "
            "Угљару и проширењу водоводне мреже у насељима која се и даље снабдевају водом из "
            "бунара. Из буџета ће бити финансирано и опремање амбуланте у Угљару, као и набавка "
            "новог возила хитне помоћи.\n\n"
            "„Ово је буџет који иде у села. Људи не могу да остану тамо где нема пута и воде“, "
            "рекао је председник Скупштине општине Небојша Тасић. Он је додао да ће општина током "
            "године тражити и додатна средства од донатора за изградњу канализације у Сушици.\n\n"
            "За буџет је гласало 15 одборника, а тројица су била против. Општина ће за инвестиције "
            "издвојити 14,8 милиона евра, наводи се у одлуци.",
            # versions[1]
            "Скупштина општине Грачаница усвојила је данас буџет за наредну годину, вредан 14,8 "
            "милиона евра, што је око десет одсто више него ове године.\n\n"
            "Највећи део инвестиција намењен је обнови локалних путева у Лапљем Селу, Сушици и "
            "Угљару и проширењу водоводне мреже у насељима која се и даље снабдевају водом из "
            "бунара. Из буџета ће бити финансирано и опремање амбуланте у Угљару, као и набавка "
            "новог возила хитне помоћи.\n\n"
            "„Ово је буџет који иде у села. Људи не могу да остану тамо где нема пута и воде“, "
            "рекао је председник Скупштине општине Небојша Тасић. Он је додао да ће општина током "
            "године тражити и додатна средства од донатора за изградњу канализације у Сушици.\n\n"
            "За буџет је гласало 15 одборника, а тројица су била против. Општина ће за инвестиције "
            "издвојити 5,6 милиона евра, наводи се у одлуци.\n\n"
            "Одборник Дејан Ристић, који је гласао против, рекао је да за пољопривреднике у буџету "
            "није предвиђено ништа ново. „Субвенције за пољопривреду исте су као пре три године, а "
            "све остало је поскупело“, рекао је Ристић.",
        ),
        steps=(
            Step("jelena", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Јелена, у тексту се појављују два различита износа, 14,2 и 14,8 милиона евра, "
                    "а инвестиције не могу бити веће од целог буџета. Провери у одлуци и усклади. "
                    "Додај и изјаву неког од одборника који су гласали против, да имамо и другу "
                    "страну."
                ),
            ),
            Step(
                "jelena",
                "save",
                version=1,
                note="Усклађени износи; изјава одборника који је гласао против",
            ),
            Step("jelena", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
        ),
        tags=("грачаница", "буџет", "локална самоуправа"),
        target_words=180,
        deadline_hours=20,
        notes=(
            (
                "vesna",
                "Сада је у реду. @dragan Може за сутрашње издање, уз текст о вртићу ако стигне.",
            ),
        ),
    ),
    DemoStory(
        slug="kragujevac-zona-zamfirova",
        headline="Књажевско-српски театар спрема нову „Зону Замфирову“",
        standfirst=(
            "Редитељка каже да ће Сремчева прича бити играна на нишком говору, уз живу музику на "
            "сцени."
        ),
        byline="Пише: Никола Стојановић",
        dateline="КРАГУЈЕВАЦ, 27. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="nikola",
        versions=(
            # versions[0]
            "Књажевско-српски театар у Крагујевцу, најстарије позориште у Србији, почетком "
            "децембра премијерно ће извести „Зону Замфирову“ по роману Стевана Сремца, у режији "
            "Тијане Вукадиновић.\n\n"
            "Представа ће бити играна на нишком говору, како је Сремац и писао, уз оркестар од пет "
            "музичара који ће свирати на сцени.\n\n"
            "„Сви мисле да знају ову причу из филма. Желели смо да се вратимо књизи, у којој има "
            "много више туге и ироније него што се памти“, рекла је редитељка.\n\n"
            "Насловну улогу игра млада глумица Ана Тодоровић, којој је ово прва велика улога на "
            "крагујевачкој сцени, а Манета игра Милош Ђурић.\n\n"
            "Костиме је креирала Милена Обрадовић, а музику, засновану на старим нишким песмама, "
            "компоновао је Урош Јанковић.\n\n"
            "Карте за прве три изведбе већ су распродате, а театар је најавио још две додатне "
            "изведбе до краја децембра.",
            # versions[1]
            "Књажевско-српски театар у Крагујевцу, најстарије позориште у Србији, почетком "
            "децембра премијерно ће извести „Зону Замфирову“ по роману Стевана Сремца, у режији "
            "Тијане Вукадиновић.\n\n"
            "Представа ће бити играна на нишком говору, како је Сремац и писао, уз оркестар од пет "
            "музичара који ће свирати на сцени.\n\n"
            "„Сви мисле да знају ову причу из филма. Желели смо да се вратимо књизи, у којој има "
            "много више туге и ироније него што се памти“, рекла је редитељка.\n\n"
            "Насловну улогу игра млада глумица Ана Тодоровић, којој је ово прва велика улога на "
            "крагујевачкој сцени, а Манета, младог кујунџију у кога се Зона заљубљује, игра Милош "
            "Ђурић.\n\n"
            "Костиме је креирала Милена Обрадовић, а музику, засновану на старим нишким песмама, "
            "компоновао је Урош Јанковић.\n\n"
            "Карте за прве три изведбе већ су распродате, а театар је најавио још две додатне "
            "изведбе до краја децембра.",
            # versions[2]
            "Књажевско-српски театар у Крагујевцу, најстарије позориште у Србији, почетком "
            "децембра премијерно ће играти „Зону Замфирову“ по роману Стевана Сремца, у режији "
            "Тијане Вукадиновић.\n\n"
            "Представа ће бити играна на нишком говору, како је Сремац и писао, уз оркестар од пет "
            "музичара који ће свирати на сцени.\n\n"
            "„Сви мисле да знају ову причу из филма. Желели смо да се вратимо књизи, у којој има "
            "много више туге и ироније него што се памти“, рекла је редитељка.\n\n"
            "Насловну улогу игра млада глумица Ана Тодоровић, којој је ово прва велика улога на "
            "крагујевачкој сцени, а Манета, младог кујунџију у кога се Зона заљубљује, игра Милош "
            "Ђурић.\n\n"
            "Костиме је креирала Милена Обрадовић, а музику, засновану на старим нишким песмама, "
            "компоновао је Урош Јанковић.\n\n"
            "Карте за прве три изведбе су распродате, па је театар до краја децембра заказао још "
            "две.",
        ),
        steps=(
            Step("nikola", "save", version=1, note="Ко је Мане"),
            Step("nikola", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="Скраћен последњи пасус"),
            Step("vesna", "approve"),
            Step("dragan", "schedule", hours=20),
        ),
        tags=("крагујевац", "култура", "позориште"),
        target_words=140,
        deadline_hours=18,
    ),
    DemoStory(
        slug="gracanica-freske",
        headline="Завршена прва фаза обнове живописа у припрати манастира Грачаница",
        standfirst=(
            "Конзерватори су за две године очистили и учврстили око 200 квадратних метара фресака "
            "из 14. века."
        ),
        byline="Пише: Јелена Петровић, дописница из Грачанице",
        dateline="ГРАЧАНИЦА, 26. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="jelena",
        versions=(
            # versions[0]
            "Конзерватори су завршили прву фазу обнове живописа у припрати манастира Грачаница, "
            "током које је за две године очишћено и учвршћено око 200 квадратних метара фресака из "
            "14. века.\n\n"
            "Радови су обухватили зидове и сводове припрате, где су слојеви чађи и влаге годинама "
            "прекривали боје. Испод њих су, према речима конзерватора, пронађени и детаљи који "
            "нису били видљиви од средине прошлог века.\n\n"
            "Руководитељка конзерваторског тима Марија Лазаревић, која на фрескама Грачанице ради "
            "више од петнаест година, рекла је новинарима:\n\n"
            "> Када смо скинули чађ, боје су биле живље него што смо се усудили да се надамо. "
            "Плава на сводовима је готово нетакнута.\n\n"
            "Друга фаза, која обухвата живопис у наосу, требало би да почне на пролеће. Манастир "
            "ће током радова остати отворен за вернике и посетиоце.",
            # versions[1]
            "Конзерватори су завршили прву фазу обнове живописа у припрати манастира Грачаница, "
            "током које је за две године очишћено и учвршћено око 200 квадратних метара фресака из "
            "14. века.\n\n"
            "Радови су обухватили зидове и сводове припрате, где су слојеви чађи и влаге годинама "
            "прекривали боје. Испод њих су, према речима конзерватора, откривени детаљи који нису "
            "били видљиви од средине прошлог века.\n\n"
            "Руководитељка конзерваторског тима Марија Лазаревић, која на фрескама Грачанице ради "
            "више од петнаест година, рекла је новинарима:\n\n"
            "> Када смо скинули чађ, боје су биле живље него што смо се усудили да се надамо. "
            "Плава на сводовима је готово нетакнута.\n\n"
            "Друга фаза, која обухвата живопис у наосу, требало би да почне на пролеће. Манастир "
            "ће током радова остати отворен за вернике и посетиоце.\n\n"
            "Манастир Грачаница, задужбина краља Милутина, подигнут је 1321. године и налази се на "
            "Унесковој листи светске баштине.",
        ),
        steps=(
            Step("jelena", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Подаци о манастиру"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("грачаница", "култура", "баштина"),
        target_words=150,
        embargo_hours=-3,
        notes=(
            (
                "jelena",
                (
                    "Извештај конзерватора био је под ембаргом до јутрос; текст је објављен тек "
                    "после тога."
                ),
            ),
            ("dragan", "Одличан текст. @jelena Пошаљи фотографије свода фото-служби за галерију."),
        ),
    ),
    DemoStory(
        slug="kragujevac-autobuske-linije",
        headline="Крагујевац од јануара укида три приградске аутобуске линије",
        standfirst=(
            "Превозник тврди да су линије за Грошницу, Драчу и Ердеч нерентабилне; мештани "
            "најављују протест."
        ),
        byline="Пише: Никола Стојановић",
        dateline="КРАГУЈЕВАЦ, 25. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="nikola",
        versions=(
            # versions[0]
            "Три приградске аутобуске линије, за Грошницу, Драчу и Ердеч, од 1. јануара више неће "
            "саобраћати, сазнаје наш лист у градском саобраћајном предузећу.\n\n"
            "Према документу у који смо имали увид, линије се укидају због малог броја путника и "
            "високих трошкова горива. На све три линије, како се наводи, дневно се превезе мање од "
            "150 путника, а само линија за Ердеч годишње доноси губитак од око девет милиона "
            "динара.\n\n"
            "Мештани Грошнице кажу да је аутобус за многе једини начин да стигну до града. „Деца "
            "иду у школу у Крагујевцу, старији у дом здравља. Без аутобуса остајемо одсечени“, "
            "рекао је Живорад Миловановић из Грошнице. Он каже да у селу има око триста "
            "домаћинстава, а да већина старијих мештана нема аутомобил.\n\n"
            "Мештани су за петак најавили протест испред зграде градске управе.",
            # versions[1]
            "Три приградске аутобуске линије, за Грошницу, Драчу и Ердеч, од 1. јануара више неће "
            "саобраћати, сазнаје наш лист у градском саобраћајном предузећу.\n\n"
            "Према документу у који смо имали увид, линије се укидају због малог броја путника и "
            "високих трошкова горива. На све три линије, како се наводи, дневно се превезе мање од "
            "150 путника, а само линија за Ердеч годишње доноси губитак од око девет милиона "
            "динара.\n\n"
            "Мештани Грошнице кажу да је аутобус за многе једини начин да стигну до града. „Деца "
            "иду у школу у Крагујевцу, старији у дом здравља. Без аутобуса остајемо одсечени“, "
            "рекао је Живорад Миловановић из Грошнице. Он каже да у селу има око триста "
            "домаћинстава, а да већина старијих мештана нема аутомобил.\n\n"
            "Мештани су за петак најавили протест испред зграде градске управе.\n\n"
            "Градска управа није одговорила на питања нашег листа до објављивања текста.",
        ),
        steps=(
            Step("nikola", "save", version=1, note="Градска управа без одговора"),
            Step("nikola", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Повлачимо текст. Градска управа и превозник саопштили су да одлука о укидању "
                    "линија није донета: документ на који смо се позвали био је радни нацрт, који "
                    "Градско веће није ни разматрало. Не користити. Нови текст следи када веће "
                    "одлучи."
                ),
            ),
        ),
        tags=("крагујевац", "саобраћај", "села"),
        target_words=140,
    ),
    DemoStory(
        slug="laplje-selo-put",
        headline="Мештани Лапљег Села сами поправили пут до гробља",
        standfirst=(
            "Сакупили су новац и за викенд насули шљунак на деоницу коју општина обећава да ће "
            "асфалтирати."
        ),
        byline="Пише: Јелена Петровић, дописница из Грачанице",
        dateline="ЛАПЉЕ СЕЛО, 25. новембар —",
        desk="Region",
        language="sr-Cyrl",
        author="jelena",
        versions=(
            # versions[0]
            "Мештани Лапљег Села код Грачанице сами су за викенд поправили пут до сеоског гробља, "
            "који је после јесењих киша постао готово непроходан.\n\n"
            "Пут дуг око километар и по повезује центар села са гробљем и са неколико кућа на "
            "ободу, у којима живе углавном старији мештани.\n\n"
            "Двадесетак мештана сакупило је новац за 40 тона шљунка, а један превозник из села без "
            "накнаде је уступио камион и багер. Радило се два дана, од јутра до мрака.\n\n"
            "„Нисмо могли више да чекамо. На Задушнице смо до гробова газили блато до колена“, "
            "рекао је Живојин Стојановић, један од организатора акције.\n\n"
            "У општини кажу да је асфалтирање тог пута предвиђено буџетом за следећу годину, али "
            "да тачан рок још није познат. Мештани кажу да ће, ако радови не почну до лета, поново "
            "сами узети лопате.",
        ),
        steps=(
            Step("jelena", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Јелена, прича је лепа, али јој недостаје главни податак: колико је новца "
                    "сакупљено и када тачно општина планира радове. Допуни и пошаљи поново."
                ),
            ),
            Step("vesna", "spike"),
        ),
        tags=("грачаница", "села", "путеви"),
        notes=(
            (
                "vesna",
                (
                    "@jelena Скидам ово: податак о путу ушао је у твој текст о буџету општине, а "
                    "за посебну причу нема довољно. Хвала на труду!"
                ),
            ),
        ),
    ),
)
