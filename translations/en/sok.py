"""English for the global search: the count beside the hits."""

EN = {
    "viser de første %1 av %2 treff": "showing the first %1 of %2 hits",
    "viser de første %1 treff, teller …": "showing the first %1 hits, counting …",
}
