"""Where albums and videos may be created, who may write them, and what publishing needs."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from articles.models import ArticlePage
from editorial.setup import EDITORIAL_WORKFLOW, setup_editorial
from gallery.models import GalleryIndexPage, GalleryItemPage, PhotoAlbumPage, VideoPage
from home.models import StandardPage
from portal import roles
from portal.publishing import PublishRefused
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticleIndexPageFactory
from tests.editorial.utils import workflow_action
from tests.gallery.factories import photo_album, video_page
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_albums_and_videos_live_only_in_the_library(home, gallery):
    section = ArticleIndexPageFactory(parent=home)
    assert GalleryIndexPage.can_create_at(home)
    assert not GalleryIndexPage.can_create_at(section)
    for model in (PhotoAlbumPage, VideoPage):
        assert model.can_create_at(gallery)
        assert not model.can_create_at(home)
        assert not model.can_create_at(section)
    assert not GalleryItemPage.can_create_at(gallery), "the shared base is not a page type"
    assert not StandardPage.can_create_at(gallery)
    assert not ArticlePage.can_create_at(gallery)
    assert set(GalleryIndexPage.allowed_subpage_models()) == {PhotoAlbumPage, VideoPage}


def test_the_admin_offers_only_albums_and_videos_in_the_library(admin_client, gallery):
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(gallery.pk,)))
    html = response.content.decode()
    assert "/gallery/photoalbumpage/" in html and "/gallery/videopage/" in html
    assert "/articles/articlepage/" not in html and "/home/standardpage/" not in html


@pytest.fixture
def board(home, gallery):
    setup_editorial()  # after the library exists: contributors get "add" on it
    people = {
        "contributor": roles.CONTRIBUTOR,
        "editor_a": roles.EDITOR,
        "editor_b": roles.EDITOR,
        "chief": roles.CHIEF_EDITOR,
    }
    return {name: UserFactory(username=name, roles=[role]) for name, role in people.items()}


def album_form_data(title, image, **fields):
    from portal.text import slugify

    data = {
        "title": title,
        "slug": slugify(title),
        "date": "14/07/2026",
        "intro": "Hội nghị đánh giá kết quả 6 tháng đầu năm.",
        "cover_image": "",
        "photos": inline_formset([{"image": image.pk, "caption": "Đại biểu dự hội nghị"}]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_contributors_and_editors_write_albums_and_the_workflow_publishes_them(
    client, gallery, board
):
    for person in ("contributor", "editor_a"):
        permissions = gallery.permissions_for_user(board[person])
        assert permissions.can_add_subpage(), f"{person} should add albums to the library"
        assert not permissions.can_publish_subpage(), f"{person} should not publish directly"

    client.force_login(board["contributor"])
    add = reverse("wagtailadmin_pages:add", args=("gallery", "photoalbumpage", gallery.pk))
    data = album_form_data("Hội nghị Ban Chấp hành lần thứ 12", ImageFactory())
    data["action-submit"] = "on"
    response = client.post(add, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    album = PhotoAlbumPage.objects.get(title="Hội nghị Ban Chấp hành lần thứ 12")
    assert not album.live
    assert album.get_workflow().name == EDITORIAL_WORKFLOW
    assert album.current_workflow_task.name == "Kiểm duyệt"
    assert album.photos.count() == 1
    assert album.cover_image_id == album.photos.get().image_id, "the first photo is the cover"

    for approver in ("editor_a", "editor_b", "chief"):
        client.force_login(board[approver])
        response = workflow_action(client, album, "approve")
        assert response.status_code == 302, (approver, response.status_code)
    album.refresh_from_db()
    assert album.live, "the chief editor's approval publishes the album"


def test_an_editor_edits_an_album(client, gallery, board):
    album = photo_album(gallery)
    client.force_login(board["editor_a"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=(album.pk,)))
    assert response.status_code == 200
    assert album.permissions_for_user(board["editor_a"]).can_edit()


@pytest.fixture
def direct_publishing(home):
    """No workflow (Wagtail's default one is on the root): the admin publishes directly."""
    from wagtail.models import Workflow

    Workflow.objects.update(active=False)


def test_editing_keeps_the_saved_photos_and_respects_their_order(
    admin_client, gallery, direct_publishing
):
    album = photo_album(gallery, captions=("Ảnh một", "Ảnh hai"))
    first, second = album.photos.all()
    data = album_form_data(
        "Tên album mới",
        first.image,
        cover_image="",
        photos=inline_formset(
            [
                {"id": first.pk, "image": first.image_id, "caption": "Ảnh một", "ORDER": 2},
                {"id": second.pk, "image": second.image_id, "caption": "Ảnh hai", "ORDER": 1},
            ],
            initial=2,
        ),
    )
    album.cover_image = None
    album.save()
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(album.pk,)), {**data, "action-publish": "on"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    album.refresh_from_db()
    assert album.live and album.title == "Tên album mới"
    assert [p.caption for p in album.photos.all()] == ["Ảnh hai", "Ảnh một"]
    assert album.cover_image_id == second.image_id, "the first photo in the new order"


def test_an_empty_album_is_not_published(gallery):
    album = photo_album(gallery, captions=(), publish=False)
    with pytest.raises(PublishRefused):
        album.save_revision().publish()
    album.refresh_from_db()
    assert not album.live


def test_the_admin_form_refuses_an_empty_album_but_keeps_the_draft(admin_client, gallery):
    add = reverse("wagtailadmin_pages:add", args=("gallery", "photoalbumpage", gallery.pk))
    data = album_form_data("Album chưa có ảnh", ImageFactory(), photos=inline_formset([]))
    response = admin_client.post(add, {**data, "action-publish": "on"})
    assert response.status_code == 200
    assert "album không có ảnh sẽ không được đăng" in response.content.decode()
    assert not PhotoAlbumPage.objects.filter(title="Album chưa có ảnh").exists()
    response = admin_client.post(add, data)  # a draft may be empty
    assert response.status_code == 302
    assert not PhotoAlbumPage.objects.get(title="Album chưa có ảnh").live


def test_a_video_draft_may_wait_for_its_video(admin_client, gallery, direct_publishing):
    add = reverse("wagtailadmin_pages:add", args=("gallery", "videopage", gallery.pk))
    data = nested_form_data(
        {
            "title": "Phóng sự chưa có video",
            "slug": "phong-su-chua-co-video",
            "date": "25/09/2026",
            "intro": "",
            "video": streamfield([]),
            "cover_image": "",
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(add, {**data, "action-publish": "on"})
    assert response.status_code == 200, "publishing needs the video"
    assert not VideoPage.objects.exists()
    assert admin_client.post(add, data).status_code == 302, "a draft may wait"
    assert not VideoPage.objects.get().live
    data.update(
        nested_form_data(
            {
                "video": streamfield(
                    [
                        (
                            "video_embed",
                            {
                                "url": "https://www.youtube.com/watch?v=abc123",
                                "title": "Phóng sự",
                                "poster": "",
                                "caption": "",
                            },
                        )
                    ]
                )
            }
        )
    )
    page = VideoPage.objects.get()
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = admin_client.post(edit, {**data, "action-publish": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.live


def test_a_video_page_needs_a_video_and_takes_its_poster_as_cover(gallery):
    video = video_page(gallery)
    poster = video.video[0].value["poster"]
    assert video.cover_image_id == poster.pk
    empty = VideoPage(title="Video chưa chọn", video=[], live=False)
    gallery.add_child(instance=empty)
    with pytest.raises(PublishRefused):
        empty.save_revision().publish()
