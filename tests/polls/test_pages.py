"""Where polls live, the list of polls, and what the admin allows editors to do with them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from articles.models import ArticlePage
from polls.forms import removed_answers_message
from polls.models import PollIndexPage, PollOption, PollPage, PollVote
from portal.publishing import PublishRefused
from tests.articles.factories import ArticleIndexPageFactory
from tests.polls.factories import poll_page
from tests.polls.utils import soup

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_polls_live_only_in_the_poll_list(home, poll_index):
    section = ArticleIndexPageFactory(parent=home)
    assert PollIndexPage.can_create_at(home)
    assert not PollIndexPage.can_create_at(section)
    assert PollPage.can_create_at(poll_index)
    assert not PollPage.can_create_at(home) and not PollPage.can_create_at(section)
    assert not ArticlePage.can_create_at(poll_index)
    assert list(PollIndexPage.allowed_subpage_models()) == [PollPage]


def test_the_list_shows_open_then_coming_then_closed_polls(client, poll_index):
    old = poll_page(poll_index, title="Khảo sát cũ", opens=-30 * DAY, closes=-20 * DAY)
    older = poll_page(poll_index, title="Khảo sát cũ hơn", opens=-60 * DAY, closes=-50 * DAY)
    open_new = poll_page(poll_index, title="Đang mở, mới", opens=-DAY)
    open_old = poll_page(poll_index, title="Đang mở, cũ", opens=-5 * DAY)
    coming = poll_page(poll_index, title="Sắp mở", opens=2 * DAY, closes=9 * DAY)
    poll_page(poll_index, title="Bản nháp", publish=False)
    PollVote.objects.create(poll=old, option=old.options.first())

    html = soup(client.get(poll_index.url))
    groups = [
        [a.text for a in section.select(".poll-card-title a")]
        for section in html.select("main section")
    ]
    assert groups == [
        [open_new.title, open_old.title],
        [coming.title],
        [old.title, older.title],
    ], "open first (newest first), then coming, then closed (latest closed first)"
    assert html.select("section")[2].select_one(".poll-card-total"), "closed ones show a total"
    assert not html.select("section")[0].select(".poll-card-total"), "open ones do not"


def test_an_empty_list(client, poll_index):
    html = soup(client.get(poll_index.url))
    assert not html.select(".poll-card") and html.select_one("main p")


def test_voting_must_close_after_it_opens(poll_index):
    poll = poll_page(poll_index, publish=False)
    poll.closes_at = poll.opens_at
    with pytest.raises(ValidationError) as error:
        poll.full_clean()
    assert "closes_at" in error.value.message_dict


def test_deleting_a_poll_deletes_its_votes(poll_index):
    poll = poll_page(poll_index)
    PollVote.objects.create(poll=poll, option=poll.options.first())
    Page.objects.get(pk=poll.pk).delete()
    assert not PollVote.objects.exists() and not PollOption.objects.exists()


def test_a_preview_shows_the_form_without_sending(poll_index):
    poll = poll_page(poll_index, publish=False)
    response = poll.make_preview_request()
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("form.poll-form button[disabled]"), "nothing to send from a preview"


# The admin: the form editors use.


def edit_data(poll, answers, action="action-publish", **fields):
    """The edit form as the admin posts it; ``answers`` are (id or None, label, deleted)."""
    now = timezone.localtime()
    data = {
        "title": poll.title,
        "slug": poll.slug,
        "intro": "",
        "opens_at": (now - DAY).strftime("%d/%m/%Y %H:%M"),
        "closes_at": (now + 7 * DAY).strftime("%d/%m/%Y %H:%M"),
        "results_visibility": "after_voting",
        "options": inline_formset(
            [
                {"id": pk or "", "label": label, "DELETE": "on" if deleted else ""}
                for pk, label, deleted in answers
            ],
            initial=sum(1 for pk, _label, _deleted in answers if pk),
        ),
        "comments": inline_formset([]),
        action: "1",
    }
    data.update(fields)
    return nested_form_data(data)


def edit(admin_client, poll, answers, **kwargs):
    url = reverse("wagtailadmin_pages:edit", args=(poll.pk,))
    return admin_client.post(url, edit_data(poll, answers, **kwargs))


def removed_message(label):
    with translation.override("vi"):
        return removed_answers_message([label])


def test_an_answer_with_votes_cannot_be_deleted(admin_client, poll_index):
    poll = poll_page(poll_index)
    voted, other, unvoted = poll.options.all()
    PollVote.objects.create(poll=poll, option=voted)
    answers = [(voted.pk, voted.label, True), (other.pk, other.label, False)]
    answers.append((unvoted.pk, unvoted.label, False))
    for action in ("action-submit", "action-save"):  # not even in a draft
        response = edit(admin_client, poll, answers, action=action)
        assert response.status_code == 200, f"{action}: the form comes back with the error"
        assert removed_message(voted.label) in response.content.decode()
    poll.refresh_from_db()
    assert poll.latest_revision.content["options"][0]["pk"] == voted.pk, "no draft saved"

    # One without votes can go; when the draft is published, the votes are still there.
    answers = [(voted.pk, voted.label, False), (other.pk, other.label, False)]
    answers.append((unvoted.pk, unvoted.label, True))
    response = edit(admin_client, poll, answers, action="action-save")
    assert response.status_code == 302
    poll.refresh_from_db()
    poll.latest_revision.publish()
    assert list(PollOption.objects.values_list("pk", flat=True)) == [voted.pk, other.pk]
    assert PollVote.objects.get().option_id == voted.pk


def test_a_voted_answer_missing_from_a_revision_is_not_published(poll_index):
    """Workflow approval and scheduled publishing reach publish() without the form."""
    poll = poll_page(poll_index)
    voted = poll.options.first()
    draft = PollPage.objects.get(pk=poll.pk)
    draft.options = [option for option in draft.options.all() if option.pk != voted.pk]
    revision = draft.save_revision()
    PollVote.objects.create(poll=poll, option=voted)  # a vote came in meanwhile
    with pytest.raises(PublishRefused):
        revision.publish()
    assert PollVote.objects.count() == 1 and PollOption.objects.filter(pk=voted.pk).exists()


def test_a_poll_needs_two_answers_to_be_published(admin_client, poll_index):
    from editorial.setup import setup_editorial

    setup_editorial()  # submitting needs a workflow
    poll = poll_page(poll_index)
    only, *others = poll.options.all()
    answers = [(only.pk, only.label, False)] + [(o.pk, o.label, True) for o in others]
    response = edit(admin_client, poll, answers, action="action-submit")
    assert response.status_code == 200
    with translation.override("vi"):
        assert gettext("A poll needs at least two answers.") in response.content.decode()
    assert not PollPage.objects.get(pk=poll.pk).workflow_states.exists(), "not submitted"
    response = edit(admin_client, poll, answers, action="action-save")
    assert response.status_code == 302, "a draft may have fewer"


def test_closing_before_opening_is_refused_in_the_admin(admin_client, poll_index):
    poll = poll_page(poll_index)
    answers = [(o.pk, o.label, False) for o in poll.options.all()]
    now = timezone.localtime()
    earlier = (now - 2 * DAY).strftime("%d/%m/%Y %H:%M")
    revision = poll.latest_revision_id
    response = edit(admin_client, poll, answers, action="action-save", closes_at=earlier)
    assert response.status_code == 200, "not even a draft"
    with translation.override("vi"):
        assert gettext("Voting must close after it opens.") in response.content.decode()
    poll.refresh_from_db()
    assert poll.latest_revision_id == revision, "nothing saved"


def test_editors_see_the_results_in_the_admin(admin_client, poll_index):
    poll = poll_page(poll_index)
    first, second, _third = poll.options.all()
    PollVote.objects.bulk_create(
        [PollVote(poll=poll, option=first) for _ in range(3)] + [PollVote(poll=poll, option=second)]
    )
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(poll.pk,)))
    html = soup(response)
    rows = [
        [cell.text for cell in row.select("td")]
        for row in html.select(".poll-admin-results tbody tr")
    ]
    assert rows[:2] == [[first.label, "3", "75%"], [second.label, "1", "25%"]]
    assert not html.select(".poll-admin-results input"), "read-only"


def test_the_list_costs_the_same_whatever_the_number_of_polls(client, poll_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        client.get(poll_index.url)  # warm-up: caches of the site's furniture
        with CaptureQueriesContext(connection) as captured:
            assert client.get(poll_index.url).status_code == 200
        return len(captured)

    poll_page(poll_index, title="Đang mở")
    poll_page(poll_index, title="Đã đóng", opens=-9 * DAY, closes=-DAY)
    few = queries()
    for n in range(4):
        poll_page(poll_index, title=f"Đang mở {n}")
        poll_page(poll_index, title=f"Sắp mở {n}", opens=DAY, closes=2 * DAY)
        poll_page(poll_index, title=f"Đã đóng {n}", opens=-9 * DAY, closes=-DAY)
    assert queries() == few, "no query per poll"


def test_the_board_sees_open_polls_and_their_votes_on_the_dashboard(home):
    from django.test import Client

    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory
    from tests.polls.factories import PollIndexPageFactory

    setup_editorial()
    index = PollIndexPageFactory(parent=home)
    poll = poll_page(index, title="Bạn đọc tin trên thiết bị nào?")
    closed = poll_page(
        index,
        title="Cuộc thăm dò đã xong",
        slug="da-xong",
        opens=datetime.timedelta(days=-9),
        closes=datetime.timedelta(days=-2),
    )
    for option in list(poll.options.all())[:2]:
        PollVote.objects.create(poll=poll, option=option)
    PollVote.objects.create(
        poll=poll,
        option=poll.options.first(),
        cast_at=timezone.now() - datetime.timedelta(days=3),
    )
    editor = Client()
    editor.force_login(UserFactory(username="bt", roles=[roles.EDITOR]))
    html = editor.get("/admin/").content.decode()
    panel = html[html.index('id="open-polls-section"') :]
    row = panel[panel.index(poll.title) :]
    row = row[: row.index("</tr>")]
    assert "<td>3</td><td>2</td>" in row  # three votes, two in the last day
    assert closed.title not in panel
    contributor = Client()
    contributor.force_login(UserFactory(username="ctv", roles=[roles.CONTRIBUTOR]))
    assert 'id="open-polls-section"' not in contributor.get("/admin/").content.decode()
