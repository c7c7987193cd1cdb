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
    ("GS", 40),
    ("BS", 18),
    ("PERS", 8),
    ("ELEV", 8),
    ("BHG", 5),
    ("ES", 5),
    ("RS", 3),
    ("SFO", 3),
    ("ST", 3),
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
