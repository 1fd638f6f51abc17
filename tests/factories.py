"""Factories for test data shared by every capability's tests."""

import io
import uuid

import factory
import wagtail_factories
from PIL import Image as PILImage
from wagtail.models import Site

from articles.models import ArticleIndexPage, ArticlePage
from home.models import ContactOfficial, StandardPage
from portal.models import PortalImage
from portal.publishing import direct_publishing

# Test content is set up the way the demo loader sets up its content: published directly,
# whatever workflow the test runs under.
FIXTURES = "test fixtures"


def tiny_png(width=8, height=6, colour=(200, 16, 46)):
    """A few bytes of real PNG: enough for Wagtail, cheap for the test run."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def without_wagtail_default_workflow():
    """Take Wagtail's "Moderators approval" off the root, as ``setup_editorial`` does."""
    from wagtail.models import Workflow

    Workflow.objects.filter(name="Moderators approval").update(active=False)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PortalImage

    title = factory.Sequence(lambda n: f"Ảnh thử {n}")
    file = factory.django.ImageField(width=8, height=6, color="red")
    description = "Ảnh minh họa hội nghị"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Trang giới thiệu {n}")
    intro = "Giới thiệu chung về tổ chức."


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = factory.Sequence(lambda n: f"Chuyên mục {n}")


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A complete own news item (kind "tin", sapo, picture), publishable as it is."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Tin hoạt động số {n}")
    sapo = "Sáng nay, Đảng ủy Khối tổ chức hội nghị."
    kind = factory.LazyFunction(lambda: article_kind("tin"))
    featured_image = factory.SubFactory(ImageFactory)


class ContactOfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactOfficial

    name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    position = "Chánh Văn phòng"
    position_en = "Chief of Office"
    unit = "Văn phòng Đảng ủy Khối"
    unit_en = "Office of the Party Committee"
    phone = "0237.3000.000"
    email = "vanphong@example.vn"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    first_name = "Người"
    last_name = factory.Sequence(lambda n: f"Dùng {n}")
    password = factory.django.Password("matkhau-thu")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """UserFactory(roles=[portal.roles.EDITOR]) puts the user in those groups."""
        if create and extracted:
            from django.contrib.auth.models import Group

            self.groups.add(*(Group.objects.get(name=role.group_name) for role in extracted))


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "units.Unit"
        django_get_or_create = ("short_code",)

    name = factory.Sequence(lambda n: f"Chi bộ số {n}")
    short_code = factory.Sequence(lambda n: f"CB-{n}")
    kind = "cell"


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Outlet"
        django_get_or_create = ("name",)

    name = "Báo Thanh Hóa"
    home_url = "https://baothanhhoa.example.vn"
    full_text_allowed = False


def article_kind(slug="tin"):
    from articles.models import ArticleKind

    return ArticleKind.objects.get(slug=slug)


def sized_image(width, height, **fields):
    """An image of the given size (a flat PNG: large in pixels, tiny in bytes)."""
    return ImageFactory(file__width=width, file__height=height, **fields)


class BannerFactory(factory.django.DjangoModelFactory):
    """A complete, publishable banner in the right column, leading to an outside address."""

    class Meta:
        model = "banners.Banner"

    title = factory.Sequence(lambda n: f"Banner số {n}")
    slot = "right_column"
    image = factory.LazyFunction(lambda: sized_image(320, 260, description="Biểu trưng cuộc thi"))
    target_url = "https://thanhhoa.example.vn/cuoc-thi"
    live = False


def menu_item(page=None, url="", label="", children=()):
    """Raw StreamField data for one menu item (and its children)."""
    return {
        "type": "item",
        "value": {
            "label": label,
            "page": page.pk if page else None,
            "document": None,
            "url": url,
            # List items carry an id, as Wagtail stores them.
            "children": [
                {"type": "item", "value": child["value"], "id": str(uuid.uuid4())}
                for child in children
            ],
        },
    }


def pdf_document(text="Nội dung văn bản.", title="Văn bản", **fields):
    """A PortalDocument holding a real PDF whose text can be searched."""
    from django.core.files.base import ContentFile

    from demo.pdfs import make_pdf
    from portal.models import PortalDocument

    data = make_pdf(["ĐẢNG ỦY KHỐI"], title.upper(), [text])
    document = PortalDocument(title=title, **fields)
    document.file.save(f"{title}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "documents.DocumentLibraryPage"

    title = "Văn bản"
    slug = "van-ban"


def document_page(
    library,
    number,
    type_slug,
    issuer,
    date,
    summary="Về công tác xây dựng Đảng",
    publish=True,
    text=None,
    **fields,
):
    """A complete library record with one PDF, published unless told otherwise."""
    import datetime as _dt

    from documents.models import DocumentAttachment, DocumentPage, DocumentType, Issuer

    page = DocumentPage(
        title=f"Văn bản {number}",
        number=number,
        doc_type=DocumentType.objects.get(slug=type_slug),
        issuer=Issuer.objects.get(code=issuer),
        date_issued=_dt.date.fromisoformat(date) if isinstance(date, str) else date,
        summary=summary,
        live=False,
        **fields,
    )
    library.add_child(instance=page)
    page.attachments = [
        DocumentAttachment(file=pdf_document(text or summary, title=f"Tệp {number}"))
    ]
    page.save()
    revision = page.save_revision()
    if publish:
        with direct_publishing(FIXTURES):
            revision.publish()
        page.refresh_from_db()
    return page


def site_identity(**fields):
    """The default site's identity (header, footer) with the given fields, saved."""
    from portal.models import SiteIdentity

    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    for field, value in fields.items():
        setattr(identity, field, value)
    identity.save()
    return identity


def reader_site():
    """A small site a reader can walk through: menu with a submenu, carousel, a section with
    tagged and illustrated articles, a document library with one PDF document.

    Returns a namespace with every page the quality checks visit (``home``, ``about``,
    ``section``, ``article``, ``library``, ``document``) and the document's PDF bytes.
    """
    import datetime as _dt
    from types import SimpleNamespace

    from django.utils import timezone

    from navigation.models import Menu

    home = home_page()
    site_identity(
        organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu",
        short_name="ĐUK Mẫu",
        site_title="Trang thông tin điện tử",
        governing_body="Tỉnh ủy Mẫu",
        address="Số 1 Đường Lê Lợi, phường Hạc Thành",
        phone="0237.3852.000",
        email="vanphong@dukhoi.example.vn",
    )
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    history = StandardPageFactory(parent=about, title="Lịch sử hình thành", slug="lich-su")
    duties = StandardPageFactory(parent=about, title="Chức năng, nhiệm vụ", slug="chuc-nang")
    section = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")
    now = timezone.now()
    articles = []
    for n, (title, tags) in enumerate(
        [
            ("Hội nghị sơ kết công tác xây dựng Đảng quý IV", ["Xây dựng Đảng", "Hội nghị"]),
            ("Chi bộ Văn phòng sinh hoạt chuyên đề tháng Mười Một", ["Xây dựng Đảng"]),
            ("Đẩy mạnh chuyển đổi số trong các cơ quan đảng", ["Chuyển đổi số"]),
        ]
    ):
        article = ArticlePageFactory(
            parent=section,
            title=title,
            slug=f"bai-{n + 1}",
            date=now - _dt.timedelta(hours=n + 1),
            featured_image=sized_image(960, 540, description=f"Quang cảnh {title.lower()}"),
            body=[("paragraph", f"<p>{title}. Các đại biểu thảo luận và thống nhất nhiệm vụ.</p>")],
        )
        article.tags.add(*tags)
        article.save()
        articles.append(article)
    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2025-06-22",
        summary="Về ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
        text="Triển khai phần mềm quản lý văn bản đến các đảng bộ trực thuộc.",
    )
    menu, _created = Menu.objects.get_or_create(location="main")
    menu.items = [
        menu_item(home, label="Trang chủ"),
        menu_item(about, children=[menu_item(history), menu_item(duties)]),
        menu_item(section),
        menu_item(library),
    ]
    menu.save()
    with direct_publishing(FIXTURES):
        menu.save_revision().publish()
    for n in range(3):
        banner = BannerFactory(
            title=f"Băng chuyền số {n + 1}",
            slot="home_carousel",
            sort_order=n,
            image=sized_image(1200, 500, description=f"Ảnh băng chuyền số {n + 1}"),
            target_url="",
            target_page=articles[n],
        )
        with direct_publishing(FIXTURES):
            banner.save_revision().publish()
    return SimpleNamespace(
        home=home,
        about=about,
        section=section,
        articles=articles,
        article=articles[0],
        library=library,
        document=document,
        pdf=_file_bytes(document.attachments.first().file),
    )


def _file_bytes(document):
    with document.file.open("rb") as handle:
        return handle.read()


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "gallery.GalleryIndexPage"

    title = "Thư viện ảnh – video"
    slug = "thu-vien-anh-video"


def photo_album(gallery, captions=("Đại biểu dự hội nghị",), publish=True, images=None, **fields):
    """An album of one photo per caption (each photo a small image with alt text and credit),
    published unless told otherwise; ``images`` replaces the generated ones."""
    import datetime as _dt

    from gallery.models import AlbumPhoto, PhotoAlbumPage

    if images is None:
        images = [
            ImageFactory(description=f"Ảnh {n}: quang cảnh hội trường", credit="Văn phòng")
            for n in range(1, len(captions) + 1)
        ]
    fields.setdefault("title", f"Album ảnh {uuid.uuid4().hex[:6]}")
    fields.setdefault("date", _dt.date(2026, 7, 14))
    album = PhotoAlbumPage(
        live=False,
        photos=[
            AlbumPhoto(image=image, caption=caption)
            for image, caption in zip(images, captions, strict=False)
        ],
        **fields,
    )
    gallery.add_child(instance=album)
    if publish:
        with direct_publishing(FIXTURES):
            album.save_revision().publish()
        album.refresh_from_db()
    return album


def video_page(gallery, url="https://www.youtube.com/watch?v=abc123", publish=True, **fields):
    """A video page showing another site's video (resolved by the local embed finder)."""
    import datetime as _dt

    from gallery.models import VideoPage

    fields.setdefault("title", f"Video {uuid.uuid4().hex[:6]}")
    fields.setdefault("date", _dt.date(2026, 9, 25))
    poster = ImageFactory(description="Khung hình đầu của video")
    video = VideoPage(
        live=False,
        video=[
            {
                "type": "video_embed",
                "value": {"url": url, "title": fields["title"], "poster": poster.pk, "caption": ""},
            }
        ],
        **fields,
    )
    gallery.add_child(instance=video)
    if publish:
        with direct_publishing(FIXTURES):
            video.save_revision().publish()
        video.refresh_from_db()
    return video


def form_started(seconds_ago=30):
    """The signed start a reader form shown ``seconds_ago`` carries (a person's pace), with
    the form's one-time token: each call is another form shown."""
    import time

    from portal.form_protection import GuardedForm

    return GuardedForm.new_start(time.time() - seconds_ago)
