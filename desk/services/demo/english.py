"""The sample newsroom's stories in English, from Moscow, Brussels, Vienna and Kyiv."""

from __future__ import annotations

from desk.services.demo.content import DemoStory, Step

STORIES: tuple[DemoStory, ...] = (
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
    DemoStory(
        slug="moscow-ice-storm",
        headline="Freezing rain brings down trees and halts suburban trains around Moscow",
        standfirst=(
            "Tens of thousands of households lost power overnight as ice coated lines and "
            "branches across the region; trains were halted on three routes."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 28 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Freezing rain swept across Moscow and the surrounding region overnight into Friday, "
            "bringing down trees and power lines and halting suburban trains on three routes out "
            "of the capital during the morning rush hour.\n\n"
            "About 40,000 households in the Moscow region were without electricity at the peak of "
            "the storm, the regional power grid company said, most of them in towns to the west "
            "and north of the city. By midday crews had reconnected about half of them.\n\n"
            "Suburban rail services were suspended on the Belorussky, Savyolovsky and Rizhsky "
            "lines after ice built up on overhead wires, the rail operator said. Some passengers "
            "were stuck in stationary trains for more than an hour.\n\n"
            "“The branches were cracking like gunshots all night,” said Pavel Lebedev, 47, who "
            "lives in Odintsovo, west of the capital. “In the morning half the street was "
            "blocked.”\n\n"
            "Forecasters said temperatures would stay around freezing until Sunday, with a risk "
            "of more ice.",
            # versions[1]
            "Freezing rain swept across Moscow and the surrounding region overnight into Friday, "
            "bringing down trees and power lines and halting suburban trains on three routes out "
            "of the capital during the morning rush hour.\n\n"
            "About 46,000 households in the Moscow region were without electricity at the peak of "
            "the storm, the regional power grid company said, most of them in towns to the west "
            "and north of the city. By midday about 30,000 of them had been reconnected.\n\n"
            "Suburban rail services were suspended on the Belorussky, Savyolovsky and Rizhsky "
            "lines after ice built up on overhead wires, the rail operator said. Some passengers "
            "were stuck in stationary trains for more than an hour.\n\n"
            "In the city itself, municipal services said they had removed more than 1,200 fallen "
            "trees and large branches by noon. Several parks were closed to the public until "
            "further notice.\n\n"
            "“The branches were cracking like gunshots all night,” said Pavel Lebedev, 47, who "
            "lives in Odintsovo, west of the capital. “In the morning half the street was "
            "blocked.”\n\n"
            "Forecasters said temperatures would stay around freezing until Sunday, with a risk "
            "of more ice.",
        ),
        steps=(
            Step("tom", "save", version=1, note="Updated outage figures; fallen trees in the city"),
        ),
        tags=("moscow", "weather", "transport"),
        target_words=220,
        deadline_hours=6,
        notes=(
            (
                "vesna",
                "@tom Can we get a picture of the street in Odintsovo? The photo desk is asking.",
            ),
            ("tom", "@vesna Our stringer is on his way there now."),
        ),
    ),
    DemoStory(
        slug="eu-antibiotics-stockpile",
        headline="EU health ministers back joint stockpile of antibiotics after winter shortages",
        standfirst=(
            "A plan to buy common medicines together wins broad support, but ministers disagree "
            "on who pays for storing them."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 28 —",
        desk="Politics",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "European Union health ministers on Friday backed a plan to build up joint stocks of "
            "antibiotics and other common medicines, after two winters in which pharmacies across "
            "the bloc ran short of basic treatments for children.\n\n"
            "Under the proposal, the European Commission would buy a reserve of about 20 "
            "essential medicines on behalf of member states and store it in several warehouses, "
            "to be released when national supplies run low.\n\n"
            "Most ministers supported the idea in principle, diplomats said, but several objected "
            "to a formula that would ask governments to share storage costs according to the size "
            "of their populations.\n\n"
            "“Nobody argues against having amoxicillin on the shelf in January,” said one "
            "diplomat involved in the talks. “The argument is about the bill.”\n\n"
            "Drug makers have warned that a large public reserve could draw supplies away from "
            "pharmacies if it is filled too quickly. The Commission is expected to present a "
            "detailed proposal in the spring.",
            # versions[1]
            "European Union health ministers on Friday backed a plan to build up joint stocks of "
            "antibiotics and other common medicines, after two winters in which pharmacies across "
            "the bloc ran short of basic treatments for children.\n\n"
            "Under the proposal, the European Commission would buy a reserve of up to 25 "
            "essential medicines on behalf of member states and store it in several warehouses, "
            "to be released when national supplies run low.\n\n"
            "Most ministers supported the idea in principle, diplomats said, but several objected "
            "to a formula that would ask governments to share storage costs according to the size "
            "of their populations.\n\n"
            "“Nobody argues against having amoxicillin on the shelf in January,” said one "
            "diplomat involved in the talks. “The argument is about the bill.”\n\n"
            "Manufacturers said they would need firm orders years in advance to build extra "
            "capacity. “You cannot switch on a production line for one winter,” said Hélène "
            "Marchetti, director of the Brussels-based Association of Generic Medicine "
            "Producers.\n\n"
            "They also warned that a large public reserve could draw supplies away from "
            "pharmacies if it is filled too quickly. The Commission is expected to present a "
            "detailed proposal in the spring.",
        ),
        steps=(
            Step("claire", "file"),
            Step(
                "claire",
                "withdraw",
                note="Holding it back until the industry association comments.",
            ),
            Step(
                "claire",
                "save",
                version=1,
                note="Industry reaction; up to 25 medicines, not about 20",
            ),
        ),
        tags=("eu", "health", "medicines"),
        target_words=200,
        deadline_hours=30,
        notes=(
            (
                "claire",
                (
                    "@vesna Withdrawn for now: the generic makers have sent a quote and I am "
                    "checking the number of medicines with the Commission. I will refile in the "
                    "morning."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="kyiv-fare-rise",
        headline="Kyiv council weighs first rise in metro and bus fares in three years",
        standfirst=(
            "City officials say higher electricity and fuel costs leave them no choice; "
            "opposition councillors want the rise phased in."
        ),
        byline="By Dan Mercer in Kyiv",
        dateline="KYIV, Nov 28 —",
        desk="Politics",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv’s city council will debate next week a proposal to raise fares on the metro, "
            "buses and trams for the first time in three years, as the city’s transport company "
            "struggles with higher electricity and fuel bills.\n\n"
            "Under the plan, a single metro journey would rise from 8 hryvnias to 12, and a "
            "monthly pass from 1,300 to 1,650 hryvnias. Discounts for pensioners, students and "
            "schoolchildren would stay in place.\n\n"
            "The transport company lost about 2.4 billion hryvnias last year and depends on "
            "subsidies from the city budget, said Mykola Bondar, the deputy head of the city "
            "administration in charge of transport.\n\n"
            "“Nobody likes to raise prices in winter,” Bondar told reporters. “But a metro train "
            "uses the same electricity whatever the ticket costs.”\n\n"
            "Opposition councillors said the increase should be smaller and phased in over a "
            "year. A vote is expected on Dec 4.",
        ),
        tags=("kyiv", "transport", "city council"),
        target_words=250,
        deadline_hours=52,
    ),
    DemoStory(
        slug="moscow-theatre-director",
        headline="Moscow drama theatre hands its stage to a 34-year-old director",
        standfirst=(
            "Yevgenia Markova, known for staging classics in old factories, takes over a company "
            "whose audiences have been shrinking."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 27 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "The Zamoskvorechye Drama Theatre, one of Moscow’s oldest repertory companies, on "
            "Thursday named Yevgenia Markova, a 34-year-old director known for staging Russian "
            "classics in disused factories, as its new artistic director.\n\n"
            "Markova replaces Viktor Ilyin, 71, who led the theatre for 22 years and will stay on "
            "as honorary director. The theatre, founded in 1924, has about 60 actors and two "
            "stages.\n\n"
            "Ticket sales at the theatre fell by about a quarter over the past five years, "
            "according to figures from the city’s culture department, as younger audiences "
            "drifted to smaller independent venues.\n\n"
            "“I do not want to tear anything down,” Markova said at a news conference in the "
            "theatre’s foyer. “I want people who have never bought a ticket here to come once, "
            "and then come back.”\n\n"
            "Her first production, a version of Ostrovsky’s “The Storm”, is due to open in March.",
            # versions[1]
            "One of Moscow’s oldest repertory companies, the Zamoskvorechye Drama Theatre, on "
            "Thursday appointed Yevgenia Markova, a 34-year-old director known for staging "
            "Russian classics in disused factories, as its new artistic director.\n\n"
            "Markova replaces Viktor Ilyin, 71, who led the theatre for 22 years and will stay on "
            "as honorary director. The theatre, founded in 1924, has about 60 actors and two "
            "stages.\n\n"
            "Ticket sales at the theatre fell by about a quarter over the past five years, "
            "according to figures from the city’s culture department, as younger audiences "
            "drifted to smaller independent venues.\n\n"
            "“I do not want to tear anything down,” Markova said at a news conference in the "
            "theatre’s foyer. “I want people who have never bought a ticket here to come once, "
            "and then come back.”\n\n"
            "Some in the company were less sure. One senior actor, who asked not to be named, "
            "said the troupe had learned of the appointment from the city’s announcement rather "
            "than from the theatre’s management.\n\n"
            "Her first production, a version of Ostrovsky’s “The Storm”, is due to open in March.",
        ),
        steps=(
            Step("tom", "save", version=1, note="Reaction from the company; new lede"),
            Step("tom", "file"),
            Step("vesna", "spike"),
            Step("peter", "unspike", note="Not a duplicate of the agency copy; restored."),
        ),
        tags=("moscow", "culture", "theatre"),
        target_words=200,
        deadline_hours=10,
        notes=(
            (
                "peter",
                (
                    "@vesna I have restored this one: it is Tom’s own piece, not the agency story "
                    "you spiked it against."
                ),
            ),
            ("vesna", "Sorry, my mistake. @peter all yours."),
        ),
    ),
    DemoStory(
        slug="kyiv-it-exports",
        headline="Ukraine’s IT exports edge up despite staff shortages, industry group says",
        standfirst=(
            "Software firms report more work for banks and defence companies, but say thousands "
            "of engineers have left or been called up."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 27 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Ukraine’s exports of IT services rose by about 4 percent in the first ten months of "
            "the year, an industry association said on Thursday, as more work for foreign banks "
            "and defence companies made up for a shortage of staff.\n\n"
            "Software and outsourcing firms earned about $5.6 billion abroad between January and "
            "October, according to the Kyiv-based Association of Technology Exporters, which "
            "represents about 300 companies.\n\n"
            "Its members still struggle to hire senior engineers, the association said. About one "
            "in ten of their staff have left the country or been called up for military service "
            "since 2022, according to its quarterly survey.\n\n"
            "“Clients have stopped asking whether we can deliver. Now they ask how fast we can "
            "grow,” said Iryna Stasiuk, the association’s director.\n\n"
            "The association expects exports for the full year to reach about $6.8 billion, close "
            "to their level before the full-scale invasion.",
        ),
        steps=(
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "release", note="Off shift; back in the queue"),
        ),
        tags=("ukraine", "business", "technology"),
        target_words=180,
        deadline_hours=-1,
        notes=(
            (
                "vesna",
                (
                    "Released: I am off shift and did not get to it. @peter it is already late, "
                    "could you take it next?"
                ),
            ),
        ),
    ),
    DemoStory(
        slug="danube-low-water",
        headline="Low water on the Danube strands barges from Austria to Serbia",
        standfirst=(
            "A dry autumn has left parts of the river too shallow for fully loaded ships; "
            "shippers say their costs have doubled."
        ),
        byline="By Claire Donnelly",
        dateline="VIENNA, Nov 26 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "Hundreds of cargo barges are moving half-empty or waiting at anchor along the Danube "
            "after a dry autumn left stretches of the river too shallow for fully loaded ships, "
            "shipping companies said on Wednesday.\n\n"
            "Water levels at several points between Vienna and Belgrade are at their lowest for "
            "late November in more than a decade, according to Austria’s river authority. Near "
            "the Hungarian town of Mohacs, the river was just 1.6 metres deep this week, against "
            "the 2.5 metres a fully loaded barge needs.\n\n"
            "Shippers carrying grain, fertiliser and steel say they have had to split loads "
            "across two or three vessels. “Our costs per tonne have roughly doubled since "
            "October,” said Franz Leitner, managing director of Donau Cargo Linien, a Linz-based "
            "operator.\n\n"
            "Ports in Serbia and Croatia reported delays to grain shipments, and some exporters "
            "have switched to rail.\n\n"
            "Forecasters do not expect significant rain in the river’s catchment area for at "
            "least another week.",
            # versions[1]
            "Hundreds of cargo barges are moving half-empty or waiting at anchor along the Danube "
            "after a dry autumn left stretches of the river too shallow for fully loaded ships, "
            "shipping companies said on Wednesday.\n\n"
            "Water levels at several points between Vienna and Belgrade are at their lowest for "
            "late November in more than a decade, according to Austria’s river authority. Near "
            "the Hungarian town of Mohács, the navigable channel was just 1.6 metres deep this "
            "week, against the 2.5 metres a fully loaded barge needs, Hungary’s waterways agency "
            "said. In Novi Sad, the river gauge showed its lowest November reading since 2011.\n\n"
            "Shippers carrying grain, fertiliser and steel say they have had to split loads "
            "across two or three vessels. “Our costs per tonne have roughly doubled since "
            "October,” said Franz Leitner, managing director of Donau Cargo Linien, a Linz-based "
            "operator.\n\n"
            "Ports in Serbia and Croatia reported delays to grain shipments. At Vukovar, loading "
            "has been cut to half a barge at a time, and some exporters have switched to rail.\n\n"
            "Forecasters do not expect significant rain in the river’s catchment area for at "
            "least another week.",
        ),
        steps=(
            Step("claire", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Claire, the Mohacs figure: is 1.6 m the depth of the shipping channel or the "
                    "gauge reading? They are different things. Readers in Serbia and Croatia will "
                    "also want a reading from Novi Sad and a line on Vukovar. Please check and "
                    "refile."
                ),
            ),
            Step(
                "claire",
                "save",
                version=1,
                note="Channel depth sourced; Novi Sad gauge; Vukovar",
            ),
            Step("claire", "file"),
        ),
        tags=("danube", "shipping", "weather"),
        target_words=200,
        deadline_hours=4,
    ),
    DemoStory(
        slug="eu-rail-tickets",
        headline="EU agrees rules on single tickets for cross-border train journeys",
        standfirst=(
            "Passengers who miss a connection on a through-ticket will be rebooked or refunded "
            "under a deal reached overnight."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 27 —",
        desk="Politics",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "European Union governments and the European Parliament reached a provisional deal "
            "early on Thursday on rules meant to make it easier to buy a single ticket for a "
            "train journey that crosses borders or combines several rail companies.\n\n"
            "Under the agreement, rail operators that sell a “through-ticket” will have to rebook "
            "passengers who miss a connection because of a delay, or refund them, and pay for a "
            "hotel night if the next train is not until the following day.\n\n"
            "The rules also oblige companies to share timetable and fare data with ticket "
            "platforms, a step that consumer groups have long demanded and that some national "
            "operators resisted.\n\n"
            "“Today a trip from Vienna to Brussels can mean three tickets and no rights if the "
            "first train is late,” said Liisa Kuusela, the Finnish member of the Parliament who "
            "led its negotiating team.\n\n"
            "The deal still needs formal approval by both institutions. Most of the rules would "
            "apply from 2028.",
            # versions[1]
            "EU governments and the European Parliament agreed early on Thursday on rules to make "
            "it easier to buy one ticket for a train journey that crosses borders or uses several "
            "rail companies.\n\n"
            "Under the agreement, rail operators that sell a “through-ticket” will have to rebook "
            "passengers who miss a connection because of a delay, or refund them, and pay for a "
            "hotel night if the next train is not until the following day.\n\n"
            "The rules also oblige companies to share timetable and fare data with ticket "
            "platforms, a step that consumer groups have long demanded and that some national "
            "operators resisted.\n\n"
            "“Today a trip from Vienna to Brussels can mean three tickets and no rights if the "
            "first train is late,” said Liisa Kuusela, the Finnish member of the Parliament who "
            "led its negotiating team.\n\n"
            "The deal still needs formal approval by both institutions. Operators would have "
            "until 2028 to comply, and small regional lines could ask for two more years.",
        ),
        steps=(
            Step("claire", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Tightened lede; transition period in last par"),
        ),
        tags=("eu", "rail", "consumers"),
        target_words=200,
        deadline_hours=8,
    ),
    DemoStory(
        slug="kyiv-land-fraud-trial",
        headline="Former Kyiv district official jailed for eight years over parkland sales",
        standfirst=(
            "The court found that plots on the Dnipro embankment were sold without auctions to "
            "firms linked to his relatives."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 26 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "A Kyiv court on Wednesday sentenced a former head of the land department in the "
            "city’s Obolon district to eight years in prison for selling plots of public parkland "
            "to companies linked to his relatives at a fraction of their value.\n\n"
            "Anatoliy Hrytsai, 58, was found guilty of abuse of office and of causing losses of "
            "about 74 million hryvnias to the city between 2017 and 2020, the court said. He was "
            "also barred from holding public office for three years.\n\n"
            "Prosecutors said four plots along the Dnipro embankment were sold without auctions "
            "to two firms whose owners included Hrytsai’s brother-in-law and a former business "
            "partner. Apartment blocks now stand on two of them.\n\n"
            "Hrytsai denied wrongdoing throughout the trial, which lasted almost three years. His "
            "lawyer said he would appeal.",
            # versions[1]
            "Kyiv’s Obolonskyi district court on Wednesday sentenced a former head of the land "
            "department in the city’s Obolon district to eight years in prison for selling plots "
            "of public parkland to companies linked to his relatives at a fraction of their "
            "value.\n\n"
            "Anatoliy Hrytsai, 58, was found guilty of abuse of office and of causing losses of "
            "about 74 million hryvnias to the city between 2017 and 2020, the court said. He was "
            "also barred from holding public office for three years.\n\n"
            "Prosecutors said four plots along the Dnipro embankment were sold without auctions "
            "to two firms whose owners included Hrytsai’s brother-in-law and a former business "
            "partner. Apartment blocks now stand on two of them.\n\n"
            "Hrytsai denied wrongdoing throughout the trial, which lasted almost three years. "
            "“The verdict ignores the valuations made at the time by independent experts,” his "
            "lawyer, Svitlana Kravets, told reporters outside the court. “We will appeal.”\n\n"
            "The case was brought by the Kyiv city prosecutor’s office after an audit by the "
            "city’s own inspectors in 2021.",
            # versions[2]
            "A Kyiv court has jailed a former district land official for eight years for selling "
            "public parkland on the Dnipro embankment to companies linked to his relatives at a "
            "fraction of its value.\n\n"
            "Anatoliy Hrytsai, 58, who headed the land department in the Obolon district, was "
            "found guilty on Wednesday of abuse of office and of causing losses of 71.6 million "
            "hryvnias to the city between 2017 and 2020, the Obolonskyi district court said. He "
            "was also barred from holding public office for three years.\n\n"
            "Prosecutors said four plots were sold without auctions to two firms whose owners "
            "included Hrytsai’s brother-in-law and a former business partner. Apartment blocks "
            "now stand on two of them.\n\n"
            "Hrytsai denied wrongdoing throughout the trial, which lasted almost three years. "
            "“The verdict ignores the valuations made at the time by independent experts,” his "
            "lawyer, Svitlana Kravets, told reporters outside the court. “We will appeal.”\n\n"
            "The case was brought by the Kyiv city prosecutor’s office after an audit by the "
            "city’s own inspectors in 2021.",
        ),
        steps=(
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Dan, two things: name the court, and get the defence on record by name, not "
                    "just “his lawyer”. Who brought the case? Refile when you have them."
                ),
            ),
            Step("dan", "save", version=1, note="Court named; lawyer quoted; who brought the case"),
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="New lede; losses 71.6m per the verdict"),
        ),
        tags=("kyiv", "courts", "corruption"),
        target_words=220,
        deadline_hours=-4,
        notes=(
            (
                "vesna",
                (
                    "@dan The verdict summary on the court’s website gives the losses as 71.6 "
                    "million, not 74; 74 was the prosecution’s figure. I have changed it."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="moscow-taxi-app-fine",
        headline="Russian competition watchdog fines taxi app over snowstorm fares",
        standfirst=(
            "The regulator says Poyekhali charged passengers up to three times the price shown "
            "when they booked."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 25 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Russia’s competition regulator on Tuesday fined the Moscow-based ride-hailing "
            "service Poyekhali 180 million roubles, saying it had raised fares sharply during "
            "snowstorms last winter without warning passengers before they booked.\n\n"
            "The regulator said that on several days in January and February the app showed "
            "customers one price when they ordered a car and charged up to three times as much at "
            "the end of the trip. It received more than 4,000 complaints, it said.\n\n"
            "Poyekhali, which says it has about 9 million regular users in 40 cities, said it "
            "disagreed with the decision and would challenge it in court. “Our pricing reflects "
            "demand, and customers always see the range before they confirm,” the company said in "
            "a statement.\n\n"
            "The company must also change how it displays prices within three months, the "
            "regulator said.",
            # versions[1]
            "Russia’s competition regulator on Tuesday fined the Moscow-based ride-hailing "
            "service Poyekhali 180 million roubles, saying it had raised fares sharply during "
            "snowstorms last winter without warning passengers before they booked.\n\n"
            "The regulator said that on several days in January and February the app showed "
            "customers one price when they ordered a car and charged up to three times as much at "
            "the end of the trip. It received more than 4,000 complaints, it said.\n\n"
            "Poyekhali, which says it has about 9 million regular users in 40 cities, said it "
            "disagreed with the decision and would challenge it in court. “Our pricing reflects "
            "demand, and customers always see the range before they confirm,” the company said in "
            "a statement.\n\n"
            "The company must also change how it displays prices within three months, the "
            "regulator said.\n\n"
            "A drivers’ association in Moscow said the higher fares had not reached drivers. “We "
            "saw none of that money,” said Ruslan Gafarov, who heads the association. He said its "
            "members were paid a fixed rate per kilometre, whatever the passenger was charged.",
        ),
        steps=(
            Step("tom", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("vesna", "reopen", note="Drivers’ association has come back to us"),
            Step("vesna", "save", version=1, note="Drivers’ reaction"),
        ),
        tags=("russia", "business", "regulation"),
        target_words=220,
        deadline_hours=12,
        notes=(
            (
                "vesna",
                (
                    "@peter Reopened to add the drivers’ association. I will approve again once "
                    "@tom has confirmed the spelling of Gafarov."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="moscow-courier-bikes",
        headline="Moscow deputies want licence plates and a speed limit for delivery e-bikes",
        standfirst=(
            "The bill follows a rise in collisions on pavements; courier firms say it would slow "
            "deliveries and push riders into traffic."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 27 —",
        desk="Politics",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Members of the Moscow city legislature on Thursday proposed a bill that would "
            "require the electric bikes used by food-delivery couriers to carry licence plates, "
            "and limit them to 20 kilometres per hour on pavements and in parks.\n\n"
            "The city’s traffic police recorded more than 1,900 collisions involving electric "
            "bikes and scooters in the first nine months of the year, about a third more than a "
            "year earlier, according to figures cited by the bill’s authors.\n\n"
            "“A pedestrian hit by a 40-kilo bike at 35 kilometres an hour does not care whether "
            "the rider was in a hurry,” said Vera Kuznetsova, the deputy who drafted the bill.\n\n"
            "Delivery companies said the rules would slow orders and push riders onto busy roads. "
            "One of the largest, Dostavka Plyus, said plates would be costly to administer for "
            "tens of thousands of bikes, many of them owned by the couriers themselves.\n\n"
            "The bill will be debated in committee next month.",
        ),
        steps=(
            Step("tom", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Tom, three things. The lede says the legislature proposed the bill, but a "
                    "group of deputies did: how many, and from which factions? The collision "
                    "figure needs a source we can check: the traffic police or the bill’s "
                    "explanatory note? And we need a courier, not only the company. Refile by "
                    "tonight."
                ),
            ),
        ),
        tags=("moscow", "city politics", "transport"),
        target_words=220,
        deadline_hours=7,
    ),
    DemoStory(
        slug="eu-court-charter-refunds",
        headline="EU court says charter airline must refund Croatian holidaymakers in cash",
        standfirst=(
            "Judges in Luxembourg rule that passengers cannot be made to accept vouchers for a "
            "cancelled flight, even one sold in a package."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 27 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "The European Union’s top court ruled on Thursday that an airline that cancels a "
            "flight must offer passengers their money back, and cannot insist on vouchers, even "
            "when the flight was sold as part of a package holiday.\n\n"
            "The case was brought by 37 passengers from Zagreb whose charter flight to Hurghada, "
            "in Egypt, was cancelled in 2023 by Adria Holiday Air, a small Croatian carrier that "
            "has since stopped flying. The airline offered them vouchers valid for two years.\n\n"
            "The Court of Justice of the European Union said the passengers’ right to a refund "
            "under EU rules did not depend on how the ticket had been sold.\n\n"
            "Consumer groups said the ruling would help thousands of travellers with similar "
            "claims. “Airlines have treated vouchers as a free loan from their customers,” said "
            "Marija Vuković of the Croatian consumers’ association.\n\n"
            "The case now returns to a court in Zagreb, which must apply the ruling.",
            # versions[1]
            "The European Union’s top court ruled on Thursday that an airline that cancels a "
            "flight must offer passengers their money back, and cannot insist on vouchers, even "
            "when the flight was sold as part of a package holiday.\n\n"
            "The case was brought by 37 passengers from Zagreb whose charter flight to Hurghada, "
            "in Egypt, was cancelled in 2023 by Adria Holiday Air, a small Croatian carrier that "
            "has since stopped flying. The airline offered them vouchers valid for two years.\n\n"
            "The Court of Justice of the European Union said the passengers’ right to a refund "
            "under EU rules did not depend on how the ticket had been sold.\n\n"
            "The airline had argued that because the holidays were sold by a travel agency, the "
            "passengers’ claim lay against the agency and not the carrier. The court rejected "
            "that argument.\n\n"
            "Consumer groups said the ruling would help thousands of travellers with similar "
            "claims. “Airlines have treated vouchers as a free loan from their customers,” said "
            "Marija Vuković of the Croatian consumers’ association.\n\n"
            "The case now returns to a court in Zagreb, which must apply the ruling.",
            # versions[2]
            "Airlines that cancel a flight must give passengers their money back rather than "
            "vouchers, even when the flight was part of a package holiday, the EU’s top court "
            "ruled on Thursday.\n\n"
            "The case was brought by 37 holidaymakers from Zagreb whose charter flight to "
            "Hurghada, in Egypt, was cancelled in 2023 by Adria Holiday Air, a small Croatian "
            "carrier that has since stopped flying. The airline offered them vouchers valid for "
            "two years.\n\n"
            "The Court of Justice of the European Union said the passengers’ right to a refund "
            "under EU rules did not depend on how the ticket had been sold.\n\n"
            "The airline had argued that because the holidays were sold by a travel agency, the "
            "passengers’ claim lay against the agency and not the carrier. The court rejected "
            "that argument.\n\n"
            "Consumer groups said the ruling would help thousands of travellers with similar "
            "claims. “Airlines have treated vouchers as a free loan from their customers,” said "
            "Marija Vuković of the Croatian consumers’ association.\n\n"
            "The case now returns to a court in Zagreb, which must apply the ruling.",
        ),
        steps=(
            Step("claire", "save", version=1, note="Airline’s argument and the court’s answer"),
            Step("claire", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="New lede"),
            Step(
                "vesna",
                "return",
                note=(
                    "Claire, nice and clean, but three questions. 1) Adria Holiday Air has "
                    "stopped flying: is it in liquidation, and if so who actually pays? Readers "
                    "will ask. 2) Which court in Zagreb? 3) Give Ms Vuković her title. I have "
                    "tightened the lede, so please work on my version."
                ),
            ),
        ),
        tags=("eu", "courts", "aviation", "croatia"),
        target_words=200,
        deadline_hours=26,
    ),
    DemoStory(
        slug="ukraine-measles-vaccination",
        headline="Ukraine steps up measles vaccination as cases rise in the west",
        standfirst=(
            "Health officials say coverage among young children has fallen below safe levels in "
            "several districts."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 25 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Ukraine’s health ministry said on Tuesday it would send mobile vaccination teams to "
            "schools and kindergartens in three western regions after a rise in measles cases, "
            "most of them among children who had not been vaccinated.\n\n"
            "Doctors have recorded 212 cases since September in the Lviv, Zakarpattia and "
            "Ivano-Frankivsk regions, compared with 38 in the same period last year, according to "
            "the ministry. Sixteen children have been treated in hospital. None has died.\n\n"
            "Coverage with both doses of the measles vaccine has fallen to about 80 percent among "
            "children under six in some districts, well below the 95 percent that doctors say is "
            "needed to stop outbreaks, the ministry said.\n\n"
            "“Parents who moved several times during the war have often lost track of their "
            "children’s jabs,” said Dr Oksana Levytska, an epidemiologist at the regional health "
            "centre in Lviv. “We are not seeing refusal so much as gaps.”\n\n"
            "Vaccines are free at state clinics. The ministry said it had enough doses for the "
            "next six months.",
            # versions[1]
            "Ukraine’s health ministry said on Tuesday it would send mobile vaccination teams to "
            "schools and kindergartens in three western regions after a rise in measles cases, "
            "most of them among children who had not been vaccinated.\n\n"
            "Doctors have confirmed 212 cases since September in the Lviv, Zakarpattia and "
            "Ivano-Frankivsk regions, compared with 38 in the same period last year, according to "
            "the ministry. Sixteen children have been treated in hospital. None has died.\n\n"
            "Coverage with both doses of the measles vaccine has fallen to about 80 percent among "
            "children under six in some districts, well below the 95 percent needed to stop "
            "outbreaks, said Taras Hnatiuk, a ministry spokesman. The mobile teams will:\n\n"
            "- check children’s vaccination records at school\n"
            "- offer catch-up doses with parents’ consent\n"
            "- refer children with symptoms to a doctor\n\n"
            "“Parents who moved several times during the war have often lost track of their "
            "children’s jabs,” said Dr Oksana Levytska, an epidemiologist at the regional health "
            "centre in Lviv. “We are not seeing refusal so much as gaps.”\n\n"
            "Vaccines are free at state clinics. Hnatiuk said the ministry had enough doses for "
            "the next six months.",
        ),
        steps=(
            Step("dan", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Dan, are these confirmed or suspected cases? And the ministry should be on "
                    "the record by name, not just “the ministry said” three times. Refile when "
                    "you have both."
                ),
            ),
            Step(
                "dan",
                "save",
                version=1,
                note="Confirmed cases; spokesman named; what the teams do",
            ),
            Step("dan", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Better, thanks. One more: Lviv’s own health department puts the regional "
                    "figure higher than the ministry does. Either reconcile the two or give both, "
                    "with sources."
                ),
            ),
        ),
        tags=("ukraine", "health", "vaccination"),
        target_words=230,
        deadline_hours=3,
    ),
    DemoStory(
        slug="brussels-airport-strike",
        headline="Baggage handlers’ strike to ground most flights at Brussels Airport",
        standfirst=(
            "Unions are protesting against a plan to move ground staff to a subcontractor; "
            "airlines have advised passengers to rebook."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 28 —",
        desk="World",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "Most flights to and from Brussels Airport will be cancelled on Tuesday because of a "
            "24-hour strike by baggage handlers and other ground staff, the airport said on "
            "Friday.\n\n"
            "Three unions called the strike in protest against a plan by SkyDock Handling, one of "
            "the airport’s two ground-handling companies, to transfer about 600 of its workers to "
            "a subcontractor from January.\n\n"
            "The airport said it expected only a handful of departures to go ahead and advised "
            "passengers to contact their airlines. Several carriers said they would let customers "
            "rebook free of charge or fly from Liège, Charleroi or Amsterdam instead.\n\n"
            "“We are not striking for more money. We are striking to keep the jobs we have,” said "
            "Koen Verbeke, a union representative. SkyDock said the transfer would not change "
            "workers’ pay or conditions.\n\n"
            "It is the third strike at the airport this year.",
            # versions[1]
            "Most flights to and from Brussels Airport will be cancelled on Tuesday because of a "
            "24-hour strike by baggage handlers and other ground staff, the airport said on "
            "Friday.\n\n"
            "Three unions called the strike in protest against a plan by SkyDock Handling, one of "
            "the airport’s two ground-handling companies, to transfer about 600 of its workers to "
            "a subcontractor from January.\n\n"
            "The airport said it expected only a handful of departures to go ahead and advised "
            "passengers to contact their airlines. Several carriers said they would let customers "
            "rebook free of charge or fly from Liège, Charleroi or Amsterdam instead.\n\n"
            "“We are not striking for more money. We are striking to keep the jobs we have,” said "
            "Koen Verbeke, a union representative.\n\n"
            "> “No one will lose their job, their salary or their seniority,” SkyDock said in a "
            "statement. “The transfer changes the name of the employer, nothing else.”\n\n"
            "It is the third strike to disrupt the airport this year, after national walkouts in "
            "March and June.",
        ),
        steps=(
            Step("claire", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="SkyDock statement as a quote; earlier strikes"),
            Step("peter", "approve"),
        ),
        tags=("belgium", "aviation", "strike"),
        target_words=200,
        deadline_hours=14,
        notes=(
            (
                "peter",
                (
                    "Approved. @dragan I suggest we hold it until the unions confirm at their "
                    "17:00 meeting; if they call the strike off, we spike it."
                ),
            ),
            ("dragan", "Agreed, holding."),
        ),
    ),
    DemoStory(
        slug="kyiv-opera-premiere",
        headline="Kyiv opera stages first new full-length work in a decade",
        standfirst=(
            "“The Miller’s Daughters”, by a 39-year-old composer from Uzhhorod, sets Carpathian "
            "legends to orchestra, shepherds’ horns and folk choir."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 29 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv’s national opera house on Saturday staged the premiere of “The Miller’s "
            "Daughters”, a new opera drawn from Carpathian folk legends and the first new "
            "full-length work it has produced in a decade.\n\n"
            "The opera, by the 39-year-old composer Andriy Danylenko from Uzhhorod, follows three "
            "sisters who bargain with a river spirit to save their father’s mill. It sets a full "
            "orchestra against the trembita, the long wooden horn of the mountain shepherds, and "
            "a choir of folk singers from the region.\n\n"
            "The production was planned for 2022 and postponed twice. Rehearsals went on through "
            "the autumn, with the cast moving to the theatre’s basement during air raid "
            "alerts.\n\n"
            "“We wanted to make something that belongs to us from the first note to the last,” "
            "Danylenko said before the performance. “Not a museum piece, but a story people will "
            "recognise.”\n\n"
            "The opera will be performed four more times before the end of the year. All the "
            "performances are sold out.",
            # versions[1]
            "Kyiv’s national opera house on Saturday staged the premiere of “The Miller’s "
            "Daughters”, a new opera drawn from Carpathian folk legends and the first new "
            "full-length work it has produced in a decade.\n\n"
            "The opera, by the 39-year-old composer Andriy Danylenko from Uzhhorod, follows three "
            "sisters who bargain with a river spirit to save their father’s mill. It sets a full "
            "orchestra against the trembita, the long wooden horn of the mountain shepherds, and "
            "a choir of folk singers from the region.\n\n"
            "The production was planned for 2022 and postponed twice. Rehearsals went on through "
            "the autumn, with the cast moving to the theatre’s basement during air raid alerts. "
            "At the dress rehearsal on Friday, played to an audience of students and medical "
            "staff, the final scene drew a standing ovation that lasted several minutes.\n\n"
            "“We wanted to make something that belongs to us from the first note to the last,” "
            "Danylenko said before the performance. “Not a museum piece, but a story people will "
            "recognise.”\n\n"
            "The opera will be performed four more times before the end of the year. All the "
            "performances are sold out.",
        ),
        steps=(
            Step("dan", "save", version=1, note="Dress rehearsal"),
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
        ),
        tags=("kyiv", "culture", "opera"),
        target_words=200,
        deadline_hours=18,
        embargo_hours=20,
        notes=(
            (
                "vesna",
                (
                    "Embargoed until the curtain comes down: the theatre asked for nothing before "
                    "then. @dragan please schedule it for the embargo time or later."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="moscow-flu-clinics",
        headline="Moscow clinics extend hours as flu season arrives early",
        standfirst=(
            "Doctors report a sharp rise in cases among schoolchildren; pharmacies say some "
            "antiviral drugs are running short."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 24 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Moscow’s state clinics will stay open until 10 p.m. on weekdays and open on Sundays "
            "from this week, the city’s health department said on Monday, as the flu season "
            "arrived several weeks earlier than usual.\n\n"
            "Doctors in the capital registered about 61,000 cases of flu and other respiratory "
            "infections last week, almost 40 percent more than the week before, according to the "
            "department. The sharpest rise was among schoolchildren, it said.\n\n"
            "Several pharmacy chains said some antiviral medicines and children’s fever syrups "
            "were in short supply, although the department said wholesalers had enough stock and "
            "the shortages would ease within days.\n\n"
            "Free flu jabs are available at clinics, shopping centres and some metro stations "
            "until the end of December.\n\n"
            "“The peak is still ahead of us,” said Dr Alexei Voronin, head physician at a "
            "children’s clinic in the north of the city. “Parents should keep sick children at "
            "home, even if they only seem to have a cold.”",
            # versions[1]
            "Moscow’s state clinics will open late on weekdays and on Sundays from this week as "
            "the flu season arrives several weeks earlier than usual, the city’s health "
            "department said on Monday.\n\n"
            "Doctors in the capital registered about 61,000 cases of flu and other respiratory "
            "infections last week, almost 40 percent more than the week before, according to the "
            "department. The sharpest rise was among schoolchildren, it said. Clinics will stay "
            "open until 10 p.m.\n\n"
            "Several pharmacy chains said some antiviral medicines and children’s fever syrups "
            "were in short supply, although the department said wholesalers had enough stock and "
            "the shortages would ease within days.\n\n"
            "Free flu jabs are available at clinics, shopping centres and some metro stations "
            "until the end of December.\n\n"
            "“The peak is still ahead of us,” said Dr Alexei Voronin, head physician at a "
            "children’s clinic in the north of the city. “Parents should keep sick children at "
            "home, even if they only seem to have a cold.”",
            # versions[2]
            "Moscow’s state clinics will open late on weekdays and on Sundays from this week as "
            "the flu season arrives several weeks earlier than usual, the city’s health "
            "department said on Monday.\n\n"
            "Doctors in the capital registered about 61,000 cases of flu and other respiratory "
            "infections last week, almost 40 percent more than the week before, according to the "
            "department. The sharpest rise was among schoolchildren, it said. Clinics will stay "
            "open until 10 p.m.\n\n"
            "Schools in two districts, Butovo and Mitino, have moved classes online for a week "
            "after more than a fifth of pupils were absent, the city’s education department said "
            "on Monday evening.\n\n"
            "Several pharmacy chains said some antiviral medicines and children’s fever syrups "
            "were in short supply, although the department said wholesalers had enough stock and "
            "the shortages would ease within days.\n\n"
            "Free flu jabs are available at clinics, shopping centres and some metro stations "
            "until the end of December.\n\n"
            "“The peak is still ahead of us,” said Dr Alexei Voronin, head physician at a "
            "children’s clinic in the north of the city. “Parents should keep sick children at "
            "home, even if they only seem to have a cold.”",
        ),
        steps=(
            Step("tom", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Tighter lede; opening hours moved down"),
            Step("vesna", "approve"),
            Step("dragan", "reopen", note="School closures just announced"),
            Step("dragan", "save", version=2, note="Schools in Butovo and Mitino move online"),
            Step("dragan", "approve"),
        ),
        tags=("moscow", "health", "flu"),
        target_words=200,
        deadline_hours=5,
        notes=(
            (
                "dragan",
                (
                    "Reopened to add the school closures, now approved again. @tom please keep an "
                    "eye on the evening figures; we may want an update tomorrow."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="balkans-roaming-deal",
        headline="EU and Western Balkans agree to end mobile roaming charges by 2027",
        standfirst=(
            "Travellers from Serbia, Bosnia and the rest of the region would pay home prices for "
            "calls and data in the EU, and EU visitors likewise."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 28 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "The European Union and the six Western Balkan countries seeking membership have "
            "agreed to cut mobile roaming charges between them, so that from 2027 travellers "
            "would pay the same for calls, texts and data as they do at home, according to a "
            "joint statement to be published on Friday.\n\n"
            "The agreement covers Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North "
            "Macedonia and Serbia. Charges would fall in three steps, starting next July, before "
            "roaming surcharges disappear altogether in January 2027.\n\n"
            "Roaming costs have long been a complaint for the hundreds of thousands of people "
            "from the region who work in or visit the EU. A gigabyte of data used in Germany on a "
            "Serbian tariff can cost more than 10 euros.\n\n"
            "Operators in the region had argued they would lose revenue they need to invest in "
            "their networks. The statement says an EU-financed fund will help smaller operators "
            "upgrade their systems.\n\n"
            "The deal must still be approved by national regulators.",
            # versions[1]
            "The European Union and the six Western Balkan countries seeking membership have "
            "agreed to cut mobile roaming charges between them, so that from 2027 travellers "
            "would pay the same for calls, texts and data as they do at home, according to a "
            "joint statement published on Friday.\n\n"
            "The agreement covers Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North "
            "Macedonia and Serbia. Charges would fall in three steps, starting next July, before "
            "roaming surcharges disappear altogether in January 2027.\n\n"
            "Roaming costs have long been a complaint for the hundreds of thousands of people "
            "from the region who work in or visit the EU. A gigabyte of data used in Germany on a "
            "Serbian tariff can cost more than 10 euros.\n\n"
            "“For a student from Tuzla studying in Graz, this is not a technical detail,” said an "
            "EU official involved in the talks. “It is the phone bill every month.”\n\n"
            "Operators in the region had argued they would lose revenue they need to invest in "
            "their networks. The statement says an EU-financed fund will help smaller operators "
            "upgrade their systems.\n\n"
            "The deal must still be approved by national regulators.",
        ),
        steps=(
            Step("claire", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "save",
                version=1,
                note="Statement now out at publication; official’s quote",
            ),
            Step("peter", "approve"),
            Step("dragan", "schedule", hours=16),
        ),
        tags=("eu", "western balkans", "telecoms"),
        target_words=200,
        deadline_hours=12,
        embargo_hours=16,
        notes=(
            (
                "peter",
                (
                    "Embargo lifts with the joint statement. @dragan the Commission’s press "
                    "office says the time is firm."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="kyiv-half-marathon",
        headline="Kyiv to bring back its spring half-marathon after four-year pause",
        standfirst=(
            "Organisers plan a route past marked shelters and will cap the field at 5,000 runners."
        ),
        byline="By Dan Mercer in Kyiv",
        dateline="KYIV, Nov 27 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Kyiv will hold a half-marathon next April for the first time in four years, "
            "organisers said on Thursday, with a smaller field and a route planned so that "
            "runners are never more than a few minutes from a shelter.\n\n"
            "The race, which drew more than 15,000 runners before the full-scale invasion, will "
            "be capped at 5,000 this time, the organisers said. Registration opens on Dec 15.\n\n"
            "The route will start and finish near Independence Square and follow the right bank "
            "of the Dnipro. If an air raid alert sounds, the race will be stopped and runners "
            "directed to marked shelters along the course, said Serhiy Lytvynchuk, the race "
            "director.\n\n"
            "“People have kept running through all of this, alone, at five in the morning,” "
            "Lytvynchuk said. “We want them to run together again.”\n\n"
            "Part of each entry fee will go to a fund that pays for prosthetic limbs and sports "
            "rehabilitation for wounded servicemen and women.",
        ),
        steps=(
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "schedule", hours=6),
        ),
        tags=("kyiv", "sport", "running"),
        target_words=180,
        deadline_hours=5,
    ),
    DemoStory(
        slug="moscow-youth-ice-arena",
        headline="Moscow opens new ice arena to end early-morning starts for young hockey players",
        standfirst=(
            "The 3,000-seat rink in Khovrino will be used by school teams on weekdays and opened "
            "to the public at weekends."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 28 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "A new ice arena for youth hockey opened on Friday in Moscow’s northern Khovrino "
            "district, the first of four that the city plans to build by 2028 to ease a shortage "
            "of rink time for children’s teams.\n\n"
            "The arena has a full-size rink with 3,000 seats, a smaller training rink and a "
            "sports medicine centre. It cost about 4.2 billion roubles, according to the city’s "
            "construction department.\n\n"
            "Coaches say demand for ice has outstripped supply for years, forcing some teams to "
            "train before school or late in the evening. The new arena will host about 60 school "
            "and club teams on weekdays and open for public skating at weekends.\n\n"
            "“My players have been getting up at five for three seasons,” said Sergei Panov, who "
            "coaches a team of 12-year-olds from the district. “Now we train at four in the "
            "afternoon, like normal people.”",
            # versions[1]
            "A new ice arena for youth hockey opened on Friday in Moscow’s northern Khovrino "
            "district, the first of four that the city plans to build by 2028 to ease a shortage "
            "of rink time for children’s teams.\n\n"
            "The arena has a full-size rink with 3,000 seats, a smaller training rink and a "
            "sports medicine centre. It cost about 4.2 billion roubles, according to the city’s "
            "construction department.\n\n"
            "Coaches say demand for ice has outstripped supply for years, forcing some teams to "
            "train before school or late in the evening. The new arena will host about 60 school "
            "and club teams on weekdays and open for public skating at weekends.\n\n"
            "“My players have been getting up at five for three seasons,” said Sergei Panov, who "
            "coaches a team of 12-year-olds from the district. “Now we train at four in the "
            "afternoon, like normal people.”\n\n"
            "The arena’s first match, between two of the district’s under-14 teams, ended 4-3 "
            "after a penalty shootout.\n\n"
            "Public sessions will cost 300 roubles for adults. Children will skate free.",
        ),
        steps=(
            Step("tom", "save", version=1, note="First match result; ticket prices"),
            Step("tom", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "schedule", hours=9),
        ),
        tags=("moscow", "sport", "hockey"),
        target_words=180,
        deadline_hours=8,
    ),
    DemoStory(
        slug="austria-slovenia-power-line",
        headline="Austria and Slovenia agree to build power link across the Karawanks",
        standfirst=(
            "The line would let the neighbours trade more solar and hydro power; environmental "
            "groups are worried about the route."
        ),
        byline="By Claire Donnelly",
        dateline="VIENNA, Nov 25 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "Austria and Slovenia agreed on Tuesday to build a new high-voltage power line across "
            "the Karawanks mountains, a project the two governments say will let them trade more "
            "solar and hydroelectric power and make blackouts less likely.\n\n"
            "The 110-kilometre line, between substations near Klagenfurt in Austria and Kranj in "
            "Slovenia, is due to be finished by 2032 and will cost about 480 million euros, "
            "according to the two countries’ grid operators. The EU is expected to pay part of "
            "the cost.\n\n"
            "Energy ministry officials in both countries said the line would double the capacity "
            "to move electricity across their border. Slovenia relies on imports when its rivers "
            "run low in late summer, while Austria often has surplus hydro power in spring.\n\n"
            "Environmental groups in Carinthia said they would challenge any route that crossed "
            "protected alpine meadows. “We are not against the line. We are against putting it "
            "through the last untouched valleys,” said Elisabeth Moser of the Carinthian Nature "
            "Protection League.\n\n"
            "A public consultation on the route will open in the spring.",
            # versions[1]
            "Austria and Slovenia will build a high-voltage power line across the Karawanks "
            "mountains to trade more solar and hydroelectric power and make blackouts less "
            "likely, the two governments agreed on Tuesday.\n\n"
            "The roughly 110-kilometre line, between substations near Klagenfurt in Austria and "
            "Kranj in Slovenia, is due to be finished by 2032 and will cost about 480 million "
            "euros, according to the two countries’ grid operators. The EU is expected to pay "
            "part of the cost.\n\n"
            "Officials in both countries said the line would double the capacity to move "
            "electricity across their border. Slovenia relies on imports when its rivers run low "
            "in late summer, while Austria often has surplus hydro power in spring.\n\n"
            "Environmental groups in Carinthia said they would challenge any route that crossed "
            "protected alpine meadows. “We are not against the line. We are against putting it "
            "through the last untouched valleys,” said Elisabeth Moser of the Carinthian Nature "
            "Protection League.\n\n"
            "A public consultation on the route will open in the spring.",
        ),
        steps=(
            Step("claire", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Tightened lede and attribution"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("energy", "austria", "slovenia"),
        target_words=200,
    ),
    DemoStory(
        slug="kyiv-nordic-mayors",
        headline="Nordic and Baltic cities pledge help for Kyiv’s schools",
        standfirst=(
            "Eight cities will help pay for shelters, buses and teacher training under an "
            "agreement signed during a visit on Wednesday."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 26 —",
        desk="Politics",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Mayors and deputy mayors from eight Nordic and Baltic cities pledged on Wednesday to "
            "help pay for school shelters, school buses and teacher training in Kyiv, under an "
            "agreement signed during a one-day visit to the Ukrainian capital.\n\n"
            "The cities, which include Gothenburg, Tampere, Aarhus, Tartu and Kaunas, will "
            "contribute a combined 14 million euros over three years, the Kyiv city "
            "administration said. Each city will “adopt” a group of schools in one of Kyiv’s "
            "districts.\n\n"
            "About a third of Kyiv’s schools still cannot hold all their classes in person "
            "because their shelters are too small for all their pupils, according to the city’s "
            "education department.\n\n"
            "“A child who can go to school is a child who can have a normal day,” said Mikael "
            "Lundgren, a deputy mayor of Gothenburg, who led the delegation. “That is something "
            "cities know how to do.”\n\n"
            "The delegation also visited a school in the Darnytskyi district where a new shelter, "
            "paid for by donors, opened in September.",
            # versions[1]
            "Mayors and deputy mayors from eight Nordic and Baltic cities pledged on Wednesday to "
            "help pay for school shelters, school buses and teacher training in Kyiv, under an "
            "agreement signed during a one-day visit to the Ukrainian capital.\n\n"
            "The cities, which include Gothenburg, Tampere, Aarhus, Riga and Kaunas, will "
            "contribute a combined 4 million euros over three years, the Kyiv city administration "
            "said. Each city will “adopt” a group of schools in one of Kyiv’s districts.\n\n"
            "About a third of Kyiv’s schools still cannot hold all their classes in person "
            "because their shelters are too small for all their pupils, according to the city’s "
            "education department.\n\n"
            "“A child who can go to school is a child who can have a normal day,” said Mikael "
            "Lundgren, a deputy mayor of Gothenburg, who led the delegation. “That is something "
            "cities know how to do.”\n\n"
            "The delegation also visited a school in the Darnytskyi district where a new shelter, "
            "paid for by donors, opened in September.\n\n"
            "This story has been corrected. An earlier version gave the cities’ combined "
            "contribution as 14 million euros, the cost of the whole programme, and listed Tartu, "
            "which is not a signatory, instead of Riga.",
        ),
        steps=(
            Step("dan", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "peter",
                "correct",
                note=(
                    "The cities’ contribution is 4 million euros over three years, not 14 "
                    "million: 14 million is the whole programme, including national funds. Riga, "
                    "not Tartu, is among the signatories."
                ),
            ),
            Step("peter", "save", version=1, note="Correction: 4 million euros; Riga, not Tartu"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("kyiv", "diplomacy", "education"),
        target_words=200,
        notes=(
            (
                "dragan",
                (
                    "Correction is out. @dan the release gave both figures; when a number can be "
                    "read two ways, please flag it in a note when you file."
                ),
            ),
            ("dan", "Understood, sorry. I took the headline figure from the first page."),
        ),
    ),
    DemoStory(
        slug="moscow-bakery-chain-split",
        headline="Court orders feuding founders of Moscow bakery chain to split the business",
        standfirst=(
            "The ruling divides Khlebny Dom’s 79 shops between two brothers who built it from a "
            "single market stall."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 25 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "A Moscow arbitration court on Tuesday ordered the two brothers who founded Khlebny "
            "Dom, one of the city’s best-known bakery chains, to divide the company between them, "
            "ending a two-year dispute that had left dozens of its shops half-empty.\n\n"
            "Under the ruling, Oleg Zaitsev will keep the chain’s 48 shops in central and western "
            "Moscow and its main bakery, while his younger brother Mikhail will take the 31 shops "
            "in the east and south and a smaller production site in Lyubertsy.\n\n"
            "The brothers founded the chain in 2004 with a single stall at a market near "
            "Paveletsky station. It grew to employ about 1,600 people, but suppliers said "
            "deliveries became erratic after the brothers fell out over a plan to sell a stake to "
            "an investment fund.\n\n"
            "Neither brother attended the hearing. Lawyers for both said they were studying the "
            "ruling.",
            # versions[1]
            "A Moscow arbitration court on Tuesday ordered the two brothers who founded Khlebny "
            "Dom, one of the city’s best-known bakery chains, to divide the company between them, "
            "ending a two-year dispute that had left dozens of its shops half-empty.\n\n"
            "Under the ruling, Oleg Zaitsev will keep the chain’s 48 shops in central and western "
            "Moscow and its main bakery, while his younger brother Mikhail will take the 31 shops "
            "in the east and south and a smaller production site in Lyubertsy.\n\n"
            "The brothers founded the chain in 2004 with a single stall at a market near "
            "Paveletsky station. It grew to employ about 1,600 people, but suppliers said "
            "deliveries became erratic after the brothers fell out over a plan to sell a stake to "
            "an investment fund.\n\n"
            "Neither brother attended the hearing. Lawyers for both said they were studying the "
            "ruling.\n\n"
            "Staff at a branch on Bolshaya Ordynka street said they had been told nothing about "
            "which brother would now employ them. “We just want to know whose name will be on our "
            "payslips,” said the shop’s manager.",
            # versions[2]
            "A Moscow arbitration court on Tuesday ordered the two brothers who founded Khlebny "
            "Dom, one of the city’s best-known bakery chains, to divide the company between them, "
            "ending a two-year dispute that had disrupted deliveries to many of its shops.\n\n"
            "Under the ruling, Oleg Zaitsev will keep the chain’s 48 shops in central and western "
            "Moscow and its main bakery, while his younger brother Mikhail will take the 31 shops "
            "in the east and south and a smaller production site in Lyubertsy.\n\n"
            "The brothers founded the chain in 2004 with a single stall at a market near "
            "Paveletsky station. It grew to employ about 1,600 people, but suppliers said "
            "deliveries became erratic after the brothers fell out over a plan to sell a stake to "
            "an investment fund.\n\n"
            "Neither brother attended the hearing. Lawyers for both said they were studying the "
            "ruling, which either side can appeal within a month.\n\n"
            "Staff at a branch on Bolshaya Ordynka street said they had been told nothing about "
            "which brother would now employ them. “We just want to know whose name will be on our "
            "payslips,” said the shop’s manager.",
        ),
        steps=(
            Step("tom", "save", version=1, note="Staff reaction"),
            Step("tom", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Tom, the ruling can be appealed: say so, and give the time limit. And "
                    "“dozens of shops half-empty” in the lede needs support lower down, or soften "
                    "it."
                ),
            ),
            Step("tom", "save", version=2, note="Softened lede; appeal deadline"),
            Step("tom", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("moscow", "courts", "business"),
        target_words=220,
    ),
    DemoStory(
        slug="moscow-parking-zones",
        headline="Moscow to extend paid parking to all residential districts from March",
        standfirst=(
            "City hall says residents will find it easier to park near home; drivers’ groups call "
            "the plan a tax by another name."
        ),
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 24 —",
        desk="Politics",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "Moscow will extend paid street parking to every residential district of the city "
            "from March, the city’s transport department said on Monday, ending free parking on "
            "most streets beyond the Moscow Central Ring.\n\n"
            "Residents registered in a district will be able to park near their homes for 3,000 "
            "roubles a year, while visitors will pay between 40 and 120 roubles an hour depending "
            "on the area, the department said.\n\n"
            "Officials say paid parking in the centre has cut traffic and freed up space, and "
            "that residents of outer districts complain that their streets are filled by "
            "commuters who drive to the nearest metro station.\n\n"
            "Drivers’ groups criticised the plan. “This is a tax on people who have no choice but "
            "to drive,” said Andrei Morozov of the Moscow Motorists’ Association. “Build the "
            "metro first, then charge for parking.”\n\n"
            "About 10,000 new parking meters and signs will be installed over the winter.",
        ),
        steps=(
            Step("tom", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Kill. The transport department says what we reported is one of three options "
                    "in a consultation paper, not a decision, and the prices are examples. "
                    "Partners must not use this story. A story on the consultation will follow."
                ),
            ),
        ),
        tags=("moscow", "city politics", "parking"),
        target_words=180,
        notes=(
            (
                "dragan",
                (
                    "@tom @vesna Killed; the reason is in the history. Let’s talk in the morning "
                    "about how the consultation paper reached us and how it was described."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="eu-border-checks-queues",
        headline="EU to review new border checks after long queues at Croatia–Serbia crossing",
        standfirst=(
            "Drivers reported waits of up to five hours at Bajakovo as fingerprint and photo "
            "checks replaced passport stamps."
        ),
        byline="By Claire Donnelly",
        dateline="BRUSSELS, Nov 24 —",
        desk="Region",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "The European Commission said on Monday it would review how new digital entry checks "
            "are working at the bloc’s external land borders, after drivers reported queues of up "
            "to five hours at the main crossing between Croatia and Serbia over the weekend.\n\n"
            "Travellers from outside the EU now have their fingerprints and a photograph taken "
            "the first time they enter, instead of a stamp in their passport. Border officials "
            "say each first registration adds one to two minutes per person.\n\n"
            "At the Bajakovo crossing, on the motorway between Zagreb and Belgrade, lorry drivers "
            "and families returning from a long weekend said the queue had stretched for several "
            "kilometres on Sunday.\n\n"
            "“We left Belgrade at six in the morning and reached Slavonski Brod at two,” said "
            "Dragana Petković, a nurse who works in Munich.\n\n"
            "A Commission spokesperson said the review would look at staffing and equipment at "
            "the busiest crossings, and that member states could ease the checks at peak times.",
            # versions[1]
            "The European Commission said on Monday it would review how new digital entry checks "
            "are working at the bloc’s external land borders, after drivers reported queues of up "
            "to five hours at the main crossing between Croatia and Serbia over the weekend.\n\n"
            "Border officials say each first registration adds one to two minutes per person.\n\n"
            "At the Bajakovo crossing, on the motorway between Zagreb and Belgrade, lorry drivers "
            "and families returning from a long weekend said the queue had stretched for several "
            "kilometres on Sunday.\n\n"
            "“We left Belgrade at six in the morning and reached Slavonski Brod at two,” said "
            "Dragana Petković, a nurse who works in Munich.\n\n"
            "A Commission spokesperson said the review would look at staffing and equipment at "
            "the busiest crossings, and that member states could ease the checks at peak "
            "times.\n\n"
            "## What changes for travellers\n\n"
            "- fingerprints and a photo are taken on the first entry only\n"
            "- passports are no longer stamped\n"
            "- the record is kept for three years",
        ),
        steps=(
            Step("claire", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="What changes for travellers, as a list"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Kill. The Commission says it has announced no review: the spokesperson was "
                    "answering a hypothetical question, and the transcript bears that out. "
                    "Partners must not use this story."
                ),
            ),
        ),
        tags=("eu", "borders", "croatia", "serbia"),
        target_words=220,
    ),
    DemoStory(
        slug="kyiv-rent-record",
        headline="Kyiv rents climb to a record as families return to the capital",
        standfirst=(
            "A property website says the average asking rent for a one-bedroom flat has risen by "
            "a quarter in a year."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 25 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Rents in Kyiv have risen to a record as families who left the capital early in the "
            "war return and people from frontline regions look for safer homes, according to "
            "figures published on Tuesday by a property website.\n\n"
            "The average asking rent for a one-bedroom flat reached 17,500 hryvnias a month in "
            "November, 24 percent more than a year earlier, the website, Domivka, said. In the "
            "central Pecherskyi district the figure was almost twice as high.\n\n"
            "Estate agents said landlords were asking for several months’ rent in advance, and "
            "that flats with a generator or a home battery were let within days.\n\n"
            "“A year ago I could choose. Now I am happy if the landlord answers the phone,” said "
            "Yulia Tkachuk, 29, a teacher who moved to Kyiv from Kharkiv in September.\n\n"
            "Wages in the capital have grown more slowly, by about 15 percent over the same "
            "period, Domivka said, citing official statistics.",
        ),
        steps=(
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Kill. Domivka has withdrawn its November report: a software error counted "
                    "listings in the Kyiv region as city listings, and the real rise is far "
                    "smaller. Partners must not use this story. A follow-up with corrected data "
                    "will come."
                ),
            ),
        ),
        tags=("kyiv", "housing", "business"),
        target_words=180,
        notes=(
            (
                "dan",
                (
                    "@dragan Domivka’s analyst called me to flag the error. Their corrected "
                    "report is due on Monday and I will write it up then."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="vienna-opera-ball-tickets",
        headline="Vienna Opera Ball tickets sell out in two hours despite price rise",
        standfirst=(
            "A standard ticket now costs 425 euros and a box more than a small car, but demand "
            "has never been higher, organisers say."
        ),
        byline="By Claire Donnelly",
        dateline="VIENNA, Nov 26 —",
        desk="World",
        language="en",
        author="claire",
        versions=(
            # versions[0]
            "Tickets for the Vienna Opera Ball sold out within two hours of going on sale on "
            "Wednesday, the organisers said, even though prices rose by about 10 percent on last "
            "year.\n\n"
            "A standard entry ticket for the ball, held each February at the State Opera, now "
            "costs 425 euros, and a box for ten people in the main hall about 25,000 euros.\n\n"
            "Around 5,000 guests are expected, along with 150 debutante couples who open the "
            "evening with a polonaise. Applications to dance in the opening ceremony also reached "
            "a record, the organisers said.\n\n"
            "“People want one night a year that feels like another century,” said Sabine Hofer, a "
            "spokeswoman for the ball.\n\n"
            "Cheaper standing places in the galleries will go on sale separately in January.",
        ),
        steps=(Step("claire", "spike", note="Figures turned out to be last year’s"),),
        tags=("vienna", "culture"),
        target_words=150,
        notes=(
            (
                "claire",
                (
                    "Spiked my own draft: the sell-out figures came from last year’s press "
                    "release. Not worth a story this year. @vesna for your information."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="ukraine-grain-rail-route",
        headline="Ukraine opens new rail route for grain to Danube ports",
        standfirst=(
            "The state railway says the line will carry up to 20 trains a week to Izmail and Reni."
        ),
        byline="By Dan Mercer",
        dateline="KYIV, Nov 24 —",
        desk="World",
        language="en",
        author="dan",
        versions=(
            # versions[0]
            "Ukraine’s state railway said on Monday it had opened a new freight route for grain "
            "to the Danube ports of Izmail and Reni, which could carry up to 20 trains a week and "
            "ease pressure on the country’s Black Sea ports.\n\n"
            "The route uses a section of line near the border with Moldova that had been closed "
            "to heavy freight for years and was rebuilt over the summer, the railway said. Trains "
            "will run from collection points in central Ukraine.\n\n"
            "Grain traders welcomed the announcement but said the ports’ own capacity was the "
            "bottleneck. “You can bring as many trains as you like, but the barges still have to "
            "be loaded,” said Vitaliy Savchuk, who runs a grain trading company in Odesa.\n\n"
            "Most of Ukraine’s grain is shipped through the sea ports around Odesa; the Danube "
            "ports handle a smaller share.\n\n"
            "The railway said it would add a second route in the spring if demand held up.",
        ),
        steps=(
            Step("dan", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("peter", "spike", note="Old news: route announced in September"),
        ),
        tags=("ukraine", "rail", "grain"),
        target_words=180,
        notes=(
            (
                "peter",
                (
                    "Spiked after approval: the route was announced in September and today’s "
                    "release only changes the start date. @dan let’s do something bigger on the "
                    "Danube ports next week."
                ),
            ),
            ("vesna", "Fair enough, I had missed the September story."),
        ),
    ),
    DemoStory(
        slug="moscow-school-chess",
        headline="Moscow schoolchildren fill exhibition hall for mass chess tournament",
        standfirst="More than 1,500 pupils played at once at VDNKh, organisers said.",
        byline="By Tom Whitaker",
        dateline="MOSCOW, Nov 29 —",
        desk="World",
        language="en",
        author="tom",
        versions=(
            # versions[0]
            "More than 1,500 schoolchildren played chess at the same time in a hall at Moscow’s "
            "VDNKh exhibition centre on Saturday, in what the organisers said was a national "
            "record for a single-venue tournament.\n\n"
            "The pupils, aged 7 to 16, came from 214 schools across the city. They played two "
            "rounds of rapid chess against each other, with 45 volunteer arbiters walking the "
            "rows of tables.\n\n"
            "“The hardest part was not the chess. It was finding 760 boards and clocks that all "
            "work,” said Nikolai Belov, who heads the city’s schools chess federation.\n\n"
            "About 30,000 Moscow children now play in school chess clubs, twice as many as five "
            "years ago, the organisers said.\n\n"
            "The winners of each age group will play a final round in January.",
        ),
        steps=(
            Step("tom", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Tom, “national record” needs a source beyond the organisers: does anyone "
                    "keep such a record? If not, drop the claim, though the story is thin without "
                    "it. Your call whether it is worth saving."
                ),
            ),
            Step("tom", "spike", note="Nobody keeps the record; not worth saving"),
        ),
        tags=("moscow", "sport", "chess"),
        target_words=150,
    ),
)
