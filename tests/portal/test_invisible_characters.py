"""Bidirectional controls and zero-width characters never reach titles and names.

U+202E (right-to-left override) turns "Tin tức\u202egpj.exe" into a title that reads
otherwise in the admin; U+200B makes "Hội nghị" and "Hội\u200b nghị" two names that look
alike. Whatever saves them (the admin, a script, an import) stores them without.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from home.models import StandardPage
from interaction.models import ReaderMessage
from portal.models import PortalImage, PortalTag
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.home.factories import StandardPageFactory
from tests.portal.factories import ImageFactory
from tests.units.factories import UnitFactory
from units.models import Unit

pytestmark = pytest.mark.django_db

RLO, ZWSP = "\u202e", "\u200b"
HIDDEN = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HIDDEN += "\u180e\u200b\u200c\u200d\u2060\ufeff"


def spoofed(text):
    """``text`` with an override and a zero-width space hidden in it."""
    middle = len(text) // 2
    return f"{text[:middle]}{RLO}{text[middle:]}{ZWSP}"


def assert_clean(*values):
    for value in values:
        assert not set(HIDDEN) & set(value), repr(value)


def test_every_hidden_character_goes_from_a_title(home):
    page = StandardPageFactory(parent=home, title=f"Giới{HIDDEN} thiệu{HIDDEN}")
    assert StandardPage.objects.get(pk=page.pk).title == "Giới thiệu"


def test_page_titles_saved_by_a_script_come_back_clean(home):
    page = StandardPageFactory(
        parent=home, title=spoofed("Cơ cấu tổ chức"), seo_title=spoofed("Cơ cấu")
    )
    page.title = spoofed("Cơ cấu tổ chức mới")
    revision = page.save_revision()
    stored = Page.objects.get(pk=page.pk)
    assert stored.title == "Cơ cấu tổ chức"
    assert stored.draft_title == "Cơ cấu tổ chức mới", "the admin shows the draft title"
    assert stored.specific.seo_title == "Cơ cấu"
    revision.refresh_from_db()
    assert revision.content["title"] == "Cơ cấu tổ chức mới"
    assert_clean(revision.object_str, revision.as_object().title)


def test_a_page_title_typed_in_the_admin_is_stored_and_listed_clean(admin_client, home):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": spoofed("Lịch sử hình thành"),
            "slug": "lich-su-hinh-thanh",
            "intro": "Giới thiệu.",
            "body": streamfield([("paragraph", rich_text("<p>Hợp nhất.</p>"))]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="lich-su-hinh-thanh")
    assert page.title == page.draft_title == "Lịch sử hình thành"
    # A draft saved through the editor: the title shown in the admin is the draft's.
    data["title"] = spoofed("Lịch sử hình thành và phát triển")
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.draft_title == "Lịch sử hình thành và phát triển"
    assert page.get_latest_revision().content["title"] == "Lịch sử hình thành và phát triển"
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[home.pk]))
    html = listing.content.decode()
    assert "Lịch sử hình thành và phát triển" in html
    assert_clean(html)
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Lịch sử hình thành và phát triển" in edit
    assert_clean(edit)


def test_a_snippet_name_is_stored_clean_from_a_script_and_from_the_admin(admin_client):
    unit = UnitFactory(name=spoofed("Chi bộ Văn phòng"), short_code=spoofed("CB-VP"))
    unit.refresh_from_db()
    assert (unit.name, unit.short_code) == ("Chi bộ Văn phòng", "CB-VP")
    response = admin_client.post(
        reverse("wagtailsnippets_units_unit:add"),
        {"name": spoofed("Công đoàn Viên chức"), "short_code": spoofed("CĐVC"), "kind": "mass"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Unit.objects.filter(name="Công đoàn Viên chức", short_code="CĐVC").exists()
    listing = admin_client.get(reverse("wagtailsnippets_units_unit:list")).content.decode()
    assert "Công đoàn Viên chức" in listing
    assert_clean(listing)


def test_a_users_names_are_stored_clean(admin_client):
    user = get_user_model().objects.create_user(
        "bientap", first_name=spoofed("Minh"), last_name=spoofed("Nguyễn Văn")
    )
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Minh", "Nguyễn Văn")
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "username": "bientap",
            "email": "bientap@example.vn",
            "first_name": "Minh",
            "last_name": spoofed("Trần Thị"),
            "password1": "",
            "password2": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user.refresh_from_db()
    assert user.last_name == "Trần Thị"
    listing = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    assert "Trần Thị" in listing
    assert_clean(listing)


def test_an_image_title_is_stored_clean(admin_client):
    image = ImageFactory(title=spoofed("Quang cảnh hội nghị"))
    assert PortalImage.objects.get(pk=image.pk).title == "Quang cảnh hội nghị"
    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": spoofed("Đại biểu dự hội nghị"),
            "collection": image.collection_id,
            "description": "Đại biểu dự hội nghị",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert PortalImage.objects.get(pk=image.pk).title == "Đại biểu dự hội nghị"
    listing = admin_client.get(reverse("wagtailimages:index")).content.decode()
    assert "Đại biểu dự hội nghị" in listing
    assert_clean(listing)


def test_a_tag_with_a_hidden_character_is_the_tag_without_it(home):
    section = ArticleIndexPageFactory(parent=home)
    first = ArticlePageFactory(parent=section)
    first.tags.add("Hội nghị")
    first.save()
    second = ArticlePageFactory(parent=section)
    second.tags.add(spoofed("Hội nghị"))
    second.save()
    assert list(PortalTag.objects.values_list("name", flat=True)) == ["Hội nghị"]
    assert [tag.name for tag in second.tags.all()] == ["Hội nghị"]


def test_an_inline_caption_in_a_draft_is_clean(home):
    from tests.gallery.factories import GalleryIndexPageFactory, photo_album

    album = photo_album(GalleryIndexPageFactory(parent=home), captions=[spoofed("Lễ kết nạp")])
    photo = album.get_latest_revision().content["photos"][0]
    assert photo["caption"] == "Lễ kết nạp"
    assert album.photos.get().caption == "Lễ kết nạp"


def test_longer_text_loses_only_the_reordering_controls():
    """A reader's question cannot reverse what the board reads; a zero-width joiner (part of
    an emoji, or a line-break hint) stays where it means something."""
    message = ReaderMessage.objects.create(
        kind="question", name=spoofed("Lê Văn Tám"), text=f"Câu hỏi {RLO}gpj.exe về thủ tục\u200d."
    )
    message.refresh_from_db()
    assert message.name == "Lê Văn Tám"
    assert message.text == "Câu hỏi gpj.exe về thủ tục\u200d."


def test_body_text_is_kept_as_written(home):
    """StreamField bodies are the editors' own and reviewed as readers see them."""
    page = StandardPageFactory(
        parent=home, body=[("paragraph", "<p>Gia đình 👨\u200d👩\u200d👧</p>")]
    )
    page.refresh_from_db()
    assert "👨\u200d👩\u200d👧" in page.body.raw_data[0]["value"]


def test_text_stored_before_is_cleaned_once_by_the_command(home):
    from django.core.management import call_command
    from wagtail.models import Revision

    page = StandardPageFactory(parent=home, title="Cơ cấu tổ chức")
    revision = page.save_revision()
    unit = UnitFactory(name="Chi bộ Văn phòng")
    # As an older version stored them, without the signals.
    Page.objects.filter(pk=page.pk).update(
        title=spoofed("Cơ cấu tổ chức"), draft_title=spoofed("Cơ cấu")
    )
    Revision.objects.filter(pk=revision.pk).update(
        content={**revision.content, "title": spoofed("Cơ cấu")}, object_str=spoofed("Cơ cấu")
    )
    Unit.objects.filter(pk=unit.pk).update(name=spoofed("Chi bộ Văn phòng"))
    call_command("strip_invisible_characters", stdout=io.StringIO())
    page.refresh_from_db()
    revision.refresh_from_db()
    assert (page.title, page.draft_title) == ("Cơ cấu tổ chức", "Cơ cấu")
    assert (revision.content["title"], revision.object_str) == ("Cơ cấu", "Cơ cấu")
    assert Unit.objects.get(pk=unit.pk).name == "Chi bộ Văn phòng"


def test_a_code_differing_only_by_a_hidden_character_is_refused_by_the_form(admin_client):
    """The form compares the code as it will be stored: a message, not a database error."""
    UnitFactory(name="Chi bộ Văn phòng", short_code="CB-VP")
    response = admin_client.post(
        reverse("wagtailsnippets_units_unit:add"),
        {"name": "Chi bộ khác", "short_code": f"CB-{ZWSP}VP", "kind": "party"},
    )
    assert response.status_code == 200
    assert "đã tồn tại" in response.content.decode()
    assert Unit.objects.count() == 1
