"""Word lists for the benchmark registry: Norwegian names, places, titles and mail text."""
# ruff: noqa: SIM905

FORNAVN = (
    "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina "
    "Ragnhild Elisabeth Kristin Silje Tone Heidi Ingeborg Camilla Sara Emma Nora Maja Thea Ingvild Hege "
    "Mona Tove Gunn Sigrid Line Trine Elin Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir "
    "Tor Morten Terje Odd Erik Martin Andreas John Anders Rune Trond Tore Jon Harald Gunnar Olav Espen "
    "Øyvind Einar Magnus Jonas Sindre Henrik Eirik Kristian Aksel Sverre Torbjørn Håkon Vidar Steinar"
).split()

ETTERNAVN = (
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen "
    "Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund "
    "Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen "
    "Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård "
    "Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther "
    "Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning "
    "Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud"
).split()

STED_FORLEDD = "Nord Sør Øst Vest Øvre Nedre Stor Lille Gamle Nye Midt Indre Ytre".split()
STED_ETTERLEDD = (
    "haugen moen lia berget dalen åsen vika jordet bakken tunet sletta holmen stranda tjernet skogen "
    "engen myra nes sund vollen"
).split()
STEDER = (
    "Vestsiden Holtet Roverud Austmarka Granli Brandval Vingersjøen Langeland Skogli Sjøberget Tråstad "
    "Øvrebyen Marikollen Rasta Kirkenær Flisa Skotterud Magnor Eidskog Sentrum Tunet Lierfoss Matrand "
    "Vinger Sander Lundersæter Kongshov Kurudsand Hokåsen Nysæter"
).split()
GATE_ETTERLEDD = "gata veien vegen alléen stien bakken svingen løkka".split()

BYGGETILTAK = (
    "tilbygg enebolig|garasje|bruksendring til boligformål|riving av uthus|terrasse|ny enebolig|"
    "fasadeendring|carport|deling av eiendom|støttemur|anneks|veranda|bod|tomannsbolig|rekkehus|"
    "innglassing av balkong|pipe og ildsted|takoppløft|kjeller|hytte|naust|brygge|lagerhall|"
    "midlertidig brakkerigg|utslippsanlegg|avkjørsel|basseng|levegg|hagestue|vinterhage"
).split("|")

TEMA = (
    "kommunale avgifter|vedlikeholdsplan kommunale bygg|trafikksikkerhetsplan|vinterdrift kommunale veier|"
    "kulturmidler|budsjett|lønnsforhandlinger|innkjøp av IKT-utstyr|arkivplan|velferdstiltak for ansatte|"
    "tilsyn med barnehager|leirskole|skyss av elever|ny lekeplass|rektormøter|politisk møteplan|"
    "revisjonsrapport|beredskapsplan|folkehelseoversikt|boligsosial handlingsplan|klimaplan|"
    "næringsplan|kommuneplanens arealdel|hovedplan vann og avløp|renovasjon|feiing|skjenkebevilling|"
    "salgsbevilling|tilskudd til lag og foreninger|idrettsanlegg|svømmehall|bibliotek|kulturskole|"
    "ungdomsråd|eldreråd|råd for personer med funksjonsnedsettelse|helsestasjon|legevakt|"
    "hjemmetjenester|omsorgsboliger|startlån|bostøtte|tomtesalg|gatelys|brøyting|parkering|"
    "skilting|friluftsområder|turstier|viltforvaltning|landbruk|jordlov|konsesjon|forurensning|"
    "vannforsyning|avløpsanlegg|overvann|flomsikring|rasfare|kartlegging av radon|støy"
).split("|")

SAKSTYPE_VEKT = (
    ("GS", 50),
    ("BS", 18),
    ("PERS", 1.5),
    ("ELEV", 1.5),
    ("BHG", 5),
    ("ES", 5),
    ("RS", 3),
    ("SFO", 3),
    ("ST", 1),
    ("PS", 4),
    ("DS", 3),
)

ENHETER = (
    ("DOK", "Dokumentsenter"),
    ("ADM", "Rådmannens stab"),
    ("OPP", "Oppvekst og kultur"),
    ("TEK", "Plan, bygg og eiendom"),
    ("HO", "Helse og omsorg"),
    ("NAV", "NAV kommune"),
    ("ØKO", "Økonomi"),
    ("PER", "Personal og organisasjon"),
    ("KOM", "Kommunalteknikk"),
    ("KUL", "Kultur og fritid"),
    ("LAN", "Landbruk og miljø"),
    ("BRA", "Brann og redning"),
    ("IKT", "IKT og digitalisering"),
    ("EIE", "Eiendomsforvaltning"),
    ("HJE", "Hjemmetjenesten"),
    ("SYK", "Sykehjemmet"),
    ("HEL", "Helsestasjon og skolehelsetjeneste"),
    ("BVT", "Barnevernstjenesten"),
    ("PPT", "PP-tjenesten"),
    ("FLY", "Flyktningtjenesten"),
)

INN_MALER = (
    "Søknad - {t}",
    "Henvendelse vedrørende {t}",
    "Klage - {t}",
    "Innspill til {t}",
    "Purring - {t}",
    "Tilleggsopplysninger - {t}",
    "Spørsmål om {t}",
    "Uttalelse - {t}",
    "Nabomerknad - {t}",
    "Høringsuttalelse - {t}",
    "Melding om {t}",
    "Bekreftelse - {t}",
)
UT_MALER = (
    "Vedtak - {t}",
    "Svar på henvendelse - {t}",
    "Foreløpig svar - {t}",
    "Innkalling til møte - {t}",
    "Mangelbrev - {t}",
    "Tillatelse - {t}",
    "Avslag - {t}",
    "Orientering om {t}",
    "Varsel om tilsyn - {t}",
    "Kvittering for mottatt søknad - {t}",
)
NOTAT_MALER = (
    "Notat - {t}",
    "Referat fra internmøte - {t}",
    "Vurdering - {t}",
    "Intern avklaring - {t}",
    "Saksframlegg - {t}",
)

SETNINGER = (
    "Vi viser til tidligere korrespondanse i saken og ber om en snarlig tilbakemelding.",
    "Vedlagt følger situasjonsplan, tegninger og nabovarsel.",
    "Befaring er avtalt til neste uke, og vi ber om at eiendommen er tilgjengelig.",
    "Kommunen har mottatt dokumentasjonen og vil behandle saken så snart som mulig.",
    "Saksbehandlingstiden er for tiden om lag åtte uker.",
    "Vi ber om at fristen forlenges med fjorten dager på grunn av ferieavvikling.",
    "Det er ikke registrert merknader fra naboer innen fristen.",
    "Søknaden mangler ansvarsrett for prosjekterende og utførende.",
    "Vi har ingen innvendinger til planforslaget slik det foreligger.",
    "Gebyret er beregnet etter gjeldende gebyrregulativ.",
    "Klagen er tatt til følge og vedtaket omgjøres.",
    "Vi ber om å få oversendt kopi av alle dokumenter i saken.",
    "Tiltaket berører dyrket mark og må vurderes etter jordloven.",
    "Foreldrene ønsker et møte med skolen om tilrettelegging.",
    "Budsjettrammen for neste år er redusert med tre prosent.",
    "Protokoll fra møtet er vedlagt til orientering.",
    "Vi minner om at kontrollrapporten skal leveres innen utgangen av måneden.",
    "Det søkes om dispensasjon fra kravet om avstand til nabogrense.",
    "Tilskuddet utbetales når sluttrapport og regnskap er godkjent.",
    "Ta gjerne kontakt på telefon dersom noe er uklart.",
    "Dokumentene er sendt i posten i dag.",
    "Vannprøven viser verdier innenfor grenseverdiene.",
    "Utbedring av avkjørselen må være gjennomført før ferdigattest kan gis.",
    "Kommunestyret behandler saken i sitt møte neste måned.",
)

FIRMA_MALER = (
    "{e} Bygg AS",
    "{e} Rør AS",
    "{s} Eiendom AS",
    "{s} Idrettslag",
    "Advokatfirmaet {e} & {e2}",
    "{e} Elektro AS",
    "{s} Velforening",
    "{e} Arkitekter AS",
    "{s} Landbrukslag",
    "{e} og Sønner AS",
    "{s} Borettslag",
    "{s} Skolekorps",
)
OFFENTLIGE = (
    "Statsforvalteren i Innlandet",
    "Statens vegvesen",
    "Innlandet fylkeskommune",
    "Arbeidstilsynet",
    "Mattilsynet",
    "Skatteetaten",
    "Kartverket",
    "Husbanken",
    "Utdanningsdirektoratet",
    "Helsedirektoratet",
    "KS",
    "Glåmdal Revisjon IKS",
    "Huseierforeningen",
    "Sykehuset Innlandet HF",
    "Direktoratet for byggkvalitet",
)

# --- issue 17: more variety (names, places, addresses, titles, mail text) -----------------

FORNAVN += (
    "Åse Åshild Åsta Ågot Åsne Øydis Ørnulf Ørjan Øystein Østen Ødegar Ærling Ågust Åmund Åsmund "
    "Anne-Lise Anne-Grete Mari-Ann Kari-Anne Per-Olav Jan-Erik Tor-Arne Hans-Petter Ole-Martin Lars-Kristian "
    "Bjørnar Bård Brynjar Dag Even Frode Gaute Halvor Ivar Jørgen Kåre Leif Njål Oddvar Pål Ragnar Rolf "
    "Sigurd Stig Sølve Tarjei Ulf Vegard Yngve Alf Arild Atle Audun Asbjørn Egil Finn Gisle Helge Jostein "
    "Kolbjørn Kristoffer Mats Mikkel Nils Petter Reidar Roar Runar Sigve Snorre Steffen Sturla Sveinung "
    "Tobias Torstein Trygve Vebjørn Ådne Amalie Aurora Benedicte Borghild Dagny Edel Frøydis Gro Gudrun "
    "Guri Hanne Helga Hildegunn Ingunn Jorunn Karoline Kjersti Lene Linn Lise Mette Mia Nora Oda Ragna "
    "Rannveig Ronja Signe Siri Sunniva Synnøve Torill Turid Unni Vigdis Vilde Wenche Yvonne Åslaug Bodil "
    "Mohammed Fatima Aisha Omar Ahmad Mariam Yusuf Zainab Piotr Agnieszka Tomasz Katarzyna Andrius Rasa "
    "Thi Minh Linh Huong Ali Hassan Abdi Amina Sofia Lukas Leon José André Hélène Zoë Jürgen"
).split()

ETTERNAVN += (
    "Bø Bøe Bøen Ås Åsheim Åsen Åmodt Ødegård Ødegaard Østby Østli Øverland Øien Ørbeck Ærø Ekre "
    "Grønli Grønvold Kjærnes Kjær Sæterdal Sætre Løkken Løvås Løvli Møller Nærum Rød Røed Røste Skjærvø "
    "Sølberg Tønnesen Vestøl Vågen Våge Brå Bråten Flåten Gård Hågensen Håland Kråkenes Lågen Nordås "
    "Slåtten Strøm Støen Sørlie Tveten Tvedt Bjørnstad Bjørge Brøndbo Fjær Fjeld Frøland Gjerde Granli "
    "Grinde Helland Hovland Haaland Kvam Kvernmo Langvik Mjøen Myrvang Nesheim Nordby Nordli Ottesen "
    "Rustad Sandnes Skaug Skogstad Stensrud Storli Sunde Svarstad Tangen Thorvaldsen Torp Ulvestad Vold "
    "Wold Aasen Berget Dalen Engebretsen Fossum Gjøen Holmen Kolstad Lier Magnussen Narvestad Opsahl "
    "Rognstad Sagen Stokke Trøan Vang Wiik Østgård Åkre Ånestad Ølstad Khan Hussain Mohamud Warsame "
    "Kowalski Nowak Wiśniewski Kazlauskas Tran Pham Le Hoang Yilmaz Demir Müller Garcia Lopez Petrović"
).split()

# Real-looking Norwegian places (several with æ/ø/å) and their post numbers.
POSTSTEDER = (
    ("2212", "Kongsvinger"), ("2213", "Kongsvinger"), ("2220", "Åbogen"), ("2223", "Galterud"),
    ("2224", "Austmarka"), ("2225", "Kongsvinger"), ("2226", "Kongsvinger"), ("2230", "Skotterud"),
    ("2240", "Magnor"), ("2256", "Grue Finnskog"), ("2260", "Kirkenær"), ("2264", "Øset"),
    ("2266", "Arneberg"), ("2270", "Flisa"), ("2271", "Flisa"), ("2280", "Gjesåsen"), ("2283", "Åsnes Finnskog"),
    ("2116", "Sander"), ("2120", "Sagstua"), ("2134", "Årnes"), ("2150", "Årnes"), ("2160", "Vormsund"),
    ("2164", "Skogbygda"), ("1870", "Ørje"), ("1860", "Trøgstad"), ("1440", "Drøbak"), ("1430", "Ås"),
    ("3800", "Bø i Telemark"), ("8475", "Straumsjøen"), ("2390", "Moelv"), ("2380", "Brumunddal"),
    ("2340", "Løten"), ("2436", "Våler i Solør"), ("2440", "Engerdal"), ("7374", "Røros"),
    ("6150", "Ørsta"), ("6002", "Ålesund"), ("9450", "Hamnvik"), ("7650", "Verdal"), ("3560", "Hemsedal"),
    ("2900", "Fagernes"), ("2686", "Lom"), ("2680", "Vågå"), ("2665", "Lesja"), ("2640", "Vinstra"),
    ("2630", "Ringebu"), ("2611", "Lillehammer"), ("2322", "Ridabu"), ("2312", "Ottestad"), ("2050", "Jessheim"),
    ("2000", "Lillestrøm"), ("1900", "Fetsund"), ("1920", "Sørumsand"), ("2100", "Skarnes"), ("2114", "Disenå"),
)

STEDER += (
    "Bø Ås Åsnes Årnes Ørje Øset Åbogen Gjesåsen Løten Våler Røros Ørsta Vågå Sørumsand Trøgstad Drøbak "
    "Sætre Nærsnes Kjærnes Lærdal Brønnøy Fåvang Hærland Bjørkelangen Mysen Sæbø Åmot Ørsdalen Øyer "
    "Skårer Nordre Åsen Søndre Land Nordbyhagen Lørenskog Dæhlie Bergsøya Grønnåsen Strømsæter Bøhaugen "
    "Nordskogen Finnskogen Solør Odalen Vinger Grue Hof Hernes Kirkebygda Nysæter Vestmarka Haslemoen"
).split()

STED_FORLEDD += "Bjørk Furu Gran Ek Lind Sol Fjell Berg Kvern Sag Kirke Skole Mølle Bø Ås".split()
STED_ETTERLEDD += "sæter rud by stad løkka bråten gården lund åker tangen øya".split()

TEMA += (
    "reguleringsplan for Øvrebyen|vegvedlikehold Åsvegen|trafikksikring ved Bø skole|skolebruksplan|"
    "barnehagebehovsplan|sykehjemsplasser|rusmiddelpolitisk handlingsplan|kommunal planstrategi|"
    "eiendomsskatt|taksering av eiendommer|vann- og avløpsgebyrer|slamtømming|renovasjonsgebyr|"
    "interkommunalt samarbeid|kommunesammenslåing|digitaliseringsstrategi|personvern og informasjonssikkerhet|"
    "innføring av nytt sak- og arkivsystem|bredbåndsutbygging|mobildekning|gang- og sykkelvei|"
    "busstilbud|skoleskyss|fritidskortet|ungdomsklubb|kulturhus|kinodrift|frivilligsentral|17. mai-feiring|"
    "turistinformasjon|næringsfond|etablererstøtte|omstillingsmidler|jordbruksavtalen|produksjonstilskudd|"
    "skogsveier|hogst i verneskog|elgjakt|beverjakt|motorferdsel i utmark|snøskuter|hundehold|"
    "bekjempelse av lupiner|fremmede arter|badevann|drikkevannskilde|brannforebygging|tilsyn med fyringsanlegg|"
    "feiervesen|utrykningstid|krisesenter|barnevern|fosterhjem|avlastning|brukerstyrt personlig assistanse|"
    "hjemmesykepleie|demensomsorg|dagsenter|kommunal legevakt|fastlegeordningen|vaksinasjon|smittevern|"
    "skolehelsetjeneste|spesialundervisning|tilpasset opplæring|mobbeombud|skolemiljø|elevråd|"
    "voksenopplæring|introduksjonsprogram|bosetting av flyktninger|tolketjeneste|sosialhjelp|"
    "kvalifiseringsprogram|gjeldsrådgivning|bostøtte for eldre|utleieboliger|husleie|"
    "salg av Bøhaugen skole|ombygging av rådhuset|energiøkonomisering|solcelleanlegg|ladepunkter|"
    "fjernvarme|veilys på Åsnes|vinterdrift av fortau|strøing|snøbrøyting i Ørje sentrum|"
    "arkivdepot|arkivering av elevmapper|innsynsbegjæringer|postjournal|offentlig journal|"
    "lønnsoppgjør|sykefravær|HMS-handlingsplan|vernerunde|arbeidsmiljøutvalg|medarbeiderundersøkelse|"
    "rekruttering av sykepleiere|lærlinger|seniorpolitikk|tjenestebiler|telefoniavtale|"
    "rammeavtale for kontorrekvisita|anbudskonkurranse for skoleskyss|kjøp av brøytetjenester"
).split("|")

BYGGETILTAK += (
    "oppføring av fritidsbolig|tilbygg til fritidsbolig|ombygging av driftsbygning|ny driftsbygning|"
    "gjødsellager|silo|seterbu|jordvarmeanlegg|varmepumpe|solcellepanel på tak|utvidelse av kjøkken|"
    "heis|rampe for rullestol|parkeringsplass|mobilmast|vindfang|takterrasse|uthus|sjøbod|"
    "bruksendring fra næring til bolig|seksjonering|sammenføyning av eiendommer|grensejustering|"
    "oppmåling av tomt|punktfeste|fradeling av boligtomt|fradeling av tilleggsareal"
).split("|")

INN_MALER += (
    "Søknad om tillatelse til tiltak - {t}",
    "Innsynsbegjæring - {t}",
    "Nabovarsel - {t}",
    "Bekymringsmelding - {t}",
    "Søknad om dispensasjon - {t}",
    "Tilbud - {t}",
    "Faktura - {t}",
    "Søknad om tilskudd - {t}",
    "E-post: {t}",
    "Sv: {t}",
    "Klage på vedtak - {t}",
    "Ferdigmelding - {t}",
)
UT_MALER += (
    "Midlertidig brukstillatelse - {t}",
    "Ferdigattest - {t}",
    "Innvilget tilskudd - {t}",
    "Svar på innsynsbegjæring - {t}",
    "Oversendelse til Statsforvalteren - {t}",
    "Melding om politisk vedtak - {t}",
    "Påminnelse - {t}",
)
NOTAT_MALER += ("Møtereferat - {t}", "Saksutredning - {t}", "Internt notat - {t}", "Sjekkliste - {t}")

# Mail and letter sentences with slots: {sted} place, {navn} person, {tema} theme, {tiltak} building work,
# {dato} date, {belop} amount, {gate} street address, {nr} number, {firma} firm.
SETNING_MALER = SETNINGER + (
    "Jeg skriver på vegne av {navn} angående eiendommen i {gate}.",
    "Vi har mottatt søknaden om {tiltak} på eiendommen gnr {nr} i {sted}.",
    "Saken gjelder {tema}, og vi ber om en vurdering før {dato}.",
    "Det vises til telefonsamtale med {navn} den {dato}.",
    "Kostnadene er beregnet til kr {belop} eks. mva.",
    "Vedlagt er tilbud fra {firma} på kr {belop}.",
    "Naboen i {gate} har kommet med merknader til {tiltak}.",
    "Møtet holdes i kommunestyresalen i {sted} den {dato} kl. 10.00.",
    "Vi ønsker å informere om at {tema} er satt opp som sak i neste møte.",
    "Fristen for å klage er tre uker fra brevet er mottatt.",
    "Eiendommen ligger i et område regulert til boligformål i {sted}.",
    "Jeg ber om at saken behandles så raskt som mulig, da vi har avtalt oppstart med {firma}.",
    "Ifølge kartet går grensen langs bekken ved {sted}.",
    "Dersom vi ikke hører noe innen {dato}, legger vi til grunn at saken er i orden.",
    "Vennligst bekreft mottak av denne e-posten.",
    "Jeg har prøvd å ringe flere ganger uten å komme gjennom.",
    "Beklager sent svar, vi har hatt mye sykdom i avdelingen.",
    "Kan dere sende meg skjemaet på nytt? Lenken virket ikke.",
    "Vi er uenige i vurderingen av {tema} og ber om at saken tas opp igjen.",
    "Veien forbi {gate} har vært stengt siden {dato}, og det skaper problemer for skoleskyssen.",
    "Det er observert lekkasje fra vannledningen ved {sted}.",
    "Søker ønsker å oppføre {tiltak} med bebygd areal på {nr} m².",
    "Tiltaket krever dispensasjon fra kommuneplanens arealdel.",
    "Foreldrene til {navn} ber om et møte med rektor ved {sted} skole.",
    "Vi viser til vedtak av {dato} om {tema}.",
    "Regnskap og rapport for {tema} er vedlagt.",
    "Bygget ble tatt i bruk {dato}, og vi søker nå om ferdigattest.",
    "Vi minner om at restbeløpet på kr {belop} forfaller til betaling {dato}.",
    "Arbeidene utføres av {firma}, som har sentral godkjenning.",
    "Det er gjennomført befaring på stedet sammen med {navn}.",
    "Etter en samlet vurdering finner kommunen at vilkårene for dispensasjon ikke er oppfylt.",
    "Statsforvalteren har stadfestet kommunens vedtak om {tema}.",
    "Vi anbefaler at {tema} prioriteres i økonomiplanen.",
    "Søknaden om {tema} er komplett og tas opp til behandling.",
    "Planområdet omfatter deler av {sted} og {sted2}.",
    "Merknadene fra {firma} er kommentert i saksframlegget.",
    "Hilsen fra styret i {sted} velforening.",
    "Takk for hyggelig møte på {sted} i går.",
    "Jeg legger ved bilder av skadene på {gate}.",
    "Avløpsanlegget på eiendommen må oppgraderes innen {dato}.",
    "Vi har ikke mottatt svar på vår henvendelse av {dato}.",
    "Tilsynet avdekket to avvik og én merknad.",
    "Skolen har {nr} elever og {nr2} ansatte.",
    "Antall søkere til barnehageplass i {sted} er {nr} for kommende barnehageår.",
    "Vedlagt følger kart i målestokk 1:1000 og fotografier.",
    "Innkalling og sakliste sendes ut en uke før møtet.",
    "Ved spørsmål, kontakt {navn} på telefon {tlf}.",
)

HILSENER = ("Hei,", "Hei!", "Hei {fornavn},", "Hallo,", "Til kommunen,", "Til den det måtte angå,",
            "God dag,", "Hei igjen,", "Kjære {fornavn},")  # fmt: skip
AVSLUTNINGER = ("Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Hilsen", "Beste hilsen", "Takk på forhånd.")

FIRMA_MALER += (
    "{e} Transport AS", "{s} Snekkerverksted", "{e} Regnskap AS", "{s} Maskinlag", "Kafé {s}",
    "{s} Sag og Høvleri AS", "{e} Entreprenør AS", "{s} Bondelag", "{s} Skytterlag", "{s} Menighetsråd",
    "{e} Tannlegesenter", "{s} Grendehus SA", "{e} Rådgivning", "{s} IL", "{e} Graving og Transport",
)  # fmt: skip
OFFENTLIGE += (
    "NAV Innlandet", "Innlandet politidistrikt", "Norges vassdrags- og energidirektorat", "Riksantikvaren",
    "Miljødirektoratet", "Fylkesmannen i Hedmark", "Kommunenes Sentralforbund", "Lånekassen",
    "Helse Sør-Øst RHF", "Direktoratet for samfunnssikkerhet og beredskap", "Glåmdal tingrett",
    "Glåmdal brannvesen IKS", "Sør-Odal kommune", "Nord-Odal kommune", "Åsnes kommune", "Eidskog kommune",
    "Grue kommune", "Våler kommune", "Ås kommune", "Midt-Telemark kommune",
)  # fmt: skip

FORNAVN = tuple(dict.fromkeys(FORNAVN))
ETTERNAVN = tuple(dict.fromkeys(ETTERNAVN))
STEDER = tuple(dict.fromkeys(STEDER))
TEMA = tuple(dict.fromkeys(TEMA))
