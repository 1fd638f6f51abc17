"""Demo newsroom data: member units, outlets, topic series, article templates, schedule."""

# Pure data for the demo loader; no Django imports. Every person, enterprise and unit address
# below is invented; real institutions (Tỉnh ủy, UBND tỉnh, Báo Thanh Hóa...) are named only
# generically, and every web address is under example.vn. Text is Vietnamese in NFC.

# Member units. Parents come before their children; "parent" is a short_code.
# kind: "party" (tổ chức cơ sở đảng), "cell" (chi bộ trực thuộc), "mass" (đoàn thể),
# "office" (cơ quan tham mưu, giúp việc).
UNITS = [
    {
        "name": "Văn phòng Đảng ủy Khối",
        "short_code": "VP",
        "kind": "office",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Ban Tổ chức Đảng ủy Khối",
        "short_code": "BTC",
        "kind": "office",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Ban Tuyên giáo Đảng ủy Khối",
        "short_code": "BTG",
        "kind": "office",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Cơ quan Ủy ban Kiểm tra Đảng ủy Khối",
        "short_code": "UBKT",
        "kind": "office",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Văn phòng Đảng ủy Khối",
        "short_code": "CB-VP",
        "kind": "cell",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Sở Tài chính",
        "short_code": "ĐB-STC",
        "kind": "party",
        "parent": None,
        "address": "Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Văn phòng Sở Tài chính",
        "short_code": "CB-STC-VP",
        "kind": "cell",
        "parent": "ĐB-STC",
        "address": "Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Phòng Quản lý ngân sách",
        "short_code": "CB-STC-NS",
        "kind": "cell",
        "parent": "ĐB-STC",
        "address": "Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Sở Nông nghiệp và Môi trường",
        "short_code": "ĐB-SNNMT",
        "kind": "party",
        "parent": None,
        "address": "Số 14 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Công ty cổ phần Cơ khí Thành Long Phát",
        "short_code": "ĐB-TLP",
        "kind": "party",
        "parent": None,
        "address": "Lô C4, Khu công nghiệp Lễ Môn, phường Quảng Phú, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Phân xưởng Gia công chi tiết",
        "short_code": "CB-TLP-GC",
        "kind": "cell",
        "parent": "ĐB-TLP",
        "address": "Lô C4, Khu công nghiệp Lễ Môn, phường Quảng Phú, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Phân xưởng Lắp ráp",
        "short_code": "CB-TLP-LR",
        "kind": "cell",
        "parent": "ĐB-TLP",
        "address": "Lô C4, Khu công nghiệp Lễ Môn, phường Quảng Phú, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Khối văn phòng Công ty Thành Long Phát",
        "short_code": "CB-TLP-VP",
        "kind": "cell",
        "parent": "ĐB-TLP",
        "address": "Lô C4, Khu công nghiệp Lễ Môn, phường Quảng Phú, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Công ty cổ phần Vật liệu xây dựng Đông Phú Lâm",
        "short_code": "ĐB-ĐPL",
        "kind": "party",
        "parent": None,
        "address": "Số 6 đường Trần Phú, phường Bỉm Sơn, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Phân xưởng Nung",
        "short_code": "CB-ĐPL-N",
        "kind": "cell",
        "parent": "ĐB-ĐPL",
        "address": "Số 6 đường Trần Phú, phường Bỉm Sơn, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Công ty TNHH May mặc An Hòa Phát",
        "short_code": "CB-AHP",
        "kind": "party",
        "parent": None,
        "address": "Số 112 đường Nguyễn Trãi, phường Đông Tiến, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Công ty cổ phần Thực phẩm Hòa Khánh Sơn",
        "short_code": "ĐB-HKS",
        "kind": "party",
        "parent": None,
        "address": "Số 45 đường Bà Triệu, phường Nguyệt Viên, tỉnh Thanh Hóa",
    },
    {
        "name": "Đảng bộ Bệnh viện Đa khoa Hạc Thành",
        "short_code": "ĐB-BVHT",
        "kind": "party",
        "parent": None,
        "address": "Số 181 đường Hải Thượng Lãn Ông, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Chi bộ Công ty cổ phần Vận tải Hòa Bình Xanh",
        "short_code": "CB-HBX",
        "kind": "party",
        "parent": None,
        "address": "Số 9 đường Quang Trung, phường Đông Quang, tỉnh Thanh Hóa",
    },
    {
        "name": "Công đoàn Viên chức tỉnh",
        "short_code": "CĐVC",
        "kind": "mass",
        "parent": None,
        "address": "Số 37 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Hội Cựu chiến binh Khối",
        "short_code": "CCB",
        "kind": "mass",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
    {
        "name": "Đoàn Thanh niên Khối",
        "short_code": "ĐTN",
        "kind": "mass",
        "parent": None,
        "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    },
]

# Outside outlets that "tin liên kết" items point to, with what each permits.
OUTLETS = [
    {
        "name": "Báo Thanh Hóa",
        "home_url": "https://baothanhhoa.example.vn",
        "full_text_allowed": False,
        "permission_note": (
            "Theo thỏa thuận trao đổi thông tin ký tháng 01/2026, Trang được dẫn tiêu đề, tóm tắt "
            "nội dung bằng lời của mình và đường liên kết đến bài gốc. Không đăng lại toàn văn, "
            "không sử dụng ảnh của Báo khi chưa có sự đồng ý bằng văn bản."
        ),
    },
    {
        "name": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "home_url": "https://thanhhoa.example.vn",
        "full_text_allowed": True,
        "permission_note": (
            "Điều khoản sử dụng của Cổng cho phép cơ quan, tổ chức đăng lại tin, bài và ảnh với "
            "điều kiện giữ nguyên nội dung, ghi rõ nguồn “Cổng thông tin điện tử tỉnh Thanh Hóa” "
            "và đặt đường liên kết đến bài gốc."
        ),
    },
    {
        "name": "Tạp chí Kiểm tra",
        "home_url": "https://tapchikiemtra.example.vn",
        "full_text_allowed": False,
        "permission_note": (
            "Chỉ dẫn tiêu đề, tóm tắt và đường liên kết. Muốn trích đăng toàn văn bài nghiên cứu "
            "phải có văn bản đồng ý của Tòa soạn; Cơ quan Ủy ban Kiểm tra Đảng ủy Khối là đầu mối "
            "liên hệ."
        ),
    },
    {
        "name": "Báo điện tử Đảng Cộng sản Việt Nam",
        "home_url": "https://dangcongsan.example.vn",
        "full_text_allowed": False,
        "permission_note": (
            "Trang chỉ dẫn tiêu đề, tóm tắt ngắn và đường liên kết đến bài gốc; không sao chép nội "
            "dung, ảnh, video. Việc trích dẫn phải ghi rõ nguồn theo quy định về bản quyền báo chí."
        ),
    },
]

# Topic series (chuyên đề) that run across sections.
TOPICS = [
    {
        "name": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "slug": "hoc-tap-va-lam-theo-bac",
        "description": (
            "Chuyên đề giới thiệu việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị trong Đảng "
            "bộ Khối: các buổi sinh hoạt chuyên đề, mô hình làm theo Bác ở cơ quan, doanh nghiệp "
            "và những tấm gương bình dị của cán bộ, đảng viên, người lao động."
        ),
    },
    {
        "name": "Bảo vệ nền tảng tư tưởng của Đảng",
        "slug": "bao-ve-nen-tang-tu-tuong",
        "description": (
            "Bài viết khẳng định giá trị của chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh; phản bác "
            "các quan điểm sai trái, thù địch; kinh nghiệm định hướng thông tin, nắm bắt dư luận "
            "trong cán bộ, đảng viên và người lao động của Khối."
        ),
    },
    {
        "name": "Chuyển đổi số trong cơ quan đảng",
        "slug": "chuyen-doi-so-trong-co-quan-dang",
        "description": (
            "Số hóa hồ sơ, văn bản; gửi, nhận văn bản điện tử; Sổ tay đảng viên điện tử; sinh hoạt "
            "chi bộ có hỗ trợ của công nghệ và những kinh nghiệm ứng dụng công nghệ thông tin vào "
            "công tác đảng ở cơ sở."
        ),
    },
    {
        "name": "Đưa Nghị quyết Đại hội Đảng các cấp vào cuộc sống",
        "slug": "dua-nghi-quyet-dai-hoi-vao-cuoc-song",
        "description": (
            "Theo dõi việc thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, "
            "Nghị quyết Đại hội Đảng bộ tỉnh và Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ "
            "2025–2030: chương trình hành động, cách làm hay và những việc còn chậm."
        ),
    },
]

# Short tags; templates and outlet items use only these.
TAGS = [
    "Xây dựng Đảng",
    "Chính trị – tư tưởng",
    "Công tác tổ chức",
    "Phát triển đảng viên",
    "Sinh hoạt chi bộ",
    "Kiểm tra – giám sát",
    "Dân vận",
    "Học tập và làm theo Bác",
    "Chuyển đổi số",
    "Nghị quyết Đại hội",
    "Bảo vệ nền tảng tư tưởng",
    "Doanh nghiệp",
    "Công đoàn",
    "Đoàn Thanh niên",
    "Cựu chiến binh",
    "An sinh xã hội",
    "Phòng chống tham nhũng",
    "Cải cách hành chính",
    "Thi đua – khen thưởng",
    "Bầu cử",
]

# Fictional people with titles, for the {person} slot. They always appear mid-sentence,
# hence the lower-case "đồng chí".
PEOPLE = [
    "đồng chí Lê Văn Hòa, Bí thư Đảng ủy",
    "đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
    "đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối",
    "đồng chí Hoàng Trọng Nghĩa, Phó Bí thư Đảng ủy Khối",
    "đồng chí Phạm Thị Hồng Nhung, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối",
    "đồng chí Lê Đình Quyết, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Đảng ủy Khối",
    "đồng chí Trịnh Xuân Lộc, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối",
    "đồng chí Hà Văn Khang, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối",
    "đồng chí Nguyễn Thị Lan Phương, Phó Bí thư Thường trực Đảng ủy",
    "đồng chí Cao Minh Tuấn, Ủy viên Ban Chấp hành Đảng bộ Khối, Bí thư Đảng ủy",
    "đồng chí Trần Quốc Bảo, Bí thư Chi bộ",
    "đồng chí Đặng Thị Mai Hạnh, Phó Bí thư Chi bộ",
]

# Templates for generated news. Slots: {unit}, {unit_short}, {day}, {month}, {year},
# {count} (an integer 10-400), {person} (from PEOPLE), {topic} (the template's topic
# series name; used only where "topic" is set). Templates that use {unit} are written
# for party organisations and cells (kinds "party" and "cell"); those about the
# offices and mass organisations name them outright. "headings" (bai-chuyen-sau only)
# go before every second paragraph.
ARTICLE_TEMPLATES = [
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Ban Chấp hành Đảng bộ Khối sơ kết công tác 6 tháng đầu năm {year}",
        "sapo": (
            "Ngày {day}/{month}, Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh họp hội "
            "nghị mở rộng, đánh giá kết quả lãnh đạo, chỉ đạo 6 tháng đầu năm và thống nhất nhiệm "
            "vụ trọng tâm 6 tháng cuối năm {year}."
        ),
        "paragraphs": [
            (
                "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối, chủ trì hội nghị. Hội nghị được tổ "
                "chức trực tiếp tại Hội trường Đảng ủy Khối, kết nối trực tuyến đến điểm cầu của "
                "các đảng bộ cơ sở, với {count} đại biểu tham dự."
            ),
            (
                "Báo cáo do Văn phòng Đảng ủy Khối trình bày cho biết, 6 tháng qua, các tổ chức cơ "
                "sở đảng đã học tập, quán triệt nghị quyết, chỉ thị mới của Trung ương và Tỉnh ủy "
                "đúng kế hoạch; chương trình kiểm tra, giám sát được thực hiện theo tiến độ; phần "
                "lớn doanh nghiệp trong Khối duy trì sản xuất, kinh doanh ổn định, bảo đảm việc "
                "làm cho người lao động."
            ),
            (
                "Hội nghị thẳng thắn chỉ ra những hạn chế: việc phát triển đảng viên ở doanh "
                "nghiệp ngoài khu vực nhà nước còn chậm; nội dung sinh hoạt ở một số chi bộ chưa "
                "phong phú; việc cập nhật dữ liệu đảng viên ở một vài đơn vị chưa kịp thời."
            ),
            (
                "Kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối đề nghị cấp ủy các cấp cụ thể hóa "
                "nhiệm vụ 6 tháng cuối năm thành việc làm có người chịu trách nhiệm, có thời hạn "
                "hoàn thành; chuẩn bị sớm cho việc kiểm điểm, đánh giá, xếp loại chất lượng cuối "
                "năm; quan tâm hơn nữa đến đời sống, việc làm của người lao động."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-bch",
        "tags": ["Xây dựng Đảng", "Nghị quyết Đại hội"],
        "topic": "dua-nghi-quyet-dai-hoi-vao-cuoc-song",
    },
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Thường trực Đảng ủy Khối làm việc với {unit}",
        "sapo": (
            "Ngày {day}/{month}/{year}, đoàn công tác của Thường trực Đảng ủy Khối do đồng chí "
            "Hoàng Trọng Nghĩa, Phó Bí thư Đảng ủy Khối, dẫn đầu đã làm việc với {unit} về công "
            "tác xây dựng Đảng và thực hiện nhiệm vụ chính trị."
        ),
        "paragraphs": [
            (
                "Báo cáo tại buổi làm việc cho thấy, từ đầu năm đến nay, {unit_short} đã duy trì "
                "nền nếp sinh hoạt, ban hành kịp thời các chương trình, kế hoạch thực hiện nghị "
                "quyết của cấp trên; việc tạo nguồn phát triển đảng viên được quan tâm; nhiệm vụ "
                "chuyên môn của đơn vị cơ bản hoàn thành đúng tiến độ."
            ),
            (
                "Đơn vị cũng nêu một số khó khăn: lực lượng cán bộ làm công tác đảng chủ yếu kiêm "
                "nhiệm; việc bố trí thời gian sinh hoạt cho đảng viên thường xuyên đi công tác còn "
                "lúng túng; cơ sở vật chất phục vụ sinh hoạt trực tuyến chưa đồng bộ."
            ),
            (
                "Kết luận buổi làm việc, đồng chí Hoàng Trọng Nghĩa ghi nhận những kết quả đạt "
                "được, đề nghị đơn vị tiếp tục đổi mới nội dung sinh hoạt chi bộ, chú trọng giáo "
                "dục chính trị, tư tưởng gắn với nhiệm vụ cụ thể; thực hiện nghiêm quy chế dân chủ "
                "ở cơ sở và gắn công tác xây dựng Đảng với việc hoàn thành nhiệm vụ chính trị."
            ),
            (
                "Với các kiến nghị của đơn vị, Thường trực Đảng ủy Khối giao các cơ quan tham mưu, "
                "giúp việc nghiên cứu, hướng dẫn trong thời gian tới."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Xây dựng Đảng", "Công tác tổ chức"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": (
            "Hội nghị cán bộ chủ chốt quán triệt nghị quyết, chỉ thị mới của Trung ương và Tỉnh ủy"
        ),
        "sapo": (
            "Ngày {day}/{month}, Đảng ủy Khối tổ chức hội nghị cán bộ chủ chốt theo hình thức trực "
            "tiếp kết hợp trực tuyến, quán triệt các văn bản mới và triển khai kế hoạch thực hiện "
            "trong Đảng bộ Khối."
        ),
        "paragraphs": [
            (
                "Dự hội nghị tại điểm cầu Đảng ủy Khối có các đồng chí Ủy viên Ban Chấp hành Đảng "
                "bộ Khối, bí thư, phó bí thư các tổ chức cơ sở đảng; tại các điểm cầu cơ sở có cấp "
                "ủy viên và bí thư chi bộ trực thuộc. Tổng số có {count} đại biểu tham dự."
            ),
            (
                "Báo cáo viên đã truyền đạt những nội dung cơ bản, điểm mới của các văn bản; phân "
                "tích yêu cầu đặt ra đối với tổ chức đảng ở cơ quan hành chính, đơn vị sự nghiệp "
                "và doanh nghiệp; gợi ý những việc cấp ủy cơ sở cần làm ngay sau hội nghị."
            ),
            (
                "Phát biểu chỉ đạo hội nghị, đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực "
                "Đảng ủy Khối, đề nghị các tổ chức cơ sở đảng xây dựng kế hoạch thực hiện sát với "
                "đặc điểm đơn vị, tránh sao chép; tổ chức phổ biến đến từng chi bộ trong kỳ sinh "
                "hoạt gần nhất và báo cáo kết quả về Ban Tuyên giáo Đảng ủy Khối đúng thời hạn."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Chính trị – tư tưởng", "Nghị quyết Đại hội"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Ủy ban Kiểm tra Đảng ủy Khối họp kỳ thường lệ tháng {month}/{year}",
        "sapo": (
            "Kỳ họp đã xem xét kết quả giám sát chuyên đề, việc thu, nộp, quản lý đảng phí và cho "
            "ý kiến về chương trình kiểm tra, giám sát thời gian tới."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, Ủy ban Kiểm tra Đảng ủy Khối họp kỳ thường lệ dưới sự chủ trì "
                "của đồng chí Trịnh Xuân Lộc, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra "
                "Đảng ủy Khối."
            ),
            (
                "Tại kỳ họp, Ủy ban Kiểm tra đã nghe báo cáo kết quả giám sát chuyên đề đối với "
                "một số tổ chức đảng về việc thực hiện quy chế làm việc, chế độ sinh hoạt chi bộ "
                "và công tác quản lý đảng viên. Qua giám sát, các tổ chức đảng cơ bản thực hiện "
                "đúng quy định; một số nơi còn chậm sửa đổi quy chế làm việc sau khi kiện toàn cấp "
                "ủy."
            ),
            (
                "Ủy ban Kiểm tra cũng rà soát việc thu, nộp và quản lý, sử dụng đảng phí của "
                "{count} chi bộ, đảng bộ bộ phận; đề nghị các đơn vị còn chậm nộp khắc phục ngay "
                "trong quý."
            ),
            (
                "Kết luận kỳ họp, đồng chí Chủ nhiệm Ủy ban Kiểm tra yêu cầu các đoàn kiểm tra, "
                "giám sát bám sát chương trình đã ban hành, bảo đảm đúng quy trình, kết luận rõ "
                "ràng, chú trọng hướng dẫn cơ sở khắc phục hạn chế sau kiểm tra."
            ),
        ],
        "headings": [],
        "image": "kiem-tra-giam-sat",
        "tags": ["Kiểm tra – giám sát", "Xây dựng Đảng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Đảng ủy Khối trao Huy hiệu Đảng cho {count} đảng viên",
        "sapo": (
            "Ngày {day}/{month}/{year}, Đảng ủy Khối tổ chức lễ trao Huy hiệu Đảng cho các đảng "
            "viên thuộc các tổ chức cơ sở đảng trong Khối, trong đó có nhiều đồng chí đạt mốc 50, "
            "55 và 60 năm tuổi Đảng."
        ),
        "paragraphs": [
            (
                "Đến dự và trao Huy hiệu Đảng có các đồng chí trong Ban Thường vụ Đảng ủy Khối, "
                "đại diện cấp ủy các tổ chức cơ sở đảng và gia đình các đảng viên được nhận Huy "
                "hiệu."
            ),
            (
                "Phát biểu tại buổi lễ, đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối, bày tỏ niềm "
                "tự hào và lòng biết ơn đối với những đảng viên đã có nhiều năm phấn đấu, cống "
                "hiến; mong các đồng chí tiếp tục giữ gìn phẩm chất người đảng viên, là tấm gương "
                "để thế hệ trẻ trong cơ quan, doanh nghiệp học tập."
            ),
            (
                "Thay mặt các đảng viên được trao Huy hiệu, một đồng chí đảng viên lão thành bày "
                "tỏ xúc động khi nhận phần thưởng cao quý của Đảng và hứa sẽ tiếp tục tham gia "
                "sinh hoạt đầy đủ, góp ý xây dựng chi bộ nơi cư trú."
            ),
            (
                "Đối với các đồng chí tuổi cao, sức yếu không thể đến dự, Đảng ủy Khối đề nghị cấp "
                "ủy cơ sở tổ chức trao tận nhà, bảo đảm trang trọng, ấm cúng."
            ),
        ],
        "headings": [],
        "image": "trao-khen-thuong",
        "tags": ["Xây dựng Đảng", "Thi đua – khen thưởng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm {year}",
        "sapo": (
            "Ban Tuyên giáo Đảng ủy Khối tổ chức hội nghị tổng kết công tác tuyên giáo, dân vận và "
            "triển khai nhiệm vụ năm {year} với sự tham gia của cán bộ phụ trách công tác này ở "
            "các tổ chức cơ sở đảng."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, Ban Tuyên giáo Đảng ủy Khối tổ chức hội nghị với {count} đại "
                "biểu là cấp ủy viên phụ trách tuyên giáo, dân vận, báo cáo viên và cộng tác viên "
                "Trang thông tin điện tử của Đảng ủy Khối."
            ),
            (
                "Năm qua, công tác học tập, quán triệt nghị quyết được tổ chức kịp thời; đội ngũ "
                "báo cáo viên được bổ sung; việc nắm bắt tâm trạng, dư luận trong cán bộ, đảng "
                "viên và người lao động được thực hiện thường xuyên, nhất là ở các doanh nghiệp có "
                "đông công nhân."
            ),
            (
                "Hội nghị thống nhất các nhiệm vụ trọng tâm: tiếp tục đưa nghị quyết đại hội đảng "
                "các cấp vào cuộc sống; nâng cao chất lượng sinh hoạt chuyên đề học tập và làm "
                "theo Bác; đẩy mạnh bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng; nhân "
                "rộng các mô hình “Dân vận khéo” trong doanh nghiệp."
            ),
            (
                "Phát biểu chỉ đạo, đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy "
                "Khối, đề nghị mỗi tổ chức cơ sở đảng chủ động cung cấp tin, bài cho Trang thông "
                "tin điện tử, coi đây là một kênh quan trọng để lan tỏa cách làm hay trong toàn "
                "Đảng bộ Khối."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Chính trị – tư tưởng", "Dân vận"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Ban Thường vụ Đảng ủy Khối sâu sát cơ sở, gỡ khó cho tổ chức đảng ở doanh nghiệp",
        "sapo": (
            "Từ đầu năm {year}, các đoàn công tác của Ban Thường vụ Đảng ủy Khối đã làm việc trực "
            "tiếp với nhiều tổ chức cơ sở đảng trong doanh nghiệp. Những kiến nghị của cơ sở được "
            "ghi nhận, phân công xử lý và theo dõi đến cùng."
        ),
        "paragraphs": [
            (
                "Khác với các đợt kiểm tra theo chương trình, những buổi làm việc của Ban Thường "
                "vụ Đảng ủy Khối năm nay có mục đích rõ ràng: nghe cơ sở nói về khó khăn của chính "
                "mình. Trước mỗi buổi làm việc, Văn phòng Đảng ủy Khối đề nghị đơn vị gửi trước "
                "danh sách vướng mắc, để đoàn công tác chuẩn bị ý kiến trả lời thay vì chỉ nghe "
                "báo cáo."
            ),
            (
                "Ở doanh nghiệp, khó khăn được nhắc đến nhiều nhất là thời gian. Dây chuyền chạy "
                "ba ca, đảng viên làm ở các ca khác nhau, có người thường xuyên đi công trình xa. "
                "Nhiều chi bộ đã chủ động linh hoạt lịch sinh hoạt, gửi tài liệu trước qua Sổ tay "
                "đảng viên điện tử, nhưng vẫn mong có hướng dẫn rõ hơn để vừa đúng quy định, vừa "
                "phù hợp thực tế sản xuất."
            ),
            (
                "Khó khăn thứ hai là nguồn phát triển đảng viên. Người lao động trẻ ở doanh nghiệp "
                "thay đổi chỗ làm khá thường xuyên; có trường hợp chi bộ bồi dưỡng xong thì quần "
                "chúng chuyển việc. Một số doanh nghiệp cổ phần sau khi thoái vốn nhà nước, người "
                "quản lý chưa thật sự quan tâm đến hoạt động của tổ chức đảng và đoàn thể."
            ),
            (
                "Trên cơ sở các kiến nghị, Ban Thường vụ Đảng ủy Khối đã giao Ban Tổ chức hướng "
                "dẫn việc sinh hoạt chi bộ ở các đơn vị sản xuất theo ca; giao Ban Tuyên giáo mở "
                "thêm lớp bồi dưỡng nhận thức về Đảng vào cuối tuần; giao Văn phòng tổng hợp, theo "
                "dõi tiến độ giải quyết từng kiến nghị và báo cáo tại hội nghị giao ban hằng quý."
            ),
            (
                "Đại diện cấp ủy một doanh nghiệp cơ khí cho biết, sau buổi làm việc, chi bộ phân "
                "xưởng đã thống nhất được lịch sinh hoạt cố định vào cuối ca sáng thứ Bảy đầu "
                "tháng, tỷ lệ đảng viên dự họp tăng rõ rệt. Với những việc vượt thẩm quyền của "
                "Đảng ủy Khối, Ban Thường vụ đã báo cáo, kiến nghị với cơ quan có thẩm quyền của "
                "tỉnh."
            ),
            (
                "Phát biểu tại một buổi làm việc, đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối, "
                "nhấn mạnh: “Đi cơ sở không phải để nghe báo cáo thành tích. Việc nào cơ sở kiến "
                "nghị mà cấp trên hứa giải quyết thì phải có kết quả, có câu trả lời cụ thể”. Tinh "
                "thần ấy đang dần trở thành nếp làm việc của các cơ quan tham mưu, giúp việc Đảng "
                "ủy Khối."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Xây dựng Đảng", "Doanh nghiệp", "Sinh hoạt chi bộ"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "hoat-dong-dang-uy-khoi",
        "author_category": "staff",
        "title": "Văn phòng Đảng ủy Khối: tham mưu kịp thời, phục vụ chu đáo",
        "sapo": (
            "Là đầu mối tổng hợp, điều phối hoạt động của Ban Chấp hành, Ban Thường vụ, Văn phòng "
            "Đảng ủy Khối đã đổi mới cách làm, rút ngắn thời gian xử lý văn bản và từng bước số "
            "hóa hồ sơ lưu trữ."
        ),
        "paragraphs": [
            (
                "Mỗi năm, Văn phòng Đảng ủy Khối tiếp nhận và xử lý hàng nghìn văn bản đến, tham "
                "mưu ban hành hàng trăm văn bản đi; chuẩn bị nội dung, điều kiện cho các hội nghị "
                "Ban Chấp hành, Ban Thường vụ; theo dõi chương trình công tác, lịch làm việc của "
                "Thường trực Đảng ủy Khối. Khối lượng công việc lớn, trong khi biên chế của Văn "
                "phòng không tăng."
            ),
            (
                "Để đáp ứng yêu cầu, Văn phòng đã rà soát, sửa đổi quy chế làm việc, phân công rõ "
                "người, rõ việc, rõ thời hạn. Văn bản đến được phân loại và chuyển xử lý ngay "
                "trong ngày; văn bản đi được kiểm tra thể thức theo Quy định số 399-QĐ/TW ngày "
                "09/01/2026 của Ban Chấp hành Trung ương trước khi trình ký."
            ),
            (
                "Việc gửi, nhận văn bản điện tử giữa Đảng ủy Khối và các tổ chức cơ sở đảng được "
                "đẩy mạnh. Đến nay, phần lớn văn bản thông thường được gửi qua mạng thông tin diện "
                "rộng của Đảng, giúp tiết kiệm thời gian và chi phí in ấn. Văn phòng cũng hoàn "
                "thành việc số hóa hồ sơ lưu trữ các năm trước, phục vụ tra cứu nhanh, chính xác."
            ),
            (
                "Công tác tài chính đảng được thực hiện công khai, đúng quy định. Văn phòng thường "
                "xuyên hướng dẫn các tổ chức cơ sở đảng thu, nộp đảng phí, lập dự toán và quyết "
                "toán kinh phí hoạt động; phối hợp với Ủy ban Kiểm tra trong kiểm tra tài chính "
                "đảng ở cơ sở."
            ),
            (
                "Với vai trò thường trực Ban biên tập, Văn phòng còn quản trị Trang thông tin điện "
                "tử của Đảng ủy Khối: tiếp nhận, biên tập tin, bài của cộng tác viên, cập nhật văn "
                "bản được phép công khai và lịch công tác của lãnh đạo."
            ),
            (
                "Theo đồng chí Đỗ Mạnh Hùng, Chánh Văn phòng Đảng ủy Khối, mục tiêu thời gian tới "
                "là xây dựng Văn phòng chuyên nghiệp, hiện đại, mỗi cán bộ thành thạo ít nhất hai "
                "phần việc để hỗ trợ nhau khi cần, bảo đảm công việc không bị gián đoạn."
            ),
        ],
        "headings": [],
        "image": "so-hoa-van-ban",
        "tags": ["Xây dựng Đảng", "Chuyển đổi số", "Cải cách hành chính"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "{unit} tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm {year}",
        "sapo": (
            "Ngày {day}/{month}, {unit} tổ chức hội nghị đánh giá kết quả công tác xây dựng Đảng, "
            "thực hiện nhiệm vụ chính trị 6 tháng đầu năm và đề ra giải pháp cho những tháng cuối "
            "năm {year}."
        ),
        "paragraphs": [
            (
                "Dự hội nghị có {count} đại biểu là cấp ủy viên, đảng viên và đại diện các đoàn "
                "thể của đơn vị."
            ),
            (
                "Theo báo cáo tại hội nghị, 6 tháng qua, {unit_short} đã tổ chức học tập, quán "
                "triệt đầy đủ các văn bản của cấp trên; duy trì sinh hoạt định kỳ và sinh hoạt "
                "chuyên đề; giới thiệu quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng. "
                "Nhiệm vụ chuyên môn của đơn vị cơ bản bám sát kế hoạch năm."
            ),
            (
                "Hội nghị cũng chỉ ra một số hạn chế như nội dung sinh hoạt có lúc còn nặng về "
                "triển khai công việc chuyên môn, việc tự phê bình và phê bình chưa thật sự thẳng "
                "thắn."
            ),
            (
                "Phát biểu tại hội nghị, {person}, đề nghị cấp ủy tập trung khắc phục những hạn "
                "chế đã chỉ ra, phát huy tính tiên phong, gương mẫu của đảng viên, phấn đấu hoàn "
                "thành toàn diện các chỉ tiêu năm {year}."
            ),
        ],
        "headings": [],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Xây dựng Đảng", "Sinh hoạt chi bộ"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "{unit} tổ chức lễ kết nạp đảng viên mới",
        "sapo": (
            "Sáng {day}/{month}/{year}, {unit} trang trọng tổ chức lễ kết nạp đảng viên cho những "
            "quần chúng ưu tú đã được rèn luyện, thử thách qua thực tiễn công tác."
        ),
        "paragraphs": [
            (
                "Các quần chúng được kết nạp đều đã hoàn thành lớp bồi dưỡng nhận thức về Đảng, có "
                "nhiều năm liền hoàn thành tốt nhiệm vụ và được tập thể tín nhiệm. Tại buổi lễ, "
                "đại diện cấp ủy đã công bố quyết định kết nạp; các đảng viên mới đọc lời tuyên "
                "thệ dưới cờ Đảng."
            ),
            (
                "Phát biểu tại buổi lễ, {person}, chúc mừng các đảng viên mới, đề nghị các đồng "
                "chí tiếp tục học tập, rèn luyện, chấp hành nghiêm Điều lệ Đảng và những điều đảng "
                "viên không được làm, phấn đấu để được công nhận đảng viên chính thức đúng thời "
                "hạn."
            ),
            (
                "{unit_short} đã phân công đảng viên chính thức giúp đỡ các đảng viên mới trong "
                "thời gian dự bị và sẽ đăng ký cho các đồng chí tham gia lớp bồi dưỡng lý luận "
                "chính trị dành cho đảng viên mới trong khóa gần nhất."
            ),
        ],
        "headings": [],
        "image": "le-ket-nap",
        "tags": ["Phát triển đảng viên", "Công tác tổ chức"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "{unit} sinh hoạt chuyên đề về văn hóa ứng xử và tác phong làm việc",
        "sapo": (
            "Buổi sinh hoạt chuyên đề giúp đảng viên nhìn lại những việc còn chưa đúng chuẩn mực "
            "trong giao tiếp, ứng xử và thực thi nhiệm vụ, từ đó thống nhất các cam kết cụ thể."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, {unit} tổ chức sinh hoạt chuyên đề với chủ đề xây dựng văn "
                "hóa ứng xử, tác phong làm việc chuyên nghiệp, tận tụy với công việc, tôn trọng "
                "người dân, khách hàng và đồng nghiệp."
            ),
            (
                "Thay vì đọc tài liệu, cấp ủy gợi ý mỗi đảng viên nêu một tình huống cụ thể mà "
                "mình từng gặp: trả lời điện thoại của người dân, khách hàng; xử lý công việc bị "
                "chậm tiến độ; ứng xử khi bị góp ý. Nhiều ý kiến thẳng thắn nêu rõ nguyên nhân chủ "
                "quan, như ngại va chạm, chưa chủ động phối hợp giữa các bộ phận."
            ),
            (
                "Kết thúc buổi sinh hoạt, {unit_short} thống nhất bốn cam kết: không để công việc "
                "được giao chậm tiến độ mà không báo cáo lý do; trả lời kiến nghị của người dân, "
                "khách hàng, người lao động đúng hẹn; công khai số điện thoại của người phụ trách "
                "từng lĩnh vực; mỗi tháng đánh giá việc thực hiện trong kỳ sinh hoạt thường kỳ."
            ),
            (
                "Dự buổi sinh hoạt, {person}, đánh giá cao cách làm thiết thực và đề nghị đưa các "
                "cam kết vào tiêu chí đánh giá, xếp loại đảng viên cuối năm."
            ),
        ],
        "headings": [],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Sinh hoạt chi bộ", "Dân vận"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": (
            "Công đoàn Viên chức tỉnh tổ chức hội thao công nhân, viên chức, lao động năm {year}"
        ),
        "sapo": (
            "Hội thao thu hút {count} vận động viên đến từ các công đoàn cơ sở trong cơ quan, đơn "
            "vị sự nghiệp và doanh nghiệp, thi đấu ở các môn bóng chuyền hơi, kéo co, cầu lông và "
            "chạy tiếp sức."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, tại nhà thi đấu của tỉnh, Công đoàn Viên chức tỉnh khai mạc "
                "hội thao công nhân, viên chức, lao động năm {year}. Các môn thi được lựa chọn để "
                "đoàn viên ở nhiều lứa tuổi có thể tham gia, trong đó có nội dung dành riêng cho "
                "nữ đoàn viên."
            ),
            (
                "Phát biểu khai mạc, đại diện Ban Thường vụ Công đoàn Viên chức tỉnh cho biết hội "
                "thao nhằm khuyến khích đoàn viên rèn luyện sức khỏe, tăng cường giao lưu giữa các "
                "đơn vị, qua đó phát hiện, bồi dưỡng vận động viên tham gia các giải do tỉnh tổ "
                "chức."
            ),
            (
                "Sau hai ngày thi đấu sôi nổi, trung thực, Ban tổ chức đã trao giải cho các tập "
                "thể, cá nhân đạt thành tích cao. Nhiều đội đến từ doanh nghiệp lần đầu tham gia "
                "đã giành giải ở nội dung kéo co và chạy tiếp sức."
            ),
        ],
        "headings": [],
        "image": "cong-doan-hoi-thao",
        "tags": ["Công đoàn"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "Đoàn Thanh niên Khối ra quân hưởng ứng Tháng Thanh niên năm {year}",
        "sapo": (
            "Hơn {count} đoàn viên thanh niên các cơ quan, doanh nghiệp trong Khối tham gia lễ ra "
            "quân với nhiều phần việc thiết thực: trồng cây, dọn vệ sinh môi trường, hiến máu tình "
            "nguyện."
        ),
        "paragraphs": [
            (
                "Sáng {day}/{month}, Đoàn Thanh niên Khối tổ chức lễ ra quân hưởng ứng Tháng Thanh "
                "niên với chủ đề “Tuổi trẻ Khối tiên phong chuyển đổi số, tình nguyện vì cộng "
                "đồng”."
            ),
            (
                "Ngay sau lễ ra quân, các đoàn viên đã trồng cây xanh tại khuôn viên một trường "
                "học, dọn vệ sinh tuyến đường trước các khu nhà ở công nhân và tổ chức điểm hướng "
                "dẫn người dân cài đặt, sử dụng các ứng dụng dịch vụ công trực tuyến."
            ),
            (
                "Trong tháng, các cơ sở đoàn sẽ tổ chức ngày hội hiến máu tình nguyện, tọa đàm về "
                "kỹ năng số cho thanh niên công nhân và thăm, tặng quà các gia đình chính sách. "
                "Đoàn Thanh niên Khối đề nghị mỗi cơ sở đoàn đăng ký ít nhất một công trình, phần "
                "việc thanh niên gắn với nhiệm vụ chuyên môn của đơn vị."
            ),
        ],
        "headings": [],
        "image": "tinh-nguyen-trong-cay",
        "tags": ["Đoàn Thanh niên", "Chuyển đổi số"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": (
            "Hội Cựu chiến binh Khối gặp mặt kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam"
        ),
        "sapo": (
            "Buổi gặp mặt là dịp để các hội viên cựu chiến binh ôn lại truyền thống vẻ vang của "
            "Quân đội nhân dân Việt Nam và trao đổi kinh nghiệm giữ gìn phẩm chất “Bộ đội Cụ Hồ” "
            "trong thời bình."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, Hội Cựu chiến binh Khối tổ chức gặp mặt {count} hội viên là "
                "cựu chiến binh đang công tác hoặc đã nghỉ hưu tại các cơ quan, doanh nghiệp trong "
                "Khối."
            ),
            (
                "Tại buổi gặp mặt, các đại biểu đã ôn lại truyền thống của Quân đội nhân dân Việt "
                "Nam, nghe báo cáo kết quả hoạt động của Hội trong năm. Nhiều hội viên tiếp tục là "
                "tấm gương trong công tác chuyên môn, tích cực tham gia xây dựng tổ chức đảng, đấu "
                "tranh với các biểu hiện tiêu cực ở cơ quan, đơn vị."
            ),
            (
                "Phát biểu tại buổi gặp mặt, đồng chí Trịnh Xuân Lộc, Chủ nhiệm Ủy ban Kiểm tra "
                "Đảng ủy Khối, ghi nhận những đóng góp của Hội, đề nghị hội viên tiếp tục phát huy "
                "bản chất “Bộ đội Cụ Hồ”, tham gia bảo vệ nền tảng tư tưởng của Đảng, giáo dục "
                "truyền thống cho đoàn viên thanh niên trong Khối."
            ),
            (
                "Nhân dịp này, Hội Cựu chiến binh Khối đã tặng quà các hội viên có hoàn cảnh khó "
                "khăn, hội viên bị ảnh hưởng chất độc da cam."
            ),
        ],
        "headings": [],
        "image": "gap-mat-truyen-thong",
        "tags": ["Cựu chiến binh", "An sinh xã hội"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "{unit} trao quà hỗ trợ học sinh ở một xã vùng cao",
        "sapo": (
            "Chuyến thiện nguyện do {unit} phối hợp với các đoàn thể của đơn vị tổ chức, mang đến "
            "cho học sinh vùng cao những phần quà thiết thực, động viên các em vững bước đến "
            "trường."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, đoàn công tác của {unit_short} đã đến thăm một trường phổ "
                "thông dân tộc bán trú ở xã vùng cao phía tây tỉnh, trao {count} suất quà gồm sách "
                "vở, áo ấm, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn."
            ),
            (
                "Kinh phí của chương trình do cán bộ, đảng viên, đoàn viên và người lao động trong "
                "đơn vị tự nguyện đóng góp. Đoàn cũng tặng nhà trường một tủ sách, bộ dụng cụ thể "
                "thao và hỗ trợ sửa chữa hệ thống nước sạch cho khu bán trú."
            ),
            (
                "Đại diện nhà trường cảm ơn tấm lòng của cán bộ, người lao động đơn vị, cho biết "
                "những phần quà sẽ giúp các em yên tâm đến trường, nhất là trong những ngày giá "
                "rét."
            ),
        ],
        "headings": [],
        "image": "vung-cao-xu-thanh",
        "tags": ["An sinh xã hội", "Dân vận"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "{unit}: nâng chất lượng sinh hoạt từ những việc cụ thể",
        "sapo": (
            "Không chạy theo hình thức, {unit} chọn cách chuẩn bị kỹ nội dung, phân công đảng viên "
            "chuẩn bị ý kiến trước và công khai kết quả thực hiện nghị quyết ở mỗi kỳ sinh hoạt."
        ),
        "paragraphs": [
            (
                "Vài năm trước, sinh hoạt ở {unit_short} có lúc chỉ là nghe báo cáo kết quả công "
                "việc tháng, rồi phổ biến văn bản của cấp trên. Đảng viên ít phát biểu; có kỳ sinh "
                "hoạt kết thúc sau chưa đầy một giờ mà không có ý kiến tranh luận nào."
            ),
            (
                "Nhận thấy điều đó, cấp ủy quyết định thay đổi từ khâu chuẩn bị. Trước mỗi kỳ sinh "
                "hoạt ít nhất ba ngày, dự thảo nghị quyết và tài liệu được gửi đến từng đảng viên. "
                "Mỗi kỳ, cấp ủy phân công hai đến ba đảng viên chuẩn bị ý kiến về một vấn đề cụ "
                "thể, như tiến độ một nhiệm vụ đang chậm hay một ý kiến phản ánh của người lao "
                "động."
            ),
            (
                "Nghị quyết tháng được viết ngắn gọn, mỗi việc đều ghi rõ người chịu trách nhiệm "
                "và thời hạn. Đầu kỳ sinh hoạt sau, đồng chí bí thư báo cáo việc nào đã làm xong, "
                "việc nào chưa và vì sao. Cách làm này khiến nghị quyết không còn là văn bản để "
                "lưu mà trở thành danh mục công việc mà mọi người cùng theo dõi."
            ),
            (
                "Sinh hoạt chuyên đề được tổ chức mỗi quý một lần, với chủ đề gắn với việc của đơn "
                "vị: tiết kiệm chi phí, an toàn lao động, văn hóa ứng xử, phòng ngừa sai phạm "
                "trong quản lý tài chính. Có chuyên đề, cấp ủy mời chuyên gia hoặc cán bộ cơ quan "
                "cấp trên đến trao đổi, giải đáp."
            ),
            (
                "Kết quả rõ nhất là không khí sinh hoạt cởi mở hơn. Đảng viên trẻ mạnh dạn góp ý; "
                "những vướng mắc trong công việc được nêu ra và giải quyết ngay trong sinh hoạt, "
                "không để kéo dài. Tỷ lệ đảng viên dự sinh hoạt luôn đạt trên 95%; {unit_short} "
                "nhiều năm liền được xếp loại hoàn thành tốt nhiệm vụ trở lên."
            ),
            (
                "Theo {person}, để duy trì được chất lượng, điều quan trọng là cấp ủy phải kiên "
                "trì và gương mẫu: “Bí thư chuẩn bị qua loa thì không thể đòi hỏi đảng viên chuẩn "
                "bị kỹ. Mỗi kỳ sinh hoạt phải giải quyết được ít nhất một việc cụ thể của đơn vị "
                "thì đảng viên mới thấy cần đến sinh hoạt”."
            ),
        ],
        "headings": [],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Sinh hoạt chi bộ", "Xây dựng Đảng"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "hoat-dong-co-so",
        "author_category": "collaborator",
        "title": "Ở Công ty TNHH May mặc An Hòa Phát, công đoàn là chỗ dựa của nữ công nhân",
        "sapo": (
            "Với gần 1.200 lao động, phần lớn là nữ, Công đoàn Công ty TNHH May mặc An Hòa Phát đã "
            "chọn những việc thiết thực để chăm lo cho đoàn viên, dưới sự lãnh đạo sát sao của Chi "
            "bộ Công ty."
        ),
        "paragraphs": [
            (
                "Ca làm việc ở Công ty bắt đầu từ 7 giờ sáng. Trước giờ vào ca, nhiều nữ công nhân "
                "đã gửi con ở nhóm trẻ do Công đoàn phối hợp với Ban Giám đốc mở ngay cạnh nhà "
                "xưởng. Mô hình được duy trì từ năm 2022, nhận trông trẻ từ 18 tháng tuổi, mức "
                "đóng góp thấp hơn nhiều so với các cơ sở bên ngoài."
            ),
            (
                "Chủ tịch Công đoàn Công ty cho biết, việc lắng nghe bắt đầu từ tổ sản xuất. Mỗi "
                "tổ có một tổ trưởng công đoàn, là người nắm rõ hoàn cảnh của từng chị em. Những ý "
                "kiến về tiền lương, thời gian làm thêm giờ, bữa ăn ca đều được tổng hợp và đưa ra "
                "đối thoại định kỳ với người sử dụng lao động."
            ),
            (
                "Qua đối thoại, nhiều đề xuất của người lao động đã được chấp nhận: nâng giá trị "
                "suất ăn ca, bố trí phòng vắt trữ sữa cho lao động nữ nuôi con nhỏ, tổ chức khám "
                "sức khỏe chuyên khoa cho nữ công nhân mỗi năm một lần. Thỏa ước lao động tập thể "
                "được ký lại với nhiều điều khoản có lợi hơn cho người lao động so với quy định "
                "của pháp luật."
            ),
            (
                "Quỹ tương trợ do đoàn viên tự nguyện đóng góp đã giúp hàng chục công nhân vượt "
                "qua lúc ốm đau, hoạn nạn. Dịp Tết, Công đoàn vận động hỗ trợ vé xe cho công nhân "
                "ở xa về quê; những người ở lại được tổ chức đón giao thừa ngay tại khu nhà trọ."
            ),
            (
                "Chi bộ Công ty xác định công đoàn là cầu nối giữa tổ chức đảng với người lao "
                "động. Nhiều công nhân được công đoàn giới thiệu, được chi bộ bồi dưỡng đã trở "
                "thành đảng viên, trong đó có những tổ trưởng chuyền may được đồng nghiệp tín "
                "nhiệm."
            ),
            (
                "Theo đồng chí Đinh Văn Cường, Bí thư Chi bộ Công ty, người lao động gắn bó với "
                "doanh nghiệp khi họ thấy mình được tôn trọng và được chăm lo. “Công nhân ở lại "
                "với Công ty thì chi bộ mới có nguồn để bồi dưỡng, phát triển đảng viên”, đồng chí "
                "nói."
            ),
        ],
        "headings": [],
        "image": "xuong-may",
        "tags": ["Công đoàn", "Doanh nghiệp", "An sinh xã hội"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "tin-tuc-su-kien",
        "author_category": "collected",
        "title": (
            "Hội nghị trực tuyến toàn tỉnh học tập, quán triệt Nghị quyết Đại hội đại biểu toàn "
            "quốc lần thứ XIV của Đảng"
        ),
        "sapo": (
            "Ngày {day}/{month}/{year}, Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt "
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, kết nối đến điểm cầu của "
            "các đảng bộ trực thuộc."
        ),
        "paragraphs": [
            (
                "Tại điểm cầu Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh có các đồng chí Ủy viên "
                "Ban Chấp hành Đảng bộ Khối, bí thư các tổ chức cơ sở đảng và {count} cán bộ, đảng "
                "viên tham dự."
            ),
            (
                "Hội nghị đã nghe báo cáo viên trình bày những nội dung cơ bản, điểm mới của Nghị "
                "quyết Đại hội, các mục tiêu, nhiệm vụ và giải pháp phát triển đất nước trong giai "
                "đoạn mới, những yêu cầu đặt ra đối với công tác xây dựng, chỉnh đốn Đảng và hệ "
                "thống chính trị."
            ),
            (
                "Kết luận hội nghị, Thường trực Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng xây dựng "
                "chương trình hành động thực hiện Nghị quyết sát với thực tiễn, xác định rõ nhiệm "
                "vụ trọng tâm, đột phá và lộ trình thực hiện; tổ chức học tập đến tất cả chi bộ, "
                "bảo đảm chất lượng, hiệu quả."
            ),
            (
                "Sau hội nghị, Ban Thường vụ Đảng ủy Khối đã giao Ban Tuyên giáo hướng dẫn các tổ "
                "chức cơ sở đảng tổ chức học tập, viết bài thu hoạch và báo cáo kết quả theo quy "
                "định."
            ),
        ],
        "headings": [],
        "image": "co-to-quoc",
        "tags": ["Nghị quyết Đại hội", "Chính trị – tư tưởng"],
        "topic": "dua-nghi-quyet-dai-hoi-vao-cuoc-song",
    },
    {
        "kind": "tin",
        "section": "tin-tuc-su-kien",
        "author_category": "staff",
        "title": (
            "Đảng bộ Khối phát động đợt thi đua chào mừng kỷ niệm Ngày thành lập Đảng Cộng sản "
            "Việt Nam"
        ),
        "sapo": (
            "Ban Thường vụ Đảng ủy Khối phát động đợt thi đua cao điểm trong các tổ chức cơ sở "
            "đảng, đoàn thể, với nhiều công trình, phần việc cụ thể chào mừng kỷ niệm Ngày thành "
            "lập Đảng Cộng sản Việt Nam (3/2)."
        ),
        "paragraphs": [
            (
                "Theo kế hoạch ban hành ngày {day}/{month}/{year}, các tổ chức cơ sở đảng đăng ký "
                "những phần việc gắn với nhiệm vụ chính trị của đơn vị: hoàn thành kế hoạch sản "
                "xuất, kinh doanh quý I, giải quyết dứt điểm hồ sơ tồn đọng, chăm lo Tết cho người "
                "lao động."
            ),
            (
                "Cùng với thi đua, các đơn vị tổ chức tuyên truyền về lịch sử vẻ vang của Đảng, "
                "treo cờ Tổ quốc, cờ Đảng, tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng "
                "Xuân. Đoàn Thanh niên Khối phát động chương trình “Xuân tình nguyện”, thăm, tặng "
                "quà {count} gia đình chính sách, công nhân có hoàn cảnh khó khăn."
            ),
            (
                "Ban Thường vụ Đảng ủy Khối đề nghị cấp ủy các cấp chỉ đạo chặt chẽ, bảo đảm các "
                "hoạt động thiết thực, tiết kiệm, tránh phô trương, hình thức; kịp thời phát hiện, "
                "biểu dương tập thể, cá nhân tiêu biểu trong đợt thi đua."
            ),
        ],
        "headings": [],
        "image": "co-to-quoc",
        "tags": ["Thi đua – khen thưởng", "Chính trị – tư tưởng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "tin-tuc-su-kien",
        "author_category": "collected",
        "title": "Thanh Hóa triển khai kế hoạch cải cách hành chính năm {year}",
        "sapo": (
            "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch cải cách hành chính năm {year}, tập trung "
            "vào cắt giảm thủ tục, nâng cao chất lượng dịch vụ công trực tuyến và siết chặt kỷ "
            "luật, kỷ cương hành chính."
        ),
        "paragraphs": [
            (
                "Kế hoạch đặt mục tiêu tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nhất là "
                "các thủ tục liên quan đến doanh nghiệp và người dân; đẩy mạnh giải quyết hồ sơ "
                "trực tuyến toàn trình; số hóa kết quả giải quyết thủ tục hành chính."
            ),
            (
                "Các sở, ngành và Ủy ban nhân dân các xã, phường được giao rõ nhiệm vụ, thời hạn "
                "và sản phẩm cụ thể. Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ "
                "tịch Ủy ban nhân dân tỉnh về kết quả cải cách hành chính của đơn vị mình."
            ),
            (
                "Thực hiện kế hoạch, Ban Thường vụ Đảng ủy Khối đề nghị các tổ chức cơ sở đảng "
                "trong cơ quan hành chính đưa nội dung cải cách hành chính vào nghị quyết sinh "
                "hoạt chi bộ; mỗi đảng viên gương mẫu thực hiện, không gây phiền hà cho người dân, "
                "doanh nghiệp."
            ),
        ],
        "headings": [],
        "image": "trang-thong-tin",
        "tags": ["Cải cách hành chính", "Chuyển đổi số"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "tin-tuc-su-kien",
        "author_category": "staff",
        "title": (
            "Đảng ủy Khối chỉ đạo tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
            "Hội đồng nhân dân các cấp"
        ),
        "sapo": (
            "Ban Thường vụ Đảng ủy Khối yêu cầu các tổ chức cơ sở đảng tuyên truyền sâu rộng về "
            "cuộc bầu cử, để mỗi cán bộ, đảng viên và người lao động hiểu rõ quyền, nghĩa vụ của "
            "cử tri."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}/{year}, Ban Thường vụ Đảng ủy Khối ban hành hướng dẫn tuyên "
                "truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các "
                "cấp nhiệm kỳ 2026–2031 trong Đảng bộ Khối."
            ),
            (
                "Nội dung tuyên truyền tập trung vào ý nghĩa của cuộc bầu cử, các quy định của "
                "pháp luật về bầu cử, tiêu chuẩn của người ứng cử và quyền, nghĩa vụ của cử tri. Ở "
                "các doanh nghiệp có đông công nhân từ nơi khác đến, công đoàn cơ sở được giao "
                "hướng dẫn người lao động thủ tục bầu cử tại nơi tạm trú."
            ),
            (
                "Đảng ủy Khối yêu cầu cán bộ, đảng viên gương mẫu đi bầu cử, vận động gia đình và "
                "người lao động tham gia đầy đủ; chủ động nắm bắt dư luận, kịp thời phản bác thông "
                "tin sai lệch về cuộc bầu cử trên mạng xã hội."
            ),
        ],
        "headings": [],
        "image": "co-to-quoc",
        "tags": ["Bầu cử", "Chính trị – tư tưởng"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "tin-tuc-su-kien",
        "author_category": "staff",
        "title": "Sau sắp xếp bộ máy: các tổ chức cơ sở đảng trong Khối ổn định, đi vào nền nếp",
        "sapo": (
            "Việc sắp xếp tổ chức bộ máy của hệ thống chính trị kéo theo nhiều thay đổi về tổ chức "
            "đảng ở cơ quan, đơn vị. Đến năm {year}, các tổ chức cơ sở đảng trong Khối đã cơ bản "
            "ổn định, hoạt động nền nếp."
        ),
        "paragraphs": [
            (
                "Khi nhiều sở, ngành hợp nhất, nhiều đơn vị sự nghiệp được sắp xếp lại, tổ chức "
                "đảng ở các nơi này cũng phải kiện toàn theo. Có đảng bộ được thành lập mới trên "
                "cơ sở hợp nhất hai, ba đảng bộ cũ; có chi bộ phải chuyển sinh hoạt về đảng bộ "
                "khác; không ít cán bộ, đảng viên thay đổi vị trí công tác."
            ),
            (
                "Ban Thường vụ Đảng ủy Khối xác định nguyên tắc xuyên suốt: không để tổ chức đảng "
                "nào bị gián đoạn lãnh đạo, không để đảng viên nào bị gián đoạn sinh hoạt. Ban Tổ "
                "chức Đảng ủy Khối lập danh sách theo dõi từng tổ chức đảng chịu tác động của việc "
                "sắp xếp, hướng dẫn thủ tục chuyển sinh hoạt đảng và chỉ định cấp ủy lâm thời kịp "
                "thời."
            ),
            (
                "Cùng với kiện toàn tổ chức, công tác tư tưởng được đặt lên hàng đầu. Cấp ủy các "
                "đơn vị tổ chức đối thoại với cán bộ, đảng viên chịu tác động; giải thích rõ chủ "
                "trương, chế độ, chính sách; lắng nghe tâm tư, nguyện vọng để kịp thời kiến nghị "
                "cấp có thẩm quyền xem xét."
            ),
            (
                "Sau sắp xếp, các đảng bộ mới đã ban hành quy chế làm việc, chương trình kiểm tra, "
                "giám sát; nhiều nơi nhanh chóng thống nhất lịch sinh hoạt, phân công đảng viên "
                "phụ trách các lĩnh vực mới. Một số đảng bộ tranh thủ dịp này rà soát, sắp xếp lại "
                "các chi bộ trực thuộc theo hướng gọn hơn, phù hợp với cơ cấu phòng, ban mới."
            ),
            (
                "Bên cạnh kết quả, vẫn còn những việc phải tiếp tục làm: một số quy chế phối hợp "
                "giữa cấp ủy với người đứng đầu chưa được cập nhật; ở vài nơi, việc bố trí trụ sở "
                "làm việc còn phân tán khiến việc tập trung đảng viên sinh hoạt gặp khó khăn."
            ),
            (
                "Ban Thường vụ Đảng ủy Khối đã chỉ đạo các cơ quan tham mưu tăng cường hướng dẫn, "
                "kiểm tra, kịp thời tháo gỡ vướng mắc ở cơ sở, bảo đảm bộ máy sau sắp xếp thật sự "
                "tinh, gọn, mạnh, hoạt động hiệu lực, hiệu quả."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Công tác tổ chức", "Xây dựng Đảng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": "Khai giảng lớp bồi dưỡng nhận thức về Đảng cho {count} quần chúng ưu tú",
        "sapo": (
            "Sáng {day}/{month}, Ban Tuyên giáo Đảng ủy Khối phối hợp với Trường Chính trị tỉnh "
            "khai giảng lớp bồi dưỡng nhận thức về Đảng; học viên là quần chúng ưu tú đến từ các "
            "cơ quan, đơn vị và doanh nghiệp trong Khối."
        ),
        "paragraphs": [
            (
                "Lớp học diễn ra trong 5 ngày, theo chương trình do Trung ương quy định, gồm các "
                "chuyên đề về Đảng Cộng sản Việt Nam, chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh, "
                "Điều lệ Đảng và nhiệm vụ của người đảng viên."
            ),
            (
                "Để người lao động làm theo ca có thể theo học, lớp được bố trí cả buổi chiều các "
                "ngày trong tuần và ngày thứ Bảy. Học viên được phát tài liệu điện tử trước khi "
                "lên lớp."
            ),
            (
                "Phát biểu khai giảng, đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy Khối, "
                "đề nghị học viên nghiêm túc học tập, liên hệ với thực tiễn công việc và bản thân, "
                "xác định rõ động cơ phấn đấu vào Đảng; đề nghị cấp ủy cơ sở tiếp tục theo dõi, "
                "giúp đỡ học viên sau khóa học."
            ),
            (
                "Kết thúc khóa học, học viên viết bài thu hoạch; những người đạt yêu cầu được cấp "
                "giấy chứng nhận, là một trong những điều kiện để chi bộ xem xét, đề nghị kết nạp "
                "vào Đảng."
            ),
        ],
        "headings": [],
        "image": "lop-nhan-thuc",
        "tags": ["Phát triển đảng viên", "Chính trị – tư tưởng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": "Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm {year}",
        "sapo": (
            "Ngày {day}/{month}, Ban Tuyên giáo Đảng ủy Khối tổ chức bế giảng lớp bồi dưỡng lý "
            "luận chính trị dành cho {count} đảng viên mới của các tổ chức cơ sở đảng trong Khối."
        ),
        "paragraphs": [
            (
                "Trong thời gian học tập, học viên đã được nghiên cứu các chuyên đề về lịch sử, "
                "truyền thống của Đảng, Điều lệ Đảng, nhiệm vụ và quyền của đảng viên, những điều "
                "đảng viên không được làm theo Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương."
            ),
            (
                "Lớp học dành thời gian thảo luận tình huống: góp ý với cấp trên trong sinh hoạt "
                "chi bộ, ứng xử khi gặp thông tin sai trái trên mạng xã hội, cân đối giữa nhiệm vụ "
                "được phân công với công việc gia đình. Nhiều học viên cho biết phần thảo luận "
                "giúp họ tự tin hơn khi tham gia sinh hoạt chi bộ."
            ),
            (
                "Kết quả, 100% học viên đạt yêu cầu, trong đó phần lớn đạt loại khá, giỏi. Kết quả "
                "học tập được gửi về chi bộ để làm căn cứ xem xét công nhận đảng viên chính thức "
                "khi hết thời gian dự bị."
            ),
        ],
        "headings": [],
        "image": "lop-dang-vien-moi",
        "tags": ["Phát triển đảng viên", "Công tác tổ chức"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": "Ủy ban Kiểm tra Đảng ủy Khối thông báo kết quả giám sát chuyên đề tại {unit}",
        "sapo": (
            "Qua giám sát, Ủy ban Kiểm tra Đảng ủy Khối ghi nhận {unit} đã thực hiện cơ bản đúng "
            "quy chế làm việc, chế độ sinh hoạt đảng; đồng thời chỉ ra một số hạn chế cần khắc "
            "phục."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}/{year}, đoàn giám sát của Ủy ban Kiểm tra Đảng ủy Khối đã "
                "thông báo kết quả giám sát chuyên đề đối với {unit} về việc lãnh đạo thực hiện "
                "quy chế làm việc, chế độ sinh hoạt chi bộ và quản lý, sử dụng đảng phí."
            ),
            (
                "Đoàn giám sát đánh giá cấp ủy đã ban hành đầy đủ quy chế làm việc, chương trình "
                "công tác; duy trì sinh hoạt định kỳ; việc thu, nộp đảng phí cơ bản đúng quy định. "
                "Tuy vậy, một số biên bản sinh hoạt ghi chép còn sơ sài; việc lưu trữ hồ sơ, tài "
                "liệu chưa khoa học; có thời điểm nộp đảng phí chậm so với quy định."
            ),
            (
                "Thay mặt đoàn giám sát, đồng chí Hà Văn Khang, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng "
                "ủy Khối, đề nghị {unit_short} nghiêm túc tiếp thu, xây dựng kế hoạch khắc phục cụ "
                "thể và báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy Khối trong thời hạn quy định."
            ),
        ],
        "headings": [],
        "image": "kiem-tra-giam-sat",
        "tags": ["Kiểm tra – giám sát", "Sinh hoạt chi bộ"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": "Nâng cao chất lượng sinh hoạt chi bộ ở các đơn vị sự nghiệp công lập",
        "sapo": (
            "Đơn vị sự nghiệp công lập có đội ngũ đảng viên đông, trình độ cao nhưng áp lực chuyên "
            "môn lớn. Làm sao để sinh hoạt chi bộ không bị lấn át bởi công việc chuyên môn là câu "
            "hỏi mà nhiều cấp ủy trong Khối đang tìm lời giải."
        ),
        "paragraphs": [
            (
                "Ở các bệnh viện, trường học, trung tâm trong Khối, đảng viên phần lớn là bác sĩ, "
                "giáo viên, kỹ sư có trình độ chuyên môn cao. Đây là lợi thế để nâng chất lượng "
                "thảo luận trong sinh hoạt chi bộ, nhưng cũng là thách thức: đảng viên bận trực, "
                "bận lớp, bận công trình, khó tập trung đông đủ; nội dung sinh hoạt dễ biến thành "
                "giao ban chuyên môn."
            ),
            (
                "Đảng bộ Bệnh viện Đa khoa Hạc Thành là một ví dụ về cách tháo gỡ. Đảng ủy quy "
                "định sinh hoạt chi bộ vào chiều thứ Năm tuần đầu tháng, các khoa bố trí lịch trực "
                "để đảng viên được dự họp; người vắng phải có lý do và được chi ủy thông tin lại "
                "nội dung. Nội dung chuyên môn chỉ được đưa vào sinh hoạt khi cần chi bộ lãnh đạo, "
                "như thái độ phục vụ người bệnh hay việc thực hiện quy tắc ứng xử."
            ),
            (
                "Một cách làm khác là gắn sinh hoạt chuyên đề với vấn đề nóng của đơn vị. Khi có "
                "phản ánh về thời gian chờ khám, chi bộ khoa Khám bệnh đã dành một kỳ sinh hoạt để "
                "phân tích nguyên nhân, phân công đảng viên phụ trách từng khâu và theo dõi kết "
                "quả qua các tháng. Người bệnh là người cảm nhận rõ nhất sự thay đổi."
            ),
            (
                "Ở các đơn vị nghiên cứu, tư vấn, nhiều chi bộ duy trì việc mỗi quý mời một đảng "
                "viên trình bày kết quả đề tài, sáng kiến mà mình thực hiện, gắn với trách nhiệm "
                "nêu gương. Cách làm này giúp sinh hoạt chi bộ có nội dung mới, đồng thời khuyến "
                "khích tinh thần học hỏi trong đơn vị."
            ),
            (
                "Tuy vậy, chất lượng sinh hoạt ở một số chi bộ vẫn chưa đồng đều. Có nơi nghị "
                "quyết chung chung, thiếu chỉ tiêu cụ thể; việc tự phê bình và phê bình còn nể "
                "nang, ngại va chạm, nhất là khi người đứng đầu chuyên môn cũng là bí thư chi bộ."
            ),
            (
                "Ban Tổ chức Đảng ủy Khối kiến nghị tiếp tục chọn chi bộ điểm để rút kinh nghiệm; "
                "tăng cường dự sinh hoạt chi bộ của cấp ủy cấp trên; đưa chất lượng sinh hoạt vào "
                "tiêu chí đánh giá, xếp loại tổ chức đảng cuối năm để tạo chuyển biến thực chất."
            ),
        ],
        "headings": [],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Sinh hoạt chi bộ", "Xây dựng Đảng"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "xay-dung-dang",
        "author_category": "collaborator",
        "title": (
            "Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước: khó nhưng không thể "
            "chờ"
        ),
        "sapo": (
            "Doanh nghiệp ngoài khu vực nhà nước có đông lao động trẻ nhưng tỷ lệ đảng viên còn "
            "thấp. Kinh nghiệm từ một số chi bộ trong Khối cho thấy, muốn có nguồn kết nạp, tổ "
            "chức đảng phải chủ động tìm đến người lao động."
        ),
        "paragraphs": [
            (
                "Ở nhiều doanh nghiệp tư nhân, người lao động chủ yếu quan tâm đến việc làm, thu "
                "nhập; không ít người chưa hiểu vì sao cần vào Đảng khi đang làm việc cho một công "
                "ty tư nhân. Một số chủ doanh nghiệp lo ngại hoạt động đảng ảnh hưởng đến thời "
                "gian sản xuất. Đó là những rào cản có thật."
            ),
            (
                "Chi bộ Công ty TNHH May mặc An Hòa Phát chọn cách bắt đầu từ những việc người lao "
                "động cần. Đảng viên tham gia bảo vệ quyền lợi chính đáng của công nhân, tổ chức "
                "thi tay nghề, vận động hỗ trợ công nhân ốm đau. Người lao động hiểu về Đảng qua "
                "chính việc làm của những người đảng viên đứng cạnh mình trên chuyền may."
            ),
            (
                "Cách làm thứ hai là phân công đảng viên theo dõi, giúp đỡ quần chúng. Mỗi đảng "
                "viên được giao kèm cặp một đến hai người lao động tiêu biểu; chi bộ lập danh sách "
                "nguồn, theo dõi sự tiến bộ qua từng quý và giới thiệu đi học lớp bồi dưỡng nhận "
                "thức về Đảng khi đủ điều kiện."
            ),
            (
                "Sự đồng thuận của chủ doanh nghiệp có ý nghĩa quyết định. Nhiều nơi, cấp ủy đã "
                "chủ động trao đổi để chủ doanh nghiệp thấy rằng tổ chức đảng và đoàn thể vững "
                "mạnh giúp ổn định lao động, hạn chế tranh chấp. Khi được ủng hộ, chi bộ có phòng "
                "sinh hoạt, đảng viên mới được bố trí thời gian đi học."
            ),
            (
                "Khó khăn lớn còn lại là biến động lao động. Có trường hợp quần chúng đã được bồi "
                "dưỡng nhưng chuyển việc trước khi làm xong thủ tục kết nạp. Để hạn chế, các chi "
                "bộ ưu tiên tạo nguồn từ đội ngũ tổ trưởng, kỹ thuật viên, những người có thời "
                "gian gắn bó lâu dài với doanh nghiệp."
            ),
            (
                "Thực tế cho thấy, phát triển đảng viên ở doanh nghiệp ngoài khu vực nhà nước là "
                "việc khó, đòi hỏi sự kiên trì. Nhưng nếu chờ điều kiện thuận lợi mới làm thì tổ "
                "chức đảng ở khu vực này sẽ ngày càng mỏng, khó phát huy vai trò hạt nhân chính "
                "trị trong doanh nghiệp."
            ),
        ],
        "headings": [],
        "image": "le-ket-nap",
        "tags": ["Phát triển đảng viên", "Doanh nghiệp"],
        "topic": None,
    },
    {
        "kind": "bai",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": (
            "Công tác dân vận ở các cơ quan trong Khối: gần dân hơn từ việc tiếp công dân và đối "
            "thoại"
        ),
        "sapo": (
            "Thực hiện phong trào thi đua “Dân vận khéo”, nhiều cơ quan trong Khối đã đổi mới cách "
            "tiếp công dân, đối thoại với doanh nghiệp, góp phần củng cố niềm tin của nhân dân với "
            "Đảng và chính quyền."
        ),
        "paragraphs": [
            (
                "Công tác dân vận ở cơ quan hành chính không chỉ là những hoạt động tình nguyện "
                "dịp lễ, Tết. Với người dân và doanh nghiệp, dân vận hiện diện trong từng lần đến "
                "cơ quan làm thủ tục, trong cách cán bộ trả lời một câu hỏi, giải thích một quy "
                "định."
            ),
            (
                "Nhiều đảng bộ sở, ngành trong Khối đã đưa nội dung dân vận chính quyền vào nghị "
                "quyết của cấp ủy. Người đứng đầu cơ quan trực tiếp tiếp công dân định kỳ; các "
                "phản ánh, kiến nghị được cập nhật vào sổ theo dõi, có thời hạn trả lời và công "
                "khai kết quả giải quyết."
            ),
            (
                "Ở Đảng bộ Sở Tài chính, mô hình đối thoại với doanh nghiệp được duy trì mỗi năm "
                "hai lần. Các vướng mắc về thủ tục thanh toán vốn, quyết toán dự án được tổng hợp "
                "trước, giao các phòng chuyên môn chuẩn bị ý kiến trả lời. Những vấn đề vượt thẩm "
                "quyền được tổng hợp, báo cáo cấp trên kèm đề xuất cụ thể."
            ),
            (
                "Ở doanh nghiệp, dân vận là đối thoại giữa người sử dụng lao động với người lao "
                "động. Nhiều đảng ủy doanh nghiệp coi đối thoại định kỳ là việc của tổ chức đảng, "
                "không chỉ của công đoàn; đảng viên là cán bộ quản lý có trách nhiệm lắng nghe và "
                "giải thích rõ ràng với công nhân."
            ),
            (
                "Qua các đợt sơ kết, Ban Tuyên giáo Đảng ủy Khối nhận thấy, mô hình “Dân vận khéo” "
                "hiệu quả nhất khi gắn với một việc cụ thể, có người phụ trách, có kết quả đo đếm "
                "được. Những mô hình đăng ký chung chung thường chỉ tồn tại trên giấy."
            ),
            (
                "Thời gian tới, Đảng ủy Khối tiếp tục chỉ đạo nhân rộng các mô hình hiệu quả, biểu "
                "dương kịp thời tập thể, cá nhân tiêu biểu; gắn công tác dân vận với cải cách hành "
                "chính và thực hiện quy chế dân chủ ở cơ sở."
            ),
        ],
        "headings": [],
        "image": "hoi-nghi-can-bo",
        "tags": ["Dân vận", "Cải cách hành chính"],
        "topic": None,
    },
    {
        "kind": "bai-chuyen-sau",
        "section": "xay-dung-dang",
        "author_category": "staff",
        "title": (
            "Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên: để kết quả phản ánh đúng thực "
            "chất"
        ),
        "sapo": (
            "Kiểm điểm, đánh giá, xếp loại chất lượng hằng năm là dịp nhìn lại toàn diện kết quả "
            "lãnh đạo của tổ chức đảng và việc thực hiện nhiệm vụ của từng đảng viên. Tuy vậy, ở "
            "không ít nơi, kết quả xếp loại vẫn chưa phản ánh đúng thực tế."
        ),
        "paragraphs": [
            (
                "Nhiều năm qua, việc kiểm điểm, đánh giá, xếp loại trong Đảng bộ Khối được thực "
                "hiện đúng quy trình, đúng thời gian. Tỷ lệ tổ chức đảng và đảng viên được xếp "
                "loại hoàn thành tốt nhiệm vụ trở lên luôn ở mức cao. Nhưng chính con số cao đều "
                "qua các năm đặt ra câu hỏi: kết quả ấy có phản ánh đúng chất lượng thật của tổ "
                "chức đảng và đảng viên?"
            ),
            (
                "Qua giám sát, Ủy ban Kiểm tra Đảng ủy Khối nhận thấy một số biểu hiện đáng lưu ý: "
                "bản kiểm điểm của đảng viên còn chung chung, nặng về kể thành tích; phần hạn chế "
                "chỉ nêu những điều dễ nói như “đôi lúc chưa mạnh dạn”; chi bộ đánh giá theo kiểu "
                "“luân phiên”, năm nay người này, năm sau người khác được đề nghị hoàn thành xuất "
                "sắc nhiệm vụ."
            ),
            (
                "Nguyên nhân trước hết nằm ở tiêu chí. Khi tiêu chí chưa được lượng hóa, việc đánh "
                "giá phụ thuộc nhiều vào cảm tính, vào mức độ nể nang trong tập thể. Bên cạnh đó, "
                "kết quả đánh giá đảng viên chưa gắn chặt với kết quả thực hiện nhiệm vụ chuyên "
                "môn, với ý kiến nhận xét của nơi cư trú và của quần chúng."
            ),
            (
                "Một số tổ chức cơ sở đảng trong Khối đã có cách làm đáng chú ý. Đầu năm, mỗi đảng "
                "viên đăng ký những việc cụ thể sẽ làm, có chỉ tiêu và thời hạn; chi ủy theo dõi "
                "qua từng quý. Cuối năm, việc đánh giá dựa trên đối chiếu giữa đăng ký và kết quả, "
                "không dựa vào bản tự nhận xét. Ở doanh nghiệp, kết quả xếp loại đảng viên được "
                "đối chiếu với năng suất, chất lượng công việc và ý kiến của tổ sản xuất."
            ),
            (
                "Để kết quả đánh giá phản ánh đúng thực chất, trước hết cần cụ thể hóa tiêu chí "
                "theo từng loại hình tổ chức đảng và từng nhóm đối tượng đảng viên; kết hợp đánh "
                "giá thường xuyên với đánh giá cuối năm. Việc đánh giá phải lấy kết quả thực hiện "
                "nhiệm vụ được giao làm thước đo chính, gắn với trách nhiệm nêu gương của người "
                "đứng đầu."
            ),
            (
                "Cùng với đó, cần tăng cường giám sát của cấp ủy cấp trên đối với việc kiểm điểm ở "
                "cơ sở, kiên quyết không công nhận kết quả ở những nơi đánh giá hình thức; công "
                "khai kết quả xếp loại để quần chúng tham gia giám sát. Khi kết quả đánh giá được "
                "dùng thực chất trong công tác cán bộ, khen thưởng, mỗi đảng viên sẽ tự thấy cần "
                "tự phê bình và phê bình nghiêm túc hơn."
            ),
        ],
        "headings": [
            "Con số đẹp và những câu hỏi đặt ra",
            "Từ tiêu chí chung chung đến cách làm cụ thể",
            "Giải pháp để đánh giá thực chất",
        ],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Công tác tổ chức", "Kiểm tra – giám sát", "Xây dựng Đảng"],
        "topic": None,
    },
    {
        "kind": "tin",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "collaborator",
        "title": "{unit} sinh hoạt chuyên đề học tập và làm theo Bác năm {year}",
        "sapo": (
            "Buổi sinh hoạt chuyên đề giúp cán bộ, đảng viên của {unit} liên hệ bản thân, đăng ký "
            "những việc làm cụ thể để học tập và làm theo Bác trong công việc hằng ngày."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, {unit} tổ chức sinh hoạt chuyên đề học tập và làm theo tư "
                "tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}, với {count} cán bộ, đảng viên "
                "và người lao động tham dự."
            ),
            (
                "Sau phần giới thiệu nội dung chuyên đề của báo cáo viên, các đảng viên đã thảo "
                "luận sôi nổi, liên hệ với thực tế đơn vị: thực hành tiết kiệm trong sử dụng điện, "
                "văn phòng phẩm; tinh thần trách nhiệm trong giải quyết công việc; ứng xử văn minh "
                "với đồng nghiệp, với người dân và khách hàng."
            ),
            (
                "Phát biểu tại buổi sinh hoạt, {person}, đề nghị mỗi đảng viên đăng ký ít nhất một "
                "việc làm cụ thể, dễ kiểm tra; cấp ủy đưa việc thực hiện đăng ký vào nội dung đánh "
                "giá trong sinh hoạt hằng tháng."
            ),
            (
                "Buổi sinh hoạt nằm trong chương trình chuyên đề “{topic}” do Ban Tuyên giáo Đảng "
                "ủy Khối hướng dẫn các tổ chức cơ sở đảng thực hiện trong năm."
            ),
        ],
        "headings": [],
        "image": "hoc-tap-lam-theo-bac",
        "tags": ["Học tập và làm theo Bác", "Sinh hoạt chi bộ"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "tin",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "staff",
        "title": (
            "Đảng ủy Khối biểu dương {count} tập thể, cá nhân điển hình học tập và làm theo Bác"
        ),
        "sapo": (
            "Ngày {day}/{month}/{year}, Ban Thường vụ Đảng ủy Khối tổ chức hội nghị biểu dương các "
            "tập thể, cá nhân tiêu biểu trong thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
        ),
        "paragraphs": [
            (
                "Các điển hình được biểu dương năm nay đến từ nhiều lĩnh vực: những cán bộ tận tụy "
                "với công việc ở cơ quan hành chính, những y bác sĩ tận tâm với người bệnh, những "
                "công nhân có sáng kiến cải tiến kỹ thuật, những đoàn viên thanh niên gương mẫu "
                "trong hoạt động tình nguyện."
            ),
            (
                "Tại hội nghị, đại diện một số điển hình đã chia sẻ kinh nghiệm. Nhiều câu chuyện "
                "giản dị nhưng thuyết phục, cho thấy làm theo Bác không phải là điều gì quá lớn "
                "lao mà bắt đầu từ những việc nhỏ, làm thường xuyên, bền bỉ."
            ),
            (
                "Phát biểu tại hội nghị, đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng "
                "ủy Khối, đề nghị các tổ chức cơ sở đảng tiếp tục phát hiện, bồi dưỡng và nhân "
                "rộng điển hình; đưa việc học tập và làm theo Bác trở thành việc làm tự giác, "
                "thường xuyên của mỗi cán bộ, đảng viên và người lao động."
            ),
            (
                "Dịp này, Ban Thường vụ Đảng ủy Khối tặng giấy khen cho các tập thể, cá nhân có "
                "thành tích tiêu biểu."
            ),
        ],
        "headings": [],
        "image": "trao-khen-thuong",
        "tags": ["Học tập và làm theo Bác", "Thi đua – khen thưởng"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "tin",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "collaborator",
        "title": "Hội Cựu chiến binh Khối phát huy phẩm chất “Bộ đội Cụ Hồ” trong thời kỳ mới",
        "sapo": (
            "Hội Cựu chiến binh Khối tổ chức tọa đàm về học tập và làm theo Bác, với sự tham gia "
            "của các hội viên đang công tác tại cơ quan, doanh nghiệp và hội viên đã nghỉ hưu."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, Hội Cựu chiến binh Khối tổ chức tọa đàm với chủ đề “Cựu chiến "
                "binh Khối gương mẫu học tập và làm theo Bác”, thu hút {count} hội viên tham gia."
            ),
            (
                "Các ý kiến tại tọa đàm khẳng định, phẩm chất “Bộ đội Cụ Hồ” cần được thể hiện "
                "bằng việc làm cụ thể trong thời bình: gương mẫu chấp hành kỷ luật lao động, thẳng "
                "thắn đấu tranh với biểu hiện tiêu cực, tích cực tham gia giáo dục truyền thống "
                "cho thế hệ trẻ."
            ),
            (
                "Nhiều hội viên chia sẻ kinh nghiệm tham gia hòa giải ở cơ sở, giúp đỡ đồng đội có "
                "hoàn cảnh khó khăn, tham gia bảo vệ nền tảng tư tưởng của Đảng trên không gian "
                "mạng bằng những bài viết, bình luận chân thực về các cuộc kháng chiến mà mình "
                "từng tham gia."
            ),
        ],
        "headings": [],
        "image": "hoc-tap-lam-theo-bac",
        "tags": ["Cựu chiến binh", "Học tập và làm theo Bác"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "bai",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "collaborator",
        "title": "Người thợ cả ở phân xưởng gia công và những sáng kiến tiết kiệm",
        "sapo": (
            "Gần ba mươi năm gắn bó với Công ty cổ phần Cơ khí Thành Long Phát, đảng viên Nguyễn "
            "Văn Thịnh có hàng chục sáng kiến cải tiến kỹ thuật, giúp Công ty tiết kiệm đáng kể "
            "chi phí mỗi năm."
        ),
        "paragraphs": [
            (
                "Ở phân xưởng Gia công chi tiết, người ta quen gọi ông Nguyễn Văn Thịnh là “thợ "
                "cả”. Không chỉ vì tuổi nghề, mà vì hầu như máy nào trong xưởng trục trặc, người "
                "đầu tiên anh em nghĩ đến cũng là ông. Vào nghề từ khi Công ty còn là một xí "
                "nghiệp nhỏ, ông đã chứng kiến và góp sức vào từng bước đổi mới của doanh nghiệp."
            ),
            (
                "Sáng kiến đầu tiên của ông là cải tiến đồ gá để gia công một loại trục, giúp rút "
                "ngắn gần một nửa thời gian thay đổi chi tiết. Từ đó đến nay, ông có hơn hai mươi "
                "sáng kiến được Hội đồng sáng kiến Công ty công nhận, phần lớn xuất phát từ những "
                "phiền toái nhỏ trong công việc hằng ngày mà người khác đã quen chịu đựng."
            ),
            (
                "Điều ông tâm đắc nhất không phải là số sáng kiến mà là việc truyền nghề. Mỗi năm, "
                "ông nhận kèm cặp hai đến ba công nhân trẻ. Ông không giấu nghề, kiên nhẫn chỉ "
                "từng thao tác và luôn nhắc các em phải giữ an toàn trước rồi mới tính đến năng "
                "suất."
            ),
            (
                "Là đảng viên, ông Thịnh được Chi bộ phân xưởng giao theo dõi, giúp đỡ quần chúng "
                "ưu tú. Ba công nhân do ông kèm cặp đã được kết nạp vào Đảng, trong đó có người "
                "nay là tổ trưởng sản xuất."
            ),
            (
                "Khi được hỏi về học tập và làm theo Bác, ông nói giản dị: “Bác dạy cần, kiệm, "
                "liêm, chính. Với người thợ, cần là chăm học nghề, kiệm là không để phí một mẩu "
                "vật tư, liêm là làm đúng, làm đủ, chính là thấy cái sai thì phải nói”."
            ),
            (
                "Đảng ủy Công ty đã đề nghị Đảng ủy Khối biểu dương ông là điển hình học tập và "
                "làm theo Bác. Với ông, phần thưởng lớn nhất vẫn là thấy lớp thợ trẻ vững tay "
                "nghề, yên tâm gắn bó với Công ty."
            ),
        ],
        "headings": [],
        "image": "xuong-co-khi",
        "tags": ["Học tập và làm theo Bác", "Doanh nghiệp"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "bai",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "staff",
        "title": "Làm theo Bác từ những việc nhỏ ở cơ quan hành chính",
        "sapo": (
            "Ở nhiều cơ quan trong Khối, học tập và làm theo Bác được cụ thể hóa thành những cam "
            "kết nhỏ, dễ làm, dễ kiểm tra. Chính những việc nhỏ ấy đang làm thay đổi cách phục vụ "
            "người dân và doanh nghiệp."
        ),
        "paragraphs": [
            (
                "Sau mỗi đợt học tập chuyên đề, đảng viên thường viết bản đăng ký làm theo. Một "
                "thời gian dài, không ít bản đăng ký chỉ là những câu chung chung như “nâng cao "
                "tinh thần trách nhiệm”, “rèn luyện đạo đức, lối sống”. Cuối năm, cả người viết "
                "lẫn chi bộ đều khó đánh giá đã làm được gì."
            ),
            (
                "Vài năm gần đây, nhiều chi bộ trong Khối đã thay đổi cách làm. Mỗi đảng viên đăng "
                "ký những việc cụ thể gắn với vị trí việc làm: chuyên viên một cửa cam kết không "
                "yêu cầu người dân nộp thêm giấy tờ ngoài quy định; cán bộ tài chính cam kết trả "
                "lời văn bản của đơn vị trong năm ngày làm việc; lãnh đạo phòng cam kết xử lý xong "
                "hồ sơ trong ngày khi đủ điều kiện."
            ),
            (
                "Các cam kết được công khai tại chi bộ và được chi ủy theo dõi hằng tháng. Việc "
                "chưa làm được phải nêu lý do trong sinh hoạt. Cách làm này khiến việc học tập và "
                "làm theo Bác không còn tách rời công việc chuyên môn mà trở thành một phần của "
                "đánh giá cán bộ."
            ),
            (
                "Cùng với cam kết cá nhân, nhiều cơ quan đã xây dựng quy tắc ứng xử, công khai "
                "đường dây nóng, lắp đặt thiết bị đánh giá mức độ hài lòng của người dân. Kết quả "
                "đánh giá được dùng để nhắc nhở, khen thưởng kịp thời."
            ),
            (
                "Thực hành tiết kiệm cũng được chú trọng: tắt điện, điều hòa khi ra khỏi phòng; "
                "hạn chế in ấn, sử dụng văn bản điện tử; tổ chức hội nghị gọn, ngắn, thiết thực. "
                "Những việc tưởng nhỏ, khi được duy trì ở cả cơ quan, đã giúp tiết kiệm đáng kể "
                "chi phí hành chính."
            ),
            (
                "Có thể thấy, làm theo Bác không phải là phong trào theo đợt mà là nếp nghĩ, nếp "
                "làm hằng ngày. Khi việc làm theo được đo đếm bằng kết quả phục vụ người dân, học "
                "tập và làm theo Bác mới thật sự đi vào chiều sâu."
            ),
        ],
        "headings": [],
        "image": "hoc-tap-lam-theo-bac",
        "tags": ["Học tập và làm theo Bác", "Cải cách hành chính"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "tin",
        "section": "hoc-tap-va-lam-theo-bac",
        "author_category": "collaborator",
        "title": "Tuổi trẻ Khối đăng ký {count} công trình, phần việc làm theo lời Bác",
        "sapo": (
            "Hưởng ứng phong trào “Thanh niên Khối làm theo lời Bác”, các cơ sở đoàn trong Khối đã "
            "đăng ký nhiều công trình, phần việc gắn với chuyển đổi số, cải cách hành chính và an "
            "sinh xã hội."
        ),
        "paragraphs": [
            (
                "Tại hội nghị ngày {day}/{month}/{year}, Đoàn Thanh niên Khối tổng hợp đăng ký của "
                "các cơ sở đoàn. Nhiều phần việc gắn trực tiếp với nhiệm vụ chuyên môn, như số hóa "
                "hồ sơ lưu trữ, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, cải tiến quy "
                "trình sản xuất."
            ),
            (
                "Bên cạnh đó là các hoạt động tình nguyện: hiến máu, trồng cây, sửa chữa phòng "
                "học, tặng quà học sinh vùng cao. Đoàn Thanh niên Khối yêu cầu mỗi công trình, "
                "phần việc phải có người phụ trách, thời gian hoàn thành và sản phẩm cụ thể."
            ),
            (
                "Phát biểu tại hội nghị, đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy "
                "Khối, đề nghị các cơ sở đoàn phát huy tinh thần xung kích, sáng tạo của đoàn "
                "viên, chú trọng chất lượng hơn số lượng, để mỗi công trình thật sự để lại dấu ấn "
                "ở cơ quan, doanh nghiệp và cộng đồng."
            ),
        ],
        "headings": [],
        "image": "tinh-nguyen-trong-cay",
        "tags": ["Đoàn Thanh niên", "Học tập và làm theo Bác"],
        "topic": "hoc-tap-va-lam-theo-bac",
    },
    {
        "kind": "tin",
        "section": "chuyen-doi-so",
        "author_category": "staff",
        "title": "Tập huấn sử dụng Sổ tay đảng viên điện tử cho {count} cấp ủy viên cơ sở",
        "sapo": (
            "Văn phòng Đảng ủy Khối tổ chức tập huấn, hướng dẫn cấp ủy viên, bí thư chi bộ sử dụng "
            "Sổ tay đảng viên điện tử trong sinh hoạt chi bộ và quản lý đảng viên."
        ),
        "paragraphs": [
            (
                "Ngày {day}/{month}, tại Hội trường Đảng ủy Khối, học viên được hướng dẫn cách cập "
                "nhật thông tin đảng viên, đăng tải tài liệu sinh hoạt chi bộ, gửi thông báo và "
                "theo dõi việc đảng viên đọc tài liệu trước kỳ họp."
            ),
            (
                "Phần thực hành được bố trí ngay trên điện thoại của học viên. Cán bộ kỹ thuật "
                "giải đáp những lỗi thường gặp như quên mật khẩu, chưa đồng bộ dữ liệu, không nhận "
                "được thông báo."
            ),
            (
                "Phát biểu tại lớp tập huấn, đồng chí Đỗ Mạnh Hùng, Chánh Văn phòng Đảng ủy Khối, "
                "đề nghị các chi bộ từng bước đưa Sổ tay đảng viên điện tử vào sinh hoạt thường "
                "kỳ, hướng tới gửi tài liệu điện tử thay cho bản giấy; đồng thời nhắc nhở đảng "
                "viên tuân thủ quy định về bảo vệ bí mật nhà nước, không đăng tải tài liệu mật lên "
                "ứng dụng."
            ),
        ],
        "headings": [],
        "image": "so-tay-dang-vien",
        "tags": ["Chuyển đổi số", "Sinh hoạt chi bộ"],
        "topic": "chuyen-doi-so-trong-co-quan-dang",
    },
    {
        "kind": "tin",
        "section": "chuyen-doi-so",
        "author_category": "collected",
        "title": "Các cơ quan đảng trong tỉnh đẩy mạnh gửi, nhận văn bản điện tử",
        "sapo": (
            "Theo báo cáo sơ kết của Văn phòng Tỉnh ủy, phần lớn văn bản thông thường giữa các cơ "
            "quan đảng trong tỉnh hiện được gửi, nhận qua môi trường điện tử, góp phần rút ngắn "
            "thời gian xử lý công việc."
        ),
        "paragraphs": [
            (
                "Hội nghị sơ kết công tác ứng dụng công nghệ thông tin, chuyển đổi số trong các cơ "
                "quan đảng của tỉnh được tổ chức ngày {day}/{month}/{year}, theo hình thức trực "
                "tiếp kết hợp trực tuyến."
            ),
            (
                "Báo cáo cho biết, hệ thống quản lý văn bản và hồ sơ công việc đã được triển khai "
                "đến các đảng bộ trực thuộc Tỉnh ủy; chữ ký số được sử dụng rộng rãi; nhiều hội "
                "nghị được tổ chức trực tuyến, giảm đáng kể thời gian đi lại và chi phí."
            ),
            (
                "Hội nghị yêu cầu các cơ quan đảng tiếp tục hoàn thiện hạ tầng, bảo đảm an toàn, "
                "an ninh thông tin; đẩy mạnh số hóa hồ sơ lưu trữ; bồi dưỡng kỹ năng số cho cán "
                "bộ, theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển "
                "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."
            ),
        ],
        "headings": [],
        "image": "so-hoa-van-ban",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
        "topic": "chuyen-doi-so-trong-co-quan-dang",
    },
    {
        "kind": "tin",
        "section": "chuyen-doi-so",
        "author_category": "collaborator",
        "title": "{unit} đưa tài liệu điện tử vào sinh hoạt chi bộ",
        "sapo": (
            "Từ đầu năm {year}, {unit} gửi tài liệu sinh hoạt cho đảng viên qua ứng dụng trên điện "
            "thoại, giúp đảng viên nghiên cứu trước, kỳ sinh hoạt ngắn gọn và tập trung hơn."
        ),
        "paragraphs": [
            (
                "Trước mỗi kỳ sinh hoạt, dự thảo nghị quyết, báo cáo và tài liệu tham khảo được "
                "cấp ủy đăng tải lên Sổ tay đảng viên điện tử. Đảng viên đọc trước, chuẩn bị ý "
                "kiến; tại buổi sinh hoạt, thời gian đọc báo cáo được rút ngắn để dành cho thảo "
                "luận."
            ),
            (
                "Theo {person}, sau một thời gian áp dụng, mỗi kỳ sinh hoạt tiết kiệm được khoảng "
                "{count} trang giấy in, quan trọng hơn là chất lượng thảo luận được nâng lên rõ "
                "rệt. Những đảng viên đi công tác vẫn nắm được nội dung và gửi ý kiến đóng góp."
            ),
            (
                "{unit_short} cũng lưu giữ biên bản, nghị quyết dưới dạng điện tử song song với "
                "bản giấy theo quy định, thuận tiện cho việc tra cứu, kiểm tra, giám sát."
            ),
        ],
        "headings": [],
        "image": "so-tay-dang-vien",
        "tags": ["Chuyển đổi số", "Sinh hoạt chi bộ"],
        "topic": "chuyen-doi-so-trong-co-quan-dang",
    },
    {
        "kind": "bai",
        "section": "chuyen-doi-so",
        "author_category": "staff",
        "title": (
            "Trang thông tin điện tử Đảng ủy Khối: từ kênh thông tin một chiều đến nơi đối thoại "
            "với cơ sở"
        ),
        "sapo": (
            "Sau đợt nâng cấp, Trang thông tin điện tử của Đảng ủy Khối có thêm mục văn bản tra "
            "cứu, lịch công tác, hỏi đáp và góp ý. Mục tiêu là để cơ sở không chỉ đọc mà còn tham "
            "gia."
        ),
        "paragraphs": [
            (
                "Nhiều năm qua, Trang thông tin điện tử là nơi đăng tin hoạt động của Đảng ủy Khối "
                "và các tổ chức cơ sở đảng. Trang đã phục vụ tốt công tác tuyên truyền, nhưng "
                "thông tin chủ yếu đi một chiều: Ban biên tập đăng, người đọc xem, rất ít phản hồi."
            ),
            (
                "Đợt nâng cấp lần này đặt trọng tâm vào tương tác. Mục hỏi đáp cho phép đảng viên "
                "gửi câu hỏi về nghiệp vụ công tác đảng, được các cơ quan tham mưu trả lời và công "
                "khai để nhiều người cùng tham khảo. Mục góp ý dự thảo văn bản có thời hạn nhận ý "
                "kiến, địa chỉ tiếp nhận rõ ràng."
            ),
            (
                "Mục văn bản được xây dựng lại theo yêu cầu của Nghị định số 42/2022/NĐ-CP: mỗi "
                "văn bản có số, ký hiệu, loại văn bản, cơ quan ban hành, ngày ban hành, trích yếu "
                "và tệp tải về; người dùng tìm kiếm theo số, ký hiệu, khoảng thời gian hoặc cụm từ "
                "trong trích yếu."
            ),
            (
                "Trang cũng chú trọng khả năng tiếp cận: ảnh có lời mô tả cho người khiếm thị, "
                "giao diện hiển thị tốt trên điện thoại, mỗi bài viết đều có chức năng in và lưu. "
                "Lịch công tác của lãnh đạo Đảng ủy Khối được cập nhật hằng tuần."
            ),
            (
                "Với lực lượng viết, Ban biên tập đã ban hành hướng dẫn gửi tin, bài, khuyến khích "
                "cộng tác viên ở cơ sở phản ánh những cách làm hay. Tin, bài từ báo chí và cổng "
                "thông tin khác chỉ được dẫn lại trong phạm vi được phép, có tóm tắt và đường liên "
                "kết đến bài gốc."
            ),
            (
                "Một trang thông tin chỉ thật sự có ích khi được cơ sở coi là của mình. Ban biên "
                "tập mong nhận được ý kiến góp ý của cán bộ, đảng viên để tiếp tục hoàn thiện "
                "trang trong thời gian tới."
            ),
        ],
        "headings": [],
        "image": "trang-thong-tin",
        "tags": ["Chuyển đổi số", "Chính trị – tư tưởng"],
        "topic": "chuyen-doi-so-trong-co-quan-dang",
    },
    {
        "kind": "bai-chuyen-sau",
        "section": "chuyen-doi-so",
        "author_category": "staff",
        "title": "Chuyển đổi số trong công tác đảng ở doanh nghiệp: từ thí điểm đến nền nếp",
        "sapo": (
            "Doanh nghiệp thường đi trước trong ứng dụng công nghệ vào sản xuất, kinh doanh, nhưng "
            "công tác đảng ở doanh nghiệp lại chưa theo kịp. Bài viết nhìn lại những bước đi đầu "
            "tiên và đề xuất cách làm để chuyển đổi số trở thành nền nếp."
        ),
        "paragraphs": [
            (
                "Nhiều doanh nghiệp trong Khối đã quen với phần mềm quản trị, hóa đơn điện tử, hợp "
                "đồng điện tử. Thế nhưng, ở chính những doanh nghiệp ấy, hồ sơ đảng viên vẫn lưu "
                "trong tủ giấy, nghị quyết chi bộ viết tay, tài liệu sinh hoạt chỉ đọc một lần tại "
                "buổi họp. Khoảng cách giữa công nghệ trong sản xuất và công tác đảng khá rõ."
            ),
            (
                "Nguyên nhân một phần do cán bộ làm công tác đảng ở doanh nghiệp chủ yếu kiêm "
                "nhiệm, ít thời gian tìm hiểu công cụ mới; một phần do thiếu hướng dẫn cụ thể về "
                "những việc được làm trên môi trường số và những việc phải giữ theo hình thức "
                "truyền thống để bảo đảm đúng quy định."
            ),
            (
                "Từ năm trước, Đảng ủy Khối chọn một số đảng bộ doanh nghiệp làm thí điểm. Các chi "
                "bộ gửi tài liệu sinh hoạt qua Sổ tay đảng viên điện tử, cập nhật thông tin đảng "
                "viên trên phần mềm quản lý cơ sở dữ liệu đảng viên, tổ chức họp trực tuyến cho "
                "đảng viên đang công tác ở công trình xa. Tỷ lệ đảng viên dự sinh hoạt ở các đơn "
                "vị thí điểm tăng rõ, thời gian chuẩn bị hồ sơ báo cáo giảm đáng kể."
            ),
            (
                "Quá trình thí điểm cũng bộc lộ những vấn đề cần lưu ý. Có chi bộ lập nhóm trên "
                "mạng xã hội để trao đổi công việc đảng, tiềm ẩn nguy cơ lộ thông tin nội bộ. Có "
                "nơi đảng viên lớn tuổi chưa quen thao tác trên điện thoại nên ngại tham gia. Dữ "
                "liệu ở một số đơn vị chưa thống nhất với cơ sở dữ liệu đảng viên của cấp trên."
            ),
            (
                "Để chuyển đổi số trở thành nền nếp, cần bắt đầu từ người đứng đầu cấp ủy: bí thư "
                "phải là người sử dụng thành thạo trước. Các cơ quan tham mưu của Đảng ủy Khối cần "
                "ban hành hướng dẫn ngắn gọn, rõ ràng về những nội dung được đưa lên môi trường "
                "số, quy định về bảo mật và lưu trữ; đồng thời bố trí đội ngũ hỗ trợ kỹ thuật có "
                "thể giải đáp nhanh cho cơ sở."
            ),
            (
                "Về lâu dài, cần từng bước kết nối dữ liệu giữa tổ chức cơ sở đảng với Đảng ủy "
                "Khối, giảm việc báo cáo thủ công, nhập liệu nhiều lần. Chuyển đổi số trong công "
                "tác đảng không nhằm thay thế sinh hoạt trực tiếp mà để sinh hoạt chi bộ có chất "
                "lượng hơn, việc quản lý đảng viên chặt chẽ hơn và cấp ủy nắm tình hình cơ sở kịp "
                "thời hơn."
            ),
        ],
        "headings": [
            "Khoảng cách giữa sản xuất và công tác đảng",
            "Kết quả bước đầu và những vấn đề đặt ra",
            "Để chuyển đổi số trở thành nền nếp",
        ],
        "image": "so-hoa-van-ban",
        "tags": ["Chuyển đổi số", "Doanh nghiệp", "Sinh hoạt chi bộ"],
        "topic": "chuyen-doi-so-trong-co-quan-dang",
    },
    {
        "kind": "bai-chuyen-sau",
        "section": "nghien-cuu-trao-doi",
        "author_category": "staff",
        "title": "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng: vai trò của chi bộ",
        "sapo": (
            "Các thông tin sai trái, xuyên tạc ngày càng tinh vi, lan truyền nhanh trên mạng xã "
            "hội. Chi bộ, nơi gần đảng viên và người lao động nhất, cần trở thành tuyến đầu trong "
            "định hướng tư tưởng."
        ),
        "paragraphs": [
            (
                "Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng "
                "của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới "
                "đã xác định đây là nhiệm vụ của cả hệ thống chính trị. Trong Đảng bộ Khối, việc "
                "triển khai Nghị quyết được gắn với đặc điểm riêng: đội ngũ đảng viên ở cơ quan có "
                "trình độ cao, sử dụng mạng xã hội thường xuyên; người lao động ở doanh nghiệp "
                "đông, trẻ, tiếp nhận thông tin chủ yếu qua điện thoại."
            ),
            (
                "Thực tế cho thấy, các thông tin xấu, độc thường không tấn công trực diện mà lồng "
                "vào những vấn đề đời thường: tiền lương, bảo hiểm, việc sắp xếp bộ máy, một vụ "
                "việc tiêu cực ở đâu đó. Chỉ một bài đăng gây hoang mang về chính sách bảo hiểm xã "
                "hội cũng có thể làm dấy lên tâm lý lo lắng trong cả một phân xưởng."
            ),
            (
                "Chi bộ là nơi nắm rõ tâm trạng của đảng viên và người lao động hơn ai hết. Nhiều "
                "chi bộ trong Khối đã đưa nội dung thông tin thời sự, định hướng dư luận vào mỗi "
                "kỳ sinh hoạt. Khi có thông tin gây hoang mang, bí thư chi bộ chủ động trao đổi "
                "với cơ quan chuyên môn để có câu trả lời chính xác, rồi thông tin lại cho đảng "
                "viên và người lao động."
            ),
            (
                "Một số chi bộ phân công đảng viên trẻ, thạo công nghệ theo dõi các nhóm mạng xã "
                "hội mà người lao động của đơn vị tham gia, kịp thời báo cáo khi xuất hiện thông "
                "tin sai lệch. Đảng viên được hướng dẫn cách chia sẻ thông tin chính thống, cách "
                "bình luận có lý lẽ, không đôi co, không đáp trả bằng lời lẽ thiếu văn hóa."
            ),
            (
                "Để chi bộ phát huy vai trò, trước hết cần nâng cao bản lĩnh chính trị và kỹ năng "
                "số cho đội ngũ bí thư chi bộ. Các cơ quan tham mưu của Đảng ủy Khối cần cung cấp "
                "kịp thời tài liệu định hướng, những câu hỏi – đáp ngắn gọn về các vấn đề dư luận "
                "quan tâm để chi bộ sử dụng ngay."
            ),
            (
                "Cùng với đó, mỗi đảng viên phải là một “kênh thông tin” tin cậy đối với gia đình, "
                "đồng nghiệp. Bảo vệ nền tảng tư tưởng của Đảng không chỉ là phản bác cái sai, mà "
                "quan trọng hơn là làm tốt việc của mình, giải quyết kịp thời những bức xúc chính "
                "đáng của người lao động, để các luận điệu xuyên tạc không còn đất sống."
            ),
        ],
        "headings": [
            "Những thách thức mới",
            "Chi bộ nắm tâm trạng, định hướng kịp thời",
            "Nâng cao bản lĩnh và kỹ năng cho đảng viên",
        ],
        "image": "sinh-hoat-chi-bo",
        "tags": ["Bảo vệ nền tảng tư tưởng", "Chính trị – tư tưởng", "Sinh hoạt chi bộ"],
        "topic": "bao-ve-nen-tang-tu-tuong",
    },
    {
        "kind": "bai-chuyen-sau",
        "section": "nghien-cuu-trao-doi",
        "author_category": "collaborator",
        "title": "Nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp sau cổ phần hóa",
        "sapo": (
            "Sau cổ phần hóa và thoái vốn nhà nước, vị trí, vai trò của tổ chức đảng ở nhiều doanh "
            "nghiệp có sự thay đổi. Bài viết trao đổi một số kinh nghiệm từ thực tiễn các đảng bộ "
            "doanh nghiệp trong Khối."
        ),
        "paragraphs": [
            (
                "Khi doanh nghiệp còn là doanh nghiệp nhà nước, tổ chức đảng lãnh đạo toàn diện, "
                "cấp ủy và ban giám đốc thường trùng nhau về nhân sự. Sau cổ phần hóa, quyền quyết "
                "định thuộc về đại hội đồng cổ đông và hội đồng quản trị; tổ chức đảng không còn "
                "là chủ thể quyết định các vấn đề sản xuất, kinh doanh. Nếu không đổi mới phương "
                "thức lãnh đạo, tổ chức đảng dễ bị lu mờ."
            ),
            (
                "Đảng bộ Công ty cổ phần Cơ khí Thành Long Phát là một ví dụ về việc giữ vững vai "
                "trò hạt nhân chính trị. Đảng ủy Công ty xây dựng quy chế phối hợp với hội đồng "
                "quản trị và ban giám đốc, trong đó quy định rõ những vấn đề đảng ủy cho ý kiến "
                "trước khi quyết định như chiến lược phát triển, công tác cán bộ quản lý, chính "
                "sách tiền lương. Đảng viên là người đại diện phần vốn hoặc giữ vị trí quản lý "
                "chịu trách nhiệm báo cáo với cấp ủy."
            ),
            (
                "Ở các doanh nghiệp không còn vốn nhà nước, tổ chức đảng lãnh đạo chủ yếu thông "
                "qua đảng viên và các tổ chức đoàn thể. Cấp ủy chú trọng vận động chủ doanh nghiệp "
                "tạo điều kiện cho hoạt động của tổ chức đảng, công đoàn; lãnh đạo việc thực hiện "
                "chính sách, pháp luật đối với người lao động; tham gia giải quyết các vấn đề phát "
                "sinh trong quan hệ lao động."
            ),
            (
                "Kinh nghiệm cho thấy, uy tín của tổ chức đảng ở doanh nghiệp không đến từ mệnh "
                "lệnh mà từ hiệu quả. Khi cấp ủy đề xuất được giải pháp giúp doanh nghiệp vượt "
                "khó, khi đảng viên đi đầu trong sáng kiến, năng suất, thì tổ chức đảng tự khắc "
                "được tôn trọng. Ngược lại, tổ chức đảng chỉ làm công việc hành chính thì khó "
                "thuyết phục được người quản lý và người lao động."
            ),
            (
                "Để nâng cao năng lực lãnh đạo, cần lựa chọn người có uy tín, am hiểu sản xuất, "
                "kinh doanh làm bí thư cấp ủy; quan tâm bồi dưỡng nghiệp vụ công tác đảng cho cấp "
                "ủy viên kiêm nhiệm. Nội dung sinh hoạt cần gắn với những vấn đề thiết thực của "
                "doanh nghiệp như an toàn lao động, chất lượng sản phẩm, đời sống người lao động."
            ),
            (
                "Về phía Đảng ủy Khối, cần tiếp tục hoàn thiện hướng dẫn về quy chế phối hợp giữa "
                "tổ chức đảng với hội đồng quản trị, ban giám đốc ở các loại hình doanh nghiệp; "
                "tăng cường làm việc, đối thoại với chủ doanh nghiệp; kịp thời biểu dương những "
                "doanh nghiệp làm tốt việc tạo điều kiện cho hoạt động của tổ chức đảng và đoàn "
                "thể."
            ),
        ],
        "headings": ["Vị trí mới, yêu cầu mới", "Uy tín đến từ hiệu quả", "Một số giải pháp"],
        "image": "hoi-nghi-can-bo",
        "tags": ["Doanh nghiệp", "Xây dựng Đảng", "Công tác tổ chức"],
        "topic": None,
    },
    {
        "kind": "bai-chuyen-sau",
        "section": "nghien-cuu-trao-doi",
        "author_category": "staff",
        "title": (
            "Đưa Nghị quyết Đại hội Đảng bộ Khối vào cuộc sống: từ chương trình hành động đến sản "
            "phẩm cụ thể"
        ),
        "sapo": (
            "Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2025–2030 đề ra nhiều chỉ tiêu, nhiệm vụ "
            "quan trọng. Chặng đường đầu thực hiện Nghị quyết cho thấy những cách làm hiệu quả và "
            "cả những điểm nghẽn cần tháo gỡ."
        ),
        "paragraphs": [
            (
                "Ngay sau Đại hội, Ban Chấp hành Đảng bộ Khối ban hành chương trình hành động, "
                "phân công cụ thể cho từng cơ quan tham mưu, từng đồng chí Ủy viên Ban Thường vụ "
                "phụ trách các lĩnh vực. Các tổ chức cơ sở đảng xây dựng chương trình, kế hoạch "
                "thực hiện nghị quyết đại hội của cấp mình, gắn với việc thực hiện nghị quyết cấp "
                "trên."
            ),
            (
                "Điểm mới của chương trình hành động lần này là mỗi nhiệm vụ đều gắn với sản phẩm "
                "đầu ra, thời hạn hoàn thành và người chịu trách nhiệm. Thay vì ghi “nâng cao chất "
                "lượng sinh hoạt chi bộ”, chương trình nêu rõ số chi bộ được cấp trên dự sinh "
                "hoạt, số chuyên đề mẫu được biên soạn, thời gian hoàn thành việc hướng dẫn."
            ),
            (
                "Sau thời gian đầu thực hiện, nhiều chỉ tiêu đạt tiến độ: việc học tập, quán triệt "
                "nghị quyết hoàn thành đúng kế hoạch; số đảng viên mới kết nạp ở doanh nghiệp "
                "tăng; việc gửi, nhận văn bản điện tử trong Đảng bộ Khối được mở rộng. Một số tổ "
                "chức cơ sở đảng đã có sáng kiến trong cụ thể hóa nghị quyết, như lập bảng theo "
                "dõi tiến độ công khai tại phòng sinh hoạt."
            ),
            (
                "Tuy vậy, vẫn còn những điểm nghẽn. Có nơi kế hoạch thực hiện nghị quyết sao chép "
                "gần như nguyên văn văn bản cấp trên, thiếu nhiệm vụ riêng của đơn vị. Việc theo "
                "dõi, đánh giá kết quả ở một số nơi chưa thường xuyên, chỉ thực hiện khi có yêu "
                "cầu báo cáo. Sự biến động về tổ chức, nhân sự sau sắp xếp bộ máy cũng ảnh hưởng "
                "đến tính liên tục của việc thực hiện."
            ),
            (
                "Để nghị quyết thật sự đi vào cuộc sống, cần coi trọng khâu kiểm tra, giám sát "
                "việc thực hiện; đưa kết quả thực hiện nghị quyết vào tiêu chí đánh giá, xếp loại "
                "tổ chức đảng và người đứng đầu hằng năm. Các cơ quan tham mưu của Đảng ủy Khối "
                "cần chủ động hướng dẫn, không chờ cơ sở hỏi mới trả lời."
            ),
            (
                "Cùng với đó, cần phát huy vai trò của người đứng đầu và sự tham gia của đảng "
                "viên, người lao động. Khi mỗi người hiểu nghị quyết đề ra điều gì, phần việc của "
                "mình là gì, thì nghị quyết sẽ không nằm trên giấy mà trở thành những sản phẩm cụ "
                "thể trong từng cơ quan, doanh nghiệp."
            ),
        ],
        "headings": [
            "Chương trình hành động gắn với sản phẩm",
            "Kết quả bước đầu và những điểm nghẽn",
            "Để nghị quyết không nằm trên giấy",
        ],
        "image": "hoi-nghi-bch",
        "tags": ["Nghị quyết Đại hội", "Xây dựng Đảng"],
        "topic": "dua-nghi-quyet-dai-hoi-vao-cuoc-song",
    },
    {
        "kind": "bai",
        "section": "nghien-cuu-trao-doi",
        "author_category": "collaborator",
        "title": "Đấu tranh phản bác quan điểm sai trái: đảng viên cần bản lĩnh và kỹ năng",
        "sapo": (
            "Đấu tranh phản bác quan điểm sai trái không chỉ là nhiệm vụ của lực lượng chuyên "
            "trách. Mỗi đảng viên ở cơ quan, doanh nghiệp cần được trang bị bản lĩnh chính trị và "
            "kỹ năng phù hợp để tham gia hiệu quả."
        ),
        "paragraphs": [
            (
                "Không ít đảng viên cho rằng đấu tranh trên không gian mạng là việc của lực lượng "
                "chuyên trách, của những người làm công tác tuyên giáo. Thực tế, các quan điểm sai "
                "trái len lỏi vào từng nhóm trò chuyện của cơ quan, của tổ sản xuất, của gia đình. "
                "Nếu đảng viên im lặng ở chính những nơi ấy, thông tin sai lệch sẽ dễ dàng lan "
                "rộng."
            ),
            (
                "Bản lĩnh chính trị là điều kiện đầu tiên. Đảng viên phải nắm vững quan điểm, "
                "đường lối của Đảng, chính sách, pháp luật của Nhà nước để nhận diện cái sai, "
                "không dao động trước những luận điệu được trình bày khéo léo. Điều này đòi hỏi "
                "việc học tập lý luận, cập nhật thông tin thời sự phải được thực hiện thường "
                "xuyên, không chỉ trong các đợt học tập nghị quyết."
            ),
            (
                "Kỹ năng cũng quan trọng không kém. Phản bác không có nghĩa là tranh cãi gay gắt. "
                "Một bình luận bình tĩnh, có dẫn chứng, dẫn nguồn chính thống thường thuyết phục "
                "hơn nhiều lời lẽ nặng nề. Đảng viên cần biết khi nào nên lên tiếng, khi nào nên "
                "báo cáo với cấp ủy, và tuyệt đối không chia sẻ lại những nội dung xấu, độc dù với "
                "mục đích phê phán."
            ),
            (
                "Ở một số chi bộ trong Khối, đảng viên trẻ được giao nhiệm vụ tổng hợp các thông "
                "tin sai lệch liên quan đến lĩnh vực của đơn vị, chuẩn bị thông tin chính xác để "
                "chi bộ sử dụng. Cách làm này vừa phát huy thế mạnh công nghệ của đảng viên trẻ, "
                "vừa giúp cả chi bộ chủ động hơn trong định hướng dư luận."
            ),
            (
                "Đảng ủy Khối có thể tổ chức các lớp bồi dưỡng ngắn ngày về kỹ năng tham gia mạng "
                "xã hội cho đảng viên; biên soạn tài liệu hỏi – đáp về những vấn đề dư luận quan "
                "tâm; biểu dương những đảng viên tích cực, có cách làm hiệu quả trong đấu tranh "
                "phản bác quan điểm sai trái."
            ),
        ],
        "headings": [],
        "image": "lop-nhan-thuc",
        "tags": ["Bảo vệ nền tảng tư tưởng", "Chính trị – tư tưởng"],
        "topic": "bao-ve-nen-tang-tu-tuong",
    },
    {
        "kind": "bai",
        "section": "nghien-cuu-trao-doi",
        "author_category": "staff",
        "title": (
            "Kiểm soát quyền lực trong công tác cán bộ ở cơ sở: nhìn từ thực tiễn Đảng bộ Khối"
        ),
        "sapo": (
            "Công tác cán bộ là khâu dễ phát sinh tiêu cực nếu thiếu cơ chế kiểm soát. Thực tiễn "
            "kiểm tra, giám sát trong Đảng bộ Khối cho thấy một số vấn đề cần quan tâm ở cấp cơ sở."
        ),
        "paragraphs": [
            (
                "Ở cấp cơ sở, công tác cán bộ bao gồm nhiều khâu: quy hoạch, bổ nhiệm, luân "
                "chuyển, đánh giá, khen thưởng. Các quyết định này tuy không lớn như ở cấp tỉnh "
                "nhưng ảnh hưởng trực tiếp đến tâm tư của cán bộ, người lao động và sự đoàn kết "
                "trong đơn vị."
            ),
            (
                "Qua kiểm tra, giám sát, Ủy ban Kiểm tra Đảng ủy Khối nhận thấy phần lớn tổ chức "
                "đảng thực hiện đúng quy trình. Tuy vậy, vẫn còn những biểu hiện cần chấn chỉnh: "
                "hồ sơ bổ nhiệm có khâu thực hiện hình thức; việc lấy phiếu tín nhiệm chưa được "
                "công khai kết quả đầy đủ; có nơi quy hoạch chưa sát thực tế, cán bộ trong quy "
                "hoạch không có nhiều cơ hội được thử thách."
            ),
            (
                "Kiểm soát quyền lực trong công tác cán bộ trước hết là thực hiện nghiêm nguyên "
                "tắc tập trung dân chủ, quyết định tập thể, không để cá nhân người đứng đầu quyết "
                "định thay tập thể. Quy trình phải được công khai, minh bạch; mỗi bước đều có biên "
                "bản, có người chịu trách nhiệm."
            ),
            (
                "Cùng với đó, cần phát huy vai trò giám sát của ủy ban kiểm tra cấp cơ sở, của "
                "đảng viên và quần chúng. Những ý kiến phản ánh về cán bộ cần được xem xét, trả "
                "lời đúng thời hạn; trường hợp có dấu hiệu vi phạm phải được kiểm tra, xử lý kịp "
                "thời, không bao che, nể nang."
            ),
            (
                "Ủy ban Kiểm tra Đảng ủy Khối sẽ tiếp tục đưa nội dung công tác cán bộ vào chương "
                "trình giám sát chuyên đề hằng năm, đồng thời hướng dẫn ủy ban kiểm tra cơ sở nâng "
                "cao kỹ năng giám sát thường xuyên, để phát hiện sớm, ngăn chặn từ xa những sai "
                "phạm."
            ),
        ],
        "headings": [],
        "image": "kiem-tra-giam-sat",
        "tags": ["Kiểm tra – giám sát", "Phòng chống tham nhũng", "Công tác tổ chức"],
        "topic": None,
    },
]

# "Tin liên kết": links to other outlets' articles, summarised in the site's own words.
# The full address is the outlet's home_url followed by "path".
OUTLET_ITEMS = [
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Ban Thường vụ Tỉnh ủy cho ý kiến về chương trình công tác năm 2026",
        "sapo": (
            "Hội nghị Ban Thường vụ Tỉnh ủy đã thảo luận, cho ý kiến vào dự thảo chương trình công "
            "tác năm 2026 của Ban Chấp hành, Ban Thường vụ Tỉnh ủy. Hội nghị nhấn mạnh yêu cầu xác "
            "định rõ nhiệm vụ trọng tâm, thời hạn và cơ quan chủ trì từng nội dung."
        ),
        "path": (
            "/chinh-tri/ban-thuong-vu-tinh-uy-cho-y-kien-ve-chuong-trinh-cong-tac-nam-2026-"
            "260108.html"
        ),
        "date": "2026-01-08 17:40",
        "tags": ["Xây dựng Đảng", "Nghị quyết Đại hội"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Các cơ quan, doanh nghiệp khối tỉnh sôi nổi hoạt động mừng Đảng, mừng Xuân",
        "sapo": (
            "Nhân dịp kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam và đón Tết cổ truyền, nhiều cơ "
            "quan, doanh nghiệp khối tỉnh tổ chức hội báo xuân, thăm hỏi, tặng quà người lao động. "
            "Bài viết ghi lại không khí tại một số doanh nghiệp có đông công nhân."
        ),
        "path": (
            "/xa-hoi/cac-co-quan-doanh-nghiep-khoi-tinh-soi-noi-hoat-dong-mung-dang-mung-xuan-"
            "261742.html"
        ),
        "date": "2026-02-02 10:05",
        "tags": ["Chính trị – tư tưởng", "Doanh nghiệp"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": (
            "Hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của "
            "Đảng"
        ),
        "sapo": (
            "Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội đại biểu "
            "toàn quốc lần thứ XIV của Đảng đến cán bộ chủ chốt các cấp. Báo Thanh Hóa tường thuật "
            "những nội dung chính và yêu cầu của Thường trực Tỉnh ủy."
        ),
        "path": (
            "/chinh-tri/hoi-nghi-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xiv-cua-dang-263015.html"
        ),
        "date": "2026-03-12 16:20",
        "tags": ["Nghị quyết Đại hội", "Chính trị – tư tưởng"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Cử tri các khu công nghiệp nô nức đi bầu cử",
        "sapo": (
            "Từ sáng sớm, công nhân tại các khu công nghiệp trên địa bàn tỉnh đã đến các khu vực "
            "bỏ phiếu để thực hiện quyền công dân. Nhiều doanh nghiệp bố trí ca làm việc hợp lý để "
            "người lao động đi bầu cử đầy đủ."
        ),
        "path": "/chinh-tri/cu-tri-cac-khu-cong-nghiep-no-nuc-di-bau-cu-263297.html",
        "date": "2026-03-15 11:30",
        "tags": ["Bầu cử", "Doanh nghiệp"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Tháng Công nhân năm 2026: chăm lo thiết thực cho người lao động",
        "sapo": (
            "Các cấp công đoàn trong tỉnh triển khai nhiều hoạt động trong Tháng Công nhân, từ đối "
            "thoại, thương lượng tập thể đến hỗ trợ nhà ở cho đoàn viên khó khăn. Bài viết điểm "
            "lại những cách làm đáng chú ý ở doanh nghiệp."
        ),
        "path": (
            "/xa-hoi/thang-cong-nhan-nam-2026-cham-lo-thiet-thuc-cho-nguoi-lao-dong-265108.html"
        ),
        "date": "2026-05-06 08:45",
        "tags": ["Công đoàn", "An sinh xã hội"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Lan tỏa các mô hình “Dân vận khéo” trong cơ quan, doanh nghiệp",
        "sapo": (
            "Nhiều mô hình “Dân vận khéo” ở cơ quan hành chính và doanh nghiệp đã mang lại hiệu "
            "quả rõ rệt trong giải quyết công việc của người dân, ổn định quan hệ lao động. Báo "
            "Thanh Hóa giới thiệu một số mô hình tiêu biểu được biểu dương năm nay."
        ),
        "path": (
            "/chinh-tri/lan-toa-cac-mo-hinh-dan-van-kheo-trong-co-quan-doanh-nghiep-266870.html"
        ),
        "date": "2026-06-18 14:10",
        "tags": ["Dân vận", "Doanh nghiệp"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": (
            "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam: tôn vinh cán bộ công đoàn cơ sở"
        ),
        "sapo": (
            "Liên đoàn Lao động tỉnh tổ chức gặp mặt, biểu dương cán bộ công đoàn cơ sở tiêu biểu "
            "nhân kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2026). Nhiều "
            "cán bộ công đoàn ở doanh nghiệp được ghi nhận vì đã bảo vệ tốt quyền lợi người lao "
            "động."
        ),
        "path": "/xa-hoi/ky-niem-97-nam-ngay-thanh-lap-cong-doan-viet-nam-268233.html",
        "date": "2026-07-28 19:00",
        "tags": ["Công đoàn", "Thi đua – khen thưởng"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "xay-dung-dang",
        "title": "Doanh nghiệp chú trọng phát triển đảng viên là công nhân trực tiếp sản xuất",
        "sapo": (
            "Tỷ lệ đảng viên mới là công nhân trực tiếp sản xuất ở các doanh nghiệp trên địa bàn "
            "tỉnh tăng so với cùng kỳ. Bài viết phân tích cách các chi bộ tạo nguồn ngay tại tổ "
            "sản xuất và những khó khăn còn lại."
        ),
        "path": (
            "/xay-dung-dang/doanh-nghiep-chu-trong-phat-trien-dang-vien-la-cong-nhan-269402.html"
        ),
        "date": "2026-08-20 07:30",
        "tags": ["Phát triển đảng viên", "Doanh nghiệp"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Tôn vinh nữ cán bộ, công nhân tiêu biểu nhân Ngày Phụ nữ Việt Nam",
        "sapo": (
            "Nhân kỷ niệm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10, nhiều cơ quan, doanh "
            "nghiệp tổ chức tôn vinh nữ cán bộ, công nhân có thành tích xuất sắc. Bài viết giới "
            "thiệu một số gương mặt tiêu biểu ở khu vực sản xuất."
        ),
        "path": (
            "/xa-hoi/ton-vinh-nu-can-bo-cong-nhan-tieu-bieu-nhan-ngay-phu-nu-viet-nam-271188.html"
        ),
        "date": "2026-10-21 09:50",
        "tags": ["Công đoàn", "Thi đua – khen thưởng"],
    },
    {
        "outlet": "Báo Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Ban Chấp hành Đảng bộ tỉnh cho ý kiến về phương hướng, nhiệm vụ năm 2027",
        "sapo": (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả thực hiện nhiệm vụ năm 2026 và "
            "cho ý kiến về phương hướng, nhiệm vụ năm 2027. Hội nghị yêu cầu tập trung tháo gỡ khó "
            "khăn cho sản xuất, kinh doanh và đẩy mạnh chuyển đổi số."
        ),
        "path": (
            "/chinh-tri/ban-chap-hanh-dang-bo-tinh-cho-y-kien-ve-phuong-huong-nhiem-vu-nam-2027-"
            "272540.html"
        ),
        "date": "2026-11-25 18:15",
        "tags": ["Xây dựng Đảng", "Nghị quyết Đại hội"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2026",
        "sapo": (
            "Kế hoạch đặt mục tiêu nâng tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình, cắt "
            "giảm thời gian giải quyết thủ tục cho doanh nghiệp. Người đứng đầu các sở, ngành, xã, "
            "phường chịu trách nhiệm trực tiếp về kết quả cải cách hành chính của đơn vị."
        ),
        "path": "/tin-tuc/ubnd-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2026-10215.html",
        "date": "2026-01-15 15:00",
        "tags": ["Cải cách hành chính"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "chuyen-doi-so",
        "title": "Thanh Hóa đẩy mạnh chuyển đổi số trong các cơ quan nhà nước",
        "sapo": (
            "Tỉnh đặt mục tiêu hoàn thiện các cơ sở dữ liệu chuyên ngành, đẩy mạnh số hóa hồ sơ và "
            "sử dụng chữ ký số trong xử lý văn bản. Các sở, ngành được giao nhiệm vụ cụ thể gắn "
            "với lộ trình thực hiện trong năm."
        ),
        "path": "/tin-tuc/thanh-hoa-day-manh-chuyen-doi-so-trong-cac-co-quan-nha-nuoc-10488.html",
        "date": "2026-02-24 10:30",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Công bố kết quả đánh giá chỉ số cải cách hành chính của các sở, ngành năm 2025",
        "sapo": (
            "Ủy ban nhân dân tỉnh công bố kết quả đánh giá, xếp hạng chỉ số cải cách hành chính "
            "năm 2025 của các sở, ban, ngành và các xã, phường. Kết quả là căn cứ để đánh giá mức "
            "độ hoàn thành nhiệm vụ của người đứng đầu."
        ),
        "path": "/tin-tuc/cong-bo-ket-qua-chi-so-cai-cach-hanh-chinh-nam-2025-10877.html",
        "date": "2026-04-09 16:45",
        "tags": ["Cải cách hành chính"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": (
            "Lãnh đạo tỉnh đối thoại với doanh nghiệp về tháo gỡ khó khăn trong sản xuất, kinh "
            "doanh"
        ),
        "sapo": (
            "Hội nghị đối thoại ghi nhận nhiều kiến nghị của doanh nghiệp về thủ tục đất đai, thuế "
            "và tiếp cận tín dụng. Các sở, ngành đã trả lời trực tiếp tại hội nghị; những nội dung "
            "chưa giải quyết được giao thời hạn cụ thể."
        ),
        "path": "/tin-tuc/lanh-dao-tinh-doi-thoai-voi-doanh-nghiep-thao-go-kho-khan-11342.html",
        "date": "2026-06-05 17:20",
        "tags": ["Doanh nghiệp", "Dân vận"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Nhiều hoạt động tri ân nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ",
        "sapo": (
            "Các cơ quan, đơn vị trong tỉnh tổ chức thăm hỏi, tặng quà gia đình chính sách, dâng "
            "hương tại các nghĩa trang liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ "
            "(27/7/1947 – 27/7/2026). Nhiều công trình tri ân được khởi công, bàn giao."
        ),
        "path": (
            "/tin-tuc/nhieu-hoat-dong-tri-an-nhan-ky-niem-79-nam-ngay-thuong-binh-liet-si-"
            "11705.html"
        ),
        "date": "2026-07-22 09:00",
        "tags": ["An sinh xã hội", "Cựu chiến binh"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "tin-tuc-su-kien",
        "title": "Thanh Hóa kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
        "sapo": (
            "Tỉnh tổ chức lễ chào cờ, dâng hương và nhiều hoạt động văn hóa, thể thao kỷ niệm 81 "
            "năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt "
            "Nam. Các hoạt động được tổ chức trang trọng, tiết kiệm."
        ),
        "path": (
            "/tin-tuc/thanh-hoa-ky-niem-81-nam-cach-mang-thang-tam-va-quoc-khanh-2-9-12016.html"
        ),
        "date": "2026-09-02 11:15",
        "tags": ["Chính trị – tư tưởng"],
    },
    {
        "outlet": "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "section": "chuyen-doi-so",
        "title": "Triển khai nền tảng số dùng chung cho các xã, phường",
        "sapo": (
            "Tỉnh triển khai nền tảng số dùng chung phục vụ quản lý văn bản, họp trực tuyến và "
            "giải quyết thủ tục hành chính tại các xã, phường. Cán bộ cấp xã được tập huấn sử dụng "
            "trước khi vận hành chính thức."
        ),
        "path": "/tin-tuc/trien-khai-nen-tang-so-dung-chung-cho-cac-xa-phuong-12593.html",
        "date": "2026-10-29 14:40",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "xay-dung-dang",
        "title": "Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa triển khai nhiệm vụ năm 2026",
        "sapo": (
            "Hội nghị triển khai nhiệm vụ kiểm tra, giám sát năm 2026 xác định các nội dung trọng "
            "tâm: kiểm tra tổ chức đảng và đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề "
            "về công tác cán bộ và quản lý tài chính, tài sản công. Tạp chí giới thiệu những điểm "
            "chính của chương trình."
        ),
        "path": (
            "/dia-phuong-co-so/uy-ban-kiem-tra-tinh-uy-thanh-hoa-trien-khai-nhiem-vu-nam-2026-"
            "40712.html"
        ),
        "date": "2026-01-20 08:30",
        "tags": ["Kiểm tra – giám sát"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "xay-dung-dang",
        "title": "Thanh Hóa: nâng cao chất lượng giám sát thường xuyên ở tổ chức cơ sở đảng",
        "sapo": (
            "Bài viết phân tích cách ủy ban kiểm tra các cấp ở Thanh Hóa hướng dẫn cơ sở thực hiện "
            "giám sát thường xuyên thông qua dự sinh hoạt chi bộ, nghiên cứu báo cáo và nắm dư "
            "luận. Nhiều hạn chế được phát hiện, nhắc nhở từ sớm."
        ),
        "path": (
            "/dia-phuong-co-so/thanh-hoa-nang-cao-chat-luong-giam-sat-thuong-xuyen-o-to-chuc-co-so-"
            "dang-41285.html"
        ),
        "date": "2026-03-30 09:20",
        "tags": ["Kiểm tra – giám sát", "Sinh hoạt chi bộ"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "xay-dung-dang",
        "title": "Kinh nghiệm kiểm tra tài chính đảng ở tổ chức cơ sở đảng trong doanh nghiệp",
        "sapo": (
            "Tài chính đảng ở doanh nghiệp có nguồn thu đa dạng nhưng dễ phát sinh sai sót trong "
            "thu, nộp và quyết toán. Tác giả chia sẻ kinh nghiệm xây dựng kế hoạch kiểm tra, chọn "
            "nội dung trọng tâm và hướng dẫn cơ sở khắc phục sau kiểm tra."
        ),
        "path": (
            "/nghien-cuu-trao-doi/kinh-nghiem-kiem-tra-tai-chinh-dang-o-doanh-nghiep-41960.html"
        ),
        "date": "2026-05-25 15:05",
        "tags": ["Kiểm tra – giám sát", "Doanh nghiệp"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "xay-dung-dang",
        "title": "Phát huy vai trò ủy ban kiểm tra đảng ủy cơ sở trong doanh nghiệp cổ phần",
        "sapo": (
            "Ở nhiều doanh nghiệp cổ phần, ủy ban kiểm tra đảng ủy cơ sở chủ yếu hoạt động kiêm "
            "nhiệm. Bài viết đề xuất giải pháp nâng cao chất lượng hoạt động, từ bồi dưỡng nghiệp "
            "vụ đến phối hợp với ban kiểm soát của doanh nghiệp."
        ),
        "path": (
            "/nghien-cuu-trao-doi/phat-huy-vai-tro-uy-ban-kiem-tra-dang-uy-co-so-trong-doanh-"
            "nghiep-co-phan-42417.html"
        ),
        "date": "2026-07-10 10:00",
        "tags": ["Kiểm tra – giám sát", "Doanh nghiệp"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "xay-dung-dang",
        "title": "Giám sát việc kê khai tài sản, thu nhập: phòng ngừa từ sớm",
        "sapo": (
            "Việc kê khai tài sản, thu nhập chỉ có ý nghĩa khi được giám sát, xác minh nghiêm túc. "
            "Bài viết nêu thực tiễn giám sát việc kê khai ở một số địa phương, trong đó có Thanh "
            "Hóa, và kiến nghị hoàn thiện quy trình."
        ),
        "path": (
            "/nghien-cuu-trao-doi/giam-sat-viec-ke-khai-tai-san-thu-nhap-phong-ngua-tu-som-"
            "43108.html"
        ),
        "date": "2026-09-15 08:10",
        "tags": ["Kiểm tra – giám sát", "Phòng chống tham nhũng"],
    },
    {
        "outlet": "Tạp chí Kiểm tra",
        "section": "tin-tuc-su-kien",
        "title": "Kỷ niệm 78 năm Ngày truyền thống ngành Kiểm tra Đảng",
        "sapo": (
            "Nhân kỷ niệm 78 năm Ngày truyền thống ngành Kiểm tra Đảng (16/10/1948 – 16/10/2026), "
            "ủy ban kiểm tra các cấp tổ chức gặp mặt cán bộ ngành qua các thời kỳ. Nhiều ý kiến "
            "nhấn mạnh yêu cầu nâng cao chất lượng đội ngũ cán bộ kiểm tra."
        ),
        "path": "/tin-tuc/ky-niem-78-nam-ngay-truyen-thong-nganh-kiem-tra-dang-43650.html",
        "date": "2026-10-16 16:30",
        "tags": ["Kiểm tra – giám sát", "Xây dựng Đảng"],
    },
    {
        "outlet": "Báo điện tử Đảng Cộng sản Việt Nam",
        "section": "tin-tuc-su-kien",
        "title": "Thanh Hóa trao Huy hiệu Đảng đợt 3/2 cho các đảng viên lão thành",
        "sapo": (
            "Nhân kỷ niệm Ngày thành lập Đảng, các đảng bộ trực thuộc Tỉnh ủy Thanh Hóa tổ chức "
            "trao Huy hiệu Đảng cho đảng viên đủ tuổi Đảng. Nhiều đảng viên lão thành chia sẻ niềm "
            "tự hào sau hàng chục năm gắn bó với Đảng."
        ),
        "path": (
            "/xay-dung-dang/thanh-hoa-trao-huy-hieu-dang-dot-3-2-cho-cac-dang-vien-lao-thanh-"
            "735214.html"
        ),
        "date": "2026-02-03 12:00",
        "tags": ["Xây dựng Đảng", "Thi đua – khen thưởng"],
    },
    {
        "outlet": "Báo điện tử Đảng Cộng sản Việt Nam",
        "section": "hoc-tap-va-lam-theo-bac",
        "title": "Thanh Hóa: nhiều hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        "sapo": (
            "Các cơ quan, đơn vị ở Thanh Hóa tổ chức dâng hương, sinh hoạt chuyên đề và biểu dương "
            "điển hình học tập và làm theo Bác nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh "
            "(19/5/1890 – 19/5/2026)."
        ),
        "path": (
            "/hoc-tap-va-lam-theo-bac/thanh-hoa-ky-niem-136-nam-ngay-sinh-chu-tich-ho-chi-minh-"
            "741863.html"
        ),
        "date": "2026-05-19 15:25",
        "tags": ["Học tập và làm theo Bác"],
    },
    {
        "outlet": "Báo điện tử Đảng Cộng sản Việt Nam",
        "section": "tin-tuc-su-kien",
        "title": "Đảng viên trẻ ở doanh nghiệp xứ Thanh tiên phong trong phong trào sáng tạo",
        "sapo": (
            "Nhiều đảng viên trẻ ở các doanh nghiệp tại Thanh Hóa có sáng kiến cải tiến kỹ thuật, "
            "ứng dụng công nghệ vào sản xuất. Bài viết giới thiệu một số gương mặt tiêu biểu và "
            "cách các chi bộ khuyến khích đảng viên trẻ."
        ),
        "path": (
            "/xay-dung-dang/dang-vien-tre-o-doanh-nghiep-xu-thanh-tien-phong-trong-phong-trao-sang-"
            "tao-746920.html"
        ),
        "date": "2026-08-12 09:40",
        "tags": ["Doanh nghiệp", "Đoàn Thanh niên"],
    },
    {
        "outlet": "Báo điện tử Đảng Cộng sản Việt Nam",
        "section": "xay-dung-dang",
        "title": "Thanh Hóa chuẩn bị kiểm điểm, đánh giá, xếp loại cuối năm thực chất",
        "sapo": (
            "Ban Tổ chức Tỉnh ủy Thanh Hóa hướng dẫn các cấp ủy chuẩn bị kiểm điểm, đánh giá, xếp "
            "loại tổ chức đảng, đảng viên năm 2026, nhấn mạnh yêu cầu lượng hóa tiêu chí, gắn với "
            "kết quả thực hiện nhiệm vụ. Bài viết nêu những điểm cơ sở cần lưu ý."
        ),
        "path": (
            "/xay-dung-dang/thanh-hoa-chuan-bi-kiem-diem-danh-gia-xep-loai-cuoi-nam-thuc-chat-"
            "752307.html"
        ),
        "date": "2026-11-10 08:00",
        "tags": ["Công tác tổ chức", "Xây dựng Đảng"],
    },
]

# The leadership's working schedule for one week; weekday 0 is Monday. An empty
# "presides" means the leader attends a meeting chaired by another body.
SCHEDULE = [
    {
        "weekday": 0,
        "time": "07:30",
        "content": (
            "Giao ban Thường trực Đảng ủy Khối: đánh giá công việc tuần trước, thống nhất chương "
            "trình công tác trong tuần."
        ),
        "presides": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
        "participants": "Các đồng chí Phó Bí thư Đảng ủy Khối; Chánh Văn phòng Đảng ủy Khối.",
        "place": "Phòng họp Thường trực, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 0,
        "time": "14:00",
        "content": (
            "Họp Ban biên tập Trang thông tin điện tử: cho ý kiến kế hoạch tin, bài tháng tới và "
            "việc vận hành các mục hỏi đáp, góp ý."
        ),
        "presides": "Đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối",
        "participants": "Các thành viên Ban biên tập; bộ phận Kỹ thuật – Quản trị.",
        "place": "Phòng họp tầng 2, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 1,
        "time": "08:00",
        "content": "Dự Hội nghị Ban Thường vụ Tỉnh ủy.",
        "presides": "",
        "participants": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối.",
        "place": "Trụ sở Tỉnh ủy",
    },
    {
        "weekday": 1,
        "time": "08:00",
        "content": (
            "Kỳ họp thường lệ của Ủy ban Kiểm tra Đảng ủy Khối: xem xét kết quả giám sát chuyên đề "
            "và việc thu, nộp đảng phí."
        ),
        "presides": "Đồng chí Trịnh Xuân Lộc, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối",
        "participants": "Các đồng chí Ủy viên Ủy ban Kiểm tra; cán bộ Cơ quan Ủy ban Kiểm tra.",
        "place": "Phòng họp tầng 3, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 1,
        "time": "14:00",
        "content": (
            "Làm việc với Đảng ủy Sở Tài chính về công tác xây dựng Đảng và thực hiện nhiệm vụ "
            "chính trị từ đầu năm."
        ),
        "presides": "Đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối",
        "participants": (
            "Đại diện lãnh đạo Ban Tổ chức, Ban Tuyên giáo, Văn phòng Đảng ủy Khối; Thường trực "
            "Đảng ủy Sở Tài chính."
        ),
        "place": "Trụ sở Sở Tài chính",
    },
    {
        "weekday": 2,
        "time": "07:30",
        "content": (
            "Hội nghị Ban Thường vụ Đảng ủy Khối thường kỳ tháng: cho ý kiến về kế hoạch kiểm "
            "điểm, đánh giá, xếp loại cuối năm; công tác cán bộ."
        ),
        "presides": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
        "participants": (
            "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối; lãnh đạo các cơ quan tham mưu, giúp "
            "việc."
        ),
        "place": "Phòng họp Ban Thường vụ, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 2,
        "time": "14:00",
        "content": "Khai giảng lớp bồi dưỡng nhận thức về Đảng khóa II.",
        "presides": "Đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy Khối",
        "participants": (
            "Học viên lớp bồi dưỡng; báo cáo viên Đảng ủy Khối; giảng viên Trường Chính trị tỉnh."
        ),
        "place": "Hội trường Đảng ủy Khối",
    },
    {
        "weekday": 3,
        "time": "08:00",
        "content": (
            "Làm việc với Đảng ủy Công ty cổ phần Cơ khí Thành Long Phát về sản xuất, kinh doanh "
            "và công tác phát triển đảng viên."
        ),
        "presides": "Đồng chí Hoàng Trọng Nghĩa, Phó Bí thư Đảng ủy Khối",
        "participants": (
            "Đại diện Ban Tổ chức, Văn phòng Đảng ủy Khối; Thường trực Đảng ủy Công ty."
        ),
        "place": "Khu công nghiệp Lễ Môn, phường Quảng Phú",
    },
    {
        "weekday": 3,
        "time": "14:00",
        "content": "Giao ban công tác tổ chức xây dựng Đảng với các tổ chức cơ sở đảng trực thuộc.",
        "presides": "Đồng chí Phạm Thị Hồng Nhung, Trưởng Ban Tổ chức Đảng ủy Khối",
        "participants": "Cấp ủy viên phụ trách công tác tổ chức của các tổ chức cơ sở đảng.",
        "place": "Hội trường Đảng ủy Khối (kết nối trực tuyến đến các điểm cầu cơ sở)",
    },
    {
        "weekday": 4,
        "time": "08:00",
        "content": "Hội nghị báo cáo viên: thông tin thời sự, định hướng tuyên truyền tháng tới.",
        "presides": "Đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy Khối",
        "participants": (
            "Báo cáo viên Đảng ủy Khối; cán bộ phụ trách tuyên giáo các tổ chức cơ sở đảng."
        ),
        "place": "Hội trường Đảng ủy Khối",
    },
    {
        "weekday": 4,
        "time": "14:00",
        "content": "Giao ban Văn phòng; rà soát các văn bản trình Ban Thường vụ tuần sau.",
        "presides": "Đồng chí Đỗ Mạnh Hùng, Chánh Văn phòng Đảng ủy Khối",
        "participants": "Cán bộ, chuyên viên Văn phòng Đảng ủy Khối.",
        "place": "Phòng họp tầng 2, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 5,
        "time": "08:00",
        "content": "Dự lễ kết nạp đảng viên mới tại Chi bộ Công ty TNHH May mặc An Hòa Phát.",
        "presides": "",
        "participants": (
            "Đồng chí Hoàng Trọng Nghĩa, Phó Bí thư Đảng ủy Khối; đại diện Ban Tổ chức Đảng ủy "
            "Khối."
        ),
        "place": "Công ty TNHH May mặc An Hòa Phát, phường Đông Tiến",
    },
]

# A second, different week in the same shape.
SCHEDULE_NEXT_WEEK = [
    {
        "weekday": 0,
        "time": "07:30",
        "content": (
            "Giao ban Thường trực Đảng ủy Khối với lãnh đạo các cơ quan tham mưu, giúp việc."
        ),
        "presides": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
        "participants": (
            "Các đồng chí Phó Bí thư; Trưởng các ban, Chánh Văn phòng, Chủ nhiệm Ủy ban Kiểm tra "
            "Đảng ủy Khối."
        ),
        "place": "Phòng họp Thường trực, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 0,
        "time": "14:00",
        "content": (
            "Làm việc với Công đoàn Viên chức tỉnh về kết quả hoạt động công đoàn và việc chăm lo "
            "cho đoàn viên, người lao động dịp cuối năm."
        ),
        "presides": "Đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối",
        "participants": (
            "Ban Thường vụ Công đoàn Viên chức tỉnh; đại diện Ban Tuyên giáo Đảng ủy Khối."
        ),
        "place": "Trụ sở Công đoàn Viên chức tỉnh",
    },
    {
        "weekday": 1,
        "time": "08:00",
        "content": (
            "Hội nghị Ban Chấp hành Đảng bộ Khối (mở rộng): đánh giá kết quả lãnh đạo, chỉ đạo từ "
            "đầu năm, thống nhất nhiệm vụ trọng tâm thời gian tới."
        ),
        "presides": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
        "participants": (
            "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối; bí thư các tổ chức cơ sở đảng; người "
            "đứng đầu các đoàn thể trong Khối."
        ),
        "place": "Hội trường Đảng ủy Khối",
    },
    {
        "weekday": 2,
        "time": "08:00",
        "content": (
            "Đoàn giám sát của Ủy ban Kiểm tra Đảng ủy Khối làm việc với Đảng ủy Sở Nông nghiệp và "
            "Môi trường."
        ),
        "presides": (
            "Đồng chí Hà Văn Khang, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối, Trưởng đoàn giám "
            "sát"
        ),
        "participants": "Thành viên đoàn giám sát; Thường trực Đảng ủy Sở.",
        "place": "Trụ sở Sở Nông nghiệp và Môi trường",
    },
    {
        "weekday": 2,
        "time": "14:00",
        "content": "Bí thư Đảng ủy Khối tiếp công dân định kỳ.",
        "presides": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
        "participants": "Đại diện Văn phòng, Cơ quan Ủy ban Kiểm tra Đảng ủy Khối.",
        "place": "Phòng tiếp công dân, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 3,
        "time": "08:00",
        "content": "Dự hội nghị trực tuyến toàn quốc do Trung ương tổ chức.",
        "presides": "",
        "participants": "Thường trực Đảng ủy Khối; lãnh đạo Ban Tuyên giáo Đảng ủy Khối.",
        "place": "Điểm cầu Tỉnh ủy",
    },
    {
        "weekday": 3,
        "time": "14:00",
        "content": (
            "Dự Hội nghị Ban Chấp hành Đoàn Thanh niên Khối sơ kết phong trào “Thanh niên Khối làm "
            "theo lời Bác”."
        ),
        "presides": "",
        "participants": (
            "Đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối; đại diện Ban Tuyên "
            "giáo Đảng ủy Khối."
        ),
        "place": "Hội trường Đảng ủy Khối",
    },
    {
        "weekday": 4,
        "time": "08:00",
        "content": (
            "Làm việc với Đảng ủy Công ty cổ phần Vật liệu xây dựng Đông Phú Lâm về công tác xây "
            "dựng Đảng và sản xuất, kinh doanh."
        ),
        "presides": "Đồng chí Hoàng Trọng Nghĩa, Phó Bí thư Đảng ủy Khối",
        "participants": (
            "Đại diện Ban Tổ chức, Ban Tuyên giáo Đảng ủy Khối; Thường trực Đảng ủy Công ty."
        ),
        "place": "Trụ sở Công ty, phường Bỉm Sơn",
    },
    {
        "weekday": 4,
        "time": "14:00",
        "content": (
            "Họp Ban Tổ chức Đảng ủy Khối thẩm định hồ sơ đề nghị kết nạp đảng viên, công nhận "
            "đảng viên chính thức."
        ),
        "presides": "Đồng chí Phạm Thị Hồng Nhung, Trưởng Ban Tổ chức Đảng ủy Khối",
        "participants": "Cán bộ, chuyên viên Ban Tổ chức Đảng ủy Khối.",
        "place": "Phòng làm việc Ban Tổ chức, trụ sở Đảng ủy Khối",
    },
    {
        "weekday": 5,
        "time": "08:00",
        "content": "Dự buổi gặp mặt hội viên của Hội Cựu chiến binh Khối.",
        "presides": "",
        "participants": (
            "Đồng chí Trịnh Xuân Lộc, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối; đại diện Văn phòng "
            "Đảng ủy Khối."
        ),
        "place": "Hội trường Đảng ủy Khối",
    },
]
