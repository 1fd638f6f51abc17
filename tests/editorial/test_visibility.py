"""A draft is read only by those who may edit it: contributors see live content and their own.

Other people's drafts (never published, in review, or the new title of a live page) must not
reach a contributor through a report, an export, a chooser, a search or the admin API; the
board still sees what it works on.
"""

import datetime
import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import DraftStateMixin
from wagtail.snippets.models import get_snippet_models

from banners.models import Banner
from navigation.models import Menu
from portal.publishing import direct_publishing
from schedule.models import ScheduleEntry
from tests.articles.factories import ArticlePageFactory
from tests.banners.factories import BannerFactory
from tests.editorial.utils import create_article, edit_article
from tests.navigation.factories import menu_item

pytestmark = pytest.mark.django_db

EDITOR_DRAFT = "Dự thảo báo cáo chính trị của biên tập viên"
IN_REVIEW = "Bài chờ kiểm duyệt của cộng tác viên khác"
LIVE_TITLE = "Hội nghị tổng kết công tác năm"
NEW_DRAFT_TITLE = "Tiêu đề mới đang biên tập lại"
OWN_DRAFT = "Bài nháp riêng của cộng tác viên"
DRAFT_BANNER = "Banner cuộc thi chưa duyệt"
LIVE_BANNER = "Banner tuyên truyền đang đăng"
DRAFT_ENTRY = "Họp Ban Thường vụ chưa công bố"
LIVE_ENTRY = "Giao ban Văn phòng đã duyệt"
OTHERS_DRAFTS = (EDITOR_DRAFT, IN_REVIEW, NEW_DRAFT_TITLE)


def text_of(response):
    """What the user receives, as text: HTML, JSON (unescaped), CSV or XLSX."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if "spreadsheetml" in kind:
        sheet = load_workbook(io.BytesIO(content)).active
        return "\n".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    if "json" in kind:
        return json.dumps(json.loads(content), ensure_ascii=False)
    return content.decode("utf-8")


def seen_by(client, user, url, **params):
    client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return text_of(response)


def publish(obj):
    with direct_publishing("test set-up"):
        obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


@pytest.fixture
def drafts(client, section, board):
    """Everyone's work in one news section and among the moderated snippets; the editor's
    draft is the article edited last."""
    client.force_login(board["contributor"])
    _response, own = create_article(client, section, action=None, title=OWN_DRAFT)

    client.force_login(board["contributor2"])
    _response, in_review = create_article(client, section, title=IN_REVIEW)

    client.force_login(board["editor_a"])
    live = publish(ArticlePageFactory(parent=section, title=LIVE_TITLE))
    edit_article(client, live, title=NEW_DRAFT_TITLE)
    _response, editor_draft = create_article(client, section, action=None, title=EDITOR_DRAFT)

    draft_banner = BannerFactory(title=DRAFT_BANNER, image=None)  # also a content-health problem
    draft_banner.save_revision(user=board["admin"])
    draft_banner.get_workflow().start(draft_banner, board["admin"])
    live_banner = publish(BannerFactory(title=LIVE_BANNER))
    draft_menu = Menu.objects.create(location="footer", items=[menu_item(section)], live=False)
    draft_menu.save_revision(user=board["admin"])
    live_menu = publish(
        Menu.objects.create(location="main", items=[menu_item(section)], live=False)
    )
    today = datetime.date.today()
    draft_entry = ScheduleEntry.objects.create(date=today, content=DRAFT_ENTRY, live=False)
    draft_entry.save_revision(user=board["editor_a"])
    live_entry = publish(ScheduleEntry.objects.create(date=today, content=LIVE_ENTRY, live=False))

    client.get(reverse("wagtailadmin_home"))  # shows (and clears) the messages of the saves
    return {
        "editor_draft": editor_draft,
        "live": live,
        "in_review": in_review,
        "own": own,
        "draft_banner": draft_banner,
        "live_banner": live_banner,
        "draft_menu": draft_menu,
        "live_menu": live_menu,
        "draft_entry": draft_entry,
        "live_entry": live_entry,
    }


def bulk(app_label, model_name, action, **params):
    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
    return url, params


# Every listing a contributor reaches that could name a draft: (what, its URL and query).
LISTINGS = {
    "health report": lambda s, d: (reverse("content_health"), {}),
    "health CSV": lambda s, d: (reverse("content_health"), {"export": "csv"}),
    "health XLSX": lambda s, d: (reverse("content_health"), {"export": "xlsx"}),
    "site history": lambda s, d: (reverse("wagtailadmin_reports:site_history"), {}),
    "site history CSV": lambda s, d: (
        reverse("wagtailadmin_reports:site_history"),
        {"export": "csv"},
    ),
    "site history XLSX": lambda s, d: (
        reverse("wagtailadmin_reports:site_history"),
        {"export": "xlsx"},
    ),
    "site history filtered": lambda s, d: (
        reverse("wagtailadmin_reports:site_history_results"),
        {"label": "dự thảo"},
    ),
    "page chooser": lambda s, d: (reverse("wagtailadmin_choose_page_child", args=[s.pk]), {}),
    "page chooser search": lambda s, d: (
        reverse("wagtailadmin_choose_page_search"),
        {"q": "dự thảo"},
    ),
    "page chooser search, in review": lambda s, d: (
        reverse("wagtailadmin_choose_page_search"),
        {"q": "kiểm duyệt"},
    ),
    "page chooser, chosen by id": lambda s, d: (
        reverse("wagtailadmin_choose_page_chosen_multiple"),
        {"id": [d["editor_draft"].pk, d["in_review"].pk, d["live"].pk]},
    ),
    "admin API search": lambda s, d: (
        reverse("wagtailadmin_api:pages:listing"),
        {"search": "dự thảo"},
    ),
    "admin API children": lambda s, d: (
        reverse("wagtailadmin_api:pages:listing"),
        {"child_of": s.pk},
    ),
    "admin API explorer": lambda s, d: (
        reverse("wagtailadmin_api:pages:listing"),
        {"child_of": s.pk, "for_explorer": 1},
    ),
    "admin API live page": lambda s, d: (
        reverse("wagtailadmin_api:pages:detail", args=[d["live"].pk]),
        {},
    ),
    "explorer": lambda s, d: (reverse("wagtailadmin_explore", args=[s.pk]), {}),
    "explorer search": lambda s, d: (
        reverse("wagtailadmin_explore", args=[s.pk]),
        {"q": "dự thảo"},
    ),
    "page search": lambda s, d: (reverse("wagtailadmin_pages:search"), {"q": "dự thảo"}),
    "page search results": lambda s, d: (
        reverse("wagtailadmin_pages:search_results"),
        {"q": "kiểm duyệt"},
    ),
    "page types usage": lambda s, d: (reverse("wagtailadmin_reports:page_types_usage"), {}),
    "pages of a type": lambda s, d: (
        reverse("wagtailadmin_pages:type_use", args=["articles", "articlepage"]),
        {},
    ),
    "bulk delete of a section": lambda s, d: bulk(
        "wagtailcore", "page", "delete", id="all", childOf=s.pk
    ),
    "bulk publish of a section": lambda s, d: bulk(
        "wagtailcore", "page", "publish", id="all", childOf=s.pk
    ),
    "bulk move of a section": lambda s, d: bulk(
        "wagtailcore", "page", "move", id="all", childOf=s.pk
    ),
    "bulk unpublish of a section": lambda s, d: bulk(
        "wagtailcore", "page", "unpublish", id="all", childOf=s.pk
    ),
    "bulk delete of banners": lambda s, d: bulk("banners", "banner", "delete", id="all"),
    "bulk delete of schedule entries": lambda s, d: bulk(
        "schedule", "scheduleentry", "delete", id="all"
    ),
}


def what_shows(client, user, section, drafts, wheres, titles):
    """For each listing, which of ``titles`` it shows to ``user``."""
    shown = {}
    for where in wheres:
        url, params = LISTINGS[where](section, drafts)
        text = seen_by(client, user, url, **params)
        shown[where] = [title for title in titles if title in text]
    return shown


def test_a_contributor_sees_no_draft_of_others(client, board, section, drafts):
    secrets = (*OTHERS_DRAFTS, DRAFT_BANNER, DRAFT_ENTRY)
    shown = what_shows(client, board["contributor"], section, drafts, LISTINGS, secrets)
    leaks = {where: titles for where, titles in shown.items() if titles}
    assert not leaks, f"another user's drafts reach a contributor: {leaks}"


def test_a_contributor_sees_live_pages_under_their_live_title(client, board, section, drafts):
    wheres = [
        "page chooser",
        "page chooser, chosen by id",
        "admin API children",
        "admin API explorer",
        "admin API live page",
        "explorer",
        "pages of a type",
    ]
    shown = what_shows(client, board["contributor"], section, drafts, wheres, [LIVE_TITLE])
    assert all(shown.values()), f"the live title is missing from {shown}"


def test_a_contributor_sees_their_own_drafts(client, board, section, drafts):
    wheres = ["page chooser", "admin API children", "explorer", "pages of a type", "site history"]
    shown = what_shows(client, board["contributor"], section, drafts, wheres, [OWN_DRAFT])
    assert all(shown.values()), f"the contributor's own draft is missing from {shown}"


def test_searches_find_a_contributors_own_draft(client, board, drafts):
    contributor = board["contributor"]
    for url, query in (
        (reverse("wagtailadmin_choose_page_search"), {"q": "nháp riêng"}),
        (reverse("wagtailadmin_pages:search"), {"q": "nháp riêng"}),
        (reverse("wagtailadmin_api:pages:listing"), {"search": "nháp riêng"}),
    ):
        assert OWN_DRAFT in seen_by(client, contributor, url, **query), url


def test_another_users_draft_cannot_be_opened_by_its_address(client, board, drafts):
    client.force_login(board["contributor"])
    for url_name in (
        "wagtailadmin_explore",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_api:pages:detail",
    ):
        response = client.get(reverse(url_name, args=[drafts["editor_draft"].pk]))
        assert response.status_code == 404, url_name
        assert EDITOR_DRAFT not in text_of(response), url_name


def test_the_health_report_lists_what_the_board_may_fix(client, board, drafts):
    # The administrator edits banners: the draft banner's missing picture is theirs to fix.
    url = reverse("content_health")
    assert DRAFT_BANNER in seen_by(client, board["admin"], url)
    assert DRAFT_BANNER in seen_by(client, board["admin"], url, export="csv")


def snippet_chooser(model, view="choose", *args):
    opts = model._meta
    return reverse(f"wagtailsnippetchoosers_{opts.app_label}_{opts.model_name}:{view}", args=args)


def test_snippet_choosers_offer_others_only_live_snippets(client, board, drafts):
    client.force_login(board["contributor"])
    for draft_key, live_key in (
        ("draft_banner", "live_banner"),
        ("draft_menu", "live_menu"),
        ("draft_entry", "live_entry"),
    ):
        draft, live = drafts[draft_key], drafts[live_key]
        model = type(draft)
        for view in ("choose", "choose_results"):
            text = text_of(client.get(snippet_chooser(model, view)))
            assert snippet_chooser(model, "chosen", draft.pk) not in text, f"{view}: {draft}"
            assert snippet_chooser(model, "chosen", live.pk) in text, f"{view}: {live}"
        chosen = client.get(snippet_chooser(model, "chosen", draft.pk))
        assert chosen.status_code == 404, f"a draft {model.__name__} can be chosen"
        assert client.get(snippet_chooser(model, "chosen", live.pk)).status_code == 200
        several = client.get(snippet_chooser(model, "chosen_multiple"), {"id": [draft.pk, live.pk]})
        chosen_ids = {item["id"] for item in json.loads(several.content)["result"]}
        assert chosen_ids == {str(live.pk)}, f"a draft {model.__name__} can be chosen"
    searched = text_of(client.get(snippet_chooser(Banner, "choose_results"), {"q": "Banner"}))
    assert DRAFT_BANNER not in searched and LIVE_BANNER in searched


def test_the_board_chooses_the_drafts_it_works_on(client, board, drafts):
    text = seen_by(client, board["admin"], snippet_chooser(Banner))
    assert DRAFT_BANNER in text and LIVE_BANNER in text
    text = seen_by(client, board["editor_b"], snippet_chooser(ScheduleEntry))
    assert DRAFT_ENTRY in text and LIVE_ENTRY in text


def test_every_snippet_with_drafts_uses_the_draft_aware_chooser():
    from portal.snippets import DraftAwareSnippetChooserViewSet

    for model in get_snippet_models():
        if issubclass(model, DraftStateMixin):
            chooser = model.snippet_viewset.chooser_viewset_class
            assert issubclass(chooser, DraftAwareSnippetChooserViewSet), model


def test_workflow_reports_hide_others_work_in_review(client, board, drafts):
    client.force_login(board["contributor"])
    create_article(client, drafts["own"].get_parent(), title="Bài của tôi gửi duyệt")
    for name in ("workflow", "workflow_tasks"):
        url = reverse(f"wagtailadmin_reports:{name}")
        for params in ({}, {"export": "csv"}):
            text = seen_by(client, board["contributor"], url, **params)
            assert IN_REVIEW not in text and DRAFT_BANNER not in text, (name, params)
            assert "Bài của tôi gửi duyệt" in text, (name, params)


def test_the_board_sees_every_draft_it_edits(client, board, section, drafts):
    editor = board["editor_b"]
    explorer = seen_by(client, editor, reverse("wagtailadmin_explore", args=[section.pk]))
    for title in (EDITOR_DRAFT, IN_REVIEW, NEW_DRAFT_TITLE, OWN_DRAFT):
        assert title in explorer, f"an editor cannot see {title!r}"
    api = seen_by(client, editor, reverse("wagtailadmin_api:pages:listing"), child_of=section.pk)
    assert EDITOR_DRAFT in api and NEW_DRAFT_TITLE in api
    history = seen_by(client, board["chief"], reverse("wagtailadmin_reports:site_history"))
    assert EDITOR_DRAFT in history and IN_REVIEW in history
    assert IN_REVIEW in seen_by(client, editor, reverse("wagtailadmin_reports:workflow"))


def test_outside_a_request_the_admin_title_is_the_drafts(drafts):
    """Commands and scheduled tasks (and the mail they send reviewers) see the draft."""
    live = type(drafts["live"]).objects.get(pk=drafts["live"].pk)
    assert live.get_admin_display_title() == NEW_DRAFT_TITLE
    assert drafts["editor_draft"].get_admin_display_title() == EDITOR_DRAFT


def test_the_chief_editor_sees_banner_problems_without_an_edit_link(client, board, drafts):
    """The chief editor approves and takes down banners without editing them: the report
    names the problem, and offers no link to a screen they may not open."""
    url = reverse("content_health")
    client.force_login(board["chief"])
    page = text_of(client.get(url))
    assert DRAFT_BANNER in page
    banner_edit = reverse("wagtailsnippets_banners_banner:edit", args=[drafts["draft_banner"].pk])
    assert banner_edit not in page
    assert DRAFT_BANNER not in seen_by(client, board["contributor"], url)
