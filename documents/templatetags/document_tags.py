"""Template helpers for the library."""

from django import template

from documents.models import DocumentLibraryPage
from portal.cache import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def issuer_name(context, issuer):
    """The issuer's name, with the province from the site settings for local bodies."""
    if issuer is None:
        return ""
    identity = context.get("identity")
    return issuer.display_name(getattr(identity, "province", ""))


@register.inclusion_tag("documents/includes/newest.html", takes_context=True)
def newest_documents(context, count=5):
    """Văn bản mới: the newest documents readers may see, for the home page."""

    def load():
        library = DocumentLibraryPage.objects.live().first()
        if library is None:
            return None, []
        documents = library.documents().select_related("doc_type", "issuer")
        return library, list(documents.order_by("-date_issued", "-pk")[:count])

    library, documents = cached("newest-documents", load, count)
    return {"library": library, "documents": documents, "identity": context.get("identity")}
