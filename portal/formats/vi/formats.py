"""Vietnamese formats, replacing Django's ``vi`` module where it is wrong for our readers.

Django's ``vi`` defines no input formats, so "05/06/2026" would be read as 6 May (US
order) and its short dates use hyphens. Here dates are shown and typed day first,
time is 24-hour and weeks start on Monday. Weekday names come from the catalogue
("Thứ Hai" ... "Chủ nhật"), never typed by hand.
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
YEAR_MONTH_FORMAT = r"\t\há\n\g n/Y"
MONTH_DAY_FORMAT = "d/m"
FIRST_DAY_OF_WEEK = 1  # Monday

# strptime accepts one or two digits for %d and %m, so d/m/yyyy is covered too.
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/06/2026, 5/6/2026
    "%d-%m-%Y",  # 05-06-2026
    "%d.%m.%Y",  # 05.06.2026
    "%Y-%m-%d",  # ISO, sent by browsers' date inputs and APIs
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%Hh%M", "%Hh"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d",
]

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
