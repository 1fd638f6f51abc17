"""The video of a video page: the article blocks, so it plays as it does in an article."""

from wagtail import blocks

from articles.blocks import VideoEmbedBlock, VideoFileBlock


class VideoBlock(blocks.StreamBlock):
    """One video: a file uploaded to the site, or a click-to-load preview of another site's."""

    video_file = VideoFileBlock()
    video_embed = VideoEmbedBlock()

    class Meta:
        max_num = 1
