"""A report's export link says it is working until the file has arrived."""

from playwright.sync_api import expect

from portal import roles
from tests.accounts.factories import UserFactory
from tests.browser.utils import PASSWORD, admin_login

CLICK_AND_READ = """() => {
  const link = document.querySelector("a[data-report-export][href*='format=xlsx']");
  link.click();
  return [link.getAttribute("aria-busy"), link.textContent.trim(),
          document.querySelector(".report-exports__status").textContent];
}"""


def test_the_export_link_is_busy_until_the_file_arrives(live_site, page):
    roles.ensure_groups()
    UserFactory(username="truongban", password=PASSWORD, roles=[roles.CHIEF_EDITOR])
    admin_login(page, live_site.url, "truongban", PASSWORD)
    page.goto(f"{live_site.url}/admin/reports/contributions/?period=year&year=2025")
    busy, label, status = page.evaluate(CLICK_AND_READ)
    assert busy == "true" and label.startswith("…"), (busy, label)
    assert status == "Đang chuẩn bị tệp…"
    # Then the file has arrived: the link is itself again and the status empty (a failed
    # download would say "Không tải được tệp").
    link = page.locator("a[data-report-export][href*='format=xlsx']")
    expect(link).not_to_have_attribute("aria-busy", "true")
    expect(link).to_have_text("Tải XLSX")
    expect(page.locator(".report-exports__status")).to_have_text("")
