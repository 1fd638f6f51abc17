"""Text as other keyboards type it."""

import unicodedata


def nfd(text):
    """``text`` decomposed, as a Mac types Vietnamese."""
    return unicodedata.normalize("NFD", text)
