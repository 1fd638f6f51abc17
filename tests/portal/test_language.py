"""The public site speaks Vietnamese whatever the browser prefers."""

import pytest

pytestmark = pytest.mark.django_db


def test_english_browser_still_gets_vietnamese_labels(client, home):
    html = client.get("/tim-kiem/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi">' in html
    assert "Tìm kiếm" in html
    assert "Search the site" not in html


def test_admin_follows_the_users_own_preference(admin_client, superuser):
    from wagtail.users.models import UserProfile

    vietnamese = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="vi"' in vietnamese
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    assert 'lang="en"' in admin_client.get("/admin/").content.decode()
