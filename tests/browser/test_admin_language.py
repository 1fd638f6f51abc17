"""Each role's demo-style account goes through the admin screens it uses and finds no English:
dashboard, page explorer, the editor (StreamField, rich text), the workflow queue and actions,
snippets, pictures, files, reports, users, settings and the reader inbox. What the admin's
JavaScript renders (menus, the block chooser, the rich-text toolbar) is read after it runs."""

import re

import pytest
from django.test import Client

from interaction.models import ReaderMessage
from portal import roles
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticlePageFactory
from tests.browser.utils import PASSWORD, admin_login, news_section
from tests.editorial.utils import create_article
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.browser
# Common admin strings in English; any of them on a screen means a string escaped translation.
ENGLISH = re.compile(
    r"\b(Dashboard|Pages|Images|Documents|Snippets|Reports|Settings|Help|Search|Save draft|"
    r"Publish|Submit|Awaiting|review|Edit|Delete|Add child page|Choose|Upload|Filter|Sort|"
    r"Status|Live|Draft|ago|minutes?|hours?|days?|Locked|Workflows?|Collections?|Users|Groups|"
    r"Account|Log out|Preview|History|Comments?|Cancel|Actions|Title|Updated|Type|Media|"
    r"Privacy|Promote|Content|Add|Root|Insert|Bold|Italic|Link|Heading|Paragraph|Block|"
    r"Showing|items?|More|Close|Toggle|Select|Owner|Revisions?|Compare|Approve|Reject|"
    r"Request changes|Unpublish|Move|Copy|Explorer|Site|Sites|Redirects|Tags?|Yes|No)\b"
)
# Words that are the same in Vietnamese or are names (the brand, formats).
ALLOWED = {"Wagtail"}


# What the page shows and what its scripts put in menus, tooltips and labels, shown or not yet.
VISIBLE_AND_SCRIPTED = """() => [
  document.body.innerText,
  ...[...document.querySelectorAll('[role=menu], .w-dropdown__content, template')]
    .map((el) => (el.content || el).textContent),
  ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')]
    .map((el) => [el.getAttribute('aria-label'), el.getAttribute('title'),
                  el.getAttribute('placeholder')].filter(Boolean).join('\\n')),
].join('\\n')"""


def english_on(page, where):
    page.wait_for_load_state("networkidle")
    text = page.evaluate(VISIBLE_AND_SCRIPTED)
    found = sorted({m for m in ENGLISH.findall(text) if m not in ALLOWED})
    lines = [line.strip()[:120] for line in text.splitlines() if ENGLISH.search(line)]
    return [f"{where}: {word}" for word in found] + [f"    | {line}" for line in lines[:5]]


@pytest.fixture
def board(live_site):
    section = news_section()
    people = {
        role.key: UserFactory(username=role.key, password=PASSWORD, roles=[role])
        for role in roles.ROLES
    }
    ArticlePageFactory(parent=section, title="Hội nghị Ban Chấp hành Đảng bộ Khối")
    ImageFactory(title="Ảnh hội nghị")
    contributor = Client()
    contributor.force_login(people["contributor"])
    _response, submitted = create_article(contributor, section, title="Tin chi bộ cơ sở gửi duyệt")
    ReaderMessage.objects.create(kind="question", text="Câu hỏi về thủ tục chuyển sinh hoạt đảng")
    return {"people": people, "section": section, "submitted": submitted}


ARTICLE_FORM = "/admin/pages/add/articles/articlepage/{section}/"
SCREENS = {
    "contributor": [
        "/admin/", "/admin/pages/{section}/", ARTICLE_FORM, "/admin/images/", "/admin/documents/",
    ],
    "editor": [
        "/admin/", "/admin/pages/{section}/", "/admin/pages/{submitted}/edit/",
        "/admin/snippets/schedule/scheduleentry/", "/admin/images/", "/admin/documents/",
        "/admin/reports/workflow/", "/admin/interaction/readermessage/",
    ],
    "chief_editor": [
        "/admin/", "/admin/reports/workflow_tasks/", "/admin/reports/site-history/",
        "/admin/pages/{section}/",
    ],
    "administrator": [
        "/admin/", "/admin/users/", "/admin/snippets/banners/banner/",
        "/admin/snippets/navigation/menu/", "/admin/settings/portal/siteidentity/1/",
        "/admin/interaction/readermessage/", "/admin/documents/",
    ],
}  # fmt: skip


@pytest.mark.parametrize("role", list(SCREENS))
def test_no_english_on_the_screens_a_role_uses(board, page, live_site, role):
    admin_login(page, live_site.url, role, PASSWORD)
    ids = {"section": board["section"].pk, "submitted": board["submitted"].pk}
    found = []
    for screen in SCREENS[role]:
        page.goto(live_site.url + screen.format(**ids))
        found += english_on(page, screen)
    assert not found, "\n".join(found)


# Panel headings of the article editor: Vietnamese words carry marks, English ones do not.
VIETNAMESE_MARK = re.compile(r"[^\x00-\x7f]")
VIETNAMESE_UNMARKED = {"Sapo"}  # the lead paragraph, as Vietnamese newsrooms call it


def test_article_editor_panels_and_table_menu_are_vietnamese(board, page, live_site):
    admin_login(page, live_site.url, "contributor", PASSWORD)
    page.goto(live_site.url + ARTICLE_FORM.format(section=board["section"].pk))
    page.wait_for_load_state("networkidle")
    headings = page.locator(".w-panel__heading").all_inner_texts()
    assert headings, "the editor shows its panels"
    english = [
        text.strip()
        for text in headings
        if not VIETNAMESE_MARK.search(text) and text.strip() not in VIETNAMESE_UNMARKED
    ]
    assert not english, f"panel headings not in Vietnamese: {english}"

    # A table in the body, and its context menu (Handsontable's, drawn by its script).
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Bảng").click()
    page.locator(".htCore td").first.click(button="right")
    menu = page.locator(".htContextMenu").first
    menu.wait_for(state="visible")
    text = menu.inner_text()
    assert "Chèn hàng phía trên" in text, text
    menu_words = re.findall(r"\b(Undo|Redo|Remove|row)\b", text)
    found = sorted(set(ENGLISH.findall(text)) | set(menu_words))
    assert not found, f"table menu in English: {found}\n{text}"


def test_a_page_in_review_shows_its_times_in_vietnamese(board, page, live_site):
    admin_login(page, live_site.url, "editor", PASSWORD)
    page.goto(live_site.url + f"/admin/pages/{board['submitted'].pk}/edit/")
    page.locator("[data-side-panel-toggle='status']").first.click()
    panel = page.locator("[data-side-panel='status']")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert re.search(r"(giây|phút|giờ|ngày) trước|vừa xong", text), text
    found = sorted(set(ENGLISH.findall(text)) - ALLOWED)
    assert not found, f"status panel in English: {found}\n{text}"
