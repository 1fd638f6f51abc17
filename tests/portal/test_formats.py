"""Vietnamese dates: typed and shown day first, 24-hour time, weeks from Monday."""

import datetime

import pytest
from django import forms
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.formats import date_format, get_format
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from portal import dates


class DateForm(forms.Form):
    day = forms.DateField()
    moment = forms.DateTimeField(required=False)


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05/06/2026", datetime.date(2026, 6, 5)),  # 5 June, never 6 May
        ("5/6/2026", datetime.date(2026, 6, 5)),
        ("29/11/2026", datetime.date(2026, 11, 29)),
        ("1/1/2026", datetime.date(2026, 1, 1)),
        ("05-06-2026", datetime.date(2026, 6, 5)),
        ("05.06.2026", datetime.date(2026, 6, 5)),
        ("2026-06-05", datetime.date(2026, 6, 5)),  # ISO from browsers' date inputs
    ],
)
def test_date_input(typed, expected):
    form = DateForm(data={"day": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == expected


@pytest.mark.parametrize("typed", ["13/13/2026", "31/02/2026", "06/05", "ngày mai"])
def test_impossible_dates_are_refused(typed):
    assert not DateForm(data={"day": typed}).is_valid()


def test_datetime_input_is_day_first_and_24_hour():
    form = DateForm(data={"day": "29/11/2026", "moment": "05/06/2026 14:30"})
    assert form.is_valid(), form.errors
    moment = timezone.localtime(form.cleaned_data["moment"])
    assert (moment.day, moment.month, moment.hour, moment.minute) == (5, 6, 14, 30)
    assert moment.tzinfo.key == "Asia/Ho_Chi_Minh"


def test_date_output():
    day = datetime.date(2026, 6, 5)
    assert date_format(day) == "05/06/2026"
    assert date_format(day, "SHORT_DATE_FORMAT") == "05/06/2026"
    assert Template("{{ day|date }}").render(Context({"day": day})) == "05/06/2026"
    moment = datetime.datetime(2026, 6, 5, 14, 30)
    assert date_format(moment, "DATETIME_FORMAT") == "05/06/2026 14:30"


def test_weekday_names_are_computed():
    # 29/11/2026 is a Sunday; the names come from the catalogue, never typed per date.
    names = [
        dates.weekday_name(datetime.date(2026, 11, 23) + datetime.timedelta(d)) for d in range(7)
    ]
    assert names == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
    assert date_format(datetime.date(2026, 11, 29), "l") == "Chủ nhật"
    assert date_format(datetime.date(2026, 11, 30), "l") == "Thứ Hai"


def test_long_dates_for_readers():
    moment = timezone.make_aware(datetime.datetime(2026, 11, 29, 8, 30))
    assert dates.long_datetime(moment) == "Chủ nhật, 29/11/2026 08:30"
    assert dates.long_date(datetime.date(2026, 11, 29)) == "Chủ nhật, 29/11/2026"
    utc = moment.astimezone(datetime.UTC)  # stored in UTC, shown in Vietnam's time
    assert dates.long_datetime(utc) == "Chủ nhật, 29/11/2026 08:30"
    rendered = Template("{% load portal_tags %}{{ m|long_datetime }}").render(Context({"m": utc}))
    assert rendered == "Chủ nhật, 29/11/2026 08:30"


def test_week_starts_on_monday():
    assert get_format("FIRST_DAY_OF_WEEK") == 1


def test_numbers_are_not_grouped_site_wide():
    rendered = Template("{{ year }} {{ count }}").render(Context({"year": 2026, "count": 1977458}))
    assert rendered == "2026 1977458"
    grouped = Template("{% load portal_tags %}{{ count|thousands }}")
    assert grouped.render(Context({"count": 1977458})) == "1.977.458"


def test_admin_date_widgets_use_day_first():
    widget = AdminDateInput()
    assert widget.format_value(datetime.date(2026, 6, 5)) == "05/06/2026"
    assert "05/06/2026 14:30" in AdminDateTimeInput().render(
        "moment", datetime.datetime(2026, 6, 5, 14, 30)
    )
    config = widget.get_config()
    assert config["dayOfWeekStart"] == 1
    assert config["format"] == "d/m/Y"
