"""Reports: the public journal (offentlig journal / postliste)."""
