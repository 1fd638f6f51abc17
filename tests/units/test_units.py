"""Member units: the public list of grassroots party organisations."""

import pytest

from tests.units.factories import UnitFactory
from units.models import Unit, UnitIndexPage

pytestmark = pytest.mark.django_db


def test_public_list_of_grassroots_party_organisations(client, home):
    company = UnitFactory(
        name="Đảng bộ Công ty CP Bia Lam Sơn Mới", short_code="DB-BIA", kind="party"
    )
    UnitFactory(name="Chi bộ Phân xưởng 1", short_code="CB-PX1", kind="cell", parent=company)
    UnitFactory(name="Công đoàn Viên chức tỉnh", short_code="CĐVC", kind="mass")
    UnitFactory(name="Đảng bộ đã giải thể", short_code="DB-CU", kind="party", active=False)
    page = UnitIndexPage(title="Tổ chức cơ sở đảng trực thuộc", slug="to-chuc-co-so-dang")
    home.add_child(instance=page)
    html = client.get(page.url).content.decode()
    assert "Đảng bộ Công ty CP Bia Lam Sơn Mới" in html
    assert "Chi bộ Phân xưởng 1" in html
    assert "Công đoàn Viên chức tỉnh" not in html
    assert "Đảng bộ đã giải thể" not in html
    assert "1 tổ chức cơ sở đảng." in html


def test_units_nest(db):
    parent = UnitFactory(kind="party", short_code="DB-A")
    child = UnitFactory(kind="cell", short_code="CB-A1", parent=parent)
    assert list(parent.children.all()) == [child]
    assert Unit.objects.get(short_code="CB-A1").parent == parent
