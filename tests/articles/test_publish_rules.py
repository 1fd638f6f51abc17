"""What publishing needs, by kind, on every path: scripts, the scheduler, workflow approval."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from freezegun import freeze_time

from articles.models import ArticlePage
from portal.publishing import PublishRefused
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    OutletFactory,
    article_kind,
)
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home)


def draft(section, **fields):
    page = ArticlePageFactory(parent=section, live=False, **fields)
    return page, page.save_revision(clean=False)  # a draft, as the editor saves it


def test_complete_news_publishes(section):
    page, revision = draft(section)
    revision.publish()
    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"sapo": ""}, "sapo"),
        ({"featured_image": None}, "featured_image"),
        ({"kind": None}, "kind"),
    ],
)
def test_own_news_needs_sapo_image_and_kind(section, fields, field):
    page, revision = draft(section, **fields)
    assert field in [f for f, _message in page.publish_problems()]
    with pytest.raises(PublishRefused):
        revision.publish()
    page.refresh_from_db()
    assert not page.live


def test_refusal_is_in_vietnamese(section):
    page, revision = draft(section, sapo="")
    with translation.override("vi"), pytest.raises(PublishRefused) as refused:
        revision.publish()
    assert "sapo" in " ".join(refused.value.messages).lower()
    assert "Viết sapo" in " ".join(refused.value.messages)


def test_outlet_link_needs_only_title_sapo_outlet_and_address(section):
    outlet = OutletFactory(full_text_allowed=False)
    page, revision = draft(
        section,
        kind=article_kind("tin-lien-ket"),
        featured_image=None,
        body=[],
        outlet=outlet,
        original_url="https://baothanhhoa.example.vn/bai-goc.html",
    )
    assert page.publish_problems() == []
    revision.publish()
    page.refresh_from_db()
    assert page.live


def test_outlet_link_never_copies_what_the_outlet_does_not_permit(section):
    outlet = OutletFactory(full_text_allowed=False)
    page, revision = draft(
        section,
        kind=article_kind("tin-lien-ket"),
        outlet=outlet,
        original_url="https://baothanhhoa.example.vn/bai-goc.html",
        body=[("paragraph", "<p>Toàn văn sao chép.</p>")],
    )
    fields = {field for field, _message in page.publish_problems()}
    assert fields == {"body", "featured_image"}
    with pytest.raises(PublishRefused):
        revision.publish()
    outlet.full_text_allowed = True
    outlet.save()
    page.refresh_from_db()
    assert page.publish_problems() == []


def test_outlet_link_without_outlet_or_address_is_refused(section):
    page, revision = draft(section, kind=article_kind("tin-lien-ket"), featured_image=None, body=[])
    fields = {field for field, _message in page.publish_problems()}
    assert fields == {"outlet", "original_url"}


def test_scheduled_publishing_skips_what_can_no_longer_be_published(section, caplog):
    go_live = timezone.now() + datetime.timedelta(hours=1)
    good = ArticlePageFactory(parent=section, live=False, title="Tin hẹn giờ hợp lệ")
    broken_image = ImageFactory()
    broken = ArticlePageFactory(
        parent=section, live=False, title="Tin mất ảnh", featured_image=broken_image
    )
    for page in (good, broken):
        page.go_live_at = go_live
        page.save_revision().publish()  # approved: waits for its time
    broken_image.delete()  # the picture is deleted while the item waits

    with freeze_time(go_live + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")

    good.refresh_from_db()
    broken.refresh_from_db()
    assert good.live
    assert not broken.live
    assert "Tin mất ảnh" in caplog.text
    from wagtail.models import PageLogEntry

    assert PageLogEntry.objects.filter(page=broken, action="portal.publish.refused").exists()


def test_final_approval_of_an_unpublishable_article_gives_a_message(client, home):
    """A picture deleted while the article waits: the approval is refused politely."""
    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory
    from tests.editorial.utils import create_article, workflow_action

    setup_editorial()
    section = ArticleIndexPageFactory(parent=home)
    setup_editorial()
    people = {
        name: UserFactory(username=name, roles=[role])
        for name, role in [
            ("ctv", roles.CONTRIBUTOR),
            ("btv1", roles.EDITOR),
            ("btv2", roles.EDITOR),
            ("truongban", roles.CHIEF_EDITOR),
        ]
    }
    client.force_login(people["ctv"])
    _response, page = create_article(client, section)
    for approver in ("btv1", "btv2"):
        client.force_login(people[approver])
        workflow_action(client, page, "approve")
    page.refresh_from_db()
    page.get_latest_revision().as_object().featured_image.delete()

    client.force_login(people["truongban"])
    with translation.override("vi"):
        response = workflow_action(client, page, "approve")
        assert response.status_code == 302
        followed = client.get(response["Location"])
    assert "Chọn ảnh đại diện" in followed.content.decode()
    page = ArticlePage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_task.name == "Phê duyệt"


def test_an_undated_article_shows_when_the_scheduler_put_it_live(section):
    """Started on day 1, scheduled for day 3: readers see day 3 (the date was left empty)."""
    day_1 = timezone.now()
    go_live = day_1 + datetime.timedelta(days=2)
    with freeze_time(day_1):
        page = ArticlePageFactory(parent=section, live=False, date=None)
        page.go_live_at = go_live
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.date is None, "nothing is dated before it goes live"

    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert page.date == go_live + datetime.timedelta(minutes=1) == page.first_published_at
