"""Site search that understands Vietnamese written with or without marks."""
