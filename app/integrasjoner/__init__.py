"""Clients of the national services (KS Fiks, Enhetsregisteret, eInnsyn): formats and HTTP only.

No database and no Qt: each module turns a public specification into plain data and back, so
the services (app/services/arkivmelding.py, enhetsregister.py, einnsyn.py) decide what is stored
and the tests run the clients against local fake servers that follow the same specifications. The KS Fiks forsendelse clients (SvarUt, SvarInn, CMS) are in
``fiks``.
"""
