"""Vietnamese demo content for `manage.py load_demo`: a fictional-but-realistic bloc Party committee."""

# Every person, phone number and e-mail address below is invented. Institutions that exist
# (Tỉnh ủy, Ban Thường vụ Tỉnh ủy, Báo Thanh Hóa...) are named only generically.

ORGANISATION = {
    "organisation_name": "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa",
    "organisation_name_en": (
        "Party Committee of the Bloc of Provincial Agencies and Enterprises of Thanh Hoa Province"
    ),
    "short_name": "Đảng ủy Khối CQ&DN",
    "site_title": "Trang thông tin điện tử",
    "province": "Thanh Hóa",
    "governing_body": "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa",
    "content_responsible": (
        "Bà Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối – Trưởng Ban biên tập"
    ),
    "address": "Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    "phone": "0237.3852.100",
    "email": "vanphong@dukhoi.example.vn",
    "licence": "",
}

HOME_INTRO = (
    "Kênh thông tin chính thức của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa: "
    "tin hoạt động của Đảng bộ Khối và các tổ chức cơ sở đảng, văn bản chỉ đạo, "
    "kinh nghiệm công tác xây dựng Đảng. Tin, bài xin gửi về Ban biên tập theo địa chỉ "
    "bbt@dukhoi.example.vn."
)

OFFICIALS = [
    {
        "name": "Đỗ Mạnh Hùng",
        "position": "Ủy viên Ban Thường vụ, Chánh Văn phòng Đảng ủy Khối",
        "position_en": "Member of the Standing Committee, Chief of the Office",
        "unit": "Văn phòng Đảng ủy Khối",
        "unit_en": "Office of the Bloc Party Committee",
        "phone": "0237.3852.101",
        "email": "hungdm@dukhoi.example.vn",
    },
    {
        "name": "Phạm Thị Hồng Nhung",
        "position": "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối",
        "position_en": "Member of the Standing Committee, Head of the Organisation Commission",
        "unit": "Ban Tổ chức Đảng ủy Khối",
        "unit_en": "Organisation Commission",
        "phone": "0237.3852.102",
        "email": "nhungpth@dukhoi.example.vn",
    },
    {
        "name": "Lê Đình Quyết",
        "position": "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Đảng ủy Khối",
        "position_en": (
            "Member of the Standing Committee, Head of the Propaganda and Education Commission"
        ),
        "unit": "Ban Tuyên giáo Đảng ủy Khối",
        "unit_en": "Propaganda and Education Commission",
        "phone": "0237.3852.103",
        "email": "quyetld@dukhoi.example.vn",
    },
    {
        "name": "Trịnh Xuân Lộc",
        "position": "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối",
        "position_en": "Member of the Standing Committee, Chairman of the Inspection Commission",
        "unit": "Cơ quan Ủy ban Kiểm tra Đảng ủy Khối",
        "unit_en": "Office of the Inspection Commission",
        "phone": "0237.3852.104",
        "email": "loctx@dukhoi.example.vn",
    },
    {
        "name": "Nguyễn Thị Thanh Tâm",
        "position": "Phó Chánh Văn phòng, Thư ký Ban biên tập Trang thông tin điện tử",
        "position_en": "Deputy Chief of the Office, Secretary of the Editorial Board",
        "unit": "Văn phòng Đảng ủy Khối",
        "unit_en": "Office of the Bloc Party Committee",
        "phone": "0237.3852.105",
        "email": "tamntt@dukhoi.example.vn",
    },
    {
        "name": "Lê Quang Vinh",
        "position": "Chuyên viên Văn phòng, phụ trách kỹ thuật và quản trị Trang thông tin điện tử",
        "position_en": "Officer of the Office, technical administrator of the website",
        "unit": "Văn phòng Đảng ủy Khối",
        "unit_en": "Office of the Bloc Party Committee",
        "phone": "0237.3852.106",
        "email": "vinhlq@dukhoi.example.vn",
    },
]


# Descriptions say what the drawn picture shows; captions say what it stands for.
IMAGES = [
    {
        "key": "hoi-nghi-bch",
        "title": "Hội nghị Ban Chấp hành Đảng bộ Khối",
        "description": (
            "Hình vẽ minh họa một hội trường: phía trên là tấm phông màu đỏ có ngôi sao vàng, "
            "bên dưới là dãy bàn đặt lẵng hoa và bục phát biểu màu nâu; "
            "nhiều đại biểu ngồi kín các hàng ghế, nhìn về phía sân khấu."
        ),
        "caption": "Quang cảnh Hội nghị Ban Chấp hành Đảng bộ Khối (mở rộng). (Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "meeting",
        "seed": 1101,
    },
    {
        "key": "hoi-nghi-can-bo",
        "title": "Hội nghị cán bộ chủ chốt Đảng bộ Khối",
        "description": (
            "Hình vẽ minh họa một hội trường: phía trên là tấm phông màu đỏ có ngôi sao vàng, "
            "bên dưới là dãy bàn đặt lẵng hoa và bục phát biểu màu nâu; "
            "các đại biểu ngồi thành nhiều hàng, chăm chú theo dõi."
        ),
        "caption": "Đại biểu dự hội nghị cán bộ chủ chốt tại điểm cầu Đảng ủy Khối. (Ảnh minh họa)",
        "credit": "Minh Anh",
        "scene": "meeting",
        "seed": 1102,
    },
    {
        "key": "gap-mat-truyen-thong",
        "title": "Gặp mặt Ngày truyền thống ngành Tổ chức xây dựng Đảng",
        "description": (
            "Hình vẽ minh họa: bảy người mặc áo sơ mi trắng, cài hoa đỏ trước ngực, đứng thành một "
            "hàng ngang trên sân khấu, phía sau là tấm phông đỏ có ngôi sao vàng."
        ),
        "caption": "Cán bộ làm công tác tổ chức qua các thời kỳ tại buổi gặp mặt. (Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "ceremony",
        "seed": 1201,
    },
    {
        "key": "le-ket-nap",
        "title": "Lễ kết nạp đảng viên mới",
        "description": (
            "Hình vẽ minh họa: bảy người mặc áo sơ mi trắng, cài hoa đỏ trước ngực, đứng thành một "
            "hàng ngang trên sân khấu, phía sau là tấm phông đỏ có ngôi sao vàng."
        ),
        "caption": "Đảng viên mới tại lễ kết nạp. (Ảnh minh họa)",
        "credit": "Hoàng Yến",
        "scene": "ceremony",
        "seed": 1202,
    },
    {
        "key": "trao-khen-thuong",
        "title": "Biểu dương điển hình học tập và làm theo Bác",
        "description": (
            "Hình vẽ minh họa: bảy người mặc áo sơ mi trắng, cài hoa đỏ trước ngực, đứng thành một "
            "hàng ngang trên sân khấu, phía sau là tấm phông đỏ có ngôi sao vàng."
        ),
        "caption": "Các tập thể, cá nhân tiêu biểu nhận giấy khen của Ban Thường vụ Đảng ủy Khối. "
        "(Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "ceremony",
        "seed": 1203,
    },
    {
        "key": "co-to-quoc",
        "title": "Cờ Tổ quốc tung bay",
        "description": (
            "Hình vẽ minh họa lá cờ đỏ sao vàng tung bay trên cột cờ, nền trời xanh nhạt, "
            "phía dưới là dải cỏ xanh."
        ),
        "caption": "Cờ Tổ quốc. (Ảnh minh họa)",
        "credit": "Quang Huy",
        "scene": "flag",
        "seed": 1301,
    },
    {
        "key": "lop-nhan-thuc",
        "title": "Lớp bồi dưỡng nhận thức về Đảng",
        "description": (
            "Hình vẽ minh họa một lớp học: tấm bảng xanh lớn có nhiều dòng kẻ trắng ở phía trước, "
            "học viên ngồi kín ba dãy bàn gỗ, hướng lên bảng."
        ),
        "caption": "Học viên lớp bồi dưỡng nhận thức về Đảng. (Ảnh minh họa)",
        "credit": "Ban Tuyên giáo Đảng ủy Khối",
        "scene": "classroom",
        "seed": 1401,
    },
    {
        "key": "lop-dang-vien-moi",
        "title": "Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        "description": (
            "Hình vẽ minh họa một lớp học: tấm bảng xanh lớn có nhiều dòng kẻ trắng ở phía trước, "
            "học viên ngồi kín ba dãy bàn gỗ, hướng lên bảng."
        ),
        "caption": "Một buổi học của lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới. "
        "(Ảnh minh họa)",
        "credit": "Ban Tuyên giáo Đảng ủy Khối",
        "scene": "classroom",
        "seed": 1402,
    },
    {
        "key": "sinh-hoat-chi-bo",
        "title": "Sinh hoạt chi bộ chuyên đề",
        "description": (
            "Hình vẽ minh họa một hội trường: phía trên là tấm phông màu đỏ có ngôi sao vàng, "
            "bên dưới là dãy bàn đặt lẵng hoa và bục phát biểu màu nâu; "
            "các đảng viên ngồi thành nhiều hàng ghế phía dưới."
        ),
        "caption": "Một buổi sinh hoạt chi bộ chuyên đề. (Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "meeting",
        "seed": 1103,
    },
    {
        "key": "kiem-tra-giam-sat",
        "title": "Đoàn giám sát của Ủy ban Kiểm tra Đảng ủy Khối",
        "description": (
            "Hình vẽ minh họa một hội trường: phía trên là tấm phông màu đỏ có ngôi sao vàng, "
            "bên dưới là dãy bàn đặt lẵng hoa và bục phát biểu màu nâu; "
            "đông người ngồi ở các hàng ghế phía dưới."
        ),
        "caption": "Hội nghị thông báo kết quả giám sát chuyên đề. (Ảnh minh họa)",
        "credit": "Cơ quan Ủy ban Kiểm tra Đảng ủy Khối",
        "scene": "meeting",
        "seed": 1104,
    },
    {
        "key": "hoc-tap-lam-theo-bac",
        "title": "Sinh hoạt chuyên đề học tập và làm theo Bác",
        "description": (
            "Hình vẽ minh họa một hội trường: phía trên là tấm phông màu đỏ có ngôi sao vàng, "
            "bên dưới là dãy bàn đặt lẵng hoa và bục phát biểu màu nâu; "
            "người dự ngồi kín hội trường."
        ),
        "caption": "Một buổi sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh. (Ảnh minh họa)",
        "credit": "Thu Trang",
        "scene": "meeting",
        "seed": 1105,
    },
    {
        "key": "nha-may-vat-lieu",
        "title": "Nhà máy vật liệu xây dựng",
        "description": (
            "Hình vẽ minh họa một khu nhà xưởng: nhiều tòa nhà màu xám với các dãy cửa kính, "
            "vài ống khói màu đỏ; phía trước, sáu công nhân mặc áo bảo hộ màu xanh đứng trên sân."
        ),
        "caption": "Khu sản xuất của Công ty cổ phần Vật liệu xây dựng Đông Phú Lâm. "
        "(Ảnh minh họa)",
        "credit": "Đức Mạnh",
        "scene": "factory",
        "seed": 1501,
    },
    {
        "key": "xuong-may",
        "title": "Xưởng may xuất khẩu",
        "description": (
            "Hình vẽ minh họa một khu nhà xưởng: nhiều tòa nhà màu xám với các dãy cửa kính, "
            "vài ống khói màu đỏ; phía trước, sáu công nhân mặc áo bảo hộ màu xanh đứng trên sân."
        ),
        "caption": "Nhà xưởng của Công ty TNHH May mặc An Hòa Phát. (Ảnh minh họa)",
        "credit": "Hoàng Yến",
        "scene": "factory",
        "seed": 1502,
    },
    {
        "key": "xuong-co-khi",
        "title": "Phân xưởng cơ khí",
        "description": (
            "Hình vẽ minh họa một khu nhà xưởng: nhiều tòa nhà màu xám với các dãy cửa kính, "
            "vài ống khói màu đỏ; phía trước, sáu công nhân mặc áo bảo hộ màu xanh đứng trên sân."
        ),
        "caption": "Khu nhà xưởng của Công ty cổ phần Cơ khí Thành Long Phát. (Ảnh minh họa)",
        "credit": "Đức Mạnh",
        "scene": "factory",
        "seed": 1503,
    },
    {
        "key": "tinh-nguyen-trong-cay",
        "title": "Đoàn viên tình nguyện trồng cây",
        "description": (
            "Hình vẽ minh họa: tám người mặc áo xanh đứng trên bãi cỏ, phía sau là hàng cây "
            "tán rộng dưới bầu trời trong."
        ),
        "caption": "Đoàn viên thanh niên Khối trồng cây tại một trường học vùng cao. "
        "(Ảnh minh họa)",
        "credit": "Đoàn Thanh niên Khối",
        "scene": "volunteer",
        "seed": 1601,
    },
    {
        "key": "cong-doan-hoi-thao",
        "title": "Hội thao công nhân, lao động",
        "description": (
            "Hình vẽ minh họa: tám người mặc áo thể thao màu xanh đứng rải rác trên sân cỏ, "
            "xung quanh có nhiều cây xanh."
        ),
        "caption": "Vận động viên tham gia hội thao do công đoàn cơ sở tổ chức. (Ảnh minh họa)",
        "credit": "Quang Huy",
        "scene": "volunteer",
        "seed": 1602,
    },
    {
        "key": "vung-cao-xu-thanh",
        "title": "Vùng cao miền tây xứ Thanh",
        "description": (
            "Hình vẽ minh họa phong cảnh: nhiều lớp đồi núi xanh nối tiếp nhau, một dòng sông "
            "uốn vào tiền cảnh, mặt trời nhạt trên nền trời chiều vàng cam."
        ),
        "caption": "Một xã vùng cao phía tây tỉnh Thanh Hóa. (Ảnh minh họa)",
        "credit": "Minh Anh",
        "scene": "landscape",
        "seed": 1701,
    },
    {
        "key": "so-hoa-van-ban",
        "title": "Số hóa hồ sơ, văn bản",
        "description": (
            "Hình vẽ minh họa trên nền xanh thẫm: mạng lưới những điểm sáng nối với nhau bằng các "
            "đường mảnh; ở giữa là một màn hình máy tính có dải màu đỏ phía trên và các vạch xám "
            "tượng trưng cho dòng chữ."
        ),
        "caption": "Hồ sơ, văn bản lưu trữ được số hóa và tra cứu trên máy tính. (Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "digital",
        "seed": 1801,
    },
    {
        "key": "so-tay-dang-vien",
        "title": "Sổ tay đảng viên điện tử",
        "description": (
            "Hình vẽ minh họa trên nền xanh thẫm: mạng lưới những điểm sáng nối với nhau bằng các "
            "đường mảnh; ở giữa là một màn hình máy tính có dải màu đỏ phía trên và các vạch xám "
            "tượng trưng cho dòng chữ."
        ),
        "caption": "Sổ tay đảng viên điện tử giúp đảng viên nhận tài liệu sinh hoạt chi bộ. "
        "(Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "digital",
        "seed": 1802,
    },
    {
        "key": "trang-thong-tin",
        "title": "Trang thông tin điện tử Đảng ủy Khối",
        "description": (
            "Hình vẽ minh họa trên nền xanh thẫm: mạng lưới những điểm sáng nối với nhau bằng các "
            "đường mảnh; ở giữa là một màn hình máy tính có dải màu đỏ phía trên và các vạch xám "
            "tượng trưng cho dòng chữ."
        ),
        "caption": "Trang thông tin điện tử của Đảng ủy Khối. (Ảnh minh họa)",
        "credit": "Văn phòng Đảng ủy Khối",
        "scene": "digital",
        "seed": 1803,
    },
]

# Standing pages under the home page (StandardPage). "children" nests StandardPages.
STANDING_PAGES = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "intro": (
            "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa: quá trình hình thành, chức năng, "
            "nhiệm vụ, cơ cấu tổ chức, lãnh đạo và Ban biên tập Trang thông tin điện tử."
        ),
        "in_menu": True,
        "body": [
            (
                "paragraph",
                "<p>Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa là đảng bộ trực thuộc "
                "Tỉnh ủy, được thành lập ngày 28/02/2020 trên cơ sở hợp nhất Đảng bộ Khối các Cơ "
                "quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh. Khi mới thành lập, Đảng bộ Khối có "
                "183 tổ chức cơ sở đảng với 15.398 đảng viên, sinh hoạt trong các cơ quan đảng, "
                "nhà nước, Mặt trận Tổ quốc, đoàn thể cấp tỉnh, các đơn vị sự nghiệp và doanh "
                "nghiệp trên địa bàn tỉnh.</p>",
            ),
            (
                "paragraph",
                "<p>Trang thông tin điện tử là kênh thông tin chính thức của Đảng ủy Khối trên môi "
                "trường mạng. Trang đăng tải hoạt động của Đảng bộ Khối và các tổ chức cơ sở đảng, "
                "công bố những văn bản được phép công khai, đồng thời là nơi cán bộ, đảng viên "
                "trao đổi kinh nghiệm về công tác xây dựng Đảng.</p>",
            ),
            ("heading", {"text": "Trong mục này", "level": "h2"}),
            (
                "paragraph",
                '<ul><li><a href="/gioi-thieu/lich-su-hinh-thanh/">Lịch sử hình thành</a></li>'
                '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu/">Chức năng, nhiệm vụ</a></li>'
                '<li><a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>'
                '<li><a href="/gioi-thieu/lanh-dao/">Lãnh đạo Đảng ủy Khối</a></li>'
                '<li><a href="/gioi-thieu/ban-bien-tap/">Ban biên tập</a></li></ul>',
            ),
            (
                "callout",
                {
                    "title": "Liên hệ",
                    "text": "<p>Văn phòng Đảng ủy Khối, số 35 Đại lộ Lê Lợi, phường Hạc Thành, "
                    "tỉnh Thanh Hóa. Điện thoại: 0237.3852.100. Thư điện tử: "
                    "vanphong@dukhoi.example.vn. Danh sách cán bộ đầu mối có tại trang "
                    '<a href="/lien-he/">Liên hệ</a>.</p>',
                },
            ),
        ],
        "children": [
            {
                "slug": "lich-su-hinh-thanh",
                "title": "Lịch sử hình thành",
                "intro": (
                    "Từ hai đảng bộ khối của cơ quan và doanh nghiệp đến Đảng bộ Khối Cơ quan "
                    "và Doanh nghiệp tỉnh Thanh Hóa."
                ),
                "body": [
                    ("heading", {"text": "Hai đảng bộ khối trước khi hợp nhất", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Trong nhiều năm, các tổ chức đảng ở cơ quan cấp tỉnh và ở doanh "
                        "nghiệp trên địa bàn Thanh Hóa sinh hoạt trong hai đảng bộ riêng: Đảng "
                        "bộ Khối các Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh. Mỗi đảng bộ "
                        "có bộ máy tham mưu, có cách làm phù hợp với đặc điểm của mình: một bên "
                        "gắn với nhiệm vụ tham mưu, quản lý nhà nước và sự nghiệp công; một bên "
                        "gắn với sản xuất, kinh doanh và việc làm của người lao động.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Cả hai đảng bộ sớm đưa công nghệ thông tin vào công tác đảng. Đảng bộ "
                        "Khối các Cơ quan tỉnh lập trang thông tin riêng từ năm 2010; Đảng bộ "
                        "Khối Doanh nghiệp tỉnh có trang của mình từ năm 2013. Đây là nền tảng "
                        "để sau này xây dựng trang thông tin chung của Đảng bộ Khối.</p>",
                    ),
                    ("heading", {"text": "Hợp nhất và kiện toàn", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Thực hiện chủ trương sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu "
                        "lực, hiệu quả, ngày 28/02/2020 Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh "
                        "được thành lập trên cơ sở hợp nhất hai đảng bộ nói trên. Đảng bộ mới có "
                        "183 tổ chức cơ sở đảng, 15.398 đảng viên, là một trong những đảng bộ "
                        "có số lượng đảng viên lớn của tỉnh.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sau hợp nhất, Ban Thường vụ Đảng ủy Khối tập trung kiện toàn cơ quan "
                        "tham mưu, giúp việc gồm Văn phòng, Ban Tổ chức, Ban Tuyên giáo và Cơ "
                        "quan Ủy ban Kiểm tra; rà soát, sắp xếp lại các tổ chức cơ sở đảng khi "
                        "cơ quan, đơn vị thay đổi chức năng hoặc doanh nghiệp chuyển đổi mô hình "
                        "hoạt động; xây dựng lại hệ thống quy chế làm việc cho phù hợp với quy "
                        "mô đảng bộ mới.</p>",
                    ),
                    ("heading", {"text": "Những dấu mốc chính", "level": "h2"}),
                    (
                        "table",
                        {
                            "data": [
                                ["Thời gian", "Sự kiện"],
                                ["Năm 2010", "Đảng bộ Khối các Cơ quan tỉnh lập trang thông tin"],
                                ["Năm 2013", "Đảng bộ Khối Doanh nghiệp tỉnh lập trang thông tin"],
                                [
                                    "28/02/2020",
                                    "Thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh "
                                    "(183 tổ chức cơ sở đảng, 15.398 đảng viên)",
                                ],
                                [
                                    "13/01/2021",
                                    "Bắt đầu thống kê tin, bài của trang thông tin chung "
                                    "theo quy chế hoạt động mới",
                                ],
                                [
                                    "28/5/2021",
                                    "Văn phòng trình Ban biên tập đề xuất nâng cấp giao diện "
                                    "(Tờ trình số 32-TTr/VPĐUK)",
                                ],
                                [
                                    "Tháng 11/2026",
                                    "Trang thông tin điện tử vận hành giao diện mới",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "Một số dấu mốc của Đảng bộ Khối và "
                            "Trang thông tin điện tử",
                        },
                    ),
                ],
            },
            {
                "slug": "chuc-nang-nhiem-vu",
                "title": "Chức năng, nhiệm vụ",
                "intro": "Vị trí, chức năng và nhiệm vụ của Đảng ủy Khối Cơ quan và Doanh nghiệp "
                "tỉnh Thanh Hóa.",
                "body": [
                    ("heading", {"text": "Vị trí", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh là đảng bộ cấp trên trực "
                        "tiếp của các tổ chức cơ sở đảng trong khối cơ quan và doanh nghiệp của "
                        "tỉnh, chịu sự lãnh đạo trực tiếp, toàn diện của Tỉnh ủy mà thường xuyên "
                        "là Ban Thường vụ Tỉnh ủy. Đảng ủy Khối là cơ quan lãnh đạo của Đảng bộ "
                        "Khối giữa hai kỳ đại hội.</p>",
                    ),
                    ("heading", {"text": "Chức năng", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Đảng ủy Khối lãnh đạo các tổ chức cơ sở đảng trực thuộc thực hiện "
                        "nghị quyết, chỉ thị của Đảng, chính sách, pháp luật của Nhà nước; lãnh "
                        "đạo công tác chính trị, tư tưởng, tổ chức, cán bộ, kiểm tra, giám sát "
                        "và công tác dân vận; lãnh đạo các đoàn thể chính trị – xã hội trong "
                        "Khối. Ở các doanh nghiệp, tổ chức đảng lãnh đạo việc thực hiện nhiệm vụ "
                        "sản xuất, kinh doanh, chăm lo đời sống người lao động và xây dựng tổ "
                        "chức đảng, đoàn thể vững mạnh.</p>",
                    ),
                    ("heading", {"text": "Nhiệm vụ chủ yếu", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Quán triệt, cụ thể hóa và tổ chức thực hiện nghị quyết, chỉ thị của "
                        "Trung ương, của Tỉnh ủy và nghị quyết đại hội Đảng bộ Khối.</li>"
                        "<li>Làm tốt công tác giáo dục chính trị, tư tưởng; nắm bắt tâm trạng, "
                        "dư luận trong cán bộ, đảng viên và người lao động.</li>"
                        "<li>Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh; nâng cao chất "
                        "lượng sinh hoạt chi bộ; phát triển, quản lý đảng viên.</li>"
                        "<li>Thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng theo "
                        "quy định của Điều lệ Đảng.</li>"
                        "<li>Lãnh đạo Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh Khối và các "
                        "tổ chức chính trị – xã hội trong Khối hoạt động đúng tôn chỉ, mục đích."
                        "</li>"
                        "<li>Phối hợp với cấp ủy địa phương và các cơ quan liên quan trong công "
                        "tác cán bộ, công tác đảng viên và giải quyết những vấn đề phát sinh ở "
                        "cơ sở.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Nhiệm vụ của Trang thông tin điện tử", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Trang thông tin điện tử giúp Đảng ủy Khối cung cấp thông tin chính "
                        "thức, kịp thời về hoạt động lãnh đạo, chỉ đạo; tuyên truyền chủ "
                        "trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công "
                        "khai các văn bản được phép phổ biến và lắng nghe ý kiến của cơ sở. "
                        "Trang hoạt động theo Quy chế do Ban Thường vụ Đảng ủy Khối ban hành và "
                        "các quy định hiện hành về trang thông tin điện tử của cơ quan nhà "
                        "nước, trong đó có Nghị định số 42/2022/NĐ-CP của Chính phủ.</p>",
                    ),
                ],
            },
            {
                "slug": "co-cau-to-chuc",
                "title": "Cơ cấu tổ chức",
                "intro": "Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra và các cơ quan tham mưu, "
                "giúp việc của Đảng ủy Khối.",
                "body": [
                    ("heading", {"text": "Cơ quan lãnh đạo", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025–2030 gồm 33 đồng chí. Ban "
                        "Chấp hành bầu Ban Thường vụ gồm 9 đồng chí, trong đó có Bí thư và hai "
                        "Phó Bí thư; bầu Ủy ban Kiểm tra gồm 7 đồng chí do một Ủy viên Ban "
                        "Thường vụ làm Chủ nhiệm.</p>",
                    ),
                    ("heading", {"text": "Cơ quan tham mưu, giúp việc", "level": "h2"}),
                    (
                        "table",
                        {
                            "data": [
                                ["Cơ quan", "Lĩnh vực tham mưu chính", "Điện thoại"],
                                [
                                    "Văn phòng",
                                    "Tổng hợp, điều phối hoạt động của Ban Chấp hành, Ban "
                                    "Thường vụ; văn thư, lưu trữ, tài chính đảng; quản trị "
                                    "Trang thông tin điện tử",
                                    "0237.3852.101",
                                ],
                                [
                                    "Ban Tổ chức",
                                    "Tổ chức bộ máy, cán bộ; phát triển và quản lý đảng "
                                    "viên; đánh giá, xếp loại tổ chức đảng và đảng viên",
                                    "0237.3852.102",
                                ],
                                [
                                    "Ban Tuyên giáo",
                                    "Chính trị, tư tưởng; học tập lý luận chính trị; học "
                                    "tập và làm theo Bác; công tác dân vận",
                                    "0237.3852.103",
                                ],
                                [
                                    "Cơ quan Ủy ban Kiểm tra",
                                    "Giúp Ủy ban Kiểm tra thực hiện nhiệm vụ kiểm tra, giám "
                                    "sát, thi hành kỷ luật đảng, giải quyết tố cáo, khiếu nại",
                                    "0237.3852.104",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": True,
                            "table_caption": "Các cơ quan tham mưu, giúp việc của Đảng ủy Khối",
                        },
                    ),
                    ("heading", {"text": "Tổ chức cơ sở đảng và đoàn thể", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Các tổ chức cơ sở đảng trực thuộc gồm đảng bộ cơ sở và chi bộ cơ sở "
                        "trong cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp. Trong Khối "
                        "có Đoàn Thanh niên Khối, Hội Cựu chiến binh Khối và Công đoàn Viên chức "
                        "tỉnh hoạt động dưới sự lãnh đạo của Đảng ủy Khối.</p>",
                    ),
                ],
            },
            {
                "slug": "lanh-dao",
                "title": "Lãnh đạo Đảng ủy Khối",
                "intro": "Ban Thường vụ Đảng ủy Khối nhiệm kỳ 2025–2030 và tóm tắt tiểu sử.",
                "body": [
                    (
                        "paragraph",
                        "<p>Ban Thường vụ Đảng ủy Khối nhiệm kỳ 2025–2030 gồm 9 đồng chí: Bí thư, "
                        "hai Phó Bí thư và sáu Ủy viên Ban Thường vụ. Dưới đây là tóm tắt tiểu sử "
                        "và lĩnh vực phụ trách của từng đồng chí.</p>",
                    ),
                    ("heading", {"text": "Đồng chí Mai Đức Khiêm", "level": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Bí thư Đảng ủy Khối.</b> Sinh năm 1971, quê Hậu Lộc, Thanh Hóa. "
                        "Thạc sĩ Quản lý kinh tế, Cao cấp lý luận chính trị. Từng công tác tại "
                        "cơ quan tham mưu của Tỉnh ủy, giữ chức Phó Bí thư Đảng ủy Khối Doanh "
                        "nghiệp tỉnh trước khi hợp nhất. Phụ trách chung; trực tiếp phụ trách "
                        "công tác tổ chức, cán bộ và nội chính.</p>",
                    ),
                    ("heading", {"text": "Đồng chí Lại Thị Thu Hương", "level": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Phó Bí thư Thường trực Đảng ủy Khối, Trưởng Ban biên tập Trang "
                        "thông tin điện tử.</b> Sinh năm 1975, quê Thọ Xuân, Thanh Hóa. Cử nhân "
                        "Luật, Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước, Cao cấp lý luận "
                        "chính trị. Phụ trách công tác tuyên giáo, dân vận, văn phòng và chuyển "
                        "đổi số trong Đảng bộ Khối.</p>",
                    ),
                    ("heading", {"text": "Đồng chí Hoàng Trọng Nghĩa", "level": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Phó Bí thư Đảng ủy Khối.</b> Sinh năm 1973, quê Nông Cống, Thanh "
                        "Hóa. Kỹ sư Xây dựng, Thạc sĩ Quản trị kinh doanh, Cao cấp lý luận chính "
                        "trị. Nhiều năm làm công tác đảng ở doanh nghiệp; phụ trách khối doanh "
                        "nghiệp và công tác phát triển đảng viên ở doanh nghiệp ngoài khu vực "
                        "nhà nước.</p>",
                    ),
                    ("heading", {"text": "Các đồng chí Ủy viên Ban Thường vụ", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><b>Đồng chí Trịnh Xuân Lộc</b>, sinh năm 1974, Chủ nhiệm Ủy ban Kiểm "
                        "tra Đảng ủy Khối; Cử nhân Kinh tế, Cao cấp lý luận chính trị.</li>"
                        "<li><b>Đồng chí Phạm Thị Hồng Nhung</b>, sinh năm 1979, Trưởng Ban Tổ "
                        "chức Đảng ủy Khối; Thạc sĩ Quản lý công, Cao cấp lý luận chính trị.</li>"
                        "<li><b>Đồng chí Lê Đình Quyết</b>, sinh năm 1977, Trưởng Ban Tuyên giáo "
                        "Đảng ủy Khối, Phó Trưởng Ban biên tập; Thạc sĩ Triết học.</li>"
                        "<li><b>Đồng chí Đỗ Mạnh Hùng</b>, sinh năm 1980, Chánh Văn phòng Đảng ủy "
                        "Khối, Phó Trưởng Ban biên tập; Thạc sĩ Hệ thống thông tin.</li>"
                        "<li><b>Đồng chí Nguyễn Hữu Thắng</b>, sinh năm 1972, Bí thư Đảng ủy, Chủ "
                        "tịch Hội đồng quản trị Công ty cổ phần Cơ khí Thành Long Phát.</li>"
                        "<li><b>Đồng chí Vũ Thị Minh Nguyệt</b>, sinh năm 1976, Bí thư Đảng ủy, "
                        "Giám đốc Bệnh viện Đa khoa Hạc Thành; Tiến sĩ Y học.</li>"
                        "</ul>",
                    ),
                    (
                        "callout",
                        {
                            "title": "Lưu ý",
                            "text": "<p>Nội dung tiểu sử do Ban Tổ chức Đảng ủy Khối cung cấp và "
                            "được cập nhật khi có thay đổi về nhân sự.</p>",
                        },
                    ),
                ],
            },
            {
                "slug": "ban-bien-tap",
                "title": "Ban biên tập",
                "intro": "Thành phần Ban biên tập Trang thông tin điện tử và cách gửi tin, bài, "
                "hình ảnh.",
                "body": [
                    ("heading", {"text": "Thành phần Ban biên tập", "level": "h2"}),
                    (
                        "table",
                        {
                            "data": [
                                ["Họ và tên", "Chức vụ", "Nhiệm vụ trong Ban biên tập"],
                                [
                                    "Lại Thị Thu Hương",
                                    "Phó Bí thư Thường trực Đảng ủy Khối",
                                    "Trưởng Ban; chịu trách nhiệm về nội dung",
                                ],
                                [
                                    "Lê Đình Quyết",
                                    "Trưởng Ban Tuyên giáo",
                                    "Phó Trưởng Ban; phụ trách nội dung tuyên truyền",
                                ],
                                [
                                    "Đỗ Mạnh Hùng",
                                    "Chánh Văn phòng",
                                    "Phó Trưởng Ban; phụ trách kỹ thuật, văn bản",
                                ],
                                [
                                    "Phạm Thị Hồng Nhung",
                                    "Trưởng Ban Tổ chức",
                                    "Thành viên; chuyên mục Xây dựng Đảng",
                                ],
                                [
                                    "Trịnh Xuân Lộc",
                                    "Chủ nhiệm Ủy ban Kiểm tra",
                                    "Thành viên; tin, bài về kiểm tra, giám sát",
                                ],
                                [
                                    "Nguyễn Thị Thanh Tâm",
                                    "Phó Chánh Văn phòng",
                                    "Thư ký; tiếp nhận, biên tập tin, bài",
                                ],
                                [
                                    "Lê Quang Vinh",
                                    "Chuyên viên Văn phòng",
                                    "Kỹ thuật – quản trị; đăng tải, lưu trữ",
                                ],
                            ],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "Ban biên tập Trang thông tin điện tử Đảng ủy Khối",
                        },
                    ),
                    ("heading", {"text": "Gửi tin, bài cho Ban biên tập", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ban biên tập mong nhận tin, bài, ảnh của cán bộ, đảng viên, đoàn viên "
                        "và cộng tác viên ở các tổ chức cơ sở đảng, đoàn thể trong Khối. Tin, bài "
                        "xin gửi về địa chỉ thư điện tử <b>bbt@dukhoi.example.vn</b>, kèm họ tên, "
                        "đơn vị và số điện thoại của người viết.</p>",
                    ),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Tin hoạt động gửi trong vòng hai ngày kể từ khi sự kiện diễn ra; "
                        "nêu rõ thời gian, địa điểm, thành phần và kết quả chính.</li>"
                        "<li>Ảnh gửi dạng tệp gốc, rõ nét, có chú thích ngắn và tên người chụp; "
                        "mỗi tin chọn từ hai đến bốn ảnh tiêu biểu.</li>"
                        "<li>Bài nghiên cứu, trao đổi nên dài từ 1.200 đến 2.500 chữ, có số liệu "
                        "và dẫn chứng cụ thể ở đơn vị.</li>"
                        "<li>Nội dung trích dẫn chỉ lấy từ báo chí chính thống, trang thông tin "
                        "của cơ quan đảng, nhà nước và phải ghi rõ nguồn.</li>"
                        "<li>Không gửi văn bản, tài liệu có độ mật hoặc chưa được phép công bố."
                        "</li>"
                        "</ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Mọi tin, bài đều được thư ký tiếp nhận, biên tập viên biên tập và "
                        "lãnh đạo Ban biên tập duyệt trước khi đăng. Tin, bài được đăng hưởng "
                        "nhuận bút theo quy chế hoạt động của Trang thông tin điện tử.</p>",
                    ),
                    (
                        "callout",
                        {
                            "title": "Cần hỗ trợ?",
                            "text": "<p>Liên hệ đồng chí Nguyễn Thị Thanh Tâm, Thư ký Ban biên "
                            "tập, điện thoại 0237.3852.105, thư điện tử "
                            "tamntt@dukhoi.example.vn.</p>",
                        },
                    ),
                ],
            },
        ],
    },
]

# Sections (ArticleIndexPage) under the home page; "children" nests sub-sections.
SECTIONS = [
    {
        "slug": "tin-tuc-su-kien",
        "title": "Tin tức – Sự kiện",
        "intro": "Tin về những hoạt động nổi bật của Đảng ủy Khối, các tổ chức cơ sở đảng và "
        "đoàn thể trong Khối.",
        "in_menu": True,
        "children": [
            {
                "slug": "hoat-dong-dang-uy-khoi",
                "title": "Hoạt động Đảng ủy Khối",
                "intro": "Hội nghị, làm việc, chỉ đạo của Ban Chấp hành, Ban Thường vụ, "
                "Thường trực Đảng ủy Khối và các cơ quan tham mưu, giúp việc.",
            },
            {
                "slug": "hoat-dong-co-so",
                "title": "Hoạt động cơ sở",
                "intro": "Tin từ các đảng bộ, chi bộ cơ sở và đoàn thể trong các cơ quan, đơn vị, "
                "doanh nghiệp, phần lớn do cộng tác viên gửi về.",
            },
        ],
    },
    {
        "slug": "xay-dung-dang",
        "title": "Xây dựng Đảng",
        "intro": "Công tác chính trị – tư tưởng, tổ chức – cán bộ, kiểm tra – giám sát và dân "
        "vận trong Đảng bộ Khối.",
        "in_menu": True,
    },
    {
        "slug": "hoc-tap-va-lam-theo-bac",
        "title": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "intro": "Mô hình hay, việc làm cụ thể và những tấm gương bình dị trong học tập và làm "
        "theo Bác ở các cơ quan, doanh nghiệp.",
        "in_menu": True,
    },
    {
        "slug": "chuyen-doi-so",
        "title": "Chuyển đổi số",
        "intro": "Ứng dụng công nghệ thông tin, số hóa hồ sơ, văn bản và các tiện ích số phục vụ "
        "công tác đảng.",
        "in_menu": True,
    },
    {
        "slug": "nghien-cuu-trao-doi",
        "title": "Nghiên cứu – Trao đổi",
        "intro": "Bài viết chuyên sâu, trao đổi kinh nghiệm và đề xuất giải pháp về công tác xây "
        "dựng Đảng trong Đảng bộ Khối.",
        "in_menu": True,
    },
]

ARTICLES = [
    # ---- Tin tức – Sự kiện -------------------------------------------------------------
    {
        "section": "tin-tuc-su-kien",
        "slug": "gap-mat-ky-niem-96-nam-ngay-truyen-thong-nganh-to-chuc-xay-dung-dang",
        "title": "Gặp mặt kỷ niệm 96 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng",
        "sapo": "Chiều 13/10, Ban Thường vụ Đảng ủy Khối gặp mặt cán bộ làm công tác tổ chức "
        "xây dựng Đảng qua các thời kỳ, nhân kỷ niệm 96 năm Ngày truyền thống ngành "
        "(14/10/1930 – 14/10/2026).",
        "date": "2026-10-13 17:20",
        "byline": "Thanh Bình (Ban Tổ chức)",
        "image": "gap-mat-truyen-thong",
        "body": [
            (
                "paragraph",
                "<p>Dự buổi gặp mặt có đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối; các đồng chí "
                "trong Ban Thường vụ; nhiều đồng chí nguyên là lãnh đạo Ban Tổ chức của hai đảng "
                "bộ khối trước khi hợp nhất; đại diện cấp ủy và cán bộ làm công tác tổ chức ở "
                "các đảng bộ, chi bộ cơ sở.</p>",
            ),
            (
                "paragraph",
                "<p>Ôn lại truyền thống của ngành, đồng chí Phạm Thị Hồng Nhung, Trưởng Ban Tổ "
                "chức Đảng ủy Khối, nhấn mạnh: sau hợp nhất, khối lượng công việc tăng lên rõ "
                "rệt, nhiều tổ chức đảng phải sắp xếp lại khi cơ quan thay đổi chức năng hoặc "
                "doanh nghiệp chuyển đổi mô hình; song đội ngũ làm công tác tổ chức đã giữ được "
                "nền nếp, tham mưu kịp thời, không để tổ chức đảng hay đảng viên nào bị gián "
                "đoạn sinh hoạt.</p>",
            ),
            ("heading", {"text": "Những kết quả nổi bật từ đầu năm", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Kết nạp 372 đảng viên mới trong 9 tháng, đạt 71,5% kế hoạch năm; hơn một "
                "phần năm là công nhân, người lao động trực tiếp ở doanh nghiệp.</li>"
                "<li>Hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy cơ sở nhiệm kỳ "
                "2025–2030.</li>"
                "<li>Cập nhật đầy đủ dữ liệu đảng viên trên hệ thống cơ sở dữ liệu của ngành "
                "tổ chức.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": "Làm công tác tổ chức là làm việc với con người. Mỗi ý kiến tham "
                    "mưu về cán bộ phải khách quan, đúng quy trình và đứng vững trước sự kiểm "
                    "nghiệm của thời gian.",
                    "attribution": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
                },
            ),
            (
                "paragraph",
                "<p>Phát biểu tại buổi gặp mặt, Bí thư Đảng ủy Khối đề nghị Ban Tổ chức và cán "
                "bộ làm công tác tổ chức ở cơ sở chuẩn bị chu đáo việc kiểm điểm, đánh giá, "
                "xếp loại chất lượng cuối năm; chú trọng quản lý đảng viên ở các doanh nghiệp "
                "có nhiều biến động về lao động; tiếp tục số hóa hồ sơ đảng viên để phục vụ "
                "tra cứu nhanh, chính xác.</p>",
            ),
            ("image", {"image": "gap-mat-truyen-thong", "caption": ""}),
            (
                "paragraph",
                "<p>Nhân dịp này, Ban Thường vụ Đảng ủy Khối tặng hoa các đồng chí cán bộ ngành "
                "tổ chức đã nghỉ hưu, ghi nhận những đóng góp của các đồng chí trong xây dựng "
                "hai đảng bộ khối trước đây và Đảng bộ Khối hôm nay.</p>",
            ),
        ],
    },
    {
        "section": "tin-tuc-su-kien",
        "slug": "dang-bo-khoi-huong-ung-ngay-phap-luat-nam-2026",
        "title": "Đảng bộ Khối hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
        "năm 2026",
        "sapo": "Nhân Ngày Pháp luật 9/11, Ban Tuyên giáo Đảng ủy Khối phối hợp với các tổ chức "
        "cơ sở đảng tổ chức tọa đàm, cuộc thi tìm hiểu pháp luật và nhiều hình thức tuyên "
        "truyền gần gũi với người lao động.",
        "date": "2026-11-09 10:00",
        "byline": "Thu Trang (Ban Tuyên giáo)",
        "image": "co-to-quoc",
        "body": [
            (
                "paragraph",
                "<p>Năm nay, Đảng ủy Khối chọn cách làm thiết thực: mỗi tổ chức cơ sở đảng tự "
                "xác định những văn bản pháp luật gắn trực tiếp với công việc của cán bộ, công "
                "chức và người lao động ở đơn vị mình để tuyên truyền, thay vì phổ biến dàn "
                "trải.</p>",
            ),
            (
                "heading",
                {"text": "Tọa đàm về pháp luật lao động và bảo hiểm xã hội", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Sáng 9/11, tại Hội trường Đảng ủy Khối, hơn 150 cán bộ công đoàn, cán bộ "
                "phụ trách nhân sự của các doanh nghiệp tham dự tọa đàm về những điểm mới của "
                "Luật Bảo hiểm xã hội năm 2024 và các quy định liên quan đến hợp đồng lao động, "
                "thời giờ làm việc, thời giờ nghỉ ngơi. Nhiều câu hỏi của người lao động được "
                "gửi trước qua các công đoàn cơ sở và được giải đáp trực tiếp.</p>",
            ),
            (
                "heading",
                {"text": "Cuộc thi tìm hiểu pháp luật trên môi trường mạng", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Cuộc thi tìm hiểu pháp luật đăng trên Trang thông tin điện tử của Đảng ủy "
                "Khối từ ngày 20/10 đến ngày 8/11 thu hút 3.214 lượt dự thi. Nội dung thi tập "
                "trung vào Hiến pháp, pháp luật về phòng, chống tham nhũng, tiêu cực, về lao "
                "động và an toàn, vệ sinh lao động. Ban Tổ chức cuộc thi đã trao giải cho 3 tập "
                "thể và 12 cá nhân có kết quả cao.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cán bộ, đảng viên phải gương mẫu chấp hành pháp luật trước, rồi mới "
                    "nói được với người lao động.",
                    "attribution": "Đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy Khối",
                },
            ),
            (
                "paragraph",
                "<p>Trong tháng 11, các chi bộ tiếp tục lồng ghép nội dung pháp luật vào sinh "
                "hoạt thường kỳ; các công đoàn cơ sở ở doanh nghiệp tổ chức góc pháp luật tại "
                "nhà ăn, khu nghỉ giữa ca để người lao động dễ tiếp cận.</p>",
            ),
        ],
    },
    # ---- Hoạt động Đảng ủy Khối --------------------------------------------------------
    {
        "section": "hoat-dong-dang-uy-khoi",
        "slug": "hoi-nghi-ban-chap-hanh-danh-gia-9-thang-trien-khai-nhiem-vu-quy-iv-2026",
        "title": "Hội nghị Ban Chấp hành Đảng bộ Khối đánh giá kết quả 9 tháng, triển khai nhiệm "
        "vụ quý IV năm 2026",
        "sapo": "Ngày 7/10, Ban Chấp hành Đảng bộ Khối họp hội nghị mở rộng, đánh giá kết quả "
        "lãnh đạo, chỉ đạo 9 tháng và thống nhất các nhiệm vụ trọng tâm trong quý cuối năm.",
        "date": "2026-10-07 16:30",
        "byline": "Minh Anh",
        "image": "hoi-nghi-bch",
        "body": [
            (
                "paragraph",
                "<p>Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối, chủ trì hội nghị. Dự hội nghị "
                "có các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, bí thư các đảng bộ cơ sở "
                "và trưởng các đoàn thể trong Khối.</p>",
            ),
            ("heading", {"text": "Nhiều chỉ tiêu đạt khá so với kế hoạch", "level": "h2"}),
            (
                "paragraph",
                "<p>Theo báo cáo do Văn phòng trình bày, trong 9 tháng, công tác chính trị, tư "
                "tưởng được triển khai kịp thời; việc học tập, quán triệt các văn bản mới của "
                "Trung ương và Tỉnh ủy được tổ chức đồng bộ, kết hợp trực tiếp với trực tuyến. "
                "Toàn Đảng bộ kết nạp 372 đảng viên, đạt 71,5% kế hoạch năm. Ủy ban Kiểm tra "
                "đã giám sát chuyên đề 5 trong số 8 tổ chức đảng theo chương trình. Doanh thu "
                "của các doanh nghiệp trong Khối ước đạt 78% kế hoạch năm; việc làm và thu nhập "
                "của người lao động cơ bản ổn định.</p>",
            ),
            (
                "paragraph",
                "<p>Hội nghị cũng thẳng thắn chỉ ra những mặt còn hạn chế: chất lượng sinh hoạt "
                "ở một số chi bộ doanh nghiệp chưa cao; việc phát triển đảng viên ở doanh nghiệp "
                "ngoài khu vực nhà nước còn chậm; một số tổ chức cơ sở đảng chưa gửi tin, bài "
                "cho Trang thông tin điện tử đúng quy chế.</p>",
            ),
            ("image", {"image": "hoi-nghi-bch", "caption": ""}),
            ("heading", {"text": "Năm nhóm nhiệm vụ trọng tâm của quý IV", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Hoàn thành kế hoạch phát triển đảng viên năm 2026.</li>"
                "<li>Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên "
                "cuối năm đúng hướng dẫn, thực chất.</li>"
                "<li>Hoàn thành chương trình kiểm tra, giám sát năm.</li>"
                "<li>Đưa giao diện mới của Trang thông tin điện tử vào vận hành; đẩy mạnh số "
                "hóa hồ sơ, văn bản.</li>"
                "<li>Lãnh đạo doanh nghiệp hoàn thành kế hoạch sản xuất, kinh doanh, chăm lo "
                "Tết cho người lao động.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": "Việc nào đã ghi vào nghị quyết thì phải có người chịu trách nhiệm, "
                    "có thời hạn hoàn thành và có sản phẩm cụ thể để kiểm đếm.",
                    "attribution": "Đồng chí Mai Đức Khiêm, Bí thư Đảng ủy Khối",
                },
            ),
        ],
    },
    {
        "section": "hoat-dong-dang-uy-khoi",
        "slug": "thuong-truc-dang-uy-khoi-lam-viec-voi-dang-uy-cong-ty-dong-phu-lam",
        "title": "Thường trực Đảng ủy Khối làm việc với Đảng ủy Công ty cổ phần Vật liệu xây dựng "
        "Đông Phú Lâm",
        "sapo": "Chiều 22/9, đoàn công tác do đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực "
        "Đảng ủy Khối, dẫn đầu đã làm việc với Đảng ủy Công ty cổ phần Vật liệu xây dựng Đông "
        "Phú Lâm về công tác xây dựng Đảng và sản xuất, kinh doanh.",
        "date": "2026-09-22 18:00",
        "byline": "Đức Mạnh",
        "image": "nha-may-vat-lieu",
        "body": [
            (
                "paragraph",
                "<p>Đảng bộ Công ty hiện có 4 chi bộ với 58 đảng viên, lãnh đạo hơn 640 người "
                "lao động. Tám tháng năm 2026, Công ty đạt doanh thu 412 tỷ đồng, bằng 69% kế "
                "hoạch năm; thu nhập bình quân của người lao động đạt 9,6 triệu đồng mỗi "
                "tháng.</p>",
            ),
            ("heading", {"text": "Khó khăn từ sản xuất theo ca", "level": "h2"}),
            (
                "paragraph",
                "<p>Báo cáo của Đảng ủy Công ty cho biết, khó nhất hiện nay là bố trí thời gian "
                "sinh hoạt chi bộ khi dây chuyền chạy ba ca liên tục. Có tháng, chi bộ phân "
                "xưởng nung chỉ tập trung được hơn 70% đảng viên. Đảng ủy đã thí điểm tổ chức "
                "sinh hoạt vào cuối ca sáng ngày thứ Bảy đầu tháng và gửi trước tài liệu qua Sổ "
                "tay đảng viên điện tử, nhờ đó tỷ lệ dự họp ba tháng gần đây đạt trên 90%.</p>",
            ),
            ("image", {"image": "nha-may-vat-lieu", "caption": ""}),
            ("heading", {"text": "Gắn công tác đảng với nhiệm vụ sản xuất", "level": "h2"}),
            (
                "paragraph",
                "<p>Kết luận buổi làm việc, đồng chí Lại Thị Thu Hương ghi nhận Đảng ủy Công ty "
                "đã giữ vững nền nếp, đề nghị tiếp tục phát hiện, bồi dưỡng quần chúng ưu tú "
                "trong đội ngũ tổ trưởng, kỹ thuật viên; nâng cao chất lượng sinh hoạt chuyên "
                "đề về an toàn lao động, tiết kiệm nhiên liệu; chủ động đối thoại với người lao "
                "động về tiền lương, thưởng cuối năm.</p>",
            ),
            (
                "paragraph",
                "<p>Với kiến nghị của Công ty về hỗ trợ đào tạo cấp ủy viên mới, Thường trực "
                "Đảng ủy Khối giao Ban Tổ chức và Ban Tuyên giáo đưa vào kế hoạch bồi dưỡng năm "
                "2027.</p>",
            ),
        ],
    },
    {
        "section": "hoat-dong-dang-uy-khoi",
        "slug": "hoi-nghi-can-bo-chu-chot-thong-tin-thoi-su-quan-triet-van-ban-moi",
        "title": "Hội nghị cán bộ chủ chốt thông tin thời sự và quán triệt văn bản mới",
        "sapo": "Ngày 16/9, Đảng ủy Khối tổ chức hội nghị cán bộ chủ chốt theo hình thức trực "
        "tiếp kết hợp trực tuyến, kết nối đến điểm cầu của các đảng bộ cơ sở.",
        "date": "2026-09-16 15:30",
        "byline": "Minh Anh",
        "image": "hoi-nghi-can-bo",
        "body": [
            (
                "paragraph",
                "<p>Tham dự tại điểm cầu Đảng ủy Khối có các đồng chí Ủy viên Ban Chấp hành, bí "
                "thư, phó bí thư các tổ chức cơ sở đảng trực thuộc. Tại các điểm cầu cơ sở có "
                "cấp ủy viên và bí thư chi bộ.</p>",
            ),
            ("heading", {"text": "Thông tin thời sự trong nước và quốc tế", "level": "h2"}),
            (
                "paragraph",
                "<p>Báo cáo viên của Tỉnh ủy đã thông tin về tình hình kinh tế – xã hội của "
                "tỉnh 8 tháng, những vấn đề thời sự trong nước và quốc tế được dư luận quan "
                "tâm, đồng thời gợi ý những nội dung mà cấp ủy cơ sở cần định hướng tư tưởng "
                "cho cán bộ, đảng viên và người lao động.</p>",
            ),
            ("heading", {"text": "Quy định mới về văn bản của Đảng", "level": "h2"}),
            (
                "paragraph",
                "<p>Văn phòng Đảng ủy Khối quán triệt Quy định số 399-QĐ/TW ngày 09/01/2026 về "
                "thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng, thay thế Quy định "
                "số 66-QĐ/TW năm 2017. Những điểm cơ sở cần lưu ý gồm cách ghi số, ký hiệu, "
                "thẩm quyền ký và thể thức trình bày; việc đăng ký, lưu trữ văn bản điện tử "
                "được chuẩn hóa để phục vụ tra cứu.</p>",
            ),
            ("image", {"image": "hoi-nghi-can-bo", "caption": ""}),
            (
                "paragraph",
                "<p>Đảng ủy Khối yêu cầu các tổ chức cơ sở đảng phổ biến nội dung hội nghị đến "
                "các chi bộ trong kỳ sinh hoạt tháng 10, báo cáo kết quả về Ban Tuyên giáo "
                "trước ngày 31/10.</p>",
            ),
        ],
    },
    # ---- Hoạt động cơ sở ---------------------------------------------------------------
    {
        "section": "hoat-dong-co-so",
        "slug": "chi-bo-cong-ty-an-hoa-phat-ket-nap-ba-dang-vien-la-cong-nhan",
        "title": "Chi bộ Công ty TNHH May mặc An Hòa Phát kết nạp ba đảng viên là công nhân trực "
        "tiếp sản xuất",
        "sapo": "Ba quần chúng ưu tú, đều là công nhân, tổ trưởng chuyền may, vừa được kết nạp vào "
        "Đảng tại một doanh nghiệp có vốn tư nhân với gần 1.200 lao động.",
        "date": "2026-09-30 11:15",
        "byline": "Hoàng Yến (cộng tác viên)",
        "image": "xuong-may",
        "body": [
            (
                "paragraph",
                "<p>Sáng 30/9, Chi bộ Công ty TNHH May mặc An Hòa Phát tổ chức lễ kết nạp đảng "
                "viên cho các quần chúng Lê Thị Huyền, tổ trưởng chuyền may số 6; Trần Văn Đạt, "
                "kỹ thuật viên phân xưởng cắt; và Phạm Thị Ngọc Ánh, công nhân tổ hoàn thiện. "
                "Cả ba đều đã học lớp bồi dưỡng nhận thức về Đảng và có nhiều năm liền đạt danh "
                "hiệu lao động giỏi.</p>",
            ),
            (
                "image",
                {
                    "image": "le-ket-nap",
                    "caption": "Các đảng viên mới tại lễ kết nạp. (Ảnh minh họa)",
                },
            ),
            ("heading", {"text": "Bồi dưỡng ngay trên chuyền may", "level": "h2"}),
            (
                "paragraph",
                "<p>Chi bộ Công ty hiện có 17 đảng viên. Theo đồng chí Bí thư Chi bộ Đinh Văn "
                "Cường, việc tạo nguồn ở doanh nghiệp tư nhân không thể chờ quần chúng tự tìm "
                "đến. Chi bộ phân công mỗi đảng viên theo dõi, giúp đỡ một đến hai người lao "
                "động tiêu biểu, gặp gỡ ngay tại tổ sản xuất, giúp họ hiểu về Đảng qua những "
                "việc cụ thể như bảo vệ quyền lợi của người lao động, tổ chức thi tay nghề, hỗ "
                "trợ công nhân có hoàn cảnh khó khăn.</p>",
            ),
            (
                "paragraph",
                "<p>Ban Giám đốc Công ty ủng hộ hoạt động của chi bộ, bố trí phòng sinh hoạt và "
                "cho phép đảng viên mới nghỉ ca để tham dự lớp bồi dưỡng lý luận chính trị. Đây "
                "là điều kiện quan trọng để chi bộ duy trì kế hoạch kết nạp từ hai đến ba đảng "
                "viên mỗi năm.</p>",
            ),
            (
                "quote",
                {
                    "text": "Đứng trước cờ Đảng, tôi nghĩ đến những người chị trong tổ đã kèm "
                    "cặp tôi từ ngày mới vào nghề. Tôi sẽ cố gắng làm tốt việc của mình, để "
                    "anh chị em trong chuyền tin tưởng.",
                    "attribution": "Đảng viên mới Lê Thị Huyền, tổ trưởng chuyền may số 6",
                },
            ),
            (
                "paragraph",
                "<p>Phát biểu tại buổi lễ, đại diện Ban Tổ chức Đảng ủy Khối đề nghị chi bộ phân "
                "công đảng viên chính thức giúp đỡ các đảng viên mới trong thời gian dự bị 12 "
                "tháng, đồng thời tạo điều kiện để các đồng chí sớm học lớp lý luận chính trị "
                "dành cho đảng viên mới.</p>",
            ),
        ],
    },
    {
        "section": "hoat-dong-co-so",
        "slug": "doan-thanh-nien-khoi-tiep-suc-den-truong-o-xa-vung-cao",
        "title": "Đoàn Thanh niên Khối mang “Tiếp sức đến trường” lên xã vùng cao",
        "sapo": "Ngày 5 và 6/9, hơn 60 đoàn viên thanh niên trong Khối đã trồng cây, sửa sang "
        "lớp học và trao quà cho học sinh một trường liên cấp ở xã vùng cao phía tây tỉnh.",
        "date": "2026-09-06 20:45",
        "byline": "Ngọc Hà (Đoàn Thanh niên Khối)",
        "image": "tinh-nguyen-trong-cay",
        "body": [
            (
                "paragraph",
                "<p>Chương trình do Đoàn Thanh niên Khối phối hợp với đoàn cơ sở của 9 cơ quan, "
                "doanh nghiệp tổ chức. Các đoàn viên đã trồng 300 cây bóng mát và cây ăn quả "
                "trong khuôn viên nhà trường, sơn lại hai phòng học, sửa bàn ghế và lắp mới hệ "
                "thống đèn chiếu sáng cho khu bán trú.</p>",
            ),
            ("image", {"image": "vung-cao-xu-thanh", "caption": ""}),
            ("heading", {"text": "Những phần quà thiết thực", "level": "h2"}),
            (
                "paragraph",
                "<p>Đoàn đã trao 150 suất quà gồm cặp sách, áo ấm và dụng cụ học tập cho học "
                "sinh có hoàn cảnh khó khăn; tặng nhà trường một tủ sách với hơn 800 cuốn do "
                "đoàn viên quyên góp và 5 bộ máy tính đã qua sử dụng nhưng còn tốt do một doanh "
                "nghiệp viễn thông trong Khối hỗ trợ. Tổng giá trị các phần quà và công trình "
                "khoảng 210 triệu đồng.</p>",
            ),
            (
                "quote",
                {
                    "text": "Thanh niên là người chủ tương lai của nước nhà.",
                    "attribution": "Chủ tịch Hồ Chí Minh",
                },
            ),
            (
                "paragraph",
                "<p>Buổi tối, các đoàn viên giao lưu văn nghệ với thầy cô và học sinh. Nhiều "
                "đoàn viên lần đầu lên vùng cao chia sẻ rằng chuyến đi giúp họ hiểu hơn những "
                "khó khăn của học trò miền núi và trân trọng hơn điều kiện làm việc của mình.</p>",
            ),
            (
                "paragraph",
                "<p>Đoàn Thanh niên Khối cho biết sẽ duy trì liên lạc với nhà trường, tiếp tục "
                "vận động nguồn lực để xây dựng một sân chơi cho học sinh trong năm học "
                "này.</p>",
            ),
        ],
    },
    {
        "section": "hoat-dong-co-so",
        "slug": "cong-doan-cong-ty-hoa-khanh-son-to-chuc-hoi-thao-trao-mai-am-cong-doan",
        "title": "Công đoàn Công ty cổ phần Thực phẩm Hòa Khánh Sơn tổ chức hội thao, trao “Mái ấm "
        "Công đoàn”",
        "sapo": "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn cơ sở "
        "Công ty đã tổ chức hội thao cho người lao động và bàn giao một ngôi nhà cho đoàn viên "
        "có hoàn cảnh khó khăn.",
        "date": "2026-10-18 19:30",
        "byline": "Quang Huy",
        "image": "cong-doan-hoi-thao",
        "body": [
            (
                "paragraph",
                "<p>Hội thao diễn ra trong ngày Chủ nhật 18/10 tại sân thể thao của Công ty, thu "
                "hút hơn 300 vận động viên đến từ 11 tổ, phân xưởng. Các nội dung thi gồm kéo "
                "co, bóng chuyền hơi nữ, nhảy bao bố và chạy tiếp sức, được chọn để công nhân ở "
                "mọi lứa tuổi đều có thể tham gia.</p>",
            ),
            ("image", {"image": "cong-doan-hoi-thao", "caption": ""}),
            ("heading", {"text": "Ngôi nhà mới cho nữ công nhân đơn thân", "level": "h2"}),
            (
                "paragraph",
                "<p>Cùng ngày, Công đoàn Công ty bàn giao “Mái ấm Công đoàn” cho chị Lường Thị "
                "Mai, công nhân tổ đóng gói, một mình nuôi hai con nhỏ. Ngôi nhà rộng 60 mét "
                "vuông, trị giá 180 triệu đồng, trong đó công đoàn cấp trên hỗ trợ 50 triệu "
                "đồng, phần còn lại do đoàn viên trong Công ty đóng góp và ngày công của thanh "
                "niên.</p>",
            ),
            (
                "paragraph",
                "<p>Chủ tịch Công đoàn Công ty cho biết, ba năm qua, đoàn viên đã góp sức làm "
                "bốn ngôi nhà như vậy. Mỗi công nhân tự nguyện góp một ngày lương mỗi năm vào "
                "quỹ tương trợ, do Ban Chấp hành Công đoàn quản lý và công khai ở bảng tin của "
                "từng phân xưởng.</p>",
            ),
            (
                "paragraph",
                "<p>Chi bộ Công ty đánh giá các hoạt động này giúp người lao động gắn bó với "
                "doanh nghiệp; tỷ lệ công nhân nghỉ việc năm nay giảm rõ so với năm trước.</p>",
            ),
        ],
    },
    {
        "section": "hoat-dong-co-so",
        "slug": "dan-van-kheo-o-cong-ty-co-khi-thanh-long-phat",
        "title": "“Dân vận khéo” trong doanh nghiệp: đối thoại mỗi quý với người lao động",
        "sapo": "Nhân Ngày truyền thống công tác dân vận của Đảng 15/10, Đảng ủy Công ty cổ phần "
        "Cơ khí Thành Long Phát sơ kết ba năm thực hiện mô hình đối thoại định kỳ giữa Ban "
        "Giám đốc và người lao động.",
        "date": "2026-10-15 14:00",
        "byline": "Đức Mạnh",
        "image": "xuong-co-khi",
        "body": [
            (
                "paragraph",
                "<p>Mô hình được Đảng ủy Công ty đăng ký từ năm 2023: mỗi quý một lần, Ban Giám "
                "đốc, Ban Chấp hành Công đoàn và đại diện các tổ sản xuất ngồi lại với nhau. Câu "
                "hỏi được thu thập trước qua hòm thư đặt ở nhà ăn và qua tổ trưởng; việc nào "
                "giải quyết được ngay thì trả lời tại chỗ, việc nào cần thời gian thì hẹn rõ "
                "ngày và công khai kết quả trên bảng tin.</p>",
            ),
            ("heading", {"text": "Từ chiếc quạt thông gió đến bữa ăn ca", "level": "h2"}),
            (
                "paragraph",
                "<p>Qua 12 cuộc đối thoại, người lao động nêu 143 ý kiến; đến nay 131 ý kiến đã "
                "được giải quyết. Có những việc nhỏ nhưng được công nhân nhắc mãi, như lắp thêm "
                "quạt hút ở xưởng hàn, tăng suất ăn ca, bố trí chỗ gửi xe có mái che. Có việc "
                "lớn hơn như điều chỉnh đơn giá tiền lương sản phẩm của tổ gia công chi tiết, "
                "đã được thống nhất sau hai lần đối thoại.</p>",
            ),
            (
                "quote",
                {
                    "text": "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.",
                    "attribution": "Chủ tịch Hồ Chí Minh",
                },
            ),
            (
                "paragraph",
                "<p>Theo Đảng ủy Công ty, điều quan trọng nhất là giữ lời hứa. Việc nào đã hẹn "
                "mà chưa làm được thì phải giải thích lý do ngay trong kỳ đối thoại sau. Nhờ "
                "vậy, ba năm qua Công ty không xảy ra tranh chấp lao động tập thể; số người lao "
                "động xin nghỉ việc giảm gần một nửa.</p>",
            ),
            (
                "paragraph",
                "<p>Ban Tuyên giáo Đảng ủy Khối đánh giá đây là cách làm có thể nhân rộng ở các "
                "doanh nghiệp sản xuất có đông công nhân, và sẽ giới thiệu mô hình tại hội nghị "
                "tổng kết công tác dân vận cuối năm.</p>",
            ),
        ],
    },
    # ---- Xây dựng Đảng -----------------------------------------------------------------
    {
        "section": "xay-dung-dang",
        "slug": "khai-giang-lop-boi-duong-nhan-thuc-ve-dang-khoa-ii-2026",
        "title": "Khai giảng lớp bồi dưỡng nhận thức về Đảng cho 126 quần chúng ưu tú",
        "sapo": "Sáng 14/9, Ban Tuyên giáo Đảng ủy Khối khai giảng lớp bồi dưỡng nhận thức về "
        "Đảng khóa II năm 2026; học viên đến từ 41 cơ quan, đơn vị và doanh nghiệp trong Khối.",
        "date": "2026-09-14 10:15",
        "byline": "Thu Trang (Ban Tuyên giáo)",
        "image": "lop-nhan-thuc",
        "body": [
            (
                "paragraph",
                "<p>Trong số 126 học viên, 74 người đang làm việc tại các doanh nghiệp, trong đó "
                "có 29 công nhân trực tiếp sản xuất; 83 học viên dưới 35 tuổi. Đây là khóa có "
                "tỷ lệ học viên từ doanh nghiệp cao nhất từ trước đến nay.</p>",
            ),
            ("heading", {"text": "Nội dung và cách học", "level": "h2"}),
            (
                "paragraph",
                "<p>Lớp học diễn ra trong 5 ngày, theo chương trình bồi dưỡng nhận thức về Đảng "
                "do Trung ương quy định, gồm các chuyên đề về Đảng Cộng sản Việt Nam, chủ nghĩa "
                "Mác – Lênin và tư tưởng Hồ Chí Minh, Điều lệ Đảng, nhiệm vụ của đảng viên. "
                "Giảng viên là cán bộ của Trường Chính trị tỉnh và báo cáo viên của Đảng ủy "
                "Khối. Để học viên làm ca có thể theo học, lớp được bố trí vào cuối tuần và "
                "buổi chiều các ngày trong tuần.</p>",
            ),
            ("image", {"image": "lop-nhan-thuc", "caption": ""}),
            (
                "paragraph",
                "<p>Kết thúc khóa học, mỗi học viên viết bài thu hoạch, liên hệ bản thân và "
                "nhiệm vụ ở đơn vị. Học viên đạt yêu cầu được cấp giấy chứng nhận, là một "
                "trong những điều kiện để chi bộ xem xét, đề nghị kết nạp vào Đảng.</p>",
            ),
            (
                "quote",
                {
                    "text": "Học để hiểu Đảng, nhưng quan trọng hơn là để mỗi người tự hỏi mình "
                    "đã sẵn sàng nhận thêm trách nhiệm với tập thể hay chưa.",
                    "attribution": "Đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo Đảng ủy Khối, "
                    "phát biểu khai giảng",
                },
            ),
            (
                "paragraph",
                "<p>Ban Tuyên giáo đề nghị cấp ủy cơ sở tiếp tục theo dõi, giúp đỡ học viên "
                "sau khóa học và hoàn thiện hồ sơ kết nạp cho những quần chúng đủ điều "
                "kiện.</p>",
            ),
        ],
    },
    {
        "section": "xay-dung-dang",
        "slug": "be-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi",
        "title": "Bế giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        "sapo": "98 đảng viên dự bị đã hoàn thành chương trình bồi dưỡng lý luận chính trị dành "
        "cho đảng viên mới; 100% học viên đạt yêu cầu, 61% đạt loại khá, giỏi.",
        "date": "2026-11-06 16:00",
        "byline": "Thu Trang (Ban Tuyên giáo)",
        "image": "lop-dang-vien-moi",
        "body": [
            (
                "paragraph",
                "<p>Lớp học kéo dài 8 ngày, bắt đầu từ cuối tháng 10. Học viên là những đảng "
                "viên được kết nạp trong sáu tháng đầu năm 2026 ở các tổ chức cơ sở đảng trong "
                "Khối.</p>",
            ),
            ("heading", {"text": "Học để làm tròn bổn phận người đảng viên", "level": "h2"}),
            (
                "paragraph",
                "<p>Chương trình giúp đảng viên mới hiểu sâu hơn về lịch sử, truyền thống của "
                "Đảng, Điều lệ Đảng, nhiệm vụ và quyền của đảng viên, những điều đảng viên "
                "không được làm theo Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương, cách "
                "tham gia sinh hoạt chi bộ và thực hiện tự phê bình, phê bình.</p>",
            ),
            ("image", {"image": "lop-dang-vien-moi", "caption": ""}),
            (
                "paragraph",
                "<p>Điểm mới của khóa này là phần thảo luận tình huống. Học viên chia nhóm, xử "
                "lý những tình huống thường gặp ở cơ sở như góp ý với cấp trên trong sinh hoạt "
                "chi bộ, ứng xử khi được mời tham gia nhóm trên mạng xã hội có nội dung sai "
                "trái, hay cân đối giữa việc gia đình với nhiệm vụ được chi bộ phân công.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Kết quả", "Số học viên", "Tỷ lệ"],
                        ["Giỏi", "17", "17,3%"],
                        ["Khá", "43", "43,9%"],
                        ["Đạt yêu cầu", "38", "38,8%"],
                        ["Tổng cộng", "98", "100%"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Kết quả học tập của lớp",
                },
            ),
            (
                "paragraph",
                "<p>Kết quả học tập được gửi về chi bộ, là một căn cứ để chi bộ xem xét công "
                "nhận đảng viên chính thức khi hết thời gian dự bị.</p>",
            ),
        ],
    },
    {
        "section": "xay-dung-dang",
        "slug": "uy-ban-kiem-tra-hoan-thanh-giam-sat-chuyen-de-tai-8-to-chuc-dang",
        "title": "Ủy ban Kiểm tra Đảng ủy Khối hoàn thành giám sát chuyên đề tại 8 tổ chức đảng",
        "sapo": "Chương trình giám sát chuyên đề năm 2026 tập trung vào việc lãnh đạo thực hiện "
        "quy chế làm việc, sinh hoạt chi bộ và quản lý, sử dụng đảng phí; qua giám sát chưa "
        "phát hiện dấu hiệu vi phạm phải chuyển sang kiểm tra.",
        "date": "2026-10-28 09:40",
        "byline": "Văn Tiến (Cơ quan Ủy ban Kiểm tra)",
        "image": "kiem-tra-giam-sat",
        "body": [
            (
                "paragraph",
                "<p>Ngày 27/10, Ủy ban Kiểm tra Đảng ủy Khối thông báo kết quả giám sát tại tổ "
                "chức đảng cuối cùng trong chương trình năm, hoàn thành kế hoạch trước hơn một "
                "tháng. Tám tổ chức đảng được giám sát gồm 3 đảng bộ ở cơ quan hành chính, 2 ở "
                "đơn vị sự nghiệp và 3 ở doanh nghiệp.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Nội dung giám sát", "Số tổ chức đảng", "Nhận xét chung"],
                        [
                            "Thực hiện quy chế làm việc của cấp ủy",
                            "8",
                            "Có quy chế; 2 nơi chưa bổ sung kịp khi thay đổi nhân sự",
                        ],
                        [
                            "Chất lượng sinh hoạt chi bộ",
                            "8",
                            "Duy trì đều; một số biên bản ghi còn sơ sài",
                        ],
                        [
                            "Thu, nộp, quản lý, sử dụng đảng phí",
                            "5",
                            "Đúng quy định; 1 nơi nộp lên cấp trên chậm",
                        ],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Kết quả giám sát chuyên đề năm 2026",
                },
            ),
            (
                "paragraph",
                "<p>Mỗi đoàn giám sát do một Ủy viên Ủy ban Kiểm tra làm trưởng đoàn, làm việc "
                "trực tiếp tại cơ sở từ ba đến năm ngày. Đoàn nghiên cứu nghị quyết, biên bản "
                "sinh hoạt, sổ thu đảng phí, trao đổi với cấp ủy viên và lấy ý kiến một số đảng "
                "viên trước khi dự thảo thông báo kết quả.</p>",
            ),
            ("heading", {"text": "Giám sát để phòng ngừa", "level": "h2"}),
            (
                "paragraph",
                "<p>Qua giám sát, Ủy ban Kiểm tra ghi nhận các tổ chức đảng đều chấp hành "
                "nghiêm nguyên tắc tập trung dân chủ, không phát hiện dấu hiệu vi phạm đến mức "
                "phải chuyển sang kiểm tra. Những thiếu sót được chỉ ra cụ thể để tổ chức đảng "
                "khắc phục ngay, báo cáo kết quả bằng văn bản trong vòng 30 ngày.</p>",
            ),
            ("image", {"image": "kiem-tra-giam-sat", "caption": ""}),
            (
                "quote",
                {
                    "text": "Giám sát không phải để tìm lỗi, mà để nhắc nhau sửa sớm từ những "
                    "việc nhỏ, trước khi thành khuyết điểm lớn.",
                    "attribution": "Đồng chí Trịnh Xuân Lộc, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy "
                    "Khối",
                },
            ),
            (
                "paragraph",
                "<p>Từ nay đến cuối năm, Ủy ban Kiểm tra sẽ hướng dẫn cấp ủy cơ sở tự kiểm tra "
                "việc thu, nộp đảng phí và chuẩn bị xây dựng chương trình kiểm tra, giám sát "
                "năm 2027.</p>",
            ),
        ],
    },
    {
        "section": "xay-dung-dang",
        "slug": "dang-bo-khoi-ket-nap-437-dang-vien-moi-trong-10-thang",
        "title": "Đảng bộ Khối kết nạp 437 đảng viên mới trong 10 tháng năm 2026",
        "sapo": "Tính đến hết tháng 10, toàn Đảng bộ Khối đã kết nạp 437 đảng viên, đạt 84% kế "
        "hoạch năm; số đảng viên mới ở doanh nghiệp ngoài khu vực nhà nước tăng so với cùng kỳ.",
        "date": "2026-11-12 08:30",
        "byline": "Thanh Bình (Ban Tổ chức)",
        "image": "le-ket-nap",
        "body": [
            (
                "paragraph",
                "<p>Theo Ban Tổ chức Đảng ủy Khối, kế hoạch năm 2026 là kết nạp 520 đảng viên. "
                "Sau 10 tháng, nhiều tổ chức cơ sở đảng đã hoàn thành và vượt chỉ tiêu; một số "
                "doanh nghiệp lần đầu có đảng viên mới sau nhiều năm.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Loại hình tổ chức cơ sở đảng", "Số đảng viên kết nạp"],
                        ["Cơ quan hành chính", "112"],
                        ["Đơn vị sự nghiệp", "98"],
                        ["Doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước", "131"],
                        ["Doanh nghiệp ngoài khu vực nhà nước", "96"],
                        ["Tổng cộng", "437"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Kết quả kết nạp đảng viên 10 tháng năm 2026",
                },
            ),
            (
                "paragraph",
                "<p>Đội ngũ đảng viên mới khá trẻ: 81% dưới 35 tuổi, hơn một nửa là nữ; phần lớn "
                "có trình độ cao đẳng, đại học trở lên. Nhiều người là tổ trưởng sản xuất, kỹ "
                "sư, bác sĩ, giáo viên được đồng nghiệp tín nhiệm.</p>",
            ),
            ("heading", {"text": "Cách làm ở doanh nghiệp tư nhân", "level": "h2"}),
            (
                "paragraph",
                "<p>Ở khu vực doanh nghiệp ngoài nhà nước, việc tạo nguồn gặp nhiều khó khăn do "
                "lao động thay đổi thường xuyên và quần chúng ít có điều kiện học tập. Các chi "
                "bộ đã chủ động đề xuất mở lớp bồi dưỡng nhận thức về Đảng vào cuối tuần, giao "
                "đảng viên kèm cặp quần chúng ngay tại tổ sản xuất và phối hợp với chủ doanh "
                "nghiệp để quần chúng ưu tú được bố trí thời gian học.</p>",
            ),
            (
                "paragraph",
                "<p>Việc thẩm định hồ sơ được thực hiện chặt chẽ. Trong năm, Ban Tổ chức đã trả "
                "lại 14 bộ hồ sơ để bổ sung lý lịch hoặc ý kiến của chi ủy nơi cư trú, bảo đảm "
                "không chạy theo số lượng.</p>",
            ),
            (
                "callout",
                {
                    "title": "Hai tháng cuối năm",
                    "text": "<p>Để hoàn thành kế hoạch, các tổ chức cơ sở đảng cần gửi hồ sơ đề "
                    "nghị kết nạp về Ban Tổ chức Đảng ủy Khối trước ngày 15/12/2026.</p>",
                },
            ),
        ],
    },
    # ---- Học tập và làm theo Bác --------------------------------------------------------
    {
        "section": "hoc-tap-va-lam-theo-bac",
        "slug": "bieu-duong-36-tap-the-ca-nhan-dien-hinh-hoc-tap-va-lam-theo-bac",
        "title": "Biểu dương 36 tập thể, cá nhân điển hình trong học tập và làm theo Bác",
        "sapo": "Ban Thường vụ Đảng ủy Khối tặng giấy khen cho 12 tập thể và 24 cá nhân có cách "
        "làm hay, việc làm cụ thể trong thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        "date": "2026-09-25 17:00",
        "byline": "Thu Trang (Ban Tuyên giáo)",
        "image": "trao-khen-thuong",
        "body": [
            (
                "paragraph",
                "<p>Các điển hình được lựa chọn từ đề xuất của 183 tổ chức cơ sở đảng, qua thẩm "
                "định của Ban Tuyên giáo. Tiêu chí đặt lên hàng đầu là kết quả đo đếm được: "
                "thời gian giải quyết công việc rút ngắn bao nhiêu, tiết kiệm được bao nhiêu chi "
                "phí, người dân và người lao động được lợi gì.</p>",
            ),
            ("heading", {"text": "Những việc làm cụ thể", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Chi bộ phòng tiếp nhận hồ sơ của một cơ quan cấp tỉnh công khai số điện "
                "thoại của từng cán bộ, cam kết trả lời mọi cuộc gọi của người dân trong ngày "
                "làm việc.</li>"
                "<li>Một nhóm kỹ sư trẻ ở Công ty cổ phần Cơ khí Thành Long Phát cải tiến lò "
                "sấy, giảm gần một phần năm lượng điện tiêu thụ.</li>"
                "<li>Chi bộ Bệnh viện Đa khoa Hạc Thành duy trì đội y tế lưu động khám miễn phí "
                "cho người cao tuổi ở các xã khó khăn mỗi quý một lần.</li>"
                "<li>Đảng viên là kế toán một doanh nghiệp vận tải trả lại hơn 80 triệu đồng "
                "khách hàng chuyển nhầm vào tài khoản công ty.</li>"
                "</ul>",
            ),
            ("image", {"image": "trao-khen-thuong", "caption": ""}),
            (
                "quote",
                {
                    "text": "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên "
                    "truyền.",
                    "attribution": "Chủ tịch Hồ Chí Minh",
                },
            ),
            (
                "paragraph",
                "<p>Phát biểu tại buổi biểu dương, đồng chí Lại Thị Thu Hương, Phó Bí thư "
                "Thường trực Đảng ủy Khối, đề nghị các cấp ủy không chỉ khen thưởng mà còn tạo "
                "điều kiện để các điển hình chia sẻ cách làm, giúp việc tốt lan ra thành nếp "
                "chung của cả đơn vị.</p>",
            ),
            (
                "paragraph",
                "<p>Trang thông tin điện tử của Đảng ủy Khối sẽ lần lượt giới thiệu các điển "
                "hình trong chuyên mục này từ nay đến cuối năm.</p>",
            ),
        ],
    },
    {
        "section": "hoc-tap-va-lam-theo-bac",
        "slug": "ky-su-tre-va-nhung-sang-kien-tiet-kiem-dien-o-phan-xuong",
        "title": "Kỹ sư trẻ và những sáng kiến tiết kiệm điện ở phân xưởng",
        "sapo": "Đảng viên Đặng Quốc Huy, kỹ sư Công ty cổ phần Cơ khí Thành Long Phát, cùng "
        "nhóm đồng nghiệp đã cải tiến dây chuyền sấy sơn, giúp Công ty tiết kiệm khoảng 600 "
        "triệu đồng tiền điện mỗi năm.",
        "date": "2026-10-21 09:00",
        "byline": "Đức Mạnh",
        "image": "xuong-co-khi",
        "body": [
            (
                "paragraph",
                "<p>Vào Công ty năm 2019 sau khi tốt nghiệp đại học ngành kỹ thuật nhiệt, Đặng "
                "Quốc Huy nhận thấy lò sấy sơn tĩnh điện của phân xưởng số 2 tiêu tốn nhiều "
                "điện năng: nhiệt thoát ra ngoài qua cửa lò và đường ống, trong khi sản phẩm "
                "phải chờ nhau nên lò thường chạy non tải.</p>",
            ),
            ("heading", {"text": "Từ một câu hỏi trong buổi sinh hoạt chi bộ", "level": "h2"}),
            (
                "paragraph",
                "<p>Năm 2024, khi chi bộ sinh hoạt chuyên đề về thực hành tiết kiệm theo tấm "
                "gương của Bác, Huy đề xuất nghiên cứu lại lò sấy. Chi bộ giao anh chủ trì, "
                "cùng ba đồng nghiệp ở tổ cơ điện. Sau gần một năm thử nghiệm ngoài giờ, nhóm "
                "đã bọc lại lớp cách nhiệt, lắp rèm gió ở cửa lò, tận dụng khí nóng thải để sấy "
                "sơ bộ và sắp xếp lại lịch đưa sản phẩm vào lò cho đủ tải.</p>",
            ),
            ("image", {"image": "xuong-co-khi", "caption": ""}),
            (
                "paragraph",
                "<p>Kết quả đo đếm trong sáu tháng cho thấy điện năng tiêu thụ của lò giảm "
                "khoảng 18%, thời gian sấy mỗi mẻ rút ngắn 7 phút. Sáng kiến được Hội đồng sáng "
                "kiến của Công ty công nhận và đang được áp dụng cho lò sấy thứ hai.</p>",
            ),
            (
                "quote",
                {
                    "text": "Trời có bốn mùa: Xuân, Hạ, Thu, Đông. Đất có bốn phương: Đông, Tây, "
                    "Nam, Bắc. Người có bốn đức: Cần, Kiệm, Liêm, Chính. Thiếu một mùa, thì "
                    "không thành trời. Thiếu một phương, thì không thành đất. Thiếu một đức, "
                    "thì không thành người.",
                    "attribution": "Chủ tịch Hồ Chí Minh, “Cần, kiệm, liêm, chính” (1949)",
                },
            ),
            (
                "paragraph",
                "<p>Nói về việc làm của mình, Huy cho rằng tiết kiệm ở nhà máy không phải là "
                "khẩu hiệu mà là những con số trên công tơ điện mỗi tháng. Anh đang cùng tổ cơ "
                "điện lập danh sách các thiết bị cũ để đề xuất thay thế dần bằng loại tiết kiệm "
                "năng lượng.</p>",
            ),
        ],
    },
    {
        "section": "hoc-tap-va-lam-theo-bac",
        "slug": "lang-nghe-dan-noi-o-cong-ty-moi-truong-do-thi-hac-thanh",
        "title": "“Lắng nghe dân nói” ở một doanh nghiệp môi trường đô thị",
        "sapo": "Từ lời dạy của Bác về trọng dân, gần dân, Chi bộ Công ty TNHH Một thành viên "
        "Môi trường Đô thị Hạc Thành đã lập đường dây tiếp nhận phản ánh của người dân và cam "
        "kết xử lý trong 24 giờ.",
        "date": "2026-11-19 15:10",
        "byline": "Minh Anh",
        "image": "hoc-tap-lam-theo-bac",
        "body": [
            (
                "paragraph",
                "<p>Công ty có hơn 400 công nhân thu gom rác, chăm sóc cây xanh trên địa bàn "
                "nhiều phường. Trước đây, phản ánh của người dân về rác tồn đọng, cây gãy đổ "
                "thường đi qua nhiều khâu trung gian, có khi mất vài ngày mới đến được tổ sản "
                "xuất.</p>",
            ),
            ("heading", {"text": "Một số điện thoại, một cam kết", "level": "h2"}),
            (
                "paragraph",
                "<p>Năm 2025, chi bộ đề xuất với Ban Giám đốc lập một số điện thoại tiếp nhận "
                "phản ánh, có đảng viên trực từ 6 giờ sáng đến 10 giờ tối. Mỗi phản ánh được ghi "
                "vào sổ theo dõi, chuyển ngay cho tổ trưởng khu vực; sau khi xử lý, tổ chụp ảnh "
                "hiện trường và gọi lại cho người phản ánh.</p>",
            ),
            (
                "paragraph",
                "<p>Mười tháng năm 2026, đường dây tiếp nhận 1.862 phản ánh, trong đó 96% được "
                "xử lý trong vòng 24 giờ. Những phản ánh lặp lại ở cùng một điểm được tổng hợp "
                "để điều chỉnh lịch thu gom hoặc đặt thêm thùng rác.</p>",
            ),
            ("image", {"image": "hoc-tap-lam-theo-bac", "caption": ""}),
            (
                "quote",
                {
                    "text": "Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại đến "
                    "dân, ta phải hết sức tránh.",
                    "attribution": "Chủ tịch Hồ Chí Minh",
                },
            ),
            (
                "paragraph",
                "<p>Theo Bí thư Chi bộ, cái được lớn nhất không chỉ là đường phố sạch hơn mà là "
                "công nhân thấy công việc của mình được người dân ghi nhận. Nhiều cuộc gọi đến "
                "không phải để phản ánh mà để cảm ơn.</p>",
            ),
        ],
    },
    # ---- Chuyển đổi số -----------------------------------------------------------------
    {
        "section": "chuyen-doi-so",
        "slug": "so-hoa-hon-48-000-trang-ho-so-van-ban-luu-tru",
        "title": "Số hóa hơn 48.000 trang hồ sơ, văn bản lưu trữ của Đảng ủy Khối",
        "sapo": "Văn phòng Đảng ủy Khối đã hoàn thành số hóa ba phông lưu trữ, gồm tài liệu của "
        "hai đảng bộ khối trước khi hợp nhất và của Đảng bộ Khối từ năm 2020 đến nay.",
        "date": "2026-09-10 09:00",
        "byline": "Lê Quang Vinh (Văn phòng)",
        "image": "so-hoa-van-ban",
        "body": [
            (
                "paragraph",
                "<p>Việc số hóa được triển khai từ tháng 3/2026 theo kế hoạch của Ban Thường vụ "
                "Đảng ủy Khối. Mỗi văn bản sau khi quét được nhập đủ các thông tin: số, ký "
                "hiệu, loại văn bản, cơ quan ban hành, ngày ban hành, người ký, trích yếu và độ "
                "mật, để có thể tìm kiếm theo bất kỳ trường nào.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Phông lưu trữ", "Thời gian", "Số trang đã số hóa"],
                        ["Đảng bộ Khối các Cơ quan tỉnh", "Đến tháng 02/2020", "17.420"],
                        ["Đảng bộ Khối Doanh nghiệp tỉnh", "Đến tháng 02/2020", "13.965"],
                        ["Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "Từ 28/02/2020", "16.870"],
                        ["Tổng cộng", "", "48.255"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Kết quả số hóa tài liệu lưu trữ",
                },
            ),
            ("heading", {"text": "Tra cứu nhanh, bảo mật chặt", "level": "h2"}),
            (
                "paragraph",
                "<p>Với văn bản của Đảng, số và ký hiệu được đánh lại từ đầu theo từng loại "
                "trong mỗi nhiệm kỳ, nên cùng một ký hiệu có thể lặp lại. Vì vậy, hệ thống luôn "
                "xác định văn bản bằng đủ ba yếu tố: số ký hiệu, cơ quan ban hành và ngày ban "
                "hành. Tên cơ quan ban hành cũ của hai đảng bộ khối được giữ nguyên để tra cứu "
                "tài liệu lịch sử.</p>",
            ),
            (
                "paragraph",
                "<p>Tài liệu có độ mật được lưu trên hệ thống riêng, không kết nối mạng, và chỉ "
                "người được phân quyền mới truy cập. Những văn bản được phép công khai sẽ lần "
                "lượt đưa lên mục Văn bản của Trang thông tin điện tử, kèm tệp để tải về.</p>",
            ),
            ("image", {"image": "so-hoa-van-ban", "caption": ""}),
            (
                "paragraph",
                "<p>Trong năm 2027, Văn phòng sẽ hướng dẫn các đảng bộ cơ sở số hóa hồ sơ, văn "
                "bản của mình theo cùng một cách mô tả để việc tra cứu trong toàn Đảng bộ Khối "
                "được thống nhất.</p>",
            ),
        ],
    },
    {
        "section": "chuyen-doi-so",
        "slug": "so-tay-dang-vien-dien-tu-93-phan-tram-dang-vien-da-kich-hoat",
        "title": "Sổ tay đảng viên điện tử: 93% đảng viên trong Khối đã kích hoạt tài khoản",
        "sapo": "Nhân Ngày Chuyển đổi số quốc gia 10/10, Văn phòng Đảng ủy Khối điểm lại kết quả "
        "sử dụng Sổ tay đảng viên điện tử và những lưu ý để ứng dụng được dùng hiệu quả, an toàn.",
        "date": "2026-10-10 08:00",
        "byline": "Lê Quang Vinh (Văn phòng)",
        "image": "so-tay-dang-vien",
        "body": [
            (
                "paragraph",
                "<p>Đến ngày 30/9/2026, hơn 14.300 đảng viên trong Đảng bộ Khối đã kích hoạt tài "
                "khoản Sổ tay đảng viên điện tử, đạt 93,2%. Tỷ lệ ở khối cơ quan gần như tuyệt "
                "đối; ở doanh nghiệp, nhất là với đảng viên lớn tuổi hoặc làm việc theo ca, "
                "tỷ lệ thấp hơn.</p>",
            ),
            ("heading", {"text": "Chi bộ nhận tài liệu trước khi họp", "level": "h2"}),
            (
                "paragraph",
                "<p>Tiện ích được dùng nhiều nhất là nhận tài liệu sinh hoạt chi bộ hằng tháng "
                "và thông báo của cấp ủy. Nhiều chi bộ gửi dự thảo nghị quyết trước ba ngày để "
                "đảng viên đọc và chuẩn bị ý kiến, nhờ đó buổi sinh hoạt ngắn gọn và có nhiều "
                "thảo luận hơn. Đảng viên cũng có thể tra cứu Điều lệ Đảng, các quy định, hướng "
                "dẫn mới ngay trên điện thoại.</p>",
            ),
            ("image", {"image": "so-tay-dang-vien", "caption": ""}),
            (
                "paragraph",
                "<p>Ở Chi bộ phân xưởng nung Công ty cổ phần Vật liệu xây dựng Đông Phú Lâm, "
                "các đảng viên làm ca đêm đọc tài liệu trên ứng dụng rồi gửi ý kiến cho bí thư "
                "chi bộ khi không thể dự họp. Những ý kiến này được đọc tại buổi sinh hoạt và "
                "ghi vào biên bản.</p>",
            ),
            (
                "callout",
                {
                    "title": "Lưu ý bảo mật",
                    "text": "<ul><li>Không chia sẻ tài khoản, mật khẩu cho người khác, kể cả người "
                    "thân.</li><li>Không chụp màn hình, chuyển tiếp tài liệu nội bộ sang mạng xã "
                    "hội.</li><li>Không lưu, soạn thảo tài liệu có độ mật trên điện thoại."
                    "</li><li>Khi mất điện thoại, báo ngay cho bí thư chi bộ và Văn phòng Đảng "
                    "ủy Khối để khóa tài khoản.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Từ nay đến cuối năm, Văn phòng phối hợp với Đoàn Thanh niên Khối tổ chức các "
                "buổi hướng dẫn trực tiếp tại doanh nghiệp, mỗi chi bộ cử một đoàn viên hỗ trợ "
                "các đảng viên lớn tuổi cài đặt và sử dụng.</p>",
            ),
        ],
    },
    {
        "section": "chuyen-doi-so",
        "slug": "trang-thong-tin-dien-tu-dang-uy-khoi-van-hanh-giao-dien-moi",
        "title": "Trang thông tin điện tử Đảng ủy Khối vận hành giao diện mới",
        "sapo": "Từ ngày 2/11/2026, Trang thông tin điện tử của Đảng ủy Khối chính thức chạy "
        "giao diện mới: dễ đọc trên điện thoại, tra cứu văn bản theo số ký hiệu, có trang "
        "tiếng Anh và danh sách cán bộ đầu mối liên hệ.",
        "date": "2026-11-02 07:30",
        "byline": "Nguyễn Thị Thanh Tâm (Ban biên tập)",
        "image": "trang-thong-tin",
        "body": [
            (
                "paragraph",
                "<p>Việc nâng cấp thực hiện các kiến nghị đã được nêu từ năm 2021 và bám sát "
                "Nghị định số 42/2022/NĐ-CP của Chính phủ về cung cấp thông tin và dịch vụ công "
                "trực tuyến của cơ quan nhà nước trên môi trường mạng, cùng Thông tư số "
                "22/2023/TT-BTTTT quy định về cấu trúc và yêu cầu kỹ thuật của trang thông tin "
                "điện tử.</p>",
            ),
            ("heading", {"text": "Những điểm mới", "level": "h2"}),
            (
                "paragraph",
                "<ul>"
                "<li>Mục Văn bản cho phép tìm theo số, ký hiệu, loại văn bản, cơ quan ban hành, "
                "khoảng thời gian và cụm từ trong trích yếu; mỗi văn bản có tệp để tải về.</li>"
                "<li>Mọi bài viết đều có chức năng in và lưu; ô tìm kiếm tìm trên toàn bộ nội "
                "dung tin, bài.</li>"
                '<li><a href="/english/">Trang tiếng Anh</a> giới thiệu cơ cấu tổ chức, chức '
                "năng, nhiệm vụ và đầu mối liên hệ của Đảng ủy Khối.</li>"
                '<li>Trang <a href="/lien-he/">Liên hệ</a> nêu họ tên, chức vụ, số điện thoại '
                "và thư điện tử công vụ của cán bộ đầu mối.</li>"
                "<li>Mọi ảnh đều có lời mô tả để người khiếm thị dùng phần mềm đọc màn hình vẫn "
                "nắm được nội dung.</li>"
                "</ul>",
            ),
            ("image", {"image": "trang-thong-tin", "caption": ""}),
            (
                "paragraph",
                "<p>Giao diện mới tự điều chỉnh theo kích thước màn hình, chữ lớn và rõ hơn, "
                "các chuyên mục được sắp xếp lại theo thói quen đọc của cán bộ, đảng viên. Trang "
                "chủ ưu tiên tin mới nhất của Đảng ủy Khối và của cơ sở.</p>",
            ),
            (
                "paragraph",
                "<p>Ban biên tập mong nhận được ý kiến góp ý của bạn đọc về giao diện mới và "
                "tiếp tục đón nhận tin, bài của cộng tác viên gửi về địa chỉ "
                "bbt@dukhoi.example.vn.</p>",
            ),
        ],
    },
    # ---- Nghiên cứu – Trao đổi ---------------------------------------------------------
    {
        "section": "nghien-cuu-trao-doi",
        "slug": "de-sinh-hoat-chi-bo-khong-con-don-dieu-hinh-thuc",
        "title": "Để sinh hoạt chi bộ không còn đơn điệu, hình thức",
        "sapo": "Sinh hoạt chi bộ là nơi mỗi đảng viên được rèn luyện thường xuyên nhất. Bài viết "
        "nhận diện những biểu hiện hình thức còn gặp trong Đảng bộ Khối và gợi ý một số cách "
        "làm từ thực tiễn các chi bộ cơ quan, doanh nghiệp.",
        "date": "2026-11-17 08:00",
        "byline": "ThS. Hoàng Thị Lan Anh (Ban Tổ chức Đảng ủy Khối)",
        "image": "sinh-hoat-chi-bo",
        "body": [
            (
                "paragraph",
                "<p>Chi bộ là tổ chức gần đảng viên nhất, là nơi nghị quyết của Đảng được biến "
                "thành việc làm cụ thể. Chỉ thị số 10-CT/TW của Ban Bí thư khóa X về nâng cao "
                "chất lượng sinh hoạt chi bộ và các hướng dẫn của Ban Tổ chức Trung ương đã xác "
                "định rõ: chi bộ sinh hoạt thường kỳ mỗi tháng một lần, sinh hoạt chuyên đề ít "
                "nhất mỗi quý một lần. Việc duy trì đủ số buổi ở Đảng bộ Khối đã thành nền nếp; "
                "điều còn phải bàn là chất lượng của từng buổi sinh hoạt.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chi bộ là nền móng của Đảng, chi bộ tốt thì mọi việc sẽ tốt.",
                    "attribution": "Chủ tịch Hồ Chí Minh",
                },
            ),
            ("heading", {"text": "Những biểu hiện hình thức", "level": "h2"}),
            (
                "paragraph",
                "<p>Qua giám sát và dự sinh hoạt tại nhiều chi bộ trong năm 2026, có thể thấy "
                "một số biểu hiện lặp lại:</p>",
            ),
            (
                "paragraph",
                "<ul>"
                "<li>Buổi sinh hoạt giống một cuộc họp giao ban chuyên môn, nặng về báo cáo "
                "công việc, nhẹ về lãnh đạo và giáo dục đảng viên.</li>"
                "<li>Nội dung dàn trải, tháng nào cũng như tháng nào; nghị quyết chung chung, "
                "khó kiểm tra.</li>"
                "<li>Tự phê bình và phê bình còn né tránh; ý kiến phát biểu tập trung vào một "
                "vài người.</li>"
                "<li>Chuyên đề chọn theo gợi ý chung, chưa xuất phát từ vấn đề của đơn vị.</li>"
                "<li>Ở doanh nghiệp làm ca, nhiều đảng viên vắng mặt; biên bản ghi sơ sài.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Nguyên nhân", "level": "h2"}),
            (
                "paragraph",
                "<p>Nguyên nhân trước hết thuộc về khâu chuẩn bị. Không ít bí thư chi bộ đồng "
                "thời là thủ trưởng đơn vị, quỹ thời gian hạn hẹp, nên nội dung sinh hoạt chỉ "
                "được chuẩn bị vội trước buổi họp. Một bộ phận đảng viên còn ngại va chạm, coi "
                "sinh hoạt chi bộ là thủ tục. Ở doanh nghiệp ngoài khu vực nhà nước, chi bộ "
                "phụ thuộc nhiều vào sự ủng hộ của chủ doanh nghiệp về thời gian và địa điểm.</p>",
            ),
            ("image", {"image": "sinh-hoat-chi-bo", "caption": ""}),
            ("heading", {"text": "Một số giải pháp", "level": "h2"}),
            ("heading", {"text": "Chuẩn bị kỹ và gửi tài liệu trước", "level": "h3"}),
            (
                "paragraph",
                "<p>Chi ủy, bí thư chi bộ cần họp trước để thống nhất nội dung, dự thảo nghị "
                "quyết và gửi cho đảng viên ít nhất hai, ba ngày qua Sổ tay đảng viên điện tử. "
                "Khi đảng viên đã đọc trước, thời gian họp dành cho thảo luận thay vì nghe đọc "
                "báo cáo.</p>",
            ),
            ("heading", {"text": "Chọn chuyên đề từ chính vấn đề của đơn vị", "level": "h3"}),
            (
                "paragraph",
                "<p>Chuyên đề tốt nhất là chuyên đề trả lời một câu hỏi thật của cơ quan, doanh "
                "nghiệp: vì sao hồ sơ còn trễ hẹn, làm sao giảm tai nạn lao động, làm gì để giữ "
                "chân công nhân lành nghề. Chi bộ phân công đảng viên chuẩn bị tham luận và theo "
                "dõi việc thực hiện kết luận ở các buổi sau.</p>",
            ),
            ("heading", {"text": "Linh hoạt với chi bộ doanh nghiệp", "level": "h3"}),
            (
                "paragraph",
                "<p>Với chi bộ làm ca, có thể cố định một khung giờ giao ca trong tháng, chia "
                "nội dung thành phần chung và phần theo nhóm, cho phép đảng viên vắng mặt có lý "
                "do gửi ý kiến bằng văn bản. Sinh hoạt trực tuyến chỉ là hỗ trợ, không thay thế "
                "sinh hoạt trực tiếp.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Phần", "Nội dung chính", "Thời lượng gợi ý"],
                        ["Mở đầu", "Điểm danh, thông qua chương trình", "5 phút"],
                        ["Thông tin", "Thời sự, văn bản mới cần quán triệt", "15 phút"],
                        [
                            "Đánh giá",
                            "Kết quả thực hiện nghị quyết tháng trước, việc chưa làm được",
                            "20 phút",
                        ],
                        ["Thảo luận", "Một hoặc hai vấn đề trọng tâm của đơn vị", "40 phút"],
                        ["Kết luận", "Thông qua nghị quyết, phân công người thực hiện", "10 phút"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Gợi ý cấu trúc một buổi sinh hoạt chi bộ thường kỳ",
                },
            ),
            (
                "callout",
                {
                    "title": "Năm câu hỏi chi bộ nên tự đặt ra sau mỗi buổi sinh hoạt",
                    "text": "<ul><li>Nghị quyết có việc nào đo đếm được không?</li><li>Việc giao "
                    "đã có người và thời hạn chưa?</li><li>Có bao nhiêu đảng viên phát biểu?</li>"
                    "<li>Có ý kiến phê bình nào được nêu thẳng thắn không?</li><li>Đảng viên "
                    "vắng mặt đã được thông báo kết quả chưa?</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Nâng cao chất lượng sinh hoạt chi bộ không có công thức chung cho mọi nơi. "
                "Nhưng khi mỗi buổi sinh hoạt để lại một vài việc cụ thể được làm đến nơi đến "
                "chốn, đảng viên sẽ thấy sinh hoạt chi bộ là cần thiết chứ không phải là nghĩa "
                "vụ.</p>",
            ),
        ],
    },
    {
        "section": "nghien-cuu-trao-doi",
        "slug": "mot-so-giai-phap-nang-cao-chat-luong-trang-thong-tin-dien-tu",
        "title": "Một số giải pháp nâng cao chất lượng hoạt động Trang thông tin điện tử của "
        "Đảng ủy Khối",
        "sapo": "Đọc lại báo cáo chuyên đề mà Chi bộ Văn phòng Đảng ủy Khối thảo luận trong quý "
        "IV năm 2021: trang thông tin điện tử khi ấy đã làm được gì, còn vướng ở đâu, và những "
        "giải pháp nào vẫn còn nguyên giá trị với việc vận hành trang hôm nay.",
        "date": "2026-11-24 08:30",
        "byline": "Trần Thị Minh Phương (Chi bộ Văn phòng Đảng ủy Khối)",
        "image": "trang-thong-tin",
        "body": [
            (
                "paragraph",
                "<p>Cuối năm 2021, Chi bộ Văn phòng Đảng ủy Khối chọn chất lượng hoạt động của "
                "Trang thông tin điện tử làm nội dung sinh hoạt chuyên đề quý IV. Tài liệu chuẩn "
                "bị cho buổi sinh hoạt không dài nhưng thẳng thắn, có số liệu cụ thể. Nay trang "
                "vừa chuyển sang giao diện mới, đọc lại tài liệu ấy giúp chúng ta nhìn rõ chặng "
                "đường đã qua và những việc còn phải làm tiếp.</p>",
            ),
            (
                "heading",
                {"text": "Vai trò của trang trong hoạt động của Đảng ủy Khối", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Báo cáo xác định trang là kênh thông tin chính thức, công khai của Đảng ủy "
                "Khối trên mạng, hoạt động theo đúng chức năng, nhiệm vụ của Đảng ủy Khối và "
                "các quy định của Đảng, Nhà nước. Theo đó, trang gánh ba việc:</p>",
            ),
            (
                "paragraph",
                "<ul>"
                "<li>Thông tin: đưa kịp thời và chính xác đến bạn đọc những định hướng của "
                "Đảng, những quy định mới của Nhà nước, các hướng dẫn về xây dựng Đảng của Tỉnh "
                "ủy và Đảng ủy Khối, cùng tin tức từ các tổ chức cơ sở đảng, đoàn thể trong "
                "Khối.</li>"
                "<li>Tuyên truyền: giới thiệu, giải thích các văn bản về xây dựng Đảng và những "
                "chính sách, pháp luật vừa có hiệu lực.</li>"
                "<li>Phục vụ điều hành: là một kênh để Ban Chấp hành, Ban Thường vụ Đảng ủy Khối "
                "trao đổi thông tin khi lãnh đạo, chỉ đạo cơ sở.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<p>Báo cáo cũng đánh giá trang đã phục vụ tốt Thường trực và Ban Thường vụ "
                "trong lãnh đạo, chỉ đạo, điều hành, đồng thời góp phần hình thành nếp làm việc "
                "trên môi trường số trong Đảng bộ Khối, điều còn khá mới ở thời điểm năm "
                "2021.</p>",
            ),
            ("heading", {"text": "Căn cứ pháp lý: cần cập nhật", "level": "h2"}),
            (
                "paragraph",
                "<p>Để đánh giá kết quả, báo cáo năm 2021 lấy bốn căn cứ: định hướng chuyển "
                "đổi số trong Nghị quyết Đại hội XIII của Đảng; Kế hoạch số 106-KH/TU ngày "
                "22/6/2015 của Ban Thường vụ Tỉnh ủy về đưa công nghệ thông tin vào hoạt động "
                "của các cơ quan đảng trong tỉnh; Quy chế hoạt động của trang; và Nghị định số "
                "43/2011/NĐ-CP của Chính phủ, văn bản khi đó quy định việc cơ quan nhà nước "
                "cung cấp thông tin, dịch vụ công trực tuyến trên trang, cổng thông tin điện "
                "tử.</p>",
            ),
            (
                "callout",
                {
                    "title": "Văn bản đã thay đổi",
                    "text": "<p>Nghị định số 43/2011/NĐ-CP nay đã được thay thế bởi <b>Nghị định "
                    "số 42/2022/NĐ-CP</b> ngày 24/6/2022 của Chính phủ (hiệu lực từ ngày "
                    "15/8/2022). Yêu cầu về cấu trúc và kỹ thuật của trang được quy định tại "
                    "<b>Thông tư số 22/2023/TT-BTTTT</b> (hiệu lực từ ngày 5/4/2024). Khi rà "
                    "soát, nâng cấp trang, cần đối chiếu với các văn bản hiện hành này.</p>",
                },
            ),
            ("heading", {"text": "Những kết quả đạt được", "level": "h2"}),
            (
                "paragraph",
                "<p>Báo cáo ghi nhận ba kết quả. Thứ nhất, công nghệ thông tin đã có mặt trong "
                "nhiều việc của cấp ủy, giúp cán bộ thay đổi cách nghĩ, cách làm. Thứ hai, cán "
                "bộ bắt đầu quen với văn phòng điện tử và làm việc từ xa; nhờ đó việc lãnh đạo, "
                "chỉ đạo nhanh hơn, thủ tục hành chính trong Đảng gọn hơn. Thứ ba, trang đã "
                "trở thành nơi đăng tải thường xuyên những chủ trương lớn của Đảng và Nhà nước, "
                "tin về các sự kiện chính trị quan trọng của tỉnh và văn bản chỉ đạo mới của "
                "Ban Thường vụ Đảng ủy Khối.</p>",
            ),
            (
                "paragraph",
                "<p>Tính gộp từ khi Đảng bộ Khối các Cơ quan tỉnh lập trang riêng (năm 2010) và "
                "Đảng bộ Khối Doanh nghiệp tỉnh có trang (năm 2013), qua giai đoạn hợp nhất, "
                "thống kê sơ bộ cho thấy trang đã có khoảng <b>950.573 lượt truy cập</b>, bình "
                "quân chừng <b>880 lượt mỗi ngày</b>.</p>",
            ),
            (
                "paragraph",
                "<p>Từ ngày 13/01/2021 đến thời điểm báo cáo, trang đăng 158 tin, bài. Cán bộ, "
                "đoàn viên cơ quan Đảng ủy Khối là lực lượng chính, viết về công tác lãnh đạo, "
                "chỉ đạo của Ban Thường vụ và hoạt động của các tổ chức cơ sở đảng; cộng tác "
                "viên ở các đơn vị trong Khối đóng góp phần đáng kể các bài viết; ngoài ra, bộ "
                "phận quản trị dẫn lại tin từ Báo Thanh Hóa, Cổng thông tin điện tử của Ủy ban "
                "nhân dân tỉnh, Tạp chí Kiểm tra của Ủy ban Kiểm tra Trung ương và một số báo "
                "điện tử khác trong phạm vi được phép khai thác.</p>",
            ),
            (
                "table",
                {
                    "data": [
                        ["Nguồn tin, bài", "Tin", "Bài", "Cộng"],
                        ["Cán bộ, đoàn viên cơ quan Đảng ủy Khối", "62", "16", "78"],
                        ["Cộng tác viên các đơn vị trong Khối", "13", "20", "33"],
                        [
                            "Dẫn nguồn từ báo chí, cổng thông tin (được phép khai thác)",
                            "47",
                            "–",
                            "47",
                        ],
                        ["Tổng cộng", "122", "36", "158"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Tin, bài đăng trên trang từ ngày 13/01/2021 đến quý IV "
                    "năm 2021",
                },
            ),
            (
                "paragraph",
                "<p>Một điểm đáng ghi nhận: mọi tin, bài đều được xử lý đúng quy trình, lần lượt "
                "qua các bước kiểm duyệt, biên tập rồi mới đăng tải.</p>",
            ),
            ("heading", {"text": "Những tồn tại, hạn chế", "level": "h2"}),
            (
                "paragraph",
                "<p>Báo cáo không né tránh những điểm yếu của trang:</p>"
                "<ul>"
                "<li>Có những biểu ngữ dẫn vào chuyên mục chỉ có tên mà bên trong không có nội "
                "dung, hình ảnh.</li>"
                "<li>Giao diện kém hấp dẫn, chưa giữ chân được người đọc.</li>"
                "<li>Trang mới chỉ truyền thông tin một chiều; cơ sở và đảng viên gần như chưa "
                "có cách nào phản hồi, hỏi đáp với Đảng ủy Khối qua trang.</li>"
                "<li>Mục phát hành văn bản còn thiếu nhiều loại văn bản.</li>"
                "<li>Bài nghiên cứu, phân tích sâu về xây dựng Đảng rất hiếm; phần lớn nội dung "
                "là tin sự kiện của các ban, đoàn thể và cơ sở; nhiều ảnh mờ, chưa đạt yêu cầu "
                "kỹ thuật.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<p>Về lực lượng viết, một số đoàn thể như Hội Cựu chiến binh Khối và Công đoàn "
                "Viên chức tỉnh chưa tích cực gửi tin, bài. Ngay trong cơ quan, số tin, bài do "
                "cán bộ, đảng viên viết mới đạt 78% mức quy chế của trang đặt ra.</p>",
            ),
            ("heading", {"text": "Năm giải pháp", "level": "h2"}),
            (
                "paragraph",
                "<p><b>Một là</b>, mỗi thành viên Ban biên tập tiếp tục đề cao trách nhiệm cá "
                "nhân, làm trọn phần việc của mình.</p>",
            ),
            (
                "paragraph",
                "<p><b>Hai là</b>, các ban, đoàn thể và từng cán bộ thường xuyên vào trang, phát "
                "hiện nội dung cần sửa, bổ sung để gửi Ban biên tập xử lý; chủ động cung cấp "
                "tin, bài, ảnh, phim tư liệu phù hợp với chức năng, nhiệm vụ của Đảng ủy Khối, "
                "chú trọng bài phân tích, đánh giá chuyên sâu về công tác xây dựng Đảng.</p>",
            ),
            (
                "paragraph",
                "<p><b>Ba là</b>, nâng cấp giao diện, chỉnh sửa và bổ sung hệ thống chuyên mục "
                "theo phụ lục kèm theo báo cáo.</p>",
            ),
            (
                "paragraph",
                "<p><b>Bốn là</b>, mỗi năm có hình thức khen thưởng riêng cho những cá nhân có "
                "nhiều tin, bài tốt cả về số lượng và chất lượng.</p>",
            ),
            (
                "paragraph",
                "<p><b>Năm là</b>, lãnh đạo cơ quan bố trí để biên tập viên, quản trị viên được "
                "đi tập huấn, bồi dưỡng nghiệp vụ, nâng cao tay nghề.</p>",
            ),
            ("heading", {"text": "Đề xuất năm 2021 và những gì đã làm", "level": "h2"}),
            (
                "paragraph",
                "<p>Ngày 28/5/2021, Văn phòng đã có Tờ trình số 32-TTr/VPĐUK gửi Ban biên tập, "
                "đề nghị chỉnh sửa, bổ sung và nâng cấp nội dung, giao diện của trang. Phần cuối "
                "báo cáo chuyên đề đề nghị Ban biên tập sớm cho ý kiến, để bộ phận Kỹ thuật – "
                "Quản trị có căn cứ bắt tay vào làm.</p>",
            ),
            (
                "paragraph",
                "<p>Nhiều kiến nghị ấy nay đã thành hiện thực: trang có mục Văn bản tra cứu "
                "theo số, ký hiệu và cơ quan ban hành; có danh sách cán bộ đầu mối liên hệ, "
                "trang giới thiệu bằng tiếng Anh; ảnh đăng tải có lời mô tả cho người khiếm "
                "thị; mỗi bài viết đều in và lưu được. Riêng việc tương tác với cơ sở và số "
                "lượng bài chuyên sâu vẫn là những việc phải làm bền bỉ, không thể giải quyết "
                "bằng một lần nâng cấp kỹ thuật.</p>",
            ),
            (
                "quote",
                {
                    "text": "Trang thông tin điện tử chỉ thật sự sống khi cán bộ, đảng viên ở cơ "
                    "sở coi đó là tiếng nói của chính mình.",
                    "attribution": "Đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy "
                    "Khối, Trưởng Ban biên tập",
                },
            ),
            (
                "callout",
                {
                    "title": "Cùng làm trang tốt hơn",
                    "text": "<p>Tin, bài, ảnh và ý kiến góp ý xin gửi về Ban biên tập: "
                    "bbt@dukhoi.example.vn, điện thoại 0237.3852.105. Hướng dẫn gửi tin, bài "
                    'có tại trang <a href="/gioi-thieu/ban-bien-tap/">Ban biên tập</a>.</p>',
                },
            ),
        ],
    },
]

ENGLISH_PAGE = {
    "slug": "english",
    "title": "About us",
    "intro": (
        "The Party Committee of the Bloc of Provincial Agencies and Enterprises of Thanh Hoa "
        "Province leads the grassroots Party organisations in provincial agencies, public "
        "service units and enterprises of Thanh Hoa. This page describes its structure, "
        "functions and tasks, and how to contact it."
    ),
    "body": [
        ("heading", {"text": "Who we are", "level": "h2"}),
        (
            "paragraph",
            "<p>The Party Organisation of the Bloc of Provincial Agencies and Enterprises of Thanh "
            "Hoa Province was formed on 28 February 2020 by merging two bloc Party organisations: "
            "that of the provincial agencies and that of the provincial enterprises. At its "
            "formation it had 183 grassroots Party organisations and 15,398 Party members. It "
            "reports directly to the Thanh Hoa Provincial Party Committee and its Standing Board."
            "</p>",
        ),
        ("heading", {"text": "Functions and tasks", "level": "h2"}),
        (
            "paragraph",
            "<p>Between its congresses, the Bloc Party Committee leads its grassroots Party "
            "organisations in carrying out the resolutions of the Party and the laws of the "
            "State. Its main tasks are:</p>"
            "<ul>"
            "<li>political and ideological education of Party members and employees;</li>"
            "<li>building strong grassroots Party organisations, admitting and managing Party "
            "members, and improving the quality of Party cell meetings;</li>"
            "<li>inspection, supervision and Party discipline under the Party Statute;</li>"
            "<li>leading the trade union, the youth union and the veterans' association of the "
            "bloc;</li>"
            "<li>in enterprises, leading the fulfilment of business plans and the care of "
            "workers.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Organisational structure", "level": "h2"}),
        (
            "paragraph",
            "<p>The Executive Committee for the 2025–2030 term has 33 members. It elects a "
            "Standing Board of 9 members, led by the Secretary and two Deputy Secretaries, and an "
            "Inspection Commission of 7 members. Four advisory bodies assist the Committee.</p>",
        ),
        (
            "table",
            {
                "data": [
                    ["Advisory body", "Main responsibilities", "Telephone"],
                    [
                        "Office",
                        "Coordination of the Executive Committee and Standing Board, records "
                        "and archives, Party finance, this website",
                        "+84 237 3852 101",
                    ],
                    [
                        "Organisation Commission",
                        "Organisation and personnel, admission and management of Party members",
                        "+84 237 3852 102",
                    ],
                    [
                        "Propaganda and Education Commission",
                        "Political education, study of Ho Chi Minh's thought, mass mobilisation",
                        "+84 237 3852 103",
                    ],
                    [
                        "Office of the Inspection Commission",
                        "Inspection, supervision, Party discipline, complaints and denunciations",
                        "+84 237 3852 104",
                    ],
                ],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "Advisory bodies of the Bloc Party Committee",
            },
        ),
        ("heading", {"text": "How to contact us", "level": "h2"}),
        (
            "paragraph",
            "<p>Office of the Bloc Party Committee, 35 Le Loi Avenue, Hac Thanh Ward, Thanh Hoa "
            "Province, Viet Nam. Telephone: +84 237 3852 100. Email: "
            "vanphong@dukhoi.example.vn. Letters and enquiries may be written in Vietnamese or "
            "English.</p>",
        ),
        (
            "paragraph",
            "<p>The contact officials, with their positions, units, telephone numbers and "
            "official email addresses, are listed below.</p>",
        ),
    ],
}

CONTACT_PAGE = {
    "slug": "lien-he",
    "title": "Liên hệ",
    "intro_html": (
        "<p>Văn phòng Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa, số 35 Đại lộ Lê Lợi, "
        "phường Hạc Thành, tỉnh Thanh Hóa. Điện thoại: 0237.3852.100. Thư điện tử: "
        "vanphong@dukhoi.example.vn. Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 "
        "giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.</p>"
        "<p>Tin, bài và ý kiến góp ý cho Trang thông tin điện tử xin gửi Ban biên tập theo địa "
        "chỉ <b>bbt@dukhoi.example.vn</b>. Danh sách cán bộ đầu mối liên hệ của Đảng ủy Khối "
        "được nêu dưới đây.</p>"
    ),
}

# The home page's lead story, then its featured stories, as the editors chose them.
FRONT_PAGE = [
    "dang-bo-khoi-ket-nap-437-dang-vien-moi-trong-10-thang",
    "mot-so-giai-phap-nang-cao-chat-luong-trang-thong-tin-dien-tu",
    "lang-nghe-dan-noi-o-cong-ty-moi-truong-do-thi-hac-thanh",
    "de-sinh-hoat-chi-bo-khong-con-don-dieu-hinh-thuc",
    "dang-bo-khoi-huong-ung-ngay-phap-luat-nam-2026",
]
