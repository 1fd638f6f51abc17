"""RSS of the newest documents: only what readers may see."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

FEED_SIZE = 30


def library_feed(library, request):
    from portal.context_processors import cached_identity

    site = Site.find_for_request(request)
    identity = cached_identity(site) if site else None
    feed = Rss201rev2Feed(
        title=f"{library.title} – {identity.short_name or identity.organisation_name}"
        if identity
        else library.title,
        link=library.get_full_url(request),
        description=library.intro or library.title,
        language="vi",
    )
    newest = (
        library.documents()
        .select_related("doc_type", "issuer")
        .order_by("-date_issued", "-pk")[:FEED_SIZE]
    )
    for document in newest:
        when = document.first_published_at or timezone.now()
        feed.add_item(
            title=f"{document.doc_type} {document.number}" if document.doc_type else document.title,
            link=document.get_full_url(request),
            description=document.summary,
            pubdate=when,
            unique_id=document.get_full_url(request),
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
