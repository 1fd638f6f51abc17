"""Article body blocks: the shared blocks plus gallery, video, document link."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtailmedia.blocks import VideoChooserBlock

from portal.blocks import BaseStreamBlock, PrefetchingImageChooserBlock


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    images = blocks.ListBlock(
        PrefetchingImageChooserBlock(label=pgettext_lazy("block", "image")), min_num=2
    )

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "articles/blocks/gallery.html"


class VideoFileBlock(blocks.StructBlock):
    """A video file uploaded to the site, played by the reader's browser."""

    video = VideoChooserBlock(label=pgettext_lazy("block", "video"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video file")
        template = "articles/blocks/video_file.html"


class VideoEmbedBlock(blocks.StructBlock):
    """A video on another site, shown as a preview: nothing loads from that site until asked."""

    url = EmbedBlock(label=_("address of the video"), help_text=_("YouTube, Vimeo..."))
    title = blocks.CharBlock(label=_("title"))
    poster = PrefetchingImageChooserBlock(
        label=_("preview picture"),
        required=False,
        help_text=_("A picture stored on this site; the other site's picture is never used."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video from another site")
        template = "articles/blocks/video_embed.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a record of the document library (its page, with every file and detail)."""

    document = blocks.PageChooserBlock(
        label=pgettext_lazy("block", "document"), page_type="documents.DocumentPage"
    )
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Leave empty to use the document's number and summary."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "articles/blocks/document_link.html"


class ArticleBodyBlock(BaseStreamBlock):
    gallery = GalleryBlock()
    video_file = VideoFileBlock()
    video_embed = VideoEmbedBlock()
    document_link = DocumentLinkBlock()
