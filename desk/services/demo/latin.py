"""The sample newsroom's stories in Serbian, Latin script."""

from __future__ import annotations

from desk.services.demo.content import DemoStory, Step

STORIES: tuple[DemoStory, ...] = (
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
    DemoStory(
        slug="pirot-skola-cilimarstva",
        headline="Pirot otvara školu ćilimarstva da zanat ne bi nestao",
        standfirst=(
            "U radionici u centru grada prvih dvanaest polaznica šest meseci učiće tkanje na "
            "vertikalnom razboju."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="PIROT, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Turistička organizacija Pirota otvoriće u januaru školu ćilimarstva, u kojoj će prvih "
            "dvanaest polaznica šest meseci učiti tkanje pirotskog ćilima na vertikalnom razboju, "
            "saopšteno je danas.\n\n"
            "Škola će raditi u obnovljenoj prizemnoj kući u ulici Srpskih vladara, gde je "
            "postavljeno šest razboja. Obuku će voditi tri iskusne tkalje, a polaznice će za vreme "
            "obuke primati mesečnu naknadu od 25.000 dinara.\n\n"
            "„U Pirotu danas aktivno tka manje od trideset žena, a najmlađa ima pedeset dve "
            "godine. Ako sada ne počnemo, za deset godina nećemo imati ko da uči druge“, rekla je "
            "direktorka turističke organizacije Biljana Cvetković.\n\n"
            "Pirotski ćilim tka se ručno, od vune, a tkalje na njemu ponavljaju stotinak "
            "tradicionalnih šara. Za ćilim srednje veličine potrebno je i do tri meseca rada.\n\n"
            "Prijave traju do 20. decembra.",
            # versions[1]
            "Turistička organizacija Pirota otvoriće u januaru školu ćilimarstva, u kojoj će prvih "
            "dvanaest polaznica šest meseci učiti tkanje pirotskog ćilima na vertikalnom razboju, "
            "saopšteno je danas.\n\n"
            "Škola će raditi u obnovljenoj prizemnoj kući u ulici Srpskih vladara, gde je "
            "postavljeno šest razboja. Obuku će voditi tri iskusne tkalje, a polaznice će za vreme "
            "obuke primati mesečnu naknadu od 25.000 dinara.\n\n"
            "„U Pirotu danas aktivno tka manje od trideset žena, a najmlađa ima pedeset dve "
            "godine. Ako sada ne počnemo, za deset godina nećemo imati ko da uči druge“, rekla je "
            "direktorka turističke organizacije Biljana Cvetković.\n\n"
            "Prema njenim rečima, za mesto u školi već se raspitalo više od četrdeset žena, među "
            "njima i nekoliko studentkinja dizajna iz Niša i Beograda. Ćilimi koje polaznice "
            "izatkaju prodavaće se u suvenirnici turističke organizacije, a prihod će se deliti sa "
            "tkaljama.\n\n"
            "Pirotski ćilim tka se ručno, od vune, a tkalje na njemu ponavljaju stotinak "
            "tradicionalnih šara. Za ćilim srednje veličine potrebno je i do tri meseca rada.\n\n"
            "Prijave traju do 20. decembra.",
        ),
        steps=(Step("marko", "save", version=1, note="Interesovanje polaznica; prodaja ćilima"),),
        tags=("pirot", "kultura", "stari zanati"),
        target_words=160,
        deadline_hours=30,
    ),
    DemoStory(
        slug="zrenjanin-izbori-mesne-zajednice",
        headline="Zrenjanin posle devet godina raspisao izbore za savete mesnih zajednica",
        standfirst=(
            "Glasanje je zakazano za 15. februar; odbornici se spore oko toga ko će nadzirati "
            "biračka mesta."
        ),
        byline="Piše: Ana Ilić",
        dateline="ZRENJANIN, 26. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Predsednik Skupštine grada Zrenjanina raspisao je danas izbore za savete 34 mesne "
            "zajednice, prve posle devet godina. Glasanje je zakazano za nedelju, 15. februar.\n\n"
            "Mandati većine sadašnjih saveta istekli su još pre pet godina, pa su mesne zajednice "
            "u međuvremenu vodili poverenici koje je imenovalo gradsko veće.\n\n"
            "„Mesna zajednica je najbliži nivo vlasti. Tu se odlučuje o tome koja će se ulica prva "
            "asfaltirati i gde će biti novo igralište“, rekao je predsednik skupštine Aleksandar "
            "Mihajlov.\n\n"
            "Opozicione odborničke grupe pozdravile su odluku, ali traže da u biračkim odborima "
            "budu predstavnici svih lista koje učestvuju na izborima, a ne samo onih koje već "
            "imaju odbornike u gradskoj skupštini.\n\n"
            "Kandidati mogu da predaju prijave do 10. januara.",
            # versions[1]
            "Predsednik Skupštine grada Zrenjanina raspisao je danas izbore za savete 34 mesne "
            "zajednice, prve posle devet godina. Glasanje je zakazano za nedelju, 15. februar.\n\n"
            "Mandati većine sadašnjih saveta istekli su još pre pet godina, pa su mesne zajednice "
            "u međuvremenu vodili poverenici koje je imenovalo gradsko veće.\n\n"
            "Pravo glasa imaće oko 98.000 birača. Najveća mesna zajednica, Zeleno polje, ima više "
            "od 9.000 upisanih birača, a najmanja, u Lukinom Selu, nešto više od 300.\n\n"
            "„Mesna zajednica je najbliži nivo vlasti. Tu se odlučuje o tome koja će se ulica prva "
            "asfaltirati i gde će biti novo igralište“, rekao je predsednik skupštine Aleksandar "
            "Mihajlov.\n\n"
            "Opozicione odborničke grupe pozdravile su odluku, ali traže da u biračkim odborima "
            "budu predstavnici svih lista koje učestvuju na izborima, a ne samo onih koje već "
            "imaju odbornike u gradskoj skupštini.\n\n"
            "„Ako izbore nadziru samo oni koji su ih raspisali, građani neće verovati rezultatu“, "
            "rekla je odbornica Jasmina Tot.\n\n"
            "Kandidati mogu da predaju prijave do 10. januara.",
        ),
        steps=(
            Step("ana", "file"),
            Step("ana", "withdraw", note="Dopunjujem podacima o broju birača"),
            Step("ana", "save", version=1, note="Broj birača; izjava odbornice Tot"),
        ),
        tags=("zrenjanin", "izbori", "lokalna samouprava"),
        target_words=160,
        deadline_hours=20,
        notes=(
            (
                "ana",
                (
                    "@vesna Povukla sam tekst dok ne stignu podaci gradske izborne komisije o "
                    "broju birača po mesnim zajednicama. Šaljem ga ponovo popodne."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="nemacka-sezonski-radnici",
        headline="Nemačka skraćuje čekanje na vize za sezonske radnike sa Zapadnog Balkana",
        standfirst=(
            "Odgovor na zahtev stizaće za najviše šest nedelja; agencije u Beogradu očekuju veće "
            "interesovanje već od proleća."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 28. novembar —",
        desk="World",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Nemačka će od marta skratiti postupak izdavanja radnih viza sezonskim radnicima iz "
            "Srbije i drugih zemalja Zapadnog Balkana, objavila je nemačka savezna agencija za "
            "rad. Umesto dosadašnjih šest do osam meseci, na odgovor bi trebalo da se čeka najviše "
            "šest nedelja.\n\n"
            "Nova pravila odnose se na poslove u poljoprivredi, ugostiteljstvu i turizmu, za "
            "ugovore koji traju do osam meseci u godini. Poslodavac će ubuduće moći da podnese "
            "zahtev za više radnika odjednom, preko jednog elektronskog obrasca.\n\n"
            "U beogradskim agencijama za posredovanje u zapošljavanju kažu da očekuju veće "
            "interesovanje već od proleća.\n\n"
            "„Imali smo ljude koji su dobili ugovor za berbu jagoda, a vizu su dobili kad je berba "
            "već bila gotova“, rekao je vlasnik jedne agencije u Zemunu Vladimir Janković.\n\n"
            "Prema podacima nemačke agencije za rad, prošle godine u Nemačkoj je sezonski radilo "
            "oko 11.000 državljana Srbije.",
        ),
        tags=("nemačka", "zapošljavanje", "migracije"),
        deadline_hours=70,
    ),
    DemoStory(
        slug="vranje-urgentni-centar",
        headline="Vranjska bolnica od januara dobija novi urgentni centar",
        standfirst=(
            "Pacijenti više neće čekati na hodniku stare zgrade; centar će imati šest kreveta za "
            "posmatranje i sopstveni rendgen."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="VRANJE, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Opšta bolnica u Vranju od januara će imati novi urgentni centar, u prizemlju "
            "obnovljenog hirurškog bloka, saopštila je danas uprava bolnice.\n\n"
            "Centar će imati četiri ambulante, šest kreveta za posmatranje pacijenata i sopstveni "
            "rendgen aparat, pa povređeni više neće morati da se prevoze u drugu zgradu na "
            "snimanje.\n\n"
            "„Sada pacijent sa prelomom čeka na hodniku, pa ga kolima vozimo preko dvorišta do "
            "rendgena. Od januara će sve biti na jednom mestu“, rekao je direktor bolnice dr Nenad "
            "Stošić.\n\n"
            "Obnova hirurškog bloka koštala je oko 380 miliona dinara i finansirana je iz "
            "republičkog budžeta. Radovi su trajali godinu i po dana, šest meseci duže nego što je "
            "planirano.\n\n"
            "Vranjska bolnica pokriva Pčinjski okrug, u kojem živi oko 160.000 ljudi.",
            # versions[1]
            "Opšta bolnica u Vranju od januara će imati novi urgentni centar, u prizemlju "
            "obnovljenog hirurškog bloka, saopštila je danas uprava bolnice.\n\n"
            "Centar će imati četiri ambulante, šest kreveta za posmatranje pacijenata i sopstveni "
            "rendgen aparat, pa povređeni više neće morati da se prevoze u drugu zgradu na "
            "snimanje.\n\n"
            "„Sada pacijent sa prelomom čeka na hodniku, pa ga kolima vozimo preko dvorišta do "
            "rendgena. Od januara će sve biti na jednom mestu“, rekao je direktor bolnice dr Nenad "
            "Stošić.\n\n"
            "Za rad u centru bolnica je zaposlila osam novih medicinskih sestara i dva lekara "
            "specijalista urgentne medicine. Stošić je rekao da bolnici i dalje nedostaju "
            "anesteziolozi, pa će noćna dežurstva biti organizovana uz pomoć lekara iz "
            "Leskovca.\n\n"
            "Obnova hirurškog bloka koštala je oko 380 miliona dinara i finansirana je iz "
            "republičkog budžeta. Radovi su trajali godinu i po dana, šest meseci duže nego što je "
            "planirano.\n\n"
            "Vranjska bolnica pokriva Pčinjski okrug, u kojem živi oko 160.000 ljudi.",
        ),
        steps=(
            Step("marko", "save", version=1, note="Novi lekari i sestre; noćna dežurstva"),
            Step("marko", "file"),
        ),
        tags=("vranje", "zdravstvo", "bolnice"),
        target_words=160,
        deadline_hours=8,
    ),
    DemoStory(
        slug="novi-sad-skole-jedna-smena",
        headline="Tri novosadske škole od septembra prelaze na rad u jednoj smeni",
        standfirst=(
            "Grad dograđuje škole na Adicama, Telepu i u Veterniku; roditelji pitaju da li će "
            "produženi boravak biti za sve razrede."
        ),
        byline="Piše: Ana Ilić",
        dateline="NOVI SAD, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Tri osnovne škole u Novom Sadu, na Adicama, Telepu i u Veterniku, od septembra će "
            "raditi u jednoj smeni, najavila je danas Gradska uprava za obrazovanje.\n\n"
            "Škole u ovim naseljima poslednjih godina rade u dve, a jedna i u tri smene, jer je "
            "broj učenika porastao sa izgradnjom novih stambenih blokova. U školi u Veterniku "
            "nastava za neke razrede počinje u pola osam ujutru, a poslednji čas završava se posle "
            "sedam uveče.\n\n"
            "Grad je za dogradnju dvadeset četiri nove učionice, dve fiskulturne sale i tri "
            "kuhinje izdvojio oko 900 miliona dinara.\n\n"
            "„Rad u jednoj smeni znači da deca uče pre podne, a posle podne imaju produženi "
            "boravak, sekcije i sport u istoj zgradi“, rekla je načelnica uprave Marija "
            "Kovačević.\n\n"
            "Roditelji kažu da su zadovoljni, ali pitaju da li će produženi boravak biti obezbeđen "
            "za sve razrede, a ne samo za prvi i drugi.",
        ),
        steps=(
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "release", note="Ceo dan sam na kolegijumu"),
        ),
        tags=("novi sad", "obrazovanje", "škole"),
        target_words=150,
        deadline_hours=5,
        notes=(
            (
                "peter",
                (
                    "@vesna Vratio sam tekst u red, ceo dan sam na kolegijumu. Treba samo "
                    "proveriti iznos za dogradnju u gradskom budžetu."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="gradina-granica-kamioni",
        headline="Kamioni na prelazu Gradina čekaju i po 18 sati",
        standfirst=(
            "Prevoznici iz Srbije traže posebnu traku za kvarljivu robu; bugarska strana "
            "najavljuje proširenje terminala."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="DIMITROVGRAD, 27. novembar —",
        desk="World",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Kolona kamiona na graničnom prelazu Gradina kod Dimitrovgrada danas se protezala na "
            "više od sedam kilometara, a vozači kažu da na izlazak iz Srbije čekaju i po 18 "
            "sati.\n\n"
            "Gužve na ovom prelazu, najprometnijem na granici sa Bugarskom, traju od početka "
            "meseca, kada je bugarska strana uvela detaljnije kontrole teretnih vozila.\n\n"
            "„Spavam u kabini drugu noć zaredom. Ne smem da odem ni do prodavnice, jer kolona "
            "svakog časa može da krene“, rekao je vozač iz Leskovca Dragan Mitić.\n\n"
            "Udruženje prevoznika „Jug-trans“ traži da se na prelazu otvori posebna traka za "
            "kamione koji prevoze lako kvarljivu robu, pre svega voće i povrće.\n\n"
            "Prelaz Gradina deo je Koridora 10 i preko njega dnevno prođe oko 2.500 kamiona.",
            # versions[1]
            "Kolona kamiona na graničnom prelazu Gradina kod Dimitrovgrada danas se protezala na "
            "više od sedam kilometara, a vozači kažu da na izlazak iz Srbije čekaju i po 18 "
            "sati.\n\n"
            "Gužve na ovom prelazu, najprometnijem na granici sa Bugarskom, traju od početka "
            "meseca, kada je bugarska strana uvela detaljnije kontrole teretnih vozila.\n\n"
            "Bugarska granična policija saopštila je da su kontrole pojačane zbog učestalih "
            "pokušaja krijumčarenja cigareta i da će trajati do kraja godine. U bugarskom "
            "ministarstvu saobraćaja kažu da će terminal za teretna vozila na prelazu Kalotina do "
            "proleća dobiti još četiri kontrolne trake.\n\n"
            "„Spavam u kabini drugu noć zaredom. Ne smem da odem ni do prodavnice, jer kolona "
            "svakog časa može da krene“, rekao je vozač iz Leskovca Dragan Mitić.\n\n"
            "Udruženje prevoznika „Jug-trans“ traži da se na prelazu otvori posebna traka za "
            "kamione koji prevoze lako kvarljivu robu, pre svega voće i povrće.\n\n"
            "Prelaz Gradina deo je Koridora 10, a prema podacima Uprave carina, preko njega dnevno "
            "prođe oko 1.900 teretnih vozila.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Marko, nedostaje bugarska strana: šta kaže njihova granična policija i zašto "
                    "su kontrole uvedene? Proveri i broj od 2.500 kamiona, Uprava carina "
                    "objavljuje drugačije podatke. Rok je prošao, pošalji što pre."
                ),
            ),
            Step("marko", "save", version=1, note="Bugarska strana; broj vozila prema carini"),
            Step("marko", "file"),
        ),
        tags=("granica", "bugarska", "saobraćaj", "prevoznici"),
        target_words=170,
        deadline_hours=-1,
        notes=(
            (
                "marko",
                (
                    "@vesna Dopunio sam izjavom bugarske granične policije i ispravio broj vozila "
                    "prema podacima carine."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="sabac-referendum-deponija",
        headline="Šapčani na referendumu odlučuju o regionalnoj deponiji",
        standfirst=(
            "Skupština grada raspisala je prvi lokalni referendum posle više od dvadeset godina; "
            "glasa se 1. marta."
        ),
        byline="Piše: Ana Ilić",
        dateline="ŠABAC, 27. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Skupština grada Šapca raspisala je danas referendum o tome da li grad treba da "
            "učestvuje u izgradnji regionalne deponije u selu Jevremovac, zajedno sa još pet "
            "opština Mačvanskog okruga. Glasanje je zakazano za 1. mart.\n\n"
            "Ovo je prvi lokalni referendum u Šapcu posle više od dvadeset godina. Za odluku je "
            "glasalo 48 odbornika, a protiv je bilo sedam.\n\n"
            "Prema projektu, deponija bi primala otpad iz šest opština sa oko 280.000 stanovnika, "
            "a gradila bi se pet godina. Postojeće gradsko smetlište, udaljeno dva kilometra od "
            "centra, bilo bi zatvoreno i sanirano.\n\n"
            "„Ne želimo da odluku o nečemu što će trajati pedeset godina donesu samo odbornici“, "
            "rekao je gradonačelnik Šapca Miloš Đurić.\n\n"
            "Meštani Jevremovca najavili su da će glasati protiv. Peticiju protiv deponije do sada "
            "je potpisalo oko 1.200 ljudi.",
            # versions[1]
            "Građani Šapca 1. marta odlučivaće na referendumu da li grad treba da učestvuje u "
            "izgradnji regionalne deponije u selu Jevremovac, zajedno sa još pet opština "
            "Mačvanskog okruga. Skupština grada raspisala je referendum danas, sa 48 glasova za i "
            "sedam protiv.\n\n"
            "Ovo je prvi lokalni referendum u Šapcu posle više od dvadeset godina. Odluka će biti "
            "obavezujuća ako na glasanje izađe više od polovine upisanih birača.\n\n"
            "Prema projektu, deponija bi primala otpad iz šest opština sa oko 280.000 stanovnika, "
            "a gradila bi se pet godina. Postojeće gradsko smetlište, udaljeno dva kilometra od "
            "centra, bilo bi zatvoreno i sanirano.\n\n"
            "„Ne želimo da odluku o nečemu što će trajati pedeset godina donesu samo odbornici“, "
            "rekao je gradonačelnik Šapca Miloš Đurić.\n\n"
            "Meštani Jevremovca najavili su da će glasati protiv. Peticiju protiv deponije do sada "
            "je potpisalo oko 1.200 ljudi.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Novi uvod; uslov za punovažnost referenduma"),
        ),
        tags=("šabac", "referendum", "otpad"),
        target_words=150,
        deadline_hours=3,
        notes=(
            (
                "vesna",
                (
                    "@ana Prebacila sam rezultat glasanja u uvod i dodala uslov za punovažnost "
                    "referenduma. Proveri u izbornoj komisiji da li je prag zaista polovina birača."
                ),
            ),
            ("ana", "Proveravam, javljam se do podneva."),
        ),
    ),
    DemoStory(
        slug="leskovac-sud-zaostale-plate",
        headline="Sud u Leskovcu naložio isplatu zaostalih plata radnicama tekstilne fabrike",
        standfirst=(
            "Više od 200 bivših radnica trebalo bi da dobije po četiri plate sa kamatom; "
            "poslodavac najavljuje žalbu."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="LESKOVAC, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Osnovni sud u Leskovcu naložio je fabrici „Veternica tekstil“ da bivšim radnicama "
            "isplati zaostale plate za četiri meseca, sa kamatom, objavio je danas advokat "
            "tužilja.\n\n"
            "Presuda se odnosi na 214 radnica, koje su ostale bez posla kada je fabrika prošle "
            "zime zatvorila pogon u Leskovcu. Prema rečima advokata Miloša Pešića, ukupan iznos sa "
            "kamatom prelazi 70 miliona dinara.\n\n"
            "„Ove žene su radile do poslednjeg dana, a onda su jednog jutra zatekle zaključanu "
            "kapiju“, rekao je Pešić.\n\n"
            "Fabrika je u Leskovcu radila dvanaest godina i šila je odeću za nekoliko evropskih "
            "trgovinskih lanaca. Pogon je zatvoren, kako je tada saopšteno, zbog pada "
            "porudžbina.\n\n"
            "Presuda nije pravosnažna. Uprava fabrike najavila je žalbu.",
            # versions[1]
            "Osnovni sud u Leskovcu naložio je fabrici „Veternica tekstil“ da bivšim radnicama "
            "isplati zaostale plate za četiri meseca, sa kamatom, objavio je danas advokat "
            "tužilja.\n\n"
            "Presuda se odnosi na 214 radnica, koje su ostale bez posla kada je fabrika prošle "
            "zime zatvorila pogon u Leskovcu. Prema rečima advokata Miloša Pešića, ukupan iznos sa "
            "kamatom prelazi 70 miliona dinara.\n\n"
            "„Ove žene su radile do poslednjeg dana, a onda su jednog jutra zatekle zaključanu "
            "kapiju“, rekao je Pešić.\n\n"
            "Snežana Cvetković, koja je u fabrici radila devet godina, kaže da od zatvaranja "
            "pogona radi samo povremeno. „Nismo tražile ništa više od onoga što smo zaradile. "
            "Kredit nije čekao presudu“, rekla je ona.\n\n"
            "Fabrika je u Leskovcu radila dvanaest godina i šila je odeću za nekoliko evropskih "
            "trgovinskih lanaca. Pogon je zatvoren, kako je tada saopšteno, zbog pada "
            "porudžbina.\n\n"
            "Presuda nije pravosnažna. Uprava fabrike najavila je žalbu.",
            # versions[2]
            "Osnovni sud u Leskovcu presudio je da fabrika „Veternica tekstil“ mora bivšim "
            "radnicama da isplati četiri zaostale plate sa kamatom, objavio je danas advokat "
            "tužilja.\n\n"
            "Presuda se odnosi na 214 radnica, koje su ostale bez posla kada je fabrika prošle "
            "zime zatvorila pogon u Leskovcu. Prema rečima advokata Miloša Pešića, ukupan iznos sa "
            "kamatom prelazi 70 miliona dinara.\n\n"
            "„Ove žene su radile do poslednjeg dana, a onda su jednog jutra zatekle zaključanu "
            "kapiju“, rekao je Pešić.\n\n"
            "Snežana Cvetković, koja je u fabrici radila devet godina, kaže da od zatvaranja "
            "pogona radi samo povremeno. „Nismo tražile ništa više od onoga što smo zaradile. "
            "Kredit nije čekao presudu“, rekla je ona.\n\n"
            "Fabrika je u Leskovcu radila dvanaest godina i šila je odeću za nekoliko evropskih "
            "trgovinskih lanaca. Pogon je zatvoren, kako je tada saopšteno, zbog pada "
            "porudžbina.\n\n"
            "Presuda nije pravosnažna. „Veternica tekstil“ saopštila je da poštuje odluku suda, "
            "ali da smatra da je iznos potraživanja pogrešno izračunat, i najavila je žalbu Višem "
            "sudu u Leskovcu.",
        ),
        steps=(
            Step("marko", "save", version=1, note="Izjava bivše radnice"),
            Step("marko", "file"),
            Step("dragan", "claim"),
            Step("dragan", "save", version=2, note="Uvod; saopštenje fabrike"),
        ),
        tags=("leskovac", "sudovi", "radnička prava"),
        target_words=170,
        deadline_hours=6,
        notes=(
            (
                "dragan",
                (
                    "Preuzeo sam tekst jer su @vesna i @peter zauzeti. @marko treba nam broj "
                    "predmeta i ime sudije, proveri u sudskoj pisarnici."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="bec-dunav-merne-stanice",
        headline="Podunavske zemlje usaglasile sporazum o zajedničkom praćenju vodostaja",
        standfirst=(
            "Srbija će za dve godine postaviti dvanaest novih mernih stanica; podaci će svim "
            "zemljama biti dostupni u realnom vremenu."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEČ, 27. novembar —",
        desk="World",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Predstavnici četrnaest podunavskih zemalja dogovorili su danas u Beču uspostavljanje "
            "zajedničkog sistema za praćenje vodostaja i kvaliteta vode Dunava, sa podacima koji "
            "će svim zemljama biti dostupni u realnom vremenu.\n\n"
            "Prema dogovoru, svaka zemlja obavezuje se da u naredne dve godine postavi nove "
            "automatske merne stanice i da podatke šalje u zajedničku bazu. Srbija će postaviti "
            "dvanaest stanica, od Bezdana do Prahova.\n\n"
            "„Poplave i suše ne poznaju granice. Kada znamo šta se dešava uzvodno, imamo dan ili "
            "dva više da se pripremimo“, rekao je šef srpske delegacije, pomoćnik ministra Bojan "
            "Tasić.\n\n"
            "Sistem će koštati oko 40 miliona evra, a najveći deo novca obezbediće Evropska "
            "unija.\n\n"
            "Vodostaj Dunava kod Novog Sada prošle jeseni pao je na jedan od najnižih nivoa u "
            "poslednjih pedeset godina, pa je rečni saobraćaj nekoliko nedelja bio ograničen.",
            # versions[1]
            "Predstavnici četrnaest podunavskih zemalja usaglasili su danas u Beču tekst sporazuma "
            "o zajedničkom sistemu za praćenje vodostaja i kvaliteta vode Dunava. Potpisivanje, "
            "prvobitno planirano za danas, pomereno je za petak, jer dve delegacije još čekaju "
            "saglasnost svojih vlada.\n\n"
            "Prema nacrtu sporazuma, svaka zemlja obavezuje se da u naredne dve godine postavi "
            "nove automatske merne stanice i da podatke šalje u zajedničku bazu. Srbija će "
            "postaviti dvanaest stanica, od Bezdana do Prahova.\n\n"
            "„Poplave i suše ne poznaju granice. Kada znamo šta se dešava uzvodno, imamo dan ili "
            "dva više da se pripremimo“, rekao je šef srpske delegacije, pomoćnik ministra Bojan "
            "Tasić.\n\n"
            "Sistem će koštati oko 40 miliona evra, a najveći deo novca obezbediće Evropska "
            "unija.\n\n"
            "Vodostaj Dunava kod Novog Sada prošle jeseni pao je na jedan od najnižih nivoa u "
            "poslednjih pedeset godina, pa je rečni saobraćaj nekoliko nedelja bio ograničen.",
        ),
        steps=(
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "schedule", hours=20),
            Step("peter", "reopen", note="Potpisivanje sporazuma pomereno za petak"),
            Step("peter", "save", version=1, note="Sporazum usaglašen, potpisivanje u petak"),
        ),
        tags=("dunav", "beč", "vodostaj", "životna sredina"),
        target_words=150,
        deadline_hours=18,
        notes=(
            (
                "peter",
                (
                    "@dragan Skinuo sam tekst sa rasporeda: potpisivanje je pomereno za petak. "
                    "Ispravljam uvod i vraćam ga na odobrenje."
                ),
            ),
            (
                "dragan",
                (
                    "U redu. Zakazaću ga ponovo posle potpisivanja. @ana javi čim stigne potvrda "
                    "iz Beča."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="nis-elektronska-karta",
        headline="Niški gradski prevoz od februara uvodi elektronsku kartu",
        standfirst=(
            "Vožnja će moći da se plati telefonom ili bankovnom karticom u vozilu; papirne karte "
            "ostaju do kraja godine."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Putnici u gradskom i prigradskom prevozu u Nišu od 1. februara moći će da plate "
            "vožnju telefonom ili bankovnom karticom, prislanjanjem na čitač u vozilu, najavila je "
            "danas Direkcija za javni prevoz.\n\n"
            "Uz to će biti uvedena i elektronska mesečna karta, koja će se dopunjavati na kioscima "
            "i preko aplikacije. Papirne karte koje se kupuju kod vozača ostaće u upotrebi do "
            "kraja godine.\n\n"
            "„Vozač više neće morati da vraća kusur dok autobus stoji na stanici. To će skratiti "
            "zadržavanja, a vožnja će biti brža“, rekao je direktor direkcije Saša Todorović.\n\n"
            "Cena pojedinačne vožnje ostaje 100 dinara, a elektronsko plaćanje biće jeftinije za "
            "deset odsto.\n\n"
            "Čitači će biti postavljeni u svih 180 vozila koja saobraćaju na gradskim i "
            "prigradskim linijama.",
        ),
        steps=(
            Step("marko", "file"),
            Step("peter", "claim"),
            Step(
                "peter",
                "return",
                note=(
                    "Marko, nedostaje ono što čitaoce najviše zanima: šta je sa penzionerima i "
                    "đacima koji imaju besplatan ili povlašćen prevoz i kako će dokazivati pravo? "
                    "Ko je dobio posao uvođenja sistema i koliko košta? Rok je već prošao, vrati "
                    "tekst danas."
                ),
            ),
        ),
        tags=("niš", "javni prevoz", "saobraćaj"),
        target_words=150,
        deadline_hours=-3,
        notes=(
            (
                "marko",
                (
                    "@peter Zvao sam direkciju, odgovor o povlasticama i ceni sistema obećali su "
                    "do 16 časova."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="valjevo-odbornicke-naknade",
        headline="Valjevski odbornici sami sebi povećali naknade za 40 odsto",
        standfirst=(
            "Odluka je doneta bez rasprave, kao poslednja tačka dnevnog reda; opozicija je glasala "
            "protiv."
        ),
        byline="Piše: Ana Ilić",
        dateline="VALJEVO, 25. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Skupština grada Valjeva usvojila je na kraju jučerašnje sednice odluku kojom se "
            "naknada odbornicima za učešće na sednici povećava za 40 odsto, sa 5.000 na 7.000 "
            "dinara.\n\n"
            "Odluka je bila poslednja, 27. tačka dnevnog reda i o njoj nije bilo rasprave. Za "
            "povećanje je glasalo 39 odbornika.\n\n"
            "„Naknada nije menjana od 2016. godine, a sve je poskupelo. Ovo je samo usklađivanje“, "
            "rekao je predsednik skupštine Vladimir Obradović.\n\n"
            "Opozicioni odbornici kažu da su glasali protiv i da je o povećanju trebalo "
            "razgovarati ranije, a ne na kraju sednice, bez rasprave.\n\n"
            "Skupština Valjeva ima 51 odbornika i sastaje se u proseku jednom mesečno.",
            # versions[1]
            "Skupština grada Valjeva usvojila je na kraju jučerašnje sednice odluku kojom se "
            "naknada odbornicima za učešće na sednici povećava za 40 odsto, sa 5.000 na 7.000 "
            "dinara. Predlog je podneo Administrativni odbor skupštine.\n\n"
            "Odluka je bila poslednja, 27. tačka dnevnog reda i o njoj nije bilo rasprave. Za "
            "povećanje je glasalo 39 odbornika, a protiv devet.\n\n"
            "„Naknada nije menjana od 2016. godine, a sve je poskupelo. Ovo je samo usklađivanje“, "
            "rekao je predsednik skupštine Vladimir Obradović.\n\n"
            "Odbornica opozicije Milena Radovanović rekla je da je o povećanju trebalo razgovarati "
            "na početku sednice, a ne posle ponoći, kada su novinari već otišli.\n\n"
            "Prema računici našeg lista, povećanje će gradski budžet koštati oko 1,2 miliona "
            "dinara godišnje, ako se skupština sa 51 odbornikom bude sastajala jednom mesečno.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Ana, iz teksta se ne vidi ko je predložio odluku. Treba nam i računica: "
                    "koliko to godišnje košta budžet? Imenuj bar jednog opozicionog odbornika, "
                    "ovako je „kažu“ bez izvora."
                ),
            ),
            Step("ana", "save", version=1, note="Predlagač, računica, izjava odbornice"),
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Bolje je. Još dve stvari: da li je sednica zaista trajala do posle ponoći? U "
                    "prvoj verziji toga nema. I naslov „sami sebi“ nije fer: predlog je dao "
                    "Administrativni odbor. Predloži novi naslov."
                ),
            ),
        ),
        tags=("valjevo", "skupština grada", "naknade"),
        target_words=140,
        deadline_hours=24,
        notes=(("ana", "@vesna Sednica je završena u 00.40, imam zapisnik. Menjam naslov."),),
    ),
    DemoStory(
        slug="cacak-nasip-zapadna-morava",
        headline="Čačak do proleća ojačava nasip na Zapadnoj Moravi",
        standfirst=(
            "Posle prošlogodišnjih poplava u Preljini i Ljubiću grad ulaže 230 miliona dinara u "
            "odbranu od poplava."
        ),
        byline="Piše: Marko Ris",
        dateline="ČAČAK, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Radovi na ojačanju i nadvišenju nasipa na Zapadnoj Moravi kod Čačka počeli su danas i "
            "trebalo bi da budu završeni do proleća, saopštila je gradska uprava.\n\n"
            "Nasip će na deonici dugoj 3,2 kilometra, od Ljubića do ušća Čemernice, biti podignut "
            "za 80 centimetara i ojačan kamenom oblogom. Vrednost radova je oko 230 miliona "
            "dinara.\n\n"
            "Prošlog proleća, posle obilnih kiša, Morava se izlila u naseljima Preljina i Ljubić, "
            "a poplavljeno je oko 150 kuća.\n\n"
            "„Voda nam je u kući bila do kolena. Nameštaj smo bacili, a zidovi su i danas vlažni“, "
            "rekla je Ljiljana Marković iz Ljubića.\n\n"
            "Gradski štab za vanredne situacije najavio je i čišćenje korita Čemernice, koje bi "
            "trebalo da počne u januaru.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "spike", note="Duplikat agencijske vesti"),
            Step("dragan", "unspike"),
            Step("dragan", "claim"),
            Step(
                "dragan",
                "return",
                note=(
                    "Marko, ne piše ko izvodi radove ni ko ih plaća, grad ili država. Proveri i "
                    "broj poplavljenih kuća: u prošlogodišnjem izveštaju štaba piše 90 kuća, a 150 "
                    "je možda broj domaćinstava kojima su poplavljena dvorišta."
                ),
            ),
        ),
        tags=("čačak", "poplave", "morava"),
        target_words=140,
        deadline_hours=2,
        notes=(
            (
                "dragan",
                (
                    "@vesna Vratio sam tekst iz korpe: agencijska vest je kraća i nema izjave "
                    "meštana. Pre nego što skineš tekst kao duplikat, javi mi."
                ),
            ),
            ("vesna", "Važi, promakla mi je razlika. Hvala."),
        ),
    ),
    DemoStory(
        slug="zrenjanin-pozoriste-posle-obnove",
        headline="Zrenjaninsko pozorište posle obnove otvara sezonu „Pokondirenom tikvom“",
        standfirst=(
            "Zgrada je bila zatvorena dve godine; sala ima 420 mesta i lift za osobe sa "
            "invaliditetom."
        ),
        byline="Piše: Ana Ilić",
        dateline="ZRENJANIN, 28. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Narodno pozorište „Toša Jovanović“ u Zrenjaninu posle dve godine obnove ponovo otvara "
            "vrata u subotu, premijerom Sterijine „Pokondirene tikve“.\n\n"
            "Tokom obnove zamenjeni su krov, instalacije i sedišta, a sala sada ima 420 mesta. "
            "Ugrađen je i lift, pa će osobe sa invaliditetom prvi put moći da dođu do balkona.\n\n"
            "„Glumci su dve godine igrali po školskim salama i domovima kulture po celom Banatu. "
            "Povratak u svoju kuću posle toga je kao novo rođenje“, rekla je upravnica pozorišta "
            "Svetlana Mirković.\n\n"
            "Predstavu je režirao Nebojša Lazić, a Femu igra Jelena Kovačević.\n\n"
            "Ulaznice za premijeru rasprodate su za manje od sat vremena, pa je za nedelju "
            "zakazana i druga izvedba.",
            # versions[1]
            "Narodno pozorište „Toša Jovanović“ u Zrenjaninu posle dve godine obnove ponovo otvara "
            "vrata u subotu, premijerom Sterijine „Pokondirene tikve“.\n\n"
            "Tokom obnove zamenjeni su krov, instalacije i sedišta, a sala sada ima 420 mesta. "
            "Ugrađen je i lift, pa će osobe sa invaliditetom prvi put moći da dođu do balkona. "
            "Obnova je koštala oko 310 miliona dinara, a novac su obezbedili grad, pokrajina i "
            "Ministarstvo kulture.\n\n"
            "„Glumci su dve godine igrali po školskim salama i domovima kulture po celom Banatu. "
            "Povratak u svoju kuću posle toga je kao novo rođenje“, rekla je upravnica pozorišta "
            "Svetlana Mirković.\n\n"
            "Predstavu je režirao Nebojša Lazić, a u ulozi Feme je Jelena Kovačević.\n\n"
            "Ulaznice za premijeru rasprodate su za manje od sat vremena, pa je za nedelju "
            "zakazana i druga izvedba.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=1, note="Cena obnove i ko ju je platio"),
            Step("vesna", "approve"),
        ),
        tags=("zrenjanin", "kultura", "pozorište"),
        target_words=130,
        deadline_hours=14,
        notes=(("vesna", "Odobreno. @dragan predlažem da ide u subotu ujutru, pred premijeru."),),
    ),
    DemoStory(
        slug="istrazivanje-mladi-odlazak",
        headline="Istraživanje: svaki treći mladi u Srbiji razmišlja o odlasku iz zemlje",
        standfirst=(
            "Najčešći razlozi su plate i cene stanova; u Nišu i Leskovcu udeo je veći nego u "
            "Beogradu."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 28. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Svaki treći mladi čovek u Srbiji između 18 i 29 godina razmišlja o tome da u naredne "
            "dve godine ode iz zemlje, pokazuje istraživanje beogradskog Centra za javne politike "
            "„Polis“, predstavljeno danas.\n\n"
            "Istraživanje je sprovedeno u oktobru na uzorku od 1.500 ispitanika iz dvadeset "
            "gradova. Kao glavni razlog za odlazak 58 odsto navodi plate, a 41 odsto cene stanova "
            "i kirija.\n\n"
            "Udeo onih koji razmišljaju o odlasku veći je na jugu Srbije: u Nišu je 38, a u "
            "Leskovcu 44 odsto, dok je u Beogradu 27 odsto.\n\n"
            "„Mladi ne odlaze zato što ne vole svoju zemlju, nego zato što ne vide kako bi u njoj "
            "za deset godina imali sopstveni stan“, rekla je autorka istraživanja Teodora "
            "Marinković.\n\n"
            "Dve trećine ispitanika reklo je da bi ostalo kada bi imalo platu od najmanje 1.500 "
            "evra.",
            # versions[1]
            "Svaki treći mladi čovek u Srbiji između 18 i 29 godina razmišlja o tome da u naredne "
            "dve godine ode iz zemlje, pokazuje istraživanje beogradskog Centra za javne politike "
            "„Polis“, predstavljeno danas.\n\n"
            "Istraživanje je sprovedeno u oktobru na uzorku od 1.500 ispitanika iz dvadeset "
            "gradova. Kao glavni razlog za odlazak 58 odsto navodi plate, a 41 odsto cene stanova "
            "i kirija.\n\n"
            "Udeo onih koji razmišljaju o odlasku veći je na jugu Srbije: u Nišu je 38, a u "
            "Leskovcu 44 odsto, dok je u Beogradu 27 odsto.\n\n"
            "„Mladi ne odlaze zato što ne vole svoju zemlju, nego zato što ne vide kako bi u njoj "
            "za deset godina imali sopstveni stan“, rekla je autorka istraživanja Teodora "
            "Marinković.\n\n"
            "## Šta predlažu autori\n\n"
            "Autori istraživanja predlažu tri mere:\n\n"
            "- stambene kredite sa državnom garancijom za mlađe od 35 godina\n"
            "- poreske olakšice za poslodavce koji mlade zaposle na neodređeno vreme\n"
            "- besplatan međugradski prevoz za studente\n\n"
            "Dve trećine ispitanika reklo je da bi ostalo kada bi imalo platu od najmanje 1.500 "
            "evra.",
        ),
        steps=(
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Predlozi autora istraživanja"),
            Step("peter", "approve"),
        ),
        tags=("mladi", "migracije", "istraživanje"),
        target_words=170,
        deadline_hours=15,
        embargo_hours=16,
        notes=(
            (
                "peter",
                (
                    "Pod embargom do sutra u 10 časova, kada „Polis“ predstavlja istraživanje. "
                    "Odobreno. @dragan molim te zakaži ga za vreme embarga."
                ),
            ),
            ("dragan", "Zakazaću ujutru, kad potvrdimo da predstavljanje nije pomereno."),
        ),
    ),
    DemoStory(
        slug="nis-rukomet-juniorke",
        headline="Niš domaćin Evropskog prvenstva u rukometu za mlađe juniorke",
        standfirst=(
            "Utakmice će se igrati u julu u hali „Čair“; grad do tada obnavlja svlačionice, "
            "semafor i rasvetu."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 28. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Niš će u julu biti domaćin Evropskog prvenstva u rukometu za mlađe juniorke, saopštio "
            "je danas Rukometni savez Srbije.\n\n"
            "Na prvenstvu će učestvovati šesnaest reprezentacija, a utakmice će se igrati u hali "
            "Sportskog centra „Čair“ i u pomoćnoj sali istog kompleksa od 8. do 18. jula.\n\n"
            "„Ovo je priznanje gradu koji je pokazao da ume da organizuje velika takmičenja“, "
            "rekao je generalni sekretar saveza Dušan Milenković.\n\n"
            "Grad je najavio obnovu svlačionica i novi semafor u hali „Čair“, a radovi bi trebalo "
            "da budu završeni do juna.\n\n"
            "Organizatori očekuju oko 600 takmičarki i članova stručnih štabova, kao i nekoliko "
            "hiljada navijača iz inostranstva.",
            # versions[1]
            "Niš će u julu biti domaćin Evropskog prvenstva u rukometu za mlađe juniorke, saopštio "
            "je danas Rukometni savez Srbije.\n\n"
            "Na prvenstvu će učestvovati šesnaest reprezentacija, a utakmice će se igrati u hali "
            "Sportskog centra „Čair“ i u pomoćnoj sali istog kompleksa od 8. do 18. jula. Srbija "
            "kao domaćin ima obezbeđeno mesto na turniru.\n\n"
            "Grad će za obnovu svlačionica, novi semafor i rasvetu u hali „Čair“ izdvojiti oko 45 "
            "miliona dinara, a radovi bi trebalo da budu završeni do juna.\n\n"
            "„Ovo je priznanje gradu koji je pokazao da ume da organizuje velika takmičenja“, "
            "rekao je generalni sekretar saveza Dušan Milenković.\n\n"
            "Selektorka reprezentacije Ivana Stojanović kaže da je igranje pred domaćom publikom "
            "prednost, ali i pritisak. „Devojke imaju sedamnaest, osamnaest godina. Puna hala će "
            "ih nositi, ali moraju da nauče da igraju i kad ne ide“, rekla je ona.\n\n"
            "Organizatori očekuju oko 600 takmičarki i članova stručnih štabova, kao i nekoliko "
            "hiljada navijača iz inostranstva.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Marko, koliko košta obnova hale i ko plaća? Da li Srbija kao domaćin ima "
                    "direktan plasman? Dodaj izjavu selektorke ili neke od igračica, ovako tekst "
                    "zvuči kao saopštenje saveza."
                ),
            ),
            Step("marko", "save", version=1, note="Cena obnove; plasman; izjava selektorke"),
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
        ),
        tags=("niš", "sport", "rukomet"),
        target_words=160,
        deadline_hours=28,
    ),
    DemoStory(
        slug="subotica-horovi-sinagoga",
        headline="Horovi iz četiri grada pevaće u subotičkoj sinagogi",
        standfirst=(
            "Koncert 20. decembra zatvara festival „Glasovi granice“; ulaz je besplatan, ali je "
            "broj mesta ograničen."
        ),
        byline="Piše: Ana Ilić",
        dateline="SUBOTICA, 27. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Horovi iz Subotice, Segedina, Novog Sada i Osijeka nastupiće 20. decembra u "
            "subotičkoj sinagogi, na završnom koncertu festivala „Glasovi granice“, najavili su "
            "danas organizatori.\n\n"
            "Na programu su duhovne i svetovne kompozicije na srpskom, mađarskom, hrvatskom i "
            "hebrejskom jeziku, a na kraju će sva četiri hora zajedno izvesti jednu pesmu.\n\n"
            "„Sinagoga je zgrada koja je preživela sve što je ovaj kraj preživeo. Nema boljeg "
            "mesta za koncert koji spaja ljude s obe strane granice“, rekla je direktorka "
            "festivala Eva Horvat.\n\n"
            "Ulaz je besplatan, ali je broj mesta ograničen na 500, pa se ulaznice preuzimaju u "
            "Gradskoj kući od 10. decembra.\n\n"
            "Sinagoga u Subotici, izgrađena početkom dvadesetog veka u secesijskom stilu, ponovo "
            "je otvorena za posetioce posle višegodišnje obnove.",
            # versions[1]
            "Horovi iz Subotice, Segedina, Novog Sada i Osijeka nastupiće 20. decembra u "
            "subotičkoj sinagogi, na završnom koncertu festivala „Glasovi granice“, saopštili su "
            "danas organizatori.\n\n"
            "Na programu su duhovne i svetovne kompozicije na srpskom, mađarskom, hrvatskom i "
            "hebrejskom jeziku, a na kraju će sva četiri hora zajedno izvesti jednu pesmu.\n\n"
            "„Sinagoga je zgrada koja je preživela sve što je ovaj kraj preživeo. Nema boljeg "
            "mesta za koncert koji spaja ljude s obe strane granice“, rekla je direktorka "
            "festivala Eva Horvat.\n\n"
            "Festival se ove godine održava treći put i ima šest koncerata, četiri u Subotici i "
            "dva u Segedinu.\n\n"
            "Ulaz je besplatan, ali je broj mesta ograničen na 500, pa se ulaznice preuzimaju u "
            "Gradskoj kući od 10. decembra.\n\n"
            "Sinagoga u Subotici, izgrađena početkom dvadesetog veka u secesijskom stilu, ponovo "
            "je otvorena za posetioce posle višegodišnje obnove.",
        ),
        steps=(
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Podaci o festivalu"),
            Step("peter", "approve"),
            Step("dragan", "schedule", hours=9),
        ),
        tags=("subotica", "kultura", "muzika"),
        target_words=140,
        deadline_hours=8,
    ),
    DemoStory(
        slug="izvestaj-bezbednost-na-putevima",
        headline="Evropski izveštaj: Srbija među pet zemalja sa najviše poginulih u saobraćaju",
        standfirst=(
            "Broj poginulih na srpskim putevima za deset godina smanjen je za trećinu, ali sporije "
            "nego u ostatku Evrope."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 28. novembar —",
        desk="World",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Srbija je prošle godine bila među pet evropskih zemalja sa najvećim brojem poginulih "
            "u saobraćaju u odnosu na broj stanovnika, pokazuje godišnji izveštaj Evropske "
            "opservatorije za bezbednost na putevima, objavljen danas u Briselu.\n\n"
            "Prema izveštaju, na putevima u Srbiji prošle godine poginulo je 498 ljudi, ili 75 na "
            "milion stanovnika, dok je prosek Evropske unije 46. Za deset godina broj poginulih u "
            "Srbiji smanjen je za trećinu, ali sporije nego u većini zemalja obuhvaćenih "
            "izveštajem.\n\n"
            "Autori kao glavne uzroke navode prekoračenje brzine, vožnju pod dejstvom alkohola i "
            "nevezivanje pojaseva na zadnjim sedištima.\n\n"
            "U Nišavskom okrugu prošle godine poginulo je 31 lice, a najopasnijom deonicom "
            "policija smatra magistralni put od Niša ka Prokuplju.\n\n"
            "Izveštaj obuhvata 32 evropske zemlje.",
            # versions[1]
            "Srbija je prošle godine bila među pet evropskih zemalja sa najvećim brojem poginulih "
            "u saobraćaju u odnosu na broj stanovnika, pokazuje godišnji izveštaj Evropske "
            "opservatorije za bezbednost na putevima, objavljen danas u Briselu.\n\n"
            "Prema izveštaju, na putevima u Srbiji prošle godine poginulo je 498 ljudi, ili 75 na "
            "milion stanovnika, dok je prosek Evropske unije 46. Za deset godina broj poginulih u "
            "Srbiji smanjen je za trećinu, ali sporije nego u većini zemalja obuhvaćenih "
            "izveštajem.\n\n"
            "Autori kao glavne uzroke navode prekoračenje brzine, vožnju pod dejstvom alkohola i "
            "nevezivanje pojaseva na zadnjim sedištima.\n\n"
            "U Nišavskom okrugu prošle godine poginulo je 31 lice, a najopasnijom deonicom "
            "policija smatra magistralni put od Niša ka Prokuplju.\n\n"
            "„Najviše nesreća sa poginulima imamo noću, vikendom i na putevima van naselja, gde "
            "vozači misle da ih niko ne vidi“, rekao je načelnik saobraćajne policije u Nišu Zoran "
            "Antić.\n\n"
            "Izveštaj obuhvata 32 evropske zemlje.",
            # versions[2]
            "Srbija je prošle godine bila među pet evropskih zemalja sa najvećim brojem poginulih "
            "u saobraćaju u odnosu na broj stanovnika, pokazuje godišnji izveštaj Evropske "
            "opservatorije za bezbednost na putevima, objavljen danas u Briselu.\n\n"
            "Prema izveštaju, na putevima u Srbiji prošle godine poginulo je 498 ljudi, ili 75 na "
            "milion stanovnika, dok je prosek Evropske unije 46. Za deset godina broj poginulih u "
            "Srbiji smanjen je za trećinu, ali sporije nego u većini od 32 zemlje obuhvaćene "
            "izveštajem.\n\n"
            "Autori kao glavne uzroke navode prekoračenje brzine, vožnju pod dejstvom alkohola i "
            "nevezivanje pojaseva na zadnjim sedištima.\n\n"
            "## Nišavski okrug\n\n"
            "U Nišavskom okrugu prošle godine poginula je 31 osoba, a najopasnijom deonicom "
            "policija smatra magistralni put od Niša ka Prokuplju.\n\n"
            "„Najviše nesreća sa poginulima imamo noću, vikendom i na putevima van naselja, gde "
            "vozači misle da ih niko ne vidi“, rekao je načelnik saobraćajne policije u Nišu Zoran "
            "Antić.",
        ),
        steps=(
            Step("marko", "save", version=1, note="Izjava načelnika saobraćajne policije"),
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step("vesna", "save", version=2, note="Podnaslov; jezičke ispravke"),
            Step("vesna", "approve"),
            Step("dragan", "schedule", hours=12),
        ),
        tags=("saobraćaj", "bezbednost", "evropa"),
        target_words=150,
        deadline_hours=11,
        embargo_hours=12,
        notes=(
            (
                "vesna",
                (
                    "Izveštaj je pod embargom do podneva po briselskom vremenu. @dragan molim te "
                    "zakaži tačno za vreme embarga."
                ),
            ),
            (
                "dragan",
                (
                    "Zakazano za vreme embarga, ni minut ranije. @marko budi dostupan ako "
                    "opservatorija u poslednjem trenutku promeni brojke."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="staroplaninski-kackavalj-poreklo",
        headline="Staroplaninski kačkavalj dobio zaštićenu oznaku geografskog porekla",
        standfirst=(
            "Sedam mlekara iz Pirota i Dimitrovgrada moći će da ga prodaje pod zaštićenim imenom; "
            "proizvođači se nadaju izvozu."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="PIROT, 25. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Kačkavalj od ovčjeg i kravljeg mleka sa Stare planine dobio je oznaku geografskog "
            "porekla, pa se pod imenom „staroplaninski kačkavalj“ ubuduće može prodavati samo sir "
            "napravljen na tom području i po tradicionalnom postupku, saopštio je danas Zavod za "
            "intelektualnu svojinu.\n\n"
            "Pravo da koristi zaštićeno ime dobilo je sedam mlekara iz Pirota i Dimitrovgrada, "
            "koje zajedno godišnje proizvedu oko 400 tona kačkavalja.\n\n"
            "„Do sada ste na pijaci mogli da kupite ‚staroplaninski‘ kačkavalj koji nikad nije "
            "video Staru planinu. Sada to više neće biti moguće“, rekao je predsednik udruženja "
            "proizvođača Dejan Mladenović.\n\n"
            "Prema pravilniku, mleko mora poticati sa pašnjaka iznad 600 metara nadmorske visine, "
            "a sir mora da zri najmanje 60 dana.\n\n"
            "Proizvođači se nadaju da će oznaka porekla olakšati izvoz u zemlje Evropske unije, "
            "gde se zaštićeni sirevi po pravilu prodaju po višoj ceni.",
        ),
        steps=(
            Step("marko", "file"),
            Step("dragan", "claim"),
            Step("dragan", "approve"),
            Step("dragan", "schedule", hours=30),
        ),
        tags=("pirot", "privreda", "poljoprivreda"),
        target_words=140,
        deadline_hours=26,
        notes=(
            (
                "dragan",
                "Kratak i čist tekst, odobrio sam ga sam. Ide u ponedeljak u rubriku o privredi.",
            ),
        ),
    ),
    DemoStory(
        slug="subotica-table-tri-jezika",
        headline="Subotica do kraja godine menja table sa nazivima ulica na tri jezika",
        standfirst=(
            "Nove table biće na srpskom, mađarskom i hrvatskom; odluku su podržali svi odbornici."
        ),
        byline="Piše: Ana Ilić",
        dateline="SUBOTICA, 24. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Skupština grada Subotice jednoglasno je usvojila odluku da se do kraja godine zamene "
            "sve table sa nazivima ulica i trgova u užem centru grada, tako da nazivi budu "
            "ispisani na srpskom, mađarskom i hrvatskom jeziku.\n\n"
            "Do sada su table u većini ulica bile dvojezične, na srpskom i mađarskom, iako su sva "
            "tri jezika u službenoj upotrebi na teritoriji grada.\n\n"
            "„Ovo je pitanje poštovanja, a ne samo tabli. Svaki građanin treba da vidi svoj jezik "
            "u svojoj ulici“, rekao je predsednik skupštine Tibor Sabo.\n\n"
            "U prvoj fazi biće zamenjeno oko 800 tabli u 140 ulica, a posao će koštati oko 14 "
            "miliona dinara.\n\n"
            "Udruženja nacionalnih manjina pozdravila su odluku i zatražila da se table zamene i u "
            "prigradskim naseljima, pre svega na Paliću i u Bajmoku.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("subotica", "manjine", "skupština grada"),
    ),
    DemoStory(
        slug="nis-polumaraton",
        headline="Na niškom polumaratonu trčalo više od 3.000 ljudi",
        standfirst="Pobedio je Kraljevčanin Nikola Vasić; najstariji učesnik imao je 81 godinu.",
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 24. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Više od 3.000 trkača iz Srbije i šest drugih zemalja učestvovalo je danas na jesenjem "
            "polumaratonu u Nišu, na stazi koja je vodila od Tvrđave preko Bulevara Nemanjića do "
            "Čaira i nazad.\n\n"
            "Pobedio je Nikola Vasić iz Kraljeva, sa vremenom 1:08:12. Kod žena je prva bila "
            "Tijana Đokić iz Niša.\n\n"
            "„Vetar je na povratku bio jak, pa sam odustao od ličnog rekorda i trčao na pobedu“, "
            "rekao je Vasić posle trke.\n\n"
            "Najstariji učesnik bio je Nišlija Stojan Ilić, koji ima 81 godinu i koji je stazu od "
            "21 kilometra pretrčao za dva sata i 41 minut.\n\n"
            "Organizatori kažu da je ovo bio najveći polumaraton u Nišu do sada. Zbog trke je "
            "saobraćaj u centru grada bio obustavljen od 9 do 13 časova.",
            # versions[1]
            "Više od 3.000 trkača iz Srbije i šest drugih zemalja učestvovalo je danas na jesenjem "
            "polumaratonu u Nišu, na stazi od Tvrđave preko Bulevara Nemanjića do Čaira i "
            "nazad.\n\n"
            "Pobedio je Nikola Vasić iz Kraljeva, sa vremenom 1:08:12. Kod žena je prva bila "
            "Tijana Đokić iz Niša, sa vremenom 1:19:40.\n\n"
            "„Vetar je na povratku bio jak, pa sam odustao od ličnog rekorda i trčao na pobedu“, "
            "rekao je Vasić posle trke.\n\n"
            "Najstariji učesnik bio je Nišlija Stojan Ilić, koji ima 81 godinu i koji je stazu od "
            "21 kilometra pretrčao za dva sata i 41 minut.\n\n"
            "Organizatori kažu da je ovo bio najveći polumaraton u Nišu do sada. Saobraćaj u "
            "centru grada bio je obustavljen od 9 do 13 časova.",
            # versions[2]
            "Više od 3.000 trkača iz Srbije i šest drugih zemalja učestvovalo je danas na jesenjem "
            "polumaratonu u Nišu, na stazi od Tvrđave preko Bulevara Nemanjića do Čaira i "
            "nazad.\n\n"
            "Pobedio je Nikola Vasić iz Kraljeva, sa vremenom 1:08:21. Kod žena je prva bila "
            "Tijana Đokić iz Aleksinca, sa vremenom 1:19:40.\n\n"
            "„Vetar je na povratku bio jak, pa sam odustao od ličnog rekorda i trčao na pobedu“, "
            "rekao je Vasić posle trke.\n\n"
            "Najstariji učesnik bio je Nišlija Stojan Ilić, koji ima 81 godinu i koji je stazu od "
            "21 kilometra pretrčao za dva sata i 41 minut.\n\n"
            "Organizatori kažu da je ovo bio najveći polumaraton u Nišu do sada. Saobraćaj u "
            "centru grada bio je obustavljen od 9 do 13 časova.\n\n"
            "Ispravka: U ranijoj verziji ovog teksta pogrešno je navedeno vreme pobednika, 1:08:12 "
            "umesto 1:08:21, kao i to da je pobednica kod žena iz Niša. Tijana Đokić je iz "
            "Aleksinca.",
        ),
        steps=(
            Step("marko", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Vreme pobednice; skraćen uvod"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "peter",
                "correct",
                note=(
                    "Vasićevo vreme je 1:08:21, a ne 1:08:12, a Tijana Đokić je iz Aleksinca, ne "
                    "iz Niša. Podaci iz zvaničnih rezultata organizatora."
                ),
            ),
            Step("peter", "save", version=2, note="Ispravka: vreme pobednika; mesto pobednice"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("niš", "sport", "atletika"),
        target_words=150,
        notes=(
            (
                "dragan",
                (
                    "Ispravka je objavljena. @marko rezultate uvek proveri u zvaničnoj listi "
                    "organizatora, a ne na semaforu na cilju."
                ),
            ),
            (
                "marko",
                (
                    "Razumem. Vreme sam prepisao sa semafora, a zvanični rezultati stigli su sat "
                    "kasnije."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="izvestaj-cene-stanova-evropa",
        headline="Evropski izveštaj: stanovi u Beogradu poskupeli brže nego u Beču i Budimpešti",
        standfirst=(
            "Za stan od 60 kvadrata Beograđaninu je potrebno 14 prosečnih godišnjih plata, a "
            "Bečliji osam."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 27. novembar —",
        desk="World",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Cene stanova u Beogradu porasle su za pet godina za 62 odsto, brže nego u Beču, "
            "Budimpešti, Zagrebu i Sofiji, pokazuje izveštaj Evropske mreže za pristupačno "
            "stanovanje, objavljen danas.\n\n"
            "Izveštaj poredi cene novih stanova i prosečne plate u 40 evropskih gradova. Prema tim "
            "podacima, za stan od 60 kvadratnih metara Beograđaninu je potrebno 14 prosečnih "
            "godišnjih neto plata, stanovniku Budimpešte 12, a Bečliji osam.\n\n"
            "„Beograd ima cene srednjoevropskog grada, a plate koje su i dalje na pola puta do "
            "njih“, rekla je jedna od autorki izveštaja, ekonomistkinja Katarina Lazarević.\n\n"
            "Autori navode da rast cena podstiču kupovina stanova za izdavanje i kao investicije, "
            "kao i kupci iz inostranstva.\n\n"
            "Izveštaj preporučuje gradovima da grade stanove za dugoročni zakup sa ograničenom "
            "kirijom.",
            # versions[1]
            "Cene stanova u Beogradu porasle su za pet godina za 62 odsto, brže nego u Beču, "
            "Budimpešti, Zagrebu i Sofiji, pokazuje izveštaj Evropske mreže za pristupačno "
            "stanovanje, objavljen danas.\n\n"
            "Izveštaj poredi cene novih stanova i prosečne plate u 40 evropskih gradova. Prema tim "
            "podacima, za stan od 60 kvadratnih metara Beograđaninu je potrebno 14 prosečnih "
            "godišnjih neto plata, stanovniku Budimpešte 12, a Bečliji osam.\n\n"
            "„Beograd ima cene srednjoevropskog grada, a plate koje su i dalje na pola puta do "
            "njih“, rekla je jedna od autorki izveštaja, ekonomistkinja Katarina Lazarević.\n\n"
            "Autori navode da rast cena podstiču kupovina stanova za izdavanje i kao investicije, "
            "kao i kupci iz inostranstva.\n\n"
            "Beogradski agenti za nekretnine kažu da se rast cena poslednjih meseci usporio. "
            "„Kupaca je manje nego pre dve godine, ali prodavci još nisu spremni da spuste cenu“, "
            "rekao je Petar Simić iz jedne agencije na Vračaru.\n\n"
            "Izveštaj preporučuje gradovima da grade stanove za dugoročni zakup sa ograničenom "
            "kirijom.",
        ),
        steps=(
            Step("ana", "save", version=1, note="Izjava agenta za nekretnine"),
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
        ),
        tags=("beograd", "stanovanje", "cene"),
        target_words=160,
        embargo_hours=-2,
        notes=(
            ("peter", "Izveštaj je bio pod embargom do 10 časova; objavljen je tek posle toga."),
        ),
    ),
    DemoStory(
        slug="vranje-seoske-skole",
        headline="Tri seoske škole kod Vranja zatvaraju se posle polugodišta",
        standfirst=(
            "Roditelji iz Korbevca, Neradovca i Ćukovca strahuju da će deca do škole putovati i po "
            "sat vremena."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="VRANJE, 25. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Tri izdvojena odeljenja osnovnih škola u selima Korbevac, Neradovac i Ćukovac kod "
            "Vranja biće zatvorena posle prvog polugodišta, a dvadeset šestoro đaka nastaviće "
            "školovanje u gradu, saznaje naš list.\n\n"
            "Prema nezvaničnim informacijama, odluka je doneta zbog malog broja učenika: u "
            "najmanjem odeljenju, u Ćukovcu, ove godine uči samo petoro dece, od prvog do četvrtog "
            "razreda.\n\n"
            "Roditelji kažu da za odluku nisu znali. „Autobus iz sela ide u šest i dvadeset. Dete "
            "od sedam godina bi sat vremena putovalo do škole i isto toliko nazad“, rekao je Srđan "
            "Ristić iz Korbevca.\n\n"
            "Školska uprava u Vranju nije odgovorila na pitanja našeg lista do objavljivanja "
            "teksta.\n\n"
            "Broj đaka u seoskim školama na jugu Srbije smanjuje se godinama, a u Pčinjskom okrugu "
            "u poslednjih deset godina zatvoreno je više od trideset izdvojenih odeljenja.",
        ),
        steps=(
            Step("marko", "file"),
            Step("vesna", "claim"),
            Step("vesna", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Povlačimo tekst. Školska uprava dostavila je dokument: nijedno odeljenje se "
                    "ne zatvara ove školske godine, a o odeljenju u Ćukovcu odlučivaće se na "
                    "proleće, posle razgovora sa roditeljima. Tekst se oslanjao na jedan "
                    "nezvanični izvor. Ne koristiti."
                ),
            ),
        ),
        tags=("vranje", "obrazovanje", "sela"),
        target_words=140,
        notes=(
            (
                "dragan",
                (
                    "@marko @vesna Tekst zasnovan samo na nezvaničnom izvoru ubuduće ne ide bez "
                    "odgovora nadležnih, makar čekali dan duže."
                ),
            ),
            ("marko", "Razumem. Pišem nastavak sa izjavom školske uprave."),
        ),
    ),
    DemoStory(
        slug="beograd-taksi-cenovnik",
        headline="Beograd od januara podiže početnu cenu taksi vožnje",
        standfirst=(
            "Gradsko veće usvojilo je novi cenovnik; udruženja taksista kažu da je povećanje "
            "premalo."
        ),
        byline="Piše: Ana Ilić",
        dateline="BEOGRAD, 24. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Gradsko veće Beograda usvojilo je danas novi cenovnik taksi prevoza, prema kojem će "
            "od 1. januara početna cena vožnje biti 300 dinara, umesto dosadašnjih 250.\n\n"
            "Cena po kilometru u dnevnoj tarifi povećava se sa 80 na 95 dinara, a u noćnoj i "
            "nedeljnoj sa 105 na 120 dinara. Cena čekanja ostaje nepromenjena.\n\n"
            "„Cene goriva, delova i osiguranja za tri godine porasle su više od trideset odsto, a "
            "tarifa se nije menjala“, rekao je gradski sekretar za saobraćaj Goran Petković.\n\n"
            "Udruženja taksista kažu da je povećanje premalo. „Sa ovim cenama taksista jedva "
            "pokriva troškove ako radi dvanaest sati dnevno“, rekao je predsednik udruženja „Beo "
            "taksi“ Zoran Milić.\n\n"
            "U Beogradu posluje oko 6.000 taksi vozila.",
            # versions[1]
            "Gradsko veće Beograda usvojilo je danas novi cenovnik taksi prevoza, prema kojem će "
            "od 1. januara početna cena vožnje biti 300 dinara, umesto dosadašnjih 250.\n\n"
            "Cena po kilometru u dnevnoj tarifi povećava se sa 80 na 95 dinara, a u noćnoj i "
            "nedeljnoj sa 105 na 120 dinara. Cena čekanja ostaje nepromenjena.\n\n"
            "„Cene goriva, delova i osiguranja za tri godine porasle su više od trideset odsto, a "
            "tarifa se nije menjala“, rekao je gradski sekretar za saobraćaj Goran Petković.\n\n"
            "Novi cenovnik mora da bude istaknut u svakom vozilu do 15. januara, a komunalna "
            "milicija najavila je pojačane kontrole.\n\n"
            "Udruženja taksista kažu da je povećanje premalo. „Sa ovim cenama taksista jedva "
            "pokriva troškove ako radi dvanaest sati dnevno“, rekao je predsednik udruženja „Beo "
            "taksi“ Zoran Milić.\n\n"
            "U Beogradu posluje oko 6.000 taksi vozila.",
        ),
        steps=(
            Step("ana", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Rok za isticanje cenovnika"),
            Step("peter", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Povlačimo tekst. Gradsko veće nije usvojilo cenovnik, nego je utvrdilo "
                    "predlog i uputilo ga na javnu raspravu; odluku donosi Skupština grada u "
                    "decembru. Iznosi su iz predloga. Zamenjuje ga nova vest o javnoj raspravi."
                ),
            ),
        ),
        tags=("beograd", "taksi", "cene"),
        target_words=140,
    ),
    DemoStory(
        slug="sofija-nis-putnicki-voz",
        headline="Od decembra ponovo putnički voz između Sofije i Niša",
        standfirst=(
            "Bugarska železnica najavila je jedan polazak dnevno; putovanje bi trajalo oko pet "
            "sati."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 24. novembar —",
        desk="World",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Putnički voz između Sofije i Niša ponovo će saobraćati od sredine decembra, posle "
            "više godina pauze, objavila je bugarska državna železnica na svom sajtu.\n\n"
            "Prema objavljenom redu vožnje, voz bi iz Sofije polazio svakog jutra u 7.10, a u Niš "
            "bi stizao oko podneva. Na povratku bi iz Niša kretao u 15 časova. Predviđena su "
            "zaustavljanja u Dragomanu, Dimitrovgradu i Pirotu.\n\n"
            "„Za ljude iz Pirota i Dimitrovgrada ovo je velika stvar. Mnogi imaju rodbinu i posao "
            "s druge strane granice, a autobusa je malo“, rekao je predsednik udruženja putnika "
            "„Šinobus“ Ivan Đorđević.\n\n"
            "Cena karte u jednom pravcu bila bi oko 15 evra.\n\n"
            "Pruga od Niša do Dimitrovgrada poslednjih godina delimično je obnovljena, pa su "
            "brzine na nekim deonicama povećane.",
        ),
        steps=(
            Step("marko", "file"),
            Step("dragan", "claim"),
            Step("dragan", "approve"),
            Step("dragan", "publish"),
            Step(
                "dragan",
                "kill",
                note=(
                    "Povlačimo tekst. Bugarska železnica saopštila je da je red vožnje na sajtu "
                    "bio radna verzija objavljena greškom i da o uvođenju linije nije odlučeno. "
                    "Srpska strana nije potvrdila nijedan datum. Ne koristiti."
                ),
            ),
        ),
        tags=("železnica", "bugarska", "niš"),
        notes=(
            (
                "dragan",
                (
                    "Greška je koliko Markova toliko i moja: odobrio sam tekst bez potvrde srpske "
                    "strane. Vesti sa stranih sajtova ubuduće proveravamo i kod nas."
                ),
            ),
        ),
    ),
    DemoStory(
        slug="petrovaradin-lift-tvrdjava",
        headline="Na Petrovaradinsku tvrđavu od leta panoramskim liftom",
        standfirst=(
            "Lift od Podgrađa do Gornje tvrđave savladao bi 40 metara visinske razlike; "
            "konzervatori imaju primedbe."
        ),
        byline="Piše: Ana Ilić",
        dateline="NOVI SAD, 26. novembar —",
        desk="Region",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Posetioci Petrovaradinske tvrđave od leta bi mogli da se na Gornju tvrđavu popnu "
            "panoramskim liftom iz Podgrađa, najavila je danas Gradska uprava za kulturu Novog "
            "Sada.\n\n"
            "Lift bi savladao oko 40 metara visinske razlike i mogao bi da preveze do 600 ljudi na "
            "sat. Vrednost projekta procenjuje se na 2,8 miliona evra.\n\n"
            "„Tvrđavu danas zaobilaze stariji ljudi, roditelji sa kolicima i osobe sa "
            "invaliditetom, jer su stepenice strme, a put je dug. Lift to menja“, rekla je "
            "pomoćnica gradonačelnika Jasna Đurić.\n\n"
            "Pokrajinski zavod za zaštitu spomenika kulture još nije dao saglasnost na projekat. "
            "Prema nezvaničnim informacijama, konzervatori traže da lift bude postavljen unutar "
            "postojećeg zida, a ne uz njega, kako ne bi narušio izgled bedema.",
            # versions[1]
            "Posetioci Petrovaradinske tvrđave od leta bi mogli da se na Gornju tvrđavu popnu "
            "panoramskim liftom iz Podgrađa, najavila je danas Gradska uprava za kulturu Novog "
            "Sada.\n\n"
            "Lift bi savladao oko 40 metara visinske razlike i mogao bi da preveze do 600 ljudi na "
            "sat. Vrednost projekta procenjuje se na 2,8 miliona evra.\n\n"
            "„Tvrđavu danas zaobilaze stariji ljudi, roditelji sa kolicima i osobe sa "
            "invaliditetom, jer su stepenice strme, a put je dug. Lift to menja“, rekla je "
            "pomoćnica gradonačelnika Jasna Đurić.\n\n"
            "Pokrajinski zavod za zaštitu spomenika kulture još nije dao saglasnost na projekat. "
            "Prema nezvaničnim informacijama, konzervatori traže da lift bude postavljen unutar "
            "postojećeg zida, a ne uz njega, kako ne bi narušio izgled bedema.\n\n"
            "Arhitekta Zoran Tešić iz udruženja „Grad na Dunavu“ kaže da lift može biti dobra "
            "ideja samo ako se vidi što manje. „Tvrđava je spomenik, a ne vidikovac sa dodacima“, "
            "rekao je on.",
        ),
        steps=(
            Step("ana", "save", version=1, note="Izjava arhitekte"),
            Step("ana", "spike", note="Projekat lifta odložen"),
        ),
        tags=("novi sad", "petrovaradinska tvrđava", "turizam"),
        target_words=150,
    ),
    DemoStory(
        slug="nis-sajam-zaposljavanja",
        headline="Na sajmu zapošljavanja u Nišu ponuđeno 1.200 radnih mesta",
        standfirst=(
            "Najviše se traže vozači, zavarivači i programeri; poslodavci kažu da kandidata ima "
            "sve manje."
        ),
        byline="Piše: Marko Ris, dopisnik iz Niša",
        dateline="NIŠ, 25. novembar —",
        desk="Region",
        language="sr-Latn",
        author="marko",
        versions=(
            # versions[0]
            "Sedamdeset poslodavaca ponudilo je danas na sajmu zapošljavanja u niškom Oficirskom "
            "domu oko 1.200 radnih mesta, saopštila je filijala Nacionalne službe za "
            "zapošljavanje.\n\n"
            "Najviše se traže vozači kamiona, zavarivači, kuvari i programeri, a najmanje oglasa "
            "bilo je za administrativne poslove.\n\n"
            "„Pre pet godina na jedno mesto javljalo se deset kandidata. Danas mi tražimo ljude, a "
            "ne oni nas“, rekla je direktorka kadrovske službe jedne niške IT kompanije Milica "
            "Nikolić.\n\n"
            "Na sajam je došlo oko 4.000 posetilaca, među njima mnogo studenata i penzionera koji "
            "traže dodatni posao.\n\n"
            "Prema podacima filijale, na evidenciji nezaposlenih u Nišu trenutno je oko 19.000 "
            "ljudi, a sledeći sajam zakazan je za mart.",
            # versions[1]
            "Sedamdeset poslodavaca ponudilo je danas na sajmu zapošljavanja u niškom Oficirskom "
            "domu oko 1.200 radnih mesta, saopštila je filijala Nacionalne službe za "
            "zapošljavanje.\n\n"
            "„Pre pet godina na jedno mesto javljalo se deset kandidata. Danas mi tražimo ljude, a "
            "ne oni nas“, rekla je direktorka kadrovske službe jedne niške IT kompanije Milica "
            "Nikolić.\n\n"
            "## Najtraženija zanimanja\n\n"
            "- vozači kamiona i autobusa: 180 mesta\n"
            "- zavarivači i bravari: 140\n"
            "- kuvari i konobari: 120\n"
            "- programeri i testeri: 95\n\n"
            "Najmanje oglasa bilo je za administrativne poslove.\n\n"
            "Na sajam je došlo oko 4.000 posetilaca, među njima mnogo studenata i penzionera koji "
            "traže dodatni posao. Prema podacima filijale, na evidenciji nezaposlenih u Nišu "
            "trenutno je oko 19.000 ljudi, a sledeći sajam zakazan je za mart.",
        ),
        steps=(
            Step("marko", "file"),
            Step("peter", "claim"),
            Step("peter", "save", version=1, note="Spisak najtraženijih zanimanja"),
            Step("peter", "spike", note="Sajam je već pokriven agencijskom vešću"),
        ),
        tags=("niš", "zapošljavanje", "privreda"),
        target_words=120,
        notes=(
            (
                "peter",
                (
                    "@marko Skinuo sam tekst jer smo jutros objavili agencijsku vest o sajmu. "
                    "Spisak zanimanja je dobar, iskoristi ga za priču o manjku radnika."
                ),
            ),
            ("marko", "@peter Važi, pripremam širu priču za vikend."),
        ),
    ),
    DemoStory(
        slug="vojvodina-stipendije-deficitarna",
        headline="Pokrajina udvostručuje broj stipendija za deficitarna zanimanja",
        standfirst=(
            "Od sledeće školske godine 400 stipendija za studente medicine, tehnike i "
            "poljoprivrede; uslov je rad u Vojvodini."
        ),
        byline="Piše: Ana Ilić",
        dateline="NOVI SAD, 25. novembar —",
        desk="Politics",
        language="sr-Latn",
        author="ana",
        versions=(
            # versions[0]
            "Pokrajinska vlada usvojila je danas program po kojem će od sledeće školske godine "
            "dodeljivati 400 stipendija studentima deficitarnih zanimanja, dvostruko više nego do "
            "sada.\n\n"
            "Stipendije od 25.000 dinara mesečno moći će da dobiju studenti medicine, farmacije, "
            "elektrotehnike, mašinstva i poljoprivrede koji studiraju na fakultetima u "
            "Vojvodini.\n\n"
            "Uslov je da stipendista posle diplomiranja radi u Vojvodini najmanje onoliko godina "
            "koliko je primao stipendiju. Ako ne ispuni obavezu, mora da vrati novac.\n\n"
            "„Svake godine ispratimo stotine mladih lekara i inženjera u inostranstvo. Ovo je "
            "pokušaj da bar deo njih zadržimo ovde“, rekao je pokrajinski sekretar za obrazovanje "
            "Branislav Popov.\n\n"
            "Konkurs bi trebalo da bude raspisan u septembru.",
        ),
        steps=(
            Step("ana", "file"),
            Step("vesna", "claim"),
            Step(
                "vesna",
                "return",
                note=(
                    "Ana, ovo je saopštenje, a ne vest. Koliko je dosadašnjih stipendista zaista "
                    "ostalo da radi u Vojvodini? Da li je iko vratio novac? Pitaj i studente šta "
                    "misle o obavezi rada."
                ),
            ),
            Step("ana", "spike", note="Čekam podatke sekretarijata"),
        ),
        tags=("vojvodina", "obrazovanje", "stipendije"),
        target_words=150,
        notes=(
            (
                "ana",
                (
                    "@vesna Skidam tekst: sekretarijat nema podatke o tome koliko je stipendista "
                    "ostalo, a program će tek biti dorađen. Pisaću ponovo kad konkurs bude "
                    "raspisan."
                ),
            ),
        ),
    ),
)
