"""Realistic Vietnamese text in any quantity, for large generated sites and benchmarks.

The words come from the demo newsroom and library (real Vietnamese written for this portal),
recombined: a generated article is a demo template filled for a random unit, day and person,
lengthened with sentences from other templates and documents, and now and then given a
sentence about an uncommon subject (``RARE_TERMS``), so that rare words are rare and common
words ("Đảng", "cán bộ", "hội nghị") as common as on a real committee site. The same seed
always gives the same text.
"""

import datetime
import random
import re
from functools import cached_property

from .datafiles import read

# Subjects a committee site mentions only now and then: local products, crafts and places.
RARE_TERMS = [
    "chè Shan tuyết",
    "cói Nga Sơn",
    "chiếu cói",
    "nước mắm Ba Làng",
    "nem chua",
    "bánh gai",
    "dó bầu",
    "quế Thường Xuân",
    "luồng Lang Chánh",
    "mía đường Lam Sơn",
    "xi măng Nghi Sơn",
    "lọc hóa dầu",
    "thổ cẩm Mường",
    "cồng chiêng",
    "đàn đá Tràng Thi",
    "trống đồng Đông Sơn",
    "di sản Thành nhà Hồ",
    "khu di tích Lam Kinh",
    "suối cá Cẩm Lương",
    "đền Bà Triệu",
    "pù luông",
    "thác Mây",
    "bãi biển Hải Tiến",
    "vịnh Nghi Sơn",
    "đảo Hòn Mê",
    "rừng ngập mặn",
    "tôm thẻ chân trắng",
    "nuôi hàu",
    "ngao Hậu Lộc",
    "bưởi Luận Văn",
    "cam Vân Du",
    "dưa lưới",
    "nấm đông trùng hạ thảo",
    "mật ong rừng",
    "sâm Bố Chính",
    "lúa J02",
    "giống lúa Thiên ưu",
    "máy cấy",
    "tưới nhỏ giọt",
    "hầm biogas",
    "điện mặt trời áp mái",
    "xe điện",
    "kho lạnh",
    "truy xuất nguồn gốc",
    "mã QR",
    "chữ ký số",
    "hóa đơn điện tử",
    "sàn thương mại điện tử",
    "livestream bán hàng",
    "OCOP",
    "HTX dệt may",
    "làng nghề đúc đồng",
    "gốm Lò Chum",
    "sơn mài",
    "khảm trai",
    "mây tre đan",
    "thêu ren",
    "rèn Trà Đông",
    "bánh răng",
    "máy tiện CNC",
    "phôi thép",
    "sợi polyester",
    "giày thể thao",
    "nhà máy nhiệt điện",
    "cảng Lễ Môn",
    "sân bay Thọ Xuân",
    "đường sắt Bắc Nam",
    "cao tốc Bắc – Nam",
    "hầm chui",
    "cầu Hoằng Hóa",
    "đê tả sông Mã",
    "hồ Cửa Đạt",
    "lũ quét",
    "sạt lở",
    "rét đậm, rét hại",
    "dịch tả lợn châu Phi",
    "cúm gia cầm",
    "sốt xuất huyết",
    "tiêm chủng mở rộng",
    "hiến máu tình nguyện",
    "nhà nhân ái",
    "mái ấm công đoàn",
    "quỹ khuyến học",
    "học bổng Vừ A Dính",
    "tủ sách pháp luật",
    "câu lạc bộ dưỡng sinh",
    "giải bóng chuyền hơi",
    "kéo co",
    "đẩy gậy",
    "ném còn",
    "hát xoan",
    "múa đèn Đông Anh",
    "trò Xuân Phả",
    "lễ hội Pôồn Pôông",
    "hò sông Mã",
    "Mường Lát",
    "Quan Sơn",
    "Bá Thước",
    "Cẩm Thủy",
    "Thạch Thành",
    "Như Xuân",
    "Như Thanh",
    "Ngọc Lặc",
    "Lang Chánh",
    "Thường Xuân",
    "Vĩnh Lộc",
    "Yên Định",
    "Thiệu Hóa",
    "Nông Cống",
    "Quảng Xương",
    "Hậu Lộc",
    "Hoằng Hóa",
    "Nga Sơn",
    "Hà Trung",
    "Triệu Sơn",
]
RARE_SENTENCES = [
    "Đáng chú ý là mô hình {term} đã được nhiều chi bộ học tập, nhân rộng.",
    "Đoàn cũng đi thực tế tìm hiểu {term} và trao đổi với người lao động.",
    "Chi bộ đề nghị cấp trên hỗ trợ thêm cho việc phát triển {term} trong thời gian tới.",
    "Nhiều ý kiến đề xuất đưa {term} vào nội dung sinh hoạt chuyên đề năm sau.",
    "Câu chuyện về {term} được các đại biểu đặc biệt quan tâm.",
]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SLOT = re.compile(r"\{(\w+)\}")

# Forms of a document number as the library writes them, by system.
PARTY_NUMBER = "{n}-{symbol}/{issuer}"
STATE_NUMBERS = ("{n}/{symbol}-{issuer}", "{n}/{year}/{symbol}-{issuer}")


def template_slots(rng, unit_name, day, topic_name=""):
    """The values of a demo article template's slots (see data/article_templates.yaml)."""
    return {
        "unit": unit_name,
        "unit_short": unit_name.split(" Đảng ủy")[0],
        "day": day.day,
        "month": day.month,
        "year": day.year,
        "count": rng.randrange(12, 380),
        "person": rng.choice(read("newsroom")["people"]),
        "topic": topic_name,
    }


def _split_sentences(paragraph):
    """Sentences end at . ! ? followed by a capital ("TP. Hồ Chí Minh" has no break)."""
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(paragraph):
        if sentences and not piece[:1].isupper() and not piece[:1].isdigit():
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _fill(text, slots):
    return _SLOT.sub(lambda match: str(slots.get(match.group(1), match.group(0))), text)


class TextGenerator:
    def __init__(self, seed=2026, first_day=datetime.date(2016, 1, 1), days=3650):
        self.rng = random.Random(seed)
        self.first_day, self.days = first_day, days
        self.units = [
            unit["name"] for unit in read("newsroom")["units"] if unit["kind"] in ("party", "cell")
        ]
        self.topics = {topic["slug"]: topic["name"] for topic in read("newsroom")["topics"]}

    @cached_property
    def sentences(self):
        """Every sentence of the demo articles and documents, slots left in."""
        paragraphs = [
            paragraph
            for template in read("article_templates")["templates"]
            for paragraph in template["paragraphs"]
        ]
        paragraphs += [
            paragraph for spec in read("documents")["documents"] for paragraph in spec["text"]
        ]
        return [
            sentence
            for paragraph in paragraphs
            for sentence in _split_sentences(paragraph)
            if len(sentence) > 40
        ]

    def day(self):
        return self.first_day + datetime.timedelta(days=self.rng.randrange(self.days))

    def rare_sentence(self):
        return self.rng.choice(RARE_SENTENCES).format(term=self.rng.choice(RARE_TERMS))

    def paragraph(self, slots, sentences=(2, 4)):
        count = self.rng.randint(*sentences)
        chosen = [_fill(self.rng.choice(self.sentences), slots) for _ in range(count)]
        if self.rng.random() < 0.15:
            chosen.insert(self.rng.randrange(len(chosen) + 1), self.rare_sentence())
        return " ".join(chosen)

    def article(self, extra_paragraphs=(2, 5)):
        """A dict: title, sapo, paragraphs, headings, date and the template's section, kind."""
        template = self.rng.choice(read("article_templates")["templates"])
        day = self.day()
        slots = template_slots(
            self.rng, self.rng.choice(self.units), day, self.topics.get(template["topic"], "")
        )
        paragraphs = [_fill(paragraph, slots) for paragraph in template["paragraphs"]]
        for _ in range(self.rng.randint(*extra_paragraphs)):
            paragraphs.insert(self.rng.randrange(1, len(paragraphs) + 1), self.paragraph(slots))
        return {
            "title": _fill(template["title"], slots),
            "sapo": _fill(template["sapo"], slots),
            "paragraphs": paragraphs,
            "headings": [_fill(heading, slots) for heading in template["headings"]],
            "date": day,
            "section": template["section"],
            "kind": template["kind"],
        }

    def document(self, doc_types, issuers):
        """A dict: number, doc_type, issuer, date, summary, paragraphs (the file's text).

        ``doc_types`` and ``issuers`` are lists of objects with ``system`` and
        ``symbol_list`` / ``code`` (the library's taxonomy).
        """
        spec = self.rng.choice(read("documents")["documents"])
        issuer = self.rng.choice(issuers)
        doc_type = self.rng.choice(
            [t for t in doc_types if t.system == issuer.system and t.symbol_list]
        )
        day = self.day()
        form = PARTY_NUMBER if issuer.system == "party" else self.rng.choice(STATE_NUMBERS)
        number = form.format(
            n=self.rng.randrange(1, 2000),
            symbol=doc_type.symbol_list[0],
            issuer=issuer.code,
            year=day.year,
        )
        slots = template_slots(self.rng, self.rng.choice(self.units), day)
        paragraphs = [_fill(paragraph, slots) for paragraph in spec["text"]]
        paragraphs += [self.paragraph(slots, (3, 6)) for _ in range(self.rng.randint(2, 6))]
        return {
            "number": number,
            "doc_type": doc_type,
            "issuer": issuer,
            "date": day,
            "summary": spec["summary"],
            "paragraphs": paragraphs,
        }
