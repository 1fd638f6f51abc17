"""The workflow form's step chooser lists every approval step and its groups: only those who
may add or change workflows (the technician) open it."""

import pytest
from django.urls import reverse

from editorial.models import FourEyesApprovalTask

pytestmark = pytest.mark.django_db

BOARD = ("contributor", "editor_a", "deputy", "chief", "admin")


def chooser_urls():
    task = FourEyesApprovalTask.objects.get(name="Phê duyệt")
    return [
        reverse("wagtailadmin_workflows:task_chooser"),
        reverse("wagtailadmin_workflows:task_chooser_results"),
        reverse("wagtailadmin_workflows:task_chooser_create"),
        reverse("wagtailadmin_workflows:task_chosen", args=(task.pk,)),
    ]


@pytest.mark.parametrize("name", BOARD)
def test_the_step_chooser_is_refused_to_the_board(client, board, name):
    client.force_login(board[name])
    tasks = FourEyesApprovalTask.objects.count()
    for url in chooser_urls():
        for response in (client.get(url), client.post(url, {"create-task-name": "Bước mới"})):
            assert response.status_code == 302, (url, response.status_code)
            assert response["Location"] == reverse("wagtailadmin_home")
        # The chooser is a modal: its scripts get a plain 403.
        response = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 403, url
        assert "Phê duyệt" not in response.content.decode()
    assert FourEyesApprovalTask.objects.count() == tasks


def test_the_technician_still_chooses_steps(admin_client, workflows):
    response = admin_client.get(reverse("wagtailadmin_workflows:task_chooser"))
    assert response.status_code == 200
    assert "Phê duyệt" in response.json()["html"]
