"""The admin speaks Vietnamese: every msgid of the installed Wagtail apps, wagtail-modeladmin,
wagtailmedia and django-taggit, and every msgid of our own apps, is translated, not fuzzy, not
left in English, keeps its placeholders and markup, and follows locale/GLOSSARY.md."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from portal.admin_catalogue import DOMAINS, catalogue_path, key, merge, source_entries

OWN_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\([a-zA-Z_0-9]+\)[sdif]|%[sdif]|\{[a-zA-Z_0-9]*\}")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|&[a-z]+;")
# Words that are the same in both languages.
SAME_IN_VIETNAMESE = {
    "Email", "URL", "ID", "HTML", "RSS", "Wagtail", "OK", "Unicode", "JSON", "CSV", "XLSX", "PDF",
    "Tab", "Enter", "Esc", "GIF", "JPEG", "PNG", "WebP", "AVIF", "SVG", "English", "Logo",
    # Borrowed words Vietnamese newsrooms use as they are.
    "video", "Video", "banner", "Banner", "Banner %(number)s", "sapo", "YouTube, Vimeo...",
    "%(truncated_text)s…", "IPv4", "IPv6",
}  # fmt: skip
# The board's workflow steps are named Kiểm duyệt, Biên tập, Phê duyệt; "xuất bản" is not the
# board's word for publish. No other string may use them.
FORBIDDEN = ("kiểm duyệt", "phê duyệt", "biên tập", "xuất bản")
# (English, outside placeholders) → what the Vietnamese must contain (GLOSSARY.md).
GLOSSARY = [
    (r"(?<!un)publish", ("đăng",)),
    (r"unpublish", ("gỡ xuống", "chưa đăng", "hủy hẹn giờ")),
    (r"\bworkflows?\b", ("quy trình duyệt", "bước duyệt", "quy trình")),
    (r"\bsnippets?\b", ("mục dùng chung",)),
    (r"\brevisions?\b", ("phiên bản",)),
    (r"\bcollections?\b", ("bộ sưu tập",)),
    (r"\bdocuments?\b", ("tài liệu",)),
    (r"\bprivacy\b", ("quyền xem", "quyền riêng tư")),
    (r"\bdrafts?\b", ("nháp",)),
    (r"\balias(es)?\b", ("bản sao liên kết",)),
    (r"\bpreview", ("xem trước",)),
    (r"\block(ed)?\b", ("khóa",)),
]


def translation(entry):
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


def admin_entries(domain):
    return list(polib.pofile(str(catalogue_path(domain))))


def all_entries():
    for domain in DOMAINS:
        for entry in admin_entries(domain):
            yield f"admin {domain}", entry
    for entry in polib.pofile(str(OWN_CATALOGUE)):
        yield "own", entry


def problems(check):
    found = [f"{where}: {entry.msgid!r} → {check(entry)}" for where, entry in all_entries()]
    return [line for line in found if not line.endswith("→ None")]


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_msgid_of_the_installed_packages_is_in_the_catalogue(domain):
    ours = {key(entry) for entry in admin_entries(domain)}
    missing = [k for k in source_entries(domain) if k not in ours]
    assert not missing, f"run `make messages`: {missing[:10]}"
    report = merge(domain, write=False)
    assert not report.new and not report.untranslated and not report.fuzzy


def test_nothing_is_untranslated_or_fuzzy():
    def check(entry):
        if "fuzzy" in entry.flags:
            return "fuzzy"
        return None if translation(entry).strip() else "untranslated"

    assert not problems(check)


def test_nothing_is_left_in_english():
    def check(entry):
        text = translation(entry).strip()
        same = text == entry.msgid.strip() and re.search(r"[a-z]{3}", text)
        return "same as English" if same and text not in SAME_IN_VIETNAMESE else None

    assert not problems(check)


def test_placeholders_and_markup_are_kept():
    def check(entry):
        text = translation(entry)
        # One plural form in Vietnamese, used for every count: the plural's placeholders.
        source = entry.msgid_plural or entry.msgid
        if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
            return f"placeholders {PLACEHOLDER.findall(text)}"
        if sorted(MARKUP.findall(text)) != sorted(MARKUP.findall(entry.msgid)):
            return f"markup {MARKUP.findall(text)}"
        return None

    assert not problems(check)


def test_the_glossary_is_followed():
    def check(entry):
        text = translation(entry).lower()
        for word in FORBIDDEN:
            if word in text:
                return f"uses {word!r}"
        english = PLACEHOLDER.sub(" ", entry.msgid)
        for pattern, wanted in GLOSSARY:
            if re.search(pattern, english, re.IGNORECASE) and not any(w in text for w in wanted):
                return f"{pattern} should be {' / '.join(wanted)}"
        return None

    found = [line for line in problems(check) if not line.startswith("own")]
    assert not found, "\n".join(found[:20])


def test_the_checks_catch_bad_translations():
    bad = polib.POEntry(msgid="Publish %(title)s", msgstr="Xuất bản %(name)s")
    assert sorted(PLACEHOLDER.findall(bad.msgstr)) != sorted(PLACEHOLDER.findall(bad.msgid))
    assert any(word in bad.msgstr.lower() for word in FORBIDDEN)


def test_vietnamese_is_the_admin_language_of_new_users(settings):
    from django.contrib.auth import get_user_model
    from wagtail.admin.localization import get_available_admin_languages
    from wagtail.users.models import UserProfile

    assert ("vi", "Tiếng Việt") in get_available_admin_languages()
    user = get_user_model().objects.create_user("moi", password="mat-khau-thu")
    assert UserProfile.get_for_user(user).get_preferred_language() == "vi"


pytestmark = pytest.mark.django_db(databases=["default"])


def test_merge_reports_new_and_dropped_msgids_after_an_upgrade(tmp_path, monkeypatch):
    """As after an upgrade: the catalogue lacks a msgid the packages now ship and holds one
    they no longer do."""
    import shutil

    from portal import admin_catalogue

    copy = tmp_path / "django.po"
    shutil.copy(catalogue_path("django"), copy)
    sources = source_entries("django")
    suggested = next(k for k, (_e, name, theirs) in sources.items() if theirs and name != "django")
    bare = next(k for k, (_e, name, theirs) in sources.items() if not theirs and name != "django")
    catalogue = polib.pofile(str(copy))
    for entry in [entry for entry in catalogue if key(entry) in (suggested, bare)]:
        catalogue.remove(entry)
    catalogue.append(polib.POEntry(msgid="A string Wagtail dropped", msgstr="Một chuỗi cũ"))
    catalogue.save(str(copy))
    monkeypatch.setattr(admin_catalogue, "catalogue_path", lambda domain: copy)

    report = merge("django")
    assert sorted(report.new) == sorted([suggested, bare])
    assert report.fuzzy == [suggested]  # the package's own Vietnamese, to be reviewed
    assert report.untranslated == [bare]
    assert report.dropped == [("", "A string Wagtail dropped")]
    merged = {key(entry): entry for entry in polib.pofile(str(copy))}
    assert "fuzzy" in merged[suggested].flags and translation(merged[suggested])
    assert ("", "A string Wagtail dropped") not in merged
