"""What the demo site holds, in a form to compare before and after a change to its loaders.

Everything is named by what a reader or an editor sees (addresses, titles, numbers, user
names), never by primary keys or file names, and dates are counted from the week of loading,
so two builds of the same demo describe alike.
"""

import datetime
from collections import Counter
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection, Page


def _model(label: str):
    return apps.get_model(label)


def _label(page: Page) -> str:
    content_type = page.content_type
    return f"{content_type.app_label}.{content_type.model}"


def _pages() -> list[list[Any]]:
    pages = Page.objects.filter(depth__gte=2).select_related("content_type")
    return sorted([page.url_path, _label(page), page.title, page.live] for page in pages)


def _menu_items(items: list[dict], paths: dict[int, str]) -> list[list[Any]]:
    described = []
    for item in items:
        value = item.get("value") or {}
        target = paths.get(value.get("page")) or value.get("url") or ""
        children = _menu_items(value.get("children") or [], paths)
        described.append([value.get("label", ""), target, children])
    return described


def _menus(paths: dict[int, str]) -> dict[str, Any]:
    menus = _model("navigation.Menu").objects.order_by("location")
    return {
        menu.location: {"live": menu.live, "items": _menu_items(menu.items.raw_data, paths)}
        for menu in menus
    }


def _banners(paths: dict[int, str]) -> list[list[Any]]:
    banners = _model("banners.Banner").objects.all()
    return sorted(
        [
            banner.slot,
            banner.sort_order,
            banner.title,
            banner.text,
            banner.live,
            banner.festive,
            paths.get(banner.target_page_id) or banner.target_url,
            banner.image.title if banner.image_id else None,
        ]
        for banner in banners
    )


def _documents() -> list[list[Any]]:
    documents = (
        _model("documents.DocumentPage")
        .objects.select_related("doc_type", "issuer")
        .prefetch_related("attachments__file")
    )
    return sorted(
        [
            document.number,
            document.doc_type.name,
            document.issuer.code,
            document.system,
            str(document.date_issued),
            document.summary,
            document.live,
            document.publishable,
            sorted(attachment.file.title for attachment in document.attachments.all()),
        ]
        for document in documents
    )


def _schedule() -> list[list[Any]]:
    monday = timezone.localdate()
    monday -= datetime.timedelta(days=monday.weekday())
    entries = _model("schedule.ScheduleEntry").objects.all()
    return sorted(
        [
            (entry.date - monday).days,
            str(entry.start_time),
            entry.content,
            entry.presides,
            entry.place,
            entry.live,
        ]
        for entry in entries
    )


def _polls() -> dict[str, Any]:
    polls = _model("polls.PollPage").objects.prefetch_related("options")
    votes = Counter(
        _model("polls.PollVote").objects.values_list("poll__slug", "option__label").iterator()
    )
    return {
        poll.slug: [
            [option.label, votes[(poll.slug, option.label)]] for option in poll.options.all()
        ]
        for poll in polls
    }


def _reader_messages() -> list[list[Any]]:
    messages = _model("interaction.ReaderMessage").objects.select_related("topic")
    return sorted(
        [
            message.kind,
            message.name,
            message.topic.name if message.topic_id else None,
            message.text,
            message.status,
            message.published,
        ]
        for message in messages
    )


def _users() -> list[list[Any]]:
    users = get_user_model().objects.prefetch_related("groups")
    return sorted(
        [user.username, user.is_superuser, sorted(group.name for group in user.groups.all())]
        for user in users
    )


def _names(label: str, field: str) -> list[str]:
    return sorted(_model(label).objects.values_list(field, flat=True))


def describe_site() -> dict[str, Any]:
    """The demo as data: pages, snippets, documents, accounts and pictures."""
    paths = dict(Page.objects.values_list("pk", "url_path"))
    articles = _model("articles.ArticlePage").objects
    return {
        "pages": _pages(),
        "articles_by_kind": dict(Counter(articles.values_list("kind__slug", flat=True).iterator())),
        "documents": _documents(),
        "banners": _banners(paths),
        "menus": _menus(paths),
        "units": sorted(_model("units.Unit").objects.values_list("short_code", "name")),
        "outlets": _names("articles.Outlet", "name"),
        "topic_series": _names("articles.TopicSeries", "slug"),
        "officials": _names("home.ContactOfficial", "name"),
        "schedule": _schedule(),
        "polls": _polls(),
        "reader_messages": _reader_messages(),
        "users": _users(),
        "images": _names("portal.PortalImage", "title"),
        "collections": _names("wagtailcore.Collection", "name")
        if Collection.objects.exists()
        else [],
    }
