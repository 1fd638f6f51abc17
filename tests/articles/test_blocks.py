"""Article body blocks render accessible HTML and never load another site unasked."""

import re

import pytest

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home)


def test_video_embed_is_a_click_to_load_preview(client, section):
    article = ArticlePageFactory(
        parent=section,
        body=[
            (
                "video_embed",
                {
                    "url": "https://www.youtube.com/watch?v=abc123",
                    "title": "Phóng sự Đại hội Chi bộ",
                    "poster": None,
                    "caption": "Tư liệu của Ban Tuyên giáo",
                },
            )
        ],
    )
    html = client.get(article.url).content.decode()
    assert "Phóng sự Đại hội Chi bộ" in html
    assert "www.youtube.com" in html  # the reader is told where it plays from
    outside_templates = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    assert "<iframe" not in outside_templates
    player = html.split("<template data-video-player>")[1].split("</template>")[0]
    assert "<iframe" in player
    assert 'href="https://www.youtube.com/watch?v=abc123"' in html  # works without JavaScript


def test_gallery_and_image_blocks_have_alt_text_and_credit(client, section):
    pictures = [
        ImageFactory(description=f"Ảnh hội nghị số {i}", credit="Văn phòng Đảng ủy Khối")
        for i in range(3)
    ]
    article = ArticlePageFactory(
        parent=section,
        body=[
            ("gallery", {"title": "Một số hình ảnh tại hội nghị", "images": pictures}),
            ("image", {"image": pictures[0], "caption": "Toàn cảnh hội nghị"}),
        ],
    )
    html = client.get(article.url).content.decode()
    for i in range(3):
        assert f'alt="Ảnh hội nghị số {i}"' in html
    assert "Một số hình ảnh tại hội nghị" in html
    assert "Toàn cảnh hội nghị" in html
    assert "Ảnh: Văn phòng Đảng ủy Khối" in html
