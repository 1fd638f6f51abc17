"""The demo's photo and video library: three albums of drawn photos and two videos.

Photos are the drawn scenes of demo/images.py, framed as a photographer would (the whole
hall, a closer view of one side); videos are on a fictional provincial television site and are
resolved by the local embed finder, so nothing is fetched, but one, drawn and encoded here
(demo/video.py), is a video file of the site itself (data in gallery.yaml). Keyed by slug and
image title: loading twice creates nothing new.
"""

import io
import random
import uuid

from django.core.files.images import ImageFile
from PIL import Image, ImageEnhance, ImageFilter
from wagtailmedia.models import get_media_model

from demo.datafiles import read
from demo.images import HEIGHT, SCENES, WIDTH
from demo.pages import child_page, listing_page
from demo.video import encoder_available, make_video, save_media
from gallery.models import AlbumPhoto, GalleryIndexPage, PhotoAlbumPage, VideoPage
from navigation.models import Menu
from portal.models import PortalImage

PHOTO_SIZE = (1600, 1067)  # 3:2, as a camera takes them
# The main-menu entry goes before these pages, as in the furniture's menu.
MENU_BEFORE = ("lich-cong-tac", "lien-he")


def describe(scene, zoom, focus):
    """ "Hình vẽ minh họa, cận cảnh phía bên trái một hội trường: ..." """
    scene_shows = read("gallery")["scenes"][scene]
    subject, details = scene_shows["subject"], scene_shows["details"]
    if zoom < 1.25:
        view = "toàn cảnh"
    else:
        side = "phía bên trái" if focus < 0.4 else "phía bên phải" if focus > 0.6 else "chính giữa"
        view = f"cận cảnh {side}"
    return f"Hình vẽ minh họa, {view} {subject}: {details}."


def draw_photo(scene, seed, size=PHOTO_SIZE, zoom=1.0, focus=0.5):
    """A JPEG of a drawn scene framed like a photo: ``zoom`` in around ``focus`` (0 left,
    1 right), with a little warmth and light falling off towards the corners."""
    scene_image = SCENES[scene](random.Random(seed))
    width, height = size
    cover = max(width / WIDTH, height / HEIGHT) * zoom
    scaled = scene_image.resize(
        (round(WIDTH * cover), round(HEIGHT * cover)), Image.Resampling.LANCZOS
    )
    left = round((scaled.width - width) * focus)
    top = (scaled.height - height) // 2
    photo = scaled.crop((left, top, left + width, top + height))
    photo = ImageEnhance.Color(photo).enhance(1.12).filter(ImageFilter.GaussianBlur(0.8))
    vignette = Image.radial_gradient("L").resize(size).point(lambda v: 255 - v * 0.35)
    photo = Image.composite(photo, Image.new("RGB", size, (20, 14, 10)), vignette)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=86, optimize=True)
    return buffer.getvalue()


class GalleryLoader:
    def __init__(self, home, collection, photo_size=PHOTO_SIZE):
        self.home = home
        self.collection = collection
        self.photo_size = photo_size
        # What was left out and why, for the command to tell.
        self.skipped: list[str] = []

    def _image(self, title, scene, seed, caption, credit, zoom=1.0, focus=0.5, portrait=False):
        image = PortalImage.objects.filter(title=title).first()
        if image is not None:
            return image
        width, height = self.photo_size
        size = (height, width) if portrait else (width, height)
        image = PortalImage(
            file=ImageFile(io.BytesIO(draw_photo(scene, seed, size, zoom, focus)), name="anh.jpg"),
            title=title,
            description=describe(scene, zoom, focus),
            caption=f"{caption}. (Ảnh minh họa)",
            credit=credit,
            collection=self.collection,
        )
        image.save()
        return image

    def load(self):
        """The library with its albums and videos; returns the library page."""
        data = read("gallery")
        gallery, _created = listing_page(
            self.home, GalleryIndexPage, data["page"], show_in_menus=True
        )
        for number, spec in enumerate(data["albums"]):
            self._album(gallery, spec, seed=3000 + 100 * number)
        for number, spec in enumerate(data["videos"]):
            self._video(gallery, spec, seed=3900 + number)
        return gallery

    def _album(self, gallery, spec, seed):
        if gallery.get_children().filter(slug=spec["slug"]).exists():
            return
        photos = [
            AlbumPhoto(
                image=self._image(
                    f"{spec['title']} – ảnh {n}",
                    photo["scene"],
                    seed + n,
                    photo["caption"],
                    spec["credit"],
                    photo["zoom"],
                    photo["focus"],
                    photo["portrait"],
                )
            )
            for n, photo in enumerate(spec["photos"], start=1)
        ]
        _dated_page(gallery, PhotoAlbumPage, spec, photos=photos)

    def _video(self, gallery, spec, seed):
        if gallery.get_children().filter(slug=spec["slug"]).exists():
            return
        if "made" in spec:
            self._made_video(gallery, spec)
            return
        poster = self._image(f"Video: {spec['title']}", spec["scene"], seed, spec["title"], "")
        embed = {"url": spec["url"], "title": spec["title"], "poster": poster.pk}
        video = [{"type": "video_embed", "value": {**embed, "caption": spec["caption"]}}]
        _dated_page(gallery, VideoPage, spec, video=video)

    def _made_video(self, gallery, spec):
        """A video file drawn and encoded here, its poster also the page's listing picture."""
        if not encoder_available():
            self.skipped.append(
                f"Video “{spec['title']}” skipped: PyAV (the av package of "
                "requirements-demo.txt) is needed to make it."
            )
            return
        made = spec["made"]
        media = get_media_model().objects.filter(title=spec["title"]).first()
        if media is None:
            clip = make_video(made["title"], made["subtitle"], made["note"], made["seconds"])
            media = save_media(clip, spec["title"], self.collection)
        poster = PortalImage.objects.filter(title=f"Video: {spec['title']}").first()
        if poster is None:
            with media.thumbnail.open("rb") as handle:
                frame = handle.read()
            poster = PortalImage(
                file=ImageFile(io.BytesIO(frame), name="video-minh-hoa.jpg"),
                title=f"Video: {spec['title']}",
                description=f"Khung hình của video minh họa: {made['title']}.",
                caption=f"{spec['title']}. (Ảnh minh họa)",
                credit="",
                collection=self.collection,
            )
            poster.save()
        video = [{"type": "video_file", "value": {"video": media.pk, "caption": spec["caption"]}}]
        _dated_page(gallery, VideoPage, spec, video=video, cover_image=poster)


def _dated_page(gallery, model, spec, **fields):
    """An album or video of the library, published, with its title, date and introduction."""
    child_page(
        gallery,
        model,
        spec["slug"],
        publish=True,
        title=spec["title"],
        date=spec["date"],
        intro=spec["intro"],
        **fields,
    )


def add_to_main_menu(gallery):
    """A site loaded before the library existed gets it in its main menu, once."""
    menu = Menu.objects.filter(location=Menu.Location.MAIN, live=True).first()
    if menu is None or menu.has_unpublished_changes:
        return  # the furniture loader builds the menu with the library in it
    items = list(menu.items.raw_data)
    if any((item.get("value") or {}).get("page") == gallery.pk for item in items):
        return
    entry = {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {"label": "", "page": gallery.pk, "document": None, "url": "", "children": []},
    }
    before = {page.pk for page in gallery.get_siblings().filter(slug__in=MENU_BEFORE)}
    position = next(
        (n for n, item in enumerate(items) if (item.get("value") or {}).get("page") in before),
        len(items),
    )
    items.insert(position, entry)
    menu.items = items
    menu.save_revision().publish()
