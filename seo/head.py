"""What a page's <head> tells search engines, social networks and feed readers.

Computed from what the request already loaded (the page, the route it took, the cached
site identity), so it adds no query: renditions come from Wagtail's rendition cache once
made. templates/includes/seo_head.html prints the result.

Canonical addresses:
- a page: its full URL on the site's own host, query string dropped (tracking, filters);
  a routed view below a page (a week of the work schedule) keeps its routed path;
- page N > 1 of an unfiltered listing is a page of its own: ``?page=N`` stays. A filtered
  listing points at the section itself, which is what it narrows;
- the search form: ``/tim-kiem/`` when empty; results (a query) get none, being
  ``noindex`` and kept from crawlers by robots.txt. Other views (errors) get none.
"""

import html
import json
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.core.paginator import Page as ListingPage
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.functional import LazyObject
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from portal.feeds import site_root_url
from portal.params import query_params
from portal.seo_facts import ArticleFacts, SharedAsArticle

# A shared article's picture: the 1.91:1 networks show, as JPEG (small, opened everywhere).
SHARE_SPEC = "fill-1200x630|format-jpeg"
# The emblem, uncropped: the fallback picture and the publisher's logo.
LOGO_SPEC = "max-600x600|format-png"
DESCRIPTION_LENGTH = 300
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}
# Parameters that say where a reader came from, never what the page shows.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "zarsrc", "mc_cid", "mc_eid"}
# Views other than pages that have a canonical address (when asked without parameters).
CANONICAL_VIEWS = {"search"}

_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass
class Picture:
    url: str
    width: int
    height: int
    alt: str = ""
    mime_type: str = ""

    def as_image_object(self):
        return {"@type": "ImageObject", "url": self.url, "width": self.width, "height": self.height}


@dataclass
class Feed:
    title: str
    url: str


@dataclass
class HeadTags:
    description: str = ""
    canonical: str = ""
    feeds: list = field(default_factory=list)
    # Open Graph and Twitter: only on pages.
    title: str = ""
    site_name: str = ""
    og_type: str = ""
    locale: str = ""
    picture: Picture | None = None
    twitter_card: str = ""
    published_time: str = ""
    modified_time: str = ""
    section: str = ""
    tags: list = field(default_factory=list)
    json_ld: str = ""


def json_ld_script(data):
    """A <script type="application/ld+json"> that no text in ``data`` can close early."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    return mark_safe(
        f'<script type="application/ld+json">{text.translate(_JSON_SCRIPT_ESCAPES)}</script>'
    )


def iso_datetime(value):
    """2026-11-29T08:30:00+07:00: in the site's time zone, to the second."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def plain_text(value, length=DESCRIPTION_LENGTH):
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    return Truncator(text).chars(length)


def page_description(page):
    """The editor's search description, else the page's own lead (sapo, intro, summary)."""
    for name in ("search_description", "sapo", "intro", "summary"):
        text = plain_text(getattr(page, name, ""))
        if text:
            return text
    return ""


def _compact(data):
    """``data`` without its empty values (JSON-LD leaves out what is unknown)."""
    if isinstance(data, dict):
        data = {key: _compact(value) for key, value in data.items()}
        return {key: value for key, value in data.items() if value not in ("", None, [], {})}
    if isinstance(data, list):
        return [item for item in map(_compact, data) if item not in ("", None, [], {})]
    return data


def _tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _listing_page(context):
    """The page of results a listing shows (a section's articles, the library's documents)."""
    for value in context.flatten().values():
        if isinstance(value, LazyObject):
            continue  # would be evaluated (the user: a query) for nothing
        if isinstance(value, ListingPage):
            return value
        nested = getattr(value, "__dict__", {}).get("page")
        if isinstance(nested, ListingPage):
            return nested
    return None


def canonical_url(context, request, page, root_url):
    parameters = [name for name in query_params(request).names() if not _tracking(name)]
    if page is None:
        match = request.resolver_match
        if match and match.url_name in CANONICAL_VIEWS and not parameters:
            return root_url + request.path
        return ""
    url = page.get_full_url(request)
    if not url:
        return ""
    page_path = urlsplit(url).path
    if request.path.startswith(page_path) and len(request.path) > len(page_path):
        url += request.path[len(page_path) :]  # a routed view below the page
    if parameters == ["page"]:
        listing = _listing_page(context)
        if listing is not None and listing.number > 1:
            url += f"?page={listing.number}"
    return url


def _ancestors(page, request):
    """The pages above ``page`` below the tree root (free when the request routed here)."""
    if (page.depth or 0) > 2 and hasattr(page, "breadcrumb_ancestors"):
        return page.breadcrumb_ancestors(request)
    return []


def _feed_of(page, request):
    """The address of ``page``'s own RSS feed, when it has one (a route named "feed")."""
    try:
        return page.get_url(request) + page.reverse_subpage("feed")
    except (AttributeError, NoReverseMatch, TypeError):
        return None


def _picture(image, spec, root_url):
    rendition = image.get_rendition(spec)
    mime_type = {"jpeg": "image/jpeg", "png": "image/png"}.get(spec.rsplit("format-", 1)[-1], "")
    return Picture(
        url=urljoin(root_url + "/", rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=image.description or "",
        mime_type=mime_type,
    )


def _organisation_name(identity, site):
    return (
        identity.organisation_name
        or (site.site_name if site else "")
        or identity.site_title
        or _("Website")
    )


def organisation(identity, site, root_url, logo):
    """schema.org Organization of the site's owner, from the site identity."""
    return _compact(
        {
            "@type": "Organization",
            "@id": f"{root_url}/#organisation",
            "name": _organisation_name(identity, site),
            "alternateName": [identity.short_name, identity.organisation_name_en],
            "url": root_url + "/",
            "logo": logo.as_image_object() if logo else None,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": identity.address,
                "addressRegion": identity.province,
                "addressCountry": "VN" if identity.address else "",
            }
            if identity.address
            else None,
            "telephone": identity.phone,
            "email": identity.email,
            "parentOrganization": {"@type": "Organization", "name": identity.governing_body}
            if identity.governing_body
            else None,
        }
    )


def news_article(facts: ArticleFacts, tags, organisation_data):
    """schema.org NewsArticle of a page shared as an article."""
    author = facts.author
    if author is None:
        author = {
            "@type": "Organization",
            "@id": organisation_data.get("@id"),
            "name": organisation_data.get("name"),
        }
    publisher = {
        key: organisation_data[key]
        for key in ("@type", "@id", "name", "url", "logo")
        if key in organisation_data
    }
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": tags.title,
            "description": tags.description,
            "datePublished": tags.published_time,
            "dateModified": tags.modified_time,
            "author": [author],
            "publisher": publisher,
            "image": [tags.picture.as_image_object()] if tags.picture else [],
            "mainEntityOfPage": {"@type": "WebPage", "@id": tags.canonical},
            "url": tags.canonical,
            "articleSection": tags.section,
            "keywords": tags.tags,
            "inLanguage": translation.get_language() or "vi",
            "isBasedOn": facts.based_on,
        }
    )


def head_tags(context):
    """Everything seo_head.html prints for the page (or view) being rendered."""
    request = context.get("request")
    if request is None:
        return HeadTags()
    site = context.get("current_site")
    identity = context.get("identity")
    root_url = site.root_url if site else site_root_url(request)
    page = context.get("page")
    tags = HeadTags(feeds=[Feed(_("Latest news"), reverse("news_feed"))])
    if page is None or not hasattr(page, "get_full_url"):
        tags.canonical = canonical_url(context, request, None, root_url)
        return tags

    tags.description = page_description(page)
    tags.canonical = canonical_url(context, request, page, root_url)
    ancestors = _ancestors(page, request)
    for candidate in [page, *reversed(ancestors)]:
        feed_url = _feed_of(candidate, request)
        if feed_url:
            tags.feeds.append(Feed(candidate.title, feed_url))
            break

    is_home = bool(site) and page.pk == site.root_page_id
    tags.site_name = _organisation_name(identity, site) if identity else ""
    tags.title = page.seo_title or (
        (identity.organisation_name or identity.site_title) if is_home and identity else ""
    )
    tags.title = tags.title or page.title
    tags.locale = OG_LOCALES.get(translation.get_language() or "vi", "vi_VN")
    logo = _picture(identity.emblem, LOGO_SPEC, root_url) if identity and identity.emblem else None
    featured = getattr(page, "featured_image", None)
    tags.picture = _picture(featured, SHARE_SPEC, root_url) if featured else logo
    tags.twitter_card = "summary_large_image" if featured else "summary"
    organisation_data = organisation(identity, site, root_url, logo) if identity else {}

    if isinstance(page, SharedAsArticle):
        facts = page.article_facts()
        tags.og_type = "article"
        tags.published_time = iso_datetime(facts.published)
        tags.modified_time = iso_datetime(facts.modified)
        section = ancestors[-1] if ancestors else None
        tags.section = section.title if section and section.depth > 2 else ""
        tags.tags = [tag.name for tag in context.get("tags") or ()]
        tags.json_ld = json_ld_script(news_article(facts, tags, organisation_data))
    else:
        tags.og_type = "website"
        if is_home and organisation_data:
            tags.json_ld = json_ld_script({"@context": "https://schema.org", **organisation_data})
    return tags
