"""The photo and video library for the tests: its index, albums and videos."""

import datetime
import uuid

import wagtail_factories

from gallery.models import AlbumPhoto, PhotoAlbumPage, VideoPage
from tests.portal.factories import ImageFactory, published


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "gallery.GalleryIndexPage"

    title = "Thư viện ảnh – video"
    slug = "thu-vien-anh-video"


def photo_album(gallery, captions=("Đại biểu dự hội nghị",), publish=True, images=None, **fields):
    """An album of one photo per caption (each photo a small image with alt text and credit),
    published unless told otherwise; ``images`` replaces the generated ones."""
    if images is None:
        images = [
            ImageFactory(description=f"Ảnh {n}: quang cảnh hội trường", credit="Văn phòng")
            for n in range(1, len(captions) + 1)
        ]
    fields.setdefault("title", f"Album ảnh {uuid.uuid4().hex[:6]}")
    fields.setdefault("date", datetime.date(2026, 7, 14))
    album = PhotoAlbumPage(
        live=False,
        photos=[
            AlbumPhoto(image=image, caption=caption)
            for image, caption in zip(images, captions, strict=False)
        ],
        **fields,
    )
    gallery.add_child(instance=album)
    return published(album) if publish else album


def video_page(gallery, url="https://www.youtube.com/watch?v=abc123", publish=True, **fields):
    """A video page showing another site's video (resolved by the local embed finder)."""
    fields.setdefault("title", f"Video {uuid.uuid4().hex[:6]}")
    fields.setdefault("date", datetime.date(2026, 9, 25))
    poster = ImageFactory(description="Khung hình đầu của video")
    video = VideoPage(
        live=False,
        video=[
            {
                "type": "video_embed",
                "value": {"url": url, "title": fields["title"], "poster": poster.pk, "caption": ""},
            }
        ],
        **fields,
    )
    gallery.add_child(instance=video)
    return published(video) if publish else video


def video_file(seconds=2.0, title=None):
    """A video record whose file is a real MP4 made on the spot (needs PyAV, as the demo)."""
    from demo.video import make_video, save_media

    clip = make_video("Video thử", "Đảng ủy Khối", "Video minh họa", seconds=seconds)
    return save_media(clip, title or f"Video thử {uuid.uuid4().hex[:6]}")


def video_file_page(gallery, media, publish=True, **fields):
    """A video page playing a video file of the site."""
    fields.setdefault("title", media.title)
    fields.setdefault("date", datetime.date(2026, 10, 12))
    video = VideoPage(
        live=False,
        video=[{"type": "video_file", "value": {"video": media.pk, "caption": "Video minh họa"}}],
        **fields,
    )
    gallery.add_child(instance=video)
    return published(video) if publish else video
