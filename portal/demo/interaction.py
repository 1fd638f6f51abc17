"""Demo of the interaction with readers: Q&A with published answers, a draft open for
comment and one closed, and a few messages waiting in the board's inbox."""

import datetime

from django.utils import timezone

from interaction.models import (
    ConsultationIndexPage,
    ConsultationPage,
    QuestionIndexPage,
    ReaderMessage,
    Topic,
)
from portal.demo.pages import child_page

TOPICS = [
    "Công tác xây dựng Đảng",
    "Công tác đảng viên",
    "Kiểm tra, giám sát",
    "Chế độ, chính sách",
    "Chuyển đổi số",
]

QA_INTRO = (
    "Cán bộ, đảng viên và người dân gửi câu hỏi về chủ trương của Đảng, chính sách, pháp luật "
    "của Nhà nước và hoạt động của Đảng ủy Khối; Ban Biên tập chuyển cơ quan chuyên môn trả lời."
)

# (topic, question, answer)
ANSWERS = [
    (
        "Công tác đảng viên",
        "Đảng viên chuyển công tác sang đơn vị mới trong Khối thì làm thủ tục chuyển sinh hoạt "
        "đảng như thế nào, trong bao lâu?",
        "Theo Hướng dẫn số 06-HD/TW, đảng viên đề nghị chi bộ nơi đang sinh hoạt làm thủ tục "
        "giới thiệu chuyển sinh hoạt đảng chính thức trong thời hạn 60 ngày kể từ ngày có quyết "
        "định điều động. Hồ sơ gồm giấy giới thiệu, hồ sơ đảng viên và phiếu đảng viên; đảng "
        "viên có trách nhiệm báo cáo với chi bộ mới trong 30 ngày làm việc kể từ ngày ghi trong "
        "giấy giới thiệu.",
    ),
    (
        "Công tác xây dựng Đảng",
        "Chi bộ có dưới 9 đảng viên có phải bầu phó bí thư không?",
        "Chi bộ có dưới 9 đảng viên chính thức chỉ bầu bí thư, không bầu cấp ủy; trường hợp cần "
        "thiết có thể bầu phó bí thư. Việc bầu cử thực hiện theo Quy chế bầu cử trong Đảng ban "
        "hành kèm theo Quyết định số 190-QĐ/TW.",
    ),
    (
        "Chuyển đổi số",
        "Đảng viên có thể nộp đảng phí qua ứng dụng ngân hàng được không?",
        "Được. Từ năm 2025, nhiều tổ chức cơ sở đảng trong Khối đã mở tài khoản thu đảng phí. "
        "Đảng viên chuyển khoản với nội dung ghi rõ họ tên, chi bộ và tháng nộp; chi bộ đối chiếu "
        "và ghi sổ theo Quy định số 01-QĐ/TW về chế độ đảng phí.",
    ),
    (
        "Kiểm tra, giám sát",
        "Đảng viên có quyền gửi đơn tố cáo trực tiếp đến Ủy ban Kiểm tra Đảng ủy Khối không?",
        "Đảng viên có quyền tố cáo đảng viên, tổ chức đảng vi phạm đến tổ chức đảng có thẩm "
        "quyền, trong đó có Ủy ban Kiểm tra Đảng ủy Khối. Đơn phải ghi rõ họ tên, địa chỉ người "
        "tố cáo và có chữ ký; đơn nặc danh, mạo danh không được xem xét giải quyết.",
    ),
]

# Waiting in the inbox: (kind, name, organisation, email, phone, topic, subject, text)
WAITING = [
    (
        ReaderMessage.Kind.QUESTION,
        "Nguyễn Thị Hồng",
        "Chi bộ Phòng Kế toán, Công ty Điện lực",
        "hong.nguyen@example.vn",
        "",
        "Chế độ, chính sách",
        "",
        "Đảng viên đã nghỉ hưu có được miễn sinh hoạt đảng không, cần thủ tục gì?",
    ),
    (
        ReaderMessage.Kind.CONTACT,
        "Trần Văn Minh",
        "Đảng bộ Trường Cao đẳng Y tế",
        "",
        "0912 345 678",
        None,
        "Đề nghị đăng tin hoạt động",
        "Đảng bộ chúng tôi muốn gửi bài về hội nghị điển hình tiên tiến, xin hướng dẫn cách gửi.",
    ),
]

CONSULTATION_INTRO = (
    "Đảng ủy Khối lấy ý kiến cán bộ, đảng viên và nhân dân về các dự thảo văn bản trước khi "
    "ban hành."
)


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


class InteractionLoader:
    def __init__(self, home, contact_email=""):
        self.home = home
        self.contact_email = contact_email

    def load(self):
        topics = {
            name: Topic.objects.get_or_create(name=name, defaults={"sort_order": n})[0]
            for n, name in enumerate(TOPICS)
        }
        qa, created = child_page(
            self.home,
            QuestionIndexPage,
            "hoi-dap",
            publish=True,
            title="Hỏi – Đáp",
            intro=QA_INTRO,
        )
        if created:
            self._answers(topics)
            self._waiting(topics)
        self._consultations()
        return qa

    def _answers(self, topics):
        now = timezone.now()
        for days, (topic, question, answer) in enumerate(ANSWERS):
            received = now - datetime.timedelta(days=40 - 7 * days)
            ReaderMessage.objects.create(
                kind=ReaderMessage.Kind.QUESTION,
                topic=topics[topic],
                text=question,
                answer=answer,
                received_at=received,
                answered_at=received + datetime.timedelta(days=5),
                status=ReaderMessage.Status.ANSWERED,
                published=True,
            )

    def _waiting(self, topics):
        for kind, name, organisation, email, phone, topic, subject, text in WAITING:
            ReaderMessage.objects.create(
                kind=kind,
                name=name,
                organisation=organisation,
                email=email,
                phone=phone,
                topic=topics.get(topic),
                subject=subject,
                text=text,
                consent_at=timezone.now(),
            )

    def _consultations(self):
        index, _ = child_page(
            self.home,
            ConsultationIndexPage,
            "gop-y-du-thao",
            publish=True,
            title="Góp ý dự thảo",
            intro=CONSULTATION_INTRO,
        )
        now = timezone.now()
        child_page(
            index,
            ConsultationPage,
            "du-thao-quy-che-lam-viec-nhiem-ky-2025-2030",
            publish=True,
            title="Dự thảo Quy chế làm việc của Đảng ủy Khối nhiệm kỳ 2025 – 2030",
            summary="Dự thảo gồm 5 chương, 32 điều, quy định nguyên tắc, chế độ làm việc, "
            "trách nhiệm và quan hệ công tác của Ban Chấp hành, Ban Thường vụ Đảng ủy Khối.",
            drafting_body="Văn phòng Đảng ủy Khối",
            opens_at=now - datetime.timedelta(days=5),
            closes_at=now + datetime.timedelta(days=25),
            postal_address="Văn phòng Đảng ủy Khối, số 2 đường Trần Phú, thành phố Thanh Hóa",
            receiving_email=self.contact_email,
            body=_paragraphs(
                "<b>Chương I. Những quy định chung.</b> Điều 1. Phạm vi điều chỉnh: Quy chế "
                "này quy định nguyên tắc, chế độ làm việc, trách nhiệm, quyền hạn và quan hệ "
                "công tác của Ban Chấp hành, Ban Thường vụ, Thường trực Đảng ủy Khối.",
                "Điều 2. Nguyên tắc làm việc: bảo đảm nguyên tắc tập trung dân chủ, tập thể "
                "lãnh đạo, cá nhân phụ trách; đề cao trách nhiệm người đứng đầu.",
            ),
        )
        child_page(
            index,
            ConsultationPage,
            "du-thao-ke-hoach-chuyen-doi-so-2026",
            publish=True,
            title="Dự thảo Kế hoạch chuyển đổi số trong các tổ chức đảng năm 2026",
            summary="Lấy ý kiến các tổ chức cơ sở đảng về mục tiêu, nhiệm vụ và lộ trình "
            "chuyển đổi số trong công tác đảng năm 2026.",
            drafting_body="Ban Tuyên giáo Đảng ủy Khối",
            opens_at=now - datetime.timedelta(days=60),
            closes_at=now - datetime.timedelta(days=30),
            body=_paragraphs("Mục tiêu: 100% tổ chức cơ sở đảng sử dụng sổ tay đảng viên điện tử."),
        )
