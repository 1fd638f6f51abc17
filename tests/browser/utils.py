"""What browser tests share besides fixtures: the admin login, where artefacts go."""

from pathlib import Path

# Screenshots and other artefacts of the browser tests (git-ignored, kept by CI).
ARTEFACTS = Path(__file__).resolve().parent.parent.parent / "test-results"


def admin_login(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
