"""English for the connection dialog's sign-in (issue 21)."""

EN = {
    "Logg inn med kommunens konto i nettleseren": "Sign in with the municipality's account in the browser",
    "OpenID Connect: du logger inn hos kommunens identitetsleverandør (for eksempel Entra ID)": (
        "OpenID Connect: you sign in with the municipality's identity provider (for example Entra ID)"
    ),
    "Fullfør innloggingen i nettleseren …": "Finish signing in in the browser …",
}
