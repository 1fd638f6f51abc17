"""Reading document numbers with the vocabulary of the taxonomies in the database (cached).

The functions live beside the taxonomy models (``documents.models.taxonomy``): a document
page reads its own number when saved. Code outside the models imports them from here.
"""

from documents.models.taxonomy import current_vocabulary, read_number, suggestions

__all__ = ["current_vocabulary", "read_number", "suggestions"]
