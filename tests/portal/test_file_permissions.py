"""Who may change and delete uploaded images, documents and videos (portal.file_permissions).

Deleting needs the collection's "delete" permission (administrators); changing a file (its
details, a new file) needs "change" (the editorial board). Whoever uploaded a file may do both
only while nothing published has used it: after that, a live article must keep its picture,
its document and its video.
"""

from dataclasses import dataclass

import pytest
from django.contrib.messages import constants, get_messages
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection
from wagtailmedia.models import Media

from portal.models import PortalDocument, PortalImage
from portal.publishing import direct_publishing
from tests.articles.factories import ArticlePageFactory
from tests.portal.factories import ImageFactory, pdf_document, tiny_png
from tests.portal.test_private_uploads import MP4, logged_in, media_urls

pytestmark = pytest.mark.django_db

KINDS = ("image", "document", "video")
MODELS = {"image": PortalImage, "document": PortalDocument, "video": Media}
SCREENS = {  # URL names of each kind's screens
    "image": {"edit": "wagtailimages:edit", "delete": "wagtailimages:delete"},
    "document": {"edit": "wagtaildocs:edit", "delete": "wagtaildocs:delete"},
    "video": {"edit": "wagtailmedia:edit", "delete": "wagtailmedia:delete"},
}


def make_upload(kind, owner, title="Tệp thử"):
    if kind == "image":
        root = Collection.get_first_root_node()  # where the roles' rights on files are
        return ImageFactory(uploaded_by_user=owner, title=title, collection=root)
    if kind == "document":
        return pdf_document(title=title, uploaded_by_user=owner)
    # As uploaded through the admin: the file is stored under private/ when the video is saved.
    video = Media(title=title, type="video", uploaded_by_user=owner, duration=30)
    video.file = ContentFile(MP4, name="hoi-nghi.mp4")
    video.save()
    assert video.file.name.startswith("private/")
    return video


def fresh(upload):
    """The upload as stored now, or None once deleted."""
    return type(upload).objects.filter(pk=upload.pk).first()


@dataclass
class Library:
    """The contributor's uploads a live article uses, the contributor's unpublished ones,
    another contributor's unpublished ones, and the live article."""

    published: dict
    private: dict
    others: dict
    article: object


@pytest.fixture
def library(section, board):
    cache.clear()  # renditions cached by an earlier test for an image of the same id
    contributor, other = board["contributor"], board["contributor2"]
    published = {kind: make_upload(kind, contributor, "Đã đăng") for kind in KINDS}
    link = f'<p>Xem <a linktype="document" id="{published["document"].pk}">kế hoạch</a>.</p>'
    article = ArticlePageFactory(
        parent=section,
        live=False,
        owner=contributor,
        featured_image=published["image"],
        body=[
            {"type": "paragraph", "value": link},
            {"type": "video_file", "value": {"video": published["video"].pk, "caption": ""}},
        ],
    )
    with direct_publishing("test set-up"):
        article.save_revision().publish()
    article.refresh_from_db()
    for upload in published.values():
        upload.refresh_from_db()
    return Library(
        published=published,
        private={kind: make_upload(kind, contributor, "Chưa đăng") for kind in KINDS},
        others={kind: make_upload(kind, other, "Của người khác") for kind in KINDS},
        article=article,
    )


def edit_data(kind, upload, **fields):
    """What the edit screen posts, with a new title (and a new file when given)."""
    data = {"title": "Tiêu đề mới", "collection": upload.collection_id, "tags": ""}
    if kind == "image":
        data.update(description="Ảnh hội nghị", caption="", credit="")
        data.update(dict.fromkeys(("focal_point_x", "focal_point_y"), ""))
        data.update(dict.fromkeys(("focal_point_width", "focal_point_height"), ""))
    if kind == "video":
        data.update(duration=30, width=1280, height=720)
    data.update(fields)
    return data


def new_file(kind):
    from demo.pdfs import make_pdf

    if kind == "image":
        return SimpleUploadedFile("anh-khac.png", tiny_png(40, 30, (0, 0, 0)))
    if kind == "document":
        return SimpleUploadedFile("khac.pdf", make_pdf(["ĐẢNG ỦY"], "KHÁC", ["Nội dung."]))
    return SimpleUploadedFile("khac.mp4", MP4, content_type="video/mp4")


def try_change(client, kind, upload, replace=False):
    """Post the edit screen; True when the change was saved."""
    fields = {"file": new_file(kind)} if replace else {}
    url = reverse(SCREENS[kind]["edit"], args=(upload.pk,))
    before = (upload.title, upload.file.name)
    client.post(url, edit_data(kind, upload, **fields))
    after = fresh(upload)
    return (after.title, after.file.name) != before


def try_delete(client, kind, upload):
    """Open the delete screen and confirm; True when the file was deleted. The screen
    opens exactly when the deletion goes through."""
    url = reverse(SCREENS[kind]["delete"], args=(upload.pk,))
    shown = client.get(url).status_code == 200
    client.post(url)
    deleted = fresh(upload) is None
    assert shown == deleted, f"{url}: screen shown {shown}, deleted {deleted}"
    return deleted


# What each person may do: (whose file, action) -> allowed. "published" is the contributor's
# upload a live article uses; "private", the contributor's unpublished one; "others", another
# contributor's unpublished one.
BOARD_MEMBER = {
    ("published", "change"): True,
    ("published", "delete"): False,
    ("private", "change"): True,
    ("private", "delete"): False,
    ("others", "change"): True,
    ("others", "delete"): False,
}
ADMINISTRATOR = dict.fromkeys(BOARD_MEMBER, True)
RIGHTS = {
    "contributor": {
        ("published", "change"): False,
        ("published", "delete"): False,
        ("private", "change"): True,
        ("private", "delete"): True,
        ("others", "change"): False,
        ("others", "delete"): False,
    },
    "editor_a": BOARD_MEMBER,
    "deputy": BOARD_MEMBER,
    "chief": BOARD_MEMBER,
    "admin": ADMINISTRATOR,
    "technician": ADMINISTRATOR,
}


@pytest.mark.parametrize("person", sorted(RIGHTS))
def test_who_may_change_and_delete_each_file(client, board, superuser, library, person):
    user = superuser if person == "technician" else board[person]
    client = logged_in(client, user)
    wrong = []
    for (whose, action), allowed in RIGHTS[person].items():
        for kind in KINDS:
            upload = getattr(library, whose)[kind]
            if action == "delete":
                done = try_delete(client, kind, upload)
            else:
                done = try_change(client, kind, upload)
            if done != allowed:
                wrong.append(f"{person} {action} {whose} {kind}: done {done}, allowed {allowed}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("kind", KINDS)
def test_the_uploader_cannot_take_a_published_file_from_live_content(
    client, board, library, debug_urls, kind
):
    reader = client.__class__()
    upload = library.published[kind]
    contributor = logged_in(client, board["contributor"])
    assert not try_change(contributor, kind, upload, replace=True)
    assert not try_delete(contributor, kind, upload)

    html = reader.get(library.article.url).content.decode()
    if kind == "image":
        pictures = {url for url in media_urls(html) if url.startswith("/media/images/")}
        assert pictures, html
        assert all(reader.get(url).status_code == 200 for url in pictures)
    else:
        upload.refresh_from_db()
        assert upload.url in html
        assert reader.get(upload.url).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_the_uploader_replaces_a_file_nothing_published_uses(client, board, library, kind):
    upload = library.private[kind]
    assert try_change(logged_in(client, board["contributor"]), kind, upload, replace=True)


def test_a_refusal_says_why(client, board, library):
    def refusal(user, kind, upload):
        url = reverse(SCREENS[kind]["delete"], args=(upload.pk,))
        with translation.override("vi"):
            response = logged_in(client, user).post(url)
        assert response.status_code == 302
        return [str(m) for m in get_messages(response.wsgi_request) if m.level == constants.ERROR]

    for kind in KINDS:
        shown = refusal(board["contributor"], kind, library.published[kind])
        assert "Tệp này đã được dùng trong nội dung đã đăng: chỉ Quản trị viên được xóa." in shown
        shown = refusal(board["editor_a"], kind, library.others[kind])
        assert "Chỉ Quản trị viên được xóa tệp do người khác tải lên." in shown
    contributor = logged_in(client, board["contributor"])
    with translation.override("vi"):
        response = contributor.get(
            reverse("wagtaildocs:edit", args=(library.published["document"].pk,))
        )
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert (
        "Tệp này đã được dùng trong nội dung đã đăng: chỉ Ban biên tập và Quản trị viên được "
        "sửa hoặc thay tệp." in shown
    ), shown


def bulk_delete(client, model, uploads):
    url = reverse(
        "wagtail_bulk_action",
        args=(model._meta.app_label, model._meta.model_name, "delete"),
    )
    query = "?" + "&".join(f"id={upload.pk}" for upload in uploads)
    return client.post(url + query)


@pytest.mark.parametrize("kind", ("image", "document"))
def test_bulk_delete_follows_the_same_rules(client, board, library, kind):
    model = MODELS[kind]
    everything = [library.published[kind], library.private[kind], library.others[kind]]
    for person in ("editor_a", "deputy", "chief"):
        bulk_delete(logged_in(client, board[person]), model, everything)
        assert all(fresh(upload) for upload in everything), person

    bulk_delete(logged_in(client, board["contributor"]), model, everything)
    assert [bool(fresh(upload)) for upload in everything] == [True, False, True]

    bulk_delete(logged_in(client, board["admin"]), model, everything)
    assert not any(fresh(upload) for upload in everything)


XHR = {"X-Requested-With": "XMLHttpRequest"}  # as the multiple-upload screen's script


@pytest.mark.parametrize("kind", ("image", "document"))
def test_the_multiple_upload_screen_follows_the_same_rules(client, board, library, kind):
    app, key = ("wagtailimages", "image") if kind == "image" else ("wagtaildocs", "doc")
    published, private = library.published[kind], library.private[kind]
    contributor = logged_in(client, board["contributor"])
    data = {f"{key}-{published.pk}-title": "Tiêu đề mới", f"{key}-{published.pk}-tags": ""}
    url = reverse(f"{app}:edit_multiple", args=(published.pk,))
    assert contributor.post(url, data, headers=XHR).status_code == 403
    url = reverse(f"{app}:delete_multiple", args=(published.pk,))
    assert contributor.post(url, headers=XHR).status_code == 403
    assert fresh(published).title == "Đã đăng"

    editor = logged_in(client.__class__(), board["editor_a"])
    url = reverse(f"{app}:delete_multiple", args=(private.pk,))
    assert editor.post(url, headers=XHR).status_code == 403
    assert fresh(private)
    assert contributor.post(url, headers=XHR).json()["success"]
    assert not fresh(private)


def test_lists_show_what_one_may_change_and_choosers_the_whole_library(client, board, library):
    contributor = logged_in(client, board["contributor"])
    images = contributor.get(reverse("wagtailimages:index")).context["images"]
    assert set(images) == {library.private["image"]}
    chooser = contributor.get(reverse("wagtailimages_chooser:choose")).context["results"]
    assert {library.published["image"], library.others["image"]} <= set(chooser)

    videos = contributor.get(reverse("wagtailmedia:index")).context["media_files"]
    assert set(videos) == {library.private["video"]}


def test_any_library_video_may_be_chosen(client, board, library):
    contributor = logged_in(client, board["contributor"])
    response = contributor.get(reverse("wagtailmedia:chooser"))
    listed = set(response.context["media_files"])
    assert set(library.others.values()) & listed == {library.others["video"]}
    assert library.published["video"] in listed
    for video in (library.others["video"], library.published["video"]):
        response = contributor.get(reverse("wagtailmedia:media_chosen", args=(video.pk,)))
        assert response.status_code == 200
        assert response.json()["result"]["id"] == video.pk


@pytest.mark.parametrize("kind", KINDS)
def test_where_a_file_is_used_is_shown_to_whoever_may_change_it(client, board, library, kind):
    name = {
        "image": "wagtailimages:image_usage",
        "document": "wagtaildocs:document_usage",
        "video": "wagtailmedia:media_usage",
    }[kind]
    contributor = logged_in(client, board["contributor"])
    refused = contributor.get(reverse(name, args=(library.others[kind].pk,)))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert contributor.get(reverse(name, args=(library.private[kind].pk,))).status_code == 200
    editor = logged_in(client.__class__(), board["editor_a"])
    response = editor.get(reverse(name, args=(library.published[kind].pk,)))
    assert response.status_code == 200
    assert library.article.title in response.content.decode()


def _policies_held_by(module):
    """Every permission policy a module of the file apps holds: its own, its views',
    forms', bulk actions', URL finders', checkers'."""
    from wagtail.admin.auth import PermissionPolicyChecker
    from wagtail.permission_policies.base import BasePermissionPolicy

    for name, value in vars(module).items():
        if isinstance(value, BasePermissionPolicy):
            yield f"{module.__name__}.{name}", value
        elif isinstance(value, PermissionPolicyChecker):
            yield f"{module.__name__}.{name}.policy", value.policy
        elif isinstance(value, type) and value.__module__ == module.__name__:
            policy = getattr(value, "permission_policy", None)
            if isinstance(policy, BasePermissionPolicy):
                yield f"{module.__name__}.{name}", policy


def test_every_view_of_the_file_apps_sees_these_rules(client, board):
    import importlib
    import pkgutil

    import wagtail.documents
    import wagtail.images
    import wagtailmedia
    from wagtail.hooks import search_for_hooks
    from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
    from wagtailmedia.forms import get_media_form

    from portal.file_permissions import UploadPermissionPolicy

    search_for_hooks()
    client.force_login(board["contributor"])
    client.get(reverse("wagtailmedia:index"))  # the views' checkers find their policy
    found = {}
    for package in (wagtail.images, wagtail.documents, wagtailmedia):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            skipped = (".tests", ".migrations", ".api.v3", "jinja2tags")
            if any(part in info.name for part in skipped):
                continue
            found.update(_policies_held_by(importlib.import_module(info.name)))
    file_policies = {
        name: policy
        for name, policy in found.items()
        if isinstance(policy, CollectionOwnershipPermissionPolicy)
    }
    assert len(file_policies) > 40, sorted(found)
    wrong = [name for name, p in file_policies.items() if type(p) is not UploadPermissionPolicy]
    assert not wrong, wrong
    media_form = get_media_form(Media)(user=board["contributor"])
    assert type(media_form.permission_policy) is UploadPermissionPolicy
    for upload in (make_upload("image", None), pdf_document()):
        # Wagtail's "edit this file" links in choosers and URL finders
        assert not upload.is_editable_by_user(board["contributor"])
        assert upload.is_editable_by_user(board["editor_a"])


def test_the_multiple_upload_finish_step_saves_a_real_pdf(client, board):
    """A document waiting for its details (its title did not fit) becomes a document."""
    from demo.pdfs import make_pdf

    contributor = logged_in(client, board["contributor"])
    data = make_pdf(["ĐẢNG ỦY KHỐI"], "KẾ HOẠCH", ["Nội dung kế hoạch."])
    response = contributor.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "title": "Kế hoạch " * 40,  # longer than a title may be
            "files[]": SimpleUploadedFile("ke-hoach.pdf", data, content_type="application/pdf"),
        },
    )
    upload_id = response.json()["uploaded_file_id"]
    url = reverse("wagtaildocs:create_multiple_from_uploaded_document", args=(upload_id,))
    prefix = f"uploaded-document-{upload_id}"

    with translation.override("vi"):
        response = contributor.post(url, {f"{prefix}-title": "", f"{prefix}-collection": 1})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "Trường này là bắt buộc." in response.json()["form"]
    assert not PortalDocument.objects.exists()

    response = contributor.post(
        url, {f"{prefix}-title": "Kế hoạch công tác", f"{prefix}-collection": 1}
    )
    assert response.status_code == 200 and response.json()["success"], response.content
    document = PortalDocument.objects.get(pk=response.json()["doc_id"])
    assert document.title == "Kế hoạch công tác"
    assert document.uploaded_by_user == board["contributor"]
    assert document.file.name.endswith(".pdf")
    assert document.file.read().startswith(b"%PDF-")
    assert document.text_status == PortalDocument.TextStatus.OK


def test_the_uploader_cannot_swap_a_file_the_reviewers_are_looking_at(client, board, section):
    """Reviewers approve the picture they saw: once the article is submitted, its author may
    not replace or delete that picture until the review ends (a scheduled go-live likewise)."""
    from tests.editorial.utils import create_article

    contributor = logged_in(client, board["contributor"])
    image = make_upload("image", board["contributor"], "Ảnh bài gửi duyệt")
    other = make_upload("image", board["contributor"], "Ảnh chưa dùng")
    assert try_change(contributor, "image", image, replace=True), "a draft's picture may change"

    response, article = create_article(contributor, section, featured_image=image.pk)
    assert response.status_code == 302 and article.current_workflow_state is not None

    image.refresh_from_db()
    assert not try_change(contributor, "image", image, replace=True)
    assert not try_delete(contributor, "image", image)
    assert try_change(contributor, "image", other, replace=True), "unused uploads stay theirs"
    editor = logged_in(client.__class__(), board["editor_a"])
    assert try_change(editor, "image", image, replace=True), "the board may still fix it"
