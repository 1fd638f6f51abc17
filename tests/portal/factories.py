"""Shared test data every app's tests build on: images, files, the site's identity, and the
way test content is published."""

import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.models import Site, Workflow

from demo.pdfs import make_pdf
from portal.models import PortalDocument, PortalImage, SiteIdentity
from portal.publishing import direct_publishing

# Test content is set up the way the demo loader sets up its content: published directly,
# whatever workflow the test runs under.
FIXTURES = "test fixtures"


def published(obj):
    """``obj`` published that way, and read back from the database."""
    with direct_publishing(FIXTURES):
        obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def tiny_png(width=8, height=6, colour=(200, 16, 46)):
    """A few bytes of real PNG: enough for Wagtail, cheap for the test run."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def without_wagtail_default_workflow():
    """Take Wagtail's "Moderators approval" off the root, as ``setup_editorial`` does."""
    Workflow.objects.filter(name="Moderators approval").update(active=False)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PortalImage

    title = factory.Sequence(lambda n: f"Ảnh thử {n}")
    file = factory.django.ImageField(width=8, height=6, color="red")
    description = "Ảnh minh họa hội nghị"


def sized_image(width, height, **fields):
    """An image of the given size (a flat PNG: large in pixels, tiny in bytes)."""
    return ImageFactory(file__width=width, file__height=height, **fields)


def pdf_document(text="Nội dung văn bản.", title="Văn bản", **fields):
    """A PortalDocument holding a real PDF whose text can be searched."""
    data = make_pdf(["ĐẢNG ỦY KHỐI"], title.upper(), [text])
    document = PortalDocument(title=title, **fields)
    document.file.save(f"{title}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def file_bytes(document):
    """What a stored document's file holds."""
    with document.file.open("rb") as handle:
        return handle.read()


def site_identity(**fields):
    """The default site's identity (header, footer) with the given fields, saved."""
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    for field, value in fields.items():
        setattr(identity, field, value)
    identity.save()
    return identity
