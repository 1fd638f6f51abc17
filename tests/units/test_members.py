"""The unit an account writes for: set on the account screens, shown in the people pickers,
credited to the writer's new articles."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.categories import AuthorCategory
from portal import roles
from tests.accounts.utils import edit_user_data, new_user_data
from tests.editorial.utils import create_article
from tests.units.factories import UnitFactory
from units.models import Unit, UnitMember, unit_of
from units.people import person_label

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return UnitFactory(name="Văn phòng Đảng ủy Khối", short_code="VP", kind=Unit.Kind.OFFICE)


@pytest.fixture
def finance():
    return UnitFactory(name="Đảng bộ Sở Tài chính", short_code="ĐB-STC", kind="party")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_administrator_gives_a_new_account_its_unit(board, finance):
    client = signed_in(board["admin"])
    response = client.post(reverse("wagtailusers_users:add"), new_user_data(unit=finance.pk))
    assert response.status_code == 302, response.context["form"].errors
    assert unit_of(UnitMember.objects.get().user) == finance


def test_the_edit_screen_shows_changes_and_clears_the_unit(board, office, finance):
    contributor = board["contributor"]
    UnitMember.objects.create(user=contributor, unit=office)
    client = signed_in(board["admin"])
    url = reverse("wagtailusers_users:edit", args=(contributor.pk,))

    form = client.get(url).context["form"]
    assert form["unit"].value() == office.pk
    assert "Đơn vị" in client.get(url).content.decode()

    assert client.post(url, edit_user_data(contributor, unit=finance.pk)).status_code == 302
    assert unit_of(contributor) == finance
    assert client.post(url, edit_user_data(contributor)).status_code == 302
    assert unit_of(contributor) is None


def test_a_merged_unit_stays_on_the_account_until_another_is_chosen(board, office):
    UnitMember.objects.create(user=board["contributor"], unit=office)
    Unit.objects.filter(pk=office.pk).update(active=False)
    client = signed_in(board["admin"])
    url = reverse("wagtailusers_users:edit", args=(board["contributor"].pk,))
    response = client.post(url, edit_user_data(board["contributor"], unit=office.pk))
    assert response.status_code == 302
    assert unit_of(board["contributor"]) == office


def test_pickers_show_name_unit_and_role(board, finance):
    contributor = board["contributor"]
    UnitMember.objects.create(user=contributor, unit=finance)
    label = person_label(contributor)
    name = contributor.get_full_name()
    assert label == f"{name} – Đảng bộ Sở Tài chính ({roles.CONTRIBUTOR.group_name})"
    assert person_label(board["editor_a"]).startswith(board["editor_a"].get_full_name() + " (")


def test_the_author_picker_names_units_without_a_query_per_person(
    board, section, finance, django_assert_max_num_queries
):
    for key in ("contributor", "contributor2", "editor_a"):
        UnitMember.objects.create(user=board[key], unit=finance)
    client = signed_in(board["editor_b"])
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    field = client.get(url).context["form"].fields["author"]
    with django_assert_max_num_queries(2):
        labels = [label for _value, label in field.choices]
    assert any("Đảng bộ Sở Tài chính" in label for label in labels), labels


@pytest.mark.parametrize(
    ("unit_kind", "category"),
    [(Unit.Kind.OFFICE, AuthorCategory.STAFF), ("party", AuthorCategory.COLLABORATOR)],
)
def test_a_new_article_starts_credited_to_the_writers_unit(board, section, unit_kind, category):
    unit = UnitFactory(kind=unit_kind)
    UnitMember.objects.create(user=board["contributor"], unit=unit)
    client = signed_in(board["contributor"])
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    form = client.get(url).context["form"]
    assert form["unit"].value() == unit.pk
    assert form["author_category"].value() == category

    _response, page = create_article(client, section, unit=unit.pk, author_category=category)
    assert page is not None and page.unit == unit


def test_an_article_being_edited_keeps_its_own_unit(board, section, office, finance):
    UnitMember.objects.create(user=board["contributor"], unit=finance)
    client = signed_in(board["contributor"])
    _response, page = create_article(client, section, action=None, unit=office.pk)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert client.get(url).context["form"]["unit"].value() == office.pk


def test_a_contributor_sees_themself_as_the_author_of_a_new_article(board, section):
    client = signed_in(board["contributor"])
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    form = client.get(url).context["form"]
    assert form["author"].value() == board["contributor"].pk
