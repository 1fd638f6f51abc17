"""Every label of the editors' forms starts with a capital letter in the Vietnamese admin, as
Django writes field labels: the fields of the blocks inside a body or a menu too."""

import pytest
from django.utils import translation
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import StreamField

from articles.models import ArticlePage
from banners.models import Banner
from documents.models import DocumentPage
from navigation.models import Menu

pytestmark = pytest.mark.django_db

MODELS = (ArticlePage, DocumentPage, Banner, Menu)


def block_labels(block, path):
    """(where, label) of ``block`` and every block inside it."""
    yield path, block.label
    children = getattr(block, "child_blocks", None)
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in (children or {}).items():
        yield from block_labels(child, f"{path}.{name}")


def labels_of(model):
    form = get_edit_handler(model).get_form_class()()
    for name, field in form.fields.items():
        yield f"{model.__name__}.{name}", str(field.label or "")
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            for path, label in block_labels(field.stream_block, f"{model.__name__}.{field.name}"):
                yield path, str(label or "")


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_labels_start_with_a_capital(home, model):
    with translation.override("vi"):
        lower = [(where, label) for where, label in labels_of(model) if label[:1].islower()]
    assert not lower, f"labels the admin shows in lower case: {lower}"
