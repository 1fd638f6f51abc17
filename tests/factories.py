"""Factories for test data shared by every capability's tests."""

import io

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
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Tin hoạt động số {n}")
    sapo = "Sáng nay, Đảng ủy Khối tổ chức hội nghị."


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
