"""Political treatment (issue 15): utvalg, møter, saksgang, behandlinger, vedtak, referatsaker.

``utvalg`` keeps the register of bodies and members, ``mote`` the møter, their saksliste and
the møteinnkalling/møteprotokoll, ``behandling`` the saksgang of a sakspapir from klar til
behandling to the confirmed vedtaksoppfølging. The rules are in app/domain/regler/politikk.py,
the tables in app/store/modeller/politikk.py (with their Noark 5 mapping).
"""
