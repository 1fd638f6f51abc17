"""Seed the document types, issuing bodies and fields, as first published.

The data and slugs are written out here, frozen: administrators edit the taxonomies
afterwards, and a change to the code must not change what this migration seeds.
Party types follow Quy định 399-QĐ/TW (2026), with the symbols seen in real numbers (a
Quy định appears as QĐi or QĐ, so the symbol only suggests the type). State types and
symbols follow Nghị định 30/2020/NĐ-CP. Issuers form a tree; those marked local are shown
with the province from the site settings ("Tỉnh ủy" -> "Tỉnh ủy Thanh Hóa").
"""

from django.db import migrations

PARTY, STATE = "party", "state"

# (name, system, symbols as stored, the usual one first, slug); a name used by both systems
# gets the system in the State type's slug: quyet-dinh-nha-nuoc.
TYPES = [
    ("Cương lĩnh chính trị", PARTY, "CL", "cuong-linh-chinh-tri"),
    ("Điều lệ Đảng", PARTY, "ĐL", "dieu-le-dang"),
    ("Chiến lược", PARTY, "CLc", "chien-luoc"),
    ("Nghị quyết", PARTY, "NQ", "nghi-quyet"),
    ("Quyết định", PARTY, "QĐ", "quyet-dinh"),
    ("Chỉ thị", PARTY, "CT", "chi-thi"),
    ("Kết luận", PARTY, "KL", "ket-luan"),
    ("Quy chế", PARTY, "QC", "quy-che"),
    ("Quy định", PARTY, "QĐi, QĐ", "quy-dinh"),
    ("Thông tri", PARTY, "TT", "thong-tri"),
    ("Hướng dẫn", PARTY, "HD", "huong-dan"),
    ("Thông báo", PARTY, "TB", "thong-bao"),
    ("Thông cáo", PARTY, "TC", "thong-cao"),
    ("Tuyên bố", PARTY, "TuB", "tuyen-bo"),
    ("Lời kêu gọi", PARTY, "LKG", "loi-keu-goi"),
    ("Báo cáo", PARTY, "BC", "bao-cao"),
    ("Kế hoạch", PARTY, "KH", "ke-hoach"),
    ("Quy hoạch", PARTY, "QH", "quy-hoach"),
    ("Chương trình", PARTY, "CTr", "chuong-trinh"),
    ("Đề án", PARTY, "ĐA", "de-an"),
    ("Phương án", PARTY, "PA", "phuong-an"),
    ("Dự án", PARTY, "DA", "du-an"),
    ("Tờ trình", PARTY, "TTr", "to-trinh"),
    ("Công văn", PARTY, "CV", "cong-van"),
    ("Biên bản", PARTY, "BB", "bien-ban"),
    ("Giấy giới thiệu", PARTY, "GGT", "giay-gioi-thieu"),
    ("Giấy mời", PARTY, "GM", "giay-moi"),
    ("Phiếu gửi", PARTY, "PG", "phieu-gui"),
    ("Bản sao", PARTY, "BS", "ban-sao"),
    ("Luật", STATE, "", "luat"),
    ("Nghị định", STATE, "NĐ", "nghi-dinh"),
    ("Thông tư", STATE, "TT", "thong-tu"),
    ("Thông tư liên tịch", STATE, "TTLT", "thong-tu-lien-tich"),
    ("Nghị quyết", STATE, "NQ", "nghi-quyet-nha-nuoc"),
    ("Quyết định", STATE, "QĐ", "quyet-dinh-nha-nuoc"),
    ("Chỉ thị", STATE, "CT", "chi-thi-nha-nuoc"),
    ("Quy chế", STATE, "QC", "quy-che-nha-nuoc"),
    ("Quy định", STATE, "QyĐ", "quy-dinh-nha-nuoc"),
    ("Thông cáo", STATE, "TC", "thong-cao-nha-nuoc"),
    ("Thông báo", STATE, "TB", "thong-bao-nha-nuoc"),
    ("Hướng dẫn", STATE, "HD", "huong-dan-nha-nuoc"),
    ("Chương trình", STATE, "CTr", "chuong-trinh-nha-nuoc"),
    ("Kế hoạch", STATE, "KH", "ke-hoach-nha-nuoc"),
    ("Phương án", STATE, "PA", "phuong-an-nha-nuoc"),
    ("Đề án", STATE, "ĐA", "de-an-nha-nuoc"),
    ("Dự án", STATE, "DA", "du-an-nha-nuoc"),
    ("Báo cáo", STATE, "BC", "bao-cao-nha-nuoc"),
    ("Biên bản", STATE, "BB", "bien-ban-nha-nuoc"),
    ("Tờ trình", STATE, "TTr", "to-trinh-nha-nuoc"),
    ("Hợp đồng", STATE, "HĐ", "hop-dong"),
    ("Công điện", STATE, "CĐ", "cong-dien"),
    ("Bản ghi nhớ", STATE, "BGN", "ban-ghi-nho"),
    ("Bản thỏa thuận", STATE, "BTT", "ban-thoa-thuan"),
    ("Giấy ủy quyền", STATE, "GUQ", "giay-uy-quyen"),
    ("Giấy mời", STATE, "GM", "giay-moi-nha-nuoc"),
    ("Giấy giới thiệu", STATE, "GGT", "giay-gioi-thieu-nha-nuoc"),
    ("Giấy nghỉ phép", STATE, "GNP", "giay-nghi-phep"),
    ("Phiếu gửi", STATE, "PG", "phieu-gui-nha-nuoc"),
    ("Phiếu chuyển", STATE, "PC", "phieu-chuyen"),
    ("Phiếu báo", STATE, "PB", "phieu-bao"),
    # A State công văn carries no type symbol: 3241/SNV-TT.
    ("Công văn", STATE, "", "cong-van-nha-nuoc"),
]

# (code, name, system, parent code, local: shown with the province's name)
ISSUERS = [
    ("TW", "Ban Chấp hành Trung ương Đảng", PARTY, None, False),
    ("VPTW", "Văn phòng Trung ương Đảng", PARTY, "TW", False),
    ("BTCTW", "Ban Tổ chức Trung ương", PARTY, "TW", False),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương", PARTY, "TW", False),
    ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", PARTY, "TW", False),
    ("TU", "Tỉnh ủy", PARTY, None, True),
    ("VPTU", "Văn phòng Tỉnh ủy", PARTY, "TU", True),
    ("BTCTU", "Ban Tổ chức Tỉnh ủy", PARTY, "TU", True),
    ("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", PARTY, "TU", True),
    ("BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy", PARTY, "TU", True),
    ("ĐUK", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", PARTY, "TU", True),
    ("VPĐUK", "Văn phòng Đảng ủy Khối", PARTY, "ĐUK", False),
    ("BTCĐUK", "Ban Tổ chức Đảng ủy Khối", PARTY, "ĐUK", False),
    ("BTGĐUK", "Ban Tuyên giáo Đảng ủy Khối", PARTY, "ĐUK", False),
    ("UBKTĐUK", "Ủy ban Kiểm tra Đảng ủy Khối", PARTY, "ĐUK", False),
    ("ĐU", "Đảng ủy cơ sở", PARTY, "ĐUK", False),
    ("QH", "Quốc hội", STATE, None, False),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội", STATE, "QH", False),
    ("CP", "Chính phủ", STATE, None, False),
    ("TTg", "Thủ tướng Chính phủ", STATE, "CP", False),
    ("BNV", "Bộ Nội vụ", STATE, "CP", False),
    ("BTTTT", "Bộ Thông tin và Truyền thông", STATE, "CP", False),
    ("BKHCN", "Bộ Khoa học và Công nghệ", STATE, "CP", False),
    ("HĐND", "Hội đồng nhân dân tỉnh", STATE, None, True),
    ("UBND", "Ủy ban nhân dân tỉnh", STATE, None, True),
    ("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", STATE, "UBND", True),
    ("SNV", "Sở Nội vụ", STATE, "UBND", True),
    ("STC", "Sở Tài chính", STATE, "UBND", True),
]

# (name, slug)
FIELDS = [
    ("Xây dựng Đảng", "xay-dung-dang"),
    ("Chính trị – tư tưởng", "chinh-tri-tu-tuong"),
    ("Tổ chức – cán bộ", "to-chuc-can-bo"),
    ("Kiểm tra – giám sát", "kiem-tra-giam-sat"),
    ("Tuyên giáo", "tuyen-giao"),
    ("Dân vận", "dan-van"),
    ("Văn phòng – hành chính", "van-phong-hanh-chinh"),
    ("Chuyển đổi số", "chuyen-doi-so"),
    ("Thi đua – khen thưởng", "thi-dua-khen-thuong"),
    ("Đoàn thể", "doan-the"),
    ("Kinh tế – xã hội", "kinh-te-xa-hoi"),
    ("Pháp luật", "phap-luat"),
]


def seed(apps, schema_editor):
    DocumentType = apps.get_model("documents", "DocumentType")
    Issuer = apps.get_model("documents", "Issuer")
    DocumentField = apps.get_model("documents", "DocumentField")

    for position, (name, system, symbols, slug) in enumerate(TYPES):
        DocumentType.objects.get_or_create(
            name=name,
            system=system,
            defaults={"slug": slug, "symbols": symbols, "sort_order": position},
        )
    for code, name, system, parent, local in ISSUERS:
        Issuer.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "system": system,
                "local": local,
                "parent": Issuer.objects.filter(code=parent).first() if parent else None,
            },
        )
    for name, slug in FIELDS:
        DocumentField.objects.get_or_create(name=name, defaults={"slug": slug})


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
