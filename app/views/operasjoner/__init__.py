"""The window's actions, one module per noun; each gets the window's Vinduskontekst and nothing else.

``journalpost``  register, edit, avskriv, besvar, ferdigstill, fordel, offentlighetsvurder
``ekspedering``  ekspeder: check, fix in place, preview, send (SvarUt, e-post, papir, intern), print
``sak``          new sak, edit, OBS, merknad, meld utgår, be om avslutning
``oppgave``      send, behandle, deaktiver, fjern, be arkivet rette
``arkiv``        journalfør, flytt, feilregistrer, avslutt and gjenåpne sak, post from SvarInn
``epost``        e-mail dropped on a sak, Importer e-post…
``dokument``     working copies: edit in its program, watch, check in

Each family is a class whose ``handlinger()`` maps action keys (app/views/handlinger.py)
to slots; the window connects them. Families do not call each other: what they share
lives in the context (app/views/hovedvindu/kontekst.py).
"""
