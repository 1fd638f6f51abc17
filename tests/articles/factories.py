"""Sections, articles and outlets for the tests."""

import factory
import wagtail_factories

from articles.models import ArticleIndexPage, ArticleKind, ArticlePage
from tests.portal.factories import ImageFactory


def article_kind(slug="tin"):
    return ArticleKind.objects.get(slug=slug)


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


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "articles.Outlet"
        django_get_or_create = ("name",)

    name = "Báo Thanh Hóa"
    home_url = "https://baothanhhoa.example.vn"
    full_text_allowed = False
