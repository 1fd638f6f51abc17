"""The demo's photo and video library: three albums of drawn photos and two videos.

Photos are the drawn scenes of portal/demo/images.py, framed as a photographer would (the whole
hall, a closer view of one side); videos are on a fictional provincial television site and are
resolved by the local embed finder, so nothing is fetched. Keyed by slug and image title:
loading twice creates nothing new.
"""

import datetime
import io
import random
import uuid

from django.core.files.images import ImageFile
from PIL import Image, ImageEnhance, ImageFilter

from gallery.models import AlbumPhoto, GalleryIndexPage, PhotoAlbumPage, VideoPage
from navigation.models import Menu
from portal.demo.images import HEIGHT, SCENES, WIDTH
from portal.demo.pages import child_page
from portal.models import PortalImage

GALLERY_SLUG = "thu-vien-anh-video"
GALLERY_TITLE = "Thư viện ảnh – video"
GALLERY_INTRO = (
    "Hình ảnh, video về hoạt động của Đảng ủy Khối và các tổ chức cơ sở đảng trực thuộc. "
    "Ảnh trong thư viện là ảnh minh họa."
)
PHOTO_SIZE = (1600, 1067)  # 3:2, as a camera takes them
# The main-menu entry goes before these pages, as in the furniture's menu.
MENU_BEFORE = ("lich-cong-tac", "lien-he")

# What each drawn scene shows, for readers who cannot see it (the images' alt text):
# (what it is, what is in it); the framing of each photo is added in front.
SCENE_DESCRIPTIONS = {
    "meeting": (
        "một hội trường",
        "tấm phông đỏ có ngôi sao vàng, dãy bàn đặt hoa và bục phát biểu; nhiều đại biểu "
        "ngồi kín các hàng ghế",
    ),
    "ceremony": (
        "một sân khấu",
        "những người mặc áo sơ mi trắng, cài hoa đỏ trước ngực, đứng thành hàng trước tấm "
        "phông đỏ có ngôi sao vàng",
    ),
    "flag": ("lá cờ đỏ sao vàng", "cờ tung bay trên nền trời xanh"),
    "landscape": ("một vùng quê", "những dãy đồi xanh, dòng sông uốn lượn, mặt trời lúc bình minh"),
    "classroom": ("một lớp học", "bảng xanh phía trước, học viên ngồi theo các dãy bàn"),
    "factory": ("một khu nhà máy", "dãy nhà xưởng, ống khói; công nhân mặc áo xanh đứng trước"),
    "volunteer": ("một bãi cỏ ven sông", "đoàn viên thanh niên áo xanh giữa hàng cây mới trồng"),
    "digital": (
        "một màn hình máy tính",
        "trang văn bản trên màn hình, phía sau là mạng lưới các điểm sáng kết nối",
    ),
}


def describe(scene, zoom, focus):
    """ "Hình vẽ minh họa, cận cảnh phía bên trái một hội trường: ..." """
    subject, details = SCENE_DESCRIPTIONS[scene]
    if zoom < 1.25:
        view = "toàn cảnh"
    else:
        side = "phía bên trái" if focus < 0.4 else "phía bên phải" if focus > 0.6 else "chính giữa"
        view = f"cận cảnh {side}"
    return f"Hình vẽ minh họa, {view} {subject}: {details}."


# Each photo: (scene, framing, caption); framing is (zoom, horizontal focus 0–1, portrait).
ALBUMS = [
    {
        "slug": "hoi-nghi-ban-chap-hanh-dang-bo-khoi-lan-thu-12",
        "title": "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12",
        "date": datetime.date(2026, 7, 14),
        "intro": (
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ "
            "trọng tâm 6 tháng cuối năm 2026."
        ),
        "credit": "Văn phòng Đảng ủy Khối",
        "photos": [
            (
                "meeting",
                (1.0, 0.5, False),
                "Toàn cảnh Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12",
            ),
            (
                "meeting",
                (1.5, 0.3, False),
                "Đại biểu dự Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12",
            ),
            (
                "meeting",
                (1.8, 0.5, False),
                "Đồng chí Bí thư Đảng ủy Khối phát biểu khai mạc hội nghị",
            ),
            (
                "classroom",
                (1.2, 0.5, False),
                "Các đại biểu nghiên cứu dự thảo báo cáo sơ kết 6 tháng",
            ),
            ("meeting", (1.4, 0.75, False), "Đại biểu các đảng bộ cơ sở tham luận tại hội nghị"),
            (
                "ceremony",
                (1.1, 0.5, False),
                "Ban Chấp hành Đảng bộ Khối biểu quyết thông qua nghị quyết hội nghị",
            ),
            ("flag", (1.0, 0.5, False), "Lá cờ Đảng tung bay trước trụ sở Đảng ủy Khối"),
        ],
    },
    {
        "slug": "le-trao-huy-hieu-dang-dot-3-2-2026",
        "title": "Lễ trao Huy hiệu Đảng đợt 3/2/2026",
        "date": datetime.date(2026, 2, 3),
        "intro": (
            "Nhân kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng ủy Khối tổ chức trao "
            "Huy hiệu 30, 40, 45 năm tuổi Đảng cho các đồng chí đảng viên."
        ),
        "credit": "Minh Anh",
        "photos": [
            ("ceremony", (1.0, 0.5, False), "Quang cảnh lễ trao Huy hiệu Đảng"),
            (
                "ceremony",
                (1.6, 0.35, False),
                "Các đồng chí đảng viên nhận Huy hiệu 40 năm tuổi Đảng",
            ),
            ("ceremony", (1.6, 0.7, True), "Đảng viên lão thành phát biểu cảm tưởng"),
            ("flag", (1.3, 0.45, False), "Cờ Đảng, cờ Tổ quốc trang trí mừng Đảng, mừng Xuân"),
            ("meeting", (1.2, 0.5, False), "Đại biểu dự buổi lễ"),
            (
                "ceremony",
                (1.3, 0.5, False),
                "Lãnh đạo Đảng ủy Khối chụp ảnh lưu niệm cùng các đảng viên",
            ),
        ],
    },
    {
        "slug": "tuoi-tre-khoi-ra-quan-thang-thanh-nien-2026",
        "title": "Tuổi trẻ Khối ra quân Tháng Thanh niên năm 2026",
        "date": datetime.date(2026, 3, 8),
        "intro": (
            "Đoàn viên thanh niên các cơ quan, doanh nghiệp trong Khối trồng cây, dọn vệ sinh môi "
            "trường và hỗ trợ người dân làm thủ tục hành chính trực tuyến."
        ),
        "credit": "Đoàn Thanh niên Khối",
        "photos": [
            (
                "volunteer",
                (1.0, 0.5, False),
                "Đoàn viên thanh niên ra quân Tháng Thanh niên năm 2026",
            ),
            ("volunteer", (1.5, 0.3, False), "Trồng cây xanh tại khu vực bờ sông"),
            (
                "landscape",
                (1.0, 0.5, False),
                "Khu vực ven sông sau buổi ra quân làm sạch môi trường",
            ),
            ("volunteer", (1.7, 0.7, False), "Thanh niên doanh nghiệp tham gia trồng cây"),
            ("digital", (1.2, 0.5, False), "Hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công"),
            ("factory", (1.2, 0.4, False), "Thanh niên công nhân hưởng ứng phong trào tại nhà máy"),
            ("landscape", (1.5, 0.65, False), "Bình minh trên dòng sông quê hương"),
            ("volunteer", (1.3, 0.5, False), "Các đoàn viên chụp ảnh lưu niệm sau buổi ra quân"),
        ],
    },
]

VIDEOS = [
    {
        "slug": "phong-su-dang-bo-khoi-thuc-hien-nghi-quyet-dai-hoi",
        "title": "Phóng sự: Đảng bộ Khối nửa nhiệm kỳ thực hiện Nghị quyết Đại hội",
        "date": datetime.date(2026, 9, 25),
        "intro": (
            "Những kết quả nổi bật trong lãnh đạo phát triển đảng viên, chuyển đổi số và xây dựng "
            "tổ chức cơ sở đảng trong sạch, vững mạnh."
        ),
        "url": "https://truyenhinh.thanhhoa.example.vn/video/dang-bo-khoi-nua-nhiem-ky",
        "scene": "meeting",
        "caption": "Phóng sự của Đài Phát thanh và Truyền hình tỉnh (video minh họa).",
    },
    {
        "slug": "so-tay-dang-vien-dien-tu-huong-dan-su-dung",
        "title": "Hướng dẫn sử dụng Sổ tay đảng viên điện tử",
        "date": datetime.date(2026, 5, 19),
        "intro": "Các bước cài đặt, đăng nhập và tra cứu văn bản trên Sổ tay đảng viên điện tử.",
        "url": "https://truyenhinh.thanhhoa.example.vn/video/so-tay-dang-vien-dien-tu",
        "scene": "digital",
        "caption": "Video hướng dẫn (video minh họa).",
    },
]


def draw_photo(scene, seed, size=PHOTO_SIZE, zoom=1.0, focus=0.5):
    """A JPEG of a drawn scene framed like a photo: ``zoom`` in around ``focus`` (0 left,
    1 right), with a little warmth and light falling off towards the corners."""
    scene_image = SCENES[scene](random.Random(seed))
    width, height = size
    cover = max(width / WIDTH, height / HEIGHT) * zoom
    scaled = scene_image.resize((round(WIDTH * cover), round(HEIGHT * cover)), Image.LANCZOS)
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

    def _image(self, title, scene, seed, caption, credit, framing=(1.0, 0.5, False)):
        image = PortalImage.objects.filter(title=title).first()
        if image is not None:
            return image
        zoom, focus, portrait = framing
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
        gallery, _created = child_page(
            self.home,
            GalleryIndexPage,
            GALLERY_SLUG,
            publish=True,
            title=GALLERY_TITLE,
            intro=GALLERY_INTRO,
            show_in_menus=True,
        )
        for number, spec in enumerate(ALBUMS):
            self._album(gallery, spec, seed=3000 + 100 * number)
        for number, spec in enumerate(VIDEOS):
            self._video(gallery, spec, seed=3900 + number)
        return gallery

    def _album(self, gallery, spec, seed):
        if gallery.get_children().filter(slug=spec["slug"]).exists():
            return
        photos = [
            AlbumPhoto(
                image=self._image(
                    f"{spec['title']} – ảnh {n}", scene, seed + n, caption, spec["credit"], framing
                )
            )
            for n, (scene, framing, caption) in enumerate(spec["photos"], start=1)
        ]
        album, _created = child_page(
            gallery,
            PhotoAlbumPage,
            spec["slug"],
            title=spec["title"],
            date=spec["date"],
            intro=spec["intro"],
            photos=photos,
        )
        album.save_revision().publish()

    def _video(self, gallery, spec, seed):
        if gallery.get_children().filter(slug=spec["slug"]).exists():
            return
        poster = self._image(
            f"Video: {spec['title']}", spec["scene"], seed, spec["title"], "", (1.0, 0.5, False)
        )
        embed = {"url": spec["url"], "title": spec["title"], "poster": poster.pk}
        video, _created = child_page(
            gallery,
            VideoPage,
            spec["slug"],
            title=spec["title"],
            date=spec["date"],
            intro=spec["intro"],
            video=[{"type": "video_embed", "value": {**embed, "caption": spec["caption"]}}],
        )
        video.save_revision().publish()


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
