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
)
