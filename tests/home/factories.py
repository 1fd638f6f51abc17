"""The home page, standard pages and contact officials for the tests."""

import factory
import wagtail_factories
from wagtail.models import Site

from home.models import ContactOfficial, HomeSelection, StandardPage


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Trang giới thiệu {n}")
    intro = "Giới thiệu chung về tổ chức."


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


class HomeSelectionFactory(factory.django.DjangoModelFactory):
    """A place on the home page held by a chosen article (give ``home`` and ``article``)."""

    class Meta:
        model = HomeSelection

    position = HomeSelection.LEAD
