"""What readers search is for those who choose editors' picks (the board): the picks form's
query chooser and the "Search terms" report, in the Reports menu."""

import csv
import io

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import reports_menu
from wagtail.contrib.search_promotions.models import Query

from editorial.setup import setup_editorial
from portal import roles
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

PICK_CHOOSERS = (
    roles.EDITOR,
    roles.DEPUTY_CHIEF_EDITOR,
    roles.CHIEF_EDITOR,
    roles.ADMINISTRATOR,
)
SCREENS = (
    "wagtailsearchpromotions:chooser",
    "wagtailsearchpromotions:chooserresults",
    "wagtailsearchpromotions:search_terms",
    "wagtailsearchpromotions:search_terms_results",
)


@pytest.fixture
def searched(home):
    setup_editorial()
    Query.get("đơn xin chuyển sinh hoạt đảng").add_hit()


def search_terms_in_menu(user) -> bool:
    request = RequestFactory().get("/admin/")
    request.user = user
    return any(item.name == "search-terms" for item in reports_menu.menu_items_for_request(request))


def test_contributors_do_not_see_what_readers_search(client, searched):
    contributor = UserFactory(roles=[roles.CONTRIBUTOR])
    client.force_login(contributor)
    for name in SCREENS:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"] == reverse("wagtailadmin_home")
        response = client.get(reverse(name), headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 403, name
    assert not search_terms_in_menu(contributor)


@pytest.mark.parametrize("role", PICK_CHOOSERS, ids=lambda role: role.key)
def test_the_board_sees_what_readers_search(client, searched, role):
    user = UserFactory(roles=[role])
    client.force_login(user)
    for name in SCREENS:
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        json_body = response["Content-Type"] == "application/json"
        shown = response.json()["html"] if json_body else response.content.decode()
        assert "đơn xin chuyển sinh hoạt đảng" in shown, name
    assert search_terms_in_menu(user)


def test_the_search_terms_export_keeps_a_typed_formula_as_text(client, searched):
    Query.get('=HYPERLINK("http://ke-gian.example/","Bấm vào")').add_hit()
    client.force_login(UserFactory(roles=[roles.EDITOR]))
    url = reverse("wagtailsearchpromotions:search_terms")
    response = client.get(url, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.getvalue().decode().lstrip("\ufeff"))))
    assert ['\'=hyperlink("http://ke-gian.example/","bấm vào")', "1"] in rows
