"""The redirect import's confirmation step, posted without the signed form it expects."""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

pytestmark = pytest.mark.django_db


def test_a_post_without_the_signed_form_is_a_bad_request(admin_client):
    url = reverse("wagtailredirects:process_import")
    for data in ({}, {"from_index": "0", "to_index": "1", "import_file_name": "x"}):
        assert admin_client.post(url, data).status_code == 400
    # Fields that were not signed by the first step: refused too, never read.
    data = {"import_file_name": "/etc/passwd", "input_format": "0"}
    assert admin_client.post(url, data).status_code == 400
    assert not Redirect.objects.exists()


def test_the_import_itself_still_goes_through(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "chuyen-huong.csv", b"from,to\n/tin-cu,https://thanhhoa.example.vn/tin-tuc/\n", "text/csv"
    )
    response = admin_client.post(reverse("wagtailredirects:start_import"), {"import_file": upload})
    signed = response.context["form"].initial
    data = {**signed, "from_index": "0", "to_index": "1", "permanent": "on", "site": ""}
    response = admin_client.post(reverse("wagtailredirects:process_import"), data)
    assert response.status_code == 302, response.context["import_summary"]
    assert list(Redirect.objects.values_list("old_path", "redirect_link")) == [
        ("/tin-cu", "https://thanhhoa.example.vn/tin-tuc/")
    ]
