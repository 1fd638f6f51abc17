"""The image chooser lists photos: banners and first pages drawn from PDF files live in
collections of their own, which the chooser shows only when they are chosen in it."""

import pytest
from django.urls import reverse

from portal.image_collections import BANNERS, DOCUMENT_PREVIEWS, dedicated_collection
from tests.portal.factories import ImageFactory, pdf_document

pytestmark = pytest.mark.django_db

CHOOSER = "wagtailimages_chooser:choose"


@pytest.fixture
def pictures(home):
    return {
        "photo": ImageFactory(title="Ảnh hội nghị"),
        "banner": ImageFactory(title="Ảnh banner", collection=dedicated_collection(BANNERS)),
        "preview": ImageFactory(
            title="Trang đầu", collection=dedicated_collection(DOCUMENT_PREVIEWS)
        ),
    }


def listed(client, **query):
    return {image.title for image in client.get(reverse(CHOOSER), query).context["results"]}


def test_the_chooser_lists_photos_only(admin_client, pictures):
    assert listed(admin_client) == {"Ảnh hội nghị"}, "banners and first pages are kept apart"


def test_a_collection_chosen_in_the_chooser_is_listed(admin_client, pictures):
    banners = dedicated_collection(BANNERS)
    assert listed(admin_client, collection_id=banners.pk) == {"Ảnh banner"}


def test_the_banner_picture_opens_on_the_banners_collection(admin_client, home):
    html = admin_client.get(reverse("wagtailsnippets_banners_banner:add")).content.decode()
    banners = dedicated_collection(BANNERS)
    assert f"{reverse(CHOOSER)}?collection_id={banners.pk}" in html


def test_collections_are_made_once(home):
    assert dedicated_collection(BANNERS) == dedicated_collection(BANNERS)


def test_first_pages_are_drawn_into_their_collection(home):
    preview = pdf_document(title="Nghị quyết số 05").draw_preview()
    assert preview is not None
    assert preview.collection == dedicated_collection(DOCUMENT_PREVIEWS)
