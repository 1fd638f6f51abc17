"""RSS of the newest documents: only what readers may see (written by portal.feeds)."""

from portal.feeds import FEED_SIZE, feed_response


def library_feed(library, request):
    def items():
        newest = (
            library.documents()
            .select_related("doc_type", "issuer")
            .order_by("-date_issued", "-pk")[:FEED_SIZE]
        )
        for document in newest:
            url = document.get_full_url(request)
            yield {
                "title": f"{document.doc_type} {document.number}"
                if document.doc_type
                else document.title,
                "link": url,
                "description": document.summary,
                "pubdate": document.first_published_at,
                "unique_id": url,
            }

    def build():
        return {
            "title": library.title,
            "link": library.get_full_url(request),
            "description": library.intro or library.title,
            "items": items(),
        }

    return feed_response(request, f"library-{library.pk}", build)
