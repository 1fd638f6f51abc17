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


def tiny_png(width=8, height=6, colour=(200, 16, 46)):
    """A few bytes of real PNG: enough for Wagtail, cheap for the test run."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


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

    from portal.demo.pdfs import make_pdf
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
        revision.publish()
        page.refresh_from_db()
    return page
