"""The number and symbol parser: real formats, people's variants, malformed input."""

import pytest

from documents.vocabulary import read_number

pytestmark = pytest.mark.django_db

# (typed, printed, key, system, symbol, issuer, year)
CASES = [
    ("106-KH/TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("32-TTr/VPĐUK", "32-TTr/VPĐUK", "32-ttr/vpđuk", "party", "TTr", "VPĐUK", None),
    ("399-QĐ/TW", "399-QĐ/TW", "399-qđ/tw", "party", "QĐ", "TW", None),
    ("08-QĐi/TW", "08-QĐi/TW", "8-qđi/tw", "party", "QĐi", "TW", None),
    ("97-KH/ĐUK", "97-KH/ĐUK", "97-kh/đuk", "party", "KH", "ĐUK", None),
    ("05-NQ/ĐUK", "05-NQ/ĐUK", "5-nq/đuk", "party", "NQ", "ĐUK", None),
    ("12-CT/TU", "12-CT/TU", "12-ct/tu", "party", "CT", "TU", None),
    ("45-KL/TU", "45-KL/TU", "45-kl/tu", "party", "KL", "TU", None),
    ("15-HD/BTCĐUK", "15-HD/BTCĐUK", "15-hd/btcđuk", "party", "HD", "BTCĐUK", None),
    ("210-TB/ĐUK", "210-TB/ĐUK", "210-tb/đuk", "party", "TB", "ĐUK", None),
    ("1250-CV/ĐUK", "1250-CV/ĐUK", "1250-cv/đuk", "party", "CV", "ĐUK", None),
    ("11-CTr/ĐUK", "11-CTr/ĐUK", "11-ctr/đuk", "party", "CTr", "ĐUK", None),
    ("04-ĐA/ĐUK", "04-ĐA/ĐUK", "4-đa/đuk", "party", "ĐA", "ĐUK", None),
    ("04-DA/ĐUK", "04-DA/ĐUK", "4-da/đuk", "party", "DA", "ĐUK", None),  # dự án, not đề án
    ("09-TT/TU", "09-TT/TU", "9-tt/tu", "party", "TT", "TU", None),
    ("43/2011/NĐ-CP", "43/2011/NĐ-CP", "43/2011/nđ-cp", "state", "NĐ", "CP", 2011),
    ("42/2022/NĐ-CP", "42/2022/NĐ-CP", "42/2022/nđ-cp", "state", "NĐ", "CP", 2022),
    ("22/2023/TT-BTTTT", "22/2023/TT-BTTTT", "22/2023/tt-btttt", "state", "TT", "BTTTT", 2023),
    ("15/2025/NQ-HĐND", "15/2025/NQ-HĐND", "15/2025/nq-hđnd", "state", "NQ", "HĐND", 2025),
    ("24/2018/QH14", "24/2018/QH14", "24/2018/qh14", "state", "", "QH", 2018),
    ("959/QĐ-UBND", "959/QĐ-UBND", "959/qđ-ubnd", "state", "QĐ", "UBND", None),
    ("120/KH-UBND", "120/KH-UBND", "120/kh-ubnd", "state", "KH", "UBND", None),
    ("88/HD-SNV", "88/HD-SNV", "88/hd-snv", "state", "HD", "SNV", None),
    ("3241/SNV-TT", "3241/SNV-TT", "3241/snv-tt", "state", "", "SNV", None),  # công văn
    ("4567/UBND-VX", "4567/UBND-VX", "4567/ubnd-vx", "state", "", "UBND", None),
    # Variants people type.
    ("106 - KH / TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("106/KH-TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("106-kh/tu", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("Số 106-KH/TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("1-KH/TU", "01-KH/TU", "1-kh/tu", "party", "KH", "TU", None),
    ("01-KH/TU", "01-KH/TU", "1-kh/tu", "party", "KH", "TU", None),
    ("05-NQ/DUK", "05-NQ/ĐUK", "5-nq/đuk", "party", "NQ", "ĐUK", None),
    ("32-TTR/VPDUK", "32-TTr/VPĐUK", "32-ttr/vpđuk", "party", "TTr", "VPĐUK", None),
    ("08-qdi/tw", "08-QĐi/TW", "8-qđi/tw", "party", "QĐi", "TW", None),
    ("959/QD-UBND", "959/QĐ-UBND", "959/qđ-ubnd", "state", "QĐ", "UBND", None),
    ("43/2011/ND-CP", "43/2011/NĐ-CP", "43/2011/nđ-cp", "state", "NĐ", "CP", 2011),
    ("43-2011-NĐ-CP", "43/2011/NĐ-CP", "43/2011/nđ-cp", "state", "NĐ", "CP", 2011),
    ("106–KH/TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("106 KH TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("43 2011 NĐ CP", "43/2011/NĐ-CP", "43/2011/nđ-cp", "state", "NĐ", "CP", 2011),
    ("959 QĐ UBND", "959/QĐ-UBND", "959/qđ-ubnd", "state", "QĐ", "UBND", None),
    # A space for one separator, the other typed: as readers type in the search box.
    ("106 KH/TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("106-KH TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    ("959/QĐ UBND", "959/QĐ-UBND", "959/qđ-ubnd", "state", "QĐ", "UBND", None),
    ("43/2011/NĐ CP", "43/2011/NĐ-CP", "43/2011/nđ-cp", "state", "NĐ", "CP", 2011),
    ("số 106 - KH / TU", "106-KH/TU", "106-kh/tu", "party", "KH", "TU", None),
    # A number under 10 is printed as issued, with its leading zero, in both systems; the key
    # drops it, so either spelling finds the document.
    ("08/2022/NQ-HĐND", "08/2022/NQ-HĐND", "8/2022/nq-hđnd", "state", "NQ", "HĐND", 2022),
    ("8/2022/NQ-HĐND", "08/2022/NQ-HĐND", "8/2022/nq-hđnd", "state", "NQ", "HĐND", 2022),
    ("07-QC/ĐUK", "07-QC/ĐUK", "7-qc/đuk", "party", "QC", "ĐUK", None),
    ("05/QĐ-UBND", "05/QĐ-UBND", "5/qđ-ubnd", "state", "QĐ", "UBND", None),
    ("5/QĐ-UBND", "05/QĐ-UBND", "5/qđ-ubnd", "state", "QĐ", "UBND", None),
    ("03/2022/QH15", "03/2022/QH15", "3/2022/qh15", "state", "", "QH", 2022),
    ("09/SNV-TT", "09/SNV-TT", "9/snv-tt", "state", "", "SNV", None),
    # The type's name before the number, as people write it.
    ("Nghị quyết 41-NQ/TW", "41-NQ/TW", "41-nq/tw", "party", "NQ", "TW", None),
    ("Quyết định số 1102/QĐ-TTg", "1102/QĐ-TTg", "1102/qđ-ttg", "state", "QĐ", "TTg", None),
    (
        "Nghị quyết số: 08/2022/NQ-HĐND",
        "08/2022/NQ-HĐND",
        "8/2022/nq-hđnd",
        "state",
        "NQ",
        "HĐND",
        2022,
    ),
    ("nghi quyet 8/2022/nq-hdnd", "08/2022/NQ-HĐND", "8/2022/nq-hđnd", "state", "NQ", "HĐND", 2022),
]


@pytest.mark.parametrize(("typed", "printed", "key", "system", "symbol", "issuer", "year"), CASES)
def test_real_numbers_and_variants(typed, printed, key, system, symbol, issuer, year):
    parsed = read_number(typed)
    assert parsed.problems == [], parsed
    assert (parsed.printed, parsed.key) == (printed, key)
    assert (parsed.system, parsed.symbol, parsed.issuer_code, parsed.year) == (
        system,
        symbol,
        issuer,
        year,
    )


def test_table_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("KH/TU", "shape"),
        ("106-KH", "shape"),
        ("abc", "shape"),
        ("106-XYZ/TU", "symbol"),
        ("106-KH/ABCD", "issuer"),
        ("12/2020/XX-CP", "symbol"),
    ],
)
def test_malformed_or_unknown_is_kept_and_flagged(typed, problem):
    parsed = read_number(typed)
    assert problem in parsed.problems
    if typed.strip():
        assert parsed.key  # kept as typed, so it can still be found


def test_suggestions_from_the_number():
    from documents.vocabulary import suggestions

    types, issuer = suggestions(read_number("106-KH/TU"))
    assert types[0].name == "Kế hoạch" and types[0].system == "party"
    assert issuer.code == "TU"
    types, issuer = suggestions(read_number("43/2011/NĐ-CP"))
    assert types[0].name == "Nghị định" and issuer.code == "CP"
    types, _issuer = suggestions(read_number("399-QĐ/TW"))
    assert [t.name for t in types] == ["Quyết định", "Quy định"]  # the symbol only suggests
    types, issuer = suggestions(read_number("3241/SNV-TT"))
    assert types[0].name == "Công văn" and types[0].system == "state" and issuer.code == "SNV"


def test_numbers_saved_without_their_zero_get_it_back(library):
    """Migration 0004: what was stored as "8/2022/NQ-HĐND" is shown as issued."""
    import importlib

    from django.apps import apps

    from documents.models import DocumentPage
    from tests.documents.factories import document_page

    migration = importlib.import_module("documents.migrations.0004_numbers_as_issued")
    page = document_page(library, "08/2022/NQ-HĐND", "nghi-quyet-nha-nuoc", "HĐND", "2022-07-13")
    party = document_page(library, "07-QC/ĐUK", "quy-che", "ĐUK", "2022-07-13")
    big = document_page(library, "1102/QĐ-TTg", "quyet-dinh-nha-nuoc", "TTg", "2023-09-30")
    DocumentPage.objects.filter(pk=page.pk).update(number="8/2022/NQ-HĐND")
    migration.add_leading_zero(apps, None)
    numbers = dict(DocumentPage.objects.values_list("pk", "number"))
    assert numbers[page.pk] == "08/2022/NQ-HĐND"
    assert (numbers[party.pk], numbers[big.pk]) == ("07-QC/ĐUK", "1102/QĐ-TTg")
