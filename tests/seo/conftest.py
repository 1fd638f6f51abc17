"""A site with an identity and an emblem, and a section for articles."""

import pytest
from wagtail.models import Site

from portal.models import SiteIdentity
from tests.articles.factories import ArticleIndexPageFactory
from tests.portal.factories import sized_image


@pytest.fixture(autouse=True)
def empty_cache():
    """Ids repeat between tests (rolled back): a rendition cached by another test is stale."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def identity(db):
    site = Site.objects.get(is_default_site=True)
    identity = SiteIdentity.for_site(site)
    identity.organisation_name = "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa"
    identity.organisation_name_en = "Party Committee of Provincial Agencies and Enterprises"
    identity.short_name = "ĐUK CQ&DN"
    identity.site_title = "Trang thông tin điện tử"
    identity.province = "Thanh Hóa"
    identity.governing_body = "Tỉnh ủy Thanh Hóa"
    identity.address = "Số 1 Đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa"
    identity.phone = "0237.3852.000"
    identity.email = "vanphong@dukhoi.example.vn"
    identity.emblem = sized_image(400, 400, description="Biểu trưng Đảng bộ Khối")
    identity.save()
    return identity


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")
