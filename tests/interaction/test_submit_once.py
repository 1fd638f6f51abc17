"""A reader form is taken once: its signed one-time token is recorded with what it stored."""

import datetime

import pytest
from django.utils import timezone
from freezegun import freeze_time

from interaction.models import ReaderMessage, UsedFormToken
from portal.form_protection import GuardedForm, submit_once
from tests.interaction.factories import QUESTION, filled
from tests.interaction.factories import form_started as started

pytestmark = pytest.mark.django_db


def test_each_form_shown_carries_its_own_token():
    first, second = GuardedForm(), GuardedForm()
    assert first.initial["started"] != second.initial["started"]
    tokens = {GuardedForm(data={"started": f.initial["started"]}).token for f in (first, second)}
    assert len(tokens) == 2 and "" not in tokens


def test_a_token_cannot_be_forged_or_carried_by_an_old_start():
    from django.core import signing

    forged = signing.dumps({"at": 0, "once": "chosen"}, salt="another salt")
    assert GuardedForm(data={"started": forged, "website": ""}).guard_problem == GuardedForm.ROBOT
    # A start signed by the site before the forms carried a token: sent again with one.
    old = signing.dumps(1_700_000_000.0, salt=GuardedForm.SALT)
    form = GuardedForm(data={"started": old, "website": ""})
    assert form.guard_problem == GuardedForm.EXPIRED and form.token == ""


def test_a_form_shown_again_is_taken_once(reader, qa_page, question_data):
    too_soon = {**question_data, "started": started(seconds_ago=1)}
    response = reader.post(qa_page.ask_url(), too_soon)
    assert response.status_code == 200 and not ReaderMessage.objects.exists()
    again = {**too_soon, "started": response.context["form"].data["started"]}
    with freeze_time(timezone.now() + datetime.timedelta(seconds=20)):  # read, then send
        for _ in range(3):
            assert reader.post(qa_page.ask_url(), again).status_code == 302
    assert ReaderMessage.objects.count() == 1


def test_a_form_sent_again_after_it_expired_still_gets_its_receipt(reader, qa_page, question_data):
    """The token is looked up before the age is checked: a day-old double post is no new one."""
    reader.post(qa_page.ask_url(), question_data)
    code = ReaderMessage.objects.get().code
    with freeze_time(timezone.now() + datetime.timedelta(hours=23, minutes=59)):
        response = reader.post(qa_page.ask_url(), question_data, follow=True)
    assert code in response.content.decode()
    assert ReaderMessage.objects.count() == 1


def test_used_tokens_go_once_no_form_can_carry_them(reader, qa_page, topic):
    reader.post(qa_page.ask_url(), filled({**QUESTION, "topic": topic.pk}))
    assert UsedFormToken.objects.count() == 1
    a_day_later = timezone.now() + datetime.timedelta(seconds=GuardedForm.MAX_AGE_SECONDS + 60)
    with freeze_time(a_day_later):
        reader.post(qa_page.ask_url(), filled({**QUESTION, "topic": topic.pk}))
        assert UsedFormToken.objects.count() == 1  # the old one went with this write


def test_a_failing_save_records_no_token():
    def broken():
        raise ValueError("the disk is full")

    with pytest.raises(ValueError):
        submit_once("token-1", broken)
    assert not UsedFormToken.objects.exists()
    assert submit_once("token-1", lambda: "HD-AAAA-BBBB") == "HD-AAAA-BBBB"
