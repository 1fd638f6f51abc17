"""What makes the site look neglected: each check yields a problem with a link to fix it."""

import datetime
from dataclasses import dataclass, replace

from django.contrib.auth.models import AbstractUser
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage
from articles.rules import FEATURED_IMAGE_MIN_SIZE
from banners.models import Banner
from documents.models import DocumentPage
from home.models import StandardPage
from navigation.models import Menu
from navigation.rendering import build_tree, problems, targets_of
from portal.dates import short_date
from portal.models import PortalDocument
from portal.visibility import may_read_drafts_of

STALE_AFTER_DAYS = 90


@dataclass
class Problem:
    area: str
    subject: str
    detail: str
    target: Model  # what to open to fix it
    edit_url: str = ""


def banner_problems(now):
    for banner in Banner.objects.select_related("image").order_by("slot", "sort_order", "pk"):
        status = _("published") if banner.live else _("draft")
        subject = f"{banner.title} ({banner.get_slot_display()}, {status})"
        for detail in (banner.image_problem(), banner.target_problem()):
            if detail:
                yield Problem(_("Banner"), subject, detail, banner)
        if banner.live and banner.expire_at and banner.expire_at <= now:
            yield Problem(
                _("Banner"),
                subject,
                _("Expired on %(date)s but still placed.") % {"date": short_date(banner.expire_at)},
                banner,
            )


def _empty_page_ids(page_ids):
    """Sections with no published article below them, standard pages without a body."""
    empty = set()
    for section in ArticleIndexPage.objects.filter(pk__in=page_ids):
        if not ArticlePage.objects.live().descendant_of(section).exists():
            empty.add(section.pk)
    for page in StandardPage.objects.filter(pk__in=page_ids):
        if not len(page.body) and not page.intro:
            empty.add(page.pk)
    return empty


def menu_problems():
    for menu in Menu.objects.filter(live=True):
        raw = menu.items.raw_data
        for position, label, detail in problems(build_tree(raw)):
            yield Problem(
                _("Menu"),
                f"{menu} › {position}. {label}",
                detail,
                menu,
            )
        page_ids, _documents = targets_of(raw)
        if page_ids:
            for page in Page.objects.filter(pk__in=_empty_page_ids(page_ids)):
                yield Problem(
                    _("Menu"),
                    f"{menu} › {page.title}",
                    _("The page it leads to is empty."),
                    page,
                )


def stale_sections(now):
    since = now - datetime.timedelta(days=STALE_AFTER_DAYS)
    for section in ArticleIndexPage.objects.live().order_by("path"):
        recent = ArticlePage.objects.live().descendant_of(section).filter(date__gte=since)
        if not recent.exists():
            yield Problem(
                pgettext("health", "Section"),
                section.title,
                _("No article in the last %(days)s days.") % {"days": STALE_AFTER_DAYS},
                section,
            )


def small_article_images():
    width, height = FEATURED_IMAGE_MIN_SIZE
    small = (
        ArticlePage.objects.live()
        .filter(Q(featured_image__width__lt=width) | Q(featured_image__height__lt=height))
        .select_related("featured_image")
        .order_by("-date")
    )
    for article in small:
        image = article.featured_image
        yield Problem(
            _("Article"),
            article.title,
            _("The featured image is %(w)s×%(h)s pixels; at least %(mw)s×%(mh)s is needed.")
            % {"w": image.width, "h": image.height, "mw": width, "mh": height},
            article,
        )


def document_problems():
    """Numbers the parser could not read, plans naming a period with no expiry date, files
    whose text could not be read."""
    for document in DocumentPage.objects.exclude(number_flags="").order_by("path"):
        yield Problem(
            pgettext("health", "Document"),
            document.title,
            _("The number and symbol '%(number)s' could not be read (%(flags)s).")
            % {"number": document.number, "flags": document.number_flags},
            document,
        )
    open_ended = (
        DocumentPage.objects.filter(expiry_date__isnull=True, status_override="")
        .select_related("doc_type")
        .order_by("path")
    )
    today = timezone.localdate()
    for document in open_ended:
        problem = document.period_problem(today)
        if problem:
            yield Problem(pgettext("health", "Document"), document.title, problem, document)
    unreadable = PortalDocument.objects.filter(
        text_status__in=[PortalDocument.TextStatus.NO_TEXT, PortalDocument.TextStatus.UNREADABLE]
    ).order_by("title")
    for file in unreadable:
        yield Problem(
            pgettext("health", "File"),
            file.title,
            file.get_text_status_display(),
            file,
        )


def all_problems(user: AbstractUser | None = None) -> list[Problem]:
    """Every problem with the link to fix it; given a user, only those about something they
    may edit or publish.

    Subjects name drafts (a banner not yet published, a document record being written), so a
    problem is listed only to those who may read what it is about; the link to fix it only
    to those who may edit it (the chief editor sees a banner's problem, and takes the banner
    down or sends it back, without editing it).
    """

    now = timezone.now()
    finder = AdminURLFinder(user)
    found = []
    for problem in (
        *banner_problems(now),
        *menu_problems(),
        *stale_sections(now),
        *small_article_images(),
        *document_problems(),
    ):
        edit_url = finder.get_edit_url(problem.target)
        if edit_url or (user is not None and may_read_drafts_of(user, problem.target)):
            found.append(replace(problem, edit_url=edit_url or ""))
    return found
