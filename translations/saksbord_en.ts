<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdministrasjonDialog</name>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="48" />
        <source>Administrasjon – kommunens regler</source>
        <translation>Administration – the municipality's rules</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="54" />
        <source>Reglene gjelder alle brukere fra neste handling. Hver endring skrives i endringsloggen med hvem som gjorde den. Dobbeltklikk en verdi for å endre den.</source>
        <translation>The rules apply to every user from their next action. Each change is written to the change log with who made it. Double-click a value to change it.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="63" />
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="63" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="63" />
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="63" />
        <source>Hva den gjør</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="83" />
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="85" />
        <source>Maler</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="90" />
        <source>Lagre endringene</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="91" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="104" />
        <source>Mal</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="105" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="106" />
        <source>Journalposttyper</source>
        <translation>Registry entry types</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="107" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="108" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="115" />
        <source>levert</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="117" />
        <source>i bruk</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="117" />
        <source>trukket tilbake</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/administrasjon.py" line="130" />
        <source>Maler legges til, byttes og trekkes tilbake med kommandoen «saksbord mal» (se «saksbord mal --help»).</source>
        <translation>Templates are added, replaced and withdrawn with the command “saksbord mal” (see “saksbord mal --help”).</translation>
    </message>
</context>
<context>
    <name>Adressebok</name>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="198" />
        <source>Fyll manglende adresser fra adresseboken</source>
        <translation>Fill missing addresses from the address book</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="235" />
        <source>%1 mottaker(e) fylt ut fra adresseboken</source>
        <translation>%1 recipient(s) filled in from the address book</translation>
    </message>
</context>
<context>
    <name>Arkivhandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="38" />
        <source>Journalføre %1? Journalposten låses; etterpå kan bare arkivet rette den.</source>
        <translation>Journal %1? The registry entry is locked; afterwards only the archive can correct it.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="39" />
        <source>Journalfør</source>
        <translation>Journalise</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="52" />
        <source>Feilregistrer %1</source>
        <translation>Mark %1 as erroneous</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="53" />
        <location filename="../app/views/operasjoner/arkiv.py" line="80" />
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="55" />
        <source>Feilregistrer</source>
        <translation>Mark as erroneous</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="79" />
        <source>Angre avskrivning på %1</source>
        <translation>Undo the write-off on %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="83" />
        <source>Angre avskrivningen</source>
        <translation>Undo the write-off</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="84" />
        <source>Den siste avskrivningen fjernes, og restansen kommer tilbake.</source>
        <translation>The latest write-off is removed, and the item is outstanding again.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="120" />
        <source>Avslutt sak</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="120" />
        <source>Avslutte sak %1?</source>
        <translation>Close case %1?</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="126" />
        <source>Gjenåpne sak</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/arkiv.py" line="126" />
        <source>Gjenåpne sak %1?</source>
        <translation>Reopen case %1?</translation>
    </message>
</context>
<context>
    <name>AvskrivDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="51" />
        <source>Avskriv %1</source>
        <translation>Close out %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="51" />
        <source>Avskriv</source>
        <translation>Close out</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="57" />
        <source>Avskrivningskode</source>
        <translation>Close-out code</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="59" />
        <location filename="../app/views/dialoger/enkle.py" line="63" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="62" />
        <source>Avskrivningsmåte</source>
        <translation>Close-out method</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="77" />
        <source>Denne avskrivningsmåten krever merknad</source>
        <translation>This close-out method requires a note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="81" />
        <source>Velg avskrivningsmåte</source>
        <translation>Choose a close-out method</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="83" />
        <source>Avskrivningskode %1 krever merknad</source>
        <translation>Close-out code %1 requires a note</translation>
    </message>
</context>
<context>
    <name>BehandleOppgaveDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="31" />
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="32" />
        <source>Ikke godkjent</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="33" />
        <source>Videresendt</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="34" />
        <source>Uttalelse gitt</source>
        <translation>Comment given</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="35" />
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="184" />
        <source>Behandle oppgave – %1</source>
        <translation>Handle task – %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="184" />
        <source>Send svar</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="189" />
        <source>Fra %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="205" />
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="206" />
        <source>– velg –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="208" />
        <location filename="../app/views/dialoger/enkle.py" line="232" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="211" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="232" />
        <source>Tilbake til (tom: forrige ledd)</source>
        <translation>Back to (empty: previous link)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="238" />
        <source>Velg et svar</source>
        <translation>Choose an answer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="240" />
        <source>Velg hvem oppgaven skal videresendes til</source>
        <translation>Choose who to forward the task to</translation>
    </message>
</context>
<context>
    <name>BesvarDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="95" />
        <source>Opprett svar</source>
        <translation>Create reply</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="98" />
        <location filename="../app/views/dialoger/enkle.py" line="101" />
        <source>Tittel på svaret</source>
        <translation>Title of the reply</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="102" />
        <source>Mal for svarbrevet</source>
        <translation>Template for the reply letter</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="103" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="104" />
        <source>Svaret får mottakere fra avsenderne og legges i Dokumenter i arbeid.</source>
        <translation>The reply gets its recipients from the senders and is placed in Documents in progress.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="111" />
        <source>Svaret må ha en tittel</source>
        <translation>The reply needs a title</translation>
    </message>
</context>
<context>
    <name>BrukerValg</name>
    <message>
        <location filename="../app/views/dialoger/brukervalg.py" line="14" />
        <source>Velg bruker (demo)</source>
        <translation>Choose user (demo)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/brukervalg.py" line="14" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/brukervalg.py" line="16" />
        <source>Dette er en demodatabase. Velg hvem du vil arbeide som:</source>
        <translation>This is a demo database. Choose who to work as:</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/brukervalg.py" line="21" />
        <source>Brukere</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>DelegasjonslisteDialog</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="327" />
        <source>Delegasjonsliste</source>
        <translation>Delegation list</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="338" />
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="342" />
        <source>Utvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="343" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="344" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="355" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="355" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="355" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="355" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="356" />
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="364" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/politikk/register.py" line="391" />
        <source>%n delegert(e) vedtak</source>
        <translation><numerusform>%n delegated decision</numerusform><numerusform>%n delegated decisions</numerusform></translation>
    </message>
</context>
<context>
    <name>DelegertVedtakDialog</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="286" />
        <source>Delegert vedtak %1</source>
        <translation>Delegated decision %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="286" />
        <source>Registrer delegert vedtak</source>
        <translation>Register delegated decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="294" />
        <source>Vedtatt etter delegasjon fra</source>
        <translation>Decided under delegation from</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="298" />
        <source>Refereres til</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="307" />
        <source>fullmaktsorganet %1</source>
        <translation>the delegating body %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="310" />
        <source>%1 selv (utvalget har ikke noe fullmaktsorgan)</source>
        <translation>%1 itself (the committee has no delegating body)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="317" />
        <source>Velg utvalget</source>
        <translation>Choose the committee</translation>
    </message>
</context>
<context>
    <name>Dokumentfane</name>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="73" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="74" />
        <source>Tilknytning</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="75" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="76" />
        <source>Sjekket ut av</source>
        <translation>Checked out by</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="77" />
        <source>Arkivformat</source>
        <translation>Archive format</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="80" />
        <source>Dokumentene i journalposten</source>
        <translation>The documents of the registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="81" />
        <source>Legg til fil …</source>
        <translation>Add file …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="84" />
        <source>Legg til en fil som hoveddokument eller vedlegg (eller slipp filer her)</source>
        <translation>Add a file as main document or attachment (or drop files here)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="89" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="90" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="92" />
        <source>Endre tittel …</source>
        <translation>Change title …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="95" />
        <source>Lenk til …</source>
        <translation>Link to …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="98" />
        <source>Kopier til …</source>
        <translation>Copy to …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="100" />
        <source>Samme dokument også på en annen journalpost (ikke en kopi)</source>
        <translation>The same document on another registry entry too (not a copy)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="102" />
        <source>En kopi med alle versjoner i en journalpost i en annen sak</source>
        <translation>A copy with every version in a registry entry of another case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="127" />
        <source>laget</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="128" />
        <source>lages</source>
        <translation>being made</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="129" />
        <source>feilet</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="130" />
        <source>ikke ennå</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="134" />
        <source>hoveddokument</source>
        <translation>main document</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="134" />
        <source>vedlegg</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="136" />
        <source>(lenket)</source>
        <translation>(linked)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="146" />
        <source>arkiv</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="146" />
        <source>produksjon</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentfane.py" line="221" />
        <source>Legg til fil</source>
        <translation>Add file</translation>
    </message>
</context>
<context>
    <name>Dokumenthandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="73" />
        <source>Lager arkivformat for %1 … %2 %</source>
        <translation>Making the archive format for %1 … %2 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/operasjoner/dokument.py" line="84" />
        <source>Arkivformat feilet for %n dokument(er) i %1: %2</source>
        <translation><numerusform>Archive format failed for %n document in %1: %2</numerusform><numerusform>Archive format failed for %n documents in %1: %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="90" />
        <source>Arkivformat er laget for %1</source>
        <translation>The archive format has been made for %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="97" />
        <source>Arkivformat for %1 feilet: %2</source>
        <translation>Archive format for %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="126" />
        <source>Arbeidskopien kunne ikke skrives: %1</source>
        <translation>The working copy could not be written: %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="129" />
        <source>Fant ikke et program som kan åpne %1</source>
        <translation>Found no program that can open %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="133" />
        <source>%1 er åpnet for redigering. Lagre i programmet, så tilbyr Saksbord å sjekke inn.</source>
        <translation>%1 is open for editing. Save in the program and Saksbord offers to check it in.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="145" />
        <source>«%1» (%2) er endret i arbeidskopien.</source>
        <translation>“%1” (%2) has changed in the working copy.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="148" />
        <source>Sjekk inn ny versjon</source>
        <translation>Check in new version</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="149" />
        <source>Ikke nå</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="171" />
        <source>Arbeidskopien %1 kan ikke leses nå. Lukk den i programmet og prøv igjen.</source>
        <translation>The working copy %1 cannot be read now. Close it in the program and try again.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="204" />
        <source>Endringer som ikke er sjekket inn</source>
        <translation>Changes not checked in</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="205" />
        <source>Disse dokumentene er endret, men ikke sjekket inn:</source>
        <translation>These documents are changed but not checked in:</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokument.py" line="209" />
        <source>Sjekke dem inn som nye versjoner nå?</source>
        <translation>Check them in as new versions now?</translation>
    </message>
</context>
<context>
    <name>Dokumentliste</name>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="117" />
        <source>Åpne for redigering</source>
        <translation>Open for editing</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="118" />
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="119" />
        <source>Skriv ut dokumentene, i valgte versjoner, og merknadene (innsyn)</source>
        <translation>Print the documents, in chosen versions, and the notes (access requests)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="120" />
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="121" />
        <source>Lag arkivformat på nytt for dokumentene der det feilet</source>
        <translation>Make the archive format again for the documents where it failed</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="122" />
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="144" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="144" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="144" />
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="144" />
        <source>Arkivformat</source>
        <translation>Archive format</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="171" />
        <source>Arkivformat feilet for «%1»: %2</source>
        <translation>Archive format failed for “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="184" />
        <source>laget</source>
        <translation>made</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="184" />
        <source>lages</source>
        <translation>being made</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="184" />
        <source>feilet</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="192" />
        <source>Sjekket ut av %1 %2</source>
        <translation>Checked out by %1 %2</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="200" />
        <source>arkiv</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="200" />
        <source>produksjon</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="232" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="232" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="232" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="252" />
        <source>Velg et dokument først</source>
        <translation>Select a document first</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/dokumentliste.py" line="254" />
        <source>Åpner siste versjon i sitt program; lagrer du, tilbys innsjekking av ny versjon</source>
        <translation>Opens the latest version in its program; when you save, checking in a new version is offered</translation>
    </message>
</context>
<context>
    <name>Dokumentordning</name>
    <message>
        <location filename="../app/views/operasjoner/dokumentordning.py" line="35" />
        <source>Filen kunne ikke leses: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokumentordning.py" line="106" />
        <source>Kopier dokument</source>
        <translation>Copy document</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/dokumentordning.py" line="108" />
        <source>Lenk dokument</source>
        <translation>Link document</translation>
    </message>
</context>
<context>
    <name>DokumenttittelDialog</name>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="15" />
        <source>Endre tittel på dokument</source>
        <translation>Change the document's title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="15" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="18" />
        <location filename="../app/views/dialoger/dokumentordning.py" line="19" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="23" />
        <source>Dokumentet må ha en tittel</source>
        <translation>The document needs a title</translation>
    </message>
</context>
<context>
    <name>EgneKurver</name>
    <message>
        <location filename="../app/views/kurver/egne.py" line="90" />
        <source>Ny kurv…</source>
        <translation>New basket…</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="94" />
        <source>Gi nytt navn…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="96" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="99" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="103" />
        <source>Del med enheten</source>
        <translation>Share with the unit</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="106" />
        <source>Slutt å dele</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="109" />
        <location filename="../app/views/kurver/egne.py" line="132" />
        <source>Fjern kurven</source>
        <translation>Remove basket</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="125" />
        <source>Gi kurven nytt navn</source>
        <translation>Rename the basket</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="125" />
        <source>Nytt navn</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="132" />
        <source>Fjerne kurven? Journalpostene i den berøres ikke.</source>
        <translation>Remove the basket? The registry entries in it are not affected.</translation>
    </message>
</context>
<context>
    <name>EkspederDialog</name>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="62" />
        <source>Ekspeder %1</source>
        <extracomment>``sjekker(kanaler, adresser)``: what still stops it, as the service answers. ``forhandsviser(part_id, kanal, valg)``: what that mottaker gets.</extracomment>
        <translation>Dispatch %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="62" />
        <source>Ekspeder</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="81" />
        <source>Journalposten er delvis sendt. Mottakere som alt har fått den, sendes ikke til igjen.</source>
        <translation>The record has been partly sent. Recipients who already have it are not sent it again.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="84" />
        <source>Velg kanal per mottaker. Rett manglende adresser her før du ekspederer.</source>
        <translation>Choose a channel per recipient. Correct missing addresses here before dispatching.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="87" />
        <source>Journalposten er godkjent og låst; bare mottakernes adresser kan rettes her før du ekspederer.</source>
        <translation>The entry is approved and locked; only the recipients' addresses can be corrected here before dispatch.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="91" />
        <source>Journalposten er låst; adressene kan ikke endres, men du kan velge en annen kanal.</source>
        <translation>The registry entry is locked; addresses cannot be changed, but you can choose another channel.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="122" />
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="123" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="124" />
        <location filename="../app/views/dialoger/ekspeder.py" line="155" />
        <location filename="../app/views/dialoger/ekspeder.py" line="171" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="125" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="126" />
        <source>Postnr og sted</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="127" />
        <source>F.nr./org.nr.</source>
        <translation>National id / org. no.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="150" />
        <source>Internt</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="154" />
        <source>SvarUt</source>
        <translation>SvarUt</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="156" />
        <source>Papir</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="174" />
        <source>Hoveddokumentet som PDF-vedlegg</source>
        <translation>Main document as a PDF attachment</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="176" />
        <source>Hoveddokumentet som e-postens tekst</source>
        <translation>Main document as the e-mail's text</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="185" />
        <source>Følgetekst (tom: en kort standardtekst)</source>
        <translation>Covering text (empty: a short standard text)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="196" />
        <source>Forhåndsvis for valgt mottaker</source>
        <translation>Preview for the selected recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="201" />
        <source>Velg en mottaker og trykk Forhåndsvis.</source>
        <translation>Select a recipient and press Preview.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="206" />
        <source>Ingen forhåndsvisning</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="215" />
        <source>Dette stopper ekspederingen:</source>
        <translation>This stops the dispatch:</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="238" />
        <source>Kan ikke forhåndsvise: %1</source>
        <translation>Cannot preview: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="246" />
        <source>Til: %1
Emne: %2
Vedlegg: %3

%4</source>
        <translation>To: %1
Subject: %2
Attachments: %3

%4</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="249" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="253" />
        <source>%1 får journalposten i sin kurv.</source>
        <translation>%1 gets the record in their basket.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/ekspeder.py" line="256" />
        <source>Papirbrev til %1: hoveddokumentet med adressen i vinduet, så vedleggene.</source>
        <translation>Paper letter to %1: the main document with the address in the window, then the attachments.</translation>
    </message>
</context>
<context>
    <name>Ekspederingshandling</name>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="86" />
        <source>SvarUt-status: %1</source>
        <extracomment>How often the window asks SvarUt about letters on their way (10 minutes).</extracomment>
        <translation>SvarUt status: %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="112" />
        <source>SvarUt: %1</source>
        <translation>SvarUt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="118" />
        <source>En ekspedering sendes allerede; vent til den er ferdig.</source>
        <translation>A dispatch is already being sent; wait until it is done.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="180" />
        <source>%1: %2 (sendt med SvarUt)</source>
        <translation>%1: %2 (sent with SvarUt)</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="186" />
        <source>Disse brevene ble ikke levert med SvarUt:

%1

Sende dem på nytt som papirbrev?</source>
        <translation>These letters were not delivered through SvarUt:

%1

Send them again as paper letters?</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="188" />
        <source>Ikke levert</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="201" />
        <source>Sender …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="225" />
        <source>Fant ikke et e-postprogram som kan åpne %1</source>
        <translation>Found no e-mail program that can open %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="228" />
        <source>Journalpost %1 er ekspedert</source>
        <translation>Record %1 has been dispatched</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="229" />
        <source>Journalpost %1 er ekspedert.</source>
        <translation>Record %1 has been dispatched.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="233" />
        <source>Journalpost %1 er delvis sendt. Gjenstår: %2. Velg Ekspeder igjen for å sende resten.</source>
        <translation>Record %1 has been partly sent. Remaining: %2. Choose Dispatch again to send the rest.</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="240" />
        <source>Papirbrevene er lagret i %1. Skrive dem ut nå?</source>
        <translation>The paper letters are saved in %1. Print them now?</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="243" />
        <source>Ekspedert</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/ekspedering.py" line="254" />
        <source>Skriv ut %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>Eposthandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/epost.py" line="35" />
        <source>Det som ble sluppet inneholder ingen e-post (.msg eller .eml).</source>
        <translation>What was dropped contains no e-mail (.msg or .eml).</translation>
    </message>
</context>
<context>
    <name>FlyttDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="333" />
        <source>Flytt %1 til en annen sak</source>
        <translation>Move %1 to another case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="333" />
        <source>Flytt</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="338" />
        <source>Til sak</source>
        <translation>To case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="342" />
        <source>Oppgi saksnummer</source>
        <translation>Enter a case number</translation>
    </message>
</context>
<context>
    <name>FordelDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="246" />
        <source>Fordel %1</source>
        <translation>Assign %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="246" />
        <source>Fordel</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="247" />
        <source>– ingen (tilbake til arkivet) –</source>
        <translation>– none (back to the archive) –</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="249" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="250" />
        <source>Ny saksbehandler</source>
        <translation>New case officer</translation>
    </message>
</context>
<context>
    <name>Forhaandsvisning</name>
    <message>
        <location filename="../app/views/lesefelt/forhaandsvisning.py" line="116" />
        <source>Henter %1 …</source>
        <translation>Fetching %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/forhaandsvisning.py" line="118" />
        <source>Lager forhåndsvisning av %1 …</source>
        <translation>Making a preview of %1 …</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/forhaandsvisning.py" line="147" />
        <source>Kunne ikke lage forhåndsvisning: %1</source>
        <translation>Could not make a preview: %1</translation>
    </message>
</context>
<context>
    <name>Handlinger</name>
    <message>
        <location filename="../app/views/handlinger.py" line="36" />
        <source>Ny sak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="44" />
        <source>Ny journalpost</source>
        <translation>New registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="52" />
        <source>Rediger (registreringsbilde)</source>
        <translation>Edit (registration card)</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="57" />
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="60" />
        <source>Avskriv</source>
        <translation>Close out</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="64" />
        <source>Besvar og avskriv</source>
        <translation>Reply and close out</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="72" />
        <source>Foreløpig svar</source>
        <translation>Interim reply</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="80" />
        <source>Besvar uten å avskrive</source>
        <translation>Reply without closing out</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="88" />
        <source>Send oppgave</source>
        <translation>Send task</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="96" />
        <source>Behandle oppgave</source>
        <translation>Handle task</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="104" />
        <source>Deaktiver oppgave</source>
        <translation>Deactivate task</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="112" />
        <source>Fjern fra kurv</source>
        <translation>Remove from basket</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="119" />
        <source>Ferdigstill</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="123" />
        <source>Ekspeder</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="131" />
        <source>Fordel</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="137" />
        <source>OBS-dato</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="138" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="141" />
        <source>Be arkivet rette</source>
        <translation>Ask the archive to correct</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="149" />
        <source>Bruk opprinnelig avsender</source>
        <translation>Use original sender</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="155" />
        <source>Meld saken utgår</source>
        <translation>Withdraw case</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="158" />
        <source>Be om avslutning</source>
        <translation>Ask to close</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="166" />
        <source>Offentlighetsvurder</source>
        <translation>Publicity review</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="174" />
        <source>Journalfør</source>
        <translation>Journalise</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="181" />
        <source>Flytt</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="184" />
        <source>Feilregistrer</source>
        <translation>Mark as erroneous</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="192" />
        <source>Rett journalpost (arkivet) …</source>
        <translation>Correct registry entry (archive) …</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="201" />
        <source>Angre avskrivning …</source>
        <translation>Undo write-off …</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="210" />
        <source>Sett under behandling …</source>
        <translation>Set under processing …</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="219" />
        <source>Rett sak (arkivet) …</source>
        <translation>Correct case (archive) …</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="228" />
        <source>Avslutt sak</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="237" />
        <source>Gjenåpne sak</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="246" />
        <source>Importer e-post…</source>
        <translation>Import e-mail…</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="254" />
        <source>Hent fra SvarInn</source>
        <translation>Fetch from SvarInn</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="263" />
        <source>Post fra SvarInn …</source>
        <translation>Mail from SvarInn …</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="272" />
        <source>Offentlig journal…</source>
        <translation>Public journal…</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="281" />
        <source>Koble til felles database…</source>
        <translation>Connect to shared database…</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="289" />
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="297" />
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="308" />
        <source>Ny
sak</source>
        <extracomment>Two-line toolbar labels, so the band stays narrow without eliding text.</extracomment>
        <translation>New
case</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="309" />
        <source>Ny
journalpost</source>
        <translation>New
entry</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="310" />
        <source>Importer
e-post</source>
        <translation>Import
e-mail</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="311" />
        <source>Besvar og
avskriv</source>
        <translation>Reply and
close out</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="312" />
        <source>Foreløpig
svar</source>
        <translation>Interim
reply</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="313" />
        <source>Send
oppgave</source>
        <translation>Send
task</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="314" />
        <source>Behandle
oppgave</source>
        <translation>Handle
task</translation>
    </message>
    <message>
        <location filename="../app/views/handlinger.py" line="315" />
        <source>Avslutt
sak</source>
        <translation>Close
case</translation>
    </message>
</context>
<context>
    <name>HjelpDialog</name>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="11" />
        <source>Hjelp – Saksbord</source>
        <translation>Help – Saksbord</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="26" />
        <source>Denne hjelpen</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="27" />
        <source>Oppdater kurvene og listen</source>
        <translation>Refresh the baskets and the list</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="28" />
        <source>Hurtigfilter i kurven som er åpen</source>
        <translation>Quick filter in the open basket</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="29" />
        <source>Globalt søk: saksnummer, 2026/12-3, tittelord, navn</source>
        <translation>Global search: case number, 2026/12-3, title words, names</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="30" />
        <source>Ny sak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="31" />
        <source>Ny journalpost i valgt sak</source>
        <translation>New registry entry in the selected case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="32" />
        <source>Neste / forrige rute</source>
        <translation>Next / previous pane</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="33" />
        <source>Kurver / liste / lesefelt</source>
        <translation>Baskets / list / reading pane</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="34" />
        <source>Åpne registreringsbildet</source>
        <translation>Open the registration card</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="35" />
        <source>Menytasten / høyreklikk</source>
        <translation>Menu key / right-click</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="35" />
        <source>Alle handlinger for det valgte</source>
        <translation>All actions for the selection</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="39" />
        <source>Besvare et brev</source>
        <translation>Replying to a letter</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="41" />
        <source>Velg brevet i Ubehandlet eller Forfall og velg Besvar og avskriv. Svaret legges i Dokumenter i arbeid med mottaker fra avsenderen. Restansen avskrives (BU) når svaret ekspederes.</source>
        <translation>Select the letter in Unprocessed or Overdue and choose Reply and close out. The reply is placed in Documents in progress with the sender as recipient. The item is closed out (BU) when the reply is dispatched.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="46" />
        <source>Avskrive uten svar</source>
        <translation>Closing out without a reply</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="48" />
        <source>Avskriv gir bare kodene som passer dokumenttypen. TLF (besvart per telefon) krever merknad.</source>
        <translation>Close out offers only the codes that fit the document type. TLF (answered by phone) requires a note.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="52" />
        <source>Godkjenning</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="54" />
        <source>Send oppgave Til godkjenning fra et reservert dokument. Lederen finner den i Mottatt for godkjenning og velger Behandle oppgave: Godkjent, Ikke godkjent eller Videresendt. Godkjent ferdigstiller dokumentet, og du får oppgaven Godkjent; ekspeder da dokumentet.</source>
        <translation>Send a For approval task from a reserved document. The manager finds it in Received for approval and chooses Handle task: Approved, Not approved or Forwarded. Approved finalises the document and you get an Approved task; then dispatch the document.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="60" />
        <source>Ekspedere</source>
        <translation>Dispatching</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="62" />
        <source>Mottakerne sjekkes før dialogen åpnes. Mangler en adresse, rett den i dialogen eller velg en annen kanal.</source>
        <translation>Recipients are checked before the dialog opens. If an address is missing, correct it in the dialog or choose another channel.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="67" />
        <source>Stedfortreder</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="69" />
        <source>Åpne lederens skrivebord fra brukermenyen. Navnet på den du arbeider for står i rødt i tittellinjen og statuslinjen.</source>
        <translation>Open the manager's desk from the user menu. The name of the person you work for is shown in red in the title and status bars.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="74" />
        <source>Feil på en låst journalpost</source>
        <translation>An error on a locked registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="75" />
        <source>Velg Be arkivet rette og skriv hva som er feil; arkivet får en oppgave.</source>
        <translation>Choose Ask the archive to correct and describe the error; the archive gets a task.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="78" />
        <source>Sak opprettet ved en feil</source>
        <translation>A case created by mistake</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="79" />
        <source>Velg Meld saken utgår i stedet for å endre tittelen.</source>
        <translation>Choose Withdraw case instead of changing the title.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="82" />
        <source>Avslutte en sak</source>
        <translation>Closing a case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/hjelp.py" line="84" />
        <source>Velg Be om avslutning; arkivet finner saken i Saker til avslutning. Saken kan ikke avsluttes mens noe står åpent, og arkivet får listen over det.</source>
        <translation>Choose Ask to close; the archive finds the case in Cases to close. The case cannot be closed while anything is outstanding, and the archive gets the list.</translation>
    </message>
</context>
<context>
    <name>Hovedvindu</name>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="189" />
        <source>&amp;Fil</source>
        <extracomment>The sak's own actions: on a sak row, and in the "Sak …" submenu of a journalpost or task row.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="190" />
        <source>&amp;Journalpost</source>
        <translation>&amp;Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="191" />
        <source>&amp;Oppgave</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="192" />
        <source>&amp;Sak</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="193" />
        <source>&amp;Arkiv</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="194" />
        <source>&amp;Bruker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="195" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="196" />
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="245" />
        <source>Søk: saksnr, ord, navn (Ctrl+E)</source>
        <translation>Search: case no., words, names (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="246" />
        <source>Globalt søk</source>
        <translation>Global search</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="247" />
        <source>Kurver</source>
        <translation>Baskets</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="457" />
        <source>Leser inn det valgte …</source>
        <translation>Reading the selection …</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="47" />
        <source>Lokal database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="299" />
        <source>på vegne av %1</source>
        <translation>on behalf of %1</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="306" />
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="40" />
        <source>Sender 1 endring …</source>
        <translation>Sending 1 change …</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="42" />
        <source>Sender %1 endringer …</source>
        <translation>Sending %1 changes …</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="52" />
        <source>Innlogget: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="55" />
        <source>På vegne av %1</source>
        <translation>On behalf of %1</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="312" />
        <source>Du arbeider som stedfortreder på skrivebordet til %1</source>
        <translation>You are working as deputy on the desk of %1</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="295" />
        <source>Mitt skrivebord</source>
        <translation>My desk</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="305" />
        <source>Stedfortreder for</source>
        <translation>Deputy for</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="312" />
        <source>Perioden gjelder ikke i dag</source>
        <translation>The period does not cover today</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="314" />
        <source>Bytt bruker (demo)</source>
        <translation>Switch user (demo)</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="213" />
        <source>Velg noe i listen først</source>
        <translation>Select something in the list first</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="200" />
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="215" />
        <location filename="../app/views/hovedvindu/vindu.py" line="486" />
        <source>Velg en journalpost først</source>
        <translation>Select a registry entry first</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="64" />
        <source>1 godkjenning har ventet mer enn %1 dager</source>
        <translation>1 approval has waited more than %1 days</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/statuslinje.py" line="66" />
        <source>%2 godkjenninger har ventet mer enn %1 dager</source>
        <translation>%2 approvals have waited more than %1 days</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/vindu.py" line="475" />
        <source>foreløpig</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="216" />
        <source>Velg en sak eller en journalpost i saken først</source>
        <translation>Select a case or a registry entry in the case first</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="217" />
        <source>Velg en oppgave først</source>
        <translation>Select a task first</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="219" />
        <source>Ikke tilgjengelig her</source>
        <translation>Not available here</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="277" />
        <source>Sak %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="335" />
        <source>Koble til felles database</source>
        <translation>Connect to shared database</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/menyer.py" line="336" />
        <source>Tilkoblingen er lagret. Start Saksbord på nytt for å bruke den felles databasen.</source>
        <translation>The connection is saved. Restart Saksbord to use the shared database.</translation>
    </message>
</context>
<context>
    <name>ImportOppsummering</name>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="374" />
        <source>Import til sak %1</source>
        <extracomment>The one incoming post the user chose to answer at once ("Besvar og avskriv" here).</extracomment>
        <translation>Import to case %1</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="375" />
        <source>Besvar og avskriv</source>
        <translation>Reply and close out</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="377" />
        <source>Importert: %1    Avvist: %2</source>
        <translation>Imported: %1    Rejected: %2</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="382" />
        <source>Importen ble avbrutt; %1 fil(er) ble ikke importert.</source>
        <translation>The import was cancelled; %1 file(s) were not imported.</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="388" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="389" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="390" />
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="391" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="392" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="393" />
        <source>Hoveddokument</source>
        <translation>Main document</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="398" />
        <source>Avvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="409" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="410" />
        <source>Marker som ekspedert (%1)</source>
        <translation>Mark as dispatched (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="414" />
        <source>%1 sendt(e) e-post(er) ligger nå i Dokumenter i arbeid. De er allerede sendt: marker dem som ekspedert, så blir de ikke liggende der.</source>
        <translation>%1 sent e-mail(s) are now in Documents in progress. They have already been sent: mark them as dispatched so they do not stay there.</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="463" />
        <source>%1 journalpost(er) er markert som ekspedert.</source>
        <translation>%1 registry entry(ies) marked as dispatched.</translation>
    </message>
    <message>
        <location filename="../app/views/epost/importdialog.py" line="468" />
        <source>Ikke ekspedert (bruk Ekspeder på journalposten):</source>
        <translation>Not dispatched (use Dispatch on the registry entry):</translation>
    </message>
</context>
<context>
    <name>InnstillingerDialog</name>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="50" />
        <source>Innstillinger</source>
        <extracomment>The kurv groups each role sees (the tree's grouping, app.services.kurver).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="50" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="75" />
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="78" />
        <location filename="../app/views/dialoger/innstillinger.py" line="88" />
        <source>Som systemet</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="83" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="84" />
        <source>Språket byttes med en gang du trykker Lagre.</source>
        <translation>The language changes as soon as you press Save.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="89" />
        <source> pkt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="91" />
        <source>Skriftstørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="99" />
        <source>Kurv ved oppstart</source>
        <translation>Basket at start</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="102" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="105" />
        <source>Lokal database på denne maskinen</source>
        <translation>Local database on this machine</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="109" />
        <source>Felles database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="114" />
        <source>Gjelder neste gang Saksbord starter. En ny tilkobling legger du til med Fil → Koble til felles database.</source>
        <translation>Applies the next time Saksbord starts. Add a new connection with File → Connect to shared database.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="121" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="125" />
        <source>Systemets e-postprogram</source>
        <translation>The system's e-mail program</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="127" />
        <source>Send direkte med SMTP</source>
        <translation>Send directly with SMTP</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="132" />
        <source>E-postprogram</source>
        <translation>E-mail program</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="136" />
        <source>SMTP-server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="143" />
        <source>Ingen (bare internt nett)</source>
        <translation>None (internal network only)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="150" />
        <source>Port og sikkerhet</source>
        <translation>Port and security</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="153" />
        <source>SMTP-bruker</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="163" />
        <source>(lagret i nøkkelringen; tomt felt beholder det)</source>
        <translation>(stored in the keyring; an empty field keeps it)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="165" />
        <source>SMTP-passord</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="169" />
        <source>Avsenderadresse</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="170" />
        <source>Passordet lagres i operativsystemets nøkkelring, aldri i en fil.</source>
        <translation>The password is stored in the operating system's keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="173" />
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="177" />
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="182" />
        <source>Arbeidsmappe</source>
        <translation>Working folder</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="187" />
        <source>Her legges arbeidskopiene når du redigerer et dokument. Tomt felt bruker standardmappen. Gjelder dokumenter du åpner etter at du har lagret.</source>
        <translation>Working copies go here when you edit a document. An empty field uses the default folder. Applies to documents you open after saving.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="194" />
        <source>Oppdateringer</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="195" />
        <source>Se etter nye versjoner når Saksbord starter</source>
        <translation>Check for new versions when Saksbord starts</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="202" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="207" />
        <source>Saksbord spør bare adressen om hvilken versjon som er den nyeste, og sier fra når det finnes en nyere. Ingenting lastes ned uten at du ber om det.</source>
        <translation>Saksbord only asks the address which version is the newest, and tells you when there is a newer one. Nothing is downloaded unless you ask for it.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="215" />
        <source>Velg arbeidsmappe</source>
        <translation>Choose working folder</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/innstillinger.py" line="253" />
        <source>Kunne ikke lagre: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>Integrasjoner</name>
    <message>
        <location filename="../app/views/integrasjoner/__init__.py" line="55" />
        <source>Integrasjoner …</source>
        <translation>Integrations …</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/__init__.py" line="56" />
        <source>Arkivmeldinger fra fagsystemer, eInnsyn og Enhetsregisteret</source>
        <translation>Archive messages from line-of-business systems, eInnsyn and the Central Coordinating Register</translation>
    </message>
</context>
<context>
    <name>IntegrasjonsDialog</name>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="150" />
        <source>Integrasjoner</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="151" />
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="152" />
        <source>Arkivmeldinger (Fiks Arkiv)</source>
        <translation>Archive messages (Fiks Arkiv)</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="153" />
        <source>eInnsyn</source>
        <translation>eInnsyn</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="154" />
        <source>Enhetsregisteret</source>
        <translation>Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="156" />
        <source>Det registeret vet om hver integrasjon; velg en rad for det som trenger tilsyn.</source>
        <translation>What the registry knows about each integration; choose a row for what needs attention.</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="159" />
        <source>Integrasjon</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="159" />
        <source>Satt opp</source>
        <translation>On the agenda</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="159" />
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="159" />
        <source>Trenger tilsyn</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="163" />
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="164" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="165" />
        <location filename="../app/views/integrasjoner/dialog.py" line="171" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="166" />
        <source>Registrert</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="167" />
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="171" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="171" />
        <source>Offentlig tittel</source>
        <translation>Public title</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="171" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="173" />
        <source>Ta imot nå</source>
        <translation>Receive now</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="174" />
        <source>Publiser nå</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="175" />
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="176" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="177" />
        <source>Hurtigbuffer</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="178" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="196" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="196" />
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="206" />
        <source>Overvåket mappe: %1</source>
        <translation>Watched folder: %1</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="230" />
        <source>%1 · ventetid %2 arbeidsdag(er)</source>
        <translation>%1 · delay %2 working day(s)</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="233" />
        <source>ingen API-nøkkel i nøkkelringen</source>
        <translation>no API key in the keyring</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="244" />
        <source>%1 virksomheter i %2</source>
        <translation>%1 organisations in %2</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="251" />
        <source>Ingenting trenger tilsyn.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="255" />
        <source>venter (fra %1)</source>
        <translation>waiting (from %1)</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="259" />
        <source>Arbeider …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <location filename="../app/views/integrasjoner/dialog.py" line="267" />
        <source>Ingen meldinger å ta imot</source>
        <translation>No messages to receive</translation>
    </message>
</context>
<context>
    <name>JournalpostKortDialog</name>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="381" />
        <source>Ny journalpost</source>
        <translation>New registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="383" />
        <source>Journalpost %1</source>
        <translation>Registry entry %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="385" />
        <source>Registrer</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="385" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="407" />
        <source>Svarfrist</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="417" />
        <source>– meg selv –</source>
        <translation>– myself –</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="420" />
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="421" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="422" />
        <source>Tittel (linje 1, offentlig)</source>
        <translation>Title (line 1, public)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="423" />
        <source>Tittel linje 2</source>
        <translation>Title line 2</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="424" />
        <source>Dokumentdato</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="425" />
        <source>Forfall</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="426" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="428" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="429" />
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="432" />
        <source>Avsender/Mottaker</source>
        <translation>Sender/Recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="434" />
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="439" />
        <source>Skjerming</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="440" />
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="441" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="458" />
        <source>Oppgi saksnummer</source>
        <translation>Enter a case number</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="460" />
        <source>Journalposten må ha en tittel</source>
        <translation>The registry entry needs a title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="463" />
        <source>Skjerming krever en hjemmel</source>
        <translation>A restriction needs a legal basis</translation>
    </message>
</context>
<context>
    <name>Journalposthandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="85" />
        <source>Hoveddokument fra mal</source>
        <translation>Main document from template</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="111" />
        <source>Saksgang</source>
        <translation>Case route</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="181" />
        <source>Besvar og avskriv</source>
        <translation>Reply and close out</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="182" />
        <source>Foreløpig svar</source>
        <translation>Interim reply</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="183" />
        <source>Besvar uten å avskrive</source>
        <translation>Reply without closing out</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="185" />
        <source>Foreløpig svar: </source>
        <translation>Interim reply: </translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/journalpost.py" line="185" />
        <source>Svar: </source>
        <translation>Reply: </translation>
    </message>
</context>
<context>
    <name>KonfliktDialog</name>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="167" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="176" />
        <source>Konflikt: %1</source>
        <translation>Conflict: %1</translation>
    </message>
</context>
<context>
    <name>KonfliktFelt</name>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="88" />
        <source>Din endring (gjort frakoblet)</source>
        <translation>Your change (made offline)</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="89" />
        <source>Serverens versjon nå</source>
        <translation>The server’s version now</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="93" />
        <source>«Behold min endring» gjør handlingen din på nytt mot serverens versjon. «Bruk serverens versjon» forkaster handlingen din. Til du velger, står konflikten her.</source>
        <translation>“Keep my change” runs your action again on the server’s version. “Use the server’s version” discards your action. Until you choose, the conflict stays here.</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="98" />
        <source>Behold min endring</source>
        <translation>Keep my change</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="99" />
        <source>Bruk serverens versjon</source>
        <translation>Use the server’s version</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="100" />
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="121" />
        <source>Ingen konflikt valgt</source>
        <translation>No conflict selected</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="124" />
        <source>Sendt fra utboksen %1</source>
        <translation>Sent from the outbox %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="136" />
        <source>Serveren har ingen journalpost for denne handlingen som du kan se.</source>
        <translation>The server has no registry entry for this action that you can see.</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="138" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="139" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="141" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/felt.py" line="142" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Konflikter</name>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="29" />
        <source>Registrer journalpost</source>
        <extracomment>The queued services in the user's words.</extracomment>
        <translation>Register registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="30" />
        <source>Endre journalpost</source>
        <translation>Edit registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="31" />
        <source>Avskriv</source>
        <translation>Close out</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="32" />
        <source>Besvar</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="33" />
        <source>Send oppgave</source>
        <translation>Send task</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="34" />
        <source>Svar på oppgave</source>
        <translation>Answer task</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="35" />
        <source>Ferdigstill</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="36" />
        <source>Ekspeder</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="37" />
        <source>Åpne oppgave</source>
        <translation>Open task</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="42" />
        <source>Endre tittel: %1</source>
        <extracomment>endre_journalpost's fields, "Endre &lt;felt&gt;: …".</extracomment>
        <translation>Change title: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="43" />
        <source>Endre undertittel: %1</source>
        <translation>Change subtitle: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="44" />
        <source>Endre forfallsdato: %1</source>
        <translation>Change due date: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="45" />
        <source>Endre dokumentdato: %1</source>
        <translation>Change document date: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="46" />
        <source>Endre avsendere: %1</source>
        <translation>Change senders: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="47" />
        <source>Endre mottakere: %1</source>
        <translation>Change recipients: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="48" />
        <source>Endre kopimottakere: %1</source>
        <translation>Change copy recipients: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="52" />
        <source>Besvar og avskriv</source>
        <translation>Reply and close out</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="53" />
        <source>Foreløpig svar</source>
        <translation>Interim reply</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="54" />
        <source>Besvar uten å avskrive</source>
        <translation>Reply without closing out</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="116" />
        <source>Registrer journalpost (%1) i sak %2: %3</source>
        <translation>Register registry entry (%1) in case %2: %3</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="123" />
        <source>Avsender: %1</source>
        <translation>Sender: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="124" />
        <source>Mottaker: %1</source>
        <translation>Recipient: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="129" />
        <source>Saksbehandler: %1</source>
        <translation>Case officer: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="132" />
        <source>Avskriv med kode %1</source>
        <translation>Close out with code %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="137" />
        <source>Svarets tittel: %1</source>
        <translation>Title of the reply: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="142" />
        <source>Send oppgave «%1» til %2</source>
        <translation>Send task “%1” to %2</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="145" />
        <source>Gul lapp: %1</source>
        <translation>Sticky note: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="151" />
        <source>Svar «%1» på oppgave %2</source>
        <translation>Answer “%1” to task %2</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="157" />
        <source>Videresend til %1</source>
        <translation>Forward to %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="162" />
        <source>Kanal: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <location filename="../app/views/konflikter/rader.py" line="171" />
        <source>Merknad: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>Krasj</name>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="76" />
        <source>Lagre feilrapport</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="78" />
        <source>Zip-arkiv (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="99" />
        <source>Feilrapporten kunne ikke lagres i %1: %2</source>
        <translation>The error report could not be saved in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="104" />
        <location filename="../app/views/dialoger/krasj.py" line="112" />
        <source>Feilrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="113" />
        <source>Feilrapporten er lagret som %1. Send den til brukerstøtte. Den inneholder loggen, versjonen, operativsystemet og innstillingene dine, men ingen passord.</source>
        <translation>The error report has been saved as %1. Send it to user support. It contains the log, the version, the operating system and your settings, but no passwords.</translation>
    </message>
</context>
<context>
    <name>KrasjDialog</name>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="179" />
        <source>Saksbord – uventet feil</source>
        <translation>Saksbord – unexpected error</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="189" />
        <source>Det oppstod en feil i Saksbord som ikke skulle ha skjedd.</source>
        <translation>An error occurred in Saksbord that should not have happened.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="190" />
        <source>Feilen: %1</source>
        <translation>The error: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="197" />
        <source>Ingenting du har lagret er tapt: det ligger i databasen. Handlingen som feilet ble ikke lagret halvveis; den ble avbrutt i sin helhet, så du kan prøve den igjen. Endringer som venter på å bli sendt til serveren ligger trygt i utboksen. Har du skrevet noe i et skjema som ikke var lagret da feilen kom, kan det som sto der være borte.</source>
        <translation>Nothing you have saved is lost: it is in the database. The action that failed was not saved halfway; it was cancelled as a whole, so you can try it again. Changes waiting to be sent to the server are safe in the outbox. If you had typed something into a form that was not saved when the error came, what was there may be gone.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="208" />
        <source>Saksbord fortsetter å kjøre. Feilen er skrevet i loggen; lag en feilrapport og send den til brukerstøtte, så kan feilen rettes.</source>
        <translation>Saksbord keeps running. The error has been written to the log; make an error report and send it to user support, so the error can be fixed.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="221" />
        <source>Lag feilrapport…</source>
        <translation>Make error report…</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="223" />
        <source>Vis logg</source>
        <translation>Show log</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="224" />
        <source>Vis detaljer</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="226" />
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>KurvListe</name>
    <message>
        <location filename="../app/views/kurver/liste.py" line="174" />
        <source>Filtrer kurven (Ctrl+F3)</source>
        <translation>Filter the basket (Ctrl+F3)</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="175" />
        <source>Hurtigfilter</source>
        <translation>Quick filter</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="176" />
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kurver/liste.py" line="177" />
        <source>Journalposter (%n)</source>
        <translation><numerusform>Registry entries (%n)</numerusform><numerusform>Registry entries (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kurver/liste.py" line="178" />
        <source>Saker (%n)</source>
        <translation><numerusform>Cases (%n)</numerusform><numerusform>Cases (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="250" />
        <source>Søk: «%1»</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="276" />
        <source>viser de første %1 treff, teller …</source>
        <translation>showing the first %1 hits, counting …</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="295" />
        <location filename="../app/views/kurver/liste.py" line="336" />
        <source>henter …</source>
        <translation>loading …</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/liste.py" line="354" />
        <source>Ingenting passer filteret.</source>
        <translation>Nothing matches the filter.</translation>
    </message>
</context>
<context>
    <name>KurvModell</name>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="66" />
        <location filename="../app/widgets/kurvmodell.py" line="80" />
        <location filename="../app/widgets/kurvmodell.py" line="101" />
        <source>Saksnr-doknr</source>
        <translation>Case-doc no.</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="68" />
        <location filename="../app/widgets/kurvmodell.py" line="85" />
        <location filename="../app/widgets/kurvmodell.py" line="93" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="70" />
        <source>Avsender/Mottaker</source>
        <translation>Sender/Recipient</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="72" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="73" />
        <location filename="../app/widgets/kurvmodell.py" line="94" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="74" />
        <source>Forfall</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="75" />
        <source>Saksbeh.</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="78" />
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="86" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="87" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="88" />
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="89" />
        <source>Ventet (dager)</source>
        <translation>Waiting (days)</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="92" />
        <source>Saksnr</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="95" />
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="96" />
        <source>OBS-dato</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="100" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="102" />
        <source>Din endring</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="104" />
        <source>Serverens melding</source>
        <translation>Server’s message</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="109" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="338" />
        <source>Restanse (ikke avskrevet)</source>
        <translation>Outstanding (not closed out)</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="340" />
        <source>Foreløpig svar sendt</source>
        <translation>Interim reply sent</translation>
    </message>
    <message>
        <location filename="../app/widgets/kurvmodell.py" line="342" />
        <source>Skjermet</source>
        <translation>Restricted</translation>
    </message>
</context>
<context>
    <name>KurvTekster</name>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="21" />
        <source>1 element</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="22" />
        <source>%1 elementer</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="28" />
        <source>%1 treff</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="30" />
        <source>viser de første %1 av %2 treff</source>
        <translation>showing the first %1 of %2 hits</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="37" />
        <source>Ingen treff for «%1». Prøv færre ord, et saksnummer eller en del av et navn.</source>
        <translation>No hits for “%1”. Try fewer words, a case number or part of a name.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="44" />
        <source>Ingen ubehandlede restanser. Her kommer inngående post og notater du skal svare på.</source>
        <extracomment>What each built-in kurv is for, shown when it is empty instead of a bare grid.</extracomment>
        <translation>No unprocessed items. Incoming mail and notes you are to answer appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="47" />
        <source>Ingenting har forfalt. Her kommer restanser med svarfristen nådd.</source>
        <translation>Nothing is overdue. Outstanding items whose deadline has come appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="50" />
        <source>Ingen dokumenter i arbeid. Her ligger dine egne brev og notater til de er ekspedert.</source>
        <translation>No documents in progress. Your own letters and notes stay here until they are dispatched.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="53" />
        <source>Ingen oppgaver til deg. Her kommer godkjenninger, beskjeder og kopier.</source>
        <translation>No tasks for you. Approvals, messages and copies appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="56" />
        <source>Ingenting venter på godkjenning. Her ser du hva du har sendt, og hvem det venter på.</source>
        <translation>Nothing awaits approval. Here you see what you have sent and whom it waits on.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="59" />
        <source>Ingenting å godkjenne. Her kommer dokumenter sendt til deg for godkjenning.</source>
        <translation>Nothing to approve. Documents sent to you for approval appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="62" />
        <source>Ingen kopier. Her kommer ferdige dokumenter der du er kopimottaker.</source>
        <translation>No copies. Finished documents you receive a copy of appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="65" />
        <source>Ingen OBS-saker. Her kommer dine saker med OBS-dato som nærmer seg.</source>
        <translation>No follow-up cases. Your cases with an approaching follow-up date appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="68" />
        <source>Du er ikke saksansvarlig for noen åpne saker ennå.</source>
        <translation>You are not responsible for any open cases yet.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="69" />
        <source>Ingenting å fordele. Her kommer enhetens post uten saksbehandler.</source>
        <translation>Nothing to distribute. The unit's mail without a case officer appears here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="72" />
        <source>Ingenting å offentlighetsvurdere. Her kommer post arkivet har registrert som midlertidig skjermet.</source>
        <translation>Nothing to assess for publicity. Mail the archive registered as temporarily shielded appears here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="76" />
        <source>Enheten har ingen restanser.</source>
        <translation>The unit has no outstanding items.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="77" />
        <source>Enheten har ingen dokumenter i arbeid.</source>
        <translation>The unit has no documents in progress.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="78" />
        <source>Ingenting å journalføre. Her kommer registrerte, ferdigstilte og ekspederte journalposter.</source>
        <translation>Nothing to journal. Registered, finished and dispatched registry entries appear here.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="82" />
        <source>Ingen reserverte saker å kontrollere.</source>
        <translation>No reserved cases to check.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="83" />
        <source>Ingen saker er meldt til avslutning.</source>
        <translation>No cases have been put forward for closing.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="84" />
        <source>Ingen beskjeder til dokumentsenteret.</source>
        <translation>No messages to the records centre.</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tekster.py" line="93" />
        <source>Kurven er tom.</source>
        <translation>The basket is empty.</translation>
    </message>
</context>
<context>
    <name>KurvTre</name>
    <message>
        <location filename="../app/views/kurver/tre.py" line="29" />
        <source>Ubehandlet</source>
        <extracomment>The kurv titles the services send, registered for translation in this context.</extracomment>
        <translation>Unprocessed</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="30" />
        <source>Forfall</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="31" />
        <source>Dokumenter i arbeid</source>
        <translation>Documents in progress</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="32" />
        <source>Mottatte oppgaver</source>
        <translation>Received tasks</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="33" />
        <source>Sendt til godkjenning</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="34" />
        <source>Mottatt for godkjenning</source>
        <translation>Received for approval</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="35" />
        <source>Kopier</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="36" />
        <source>OBS-saker</source>
        <translation>Follow-up cases</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="37" />
        <source>Mine saker</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="38" />
        <source>Til fordeling</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="39" />
        <source>Til offentlighetsvurdering</source>
        <translation>For publicity review</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="40" />
        <source>Restanser for enheten</source>
        <translation>Outstanding for the unit</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="41" />
        <source>Dokumenter i arbeid (enheten)</source>
        <translation>Documents in progress (unit)</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="42" />
        <source>Til journalføring</source>
        <translation>To journalise</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="43" />
        <source>Mottatt fra SvarInn</source>
        <translation>Received from SvarInn</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="44" />
        <source>Reserverte saker</source>
        <translation>Reserved cases</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="45" />
        <source>Saker til avslutning</source>
        <translation>Cases to close</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="46" />
        <source>Beskjed til dokumentsenteret</source>
        <translation>Messages to the records centre</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="47" />
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="143" />
        <source>Mitt arbeidsbord</source>
        <translation>My workbench</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="144" />
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="145" />
        <source>Arkiv</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="146" />
        <source>Møtesekretær</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/tre.py" line="147" />
        <source>Mine kurver</source>
        <translation>My baskets</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="33" />
        <source>Klar til behandling</source>
        <extracomment>The møtesekretær's kurv titles and group, as the services send them, for the left pane.</extracomment>
        <translation>Ready for treatment</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="34" />
        <source>Neste møte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="35" />
        <source>Til oppfølging</source>
        <translation>For follow-up</translation>
    </message>
</context>
<context>
    <name>Lesefelt</name>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="138" />
        <location filename="../app/views/lesefelt/panel.py" line="176" />
        <source>Velg en journalpost, oppgave eller sak i listen</source>
        <translation>Select a registry entry, task or case in the list</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="139" />
        <source>Ingen forhåndsvisning</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="144" />
        <source>Dokumenter (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="145" />
        <source>Oppgaver (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="146" />
        <source>Merknader (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="147" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="150" />
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="151" />
        <location filename="../app/views/lesefelt/panel.py" line="165" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="152" />
        <location filename="../app/views/lesefelt/panel.py" line="166" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="153" />
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="154" />
        <location filename="../app/views/lesefelt/panel.py" line="341" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="155" />
        <location filename="../app/views/lesefelt/panel.py" line="158" />
        <location filename="../app/views/lesefelt/panel.py" line="393" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="158" />
        <location filename="../app/views/lesefelt/panel.py" line="161" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="158" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="158" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="162" />
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="163" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="164" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="169" />
        <source>Lesefelt</source>
        <translation>Reading pane</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="170" />
        <source>Faner i lesefeltet</source>
        <translation>Reading pane tabs</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="171" />
        <source>Forhåndsvisning av dokument</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="227" />
        <source>(fra saken)</source>
        <translation>(from the case)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="229" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="230" />
        <location filename="../app/views/lesefelt/panel.py" line="339" />
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="231" />
        <source>Type / status</source>
        <translation>Type / status</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="233" />
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="233" />
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="238" />
        <source>Kopi til</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="240" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="242" />
        <source>Dokumentdato</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="243" />
        <source>Journaldato</source>
        <translation>Journal date</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="245" />
        <source>Forfall</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="251" />
        <source>svar</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="253" />
        <source>(når svaret er ekspedert)</source>
        <translation>(when the reply is dispatched)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="254" />
        <source>Avskrivning</source>
        <translation>Close-out</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="256" />
        <location filename="../app/views/lesefelt/panel.py" line="360" />
        <source>Skjerming</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="258" />
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="262" />
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="263" />
        <source>Opprinnelig avsender: %1 (Journalpost → Bruk opprinnelig avsender)</source>
        <translation>Original sender: %1 (Journalpost → Use original sender)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="278" />
        <source>Dokumentene er skjermet for deg</source>
        <translation>The documents are restricted for you</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="317" />
        <source>fra %1 sendt %2</source>
        <translation>from %1 sent %2</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="343" />
        <source>avslutning bedt om</source>
        <translation>closure requested</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="345" />
        <source>Saksansvarlig</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="346" />
        <source>Sakstype / dato</source>
        <translation>Case type / date</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="351" />
        <source>Klassering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="356" />
        <source>OBS-dato</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="375" />
        <source>Dobbeltklikk en journalpost for å åpne den</source>
        <translation>Double-click a registry entry to open it</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="374" />
        <source>Journalposter (%1)</source>
        <translation>Registry entries (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="320" />
        <source>ventet 1 dag</source>
        <translation>waited 1 day</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="322" />
        <source>ventet %1 dager</source>
        <translation>waited %1 days</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="393" />
        <source>Gul lapp</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <location filename="../app/views/lesefelt/panel.py" line="405" />
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
</context>
<context>
    <name>LoggDialog</name>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="132" />
        <source>Logg – Saksbord</source>
        <translation>Log – Saksbord</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="136" />
        <source>Loggfil: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="149" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="151" />
        <source>Åpne loggmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="154" />
        <source>Lag feilrapport…</source>
        <translation>Make error report…</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/krasj.py" line="168" />
        <source>Loggfilen finnes ikke ennå: %1</source>
        <translation>The log file does not exist yet: %1</translation>
    </message>
</context>
<context>
    <name>Malvalg</name>
    <message>
        <location filename="../app/views/dialoger/malvalg.py" line="17" />
        <source>Mal for hoveddokumentet</source>
        <translation>Template for the main document</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/malvalg.py" line="19" />
        <source> (standard)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/malvalg.py" line="21" />
        <source>Uten mal (legg til dokument selv)</source>
        <translation>No template (add a document yourself)</translation>
    </message>
</context>
<context>
    <name>MalvalgDialog</name>
    <message>
        <location filename="../app/views/dialoger/malvalg.py" line="33" />
        <source>Skriv dokumentet</source>
        <translation>Write the document</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/malvalg.py" line="35" />
        <source>Mal</source>
        <translation>Template</translation>
    </message>
</context>
<context>
    <name>MedlemDialog</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="109" />
        <source>Nytt medlem i %1</source>
        <translation>New member of %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="109" />
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="112" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="118" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="121" />
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="124" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="125" />
        <source>Bare for en periode</source>
        <translation>Only for a period</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="136" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="160" />
        <source>Skriv medlemmets navn</source>
        <translation>Enter the member's name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="163" />
        <source>Perioden slutter før den begynner</source>
        <translation>The period ends before it begins</translation>
    </message>
</context>
<context>
    <name>MerknadDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="280" />
        <source>Merknad – %1</source>
        <translation>Note – %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="280" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="282" />
        <source>Gul lapp (uformell, slettes ved journalføring)</source>
        <translation>Sticky note (informal, deleted when journalised)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="284" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="289" />
        <source>Merknaden er tom</source>
        <translation>The note is empty</translation>
    </message>
</context>
<context>
    <name>MotebordDialog</name>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="42" />
        <source>Planlagt</source>
        <extracomment>Status names from app/domain/regler/politikk.py, shown in this dialog.</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="43" />
        <source>Saksliste låst</source>
        <translation>Agenda locked</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="44" />
        <source>Avholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="45" />
        <source>Satt opp</source>
        <translation>On the agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="46" />
        <source>Vedtatt</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="47" />
        <source>Utsatt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="48" />
        <source>Sendt videre</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="57" />
        <source>Møtebord</source>
        <translation>Meeting desk</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="66" />
        <location filename="../app/views/politikk/motebord.py" line="67" />
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="75" />
        <source>Saksliste</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="78" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="79" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="80" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="82" />
        <source>Innstilling / vedtak</source>
        <translation>Recommendation / decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="94" />
        <source>Sett opp klare saker</source>
        <translation>Put ready cases on the agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="95" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="96" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="97" />
        <source>Ta av sakslisten</source>
        <translation>Take off the agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="98" />
        <source>Lås sakslisten</source>
        <translation>Lock the agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="99" />
        <source>Før vedtak …</source>
        <translation>Enter decision …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="100" />
        <source>Møteinnkalling (PDF) …</source>
        <translation>Notice of meeting (PDF) …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="101" />
        <source>Møteprotokoll (PDF) …</source>
        <translation>Minutes (PDF) …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="110" />
        <source>Medlemsversjon (med saker unntatt offentlighet)</source>
        <translation>Members' version (with cases exempt from public access)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="114" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="155" />
        <source>%1 · skrivefrist %2 · innkalling %3</source>
        <translation>%1 · deadline for papers %2 · notice %3</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="162" />
        <source>(unntatt offentlighet)</source>
        <translation>(exempt from public access)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="250" />
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/motebord.py" line="253" />
        <source>Lagre PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>NyKurvDialog</name>
    <message>
        <location filename="../app/views/kurver/egne.py" line="24" />
        <source>Ny kurv</source>
        <translation>New basket</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="24" />
        <source>Lagre kurv</source>
        <translation>Save basket</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="28" />
        <source>f.eks. I eller IN</source>
        <translation>e.g. I or IN</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="30" />
        <source>f.eks. RF</source>
        <translation>e.g. RF</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="33" />
        <source>initialer, eller «meg»</source>
        <translation>initials, or “meg” (me)</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="35" />
        <source>K-kode, gnr/bnr …</source>
        <translation>K code, farm/title number …</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="38" />
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="41" />
        <source>ikke brukt</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="43" />
        <source>Del med enheten</source>
        <translation>Share with the unit</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="45" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="46" />
        <source>Journalposttype</source>
        <translation>Registry entry type</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="48" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="49" />
        <source>Saksbehandler</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="50" />
        <source>Klassering</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="51" />
        <source>Journalført siste dager</source>
        <translation>Journaled in the last days</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="52" />
        <source>Forfaller innen dager</source>
        <translation>Due within days</translation>
    </message>
    <message>
        <location filename="../app/views/kurver/egne.py" line="68" />
        <source>Kurven må ha et navn</source>
        <translation>The basket needs a name</translation>
    </message>
</context>
<context>
    <name>NyttUtvalgDialog</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="77" />
        <source>Nytt utvalg</source>
        <translation>New committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="77" />
        <source>Opprett utvalget</source>
        <translation>Create the committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="81" />
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="84" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="87" />
        <source>Initialer, for eksempel LMO</source>
        <translation>Initials, for example LMO</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="88" />
        <source>Møtesekretær</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="91" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="94" />
        <source>Fullmaktsorgan</source>
        <translation>Delegating body</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="99" />
        <source>Utvalget trenger et kortnavn og et navn</source>
        <translation>The committee needs a short name and a name</translation>
    </message>
</context>
<context>
    <name>ObsDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="261" />
        <source>OBS-dato for sak %1</source>
        <translation>Follow-up date for case %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="262" />
        <source>Sett OBS-dato (fjern haken for å fjerne den)</source>
        <translation>Set follow-up date (untick to remove it)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="269" />
        <source>OBS-dato</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="270" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>OffentlighetDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="351" />
        <source>Offentlighetsvurder %1</source>
        <translation>Publicity review of %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="351" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="362" />
        <source>Skjerming krever en hjemmel</source>
        <translation>A restriction needs a legal basis</translation>
    </message>
</context>
<context>
    <name>Oppgavehandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/oppgave.py" line="74" />
        <source>Be arkivet rette %1</source>
        <translation>Ask the archive to correct %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/oppgave.py" line="75" />
        <source>Hva skal rettes?</source>
        <translation>What should be corrected?</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/oppgave.py" line="78" />
        <source>Flytt til sak (valgfritt)</source>
        <translation>Move to case (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/oppgave.py" line="79" />
        <source>Send til arkivet</source>
        <translation>Send to the archive</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/oppgave.py" line="80" />
        <source>Arkivet får en oppgave i Beskjed til dokumentsenteret.</source>
        <translation>The archive gets a task in Messages to the records centre.</translation>
    </message>
</context>
<context>
    <name>Oppstart</name>
    <message>
        <location filename="../app/views/app.py" line="96" />
        <source>Saksbord kan ikke starte</source>
        <translation>Saksbord cannot start</translation>
    </message>
</context>
<context>
    <name>Partoppslag</name>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="74" />
        <source>Slå opp i Enhetsregisteret</source>
        <extracomment>The party table's columns (app/views/dialoger/kort.py ``_Partfane.KOL``): navn, epost, adresse, postnr, poststed.</extracomment>
        <translation>Look up in the register</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="77" />
        <source>Slå opp navnet eller organisasjonsnummeret i raden og fyll inn parten</source>
        <translation>Look up the row's name or organisation number and fill in the party</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="130" />
        <source>Skriv navnet eller organisasjonsnummeret i en rad først</source>
        <translation>Type the name or the organisation number in a row first</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="143" />
        <source>Slår opp …</source>
        <translation>Looking up …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="147" />
        <source>Ingen treff i Enhetsregisteret</source>
        <translation>No match in the Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/partoppslag.py" line="157" />
        <source>%1 (uten nett: fra hurtigbufferen, hentet %2)</source>
        <translation>%1 (offline: from the cache, fetched %2)</translation>
    </message>
</context>
<context>
    <name>Politikkhandlinger</name>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="77" />
        <source>&amp;Politisk behandling</source>
        <translation>&amp;Political treatment</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="79" />
        <source>Saksgang …</source>
        <translation>Case route …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="80" />
        <source>Referer i utvalg …</source>
        <translation>Refer to a committee …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="81" />
        <source>Sett opp på møte</source>
        <translation>Put on a meeting's agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="82" />
        <source>Før vedtak …</source>
        <translation>Enter decision …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="83" />
        <source>Bekreft vedtaksoppfølging</source>
        <translation>Confirm follow-up of the decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="84" />
        <source>Delegert vedtak …</source>
        <translation>Delegated decision …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="85" />
        <source>Møtebord …</source>
        <translation>Meeting desk …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="86" />
        <source>Utvalg og medlemmer …</source>
        <translation>Committees and members …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="87" />
        <source>Delegasjonsliste …</source>
        <translation>Delegation list …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="110" />
        <location filename="../app/views/politikk/handlinger.py" line="153" />
        <source>Velg en journalpost først</source>
        <translation>Select a registry entry first</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="111" />
        <source>Leser inn det valgte …</source>
        <translation>Reading the selection …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="114" />
        <source>Saksgang gjelder et saksframlegg (S)</source>
        <translation>A case route belongs to a case presentation (S)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="124" />
        <source>Et delegert vedtak er en U, S eller X</source>
        <translation>A delegated decision is a U, S or X</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/handlinger.py" line="157" />
        <source>Bare for møtesekretæren</source>
        <translation>Only for the meeting secretary</translation>
    </message>
</context>
<context>
    <name>Politikkregister</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="45" />
        <source>Leder</source>
        <extracomment>The role and status names of app/domain/regler/politikk.py, shown in these dialogs.</extracomment>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="46" />
        <source>Nestleder</source>
        <translation>Deputy chair</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="47" />
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="48" />
        <source>Varamedlem</source>
        <translation>Deputy member</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="49" />
        <source>I saksgangen</source>
        <translation>In the case route</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="50" />
        <source>Klar til behandling</source>
        <translation>Ready for treatment</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="51" />
        <source>Satt opp på møte</source>
        <translation>On a meeting's agenda</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="52" />
        <source>Ferdig behandlet</source>
        <translation>Treated</translation>
    </message>
</context>
<context>
    <name>PostlisteDialog</name>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="108" />
        <source>Offentlig journal</source>
        <translation>Public journal</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="109" />
        <source>&amp;Fra</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="110" />
        <source>&amp;Til</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="111" />
        <source>Hent</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="112" />
        <source>Lagre som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="113" />
        <source>Lagre som Noark 5-fil…</source>
        <translation>Save as Noark 5 file…</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="116" />
        <source>Den samme offentlige journalen for perioden som offentligJournal.xml (Noark 5), for publisering uten eInnsyn</source>
        <translation>The same public journal for the period as offentligJournal.xml (Noark 5), for publishing without eInnsyn</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="119" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="124" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="125" />
        <source>Journaldato</source>
        <translation>Journal date</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="126" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="127" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="128" />
        <source>Avsender/mottaker</source>
        <translation>Sender/recipient</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="129" />
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="130" />
        <source>Skjermet etter</source>
        <translation>Withheld under</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="142" />
        <source>Henter …</source>
        <translation>Fetching …</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="148" />
        <source>Uventet feil: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="172" />
        <source>%1 journalpost(er)</source>
        <translation>Registry entries: %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="185" />
        <source>Offentlig journal %1–%2</source>
        <translation>Public journal %1–%2</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="211" />
        <source>Lagre offentlig journal</source>
        <translation>Save public journal</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="224" />
        <source>Kunne ikke lagre: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="226" />
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="232" />
        <source>Lagre offentlig journal som Noark 5-fil</source>
        <translation>Save the public journal as a Noark 5 file</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="232" />
        <source>Noark 5 XML (*.xml)</source>
        <translation>Noark 5 XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="245" />
        <source>Skriver offentligJournal.xml …</source>
        <translation>Writing offentligJournal.xml …</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/postliste.py" line="254" />
        <source>Lagret %1 (%2 journalposter, gyldig etter offentligJournal.xsd)</source>
        <translation>Saved %1 (%2 journal entries, valid against offentligJournal.xsd)</translation>
    </message>
</context>
<context>
    <name>ProfilDialog</name>
    <message>
        <location filename="../app/views/profil/dialog.py" line="117" />
        <source>Koble til den felles databasen</source>
        <translation>Connect to the shared database</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="118" />
        <source>Saksbord-server</source>
        <translation>Saksbord server</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="119" />
        <source>PostgreSQL direkte (administrator)</source>
        <translation>PostgreSQL directly (administrator)</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="123" />
        <source>Fyll inn adressen til kommunens Saksbord-server, brukeren din og passordet. Saksbord logger inn og tar vare på innloggingen i operativsystemets nøkkelring; passordet lagres ikke. Uten server brukes en lokal database på denne maskinen.</source>
        <translation>Enter the address of the municipality's Saksbord server, your user and your password. Saksbord signs in and keeps the sign-in in the operating system's keyring; the password is not stored. Without a server a local database on this machine is used.</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="131" />
        <source>Fyll inn databaseserveren og databasebrukeren. Passordet lagres i operativsystemets nøkkelring, ikke i en fil. Uten server brukes en lokal database på denne maskinen.</source>
        <translation>Enter the database server and the database user. The password is stored in the operating system's keyring, not in a file. Without a server a local database on this machine is used.</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="138" />
        <source>Profilnavn</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="138" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="138" />
        <source>Tilkobling</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="138" />
        <source>Serveradresse</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="139" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="139" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="139" />
        <source>Databasebruker</source>
        <translation>Database user</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="140" />
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="140" />
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="141" />
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="146" />
        <source>Test forbindelsen</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="147" />
        <source>Logg inn med kommunens konto i nettleseren</source>
        <translation>Sign in with the municipality's account in the browser</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="150" />
        <source>OpenID Connect: du logger inn hos kommunens identitetsleverandør (for eksempel Entra ID)</source>
        <translation>OpenID Connect: you sign in with the municipality's identity provider (for example Entra ID)</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="153" />
        <source>Bruk lokal database</source>
        <translation>Use local database</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="205" />
        <location filename="../app/views/profil/dialog.py" line="228" />
        <source>Kobler til …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="205" />
        <source>Tilkoblet</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="262" />
        <source>Fullfør innloggingen i nettleseren …</source>
        <translation>Finish signing in in the browser …</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="267" />
        <source>Oppgi adressen til Saksbord-serveren, for eksempel https://saksbord.kommune.no</source>
        <translation>Enter the address of the Saksbord server, for example https://saksbord.kommune.no</translation>
    </message>
    <message>
        <location filename="../app/views/profil/dialog.py" line="287" />
        <source>Logger inn …</source>
        <translation>Signing in …</translation>
    </message>
</context>
<context>
    <name>RapportDialog</name>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="180" />
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="183" />
        <source>&amp;Rapport</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="183" />
        <source>&amp;Fra dato</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="183" />
        <source>&amp;Til dato</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="183" />
        <source>&amp;Enhet</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="184" />
        <source>Saks&amp;behandler</source>
        <translation>Case &amp;officer</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="184" />
        <source>&amp;Sak</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="184" />
        <source>Forfall innen (&amp;dager)</source>
        <translation>Due within (&amp;days)</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="188" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="189" />
        <source>2026/123 (fullstendig journal)</source>
        <translation>2026/123 (full journal)</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="190" />
        <source>innstillingen</source>
        <translation>the setting</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="191" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="192" />
        <source>Navn på kriteriene</source>
        <translation>Name of the criteria</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="193" />
        <source>Lagre kriterier</source>
        <translation>Save criteria</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="195" />
        <source>Lagre som CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="196" />
        <source>Lagre som HTML…</source>
        <translation>Save as HTML…</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="197" />
        <source>Lagre som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="198" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="228" />
        <source>«%1» er ikke en dato (skriv ÅÅÅÅ-MM-DD)</source>
        <translation>“%1” is not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="232" />
        <source>Skriv saksnummeret for å se sakens fullstendige journal</source>
        <translation>Enter the case number to see the case's full journal</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="237" />
        <source>Lager rapporten …</source>
        <translation>Making the report …</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="245" />
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="257" />
        <source>%1: %2 rader</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="263" />
        <source>Uventet feil: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="281" />
        <source>Lagrede kriterier …</source>
        <translation>Saved criteria …</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="288" />
        <source>Gi kriteriene et navn først</source>
        <translation>Give the criteria a name first</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="296" />
        <source>Kriteriene «%1» er lagret</source>
        <translation>The criteria “%1” are saved</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="313" />
        <source>Lagre rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="335" />
        <source>Kunne ikke lagre: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="337" />
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>Rapporter</name>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="42" />
        <source>Restanseliste</source>
        <extracomment>The menu's and the chooser's titles, for lupdate (the service's RAPPORTER holds the same bokmål).</extracomment>
        <translation>Outstanding items</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="43" />
        <source>Forfallsliste</source>
        <translation>Items due</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="44" />
        <source>Uavsluttede saker</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="45" />
        <source>Fullstendig journal for sak</source>
        <translation>Full journal of a case</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="46" />
        <source>Løpende journal</source>
        <translation>Running journal</translation>
    </message>
    <message>
        <location filename="../app/views/rapporter/dialog.py" line="47" />
        <source>Offentlig journal</source>
        <translation>Public journal</translation>
    </message>
</context>
<context>
    <name>RefererDialog</name>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="141" />
        <source>Referer %1 i utvalg</source>
        <translation>Refer %1 to a committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="141" />
        <source>Referer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="144" />
        <location filename="../app/views/politikk/dialoger.py" line="153" />
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="154" />
        <source>Referatsak (RS)</source>
        <translation>Item for reference (RS)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="155" />
        <source>Orienteringssak (OS)</source>
        <translation>Information item (OS)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="163" />
        <source>Som</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="179" />
        <source>Kryss av minst ett møte</source>
        <translation>Tick at least one meeting</translation>
    </message>
</context>
<context>
    <name>RettJournalpostDialog</name>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="74" />
        <source>Rett journalpost %1</source>
        <translation>Correct registry entry %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="74" />
        <source>Rett</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="80" />
        <source>Journalposten har status %1. Arkivet retter registreringen; hver endring logges med gammel og ny verdi og grunnen.</source>
        <translation>The registry entry has status %1. The archive corrects the registration; each change is logged with the old and new value and the reason.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="91" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="92" />
        <source>Tittel 2</source>
        <translation>Title 2</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="93" />
        <source>Dokumentdato</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="94" />
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="95" />
        <source>Forfallsdato</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="101" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="102" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="103" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="104" />
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="105" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="106" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="119" />
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>RettSakDialog</name>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="157" />
        <source>Rett sak %1</source>
        <translation>Correct case %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="157" />
        <source>Rett</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="161" />
        <source>Saken har status %1. Arkivet retter tittel og saksdato; hver endring logges med gammel og ny verdi og grunnen.</source>
        <translation>The case has status %1. The archive corrects the title and case date; each change is logged with the old and new value and the reason.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="170" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="171" />
        <source>Tittel 2</source>
        <translation>Title 2</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="172" />
        <source>Saksdato</source>
        <translation>Case date</translation>
    </message>
</context>
<context>
    <name>SakKort</name>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="176" />
        <source>Ny sak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="176" />
        <source>Sak %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="177" />
        <source>Opprett sak</source>
        <translation>Create case</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="177" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="186" />
        <location filename="../app/views/dialoger/kort.py" line="225" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="189" />
        <source>Navn og andre opplysninger som kan skjermes</source>
        <translation>Names and other details that can be restricted</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="198" />
        <source>K-kode, f.eks. 611</source>
        <translation>K code, e.g. 611</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="203" />
        <source>Tittel (linje 1, offentlig)</source>
        <translation>Title (line 1, public)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="204" />
        <source>Tittel linje 2</source>
        <translation>Title line 2</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="205" />
        <source>Sakstype</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="206" />
        <source>Saksansvarlig</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="208" />
        <source>Ordningsprinsipp</source>
        <translation>Classification principle</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="209" />
        <source>Primær ordningsverdi</source>
        <translation>Primary classification value</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="263" />
        <source>En ny sak må ha en primær ordningsverdi (K-kode, gårds- og bruksnummer …)</source>
        <translation>A new case needs a primary classification value (K code, land and property number …)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="213" />
        <source>Lignende saker (finnes saken fra før?)</source>
        <translation>Similar cases (does the case exist already?)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="221" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="222" />
        <source>Generelt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="225" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="225" />
        <location filename="../app/views/dialoger/kort.py" line="230" />
        <source>Avsender/Mottaker</source>
        <translation>Sender/Recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="235" />
        <source>Skjerming</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="236" />
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="237" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="259" />
        <source>Saken må ha en tittel</source>
        <translation>The case needs a title</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="261" />
        <source>Skjerming krever en hjemmel</source>
        <translation>A restriction needs a legal basis</translation>
    </message>
</context>
<context>
    <name>SaksgangDialog</name>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="49" />
        <source>Saksgang for %1</source>
        <translation>Case route of %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="49" />
        <source>Lagre saksgang</source>
        <translation>Save case route</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="54" />
        <source>Utvalg i behandlingsrekkefølge</source>
        <translation>Committees in order of treatment</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="64" />
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="64" />
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="73" />
        <source>Behandles i</source>
        <translation>Treated in</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="76" />
        <location filename="../app/views/politikk/dialoger.py" line="77" />
        <source>Ønsket møte</source>
        <translation>Preferred meeting</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="80" />
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="83" />
        <source>Navn, skilt med komma</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="84" />
        <source>Melding om vedtak til</source>
        <translation>Notice of decision to</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="101" />
        <source>Neste møte med åpen skrivefrist</source>
        <translation>Next meeting whose deadline for papers is open</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="104" />
        <source>%1 (skrivefrist %2)</source>
        <translation>%1 (deadline for papers %2)</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="128" />
        <source>Kryss av minst ett utvalg</source>
        <translation>Tick at least one committee</translation>
    </message>
</context>
<context>
    <name>Saksgangfane</name>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="232" />
        <source>Utvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="233" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="234" />
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="235" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="236" />
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="237" />
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="254" />
        <source>Ingen saksgang er registrert ennå.</source>
        <translation>No case route has been recorded yet.</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="256" />
        <source>Endre saksgang …</source>
        <translation>Change the case route …</translation>
    </message>
</context>
<context>
    <name>Sakshandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="121" />
        <source>Meld sak %1 utgår</source>
        <translation>Withdraw case %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="122" />
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="124" />
        <source>Meld utgår</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="134" />
        <source>Be om avslutning av sak %1</source>
        <translation>Ask to close case %1</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="135" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/sak.py" line="137" />
        <source>Send til arkivet</source>
        <translation>Send to the archive</translation>
    </message>
</context>
<context>
    <name>SendOppgaveDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="27" />
        <source>Til godkjenning</source>
        <extracomment>Code-list names shown in these dialogs, registered for translation.</extracomment>
        <translation>For approval</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="28" />
        <source>Til uttalelse</source>
        <translation>For comment</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="29" />
        <source>Beskjed</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="30" />
        <source>Intern kopi</source>
        <translation>Internal copy</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="129" />
        <source>Send oppgave – %1</source>
        <translation>Send task – %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="129" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="142" />
        <location filename="../app/views/dialoger/enkle.py" line="167" />
        <source>– velg mottaker –</source>
        <translation>– choose recipient –</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="147" />
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="151" />
        <source>Sees bare av mottakeren</source>
        <translation>Seen only by the recipient</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="152" />
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="153" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="154" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="155" />
        <source>Gul lapp</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="174" />
        <source>Velg mottaker for oppgaven</source>
        <translation>Choose the task's recipient</translation>
    </message>
</context>
<context>
    <name>Skjema</name>
    <message>
        <location filename="../app/views/dialoger/felles.py" line="43" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Skjermingsfane</name>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="60" />
        <source>– ingen (offentlig) –</source>
        <translation>– none (public) –</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="70" />
        <source>Tilgangskode</source>
        <translation>Access code</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="71" />
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="72" />
        <source>Skjermingsnivå</source>
        <translation>Restriction level</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="75" />
        <source>Nivå 1: dokumentene skjermes. 2: også tittel linje 2. 3: også avsender/mottaker (journalpost) eller klassering (sak).</source>
        <translation>Level 1: documents restricted. 2: also title line 2. 3: also sender/recipient (registry entry) or classification (case).</translation>
    </message>
</context>
<context>
    <name>SvarInnDialog</name>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="52" />
        <source>Henter post fra SvarInn …</source>
        <extracomment>Picks the file a kept payload is saved to (tests replace it).</extracomment>
        <translation>Fetching mail from SvarInn …</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="53" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="59" />
        <source>Hent fra SvarInn</source>
        <translation>Fetch from SvarInn</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="69" />
        <source>Avbryter etter forsendelsen som registreres nå …</source>
        <translation>Stopping after the shipment being registered now …</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="165" />
        <source>Post fra SvarInn</source>
        <translation>Mail from SvarInn</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="168" />
        <source>Forsendelser fra SvarInn som ikke kunne registreres</source>
        <translation>Shipments from SvarInn that could not be registered</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="170" />
        <source>Ingen nye forsendelser i SvarInn</source>
        <translation>No new shipments in SvarInn</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="174" />
        <source>Registrert: %1    Feilet (tatt vare på): %2    Allerede registrert: %3    Ikke hentet: %4</source>
        <translation>Registered: %1    Failed (kept): %2    Already registered: %3    Not fetched: %4</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="182" />
        <source>Hentingen ble avbrutt; resten hentes neste gang.</source>
        <translation>The fetch was cancelled; the rest is fetched next time.</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="185" />
        <source>Registrert</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="186" />
        <source>Feilet</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="187" />
        <source>Allerede registrert</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="188" />
        <source>Ikke hentet</source>
        <translation>Not fetched</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="191" />
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="191" />
        <source>Journalpost</source>
        <translation>Registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="191" />
        <location filename="../app/views/svarinn/dialog.py" line="204" />
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="191" />
        <source>Tittel og merknad</source>
        <translation>Title and remark</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="201" />
        <source>Ikke registrert, tatt vare på for arkivet (%1):</source>
        <translation>Not registered, kept for the archive (%1):</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="204" />
        <source>Mottatt</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="204" />
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="204" />
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="208" />
        <source>SvarInn er ikke varslet ennå.</source>
        <translation>SvarInn has not been told yet.</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="213" />
        <source>Lagre innhold …</source>
        <translation>Save content …</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="214" />
        <source>Lagre forsendelsen slik den ble lastet ned fra SvarInn (kryptert)</source>
        <translation>Save the shipment as it was downloaded from SvarInn (encrypted)</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="230" />
        <source>Lagre forsendelsen</source>
        <translation>Save the shipment</translation>
    </message>
    <message>
        <location filename="../app/views/svarinn/dialog.py" line="237" />
        <source>Lagret som %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>Systemmeny</name>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="93" />
        <source>Vis logg</source>
        <translation>Show log</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="91" />
        <source>Innstillinger…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="92" />
        <source>Administrasjon…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="94" />
        <source>Lag feilrapport…</source>
        <translation>Make error report…</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="95" />
        <source>Se etter oppdateringer</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="96" />
        <location filename="../app/views/hovedvindu/systemmeny.py" line="143" />
        <source>Om Saksbord</source>
        <translation>About Saksbord</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="98" />
        <source>Ny versjon %1 finnes</source>
        <translation>New version %1 available</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="120" />
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="121" />
        <source>Den nye databasen brukes neste gang du starter Saksbord.</source>
        <translation>The new database is used the next time you start Saksbord.</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="144" />
        <source>Saksbord %1 – arbeidsbord for saksbehandling og arkiv etter Noark 5.</source>
        <translation>Saksbord %1 – a workbench for case handling and archiving after Noark 5.</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="167" />
        <source>Ingen adresse for oppdateringer er satt. Legg den inn under Fil → Innstillinger → Oppdateringer.</source>
        <translation>No address for updates has been set. Enter it under File → Settings → Updates.</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="184" />
        <source>Du har den nyeste versjonen (%1).</source>
        <translation>You have the newest version (%1).</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="196" />
        <source>Saksbord %1 finnes. Du har %2.</source>
        <translation>Saksbord %1 is available. You have %2.</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="199" />
        <source>Ny versjon</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="202" />
        <source>Åpne nedlastingssiden</source>
        <translation>Open the download page</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="206" />
        <source>Ikke nå</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/systemmeny.py" line="214" />
        <source>Oppdateringer</source>
        <translation>Updates</translation>
    </message>
</context>
<context>
    <name>TekstDialog</name>
    <message>
        <location filename="../app/views/dialoger/enkle.py" line="327" />
        <source>Fyll ut feltet</source>
        <translation>Fill in the field</translation>
    </message>
</context>
<context>
    <name>UnderBehandlingDialog</name>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="193" />
        <source>Sett sak %1 under behandling</source>
        <translation>Set case %1 under processing</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="195" />
        <source>Sett under behandling</source>
        <translation>Set under processing</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="199" />
        <source>Saken er reservert. Kontroller tittel og klassering, og velg tilgangskoden saken skal ha (eller ingen, så er den offentlig).</source>
        <translation>The case is reserved. Check the title and classification, and choose the access code the case is to have (or none, and it is public).</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="216" />
        <source>Skjerming krever en hjemmel</source>
        <translation>A restriction needs a legal basis</translation>
    </message>
</context>
<context>
    <name>UtskriftDialog</name>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="16" />
        <source>Skriv ut %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="16" />
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="21" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="21" />
        <source>Versjon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="22" />
        <source>Dokumentene som skrives ut</source>
        <translation>The documents to print</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="34" />
        <source>v%1 (arkivformat)</source>
        <translation>v%1 (archive format)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="34" />
        <source>v%1 (produksjon)</source>
        <translation>v%1 (production)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="41" />
        <source>Ta med merknadene (%1)</source>
        <translation>Include the notes (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/utskrift.py" line="70" />
        <source>Velg minst ett dokument eller merknadene</source>
        <translation>Choose at least one document or the notes</translation>
    </message>
</context>
<context>
    <name>Utskrifthandlinger</name>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="30" />
        <source>Gjør klar utskriften … %1 %</source>
        <translation>Preparing the printout … %1 %</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="54" />
        <source>Gul lapp</source>
        <translation>Sticky note</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="54" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="56" />
        <source>Merknader</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="81" />
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../app/views/operasjoner/utskrift.py" line="83" />
        <source>Utskriften ble avbrutt</source>
        <translation>The printout was cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/operasjoner/utskrift.py" line="90" />
        <source>Skrev ut %n side(r)</source>
        <translation><numerusform>Printed %n page</numerusform><numerusform>Printed %n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>UtvalgDialog</name>
    <message>
        <location filename="../app/views/politikk/register.py" line="174" />
        <location filename="../app/views/politikk/register.py" line="185" />
        <source>Utvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="181" />
        <source>Kortnavn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="181" />
        <location filename="../app/views/politikk/register.py" line="191" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="181" />
        <source>Møtesekretær</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="181" />
        <source>Fullmaktsorgan</source>
        <translation>Delegating body</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="191" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="191" />
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="191" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="191" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="198" />
        <source>Nytt utvalg …</source>
        <translation>New committee …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="201" />
        <source>Legg til medlem …</source>
        <translation>Add member …</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="208" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="245" />
        <source>Medlemmer i %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/register.py" line="245" />
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>VedtakDialog</name>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="186" />
        <source>Vedtatt</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="187" />
        <source>Utsatt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="188" />
        <source>Sendt videre</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="193" />
        <source>Vedtak i %1 %2</source>
        <translation>Decision in %1 %2</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="195" />
        <source>Før vedtak</source>
        <translation>Enter decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="197" />
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="200" />
        <location filename="../app/views/politikk/dialoger.py" line="202" />
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="207" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/politikk/dialoger.py" line="217" />
        <source>Skriv vedtaket (innstillingen er tom)</source>
        <translation>Write the decision (the recommendation is empty)</translation>
    </message>
</context>
<context>
    <name>VelgJournalpostDialog</name>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="30" />
        <source>Lag kopi</source>
        <translation>Make copy</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="30" />
        <source>Lenk</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="33" />
        <source>f.eks. 2026/12-3</source>
        <translation>e.g. 2026/12-3</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="34" />
        <location filename="../app/views/dialoger/dokumentordning.py" line="43" />
        <source>Til journalpost</source>
        <translation>To registry entry</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="36" />
        <source>«%1» kopieres, med alle versjoner, til en journalpost i en annen sak.</source>
        <translation>“%1” is copied, with every version, to a registry entry of another case.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="38" />
        <source>«%1» lenkes til journalposten: det er samme dokument, ikke en kopi.</source>
        <translation>“%1” is linked to the registry entry: it is the same document, not a copy.</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/dokumentordning.py" line="47" />
        <source>Skriv journalpostnummeret</source>
        <translation>Enter the registry entry number</translation>
    </message>
</context>
<context>
    <name>VelgSakDialog</name>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="167" />
        <source>Importer e-post</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="169" />
        <source>Velg saken %1 e-post(er) skal registreres i.</source>
        <translation>Choose the case the %1 e-mail(s) will be registered in.</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="171" />
        <source>Saksnummer, ord fra tittel, avsender eller innhold</source>
        <translation>Case number, words from title, sender or content</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="172" />
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="173" />
        <source>Tittel på ny saksmappe:</source>
        <translation>Title of the new case:</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="174" />
        <source>Primær ordningsverdi (K-kode, gårds- og bruksnummer …):</source>
        <translation>Primary classification value (K code, land and property number …):</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="175" />
        <source>K-kode, f.eks. 611</source>
        <translation>K code, e.g. 611</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="177" />
        <source>Saken opprettes med deg som saksansvarlig. Tittel linje 1 er offentlig.</source>
        <translation>The case is created with you as responsible officer. Title line 1 is public.</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="179" />
        <source>Søk etter sak</source>
        <translation>Search for a case</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="180" />
        <source>Ny saksmappe</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="181" />
        <source>Siste saksmapper</source>
        <translation>Recent cases</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="182" />
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="216" />
        <source>Skriv en tittel på den nye saken</source>
        <translation>Enter a title for the new case</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="218" />
        <source>En ny sak må ha en primær ordningsverdi (K-kode, gårds- og bruksnummer …)</source>
        <translation>A new case needs a primary classification value (K code, land and property number …)</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="221" />
        <source>Velg en sak i listen</source>
        <translation>Select a case in the list</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="239" />
        <source>Saken er avsluttet eller utgått</source>
        <translation>The case is closed or withdrawn</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="271" />
        <source>Ingen saker passer</source>
        <translation>No cases match</translation>
    </message>
</context>
<context>
    <name>Vinduskontekst</name>
    <message>
        <location filename="../app/views/hovedvindu/kontekst.py" line="194" />
        <source>Merk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/hovedvindu/kontekst.py" line="226" />
        <source>Saksbord</source>
        <translation>Saksbord</translation>
    </message>
</context>
<context>
    <name>_Partfane</name>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="307" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="308" />
        <source>Navn / initialer</source>
        <translation>Name / initials</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="309" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="310" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="311" />
        <source>Postnr</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="312" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="319" />
        <source>Legg til part</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="320" />
        <source>Fjern part</source>
        <translation>Remove party</translation>
    </message>
</context>
<context>
    <name>_Retting</name>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="57" />
        <source>For eksempel: skrivefeil i navnet</source>
        <extracomment>The parties' columns the archive corrects, in the table's order (app/domain/regler/arkivretting.py).</extracomment>
        <translation>For example: a typo in the name</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="58" />
        <source>Grunn (står i historikken)</source>
        <translation>Reason (kept in the history)</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="65" />
        <source>Skriv hvorfor det rettes; grunnen står i historikken</source>
        <translation>Write why it is corrected; the reason is kept in the history</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/arkivretting.py" line="67" />
        <source>Ingenting er endret</source>
        <translation>Nothing has changed</translation>
    </message>
</context>
<context>
    <name>epost</name>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="63" />
        <source>Importer e-post</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <location filename="../app/views/epost/velgsak.py" line="65" />
        <source>E-post (*.msg *.eml);;Alle filer (*)</source>
        <translation>E-mail (*.msg *.eml);;All files (*)</translation>
    </message>
</context>
<context>
    <name>t</name>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="104" />
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="104" />
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="104" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Bruker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/views/dialoger/kort.py" line="121" />
        <source>Til</source>
        <translation>To</translation>
    </message>
</context>
</TS>