"""Vietnamese alphabetical order and case-insensitive tags, the same on SQLite and PostgreSQL
(CI runs this module on both)."""

import random

import pytest
from django.db import connection

from portal.collation import sort_key, vietnamese
from portal.models import PortalTag
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.units.factories import UnitFactory

pytestmark = pytest.mark.django_db

VIETNAMESE_ORDER = [
    "An", "Ánh", "Ăn", "Âu", "Bình", "Chi", "Dung", "Đào", "Em", "Ê", "Giang", "Hà",
    "ma", "mà", "mả", "mã", "má", "mạ", "Ong", "Ô", "Ơ", "Uyên", "Ư", "Yến",
]  # fmt: skip


def shuffled(names):
    names = list(names)
    random.Random(2026).shuffle(names)
    return names


def test_python_sorts_in_vietnamese_order():
    assert sorted(shuffled(VIETNAMESE_ORDER), key=sort_key) == VIETNAMESE_ORDER


def test_the_database_sorts_in_vietnamese_order():
    for number, name in enumerate(shuffled(VIETNAMESE_ORDER)):
        PortalTag.objects.create(name=f"{name}")
        UnitFactory(name=f"Chi bộ {name}", short_code=f"CB{number}")
    tags = list(PortalTag.objects.values_list("name", flat=True))
    assert tags == VIETNAMESE_ORDER, connection.vendor
    from units.models import Unit

    units = list(Unit.objects.filter(name__startswith="Chi bộ ").values_list("name", flat=True))
    assert units == [f"Chi bộ {name}" for name in VIETNAMESE_ORDER], connection.vendor


def test_document_types_issuers_and_fields_are_listed_in_vietnamese_order():
    from documents.models import DocumentField, DocumentType, Issuer

    for number, name in enumerate(shuffled(VIETNAMESE_ORDER)):
        DocumentType.objects.create(name=f"Loại {name}", slug=f"loai-{number}", system="party")
        Issuer.objects.create(name=f"Ban thử {name}", code=f"B{number}", system="party")
        DocumentField.objects.create(name=f"Lĩnh vực {name}", slug=f"linh-vuc-{number}")
    for model, prefix in (
        (DocumentType, "Loại "),
        (Issuer, "Ban thử "),
        (DocumentField, "Lĩnh vực "),
    ):
        names = model.objects.filter(name__startswith=prefix).values_list("name", flat=True)
        assert list(names) == [prefix + name for name in VIETNAMESE_ORDER], model.__name__


def test_explicit_ordering_uses_the_collation():
    names = ["Đảng bộ", "Dân vận", "Ban Tuyên giáo", "Ăn uống", "Ân nghĩa"]
    for name in names:
        PortalTag.objects.create(name=name)
    ordered = PortalTag.objects.order_by(vietnamese("name")).values_list("name", flat=True)
    assert list(ordered) == ["Ăn uống", "Ân nghĩa", "Ban Tuyên giáo", "Dân vận", "Đảng bộ"]


def test_tags_that_differ_only_by_case_are_one_tag(home):
    section = ArticleIndexPageFactory(parent=home)
    first = ArticlePageFactory(parent=section)
    second = ArticlePageFactory(parent=section)
    first.tags.add("Đảng")
    second.tags.add("đảng")
    second.tags.add("ĐẢNG")
    first.save()
    second.save()
    assert PortalTag.objects.count() == 1, connection.vendor
    tag = PortalTag.objects.get()
    assert tag.name == "Đảng" and tag.slug == "dang"
    assert set(tag.tagged_articles.values_list("content_object_id", flat=True)) == {
        first.pk,
        second.pk,
    }
    assert PortalTag.objects.filter(name__iexact="đẢnG").get() == tag
