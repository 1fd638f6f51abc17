"""Whatever readers type is text: script tags, event handlers and javascript: addresses in
every field never come back unescaped, on a public page or an admin page."""

import re

import pytest

from interaction.models import ReaderMessage
from portal.publishing import direct_publishing
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.interaction.factories import filled
from tests.portal.factories import FIXTURES

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">bấm</a>',
    "javascript:alert(document.cookie)",
    "<svg onload=alert(1)>",
]
DANGER = re.compile(
    r"<script>alert|<img src=x onerror|<svg onload|(?:href|src|action)\s*=\s*[\"']?\s*javascript:",
    re.IGNORECASE,
)


def assert_inert(html, where):
    found = DANGER.search(html)
    assert found is None, f"{where}: unescaped {found.group(0)!r}"


def hostile(payload, **fields):
    text = f"Nội dung thử nghiệm {payload}"
    return filled(
        {
            "name": payload[:100],
            "organisation": payload,
            "email": "an@example.vn",
            "phone": "",
            "subject": payload,
            "text": text,
            "suggested_fix": payload,
            "consent": "on",
            **fields,
        }
    )


@pytest.fixture
def article(home):
    page = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home))
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_field_of_every_form_is_escaped_everywhere(
    payload, reader, qa_page, topic, consultation, article, home, board, editor_client, client
):
    from home.models import ContactPage

    contact = ContactPage(title="Liên hệ", slug="lien-he")
    home.add_child(instance=contact)
    with direct_publishing(FIXTURES):  # set up under the board's workflow
        contact.save_revision().publish()
    forms = {
        qa_page.ask_url(): {"topic": topic.pk},
        f"/bao-loi/{article.pk}/": {},
        consultation.url: {},
        contact.url: {},
    }
    for url, extra in forms.items():
        response = reader.post(url, hostile(payload, **extra))
        assert response.status_code == 302, (url, response.context["form"].errors)
        assert_inert(reader.get(response["Location"]).content.decode(), f"receipt of {url}")
        # The same post with a broken email and phone comes back with the typed values.
        again = reader.post(url, hostile(payload, email=payload, phone=payload, **extra))
        assert again.status_code == 200
        assert_inert(again.content.decode(), f"form shown again at {url}")
    assert ReaderMessage.objects.count() == 4
    messages = list(ReaderMessage.objects.all())
    question = next(m for m in messages if m.kind == "question")
    question.answer = f"Trả lời {payload}"
    question.published_question = f"Câu hỏi {payload}"
    question.status = "answered"
    question.answered_at = question.received_at
    question.published = True
    question.notes = f"Ghi chú {payload}"
    question.save()

    public = [qa_page.url, consultation.url, contact.url, article.url, "/tim-kiem/?q=tra+loi"]
    for url in public:
        assert_inert(client.get(url).content.decode(), url)
    for message in messages:
        html = reader.post("/tra-cuu/", {"code": message.code}).content.decode()
        assert_inert(html, f"lookup of {message.code}")
    admin = ["/admin/", "/admin/interaction/readermessage/"] + [
        f"/admin/interaction/readermessage/edit/{m.pk}/" for m in messages
    ]
    for url in admin:
        html = editor_client.get(url).content.decode()
        assert "Nội dung thử nghiệm" in html or url == "/admin/", url
        assert_inert(html, url)


def test_the_detector_itself_catches_raw_markup():
    with pytest.raises(AssertionError):
        assert_inert('<p><a href="javascript:alert(1)">x</a></p>', "sample")
    with pytest.raises(AssertionError):
        assert_inert("<script>alert('xss')</script>", "sample")
    assert_inert("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", "escaped sample")
