"""Vietnamese text handling: NFC, fold, slugify, file names, number grouping."""

import unicodedata

import pytest

from portal.text import fold, group_thousands, nfc, safe_filename, slugify

# (title, slug): shared with the browser test that runs the admin's JavaScript.
SLUG_CASES = [
    ("Đảng ủy Khối tổ chức Hội nghị", "dang-uy-khoi-to-chuc-hoi-nghi"),
    ("Trang thông tin điện tử", "trang-thong-tin-dien-tu"),
    ("ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP", "dang-bo-khoi-co-quan-va-doanh-nghiep"),
    ("đường lối, chủ trương", "duong-loi-chu-truong"),
    (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
    ),
    ("Kế hoạch 106-KH/TU", "ke-hoach-106-kh-tu"),
    ("106-KH/TU", "106-kh-tu"),
    ("Nghị định 42/2022/NĐ-CP", "nghi-dinh-42-2022-nd-cp"),
    ("Quyết định số 959/QĐ-UBND", "quyet-dinh-so-959-qd-ubnd"),
    ("Tờ trình số 32-TTr/VPĐUK", "to-trinh-so-32-ttr-vpduk"),
    ("Công văn 3241/SNV-TT", "cong-van-3241-snv-tt"),
    ("Thanh Hóa", "thanh-hoa"),
    ("Thanh Hoá", "thanh-hoa"),
    ("thủy lợi và thuỷ sản", "thuy-loi-va-thuy-san"),
    ("Ưu tiên ươm mầm", "uu-tien-uom-mam"),
    ("Ỷ lại, ỳ ạch", "y-lai-y-ach"),
    ("Nguyễn Thị Ngọc Ánh", "nguyen-thi-ngoc-anh"),
    ("Sổ tay đảng viên điện tử", "so-tay-dang-vien-dien-tu"),
    ("Chuyển đổi số: “Hành trình 2026”!", "chuyen-doi-so-hanh-trinh-2026"),
    ("  Khoảng   trắng  thừa  ", "khoang-trang-thua"),
    ("Tin tức – Sự kiện", "tin-tuc-su-kien"),
    ("Hỏi — Đáp?", "hoi-dap"),
    ("(Tin ảnh) Lễ kết nạp đảng viên", "tin-anh-le-ket-nap-dang-vien"),
    ("Quý IV/2021: 158 tin, bài", "quy-iv-2021-158-tin-bai"),
    ("50% đảng viên & 100% chi bộ", "50-dang-vien-100-chi-bo"),
    ("snake_case và dấu_gạch_dưới", "snake-case-va-dau-gach-duoi"),
    ("Email: vanphong@example.vn", "email-vanphong-example-vn"),
    ("Ngày 29.11.2026", "ngay-29-11-2026"),
    ("Nghị quyết số 57-NQ/TW", "nghi-quyet-so-57-nq-tw"),
    ("Café và crème brûlée", "cafe-va-creme-brulee"),
    ("Xây dựng Đảng ###", "xay-dung-dang"),
    ("!!!", ""),
    ("Đ", "d"),
    ("đ", "d"),
    ("Lễ kỷ niệm 95 năm 🎉", "le-ky-niem-95-nam"),
    # Decomposed (NFD) input, as Windows and macOS keyboards may send it.
    (
        unicodedata.normalize("NFD", "Đảng ủy Khối tổ chức Hội nghị"),
        "dang-uy-khoi-to-chuc-hoi-nghi",
    ),
    (unicodedata.normalize("NFD", "Chủ nhật, ngày 29 tháng 11"), "chu-nhat-ngay-29-thang-11"),
    # Marks stacked in a non-canonical order still fold to the bare letter.
    ("Đa\u0323\u0302u ti\u0301ch", "dau-tich"),
]


@pytest.mark.parametrize(("title", "slug"), SLUG_CASES)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_table_is_large_enough():
    assert len(SLUG_CASES) >= 30


def test_slugify_truncates_without_trailing_hyphen():
    slug = slugify("Đảng " * 100)
    assert len(slug) <= 255
    assert not slug.endswith("-")
    assert slug.startswith("dang-dang")


@pytest.mark.parametrize(
    "text", ["Đảng ủy Khối", "Hóa", "Hoá", "thuỷ", "NGHỊ QUYẾT", "Ỷ", "ừ", "Quý IV/2021"]
)
def test_nfc_round_trip(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text or text.isascii()
    assert nfc(decomposed) == text
    assert nfc(text) is text  # already NFC: no copy


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đảng ủy Khối", "dang uy khoi"),
        ("ĐẢNG ỦY", "dang uy"),
        (unicodedata.normalize("NFD", "Nghị quyết"), "nghi quyet"),
        ("Thanh Hóa", "thanh hoa"),
        ("Thanh Hoá", "thanh hoa"),
        ("106-KH/TU", "106-kh/tu"),
        ("Người, Đường, Ước", "nguoi, duong, uoc"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_is_idempotent_and_form_independent():
    text = "Học tập và làm theo tư tưởng Hồ Chí Minh"
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert fold(unicodedata.normalize(form, text)) == fold(text)
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Quyết định số 959.PDF", "quyet-dinh-so-959.pdf"),
        (unicodedata.normalize("NFD", "Ảnh hội nghị.JPG"), "anh-hoi-nghi.jpg"),
        ("Kế hoạch 106-KH/TU.docx", "tu.docx"),
        ("C:\\Users\\Tài liệu\\Báo cáo quý IV.xlsx", "bao-cao-quy-iv.xlsx"),
        ("không đuôi", "khong-duoi"),
        ("...pdf", "tep.pdf"),
        ("ảnh.tar.gz", "anh-tar.gz"),
    ],
)
def test_safe_filename(name, stored):
    assert safe_filename(name) == stored


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1977458, "1.977.458"), (950573, "950.573"), (880, "880"), ("25593", "25.593"), (0, "0")],
)
def test_group_thousands(value, shown):
    assert group_thousands(value) == shown


def test_group_thousands_leaves_non_numbers():
    assert group_thousands("n/a") == "n/a"
