"""A question topic and an open consultation: fixtures of their own module, so the tests of
other apps can use them too."""

import datetime

import pytest
from django.utils import timezone

from interaction.models import ConsultationIndexPage, ConsultationPage, Topic
from portal.publishing import direct_publishing


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Công tác đảng viên")


@pytest.fixture
def consultation(home):
    index = ConsultationIndexPage(title="Góp ý dự thảo", slug="gop-y-du-thao")
    home.add_child(instance=index)
    now = timezone.now()
    page = ConsultationPage(
        title="Dự thảo Quy chế làm việc",
        slug="du-thao-quy-che",
        summary="Lấy ý kiến về dự thảo.",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
        receiving_email="gopy@example.vn",
    )
    index.add_child(instance=page)
    with direct_publishing("test set-up"):
        page.save_revision().publish()
    return page
