"""KS Fiks: SvarUt (sending) and SvarInn (receiving), as plain HTTP clients and CMS.

No database, no Qt: the ekspedering service turns a journalpost into a ``SvarUtForsendelse`` and
keeps the dispatch record; the SvarInn service registers what ``SvarInnKlient`` fetches. Modules:

- ``svarut``   the SvarUt forsendelse REST API v2: send, look up by eksternReferanse, status
- ``svarinn``  the SvarInn mottaker API: new forsendelser, download, kvitter mottak / mottak feilet
- ``cms``      CMS EnvelopedData (RSA PKCS#1 v1.5 or RSA-OAEP/SHA-256, AES-256-CBC)
"""
