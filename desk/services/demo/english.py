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
)
