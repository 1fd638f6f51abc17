"""The parser's vocabulary comes from the taxonomies in the database (cached)."""

from portal.cache import cached

from .numbers import parse, vocabulary_from


def current_vocabulary():
    from .models import DocumentType, Issuer

    def load():
        types = [(t.system, t.symbol_list) for t in DocumentType.objects.all()]
        issuers = list(Issuer.objects.values_list("system", "code"))
        return vocabulary_from(types, issuers)

    return cached("document-vocabulary", load)


def read_number(text):
    return parse(text, current_vocabulary())


def suggestions(parsed):
    """(document types, issuer) the parsed number points to; the first type is likeliest."""
    from .models import DocumentType, Issuer

    types = []
    if parsed.system:
        candidates = DocumentType.objects.filter(system=parsed.system)
        if parsed.symbol:
            types = [t for t in candidates if parsed.symbol in t.symbol_list]
            # The usual symbol of a type first (QĐ: Quyết định before Quy định).
            types.sort(key=lambda t: t.symbol_list.index(parsed.symbol))
        elif parsed.issuer_code == "QH":
            types = list(candidates.filter(slug__startswith="luat"))
        elif parsed.unit_code:
            types = [t for t in candidates if not t.symbol_list and "công văn" in t.name.lower()]
    issuer = Issuer.objects.filter(code=parsed.issuer_code).first() if parsed.issuer_code else None
    return types, issuer
