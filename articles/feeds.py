"""RSS of news and articles: a section's own feed, and the items the site-wide feed shares."""

from portal.feeds import FEED_SIZE, feed_response, item_picture, site_root_url


def article_items(request, articles, section_model):
    """Feed items for the newest of ``articles`` (a listing, newest first): title, address,
    sapo, date, byline, picture, and the title of the ``section_model`` page above each."""
    articles = list(articles.defer_streamfields()[:FEED_SIZE])
    step = section_model.steplen
    sections = dict(
        section_model.objects.filter(
            path__in={article.path[:-step] for article in articles}
        ).values_list("path", "title")
    )
    root_url = site_root_url(request)
    for article in articles:
        url = article.get_full_url(request)
        section = sections.get(article.path[:-step])
        yield {
            "title": article.title,
            "link": url,
            "description": article.sapo,
            "pubdate": article.date or article.first_published_at,
            "unique_id": url,
            "author_name": article.byline or None,
            "categories": [section] if section else (),
            "picture": item_picture(article.featured_image, root_url),
        }


def section_feed(section, request, articles):
    """<section>/rss/: ``articles`` are the news and articles of the section and below."""

    def build():
        return {
            "title": section.title,
            "link": section.get_full_url(request),
            "description": section.intro or section.title,
            "items": article_items(request, articles, type(section)),
        }

    return feed_response(request, f"section-{section.pk}", build)
