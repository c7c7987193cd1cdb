"""The ekspedering channels without a database or a window: e-mail, paper, and their errors.

The service (app/services/ekspedering/) decides who gets what and records every forsendelse
before and after; these modules only build and deliver one message:

- ``epost``: one e-mail per mottaker (the arkivformat PDFs attached, or the hoveddokument's
  text as the body), sent over SMTP (none, STARTTLS or TLS; a login when a user is set) or
  written as an unsent .eml (``X-Unsent: 1``) for the user's own mail program.
- ``papir``: the documents merged into one printable PDF per mottaker, the address laid in the
  window of the envelope where the letter template puts it.
- ``feil``: ``KanalFeil``, a channel's Norwegian message and whether a retry may help.

Nothing here imports SQLAlchemy or Qt (tests/test_kjerne.py holds the line).
"""
