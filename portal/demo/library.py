"""Demo document library: Party and State documents with metadata and the text of their files."""

# Pure data for the demo loader; no imports. Everything here is invented except four national
# documents (Nghị định 43/2011/NĐ-CP and 42/2022/NĐ-CP, Thông tư 22/2023/TT-BTTTT, Quy định
# 399-QĐ/TW), which are summarised in our own words and carry no signer. Invented numbers only
# have the right shape (no national law is invented). Party numbers restart each term,
# so 106-KH/TU appears twice (2015 and 2022) and no relation points at it. Text is in NFC.

DOCUMENTS = [
    # ---- Party documents, oldest first
    {
        "number": "106-KH/TU",
        "type": "Kế hoạch",
        "issuer": "TU",
        "date": "22/06/2015",
        "effective": "22/06/2015",
        "expiry": "",
        "signer": "Tống Văn Khải",
        "position": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Về ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng tỉnh Thanh Hóa "
            "giai đoạn 2015–2020"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Kế hoạch này xác định mục tiêu, nhiệm vụ và giải pháp đẩy mạnh ứng dụng công nghệ "
                "thông tin trong hoạt động của các cơ quan đảng tỉnh Thanh Hóa giai đoạn "
                "2015–2020, nhằm đổi mới phương thức lãnh đạo, chỉ đạo, nâng cao hiệu quả công tác "
                "tham mưu, giúp việc của cấp ủy các cấp và góp phần đẩy mạnh cải cách hành chính "
                "trong Đảng."
            ),
            (
                "Mục tiêu đến năm 2020: 100% cơ quan đảng cấp tỉnh, các huyện ủy, thị ủy, thành ủy "
                "và đảng ủy trực thuộc Tỉnh ủy được kết nối mạng thông tin diện rộng của Đảng; cán "
                "bộ, công chức cơ quan đảng sử dụng thư điện tử công vụ trong trao đổi công việc; "
                "phần lớn văn bản không mật được gửi, nhận trên môi trường mạng; các đảng bộ trực "
                "thuộc có trang thông tin điện tử hoạt động thường xuyên."
            ),
            (
                "Nhiệm vụ trọng tâm gồm: hoàn thiện hạ tầng kỹ thuật và bảo đảm an toàn, an ninh "
                "thông tin; triển khai phần mềm quản lý văn bản và hồ sơ công việc, phần mềm quản "
                "lý hồ sơ đảng viên; xây dựng cơ sở dữ liệu phục vụ công tác tổ chức, kiểm tra và "
                "tuyên giáo; đào tạo, bồi dưỡng kỹ năng sử dụng công nghệ thông tin cho cán bộ, "
                "công chức cơ quan đảng."
            ),
            (
                "Văn phòng Tỉnh ủy chủ trì, phối hợp với các ban đảng của Tỉnh ủy hướng dẫn, theo "
                "dõi, kiểm tra việc thực hiện Kế hoạch. Các huyện ủy, thị ủy, thành ủy, đảng ủy "
                "trực thuộc Tỉnh ủy căn cứ Kế hoạch xây dựng chương trình cụ thể của cấp mình, bố "
                "trí kinh phí và báo cáo kết quả thực hiện hằng năm về Ban Thường vụ Tỉnh ủy (qua "
                "Văn phòng Tỉnh ủy)."
            ),
        ],
    },
    {
        "number": "12-NQ/ĐUK",
        "type": "Nghị quyết",
        "issuer": "ĐUK",
        "date": "18/07/2017",
        "effective": "18/07/2017",
        "expiry": "",
        "signer": "Lương Văn Điềm",
        "position": "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh",
        "fields": ["Xây dựng Đảng", "Tổ chức – cán bộ"],
        "summary": (
            "Về phát triển tổ chức đảng, đảng viên trong các doanh nghiệp ngoài khu vực nhà nước "
            "giai đoạn 2017–2020"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị quyết về phát triển tổ chức đảng, đảng viên trong các doanh nghiệp ngoài khu "
                "vực nhà nước nhằm khắc phục tình trạng nhiều doanh nghiệp có đông người lao động "
                "nhưng chưa có tổ chức đảng, tỷ lệ đảng viên là công nhân trực tiếp sản xuất còn "
                "thấp."
            ),
            (
                "Mục tiêu đến năm 2020: thành lập mới ít nhất 15 tổ chức cơ sở đảng trong doanh "
                "nghiệp ngoài khu vực nhà nước; bình quân mỗi năm kết nạp từ 250 đảng viên trở "
                "lên, trong đó công nhân trực tiếp sản xuất chiếm từ 40% trở lên."
            ),
            (
                "Giải pháp chủ yếu: tranh thủ sự đồng thuận của chủ doanh nghiệp; phát huy vai trò "
                "của công đoàn, đoàn thanh niên trong phát hiện, giới thiệu quần chúng ưu tú; cử "
                "cán bộ cơ quan Đảng ủy Khối theo dõi, giúp đỡ từng doanh nghiệp; rút ngắn thời "
                "gian thẩm định hồ sơ kết nạp đảng viên."
            ),
            (
                "Các đồng chí ủy viên Ban Chấp hành được phân công phụ trách doanh nghiệp cụ thể; "
                "hằng năm Ban Thường vụ sơ kết, đánh giá và biểu dương những tổ chức đảng làm tốt "
                "công tác phát triển đảng viên."
            ),
        ],
    },
    {
        "number": "14-QC/ĐUK",
        "type": "Quy chế",
        "issuer": "ĐUK",
        "date": "20/09/2017",
        "effective": "20/09/2017",
        "expiry": "12/01/2021",
        "signer": "Nguyễn Thị Diệu Linh",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối các Cơ quan tỉnh",
        "fields": ["Chuyển đổi số", "Tuyên giáo"],
        "summary": "Quy chế hoạt động của Trang thông tin điện tử Đảng bộ Khối các Cơ quan tỉnh",
        "public": True,
        "relations": [],
        "text": [
            (
                "Quy chế quy định về tổ chức, quản lý và hoạt động của Trang thông tin điện tử "
                "Đảng bộ Khối các Cơ quan tỉnh; trách nhiệm của Ban biên tập, bộ phận quản trị kỹ "
                "thuật, cộng tác viên và các tổ chức cơ sở đảng trực thuộc trong việc cung cấp, "
                "biên tập và đăng tải thông tin."
            ),
            (
                "Trang thông tin điện tử là kênh thông tin chính thức của Đảng ủy Khối trên mạng "
                "Internet, đăng tải chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà "
                "nước, văn bản chỉ đạo của Tỉnh ủy, Đảng ủy Khối và tin tức hoạt động của các tổ "
                "chức cơ sở đảng, đoàn thể trong Khối."
            ),
            (
                "Mỗi tổ chức cơ sở đảng trực thuộc cử ít nhất một cộng tác viên và cung cấp tối "
                "thiểu một tin, bài mỗi quý. Tin, bài phải được Trưởng Ban hoặc Phó Trưởng Ban "
                "biên tập duyệt trước khi đăng; thông tin trích dẫn chỉ lấy từ báo chí chính thống "
                "và trang thông tin điện tử của cơ quan Đảng, Nhà nước, có ghi rõ nguồn."
            ),
            (
                "Quy chế có hiệu lực từ ngày ký. Văn phòng Đảng ủy Khối có trách nhiệm theo dõi, "
                "đôn đốc việc thực hiện; hằng năm báo cáo Ban Thường vụ về kết quả hoạt động của "
                "Trang thông tin điện tử."
            ),
        ],
    },
    {
        "number": "95-BC/ĐUK",
        "type": "Báo cáo",
        "issuer": "ĐUK",
        "date": "05/07/2018",
        "effective": "",
        "expiry": "",
        "signer": "Nguyễn Thị Diệu Linh",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối các Cơ quan tỉnh",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Báo cáo kết quả ba năm thực hiện Kế hoạch số 106-KH/TU ngày 22/6/2015 của Ban Thường "
            "vụ Tỉnh ủy trong Đảng bộ Khối các Cơ quan tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Báo cáo đánh giá kết quả ba năm thực hiện Kế hoạch số 106-KH/TU ngày 22/6/2015 "
                "của Ban Thường vụ Tỉnh ủy về ứng dụng công nghệ thông tin trong hoạt động của các "
                "cơ quan đảng, trong phạm vi Đảng bộ Khối các Cơ quan tỉnh."
            ),
            (
                "Cơ quan Đảng ủy Khối đã được kết nối mạng thông tin diện rộng của Đảng; cán bộ, "
                "công chức cơ quan sử dụng thư điện tử công vụ; Trang thông tin điện tử Đảng bộ "
                "Khối được duy trì, cập nhật tin tức hằng tuần; 85% tổ chức cơ sở đảng gửi báo cáo "
                "định kỳ qua thư điện tử."
            ),
            (
                "Hạn chế: một số tổ chức cơ sở đảng chưa bố trí máy tính riêng cho công tác đảng; "
                "cán bộ kiêm nhiệm công tác văn phòng cấp ủy thay đổi thường xuyên; kinh phí cho "
                "ứng dụng công nghệ thông tin còn hạn hẹp."
            ),
            (
                "Ban Thường vụ Đảng ủy Khối kiến nghị Tỉnh ủy quan tâm đầu tư phần mềm quản lý hồ "
                "sơ đảng viên dùng chung và tổ chức tập huấn cho cán bộ làm công tác văn phòng cấp "
                "ủy cơ sở."
            ),
        ],
    },
    {
        "number": "12-CT/TU",
        "type": "Chỉ thị",
        "issuer": "TU",
        "date": "15/08/2019",
        "effective": "15/08/2019",
        "expiry": "",
        "signer": "Đinh Quang Huấn",
        "position": "Bí thư Tỉnh ủy",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Về tăng cường bảo đảm an toàn, an ninh thông tin trong hoạt động của các cơ quan đảng "
            "trên địa bàn tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chỉ thị yêu cầu các cấp ủy, tổ chức đảng tăng cường bảo đảm an toàn, an ninh "
                "thông tin trong hoạt động của các cơ quan đảng trên địa bàn tỉnh, trong bối cảnh "
                "việc gửi, nhận văn bản, tài liệu trên môi trường mạng ngày càng phổ biến."
            ),
            (
                "Nghiêm cấm soạn thảo, lưu giữ, truyền đưa thông tin có nội dung bí mật nhà nước "
                "trên máy tính, thiết bị có kết nối Internet; không sử dụng thư điện tử cá nhân, "
                "mạng xã hội để trao đổi văn bản, tài liệu của cơ quan đảng; thiết bị lưu trữ dữ "
                "liệu mang ra ngoài cơ quan phải được quản lý chặt chẽ."
            ),
            (
                "Người đứng đầu cấp ủy, cơ quan đảng chịu trách nhiệm trực tiếp về công tác an "
                "toàn thông tin ở cơ quan, đơn vị mình; bố trí cán bộ phụ trách công nghệ thông "
                "tin; định kỳ kiểm tra, khắc phục kịp thời các lỗ hổng bảo mật của hệ thống."
            ),
            (
                "Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan chức năng theo dõi, hướng "
                "dẫn, kiểm tra việc thực hiện Chỉ thị; hằng năm báo cáo Ban Thường vụ Tỉnh ủy."
            ),
        ],
    },
    {
        "number": "368-KL/TU",
        "type": "Kết luận",
        "issuer": "TU",
        "date": "10/12/2019",
        "effective": "10/12/2019",
        "expiry": "",
        "signer": "Hà Đình Tuệ",
        "position": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Kết luận của Ban Thường vụ Tỉnh ủy về kết quả thực hiện Kế hoạch số 106-KH/TU ngày "
            "22/6/2015 và nhiệm vụ ứng dụng công nghệ thông tin trong các cơ quan đảng thời gian "
            "tới"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Ban Thường vụ Tỉnh ủy kết luận về kết quả sau bốn năm thực hiện Kế hoạch số "
                "106-KH/TU ngày 22/6/2015 về ứng dụng công nghệ thông tin trong hoạt động của các "
                "cơ quan đảng tỉnh, đồng thời định hướng nhiệm vụ cho giai đoạn tiếp theo."
            ),
            (
                "Ban Thường vụ Tỉnh ủy ghi nhận: mạng thông tin diện rộng của Đảng được mở rộng "
                "tới các đảng ủy trực thuộc; việc gửi, nhận văn bản điện tử đã trở thành nền nếp ở "
                "các cơ quan đảng cấp tỉnh; nhiều đảng bộ trực thuộc có trang thông tin điện tử "
                "hoạt động thường xuyên."
            ),
            (
                "Hạn chế: kinh phí đầu tư còn phân tán; một số cơ sở dữ liệu chưa được cập nhật "
                "thường xuyên; đội ngũ cán bộ chuyên trách công nghệ thông tin ở cơ sở còn thiếu; "
                "nhận thức của một bộ phận cán bộ về an toàn thông tin chưa đầy đủ."
            ),
            (
                "Thời gian tới, các cấp ủy tiếp tục thực hiện nghiêm Kế hoạch; ưu tiên hoàn thiện "
                "cơ sở dữ liệu đảng viên, triển khai chữ ký số trong các cơ quan đảng. Văn phòng "
                "Tỉnh ủy tham mưu tổng kết việc thực hiện Kế hoạch trong năm 2020."
            ),
        ],
    },
    {
        "number": "2120-QĐ/TU",
        "type": "Quyết định",
        "issuer": "TU",
        "date": "28/02/2020",
        "effective": "28/02/2020",
        "expiry": "",
        "signer": "Hà Đình Tuệ",
        "position": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Tổ chức – cán bộ", "Xây dựng Đảng"],
        "summary": (
            "Về việc thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh trên cơ sở hợp nhất Đảng "
            "bộ Khối các Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quyết định thành lập Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh, trực thuộc Tỉnh "
                "ủy, trên cơ sở hợp nhất Đảng bộ Khối các Cơ quan tỉnh và Đảng bộ Khối Doanh "
                "nghiệp tỉnh, kể từ ngày 28/02/2020."
            ),
            (
                "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh có 183 tổ chức cơ sở đảng với 15.398 "
                "đảng viên, sinh hoạt tại các cơ quan đảng, nhà nước, Mặt trận Tổ quốc, đoàn thể "
                "cấp tỉnh, các đơn vị sự nghiệp và doanh nghiệp trên địa bàn tỉnh."
            ),
            (
                "Cơ quan tham mưu, giúp việc của Đảng ủy Khối gồm Văn phòng, Ban Tổ chức, Ban "
                "Tuyên giáo và Cơ quan Ủy ban Kiểm tra. Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm "
                "tra lâm thời của Đảng bộ Khối được chỉ định tại quyết định riêng."
            ),
            (
                "Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh "
                "và các cơ quan, đơn vị liên quan căn cứ Quyết định thi hành."
            ),
        ],
    },
    {
        "number": "01-QC/ĐUK",
        "type": "Quy chế",
        "issuer": "ĐUK",
        "date": "10/08/2020",
        "effective": "10/08/2020",
        "expiry": "05/08/2025",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng"],
        "summary": (
            "Quy chế làm việc của Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh nhiệm kỳ "
            "2020–2025"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quy chế làm việc của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020–2025 quy định trách "
                "nhiệm, quyền hạn, chế độ làm việc và mối quan hệ công tác của Ban Chấp hành, Ban "
                "Thường vụ, Thường trực Đảng ủy Khối và các đồng chí ủy viên Ban Chấp hành."
            ),
            (
                "Ban Chấp hành họp thường lệ sáu tháng một lần và họp bất thường khi cần; Ban "
                "Thường vụ họp thường lệ mỗi tháng một lần; Thường trực Đảng ủy Khối giao ban hằng "
                "tuần. Hội nghị chỉ hợp lệ khi có ít nhất hai phần ba số thành viên tham dự; nghị "
                "quyết được thông qua khi có quá nửa tổng số thành viên tán thành."
            ),
            (
                "Các vấn đề về chủ trương lớn, công tác cán bộ, kỷ luật đảng do tập thể thảo luận "
                "và quyết định theo đa số; cá nhân được phân công chịu trách nhiệm trước tập thể "
                "về lĩnh vực được giao; người đứng đầu chịu trách nhiệm cuối cùng về kết quả thực "
                "hiện nhiệm vụ của Đảng bộ."
            ),
            (
                "Văn phòng Đảng ủy Khối giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện Quy "
                "chế. Trong quá trình thực hiện, nếu có vướng mắc, Ban Thường vụ đề xuất Ban Chấp "
                "hành xem xét sửa đổi, bổ sung."
            ),
        ],
    },
    {
        "number": "01-CTr/ĐUK",
        "type": "Chương trình",
        "issuer": "ĐUK",
        "date": "20/09/2020",
        "effective": "20/09/2020",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng"],
        "summary": (
            "Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020–2025"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020–2025 "
                "cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh "
                "lần thứ I, xác định những nội dung Ban Chấp hành, Ban Thường vụ tập trung lãnh "
                "đạo trong từng năm của nhiệm kỳ."
            ),
            (
                "Năm 2020–2021: kiện toàn tổ chức bộ máy sau hợp nhất; ban hành hệ thống quy chế, "
                "quy định của Đảng bộ Khối; ban hành nghị quyết chuyên đề về chuyển đổi số. Năm "
                "2022–2023: sơ kết giữa nhiệm kỳ; tập trung phát triển đảng viên trong doanh "
                "nghiệp. Năm 2024–2025: tổng kết nhiệm kỳ, chuẩn bị đại hội đảng bộ các cấp."
            ),
            (
                "Ban Chấp hành đánh giá kết quả thực hiện Chương trình tại các hội nghị định kỳ "
                "sáu tháng. Căn cứ tình hình thực tế, Ban Thường vụ có thể điều chỉnh, bổ sung nội "
                "dung và báo cáo Ban Chấp hành tại hội nghị gần nhất."
            ),
        ],
    },
    {
        "number": "03-QC/ĐUK",
        "type": "Quy chế",
        "issuer": "ĐUK",
        "date": "12/01/2021",
        "effective": "12/01/2021",
        "expiry": "15/06/2026",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Tuyên giáo"],
        "summary": (
            "Quy chế hoạt động của Trang thông tin điện tử Đảng ủy Khối Cơ quan và Doanh nghiệp "
            "tỉnh"
        ),
        "public": True,
        "relations": [("replaces", "14-QC/ĐUK")],
        "text": [
            (
                "Quy chế hoạt động của Trang thông tin điện tử Đảng ủy Khối Cơ quan và Doanh "
                "nghiệp tỉnh được ban hành sau khi hợp nhất hai đảng bộ khối, quy định thống nhất "
                "việc quản lý, cung cấp và đăng tải thông tin trên trang thông tin chung của Đảng "
                "bộ Khối kể từ ngày 13/01/2021."
            ),
            (
                "Ban biên tập do Phó Bí thư Thường trực Đảng ủy Khối làm Trưởng Ban, Trưởng Ban "
                "Tuyên giáo và Chánh Văn phòng làm Phó Trưởng Ban; bộ phận Kỹ thuật – Quản trị đặt "
                "tại Văn phòng Đảng ủy Khối chịu trách nhiệm vận hành, sao lưu dữ liệu và bảo đảm "
                "an toàn thông tin."
            ),
            (
                "Các tổ chức cơ sở đảng, đoàn thể trong Khối có trách nhiệm cử cộng tác viên và "
                "cung cấp thông tin về hoạt động của đơn vị; cán bộ, công chức cơ quan Đảng ủy "
                "Khối tham gia viết tin, bài theo định mức hằng năm. Tin, bài được xử lý theo quy "
                "trình tiếp nhận, biên tập, duyệt và đăng tải."
            ),
            (
                "Quy chế này thay thế Quy chế số 14-QC/ĐUK ngày 20/9/2017 của Ban Thường vụ Đảng "
                "ủy Khối các Cơ quan tỉnh và các quy định trước đây về trang thông tin điện tử của "
                "Đảng bộ Khối Doanh nghiệp tỉnh."
            ),
        ],
    },
    {
        "number": "32-TTr/VPĐUK",
        "type": "Tờ trình",
        "issuer": "VPĐUK",
        "date": "28/05/2021",
        "effective": "",
        "expiry": "",
        "signer": "Đỗ Mạnh Hùng",
        "position": "Phó Chánh Văn phòng Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Đề nghị chỉnh sửa, bổ sung, nâng cấp nội dung trên giao diện Trang thông tin điện tử "
            "của Đảng ủy Khối"
        ),
        "public": True,
        "relations": [("based_on", "03-QC/ĐUK")],
        "text": [
            (
                "Văn phòng Đảng ủy Khối kính trình Ban biên tập Trang thông tin điện tử xem xét "
                "việc chỉnh sửa, bổ sung, nâng cấp nội dung trên giao diện Trang thông tin điện tử "
                "của Đảng ủy Khối, nhằm khắc phục những hạn chế phát sinh sau khi hợp nhất hai "
                "trang của Đảng bộ Khối các Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh."
            ),
            (
                "Qua rà soát cho thấy: một số chuyên mục có tiêu đề nhưng chưa có nội dung, hình "
                "ảnh đi kèm; giao diện chưa hấp dẫn người xem; khả năng tương tác giữa Đảng ủy "
                "Khối với cơ sở, cán bộ, đảng viên còn hạn chế; mục phát hành văn bản chưa đầy đủ "
                "danh mục, chưa có công cụ tra cứu theo số, ký hiệu và ngày ban hành."
            ),
            (
                "Văn phòng đề xuất: bổ sung các chuyên mục Giới thiệu, Văn bản, Hỏi đáp, Góp ý và "
                "Lịch công tác; tổ chức lại mục Văn bản theo loại văn bản, cơ quan ban hành và "
                "lĩnh vực; bổ sung chức năng in, lưu trữ bài viết và tìm kiếm toàn văn; chuẩn hóa "
                "kích thước, chất lượng ảnh trước khi đăng (danh mục chi tiết tại phụ lục kèm "
                "theo)."
            ),
            (
                "Việc nâng cấp do bộ phận Kỹ thuật – Quản trị thực hiện, sử dụng kinh phí chi "
                "thường xuyên năm 2021 của cơ quan, dự kiến hoàn thành trong tháng 7 năm 2021. "
                "Kính đề nghị Ban biên tập xem xét, cho ý kiến chỉ đạo để Văn phòng triển khai "
                "thực hiện."
            ),
        ],
    },
    {
        "number": "412-QĐ/ĐUK",
        "type": "Quy định",
        "issuer": "ĐUK",
        "date": "08/06/2021",
        "effective": "08/06/2021",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Văn phòng – hành chính", "Xây dựng Đảng"],
        "summary": (
            "Quy định chế độ thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc Đảng ủy Khối"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quy định chế độ thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc Đảng ủy "
                "Khối, gồm báo cáo định kỳ, báo cáo chuyên đề, báo cáo đột xuất và thông tin nhanh "
                "về những vụ việc phức tạp phát sinh tại cơ sở."
            ),
            (
                "Báo cáo định kỳ gồm báo cáo tháng (gửi trước ngày 20 hằng tháng), báo cáo sáu "
                "tháng (trước ngày 10 tháng 6) và báo cáo năm (trước ngày 10 tháng 11). Báo cáo "
                "gửi về Văn phòng Đảng ủy Khối qua thư điện tử công vụ hoặc phần mềm quản lý văn "
                "bản; báo cáo có nội dung mật thực hiện theo quy định về bảo vệ bí mật nhà nước."
            ),
            (
                "Khi xảy ra vụ việc liên quan đến an ninh, trật tự, tai nạn lao động nghiêm trọng, "
                "ngừng việc tập thể hoặc đơn thư tố cáo cán bộ thuộc diện cấp trên quản lý, bí thư "
                "cấp ủy cơ sở báo cáo nhanh bằng điện thoại cho Thường trực Đảng ủy Khối, sau đó "
                "báo cáo bằng văn bản trong vòng 24 giờ."
            ),
            (
                "Kết quả thực hiện chế độ thông tin, báo cáo là một tiêu chí đánh giá, xếp loại "
                "chất lượng tổ chức cơ sở đảng hằng năm."
            ),
        ],
    },
    {
        "number": "05-BB/VPĐUK",
        "type": "Biên bản",
        "issuer": "VPĐUK",
        "date": "30/07/2021",
        "effective": "",
        "expiry": "",
        "signer": "Bùi Xuân Trường",
        "position": "Chánh Văn phòng Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Biên bản nghiệm thu hạng mục chỉnh sửa, nâng cấp giao diện Trang thông tin điện tử "
            "Đảng ủy Khối"
        ),
        "public": True,
        "relations": [("based_on", "32-TTr/VPĐUK")],
        "text": [
            (
                "Biên bản nghiệm thu hạng mục chỉnh sửa, nâng cấp giao diện Trang thông tin điện "
                "tử Đảng ủy Khối, thực hiện theo Tờ trình số 32-TTr/VPĐUK ngày 28/5/2021 đã được "
                "Ban biên tập cho ý kiến."
            ),
            (
                "Thành phần gồm đại diện Văn phòng Đảng ủy Khối, Ban Tuyên giáo Đảng ủy Khối, bộ "
                "phận Kỹ thuật – Quản trị và đơn vị cung cấp dịch vụ kỹ thuật. Tổ nghiệm thu đã "
                "kiểm tra giao diện trên máy tính và điện thoại di động, thử tìm kiếm văn bản theo "
                "số, ký hiệu và thử chức năng in bài viết."
            ),
            (
                "Kết luận: các hạng mục chủ yếu đạt yêu cầu; đề nghị đơn vị kỹ thuật khắc phục lỗi "
                "hiển thị ảnh trên một số điện thoại và bổ sung tài liệu hướng dẫn sử dụng cho "
                "quản trị viên trước ngày 15/8/2021. Biên bản được lập thành bốn bản có giá trị "
                "như nhau."
            ),
        ],
    },
    {
        "number": "03-TT/TU",
        "type": "Thông tri",
        "issuer": "TU",
        "date": "14/09/2021",
        "effective": "14/09/2021",
        "expiry": "",
        "signer": "Cao Thị Bích Liên",
        "position": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Tổ chức – cán bộ", "Xây dựng Đảng"],
        "summary": (
            "Về thực hiện nghiêm chế độ sinh hoạt đảng và quản lý đảng viên khi thay đổi nơi làm "
            "việc, nơi cư trú"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Thông tri yêu cầu các cấp ủy thực hiện nghiêm chế độ sinh hoạt đảng và quản lý "
                "đảng viên khi thay đổi nơi làm việc, nơi cư trú, khắc phục tình trạng đảng viên "
                "chậm chuyển sinh hoạt hoặc không sinh hoạt đảng trong thời gian dài."
            ),
            (
                "Khi đảng viên chuyển công tác, nghỉ hưu hoặc thôi việc, cấp ủy nơi đi hướng dẫn "
                "thủ tục chuyển sinh hoạt đảng trong thời hạn quy định; cấp ủy nơi đến tiếp nhận, "
                "bố trí sinh hoạt và thông báo lại cho nơi đi. Đảng viên ở doanh nghiệp giải thể, "
                "phá sản được hướng dẫn chuyển sinh hoạt đảng về nơi cư trú."
            ),
            (
                "Các cấp ủy định kỳ rà soát, đối chiếu danh sách đảng viên với cơ sở dữ liệu đảng "
                "viên; phát hiện và xử lý kịp thời trường hợp đảng viên bỏ sinh hoạt đảng theo quy "
                "định của Điều lệ Đảng."
            ),
            "Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi, kiểm tra việc thực hiện Thông tri này.",
        ],
    },
    {
        "number": "64-KH/ĐUK",
        "type": "Kế hoạch",
        "issuer": "ĐUK",
        "date": "15/09/2021",
        "effective": "15/09/2021",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Xây dựng Đảng"],
        "summary": (
            "Tổ chức sinh hoạt chuyên đề quý IV năm 2021 về nâng cao chất lượng hoạt động Trang "
            "thông tin điện tử của Đảng ủy Khối"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Kế hoạch tổ chức sinh hoạt chuyên đề quý IV năm 2021 với chủ đề “Một số giải pháp "
                "nâng cao chất lượng hoạt động Trang thông tin điện tử của Đảng ủy Khối” tại các "
                "chi bộ cơ quan Đảng ủy Khối và các tổ chức cơ sở đảng trực thuộc."
            ),
            (
                "Nội dung sinh hoạt gồm: vị trí, vai trò của trang thông tin điện tử; kết quả đạt "
                "được từ khi vận hành trang thông tin chung ngày 13/01/2021; những tồn tại, hạn "
                "chế; giải pháp nâng cao chất lượng tin, bài và khả năng tương tác với cơ sở."
            ),
            (
                "Mỗi chi bộ phân công một đảng viên chuẩn bị báo cáo đề dẫn; đảng viên thảo luận, "
                "đề xuất nội dung cụ thể. Các ý kiến, kiến nghị được tổng hợp, gửi Ban biên tập "
                "Trang thông tin điện tử trước ngày 31/12/2021."
            ),
        ],
    },
    {
        "number": "05-NQ/ĐUK",
        "type": "Nghị quyết",
        "issuer": "ĐUK",
        "date": "25/10/2021",
        "effective": "25/10/2021",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Xây dựng Đảng"],
        "summary": (
            "Về chuyển đổi số trong hoạt động của Đảng bộ Khối giai đoạn 2021–2025, định hướng đến "
            "năm 2030"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị quyết về chuyển đổi số trong hoạt động của Đảng bộ Khối xác định chuyển đổi "
                "số là nhiệm vụ trọng tâm, góp phần đổi mới phương thức lãnh đạo của cấp ủy, nâng "
                "cao chất lượng tham mưu của các cơ quan giúp việc và tạo thuận lợi cho cán bộ, "
                "đảng viên trong sinh hoạt, học tập."
            ),
            (
                "Mục tiêu đến năm 2025: 100% văn bản không mật giữa Đảng ủy Khối và các tổ chức cơ "
                "sở đảng được gửi, nhận trên môi trường mạng; 100% cán bộ cơ quan Đảng ủy Khối sử "
                "dụng chữ ký số; hồ sơ đảng viên được số hóa và quản lý trên phần mềm; Trang thông "
                "tin điện tử Đảng ủy Khối được nâng cấp, đáp ứng yêu cầu cung cấp thông tin và "
                "tương tác với cơ sở."
            ),
            (
                "Định hướng đến năm 2030: hình thành cơ sở dữ liệu dùng chung của Đảng bộ Khối về "
                "tổ chức đảng, đảng viên, công tác kiểm tra, giám sát; phần lớn hội nghị của cấp "
                "ủy được tổ chức theo hình thức không giấy; cán bộ, đảng viên tra cứu được văn "
                "bản, tài liệu sinh hoạt chi bộ trên thiết bị di động."
            ),
            (
                "Các cấp ủy trong Đảng bộ Khối cụ thể hóa Nghị quyết bằng kế hoạch của cấp mình; "
                "gắn chuyển đổi số với cải cách hành chính trong Đảng; bố trí nguồn lực phù hợp, "
                "ưu tiên đào tạo đội ngũ làm công tác văn phòng cấp ủy."
            ),
        ],
    },
    {
        "number": "08-HD/VPĐUK",
        "type": "Hướng dẫn",
        "issuer": "VPĐUK",
        "date": "15/01/2022",
        "effective": "15/01/2022",
        "expiry": "",
        "signer": "Bùi Xuân Trường",
        "position": "Chánh Văn phòng Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Hướng dẫn thực hiện Nghị quyết số 05-NQ/ĐUK ngày 25/10/2021 của Ban Chấp hành Đảng bộ "
            "Khối về chuyển đổi số"
        ),
        "public": True,
        "relations": [("guides", "05-NQ/ĐUK")],
        "text": [
            (
                "Hướng dẫn các tổ chức cơ sở đảng trực thuộc triển khai Nghị quyết số 05-NQ/ĐUK về "
                "chuyển đổi số, tập trung vào ba việc: gửi, nhận văn bản điện tử; số hóa hồ sơ "
                "đảng viên; cung cấp thông tin cho Trang thông tin điện tử Đảng ủy Khối."
            ),
            (
                "Về văn bản điện tử: mỗi tổ chức cơ sở đảng đăng ký một địa chỉ thư điện tử công "
                "vụ và tài khoản trên phần mềm quản lý văn bản; văn bản gửi Đảng ủy Khối được ký "
                "số hoặc là bản quét định dạng PDF có đủ chữ ký và dấu; văn bản có nội dung mật "
                "không gửi qua mạng Internet."
            ),
            (
                "Về số hóa hồ sơ đảng viên: cấp ủy cơ sở rà soát, bổ sung hồ sơ, phiếu đảng viên; "
                "cập nhật biến động vào phần mềm quản lý cơ sở dữ liệu đảng viên chậm nhất mười "
                "ngày kể từ khi có quyết định; định kỳ đối chiếu số liệu với Ban Tổ chức Đảng ủy "
                "Khối."
            ),
            (
                "Về cung cấp thông tin: mỗi tổ chức cơ sở đảng cử một cộng tác viên; tin, bài gửi "
                "kèm ảnh rõ nét, ghi tên tác giả và người chụp. Văn phòng Đảng ủy Khối tổng hợp "
                "kết quả thực hiện, báo cáo Ban Thường vụ sáu tháng một lần."
            ),
        ],
    },
    {
        "number": "106-KH/TU",
        "type": "Kế hoạch",
        "issuer": "TU",
        "date": "18/03/2022",
        "effective": "18/03/2022",
        "expiry": "",
        "signer": "Cao Thị Bích Liên",
        "position": "Phó Bí thư Thường trực Tỉnh ủy",
        "fields": ["Tuyên giáo", "Chính trị – tư tưởng"],
        "summary": (
            "Về tuyên truyền, giáo dục truyền thống cách mạng của Đảng bộ và nhân dân tỉnh Thanh "
            "Hóa cho cán bộ, đảng viên và thế hệ trẻ giai đoạn 2022–2025"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Kế hoạch nhằm đẩy mạnh giáo dục truyền thống cách mạng của Đảng bộ và nhân dân "
                "tỉnh Thanh Hóa trong cán bộ, đảng viên, đoàn viên, hội viên và thế hệ trẻ giai "
                "đoạn 2022–2025, góp phần bồi đắp niềm tự hào về quê hương, củng cố niềm tin vào "
                "sự lãnh đạo của Đảng và khơi dậy khát vọng xây dựng Thanh Hóa phát triển nhanh, "
                "bền vững."
            ),
            (
                "Nội dung tuyên truyền tập trung vào lịch sử Đảng bộ tỉnh qua các thời kỳ; những "
                "tấm gương tiêu biểu trong chiến đấu, lao động, sản xuất; các di tích lịch sử – "
                "văn hóa gắn với truyền thống cách mạng trên địa bàn tỉnh; thành tựu của công cuộc "
                "đổi mới ở địa phương."
            ),
            (
                "Hình thức thực hiện: lồng ghép vào sinh hoạt chi bộ và sinh hoạt đoàn thể; tổ "
                "chức hội thi, tọa đàm, hành trình về nguồn tại các địa chỉ đỏ; biên soạn tài liệu "
                "tuyên truyền ngắn gọn, dễ hiểu; tăng cường tuyên truyền trên báo chí, trang thông "
                "tin điện tử và mạng xã hội."
            ),
            (
                "Ban Tuyên giáo Tỉnh ủy chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch. Các "
                "huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch cụ thể, "
                "báo cáo kết quả hằng năm trước ngày 15 tháng 12."
            ),
        ],
    },
    {
        "number": "210-TB/ĐUK",
        "type": "Thông báo",
        "issuer": "ĐUK",
        "date": "12/04/2022",
        "effective": "",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Xây dựng Đảng"],
        "summary": (
            "Kết luận của Ban Thường vụ Đảng ủy Khối tại hội nghị giao ban công tác xây dựng Đảng "
            "quý I năm 2022"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Thông báo kết luận của Ban Thường vụ Đảng ủy Khối tại hội nghị giao ban công tác "
                "xây dựng Đảng quý I năm 2022 với các tổ chức cơ sở đảng trực thuộc, tổ chức theo "
                "hình thức trực tiếp kết hợp trực tuyến."
            ),
            (
                "Quý I năm 2022, các tổ chức cơ sở đảng đã hoàn thành việc học tập, quán triệt các "
                "nghị quyết của Trung ương, của Tỉnh ủy và của Đảng ủy Khối; kết nạp 96 đảng viên "
                "mới; 100% tổ chức cơ sở đảng sử dụng phần mềm quản lý văn bản trong gửi, nhận văn "
                "bản không mật."
            ),
            (
                "Quý II năm 2022, các cấp ủy tập trung: đóng góp ý kiến để hoàn thiện Đề án nâng "
                "cao chất lượng hoạt động Trang thông tin điện tử Đảng ủy Khối; đẩy mạnh phát "
                "triển đảng viên ở doanh nghiệp ngoài khu vực nhà nước; chuẩn bị sơ kết giữa nhiệm "
                "kỳ; thực hiện nghiêm chế độ thông tin, báo cáo."
            ),
            (
                "Ban Thường vụ giao Văn phòng Đảng ủy Khối theo dõi, đôn đốc việc thực hiện kết "
                "luận và tổng hợp kết quả tại hội nghị giao ban quý II."
            ),
        ],
    },
    {
        "number": "04-ĐA/ĐUK",
        "type": "Đề án",
        "issuer": "ĐUK",
        "date": "20/04/2022",
        "effective": "20/04/2022",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Tuyên giáo"],
        "summary": (
            "Nâng cao chất lượng hoạt động Trang thông tin điện tử Đảng ủy Khối giai đoạn 2022–2025"
        ),
        "public": True,
        "relations": [("based_on", "05-NQ/ĐUK")],
        "text": [
            (
                "Đề án nâng cao chất lượng hoạt động Trang thông tin điện tử Đảng ủy Khối giai "
                "đoạn 2022–2025 đánh giá thực trạng sau hơn một năm vận hành trang thông tin "
                "chung, xác định mục tiêu, giải pháp để trang trở thành kênh thông tin chính thức, "
                "tin cậy và thiết thực với cán bộ, đảng viên trong Khối."
            ),
            (
                "Từ ngày 13/01/2021 đến hết quý I năm 2022, trang đăng tải gần 220 tin, bài, bình "
                "quân khoảng 900 lượt truy cập mỗi ngày. Tuy vậy, bài viết chuyên sâu về công tác "
                "xây dựng Đảng còn ít; một số đơn vị chưa tích cực cung cấp tin; chất lượng hình "
                "ảnh chưa bảo đảm; khả năng tương tác với cơ sở còn yếu."
            ),
            (
                "Đề án đề ra các nhóm giải pháp: kiện toàn Ban biên tập và đội ngũ cộng tác viên; "
                "mở chuyên mục Nghiên cứu – Trao đổi và chuyên mục Hỏi đáp; chuẩn hóa quy trình "
                "biên tập; nâng cấp hạ tầng, bảo đảm an toàn thông tin; hằng năm khen thưởng cá "
                "nhân có tin, bài tiêu biểu."
            ),
            (
                "Kinh phí thực hiện Đề án được bố trí từ dự toán chi thường xuyên của cơ quan Đảng "
                "ủy Khối và các nguồn hợp pháp khác. Văn phòng Đảng ủy Khối là cơ quan thường "
                "trực, chủ trì tham mưu tổ chức thực hiện."
            ),
        ],
    },
    {
        "number": "1236-QĐ/TU",
        "type": "Quy định",
        "issuer": "TU",
        "date": "15/11/2022",
        "effective": "15/11/2022",
        "expiry": "",
        "signer": "Phan Hữu Bằng",
        "position": "Bí thư Tỉnh ủy",
        "fields": ["Tuyên giáo", "Văn phòng – hành chính"],
        "summary": (
            "Quy định về trách nhiệm của người đứng đầu cấp ủy, cơ quan, đơn vị trong việc cung "
            "cấp thông tin cho báo chí và trên môi trường mạng"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quy định về trách nhiệm của người đứng đầu cấp ủy, cơ quan, đơn vị trong hệ thống "
                "chính trị của tỉnh trong việc cung cấp thông tin cho báo chí và trên môi trường "
                "mạng, bảo đảm thông tin kịp thời, chính xác, đúng thẩm quyền."
            ),
            (
                "Người đứng đầu trực tiếp hoặc phân công người phát ngôn cung cấp thông tin; công "
                "bố kịp thời chủ trương, quyết định quan trọng của cơ quan, đơn vị; chủ động cung "
                "cấp thông tin khi xảy ra vụ việc được dư luận quan tâm."
            ),
            (
                "Trang thông tin điện tử của các cấp ủy, cơ quan, đơn vị phải cập nhật văn bản "
                "được phép công khai, lịch công tác của lãnh đạo và thông tin liên hệ của cán bộ "
                "đầu mối; tuyệt đối không đăng tải thông tin thuộc danh mục bí mật nhà nước."
            ),
            (
                "Người đứng đầu không thực hiện hoặc thực hiện không đầy đủ trách nhiệm theo Quy "
                "định này, tùy mức độ, bị xem xét trách nhiệm theo quy định của Đảng."
            ),
        ],
    },
    {
        "number": "97-KH/ĐUK",
        "type": "Kế hoạch",
        "issuer": "ĐUK",
        "date": "10/01/2023",
        "effective": "10/01/2023",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Thực hiện Đề án nâng cao chất lượng hoạt động Trang thông tin điện tử Đảng ủy Khối "
            "năm 2023"
        ),
        "public": True,
        "relations": [("based_on", "04-ĐA/ĐUK")],
        "text": [
            (
                "Kế hoạch cụ thể hóa nhiệm vụ năm 2023 của Đề án số 04-ĐA/ĐUK, trọng tâm là hoàn "
                "thiện mục Văn bản có công cụ tra cứu, mở chuyên mục Hỏi đáp và tập huấn nghiệp vụ "
                "cho cộng tác viên trong toàn Đảng bộ Khối."
            ),
            (
                "Quý I: rà soát, cập nhật toàn bộ văn bản được phép công khai của Đảng ủy Khối từ "
                "năm 2020. Quý II: mở chuyên mục Hỏi đáp, công khai địa chỉ tiếp nhận câu hỏi. Quý "
                "III: tổ chức lớp tập huấn viết tin, chụp ảnh cho cộng tác viên. Quý IV: đánh giá, "
                "khen thưởng tập thể, cá nhân có nhiều đóng góp."
            ),
            (
                "Văn phòng Đảng ủy Khối chủ trì thực hiện; Ban Tuyên giáo phối hợp định hướng nội "
                "dung; các tổ chức cơ sở đảng bảo đảm chỉ tiêu cung cấp tin, bài theo quy chế và "
                "báo cáo kết quả trước ngày 30/11/2023."
            ),
        ],
    },
    {
        "number": "1185-QĐ/ĐUK",
        "type": "Quyết định",
        "issuer": "ĐUK",
        "date": "14/03/2023",
        "effective": "14/03/2023",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng", "Văn phòng – hành chính"],
        "summary": (
            "Về việc sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ "
            "Khối nhiệm kỳ 2020–2025"
        ),
        "public": True,
        "relations": [("amends", "01-QC/ĐUK")],
        "text": [
            (
                "Quyết định sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành "
                "Đảng bộ Khối nhiệm kỳ 2020–2025 cho phù hợp với việc triển khai văn bản điện tử, "
                "chữ ký số và hội nghị trực tuyến trong các cơ quan đảng."
            ),
            (
                "Bổ sung quy định: tài liệu phục vụ hội nghị Ban Chấp hành, Ban Thường vụ được gửi "
                "qua hệ thống điện tử chậm nhất ba ngày làm việc trước hội nghị, trừ tài liệu mật; "
                "hội nghị trực tuyến được tổ chức khi có ý kiến của Thường trực Đảng ủy Khối và "
                "bảo đảm yêu cầu về an toàn, bảo mật thông tin."
            ),
            (
                "Sửa đổi quy định về lấy ý kiến bằng văn bản: trong trường hợp cần thiết, Thường "
                "trực Đảng ủy Khối có thể lấy ý kiến các đồng chí ủy viên Ban Thường vụ bằng phiếu "
                "gửi qua hệ thống điện tử; kết quả được báo cáo tại phiên họp gần nhất."
            ),
            (
                "Quyết định có hiệu lực từ ngày ký. Văn phòng Đảng ủy Khối và các đồng chí ủy viên "
                "Ban Chấp hành chịu trách nhiệm thi hành Quyết định này."
            ),
        ],
    },
    {
        "number": "04-CT/ĐUK",
        "type": "Chỉ thị",
        "issuer": "ĐUK",
        "date": "05/05/2023",
        "effective": "05/05/2023",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Tổ chức – cán bộ", "Đoàn thể"],
        "summary": (
            "Về tăng cường công tác phát triển đảng viên là công nhân lao động trong các doanh "
            "nghiệp thuộc Đảng bộ Khối"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chỉ thị về tăng cường công tác phát triển đảng viên là công nhân lao động được "
                "ban hành khi tỷ lệ đảng viên là công nhân trực tiếp sản xuất trong các doanh "
                "nghiệp thuộc Đảng bộ Khối còn thấp, nhiều tổ, chuyền, phân xưởng chưa có đảng "
                "viên."
            ),
            (
                "Các cấp ủy trong doanh nghiệp rà soát, lập danh sách quần chúng ưu tú trong công "
                "nhân lao động; phân công đảng viên giúp đỡ từng quần chúng; phối hợp với chủ "
                "doanh nghiệp bố trí thời gian học lớp bồi dưỡng nhận thức về Đảng ngoài giờ sản "
                "xuất."
            ),
            (
                "Công đoàn, đoàn thanh niên ở doanh nghiệp đẩy mạnh phong trào thi đua lao động "
                "sản xuất, qua đó phát hiện, bồi dưỡng và giới thiệu đoàn viên ưu tú để Đảng xem "
                "xét kết nạp."
            ),
            (
                "Ban Tổ chức Đảng ủy Khối theo dõi, đôn đốc việc thực hiện. Kết quả phát triển "
                "đảng viên là công nhân là tiêu chí đánh giá, xếp loại tổ chức đảng và người đứng "
                "đầu cấp ủy ở doanh nghiệp."
            ),
        ],
    },
    {
        "number": "42-BC/BTGĐUK",
        "type": "Báo cáo",
        "issuer": "BTGĐUK",
        "date": "20/06/2023",
        "effective": "",
        "expiry": "",
        "signer": "Lê Đình Quyết",
        "position": "Trưởng Ban Tuyên giáo Đảng ủy Khối",
        "fields": ["Chính trị – tư tưởng", "Tuyên giáo"],
        "summary": (
            "Báo cáo tình hình tư tưởng của cán bộ, đảng viên và người lao động trong Đảng bộ Khối "
            "sáu tháng đầu năm 2023"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Báo cáo tổng hợp tình hình tư tưởng của cán bộ, đảng viên và người lao động trong "
                "Đảng bộ Khối sáu tháng đầu năm 2023, trên cơ sở báo cáo của các tổ chức cơ sở "
                "đảng và ý kiến của đội ngũ báo cáo viên, cộng tác viên dư luận xã hội."
            ),
            (
                "Nhìn chung, cán bộ, đảng viên và người lao động tin tưởng vào sự lãnh đạo của "
                "Đảng, đồng tình với các chủ trương của tỉnh về cải cách hành chính và thu hút đầu "
                "tư; đánh giá cao việc đẩy mạnh phòng, chống tham nhũng, tiêu cực."
            ),
            (
                "Một bộ phận người lao động ở doanh nghiệp băn khoăn về việc làm, thu nhập khi đơn "
                "hàng giảm; một số cán bộ trẻ còn tâm lý ngại khó khi tham mưu giải quyết những "
                "việc mới."
            ),
            (
                "Ban Tuyên giáo kiến nghị các cấp ủy thường xuyên nắm bắt tư tưởng, kịp thời đối "
                "thoại với người lao động; phối hợp với công đoàn quan tâm chăm lo đời sống đoàn "
                "viên."
            ),
        ],
    },
    {
        "number": "1452-TB/VPTU",
        "type": "Thông báo",
        "issuer": "VPTU",
        "date": "08/08/2023",
        "effective": "08/08/2023",
        "expiry": "",
        "signer": "Lê Khắc Thuần",
        "position": "Phó Chánh Văn phòng Tỉnh ủy",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Ý kiến kết luận của Thường trực Tỉnh ủy tại buổi làm việc về chuyển đổi số trong các "
            "cơ quan đảng tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Văn phòng Tỉnh ủy thông báo ý kiến kết luận của Thường trực Tỉnh ủy tại buổi làm "
                "việc về tình hình chuyển đổi số trong các cơ quan đảng tỉnh, với sự tham dự của "
                "lãnh đạo các ban đảng và các đảng ủy trực thuộc Tỉnh ủy."
            ),
            (
                "Thường trực Tỉnh ủy ghi nhận việc gửi, nhận văn bản điện tử và ứng dụng chữ ký số "
                "trong các cơ quan đảng đã có chuyển biến rõ; nhiều đảng ủy trực thuộc, trong đó "
                "có Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh, đã nâng cấp trang thông tin điện tử "
                "và số hóa hồ sơ đảng viên."
            ),
            (
                "Thường trực Tỉnh ủy yêu cầu: các cơ quan đảng hoàn thành số hóa hồ sơ đảng viên "
                "trong năm 2024; trang thông tin điện tử của các cấp ủy công bố đầy đủ văn bản "
                "được phép công khai, có công cụ tra cứu; tăng cường kiểm tra an toàn thông tin "
                "định kỳ."
            ),
            (
                "Giao Văn phòng Tỉnh ủy chủ trì theo dõi, tổng hợp kết quả thực hiện, báo cáo "
                "Thường trực Tỉnh ủy trước ngày 15/12/2023."
            ),
        ],
    },
    {
        "number": "1250-CV/ĐUK",
        "type": "Công văn",
        "issuer": "ĐUK",
        "date": "06/09/2023",
        "effective": "",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Tuyên giáo", "Chuyển đổi số"],
        "summary": "V/v đôn đốc cung cấp tin, bài cho Trang thông tin điện tử Đảng ủy Khối",
        "public": True,
        "relations": [("based_on", "03-QC/ĐUK")],
        "text": [
            (
                "Ban Thường vụ Đảng ủy Khối đề nghị các tổ chức cơ sở đảng trực thuộc quan tâm "
                "cung cấp tin, bài cho Trang thông tin điện tử Đảng ủy Khối, bảo đảm chỉ tiêu theo "
                "Quy chế hoạt động của Trang."
            ),
            (
                "Qua theo dõi tám tháng đầu năm 2023, còn 41 tổ chức cơ sở đảng chưa gửi tin, bài "
                "nào; nhiều tin gửi về chỉ có ảnh mà chưa có nội dung, hoặc ảnh không ghi rõ tác "
                "giả, thời gian chụp."
            ),
            (
                "Đề nghị các cấp ủy cơ sở giao cộng tác viên gửi tin, bài về địa chỉ thư điện tử "
                "bbt@dukhoi.example.vn; tin về hoạt động của đơn vị cần gửi trong vòng ba ngày kể "
                "từ khi sự kiện diễn ra. Kết quả cung cấp tin, bài là một căn cứ xét thi đua cuối "
                "năm."
            ),
        ],
    },
    {
        "number": "15-HD/BTCĐUK",
        "type": "Hướng dẫn",
        "issuer": "BTCĐUK",
        "date": "25/11/2023",
        "effective": "25/11/2023",
        "expiry": "",
        "signer": "Ninh Thị Hoa",
        "position": "Trưởng Ban Tổ chức Đảng ủy Khối",
        "fields": ["Tổ chức – cán bộ", "Xây dựng Đảng"],
        "summary": (
            "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập "
            "thể, cá nhân cán bộ lãnh đạo, quản lý năm 2023"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Hướng dẫn việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên "
                "và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2023 trong Đảng bộ Khối, bảo đảm "
                "thực chất, đúng quy trình và đúng thời gian."
            ),
            (
                "Chi bộ trực thuộc đảng ủy cơ sở hoàn thành kiểm điểm trước ngày 10/12/2023; đảng "
                "ủy cơ sở và chi bộ cơ sở hoàn thành trước ngày 20/12/2023; hồ sơ, biểu tổng hợp "
                "gửi Ban Tổ chức Đảng ủy Khối trước ngày 25/12/2023."
            ),
            (
                "Việc xếp loại phải căn cứ kết quả thực hiện nhiệm vụ được giao, có sản phẩm cụ "
                "thể; số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được "
                "xếp loại “Hoàn thành tốt nhiệm vụ” ở từng cấp. Tổ chức đảng có vi phạm đến mức "
                "phải xử lý kỷ luật thì không xếp loại “Hoàn thành tốt nhiệm vụ” trở lên."
            ),
            (
                "Cấp ủy cơ sở công khai kết quả xếp loại trong tổ chức đảng; trường hợp xếp loại "
                "“Không hoàn thành nhiệm vụ” phải có kế hoạch khắc phục và được theo dõi, giúp đỡ "
                "trong năm tiếp theo."
            ),
        ],
    },
    {
        "number": "1402-QĐ/ĐUK",
        "type": "Quyết định",
        "issuer": "ĐUK",
        "date": "30/01/2024",
        "effective": "30/01/2024",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Thi đua – khen thưởng"],
        "summary": (
            "Về việc tặng Giấy khen cho các tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu "
            "biểu năm 2023"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quyết định tặng Giấy khen của Ban Thường vụ Đảng ủy Khối cho 18 tổ chức cơ sở "
                "đảng đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu năm 2023."
            ),
            (
                "Các tổ chức được khen thưởng có thành tích nổi bật trong lãnh đạo thực hiện nhiệm "
                "vụ chính trị, phát triển đảng viên, cung cấp tin, bài cho Trang thông tin điện tử "
                "và thực hiện chuyển đổi số trong hoạt động của cấp ủy."
            ),
            (
                "Tiền thưởng kèm theo Giấy khen thực hiện theo quy định hiện hành về chế độ khen "
                "thưởng trong Đảng, chi từ kinh phí của cơ quan Đảng ủy Khối. Danh sách các tổ "
                "chức cơ sở đảng được khen thưởng ban hành kèm theo Quyết định."
            ),
        ],
    },
    {
        "number": "02-TT/ĐUK",
        "type": "Thông tri",
        "issuer": "ĐUK",
        "date": "18/03/2024",
        "effective": "18/03/2024",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chính trị – tư tưởng", "Tuyên giáo"],
        "summary": (
            "Về kỷ luật phát ngôn và việc sử dụng mạng xã hội của cán bộ, đảng viên trong Đảng bộ "
            "Khối"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Thông tri về kỷ luật phát ngôn và việc sử dụng mạng xã hội nhắc nhở cán bộ, đảng "
                "viên trong Đảng bộ Khối nâng cao trách nhiệm khi phát ngôn, chia sẻ thông tin "
                "trên môi trường mạng, nhất là thông tin liên quan đến hoạt động của cơ quan, đơn "
                "vị, doanh nghiệp."
            ),
            (
                "Cán bộ, đảng viên không đăng tải, bình luận, chia sẻ thông tin chưa được kiểm "
                "chứng; không tiết lộ thông tin, tài liệu nội bộ; khi phát hiện thông tin sai sự "
                "thật liên quan đến đơn vị thì báo cáo cấp ủy để có biện pháp xử lý, không tự ý "
                "tranh luận trên mạng."
            ),
            (
                "Cấp ủy cơ sở phân công người phát ngôn, cung cấp thông tin cho báo chí theo đúng "
                "quy định; khuyến khích đảng viên chia sẻ thông tin tích cực, gương người tốt, "
                "việc tốt, lan tỏa các bài viết từ Trang thông tin điện tử Đảng ủy Khối."
            ),
            (
                "Việc chấp hành Thông tri này là một nội dung kiểm điểm, đánh giá chất lượng đảng "
                "viên cuối năm."
            ),
        ],
    },
    {
        "number": "1596-QĐ/ĐUK",
        "type": "Quy định",
        "issuer": "ĐUK",
        "date": "20/05/2024",
        "effective": "20/05/2024",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Văn phòng – hành chính"],
        "summary": (
            "Sửa đổi, bổ sung một số điều của Quy định số 412-QĐ/ĐUK ngày 08/6/2021 về chế độ "
            "thông tin, báo cáo của các tổ chức cơ sở đảng trực thuộc"
        ),
        "public": True,
        "relations": [("amends", "412-QĐ/ĐUK")],
        "text": [
            (
                "Quy định sửa đổi, bổ sung chế độ thông tin, báo cáo của các tổ chức cơ sở đảng "
                "trực thuộc nhằm giảm số lượng báo cáo, chuyển dần sang tiếp nhận số liệu trên "
                "phần mềm và thống nhất mốc thời gian chốt số liệu với các cơ quan của Tỉnh ủy."
            ),
            (
                "Bãi bỏ báo cáo tháng đối với các đảng bộ, chi bộ cơ sở có dưới 30 đảng viên, thay "
                "bằng việc cập nhật tình hình trên phần mềm quản lý văn bản và hồ sơ công việc "
                "trước ngày 20 hằng tháng. Báo cáo năm gửi trước ngày 05 tháng 12; số liệu tính từ "
                "ngày 15 tháng 11 năm trước đến ngày 14 tháng 11 năm báo cáo."
            ),
            (
                "Các nội dung khác của Quy định số 412-QĐ/ĐUK giữ nguyên hiệu lực thi hành. Quy "
                "định này có hiệu lực từ ngày ký."
            ),
        ],
    },
    {
        "number": "01-DA/ĐUK",
        "type": "Dự án",
        "issuer": "ĐUK",
        "date": "10/06/2024",
        "effective": "10/06/2024",
        "expiry": "",
        "signer": "Lương Thị Hải Yến",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": "Dự án số hóa tài liệu lưu trữ của Đảng bộ Khối giai đoạn 2024–2026",
        "public": True,
        "relations": [("based_on", "05-NQ/ĐUK")],
        "text": [
            (
                "Dự án số hóa tài liệu lưu trữ của Đảng bộ Khối giai đoạn 2024–2026 nhằm chuyển "
                "các hồ sơ, tài liệu giấy có giá trị lưu trữ của hai đảng bộ khối trước khi hợp "
                "nhất và của Đảng bộ Khối từ năm 2020 sang dạng số, phục vụ tra cứu và bảo quản "
                "lâu dài."
            ),
            (
                "Phạm vi dự án gồm khoảng 1.200 hộp tài liệu, tương đương 480.000 trang, ưu tiên "
                "văn kiện đại hội, nghị quyết, chỉ thị, quyết định của Ban Chấp hành, Ban Thường "
                "vụ và hồ sơ hội nghị. Tài liệu mật được số hóa và quản lý trên hệ thống riêng, "
                "không kết nối Internet."
            ),
            (
                "Sản phẩm của dự án là cơ sở dữ liệu tài liệu lưu trữ có mục lục tra cứu theo số, "
                "ký hiệu, ngày ban hành và trích yếu; văn bản được phép công khai được cập nhật "
                "lên mục Văn bản của Trang thông tin điện tử."
            ),
            (
                "Kinh phí thực hiện được bố trí từ ngân sách cấp cho cơ quan Đảng ủy Khối trong ba "
                "năm; Văn phòng Đảng ủy Khối là đơn vị chủ trì thực hiện dự án."
            ),
        ],
    },
    {
        "number": "512-CV/UBKTTU",
        "type": "Công văn",
        "issuer": "UBKTTU",
        "date": "12/06/2024",
        "effective": "12/06/2024",
        "expiry": "",
        "signer": "Hàn Văn Thiệp",
        "position": "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "fields": ["Kiểm tra – giám sát", "Chuyển đổi số"],
        "summary": (
            "V/v cập nhật dữ liệu trên phần mềm quản lý công tác kiểm tra, giám sát và thi hành kỷ "
            "luật đảng"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Ủy ban Kiểm tra Tỉnh ủy đề nghị ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy, "
                "đảng ủy trực thuộc Tỉnh ủy cập nhật đầy đủ dữ liệu trên phần mềm quản lý công tác "
                "kiểm tra, giám sát và thi hành kỷ luật đảng."
            ),
            (
                "Dữ liệu cần cập nhật gồm: chương trình, kế hoạch kiểm tra, giám sát; các cuộc "
                "kiểm tra, giám sát đã thực hiện; quyết định thi hành kỷ luật và kết quả giải "
                "quyết khiếu nại kỷ luật đảng, tính từ ngày 01/01/2024."
            ),
            (
                "Việc cập nhật hoàn thành trước ngày 31/7/2024. Mỗi đơn vị cử một cán bộ đầu mối "
                "phối hợp với Cơ quan Ủy ban Kiểm tra Tỉnh ủy trong quá trình vận hành phần mềm."
            ),
        ],
    },
    {
        "number": "146-KL/ĐUK",
        "type": "Kết luận",
        "issuer": "ĐUK",
        "date": "22/10/2024",
        "effective": "22/10/2024",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Kiểm tra – giám sát", "Dân vận"],
        "summary": (
            "Kết luận của Ban Thường vụ Đảng ủy Khối về kết quả giám sát chuyên đề việc thực hiện "
            "quy chế dân chủ ở cơ sở tại một số doanh nghiệp"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Ban Thường vụ Đảng ủy Khối kết luận về kết quả giám sát chuyên đề việc thực hiện "
                "quy chế dân chủ ở cơ sở tại sáu doanh nghiệp trong Khối năm 2024."
            ),
            (
                "Các doanh nghiệp được giám sát đã ban hành quy chế dân chủ tại nơi làm việc, tổ "
                "chức hội nghị người lao động hằng năm; nhiều ý kiến của người lao động về tiền "
                "lương, điều kiện làm việc, bữa ăn ca được tiếp thu và giải quyết."
            ),
            (
                "Tuy nhiên, ở một số nơi việc công khai thông tin về chế độ, chính sách đối với "
                "người lao động còn chậm; đối thoại định kỳ chưa thực chất; cấp ủy chưa chủ động "
                "lãnh đạo công đoàn cơ sở tham gia giám sát việc thực hiện thỏa ước lao động tập "
                "thể."
            ),
            (
                "Ban Thường vụ yêu cầu các cấp ủy được giám sát khắc phục hạn chế, báo cáo kết quả "
                "trước ngày 31/3/2025; Ban Tuyên giáo Đảng ủy Khối theo dõi, tổng hợp."
            ),
        ],
    },
    {
        "number": "268-BC/ĐUK",
        "type": "Báo cáo",
        "issuer": "ĐUK",
        "date": "16/12/2024",
        "effective": "",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng"],
        "summary": (
            "Báo cáo kết quả công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Báo cáo kết quả công tác xây dựng Đảng năm 2024 của Đảng bộ Khối, đánh giá việc "
                "thực hiện nhiệm vụ chính trị, công tác chính trị – tư tưởng, tổ chức – cán bộ, "
                "kiểm tra – giám sát, dân vận và chuyển đổi số; đề ra phương hướng, nhiệm vụ năm "
                "2025."
            ),
            (
                "Năm 2024, Đảng bộ Khối kết nạp 412 đảng viên mới, trong đó 138 đảng viên là công "
                "nhân lao động trong doanh nghiệp; thành lập mới 3 tổ chức cơ sở đảng ở doanh "
                "nghiệp ngoài khu vực nhà nước; 92% tổ chức cơ sở đảng được xếp loại hoàn thành "
                "tốt nhiệm vụ trở lên."
            ),
            (
                "Trang thông tin điện tử Đảng ủy Khối đăng tải gần 600 tin, bài; mục Văn bản được "
                "bổ sung công cụ tra cứu; 100% văn bản không mật giữa Đảng ủy Khối và cơ sở được "
                "gửi, nhận trên môi trường mạng."
            ),
            (
                "Năm 2025, Đảng bộ Khối tập trung lãnh đạo tổ chức thành công đại hội đảng bộ các "
                "cấp, tiến tới Đại hội đại biểu Đảng bộ Khối lần thứ II; thực hiện việc sắp xếp tổ "
                "chức đảng theo chủ trương tinh gọn bộ máy; tiếp tục thực hiện Nghị quyết số "
                "05-NQ/ĐUK về chuyển đổi số."
            ),
        ],
    },
    {
        "number": "45-TTr/BTCĐUK",
        "type": "Tờ trình",
        "issuer": "BTCĐUK",
        "date": "20/02/2025",
        "effective": "",
        "expiry": "",
        "signer": "Ninh Thị Hoa",
        "position": "Trưởng Ban Tổ chức Đảng ủy Khối",
        "fields": ["Tổ chức – cán bộ"],
        "summary": (
            "Đề nghị hợp nhất Đảng bộ Sở Nông nghiệp và Phát triển nông thôn và Đảng bộ Sở Tài "
            "nguyên và Môi trường thành Đảng bộ Sở Nông nghiệp và Môi trường"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Ban Tổ chức Đảng ủy Khối kính trình Ban Thường vụ xem xét việc hợp nhất Đảng bộ "
                "Sở Nông nghiệp và Phát triển nông thôn và Đảng bộ Sở Tài nguyên và Môi trường "
                "thành Đảng bộ Sở Nông nghiệp và Môi trường, tương ứng với việc hợp nhất hai cơ "
                "quan chuyên môn thuộc Ủy ban nhân dân tỉnh."
            ),
            (
                "Đảng bộ mới dự kiến có 14 chi bộ trực thuộc với 236 đảng viên. Ban Tổ chức đề "
                "nghị chỉ định Ban Chấp hành lâm thời gồm 11 đồng chí, Ban Thường vụ 3 đồng chí và "
                "Ủy ban Kiểm tra 5 đồng chí, hoạt động đến đại hội nhiệm kỳ 2025–2030."
            ),
            (
                "Hồ sơ, tài liệu, tài chính đảng của hai đảng bộ được bàn giao cho đảng bộ mới; "
                "đảng viên chuyển sinh hoạt theo danh sách. Kính đề nghị Ban Thường vụ xem xét, "
                "quyết định."
            ),
        ],
    },
    {
        "number": "291-BC/ĐUK",
        "type": "Báo cáo",
        "issuer": "ĐUK",
        "date": "10/03/2025",
        "effective": "",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Tổ chức – cán bộ"],
        "summary": (
            "Báo cáo công tác chuẩn bị nhân sự Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025–2030"
        ),
        "public": False,
        "relations": [],
        "text": [
            (
                "Báo cáo công tác chuẩn bị nhân sự Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025–2030 "
                "(tài liệu lưu hành nội bộ), trình bày phương hướng về số lượng, cơ cấu và quy "
                "trình giới thiệu nhân sự theo hướng dẫn của cấp trên."
            ),
            (
                "Dự kiến Ban Chấp hành nhiệm kỳ 2025–2030 có 33 đồng chí, Ban Thường vụ 9 đồng "
                "chí, Ủy ban Kiểm tra 7 đồng chí; phấn đấu tỷ lệ cấp ủy viên nữ từ 20% trở lên, "
                "cấp ủy viên dưới 45 tuổi từ 15% trở lên; bảo đảm cơ cấu hợp lý giữa khối cơ quan "
                "và khối doanh nghiệp."
            ),
            (
                "Quy trình chuẩn bị nhân sự được thực hiện qua các bước theo hướng dẫn, bảo đảm "
                "dân chủ, khách quan, công khai; việc thẩm định tiêu chuẩn chính trị của nhân sự "
                "do Ban Tổ chức Đảng ủy Khối phối hợp với các cơ quan liên quan thực hiện."
            ),
            (
                "Ban Thường vụ Đảng ủy Khối đề nghị Ban Thường vụ Tỉnh ủy cho ý kiến về phương "
                "hướng nhân sự trước khi triển khai giới thiệu nhân sự tại hội nghị cán bộ chủ "
                "chốt."
            ),
        ],
    },
    {
        "number": "63-HD/BTCTU",
        "type": "Hướng dẫn",
        "issuer": "BTCTU",
        "date": "14/03/2025",
        "effective": "14/03/2025",
        "expiry": "",
        "signer": "Ngô Thị Kim Thoa",
        "position": "Trưởng Ban Tổ chức Tỉnh ủy",
        "fields": ["Tổ chức – cán bộ"],
        "summary": (
            "Hướng dẫn chuyển sinh hoạt đảng và kiện toàn tổ chức đảng khi sắp xếp, hợp nhất các "
            "cơ quan, đơn vị cấp tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Hướng dẫn việc chuyển sinh hoạt đảng và kiện toàn tổ chức đảng khi sắp xếp, hợp "
                "nhất các cơ quan chuyên môn, đơn vị sự nghiệp cấp tỉnh, bảo đảm không để đảng "
                "viên gián đoạn sinh hoạt và tổ chức đảng hoạt động liên tục."
            ),
            (
                "Khi hợp nhất cơ quan, đơn vị, cấp ủy cấp trên trực tiếp quyết định hợp nhất các "
                "tổ chức đảng tương ứng và chỉ định cấp ủy lâm thời; đảng viên chuyển sinh hoạt "
                "theo danh sách, không phải làm thủ tục chuyển sinh hoạt đảng cho từng người nếu "
                "cùng trong một đảng bộ cấp trên."
            ),
            (
                "Hồ sơ đảng viên, tài liệu, con dấu và tài chính đảng của các tổ chức đảng hợp "
                "nhất được bàn giao đầy đủ, có biên bản; cơ sở dữ liệu đảng viên được cập nhật "
                "ngay sau khi có quyết định."
            ),
            (
                "Các đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả thực hiện về Ban Tổ chức Tỉnh ủy "
                "trong thời hạn 15 ngày kể từ ngày có quyết định hợp nhất."
            ),
        ],
    },
    {
        "number": "03-PA/ĐUK",
        "type": "Phương án",
        "issuer": "ĐUK",
        "date": "08/04/2025",
        "effective": "08/04/2025",
        "expiry": "",
        "signer": "Vương Đình Lực",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Tổ chức – cán bộ", "Xây dựng Đảng"],
        "summary": (
            "Phương án sắp xếp, kiện toàn các tổ chức cơ sở đảng trực thuộc khi hợp nhất, tổ chức "
            "lại các sở, ngành cấp tỉnh"
        ),
        "public": True,
        "relations": [("based_on", "63-HD/BTCTU")],
        "text": [
            (
                "Phương án sắp xếp, kiện toàn các tổ chức cơ sở đảng trực thuộc Đảng ủy Khối được "
                "xây dựng khi các sở, ngành cấp tỉnh hợp nhất, tổ chức lại theo chủ trương tinh "
                "gọn bộ máy, bảo đảm hoạt động của tổ chức đảng liên tục, không gián đoạn."
            ),
            (
                "Theo phương án, các đảng bộ cơ sở ở những sở được hợp nhất được hợp nhất thành "
                "một đảng bộ cơ sở tương ứng với cơ quan mới; cấp ủy lâm thời được chỉ định từ các "
                "đồng chí trong cấp ủy của các đảng bộ cũ, số lượng có thể nhiều hơn quy định và "
                "được sắp xếp lại khi tiến hành đại hội."
            ),
            (
                "Các chi bộ ở đơn vị sự nghiệp được sắp xếp lại theo đơn vị mới; đảng viên của đơn "
                "vị giải thể chuyển sinh hoạt về tổ chức đảng nơi tiếp nhận công tác. Việc bàn "
                "giao hồ sơ, tài liệu, tài chính đảng hoàn thành trong 15 ngày kể từ ngày có quyết "
                "định."
            ),
            (
                "Ban Tổ chức Đảng ủy Khối chủ trì tham mưu thực hiện phương án; các cấp ủy thường "
                "xuyên nắm tình hình tư tưởng của cán bộ, đảng viên chịu tác động của việc sắp xếp "
                "để kịp thời tháo gỡ vướng mắc."
            ),
        ],
    },
    {
        "number": "58-HD/BTGĐUK",
        "type": "Hướng dẫn",
        "issuer": "BTGĐUK",
        "date": "12/05/2025",
        "effective": "12/05/2025",
        "expiry": "",
        "signer": "Lê Đình Quyết",
        "position": "Trưởng Ban Tuyên giáo Đảng ủy Khối",
        "fields": ["Tuyên giáo"],
        "summary": (
            "Hướng dẫn tuyên truyền đại hội đảng bộ các cấp và Đại hội đại biểu Đảng bộ Khối lần "
            "thứ II, nhiệm kỳ 2025–2030"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Hướng dẫn công tác tuyên truyền đại hội đảng bộ, chi bộ cơ sở và Đại hội đại biểu "
                "Đảng bộ Khối lần thứ II, nhiệm kỳ 2025–2030, nhằm tạo không khí phấn khởi, thu "
                "hút cán bộ, đảng viên và người lao động đóng góp ý kiến vào dự thảo văn kiện."
            ),
            (
                "Nội dung tuyên truyền: kết quả nổi bật của Đảng bộ Khối nhiệm kỳ 2020–2025; mục "
                "tiêu, nhiệm vụ, giải pháp nhiệm kỳ mới; những tập thể, cá nhân tiêu biểu; đấu "
                "tranh, phản bác thông tin sai trái, xuyên tạc về công tác chuẩn bị đại hội."
            ),
            (
                "Hình thức: treo băng rôn, khẩu hiệu tại trụ sở cơ quan, doanh nghiệp; mở chuyên "
                "mục chào mừng đại hội trên Trang thông tin điện tử Đảng ủy Khối; tổ chức tọa đàm, "
                "sinh hoạt chuyên đề. Khẩu hiệu tuyên truyền thực hiện theo danh mục kèm theo "
                "Hướng dẫn."
            ),
            (
                "Các tổ chức cơ sở đảng báo cáo kết quả công tác tuyên truyền về Ban Tuyên giáo "
                "Đảng ủy Khối trước ngày 15/8/2025."
            ),
        ],
    },
    {
        "number": "01-TC/ĐUK",
        "type": "Thông cáo",
        "issuer": "ĐUK",
        "date": "31/07/2025",
        "effective": "",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng", "Tuyên giáo"],
        "summary": (
            "Thông cáo báo chí về Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần "
            "thứ II, nhiệm kỳ 2025–2030"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Thông cáo báo chí về Đại hội đại biểu Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh "
                "lần thứ II, nhiệm kỳ 2025–2030, diễn ra trong hai ngày 30 và 31/7/2025 với sự "
                "tham dự của 300 đại biểu thay mặt cho hơn 15.000 đảng viên trong Đảng bộ Khối."
            ),
            (
                "Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ I, nhiệm kỳ "
                "2020–2025; thảo luận, quyết định mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ "
                "2025–2030, trong đó xác định chuyển đổi số trong hoạt động của Đảng bộ và nâng "
                "cao chất lượng sinh hoạt chi bộ là hai khâu đột phá."
            ),
            (
                "Đại hội đã bầu Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025–2030 gồm 33 đồng chí và "
                "bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh. Tại hội nghị lần thứ nhất, "
                "Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí, bầu Ủy ban Kiểm tra gồm 7 đồng "
                "chí; đồng chí Mai Đức Khiêm được bầu giữ chức Bí thư Đảng ủy Khối."
            ),
            (
                "Đại hội kêu gọi cán bộ, đảng viên và người lao động trong Khối đoàn kết, phát huy "
                "truyền thống, thi đua thực hiện thắng lợi Nghị quyết Đại hội."
            ),
        ],
    },
    {
        "number": "02-QC/ĐUK",
        "type": "Quy chế",
        "issuer": "ĐUK",
        "date": "05/08/2025",
        "effective": "05/08/2025",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng"],
        "summary": (
            "Quy chế làm việc của Ban Chấp hành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh nhiệm kỳ "
            "2025–2030"
        ),
        "public": True,
        "relations": [("replaces", "01-QC/ĐUK")],
        "text": [
            (
                "Quy chế làm việc của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025–2030 quy định "
                "nguyên tắc, chế độ làm việc, nhiệm vụ, quyền hạn của Ban Chấp hành, Ban Thường "
                "vụ, Thường trực Đảng ủy Khối, các đồng chí ủy viên Ban Chấp hành và các cơ quan "
                "tham mưu, giúp việc."
            ),
            (
                "So với nhiệm kỳ trước, Quy chế bổ sung quy định về sử dụng văn bản điện tử, chữ "
                "ký số và hội nghị trực tuyến trong hoạt động của cấp ủy; về trách nhiệm của ủy "
                "viên Ban Chấp hành trong việc nắm tình hình tư tưởng ở đơn vị được phân công phụ "
                "trách và trả lời ý kiến của cán bộ, đảng viên."
            ),
            (
                "Ban Thường vụ gồm 9 đồng chí, họp thường lệ mỗi tháng một lần; Thường trực Đảng "
                "ủy Khối gồm Bí thư và hai Phó Bí thư, giao ban hằng tuần. Phân công nhiệm vụ cụ "
                "thể của từng đồng chí ủy viên Ban Thường vụ được ban hành kèm theo Quy chế."
            ),
            (
                "Quy chế có hiệu lực từ ngày ký và thay thế Quy chế số 01-QC/ĐUK ngày 10/8/2020 "
                "của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020–2025."
            ),
        ],
    },
    {
        "number": "56-QĐ/ĐUK",
        "type": "Quyết định",
        "issuer": "ĐUK",
        "date": "25/08/2025",
        "effective": "25/08/2025",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Tuyên giáo", "Chuyển đổi số"],
        "summary": (
            "Về việc kiện toàn Ban biên tập Trang thông tin điện tử Đảng ủy Khối nhiệm kỳ 2025–2030"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quyết định kiện toàn Ban biên tập Trang thông tin điện tử Đảng ủy Khối nhiệm kỳ "
                "2025–2030 do đồng chí Lại Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy Khối, làm "
                "Trưởng Ban."
            ),
            (
                "Phó Trưởng Ban gồm đồng chí Lê Đình Quyết, Trưởng Ban Tuyên giáo, và đồng chí Đỗ "
                "Mạnh Hùng, Chánh Văn phòng Đảng ủy Khối. Thành viên gồm đồng chí Phạm Thị Hồng "
                "Nhung, Trưởng Ban Tổ chức, và đồng chí Trịnh Xuân Lộc, Chủ nhiệm Ủy ban Kiểm tra. "
                "Đồng chí Nguyễn Thị Thanh Tâm, Phó Chánh Văn phòng, làm Thư ký; đồng chí Lê Quang "
                "Vinh, chuyên viên Văn phòng, phụ trách kỹ thuật, quản trị."
            ),
            (
                "Ban biên tập chịu trách nhiệm trước Ban Thường vụ về nội dung thông tin đăng tải, "
                "hoạt động theo quy chế của Trang thông tin điện tử. Quyết định có hiệu lực từ "
                "ngày ký."
            ),
        ],
    },
    {
        "number": "03-NQ/ĐUK",
        "type": "Nghị quyết",
        "issuer": "ĐUK",
        "date": "15/09/2025",
        "effective": "15/09/2025",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Xây dựng Đảng", "Tổ chức – cán bộ"],
        "summary": "Về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối giai đoạn 2025–2030",
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ xác định chi bộ là nơi trực "
                "tiếp giáo dục, rèn luyện, quản lý đảng viên; đổi mới nội dung, hình thức sinh "
                "hoạt chi bộ là khâu đột phá trong công tác xây dựng Đảng của Đảng bộ Khối nhiệm "
                "kỳ 2025–2030."
            ),
            (
                "Mục tiêu: hằng năm 100% chi bộ duy trì sinh hoạt định kỳ; ít nhất 90% chi bộ sinh "
                "hoạt chuyên đề mỗi quý một lần; không có chi bộ xếp loại không hoàn thành nhiệm "
                "vụ. Ở doanh nghiệp làm việc theo ca, chi bộ bố trí thời gian sinh hoạt phù hợp để "
                "đảng viên tham dự đầy đủ."
            ),
            (
                "Nội dung sinh hoạt phải bám sát nhiệm vụ chính trị của cơ quan, đơn vị, doanh "
                "nghiệp; chọn vấn đề cụ thể, thiết thực để thảo luận; tăng cường tự phê bình và "
                "phê bình; kết luận rõ việc, rõ người, rõ thời hạn. Khuyến khích sử dụng tài liệu "
                "điện tử, hạn chế in sao tài liệu không cần thiết."
            ),
            (
                "Ban Tổ chức Đảng ủy Khối chủ trì hướng dẫn thực hiện; các đồng chí ủy viên Ban "
                "Chấp hành dự sinh hoạt chi bộ ở đơn vị được phân công phụ trách ít nhất hai lần "
                "mỗi năm."
            ),
        ],
    },
    {
        "number": "02-CTr/ĐUK",
        "type": "Chương trình",
        "issuer": "ĐUK",
        "date": "20/10/2025",
        "effective": "20/10/2025",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Kiểm tra – giám sát"],
        "summary": (
            "Chương trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ Khối nhiệm kỳ "
            "2025–2030"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chương trình kiểm tra, giám sát toàn khóa nhiệm kỳ 2025–2030 xác định các nội "
                "dung kiểm tra, giám sát trọng tâm của Ban Chấp hành, Ban Thường vụ Đảng ủy Khối "
                "đối với tổ chức đảng và đảng viên trong Đảng bộ Khối."
            ),
            (
                "Trọng tâm kiểm tra, giám sát: việc thực hiện nguyên tắc tập trung dân chủ và quy "
                "chế làm việc; công tác cán bộ; quản lý tài chính, tài sản, đất đai ở cơ quan, đơn "
                "vị, doanh nghiệp; việc thực hiện các quy định về trách nhiệm nêu gương và những "
                "điều đảng viên không được làm; trách nhiệm người đứng đầu trong phòng, chống tham "
                "nhũng, lãng phí, tiêu cực."
            ),
            (
                "Mỗi năm, Ban Thường vụ kiểm tra ít nhất 8 tổ chức đảng và 10 đảng viên là cán bộ "
                "thuộc diện Đảng ủy Khối quản lý; giám sát chuyên đề ít nhất 6 tổ chức đảng. Ủy "
                "ban Kiểm tra Đảng ủy Khối giúp Ban Thường vụ xây dựng chương trình hằng năm và tổ "
                "chức thực hiện."
            ),
        ],
    },
    {
        "number": "01-CT/ĐUK",
        "type": "Chỉ thị",
        "issuer": "ĐUK",
        "date": "06/01/2026",
        "effective": "06/01/2026",
        "expiry": "",
        "signer": "Mai Đức Khiêm",
        "position": "Bí thư Đảng ủy Khối",
        "fields": ["Chính trị – tư tưởng", "Pháp luật"],
        "summary": (
            "Về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các "
            "cấp nhiệm kỳ 2026–2031 trong Đảng bộ Khối"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chỉ thị yêu cầu các cấp ủy, tổ chức đảng trong Đảng bộ Khối lãnh đạo chặt chẽ "
                "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
                "nhiệm kỳ 2026–2031, bảo đảm dân chủ, đúng pháp luật, an toàn, tiết kiệm."
            ),
            (
                "Các cấp ủy chỉ đạo tuyên truyền sâu rộng ý nghĩa, tầm quan trọng của cuộc bầu cử; "
                "phổ biến quy định của pháp luật về bầu cử, quyền và nghĩa vụ của cử tri; quan tâm "
                "hướng dẫn công nhân lao động ở xa nơi cư trú làm thủ tục để được bỏ phiếu tại nơi "
                "tạm trú."
            ),
            (
                "Cơ quan, đơn vị, doanh nghiệp có người ứng cử tổ chức hội nghị lấy ý kiến cử tri "
                "nơi công tác theo đúng quy định; cán bộ, đảng viên gương mẫu thực hiện quyền, "
                "nghĩa vụ công dân và vận động gia đình, người lao động đi bầu cử đầy đủ."
            ),
            (
                "Ban Tuyên giáo Đảng ủy Khối chủ trì hướng dẫn công tác tuyên truyền; Văn phòng "
                "Đảng ủy Khối tổng hợp tình hình, báo cáo Thường trực Đảng ủy Khối theo từng giai "
                "đoạn của cuộc bầu cử."
            ),
        ],
    },
    {
        "number": "399-QĐ/TW",
        "type": "Quy định",
        "issuer": "TW",
        "date": "09/01/2026",
        "effective": "09/01/2026",
        "expiry": "",
        "signer": "",
        "position": "",
        "fields": ["Văn phòng – hành chính", "Xây dựng Đảng"],
        "summary": "Về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng",
        "public": True,
        "relations": [],
        "text": [
            (
                "Quy định do Ban Bí thư ban hành ngày 09/01/2026 về thể loại, thẩm quyền ban hành "
                "và thể thức văn bản của Đảng; áp dụng đối với các cấp ủy, tổ chức, cơ quan đảng "
                "từ Trung ương đến chi bộ, nhằm bảo đảm sự thống nhất trong ban hành, quản lý và "
                "sử dụng văn bản của Đảng."
            ),
            (
                "Quy định xác định các thể loại văn bản của Đảng, gồm: cương lĩnh chính trị, điều "
                "lệ Đảng, chiến lược, nghị quyết, quyết định, chỉ thị, kết luận, quy chế, quy "
                "định, thông tri, hướng dẫn, thông báo, thông cáo, tuyên bố, lời kêu gọi, báo cáo, "
                "kế hoạch, quy hoạch, chương trình, đề án, phương án, dự án, tờ trình, công văn và "
                "biên bản; cùng các loại giấy tờ hành chính như giấy giới thiệu, giấy mời, phiếu "
                "gửi."
            ),
            (
                "Quy định nêu thẩm quyền ban hành từng thể loại văn bản của các cấp ủy, tổ chức, "
                "cơ quan đảng ở các cấp và các thành phần thể thức của văn bản, trong đó có số và "
                "ký hiệu, địa điểm và ngày tháng năm ban hành, tên loại và trích yếu nội dung, chữ "
                "ký của người có thẩm quyền."
            ),
            (
                "Quy định có hiệu lực từ ngày ký và thay thế Quy định số 66-QĐ/TW năm 2017 về cùng "
                "nội dung. Phần trên chỉ giới thiệu tóm tắt để cán bộ, đảng viên tra cứu; nội dung "
                "đầy đủ xem tại văn bản chính thức của Trung ương."
            ),
        ],
    },
    {
        "number": "03-HD/UBKTĐUK",
        "type": "Hướng dẫn",
        "issuer": "UBKTĐUK",
        "date": "12/01/2026",
        "effective": "12/01/2026",
        "expiry": "",
        "signer": "Trịnh Xuân Lộc",
        "position": "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối",
        "fields": ["Kiểm tra – giám sát"],
        "summary": (
            "Hướng dẫn xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2026 của các tổ "
            "chức cơ sở đảng"
        ),
        "public": True,
        "relations": [("based_on", "02-CTr/ĐUK")],
        "text": [
            (
                "Hướng dẫn các đảng ủy, chi bộ cơ sở và ủy ban kiểm tra đảng ủy cơ sở xây dựng, "
                "thực hiện chương trình kiểm tra, giám sát năm 2026, bảo đảm thống nhất với Chương "
                "trình kiểm tra, giám sát toàn khóa của Ban Chấp hành Đảng bộ Khối."
            ),
            (
                "Chương trình năm của cấp ủy cơ sở phải xác định rõ đối tượng, nội dung, thời gian "
                "và thành phần đoàn; tập trung vào những lĩnh vực dễ phát sinh vi phạm và những "
                "nơi có đơn thư phản ánh. Chi bộ kiểm tra, giám sát đảng viên theo kế hoạch, bảo "
                "đảm trong nhiệm kỳ mỗi đảng viên được kiểm tra hoặc giám sát ít nhất một lần."
            ),
            (
                "Chương trình kiểm tra, giám sát năm 2026 của đảng ủy, chi bộ cơ sở gửi về Ủy ban "
                "Kiểm tra Đảng ủy Khối trước ngày 31/01/2026; báo cáo sơ kết sáu tháng gửi trước "
                "ngày 10/6/2026 và báo cáo năm gửi trước ngày 10/12/2026."
            ),
        ],
    },
    {
        "number": "05-HD/BTGDVTU",
        "type": "Hướng dẫn",
        "issuer": "BTGDVTU",
        "date": "20/01/2026",
        "effective": "20/01/2026",
        "expiry": "",
        "signer": "Tạ Quang Bình",
        "position": "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "fields": ["Tuyên giáo", "Dân vận"],
        "summary": (
            "Hướng dẫn tuyên truyền các ngày lễ lớn, sự kiện lịch sử và nhiệm vụ chính trị trọng "
            "tâm của tỉnh năm 2026"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Hướng dẫn tuyên truyền các ngày lễ lớn, sự kiện lịch sử và nhiệm vụ chính trị "
                "trọng tâm của tỉnh năm 2026, định hướng nội dung cho các cấp ủy, cơ quan báo chí "
                "và hệ thống thông tin cơ sở trên địa bàn tỉnh."
            ),
            (
                "Các mốc tuyên truyền trọng tâm: kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt "
                "Nam; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
                "nhiệm kỳ 2026–2031; kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh; kỷ niệm 81 "
                "năm Cách mạng Tháng Tám và Quốc khánh 2/9."
            ),
            (
                "Tuyên truyền việc thực hiện nghị quyết đại hội đảng bộ các cấp nhiệm kỳ "
                "2025–2030; kết quả vận hành chính quyền địa phương hai cấp; các mô hình “dân vận "
                "khéo”, gương điển hình tiên tiến trên các lĩnh vực."
            ),
            (
                "Các cấp ủy chỉ đạo đa dạng hóa hình thức tuyên truyền, kết hợp tuyên truyền trực "
                "tiếp với tuyên truyền trên môi trường mạng; chủ động đấu tranh, phản bác các quan "
                "điểm sai trái, thù địch."
            ),
        ],
    },
    {
        "number": "18-KH/ĐUK",
        "type": "Kế hoạch",
        "issuer": "ĐUK",
        "date": "10/02/2026",
        "effective": "10/02/2026",
        "expiry": "",
        "signer": "Lại Thị Thu Hương",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Xây dựng Đảng", "Thi đua – khen thưởng"],
        "summary": "Tổ chức Hội thi “Bí thư chi bộ giỏi” trong Đảng bộ Khối năm 2026",
        "public": True,
        "relations": [("based_on", "03-NQ/ĐUK")],
        "text": [
            (
                "Kế hoạch tổ chức Hội thi “Bí thư chi bộ giỏi” trong Đảng bộ Khối năm 2026 nhằm "
                "nâng cao năng lực lãnh đạo, kỹ năng điều hành sinh hoạt chi bộ của đội ngũ bí thư "
                "chi bộ, góp phần thực hiện Nghị quyết số 03-NQ/ĐUK về nâng cao chất lượng sinh "
                "hoạt chi bộ."
            ),
            (
                "Đối tượng dự thi là bí thư, phó bí thư chi bộ cơ sở và chi bộ trực thuộc đảng ủy "
                "cơ sở. Hội thi gồm ba phần: kiến thức về công tác xây dựng Đảng; xử lý tình huống "
                "trong sinh hoạt chi bộ; trình bày mô hình, cách làm hay ở chi bộ."
            ),
            (
                "Vòng sơ khảo tổ chức tại các đảng bộ cơ sở trong tháng 4 năm 2026; vòng chung "
                "khảo tổ chức tập trung trong tháng 6 năm 2026. Ban Tổ chức Đảng ủy Khối là cơ "
                "quan thường trực của Hội thi."
            ),
            (
                "Kinh phí tổ chức Hội thi lấy từ dự toán năm 2026 của cơ quan Đảng ủy Khối; đơn vị "
                "có thí sinh đạt giải được cộng điểm khi đánh giá thi đua cuối năm."
            ),
        ],
    },
    {
        "number": "356-CV/VPĐUK",
        "type": "Công văn",
        "issuer": "VPĐUK",
        "date": "04/03/2026",
        "effective": "",
        "expiry": "",
        "signer": "Nguyễn Thị Thanh Tâm",
        "position": "Phó Chánh Văn phòng Đảng ủy Khối",
        "fields": ["Văn phòng – hành chính"],
        "summary": "V/v cập nhật thông tin cán bộ đầu mối liên hệ của các tổ chức cơ sở đảng",
        "public": True,
        "relations": [],
        "text": [
            (
                "Để cập nhật danh sách cán bộ đầu mối liên hệ trên Trang thông tin điện tử Đảng ủy "
                "Khối sau khi sắp xếp, kiện toàn các tổ chức cơ sở đảng, Văn phòng Đảng ủy Khối đề "
                "nghị các tổ chức cơ sở đảng cung cấp thông tin cán bộ đầu mối của đơn vị."
            ),
            (
                "Thông tin gồm: họ và tên, chức vụ, đơn vị công tác, số điện thoại cơ quan và địa "
                "chỉ thư điện tử công vụ. Không cung cấp số điện thoại, địa chỉ thư điện tử cá "
                "nhân khi chưa được người đó đồng ý."
            ),
            (
                "Thông tin gửi về Văn phòng Đảng ủy Khối qua phần mềm quản lý văn bản trước ngày "
                "20/3/2026; khi có thay đổi, đơn vị thông báo kịp thời để cập nhật."
            ),
        ],
    },
    {
        "number": "04-HD/VPĐUK",
        "type": "Hướng dẫn",
        "issuer": "VPĐUK",
        "date": "10/03/2026",
        "effective": "10/03/2026",
        "expiry": "",
        "signer": "Đỗ Mạnh Hùng",
        "position": "Chánh Văn phòng Đảng ủy Khối",
        "fields": ["Văn phòng – hành chính"],
        "summary": (
            "Hướng dẫn thực hiện thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng trong "
            "Đảng bộ Khối theo Quy định số 399-QĐ/TW"
        ),
        "public": True,
        "relations": [("guides", "399-QĐ/TW")],
        "text": [
            (
                "Hướng dẫn các tổ chức cơ sở đảng trực thuộc thực hiện thống nhất thể loại, thẩm "
                "quyền ban hành và thể thức văn bản của Đảng theo Quy định số 399-QĐ/TW ngày "
                "09/01/2026 của Ban Bí thư; áp dụng thống nhất trong Đảng bộ Khối từ ngày "
                "01/4/2026."
            ),
            (
                "Số văn bản được đánh liên tục từ số 01 cho từng loại văn bản trong mỗi nhiệm kỳ "
                "của cấp ủy; ký hiệu văn bản gồm chữ viết tắt tên loại văn bản và tên cơ quan ban "
                "hành. Khi trích dẫn văn bản phải ghi đủ số, ký hiệu, ngày ban hành và cơ quan ban "
                "hành, vì số và ký hiệu văn bản của Đảng có thể lặp lại giữa các nhiệm kỳ."
            ),
            (
                "Đối với văn bản điện tử, tổ chức cơ sở đảng sử dụng chữ ký số đã được cấp; bản "
                "điện tử gửi Đảng ủy Khối là tệp định dạng PDF, tên tệp ghi số, ký hiệu và ngày "
                "ban hành. Văn bản có nội dung mật thực hiện theo quy định về bảo vệ bí mật nhà "
                "nước, không gửi qua mạng Internet."
            ),
            (
                "Văn phòng Đảng ủy Khối tổ chức tập huấn về thể thức văn bản cho cán bộ làm công "
                "tác văn phòng cấp ủy cơ sở trong quý II năm 2026 và giải đáp vướng mắc qua số "
                "điện thoại 0237.3852.101."
            ),
        ],
    },
    {
        "number": "07-QC/ĐUK",
        "type": "Quy chế",
        "issuer": "ĐUK",
        "date": "15/06/2026",
        "effective": "15/06/2026",
        "expiry": "",
        "signer": "Lại Thị Thu Hương",
        "position": "Phó Bí thư Thường trực Đảng ủy Khối",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Quy chế quản lý, vận hành và cung cấp thông tin trên Trang thông tin điện tử Đảng ủy "
            "Khối"
        ),
        "public": True,
        "relations": [("replaces", "03-QC/ĐUK"), ("based_on", "42/2022/NĐ-CP")],
        "text": [
            (
                "Quy chế quản lý, vận hành và cung cấp thông tin trên Trang thông tin điện tử Đảng "
                "ủy Khối được xây dựng trên cơ sở kế thừa quy chế năm 2021, vận dụng các yêu cầu "
                "về cung cấp thông tin trên môi trường mạng của Nghị định số 42/2022/NĐ-CP và Quy "
                "định số 399-QĐ/TW về thể loại, thể thức văn bản của Đảng."
            ),
            (
                "Trang thông tin điện tử công bố văn bản được phép công khai kèm đầy đủ thông tin: "
                "số, ký hiệu; loại văn bản; cơ quan ban hành; ngày ban hành, ngày có hiệu lực; "
                "trích yếu và tệp văn bản; có công cụ tra cứu theo số, ký hiệu, trích yếu, thời "
                "gian và cơ quan ban hành. Văn bản có độ mật hoặc chỉ lưu hành nội bộ tuyệt đối "
                "không đăng tải."
            ),
            (
                "Trang bảo đảm các chức năng: tìm kiếm toàn văn; in và lưu trữ từng bài viết; liên "
                "kết tới trang thông tin của các cơ quan liên quan; bản tiếng Anh của phần giới "
                "thiệu chức năng, nhiệm vụ, cơ cấu tổ chức và danh sách cán bộ đầu mối; hỗ trợ "
                "người khuyết tật tiếp cận thông tin."
            ),
            (
                "Ý kiến góp ý của cán bộ, đảng viên và người dân đối với dự thảo văn bản được tiếp "
                "nhận trong thời hạn ghi tại từng dự thảo, qua mẫu góp ý trên Trang hoặc thư điện "
                "tử của Văn phòng Đảng ủy Khối."
            ),
            (
                "Quy chế có hiệu lực từ ngày ký và thay thế Quy chế số 03-QC/ĐUK ngày 12/01/2021 "
                "của Ban Thường vụ Đảng ủy Khối."
            ),
        ],
    },
    # ---- State documents, oldest first
    {
        "number": "43/2011/NĐ-CP",
        "type": "Nghị định",
        "issuer": "CP",
        "date": "13/06/2011",
        "effective": "01/08/2011",
        "expiry": "",
        "signer": "",
        "position": "",
        "fields": ["Chuyển đổi số", "Pháp luật"],
        "summary": (
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin "
            "điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên "
                "trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước; là căn "
                "cứ để nhiều cơ quan, tổ chức xây dựng và vận hành trang thông tin điện tử trong "
                "giai đoạn 2011–2022."
            ),
            (
                "Nghị định xác định những thông tin cơ quan nhà nước phải cung cấp trên trang "
                "thông tin điện tử, như: giới thiệu cơ quan, tổ chức bộ máy và lãnh đạo; tin tức, "
                "sự kiện; thông tin chỉ đạo, điều hành; văn bản quy phạm pháp luật; chiến lược, "
                "quy hoạch, kế hoạch; mục lấy ý kiến góp ý của tổ chức, cá nhân; danh mục địa chỉ "
                "thư điện tử chính thức."
            ),
            (
                "Nghị định cũng quy định các chức năng hỗ trợ của trang thông tin điện tử, việc "
                "cung cấp dịch vụ công trực tuyến theo các mức độ và trách nhiệm của cơ quan nhà "
                "nước trong tổ chức thực hiện."
            ),
            (
                "Nghị định có hiệu lực từ ngày 01/8/2011 và đã được thay thế bởi Nghị định số "
                "42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ. Phần trên chỉ giới thiệu tóm tắt; văn "
                "bản gốc được đăng trên Công báo và cơ sở dữ liệu quốc gia về văn bản pháp luật."
            ),
        ],
    },
    {
        "number": "15/2018/QĐ-UBND",
        "type": "Quyết định (Nhà nước)",
        "issuer": "UBND",
        "date": "25/05/2018",
        "effective": "05/06/2018",
        "expiry": "10/09/2024",
        "signer": "Lục Văn Toàn",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Thanh Hóa và trang "
            "thông tin điện tử của các cơ quan nhà nước trên địa bàn tỉnh"
        ),
        "public": True,
        "relations": [("based_on", "43/2011/NĐ-CP")],
        "text": [
            (
                "Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Thanh "
                "Hóa và trang thông tin điện tử của các sở, ban, ngành, Ủy ban nhân dân các huyện, "
                "thị xã, thành phố, thực hiện theo Nghị định số 43/2011/NĐ-CP của Chính phủ."
            ),
            (
                "Quy chế quy định cấu trúc của Cổng thông tin điện tử tỉnh gồm cổng chính và các "
                "trang thành phần; trách nhiệm cung cấp thông tin của các cơ quan, đơn vị; quy "
                "trình tiếp nhận, biên tập, phê duyệt và đăng tải thông tin; chế độ nhuận bút, thù "
                "lao."
            ),
            (
                "Văn phòng Ủy ban nhân dân tỉnh là cơ quan chủ quản Cổng thông tin điện tử tỉnh; "
                "Sở Thông tin và Truyền thông hướng dẫn, kiểm tra việc bảo đảm an toàn thông tin "
                "và các yêu cầu kỹ thuật."
            ),
            "Quyết định có hiệu lực thi hành từ ngày 05 tháng 6 năm 2018.",
        ],
    },
    {
        "number": "42/2022/NĐ-CP",
        "type": "Nghị định",
        "issuer": "CP",
        "date": "24/06/2022",
        "effective": "15/08/2022",
        "expiry": "",
        "signer": "",
        "position": "",
        "fields": ["Chuyển đổi số", "Pháp luật"],
        "summary": (
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước "
            "trên môi trường mạng"
        ),
        "public": True,
        "relations": [("replaces", "43/2011/NĐ-CP")],
        "text": [
            (
                "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ "
                "quan nhà nước trên môi trường mạng, có hiệu lực từ ngày 15/8/2022 và thay thế "
                "Nghị định số 43/2011/NĐ-CP."
            ),
            (
                "Theo Nghị định, cổng thông tin điện tử hoặc trang thông tin điện tử là kênh cung "
                "cấp thông tin thống nhất, tập trung của cơ quan nhà nước trên môi trường mạng. "
                "Văn bản do cơ quan ban hành được công khai kèm hình thức văn bản, thẩm quyền ban "
                "hành, số ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu và tệp văn bản cho phép "
                "tải về, cùng công cụ tìm kiếm văn bản."
            ),
            (
                "Cơ quan nhà nước còn phải công khai chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ "
                "chức, sơ đồ tổ chức; địa chỉ, số điện thoại, thư điện tử của cơ quan; họ tên, "
                "chức vụ, đơn vị, số điện thoại, thư điện tử chính thức của cán bộ làm đầu mối "
                "liên hệ; chiến lược, chương trình, kế hoạch và thông tin hướng dẫn thực hiện pháp "
                "luật."
            ),
            (
                "Nghị định quy định các chức năng hỗ trợ cơ bản như tìm kiếm, liên kết, lưu trữ "
                "thông tin và cung cấp thông tin bằng tiếng nước ngoài; đồng thời quy định về dịch "
                "vụ công trực tuyến toàn trình và một phần. Phần trên chỉ giới thiệu tóm tắt; văn "
                "bản gốc được đăng trên Công báo."
            ),
        ],
    },
    {
        "number": "08/2022/NQ-HĐND",
        "type": "Nghị quyết (Nhà nước)",
        "issuer": "HĐND",
        "date": "13/07/2022",
        "effective": "25/07/2022",
        "expiry": "",
        "signer": "Kiều Văn Đạt",
        "position": "Chủ tịch Hội đồng nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Kinh tế – xã hội"],
        "summary": (
            "Quy định một số chính sách hỗ trợ phát triển chính quyền số tỉnh Thanh Hóa giai đoạn "
            "2022–2025"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị quyết quy định một số chính sách hỗ trợ phát triển chính quyền số tỉnh Thanh "
                "Hóa giai đoạn 2022–2025, áp dụng đối với các cơ quan hành chính nhà nước, đơn vị "
                "sự nghiệp công lập cấp tỉnh, cấp huyện, cấp xã và cán bộ, công chức, viên chức "
                "làm công tác công nghệ thông tin."
            ),
            (
                "Nội dung hỗ trợ gồm: kinh phí trang bị chữ ký số, thiết bị đầu cuối cho cán bộ, "
                "công chức cấp xã; chi phí thuê dịch vụ công nghệ thông tin dùng chung; hỗ trợ "
                "hằng tháng đối với công chức chuyên trách công nghệ thông tin cấp huyện, cấp xã."
            ),
            (
                "Kinh phí thực hiện được bố trí từ ngân sách tỉnh và ngân sách cấp huyện theo phân "
                "cấp hiện hành. Ủy ban nhân dân tỉnh tổ chức thực hiện; Thường trực, các Ban và "
                "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện."
            ),
            "Nghị quyết có hiệu lực thi hành từ ngày 25 tháng 7 năm 2022.",
        ],
    },
    {
        "number": "168/KH-UBND",
        "type": "Kế hoạch (Nhà nước)",
        "issuer": "UBND",
        "date": "28/07/2022",
        "effective": "28/07/2022",
        "expiry": "",
        "signer": "Lục Văn Toàn",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Triển khai thực hiện Nghị quyết số 08/2022/NQ-HĐND về chính sách hỗ trợ phát triển "
            "chính quyền số tỉnh Thanh Hóa giai đoạn 2022–2025"
        ),
        "public": True,
        "relations": [("based_on", "08/2022/NQ-HĐND")],
        "text": [
            (
                "Kế hoạch triển khai thực hiện Nghị quyết số 08/2022/NQ-HĐND của Hội đồng nhân dân "
                "tỉnh, phân công nhiệm vụ cụ thể cho các sở, ngành và Ủy ban nhân dân cấp huyện để "
                "đưa chính sách hỗ trợ phát triển chính quyền số vào cuộc sống."
            ),
            (
                "Sở Thông tin và Truyền thông chủ trì hướng dẫn đối tượng, hồ sơ, trình tự đề nghị "
                "hỗ trợ; Sở Tài chính tham mưu bố trí kinh phí; Sở Nội vụ rà soát vị trí việc làm "
                "chuyên trách công nghệ thông tin ở cấp huyện, cấp xã."
            ),
            (
                "Ủy ban nhân dân các huyện, thị xã, thành phố lập danh sách đối tượng được hỗ trợ, "
                "gửi Sở Thông tin và Truyền thông trước ngày 30 tháng 9 hằng năm và báo cáo kết "
                "quả thực hiện trước ngày 15 tháng 12."
            ),
        ],
    },
    {
        "number": "959/QĐ-UBND",
        "type": "Quyết định (Nhà nước)",
        "issuer": "UBND",
        "date": "21/03/2023",
        "effective": "21/03/2023",
        "expiry": "",
        "signer": "Lục Văn Toàn",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số"],
        "summary": "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa",
        "public": True,
        "relations": [],
        "text": [
            (
                "Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Thanh Hóa do Chủ tịch Ủy ban "
                "nhân dân tỉnh làm Trưởng ban, một Phó Chủ tịch Ủy ban nhân dân tỉnh làm Phó "
                "Trưởng ban thường trực, Giám đốc Sở Thông tin và Truyền thông làm Phó Trưởng ban."
            ),
            (
                "Thành viên Ban Chỉ đạo gồm lãnh đạo các sở, ban, ngành cấp tỉnh, đại diện Văn "
                "phòng Tỉnh ủy và một số doanh nghiệp viễn thông trên địa bàn tỉnh."
            ),
            (
                "Ban Chỉ đạo giúp Ủy ban nhân dân tỉnh nghiên cứu, chỉ đạo, điều phối thực hiện "
                "các nhiệm vụ chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số "
                "của tỉnh; các thành viên làm việc theo chế độ kiêm nhiệm."
            ),
            "Quyết định có hiệu lực từ ngày ký.",
        ],
    },
    {
        "number": "12614/UBND-VX",
        "type": "Công văn (Nhà nước)",
        "issuer": "UBND",
        "date": "22/09/2023",
        "effective": "",
        "expiry": "",
        "signer": "Hoàng Thị Ngân Hà",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Tuyên giáo"],
        "summary": "V/v tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023",
        "public": True,
        "relations": [],
        "text": [
            (
                "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành, Ủy ban nhân dân các huyện, thị "
                "xã, thành phố tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 "
                "năm 2023 thiết thực, tiết kiệm, hướng về người dân và doanh nghiệp."
            ),
            (
                "Các hoạt động chủ yếu: tuyên truyền về lợi ích của dịch vụ công trực tuyến và "
                "thanh toán không dùng tiền mặt; hướng dẫn người dân cài đặt, sử dụng các ứng dụng "
                "số của tỉnh; biểu dương tập thể, cá nhân có sáng kiến trong chuyển đổi số."
            ),
            (
                "Kết quả thực hiện gửi về Sở Thông tin và Truyền thông trước ngày 20/10/2023 để "
                "tổng hợp, báo cáo Ủy ban nhân dân tỉnh."
            ),
        ],
    },
    {
        "number": "12/CT-UBND",
        "type": "Chỉ thị (Nhà nước)",
        "issuer": "UBND",
        "date": "10/10/2023",
        "effective": "10/10/2023",
        "expiry": "",
        "signer": "Đoàn Hữu Lượng",
        "position": "Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Về đẩy mạnh sử dụng văn bản điện tử, chữ ký số trong hoạt động của các cơ quan hành "
            "chính nhà nước trên địa bàn tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Chỉ thị yêu cầu đẩy mạnh sử dụng văn bản điện tử, chữ ký số trong hoạt động của "
                "các cơ quan hành chính nhà nước trên địa bàn tỉnh, hướng tới cơ quan không giấy "
                "tờ."
            ),
            (
                "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành "
                "phố chỉ đạo gửi, nhận văn bản điện tử có ký số đối với 100% văn bản không mật; xử "
                "lý hồ sơ công việc trên phần mềm; không gửi kèm bản giấy đối với văn bản đã gửi "
                "điện tử, trừ trường hợp pháp luật có quy định khác."
            ),
            (
                "Kết quả thực hiện Chỉ thị là tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm "
                "vụ của cơ quan, đơn vị và người đứng đầu hằng năm. Văn phòng Ủy ban nhân dân tỉnh "
                "theo dõi, đôn đốc và báo cáo Chủ tịch Ủy ban nhân dân tỉnh."
            ),
        ],
    },
    {
        "number": "263/BC-UBND",
        "type": "Báo cáo (Nhà nước)",
        "issuer": "UBND",
        "date": "20/12/2023",
        "effective": "",
        "expiry": "",
        "signer": "Đoàn Hữu Lượng",
        "position": "Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Kinh tế – xã hội"],
        "summary": (
            "Kết quả thực hiện nhiệm vụ chuyển đổi số, phát triển chính quyền số năm 2023; nhiệm "
            "vụ năm 2024"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số, phát triển chính quyền số của "
                "tỉnh năm 2023, đánh giá theo ba trụ cột chính quyền số, kinh tế số và xã hội số; "
                "đề ra nhiệm vụ trọng tâm năm 2024."
            ),
            (
                "Năm 2023, hạ tầng số tiếp tục được đầu tư; các nền tảng dùng chung của tỉnh vận "
                "hành ổn định; hệ thống quản lý văn bản được kết nối liên thông từ cấp tỉnh đến "
                "cấp xã; nhiều dịch vụ công trực tuyến được cung cấp toàn trình."
            ),
            (
                "Tồn tại: một số cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ; tỷ lệ hồ "
                "sơ nộp trực tuyến ở một số lĩnh vực còn thấp; nhân lực chuyên trách ở cấp xã còn "
                "thiếu."
            ),
            (
                "Năm 2024, tỉnh tập trung hoàn thiện cơ sở dữ liệu dùng chung, nâng cấp cổng, "
                "trang thông tin điện tử theo quy định mới và bảo đảm an toàn thông tin theo cấp "
                "độ."
            ),
        ],
    },
    {
        "number": "22/2023/TT-BTTTT",
        "type": "Thông tư",
        "issuer": "BTTTT",
        "date": "31/12/2023",
        "effective": "05/04/2024",
        "expiry": "",
        "signer": "",
        "position": "",
        "fields": ["Chuyển đổi số", "Pháp luật"],
        "summary": (
            "Quy định yêu cầu về cấu trúc, bố cục và kỹ thuật đối với cổng thông tin điện tử, "
            "trang thông tin điện tử của cơ quan nhà nước"
        ),
        "public": True,
        "relations": [("guides", "42/2022/NĐ-CP")],
        "text": [
            (
                "Thông tư của Bộ Thông tin và Truyền thông quy định yêu cầu về cấu trúc, bố cục và "
                "kỹ thuật đối với cổng thông tin điện tử, trang thông tin điện tử của cơ quan nhà "
                "nước, hướng dẫn thực hiện Nghị định số 42/2022/NĐ-CP; có hiệu lực từ ngày "
                "05/4/2024."
            ),
            (
                "Thông tư đặt ra các yêu cầu chung về bố cục trang chủ, phần đầu và phần cuối "
                "trang; sự thống nhất về giao diện giữa cổng chính và các cổng, trang thành phần; "
                "các chức năng tìm kiếm, tra cứu; khả năng hiển thị trên các loại thiết bị."
            ),
            (
                "Thông tư cũng đặt ra yêu cầu về hỗ trợ người khuyết tật tiếp cận thông tin và về "
                "bảo đảm an toàn thông tin. Phần trên chỉ giới thiệu tóm tắt; văn bản gốc được "
                "đăng trên Công báo."
            ),
        ],
    },
    {
        "number": "1893/STC-QLNS",
        "type": "Công văn (Nhà nước)",
        "issuer": "STC",
        "date": "06/05/2024",
        "effective": "",
        "expiry": "",
        "signer": "Vi Thị Thanh Nga",
        "position": "Phó Giám đốc Sở Tài chính",
        "fields": ["Chuyển đổi số", "Kinh tế – xã hội"],
        "summary": "V/v hướng dẫn sử dụng kinh phí thực hiện nhiệm vụ chuyển đổi số năm 2024",
        "public": True,
        "relations": [],
        "text": [
            (
                "Sở Tài chính hướng dẫn các cơ quan, đơn vị sử dụng kinh phí được giao năm 2024 để "
                "thực hiện nhiệm vụ chuyển đổi số, bảo đảm đúng mục đích, tiết kiệm, hiệu quả."
            ),
            (
                "Các khoản chi thuê dịch vụ công nghệ thông tin, mua sắm thiết bị, chữ ký số thực "
                "hiện theo dự toán được duyệt và quy định về đấu thầu; không sử dụng kinh phí "
                "chuyển đổi số để chi cho nhiệm vụ khác."
            ),
            (
                "Đơn vị có nhu cầu điều chỉnh dự toán gửi văn bản về Sở Tài chính trước ngày "
                "30/6/2024; tình hình sử dụng kinh phí được báo cáo cùng với báo cáo quyết toán "
                "năm."
            ),
        ],
    },
    {
        "number": "412/TB-UBND",
        "type": "Thông báo (Nhà nước)",
        "issuer": "UBND",
        "date": "12/07/2024",
        "effective": "",
        "expiry": "",
        "signer": "Nguyễn Thế Thuyên",
        "position": "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số"],
        "summary": (
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại hội nghị trực tuyến đánh giá kết quả "
            "chuyển đổi số sáu tháng đầu năm 2024"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại hội nghị trực tuyến đánh "
                "giá kết quả chuyển đổi số sáu tháng đầu năm 2024, kết nối từ điểm cầu tỉnh tới "
                "các huyện, thị xã, thành phố."
            ),
            (
                "Chủ tịch Ủy ban nhân dân tỉnh ghi nhận tỷ lệ hồ sơ thủ tục hành chính được tiếp "
                "nhận, giải quyết trực tuyến tăng so với cùng kỳ; tỷ lệ văn bản điện tử có ký số "
                "được gửi, nhận ở cấp tỉnh đạt trên 98%."
            ),
            (
                "Yêu cầu các sở, ngành, địa phương: rà soát, nâng cấp cổng, trang thông tin điện "
                "tử theo quy định mới; hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn "
                "hiệu lực; bảo đảm an toàn hệ thống thông tin theo cấp độ."
            ),
            "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.",
        ],
    },
    {
        "number": "28/2024/QĐ-UBND",
        "type": "Quyết định (Nhà nước)",
        "issuer": "UBND",
        "date": "30/08/2024",
        "effective": "10/09/2024",
        "expiry": "",
        "signer": "Hoàng Thị Ngân Hà",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Văn phòng – hành chính"],
        "summary": (
            "Ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử "
            "tỉnh Thanh Hóa và trang thông tin điện tử của các cơ quan nhà nước trên địa bàn tỉnh"
        ),
        "public": True,
        "relations": [("replaces", "15/2018/QĐ-UBND"), ("based_on", "42/2022/NĐ-CP")],
        "text": [
            (
                "Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng "
                "thông tin điện tử tỉnh Thanh Hóa và các trang thông tin điện tử thành phần, thực "
                "hiện Nghị định số 42/2022/NĐ-CP của Chính phủ và Thông tư số 22/2023/TT-BTTTT của "
                "Bộ Thông tin và Truyền thông."
            ),
            (
                "Quy chế quy định danh mục thông tin bắt buộc công khai và thời hạn cập nhật; yêu "
                "cầu công bố văn bản kèm số, ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu và "
                "tệp văn bản; trách nhiệm trả lời câu hỏi, tiếp nhận ý kiến góp ý của tổ chức, cá "
                "nhân trên môi trường mạng."
            ),
            (
                "Các cơ quan, đơn vị rà soát, hoàn thiện trang thông tin điện tử của mình theo yêu "
                "cầu về cấu trúc, bố cục và kỹ thuật, hoàn thành trước ngày 31/12/2024."
            ),
            (
                "Quyết định có hiệu lực thi hành từ ngày 10 tháng 9 năm 2024 và thay thế Quyết "
                "định số 15/2018/QĐ-UBND ngày 25/5/2018 của Ủy ban nhân dân tỉnh."
            ),
        ],
    },
    {
        "number": "2518/SNV-VTLT",
        "type": "Công văn (Nhà nước)",
        "issuer": "SNV",
        "date": "12/09/2024",
        "effective": "",
        "expiry": "",
        "signer": "Lê Bá Cường",
        "position": "Giám đốc Sở Nội vụ",
        "fields": ["Văn phòng – hành chính", "Chuyển đổi số"],
        "summary": (
            "V/v hướng dẫn lập hồ sơ điện tử và chuẩn bị nộp lưu hồ sơ, tài liệu điện tử vào Lưu "
            "trữ lịch sử tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Sở Nội vụ hướng dẫn các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ "
                "lịch sử tỉnh thực hiện lập hồ sơ điện tử trên hệ thống quản lý văn bản và chuẩn "
                "bị nộp lưu hồ sơ, tài liệu điện tử."
            ),
            (
                "Hồ sơ điện tử được lập ngay trong quá trình giải quyết công việc, gắn mã hồ sơ "
                "theo danh mục hồ sơ năm của cơ quan; tài liệu số hóa từ tài liệu giấy phải bảo "
                "đảm định dạng, độ phân giải và có chữ ký số của cơ quan thực hiện số hóa."
            ),
            (
                "Các cơ quan, tổ chức rà soát danh mục hồ sơ năm 2024, gửi Sở Nội vụ trước ngày "
                "31/10/2024 để được hướng dẫn kỹ thuật."
            ),
        ],
    },
    {
        "number": "214/TTr-UBND",
        "type": "Tờ trình (Nhà nước)",
        "issuer": "UBND",
        "date": "15/11/2024",
        "effective": "",
        "expiry": "",
        "signer": "Đoàn Hữu Lượng",
        "position": "Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Pháp luật"],
        "summary": (
            "Đề nghị ban hành Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số "
            "08/2022/NQ-HĐND của Hội đồng nhân dân tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, ban hành Nghị "
                "quyết sửa đổi, bổ sung một số điều của Nghị quyết số 08/2022/NQ-HĐND về chính "
                "sách hỗ trợ phát triển chính quyền số."
            ),
            (
                "Sau hơn hai năm thực hiện, chính sách đã góp phần trang bị chữ ký số, thiết bị "
                "cho cán bộ, công chức cấp xã và ổn định đội ngũ làm công tác công nghệ thông tin; "
                "tuy nhiên, một số nội dung không còn phù hợp, nhu cầu số hóa hồ sơ, tài liệu ở "
                "cấp xã chưa được hỗ trợ."
            ),
            (
                "Dự thảo Nghị quyết đề xuất kéo dài thời gian áp dụng chính sách đến hết năm 2026, "
                "bổ sung nội dung hỗ trợ số hóa hồ sơ, tài liệu và điều chỉnh mức hỗ trợ. Kèm theo "
                "Tờ trình có dự thảo Nghị quyết, báo cáo thẩm định và bản tổng hợp ý kiến góp ý."
            ),
            "Kính trình Hội đồng nhân dân tỉnh xem xét, quyết định.",
        ],
    },
    {
        "number": "21/2024/NQ-HĐND",
        "type": "Nghị quyết (Nhà nước)",
        "issuer": "HĐND",
        "date": "10/12/2024",
        "effective": "01/01/2025",
        "expiry": "",
        "signer": "Kiều Văn Đạt",
        "position": "Chủ tịch Hội đồng nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Kinh tế – xã hội"],
        "summary": (
            "Sửa đổi, bổ sung một số điều của Nghị quyết số 08/2022/NQ-HĐND ngày 13/7/2022 của Hội "
            "đồng nhân dân tỉnh quy định một số chính sách hỗ trợ phát triển chính quyền số"
        ),
        "public": True,
        "relations": [("amends", "08/2022/NQ-HĐND")],
        "text": [
            (
                "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 08/2022/NQ-HĐND về "
                "chính sách hỗ trợ phát triển chính quyền số, kéo dài thời gian áp dụng chính sách "
                "đến hết năm 2026 và điều chỉnh đối tượng, mức hỗ trợ cho phù hợp với thực tiễn."
            ),
            (
                "Bổ sung nội dung hỗ trợ chi phí số hóa hồ sơ, tài liệu lưu trữ của cơ quan hành "
                "chính cấp xã; điều chỉnh mức hỗ trợ hằng tháng đối với công chức chuyên trách "
                "công nghệ thông tin. Các nội dung khác của Nghị quyết số 08/2022/NQ-HĐND giữ "
                "nguyên."
            ),
            "Nghị quyết có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025.",
        ],
    },
    {
        "number": "58/TTr-SNV",
        "type": "Tờ trình (Nhà nước)",
        "issuer": "SNV",
        "date": "03/03/2025",
        "effective": "",
        "expiry": "",
        "signer": "Lê Bá Cường",
        "position": "Giám đốc Sở Nội vụ",
        "fields": ["Tổ chức – cán bộ", "Pháp luật"],
        "summary": (
            "Đề nghị ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức "
            "của Sở Nội vụ sau khi sắp xếp"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định quy định "
                "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ sau khi tiếp nhận "
                "chức năng, nhiệm vụ từ Sở Lao động – Thương binh và Xã hội."
            ),
            (
                "Dự thảo Quyết định xác định Sở Nội vụ là cơ quan chuyên môn tham mưu, giúp Ủy ban "
                "nhân dân tỉnh quản lý nhà nước về tổ chức bộ máy, công chức, viên chức, thi đua – "
                "khen thưởng, văn thư – lưu trữ, lao động, việc làm, người có công và các lĩnh vực "
                "khác theo quy định."
            ),
            (
                "Dự thảo đã được lấy ý kiến các sở, ngành liên quan và thẩm định theo quy định. "
                "Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định."
            ),
        ],
    },
    {
        "number": "5216/UBND-NC",
        "type": "Công văn (Nhà nước)",
        "issuer": "UBND",
        "date": "14/04/2025",
        "effective": "",
        "expiry": "",
        "signer": "Hoàng Thị Ngân Hà",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Văn phòng – hành chính", "Tổ chức – cán bộ"],
        "summary": (
            "V/v cập nhật thông tin tổ chức bộ máy, cán bộ đầu mối liên hệ trên cổng, trang thông "
            "tin điện tử sau sắp xếp"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Sau khi sắp xếp tổ chức bộ máy, Ủy ban nhân dân tỉnh yêu cầu các cơ quan chuyên "
                "môn, đơn vị sự nghiệp cấp tỉnh khẩn trương cập nhật thông tin về chức năng, nhiệm "
                "vụ, cơ cấu tổ chức và cán bộ đầu mối liên hệ trên cổng, trang thông tin điện tử "
                "của cơ quan, đơn vị."
            ),
            (
                "Thông tin về cán bộ đầu mối gồm họ tên, chức vụ, đơn vị, số điện thoại và thư "
                "điện tử chính thức; các cơ quan, đơn vị đồng thời cung cấp bản tiếng Anh của phần "
                "giới thiệu tổ chức bộ máy và danh sách cán bộ đầu mối."
            ),
            (
                "Việc cập nhật hoàn thành trong thời hạn 10 ngày kể từ ngày quyết định sắp xếp có "
                "hiệu lực; Văn phòng Ủy ban nhân dân tỉnh kiểm tra, tổng hợp kết quả."
            ),
        ],
    },
    {
        "number": "77/BC-SNV",
        "type": "Báo cáo (Nhà nước)",
        "issuer": "SNV",
        "date": "25/04/2025",
        "effective": "",
        "expiry": "",
        "signer": "Lê Bá Cường",
        "position": "Giám đốc Sở Nội vụ",
        "fields": ["Tổ chức – cán bộ"],
        "summary": (
            "Kết quả sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Báo cáo kết quả sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân "
                "dân tỉnh theo chủ trương tinh gọn, hoạt động hiệu lực, hiệu quả."
            ),
            (
                "Sau sắp xếp, số lượng cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh giảm; các "
                "phòng, đơn vị trực thuộc được tổ chức lại theo hướng một cơ quan thực hiện nhiều "
                "nhiệm vụ, một nhiệm vụ chỉ giao cho một cơ quan chủ trì."
            ),
            (
                "Việc bố trí cán bộ, công chức, viên chức sau sắp xếp được thực hiện công khai, "
                "minh bạch; chế độ, chính sách đối với người nghỉ việc do sắp xếp được giải quyết "
                "kịp thời."
            ),
            (
                "Sở Nội vụ kiến nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan mới hoàn thiện quy "
                "chế làm việc, vị trí việc làm và cập nhật thông tin tổ chức bộ máy trên Cổng "
                "thông tin điện tử tỉnh."
            ),
        ],
    },
    {
        "number": "15/2025/NQ-HĐND",
        "type": "Nghị quyết (Nhà nước)",
        "issuer": "HĐND",
        "date": "11/07/2025",
        "effective": "21/07/2025",
        "expiry": "",
        "signer": "Kiều Văn Đạt",
        "position": "Chủ tịch Hội đồng nhân dân tỉnh",
        "fields": ["Thi đua – khen thưởng"],
        "summary": (
            "Quy định nội dung chi, mức chi cho công tác thi đua, khen thưởng trên địa bàn tỉnh "
            "Thanh Hóa"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Nghị quyết quy định nội dung chi, mức chi cho công tác thi đua, khen thưởng trên "
                "địa bàn tỉnh Thanh Hóa, áp dụng đối với các cơ quan, tổ chức, đơn vị sử dụng ngân "
                "sách nhà nước và các tập thể, cá nhân được khen thưởng."
            ),
            (
                "Nghị quyết quy định mức tiền thưởng kèm theo các danh hiệu thi đua, hình thức "
                "khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh và của chính quyền "
                "địa phương cấp xã; chi in ấn, làm khung bằng khen, giấy khen; chi tổ chức phong "
                "trào thi đua và hội nghị điển hình tiên tiến."
            ),
            (
                "Kinh phí được bảo đảm từ quỹ thi đua, khen thưởng trích lập theo quy định. Ủy ban "
                "nhân dân tỉnh hướng dẫn tổ chức thực hiện."
            ),
            "Nghị quyết có hiệu lực thi hành từ ngày 21 tháng 7 năm 2025.",
        ],
    },
    {
        "number": "31/HD-STC",
        "type": "Hướng dẫn (Nhà nước)",
        "issuer": "STC",
        "date": "05/08/2025",
        "effective": "05/08/2025",
        "expiry": "",
        "signer": "Vi Thị Thanh Nga",
        "position": "Phó Giám đốc Sở Tài chính",
        "fields": ["Thi đua – khen thưởng"],
        "summary": (
            "Hướng dẫn thực hiện Nghị quyết số 15/2025/NQ-HĐND quy định nội dung chi, mức chi cho "
            "công tác thi đua, khen thưởng"
        ),
        "public": True,
        "relations": [("guides", "15/2025/NQ-HĐND")],
        "text": [
            (
                "Hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí chi cho công "
                "tác thi đua, khen thưởng theo Nghị quyết số 15/2025/NQ-HĐND của Hội đồng nhân dân "
                "tỉnh."
            ),
            (
                "Các cơ quan, đơn vị lập dự toán kinh phí khen thưởng cùng với dự toán ngân sách "
                "hằng năm; quỹ thi đua, khen thưởng được theo dõi riêng, chi đúng đối tượng, đúng "
                "mức quy định; tiền thưởng được làm tròn số lên hàng chục nghìn đồng."
            ),
            (
                "Chứng từ thanh toán gồm quyết định khen thưởng, danh sách tập thể, cá nhân được "
                "khen thưởng và chứng từ chi theo quy định. Trong quá trình thực hiện, nếu có "
                "vướng mắc, các đơn vị phản ánh về Sở Tài chính để được hướng dẫn."
            ),
        ],
    },
    {
        "number": "88/HD-SNV",
        "type": "Hướng dẫn (Nhà nước)",
        "issuer": "SNV",
        "date": "15/11/2025",
        "effective": "15/11/2025",
        "expiry": "",
        "signer": "Lê Bá Cường",
        "position": "Giám đốc Sở Nội vụ",
        "fields": ["Thi đua – khen thưởng"],
        "summary": (
            "Hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2025 và đăng ký thi đua năm 2026"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Hướng dẫn các sở, ban, ngành, đơn vị cấp tỉnh và Ủy ban nhân dân các xã, phường "
                "tổng kết công tác thi đua, khen thưởng năm 2025 và tổ chức đăng ký thi đua năm "
                "2026."
            ),
            (
                "Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ qua hệ thống quản lý văn bản điều "
                "hành, kèm tệp điện tử của báo cáo thành tích; thời hạn nhận hồ sơ khen thưởng "
                "tổng kết năm là trước ngày 15/01/2026."
            ),
            (
                "Bản đăng ký thi đua năm 2026 nêu rõ danh hiệu thi đua đăng ký, chỉ tiêu và nhiệm "
                "vụ cụ thể, gửi trước ngày 28/02/2026. Việc bình xét phải bảo đảm công khai, dân "
                "chủ, chú trọng khen thưởng người lao động trực tiếp."
            ),
        ],
    },
    {
        "number": "312/KH-UBND",
        "type": "Kế hoạch (Nhà nước)",
        "issuer": "UBND",
        "date": "18/12/2025",
        "effective": "18/12/2025",
        "expiry": "",
        "signer": "Hoàng Thị Ngân Hà",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Văn phòng – hành chính", "Tuyên giáo"],
        "summary": "Tuyên truyền cải cách hành chính năm 2026",
        "public": True,
        "relations": [],
        "text": [
            (
                "Kế hoạch tuyên truyền cải cách hành chính năm 2026 nhằm nâng cao nhận thức của "
                "cán bộ, công chức, viên chức và người dân về cải cách hành chính, chuyển đổi số "
                "và kết quả vận hành chính quyền địa phương hai cấp."
            ),
            (
                "Nội dung tuyên truyền: thủ tục hành chính được đơn giản hóa; dịch vụ công trực "
                "tuyến toàn trình; việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh "
                "nghiệp; những mô hình hay trong phục vụ người dân tại các xã, phường."
            ),
            (
                "Hình thức: tuyên truyền trên báo chí, Cổng thông tin điện tử tỉnh, trang thông "
                "tin điện tử của các cơ quan, đơn vị, hệ thống truyền thanh cơ sở và mạng xã hội; "
                "tổ chức hội thi tìm hiểu về cải cách hành chính."
            ),
            (
                "Sở Nội vụ chủ trì theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân "
                "tỉnh trước ngày 10/12/2026."
            ),
        ],
    },
    {
        "number": "45/2026/QĐ-UBND",
        "type": "Quyết định (Nhà nước)",
        "issuer": "UBND",
        "date": "20/11/2026",
        "effective": "01/01/2027",
        "expiry": "",
        "signer": "Hoàng Thị Ngân Hà",
        "position": "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "fields": ["Chuyển đổi số", "Pháp luật"],
        "summary": (
            "Ban hành Quy định về quản lý, kết nối và chia sẻ dữ liệu số giữa các cơ quan nhà nước "
            "trên địa bàn tỉnh Thanh Hóa"
        ),
        "public": True,
        "relations": [],
        "text": [
            (
                "Quyết định ban hành Quy định về quản lý, kết nối và chia sẻ dữ liệu số giữa các "
                "cơ quan nhà nước trên địa bàn tỉnh Thanh Hóa, áp dụng đối với các sở, ban, ngành "
                "cấp tỉnh và Ủy ban nhân dân các xã, phường."
            ),
            (
                "Quy định xác định danh mục cơ sở dữ liệu dùng chung của tỉnh và cơ quan chủ quản "
                "của từng cơ sở dữ liệu; nguyên tắc dữ liệu được thu thập một lần, chia sẻ cho "
                "nhiều cơ quan sử dụng; trách nhiệm bảo đảm chất lượng, cập nhật và an toàn dữ "
                "liệu."
            ),
            (
                "Việc kết nối, chia sẻ dữ liệu được thực hiện qua nền tảng tích hợp, chia sẻ dữ "
                "liệu của tỉnh; cơ quan khai thác dữ liệu chỉ sử dụng đúng mục đích đã đăng ký và "
                "không cung cấp cho bên thứ ba khi chưa được cơ quan chủ quản đồng ý."
            ),
            "Quyết định có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.",
        ],
    },
]
