"""Image, video and audio upload checks by content, each bounded by the upload itself.

Images: the size and frame count are read from the header (Pillow opens files lazily) and
refused above ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` (width x height x frames) before anything
decodes a pixel. An image within the limit is then decoded once, as every rendition will
decode it (its first frame), so a truncated or corrupt file is refused here with a clear
message instead of breaking every page that shows it. A JPEG is decoded at an eighth of its
size (libjpeg's scaled decoding still reads all of it); other formats in full, which the
pixel limit bounds, as it bounds the renditions made from them.

Videos and sounds are checked by their container's signature (magic bytes), and a video's
thumbnail must be a real raster image of an allowed type: never SVG, which can carry
script and is served from the media folder.
"""

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _
from PIL import Image

from .text import group_thousands
from .uploads import check_extension, check_size, content_mismatch, file_extension

# Extension -> the format names Pillow reads from the file's header. Many phones write
# JPEGs with a second, smaller picture inside (multi-picture format): Pillow says "MPO".
JPEG = frozenset({"JPEG", "MPO"})
IMAGE_FORMATS = {
    "jpg": JPEG,
    "jpeg": JPEG,
    "png": frozenset({"PNG"}),
    "gif": frozenset({"GIF"}),
    "webp": frozenset({"WEBP"}),
    "avif": frozenset({"AVIF"}),
}
# Errors Pillow's header parsers and decoders raise on damaged input.
DECODER_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError)


@dataclass(frozen=True)
class ImageHeader:
    format: str
    width: int
    height: int
    frames: int

    @property
    def pixels(self) -> int:
        return self.width * self.height * self.frames


def _too_many_pixels(pixels: int | None, limit: int) -> ValidationError:
    if pixels is None:
        message = _(
            "This image has too many pixels; the most accepted is %(limit)s. Make it smaller and "
            "upload it again."
        ) % {"limit": group_thousands(limit)}
    else:
        message = _(
            "This image has %(pixels)s pixels (width × height × frames); the most accepted "
            "is %(limit)s. Make it smaller and upload it again."
        ) % {"pixels": group_thousands(pixels), "limit": group_thousands(limit)}
    return ValidationError(message, code="file_too_many_pixels")


def _damaged() -> ValidationError:
    return ValidationError(
        _(
            "This image is damaged or incomplete (perhaps cut off while copying). "
            "Open it, save it again and upload the new file."
        ),
        code="invalid_image",
    )


def _not_an_image(extension: str, allowed: Sequence[str]) -> ValidationError:
    return ValidationError(
        _(
            "This file is not a real .%(extension)s image. Accepted types: %(allowed)s. "
            "Save the picture again in one of them."
        )
        % {"extension": extension, "allowed": ", ".join(allowed)},
        code="invalid_image",
    )


def read_image_header(
    file: File, extension: str, allowed: Sequence[str], max_pixels: int
) -> ImageHeader:
    """The image's format, size and frame count, from its header only (nothing decoded)."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Between the limit and twice the limit Pillow only warns: we refuse below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as picture:
                header = ImageHeader(
                    picture.format or "",
                    picture.width,
                    picture.height,
                    getattr(picture, "n_frames", 1),
                )
    except Image.DecompressionBombError as error:
        raise _too_many_pixels(None, max_pixels) from error
    except DECODER_ERRORS as error:  # UnidentifiedImageError is an OSError
        raise _not_an_image(extension, allowed) from error
    finally:
        file.seek(0)
    if header.format not in IMAGE_FORMATS[extension]:
        raise _not_an_image(extension, allowed)
    if header.pixels > max_pixels:
        raise _too_many_pixels(header.pixels, max_pixels)
    return header


def decode_image(file: File, header: ImageHeader) -> None:
    """Decode the picture as renditions will (the first frame; a JPEG at an eighth of its
    size); refuse what fails."""
    file.seek(0)
    try:
        with Image.open(file) as picture:
            if header.format in JPEG:
                picture.draft("RGB", (max(1, header.width // 8), max(1, header.height // 8)))
            picture.load()
    except DECODER_ERRORS as error:
        raise _damaged() from error
    finally:
        file.seek(0)


def validate_image_content(file: File, allowed: Sequence[str] = tuple(IMAGE_FORMATS)) -> None:
    """Refuse an image that is not its extension's format, too large, or damaged."""
    extension = file_extension(file.name)
    if extension not in allowed or extension not in IMAGE_FORMATS:
        raise _not_an_image(extension, allowed)
    max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    header = read_image_header(file, extension, allowed, max_pixels)
    decode_image(file, header)


def _is_mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


# Extension -> does the start of the file show that container?
CONTAINERS = {
    "mp4": lambda head: head[4:8] == b"ftyp",
    "m4a": lambda head: head[4:8] == b"ftyp",
    "m4v": lambda head: head[4:8] == b"ftyp",
    "mov": lambda head: head[4:8] in {b"ftyp", b"moov", b"mdat", b"wide", b"free"},
    "webm": lambda head: head.startswith(b"\x1a\x45\xdf\xa3"),
    "mkv": lambda head: head.startswith(b"\x1a\x45\xdf\xa3"),
    "ogg": lambda head: head.startswith(b"OggS"),
    "ogv": lambda head: head.startswith(b"OggS"),
    "mp3": _is_mp3,
}


def validate_media_file(file: File, allowed_extensions: list[str]) -> None:
    """Refuse a video or sound file that is too large or whose content is not its format."""
    check_size(file, settings.PORTAL_MEDIA_MAX_UPLOAD_SIZE)
    extension = file_extension(file.name)
    # Only formats whose signature is known here, whatever the settings allow.
    check_extension(extension, [e for e in allowed_extensions if e in CONTAINERS])
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    if not CONTAINERS[extension](head):
        raise content_mismatch(extension)


def validate_thumbnail(file: File, allowed_extensions: Sequence[str]) -> None:
    """A video's preview picture: a real raster image of an allowed type, not too large."""
    check_size(file, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    validate_image_content(file, allowed_extensions)
