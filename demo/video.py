"""A short demo video made on the spot: frames drawn with Pillow, encoded with PyAV.

PyAV's wheels carry their own FFmpeg (with x264), so nothing is downloaded and no system
program is needed. Without PyAV the demo goes on without its local video (see
``encoder_available``). H.264 in MP4 with the index first ("faststart") plays in every
current browser and starts before the whole file has arrived.
"""

import io
import math
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection
from wagtailmedia.models import AbstractMedia, get_media_model

from demo.images import _star

try:  # the demo's requirements install it; the demo skips its video without it
    import av
except ImportError:  # pragma: no cover - depends on the environment
    av = None  # type: ignore[assignment]

SIZE = (640, 360)
FPS = 24
# The site's colours (portal/static/portal/css/site.css).
RED, RED_DARK, GOLD, PAPER = (179, 18, 31), (138, 14, 24), (224, 168, 0), (250, 247, 242)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
)


@dataclass(frozen=True)
class Video:
    """An encoded video and what a media record says about it."""

    data: bytes
    poster: bytes  # a JPEG of a frame, the picture shown before playing
    width: int
    height: int
    duration: float  # seconds
    mime_type: str = "video/mp4"


def encoder_available() -> bool:
    return av is not None


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    # Pillow's own font lacks some Vietnamese letters, but the video still gets made.
    return ImageFont.load_default(size)


def _centred(draw: ImageDraw.ImageDraw, y: float, text: str, size: int, fill: tuple) -> None:
    font = _font(size)
    width = draw.textlength(text, font=font)
    draw.text(((SIZE[0] - width) / 2, y), text, font=font, fill=fill)


def _frame(t: float, seconds: float, title: str, subtitle: str, caption: str) -> Image.Image:
    """The picture at ``t`` seconds: a red card whose star turns and grows, the title
    sliding in, a gold line at the foot filling like a progress bar. The caption stands
    at the top, where the browser's controls do not cover it."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, RED)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 40], fill=RED_DARK)
    _centred(draw, 10, caption, 16, PAPER)
    grow = min(t / 1.2, 1.0)
    radius = 18 + 42 * grow
    cx = width / 2 + 120 * math.sin(t * 0.9) * (1 - grow)
    _star(draw, cx, 130, radius, GOLD)
    slide = min(max((t - 0.6) / 0.8, 0.0), 1.0)
    y = 205 + (1 - slide) * 40
    if slide > 0:
        _centred(draw, y, title, 30, PAPER)
        _centred(draw, y + 44, subtitle, 18, GOLD)
    draw.rectangle([0, height - 6, width * t / seconds, height], fill=GOLD)
    return image


def frames(
    title: str, subtitle: str, caption: str, seconds: float, fps: int = FPS
) -> Iterator[Image.Image]:
    for number in range(round(seconds * fps)):
        yield _frame(number / fps, seconds, title, subtitle, caption)


def make_video(
    title: str, subtitle: str, caption: str, seconds: float = 6.0, fps: int = FPS
) -> Video:
    """An MP4 (H.264, yuv420p, index first) of ``seconds`` at 640×360; well under 1 MB."""
    if av is None:
        raise RuntimeError("PyAV (the av package) is needed to make the demo video.")
    with tempfile.TemporaryDirectory() as folder:
        # A real file: moving the index to the front re-reads what was written.
        path = Path(folder) / "video.mp4"
        with av.open(str(path), mode="w", options={"movflags": "+faststart"}) as container:
            stream = container.add_stream("libx264", rate=fps)
            stream.width, stream.height = SIZE
            stream.pix_fmt = "yuv420p"
            # Same frames, same bytes: re-loading the demo recognises its file.
            stream.options = {"crf": "30", "preset": "medium", "threads": "1"}
            for image in frames(title, subtitle, caption, seconds, fps):
                for packet in stream.encode(av.VideoFrame.from_image(image)):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
        data = path.read_bytes()
    poster = io.BytesIO()
    _frame(seconds * 0.6, seconds, title, subtitle, caption).save(poster, "JPEG", quality=85)
    return Video(data, poster.getvalue(), SIZE[0], SIZE[1], seconds)


def save_media(clip: Video, title: str, collection: Collection | None = None) -> AbstractMedia:
    """A video record of the site for ``clip``: its file, poster, length and size."""
    fields = {"collection": collection} if collection is not None else {}
    media = get_media_model()(
        title=title,
        type="video",
        file=ContentFile(clip.data, name="video-minh-hoa.mp4"),
        thumbnail=ContentFile(clip.poster, name="video-minh-hoa.jpg"),
        duration=clip.duration,
        width=clip.width,
        height=clip.height,
        **fields,
    )
    media.save()
    return media
