"""Documents without a database: templates, archive PDF/A, the journal stamp, merging.

The service layer (app/services/dokumenter.py) stores and versions what these
functions return; the window and the CLI call the service. Nothing here opens
a session or imports Qt: an image or text file is drawn to PDF by a renderer
the caller passes in (the window's is app/widgets/pdfskriver.py), so the core
runs in a script, a test or a server.

- ``maler``: fill a .docx template (docxtpl for ours, MERGEFIELDs unchanged for a
  municipality's own), the typed ``Flettedata``, the shipped default set.
- ``konvertering``: any document to arkivformat PDF/A-2b (LibreOffice, Ghostscript).
- ``pdfa``: check that a PDF really is PDF/A (pikepdf).
- ``stempel``: the registration stamp on page 1 of an incoming PDF.
- ``flett``: several PDFs into one, for paper ekspedering.
- ``feil``: the errors a user can meet here, each with a Norwegian message.
"""
