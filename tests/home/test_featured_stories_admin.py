"""The "Tin tiêu điểm" screen: who may choose the home page's stories, in one step, logged."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from home.curation import CHOSEN_ACTION
from home.models import FeaturedStoriesSettings, HomeSelection
from portal.cache import content_version
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.editorial.fixtures import board, workflows  # noqa: F401

pytestmark = pytest.mark.django_db

URL = reverse("home_featured_stories")


@pytest.fixture
def news(home, workflows):  # noqa: F811
    section = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")
    return {
        "old": ArticlePageFactory(parent=section, title="Hội nghị sơ kết quý III"),
        "new": ArticlePageFactory(parent=section, title="Đại hội Chi bộ Văn phòng"),
        "draft": ArticlePageFactory(parent=section, title="Bản nháp chưa duyệt", live=False),
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def refused(response):
    """Wagtail turns a refusal in an admin view into a redirect to the dashboard with an error."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def later(hours=24):
    return (timezone.localtime() + datetime.timedelta(hours=hours)).strftime("%d/%m/%Y %H:%M")


def form(**places):
    """The posted form: ``article_0=page`` and ``expires_at_0="dd/mm/yyyy hh:mm"``."""
    data = {f"{name}_{p}": "" for name in ("article", "expires_at") for p in range(5)}
    data.update({key: getattr(value, "pk", value) for key, value in places.items()})
    return data


@pytest.mark.parametrize("person", ["chief", "deputy"])
def test_the_chief_and_deputy_choose_in_one_step(
    board,  # noqa: F811
    news,
    home,
    person,
    django_capture_on_commit_callbacks,
):
    client = client_for(board[person])
    assert client.get(URL).status_code == 200
    version = content_version()
    until = later()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL,
            form(article_0=news["old"], expires_at_0=until, article_1=news["new"]),
            follow=True,
        )
    assert response.redirect_chain == [(URL, 302)]
    assert "Đã lưu tin tiêu điểm và tin nổi bật" in response.content.decode()
    lead = HomeSelection.objects.get(home=home, position=HomeSelection.LEAD)
    assert (lead.article_id, lead.chosen_by) == (news["old"].pk, board[person])
    assert timezone.localtime(lead.expires_at).strftime("%d/%m/%Y %H:%M") == until
    assert [a.title for a in home.lead_articles()[:2]] == [news["old"].title, news["new"].title]
    assert content_version() > version, "the cached pages are read afresh after the choice"
    assert not home.revisions.exists(), "choosing does not edit the home page"


def test_each_change_is_in_the_history(board, news, home):  # noqa: F811
    client = client_for(board["chief"])
    client.post(URL, form(article_0=news["old"]))
    client.post(URL, form(article_0=news["new"], article_1=news["old"]))
    client.post(URL, form(article_0=news["new"], article_1=news["old"]))  # nothing changes
    entries = PageLogEntry.objects.filter(page=home, action=CHOSEN_ACTION).order_by("pk")
    assert entries.count() == 2, "one entry per save that changed something"
    assert all(entry.user == board["chief"] for entry in entries)
    message = entries.last().message
    assert "Tin tiêu điểm: “Hội nghị sơ kết quý III” → “Đại hội Chi bộ Văn phòng”" in message
    assert "Tin nổi bật 1: (tin mới nhất) → “Hội nghị sơ kết quý III”" in message
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Chọn tin tiêu điểm" in history


@pytest.mark.parametrize("person", ["contributor", "editor_a", "admin"])
def test_others_are_refused(board, news, home, person):  # noqa: F811
    client = client_for(board[person])
    assert refused(client.get(URL))
    assert refused(client.post(URL, form(article_0=news["old"])))
    assert not HomeSelection.objects.exists()
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_choose_when_the_settings_allow(board, news, home):  # noqa: F811
    setting = FeaturedStoriesSettings.for_site(home.get_site())
    setting.editors_may_choose = True
    setting.save()
    editor = client_for(board["editor_a"])
    assert URL in editor.get(reverse("wagtailadmin_home")).content.decode(), "in the menu"
    assert editor.post(URL, form(article_0=news["new"])).url == URL
    assert HomeSelection.objects.get().chosen_by == board["editor_a"]
    contributor = client_for(board["contributor"])
    assert refused(contributor.post(URL, form(article_0=news["old"])))


def test_errors_keep_what_was_typed(board, news, home):  # noqa: F811
    client = client_for(board["chief"])
    past = (timezone.localtime() - datetime.timedelta(hours=1)).strftime("%d/%m/%Y %H:%M")
    response = client.post(
        URL,
        form(
            article_0=news["old"],
            expires_at_0=past,
            article_1=news["old"],
            article_2=news["draft"],
            expires_at_3=later(),
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chưa lưu lựa chọn" in html
    assert "Thời điểm này đã qua" in html
    assert "“Hội nghị sơ kết quý III” đã được chọn ở vị trí Tin tiêu điểm." in html
    assert "“Bản nháp chưa duyệt” chưa được đăng" in html
    assert "Hãy chọn tin bài cho vị trí này hoặc xóa thời hạn." in html
    assert f'value="{past}"' in html, "the typed expiry stays in the form"
    form_ = response.context["form"]
    assert form_["article_2"].value() == str(news["draft"].pk), "the chosen article stays"
    assert not HomeSelection.objects.exists()
    assert not PageLogEntry.objects.filter(action=CHOSEN_ACTION).exists()


def test_the_form_shows_the_current_choice(board, news, home):  # noqa: F811
    client = client_for(board["chief"])
    client.post(URL, form(article_1=news["new"], expires_at_1=later(48)))
    html = client.get(URL).content.decode()
    assert news["new"].title in html
    assert later(48) in html
    assert "chọn lúc" in html
