"""The public design's building blocks: pictures, fonts, the phone menu and submenus."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.template import Context, Template

from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


def test_picture_has_modern_sources_a_sized_fallback_and_srcset(settings):
    settings.PORTAL_PICTURE_FORMATS = ("webp", "jpeg")
    image = sized_image(1600, 900, description="Hội nghị")
    html = Template(
        '{% load portal_tags %}{% responsive_picture image "fill-480x270" "fill-960x540" '
        'sizes="50vw" alt="Hội nghị" loading="lazy" %}'
    ).render(Context({"image": image}))
    source = re.search(r'<source[^>]*type="image/webp"[^>]*>', html).group()
    assert re.search(r"\.webp 480w, .*\.webp 960w", source) and 'sizes="50vw"' in source
    img = re.search(r"<img[^>]*>", html).group()
    # The fallback is JPEG, the first size, with its dimensions: no layout shift.
    assert 'width="480"' in img and 'height="270"' in img and ".jpg" in img
    assert 'loading="lazy"' in img and 'alt="Hội nghị"' in img
    assert html.index("<source") < html.index("<img")


def test_font_is_self_hosted_with_vietnamese_ranges_and_swap(client, home):
    html = client.get("/").content.decode()
    assert re.search(r'rel="preload" href="[^"]*be-vietnam-pro-400\.woff2"', html)
    css = Path(finders.find("portal/css/site.css")).read_text(encoding="utf-8")
    faces = re.findall(r"@font-face \{[^}]*\}", css)
    assert len(faces) == 3
    for face in faces:
        assert "font-display: swap" in face
        assert "U+0300-0323" in face and "U+1EA0-1EF9" in face and "U+0110-0111" in face
        woff2 = re.search(r'url\("\.\./fonts/([^"]+)"\)', face).group(1)
        assert finders.find(f"portal/fonts/{woff2}"), woff2
    assert "http" not in "".join(faces)  # nothing from another site


def test_phone_menu_and_submenus_have_their_buttons(client, home):
    from navigation.models import Menu

    parent = StandardPageFactory(parent=home, title="Giới thiệu")
    child = StandardPageFactory(parent=home, title="Lịch sử")
    menu = Menu.objects.create(
        location="main", items=[menu_item(parent, children=[menu_item(child)])]
    )
    menu.save_revision().publish()
    html = client.get("/").content.decode()
    toggle = re.search(r'<button[^>]*class="nav-toggle"[^>]*>', html).group()
    assert 'aria-controls="main-nav"' in toggle and 'aria-expanded="false"' in toggle
    assert "hidden" in toggle  # shown by the script; without it the menu is simply open
    submenu = re.search(r'<button[^>]*class="submenu-toggle"[^>]*>', html).group()
    controlled = re.search(r'aria-controls="([^"]+)"', submenu).group(1)
    assert f'<ul class="nav-level-2" id="{controlled}">' in html
    assert 'document.documentElement.classList.add("js")' in html


def _static_path(url):
    return finders.find(url.split("/static/", 1)[1].split("?")[0])


def test_public_pages_load_little_script_and_nothing_from_other_sites(client, home):
    import gzip

    from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

    section = ArticleIndexPageFactory(parent=home, title="Tin tức")
    article = ArticlePageFactory(parent=section)
    for url in ["/", section.url, article.url, "/tim-kiem/?q=hoi+nghi"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
        inline = "".join(re.findall(r"<script(?![^>]*src)[^>]*>(.*?)</script>", html, re.S))
        total = len(gzip.compress(inline.encode()))
        for src in scripts:
            assert src.startswith("/static/"), (url, src)
            total += len(gzip.compress(Path(_static_path(src)).read_bytes()))
        assert total < 30 * 1024, (url, total)
        # Every script, style, font, picture and frame comes from this site.
        loaded = re.findall(r"<(?:script|img|source|iframe|video)\b[^>]*>|<link\b[^>]*>", html)
        for tag in loaded:
            if tag.startswith("<link") and not re.search(r'rel="(stylesheet|preload|icon)"', tag):
                continue  # canonical, alternate: addresses, not downloads
            for address in re.findall(r'(?:src|href|srcset)="([^"]*)"', tag):
                assert "//" not in address or address.startswith("http://testserver/"), tag


def test_the_site_has_an_icon(client, home):
    html = client.get("/").content.decode()
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html).group(1)
    assert finders.find(icon.split("/static/", 1)[1])
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert finders.find(response["Location"].split("/static/", 1)[1])
