"""A contributor's uploads reach readers only once something published uses them.

Until then the image's original and every rendition the admin made, the document and the
video with its thumbnail answer 403 or 404 to anyone outside the admin, through the same
addresses `make run` serves (the web server serves the same folders in production).
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtailmedia.models import Media

from articles.models import ArticlePage
from portal.blocks import PARAGRAPH_FEATURES
from portal.models import PortalDocument, PortalImage, PortalRendition
from portal.publishing import direct_publishing
from tests.banners.factories import BannerFactory
from tests.editorial.utils import create_article, edit_article, workflow_action
from tests.gallery.factories import GalleryIndexPageFactory
from tests.portal.factories import ImageFactory, site_identity, tiny_png

pytestmark = pytest.mark.django_db

MEDIA_URL = re.compile(r"""/media/[^\s"'<>,]+""")
# The first bytes of an MP4 file (an "ftyp" box), enough for a browser to recognise it.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00\x00\x00\x08mdat"


def media_urls(html):
    return set(MEDIA_URL.findall(html))


def logged_in(client, user):
    client.force_login(user)
    return client


def root_collection_id():
    """The upload page names a collection once there are several (banners, first pages)."""
    return Collection.get_first_root_node().pk


def upload_image(client, name="anh-hoi-nghi.png"):
    """As the admin's "add images" page does (one file per request)."""
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "files[]": SimpleUploadedFile(name, tiny_png(1200, 700), content_type="image/png"),
            "collection": root_collection_id(),
        },
    )
    assert response.json()["success"], response.content
    return PortalImage.objects.get(pk=response.json()["image_id"])


def upload_document(client, name="ke-hoach.pdf"):
    from demo.pdfs import make_pdf

    data = make_pdf(["ĐẢNG ỦY KHỐI"], "KẾ HOẠCH", ["Nội dung kế hoạch."])
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile(name, data, content_type="application/pdf"),
            "collection": root_collection_id(),
        },
    )
    assert response.json()["success"], response.content
    return PortalDocument.objects.get(pk=response.json()["doc_id"])


def upload_video(client):
    """As wagtailmedia's "add a video" form does: the file and its thumbnail."""
    response = client.post(
        reverse("wagtailmedia:add", args=("video",)),
        {
            "title": "Phóng sự hội nghị",
            "file": SimpleUploadedFile("phong-su.mp4", MP4, content_type="video/mp4"),
            "thumbnail": SimpleUploadedFile("khung-hinh.png", tiny_png(), content_type="image/png"),
            "collection": 1,
            "duration": 30,
            "width": 1280,
            "height": 720,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Media.objects.get(title="Phóng sự hội nghị")


def admin_urls_of(client, image):
    """Every file address the admin shows for the image: listing thumbnail, edit preview,
    the link to the original size."""
    html = client.get(reverse("wagtailimages:index")).content.decode()
    html += client.get(reverse("wagtailimages:edit", args=(image.pk,))).content.decode()
    urls = {url for url in media_urls(html) if image.file.name.rsplit("/", 1)[-1][:8] in url}
    urls.add(image.file.url)
    assert len(urls) >= 3, urls  # original, thumbnail, preview (at least)
    return urls


def approve_to_live(client, page, board):
    for approver in ("editor_a", "editor_b", "chief"):
        response = workflow_action(logged_in(client, board[approver]), page, "approve")
        assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def document_link(document):
    return rich_text(
        f'<p>Xem <a linktype="document" id="{document.pk}">kế hoạch</a>.</p>',
        features=PARAGRAPH_FEATURES,
    )


def test_a_contributors_uploads_are_private_until_the_article_goes_live(
    client, section, board, debug_urls
):
    contributor = logged_in(client.__class__(), board["contributor"])
    image = upload_image(contributor)
    document = upload_document(contributor)
    private_urls = admin_urls_of(contributor, image)
    for url in private_urls:
        assert contributor.get(url).status_code == 200, url  # the admin shows them
        assert client.get(url).status_code in (403, 404), url
    assert contributor.get(document.url).status_code == 200
    assert client.get(document.url).status_code == 403

    response, article = create_article(
        contributor,
        section,
        featured_image=image.pk,
        body=streamfield([("paragraph", document_link(document))]),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert client.get(document.url).status_code == 403  # submitted is not published
    approve_to_live(client.__class__(), article, board)

    html = client.get(article.url).content.decode()
    pictures = media_urls(html)
    assert pictures and all(url.startswith("/media/images/") for url in pictures), pictures
    for url in pictures:
        assert client.get(url).status_code == 200, url
    assert document.url in html
    assert client.get(document.url).status_code == 200
    # Originals stay for the admin only; the private renditions are gone.
    for url in private_urls:
        assert client.get(url).status_code == 404, url


def test_a_draft_of_a_live_article_does_not_publish_its_new_uploads(client, section, board):
    contributor = logged_in(client.__class__(), board["contributor"])
    response, article = create_article(contributor, section)
    approve_to_live(client.__class__(), article, board)
    document = upload_document(contributor)
    body = streamfield([("paragraph", document_link(document))])
    edit_article(logged_in(client.__class__(), board["editor_a"]), article, body=body)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.has_unpublished_changes
    assert client.get(document.url).status_code == 403  # only the draft links to it


def test_a_video_and_its_thumbnail_are_private_until_a_video_page_goes_live(
    client, home, board, debug_urls
):
    from gallery.models import VideoPage

    contributor = logged_in(client.__class__(), board["contributor"])
    video = upload_video(contributor)
    urls = {video.file.url, video.thumbnail.url}
    assert all(url.startswith("/media/private/") for url in urls), urls
    for url in urls:
        assert contributor.get(url).status_code == 200, url
        assert client.get(url).status_code == 404, url
        assert client.get(url.replace("/private/", "/")).status_code == 404, url

    gallery = GalleryIndexPageFactory(parent=home)
    page = VideoPage(
        title="Phóng sự hội nghị",
        live=False,
        video=[{"type": "video_file", "value": {"video": video.pk, "caption": ""}}],
    )
    gallery.add_child(instance=page)
    with direct_publishing("test set-up"):
        page.save_revision().publish()

    video.refresh_from_db()
    html = client.get(page.url).content.decode()
    played = media_urls(html)
    assert {video.file.url, video.thumbnail.url} <= played, played
    for url in played:
        assert url.startswith(("/media/media/", "/media/media_thumbnails/", "/media/images/"))
        assert client.get(url).status_code == 200, url

    # A new thumbnail waits for the next publication; the published video keeps playing.
    video.thumbnail = SimpleUploadedFile("khung-moi.png", tiny_png(), content_type="image/png")
    video.save()
    assert video.thumbnail.name.startswith("private/media_thumbnails/")
    assert video.file.name.startswith("media/")
    assert client.get(video.file.url).status_code == 200


def test_replacing_the_file_of_a_published_image_makes_it_private_again(
    client, section, board, debug_urls
):
    contributor = logged_in(client.__class__(), board["contributor"])
    image = upload_image(contributor)
    response, article = create_article(contributor, section, featured_image=image.pk)
    approve_to_live(client.__class__(), article, board)
    pictures = media_urls(client.get(article.url).content.decode())
    assert pictures and all(client.get(url).status_code == 200 for url in pictures)

    # Its uploader may no longer change it (portal.file_permissions); an editor may.
    editor = logged_in(client.__class__(), board["editor_a"])
    response = editor.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        {
            "title": image.title,
            "collection": image.collection_id,
            "description": "Ảnh khác",
            "file": SimpleUploadedFile("anh-khac.png", tiny_png(900, 600, (0, 0, 0))),
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    # Readers get no picture until the article is published again (the new file is reviewed).
    pictures = media_urls(client.get(article.url).content.decode())
    assert pictures and all(client.get(url).status_code == 404 for url in pictures), pictures


def test_a_published_banner_and_the_emblem_make_their_pictures_public(client, debug_urls):
    banner = BannerFactory()
    emblem = ImageFactory()
    assert banner.image.get_rendition("width-100").url.startswith("/media/private/images/")
    banner.save_revision().publish()
    site_identity(emblem=emblem)
    for image in (banner.image, emblem):
        image.refresh_from_db()
        assert image.public_since is not None
        assert not PortalRendition.objects.filter(image=image, file__startswith="private/")
        url = image.get_rendition("width-100").url
        assert url.startswith("/media/images/")
        assert client.get(url).status_code == 200


def test_no_original_is_ever_served_to_readers(client, home, debug_urls):
    from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

    section = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=section, live=False)
    article.save_revision().publish()
    article.refresh_from_db()
    html = client.get(article.url).content.decode()
    assert "/media/original_images/" not in html
    assert client.get(article.featured_image.file.url).status_code == 404


def test_the_upgrade_keeps_public_what_readers_see_and_makes_the_rest_private(home):
    """Migration portal 0008 on a site whose uploads were all public."""
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from tests.home.factories import StandardPageFactory

    migration = importlib.import_module("portal.migrations.0009_private_uploads")
    shown, drafted, emblem = ImageFactory(), ImageFactory(), ImageFactory()
    StandardPageFactory(parent=home, body=[("image", {"image": shown, "caption": ""})])
    StandardPageFactory(
        parent=home, live=False, body=[("image", {"image": drafted, "caption": ""})]
    )
    site_identity(emblem=emblem)
    old_rendition = drafted.get_rendition("width-90")  # a size no other test caches
    # Videos as uploaded before: in the public folders (bulk_create: no signals).
    used, unused = Media.objects.bulk_create(
        Media(title=name, type="video", file=default_storage.save(f"media/{name}.mp4", video))
        for name, video in (("dung", ContentFile(MP4)), ("chua-dung", ContentFile(MP4)))
    )
    gallery = GalleryIndexPageFactory(parent=home)
    from gallery.models import VideoPage

    gallery.add_child(
        instance=VideoPage(
            title="Video",
            video=[{"type": "video_file", "value": {"video": used.pk, "caption": ""}}],
        )
    )
    PortalImage.objects.update(public_since=None)

    migration.release_uploads_in_use(apps, None)

    assert set(PortalImage.objects.filter(public_since__isnull=False)) == {shown, emblem}
    assert not PortalRendition.objects.filter(pk=old_rendition.pk).exists()
    assert not default_storage.exists(old_rendition.file.name)
    used.refresh_from_db()
    unused.refresh_from_db()
    assert used.file.name == "media/dung.mp4"
    assert unused.file.name.startswith("private/media/chua-dung")
    assert default_storage.exists(unused.file.name)
    assert not default_storage.exists("media/chua-dung.mp4")
