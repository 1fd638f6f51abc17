"""The demo's menus and banners: what a reader finds around the news."""

import io
import uuid

from django.core.files.images import ImageFile

from banners.models import Banner
from mourning.models import MourningMode
from navigation.models import Menu
from portal.demo.images import draw_banner
from portal.models import PortalImage

# (slot, title, short text, scene, picture size, target: page slug or outside address)
BANNERS = [
    (
        "home_carousel",
        "Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "3/2/1930 – 3/2/2026",
        "flag",
        (1600, 667),
        "tin-tuc-su-kien",
    ),
    (
        "home_carousel",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Chuyên đề năm 2026",
        "ceremony",
        (1600, 667),
        "hoc-tap-va-lam-theo-bac",
    ),
    (
        "home_carousel",
        "Chuyển đổi số trong các cơ quan đảng",
        "Sổ tay đảng viên điện tử, số hóa hồ sơ, văn bản",
        "digital",
        (1600, 667),
        "chuyen-doi-so",
    ),
    (
        "header_strip",
        "Đẩy mạnh phát triển đảng viên trong doanh nghiệp ngoài nhà nước",
        "",
        "factory",
        (1600, 160),
        "xay-dung-dang",
    ),
    (
        "right_column",
        "Lịch công tác tuần",
        "Thường trực Đảng ủy Khối",
        "meeting",
        (600, 500),
        "lich-cong-tac",
    ),
    (
        "right_column",
        "Tổ chức cơ sở đảng trực thuộc",
        "",
        "classroom",
        (600, 500),
        "to-chuc-co-so-dang",
    ),
    (
        "right_column",
        "Nghiên cứu – Trao đổi",
        "Bài viết chuyên sâu về xây dựng Đảng",
        "landscape",
        (600, 500),
        "nghien-cuu-trao-doi",
    ),
    (
        "footer_logos",
        "Báo điện tử Đảng Cộng sản Việt Nam",
        "",
        "flag",
        (320, 160),
        "https://dangcongsan.example.vn",
    ),
    (
        "footer_logos",
        "Cổng thông tin điện tử tỉnh Thanh Hóa",
        "",
        "landscape",
        (320, 160),
        "https://thanhhoa.example.vn",
    ),
    (
        "footer_logos",
        "Báo Thanh Hóa",
        "",
        "volunteer",
        (320, 160),
        "https://baothanhhoa.example.vn",
    ),
    (
        "footer_logos",
        "Tạp chí Kiểm tra",
        "",
        "meeting",
        (320, 160),
        "https://tapchikiemtra.example.vn",
    ),
]
# Celebrations: paused while the site is in mourning (mourning mode).
FESTIVE_BANNERS = {"Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam"}
# Ready for a real occasion; the demo never turns mourning mode on.
MOURNING_NOTICE = (
    "Thực hiện nghi thức Quốc tang, Trang thông tin điện tử tạm dừng các nội dung vui chơi, "
    "giải trí."
)
# An administrator's unfinished banner: it has no picture, so it cannot be published.
DRAFT_BANNER = ("right_column", "Cuộc thi ảnh đẹp hoạt động cơ sở (chưa có ảnh)", "lien-he")

# (slug or None for the home page, label override, children)
MAIN_MENU = [
    (None, "Trang chủ", []),
    (
        "gioi-thieu",
        "",
        [
            ("lich-su-hinh-thanh", "", []),
            ("chuc-nang-nhiem-vu", "", []),
            ("co-cau-to-chuc", "", []),
            ("lanh-dao", "", []),
            ("ban-bien-tap", "", []),
            ("to-chuc-co-so-dang", "", []),
        ],
    ),
    (
        "tin-tuc-su-kien",
        "",
        [
            ("hoat-dong-dang-uy-khoi", "", []),
            ("hoat-dong-co-so", "", []),
        ],
    ),
    ("xay-dung-dang", "", [("nghien-cuu-trao-doi", "", [])]),
    ("van-ban", "", []),
    ("chuyen-doi-so", "", []),
    ("hoc-tap-va-lam-theo-bac", "Học tập và làm theo Bác", []),
    ("thu-vien-anh-video", "", []),
    ("lich-cong-tac", "", []),
    (
        "lien-he",
        "",
        [
            ("hoi-dap", "", []),
            ("gop-y-du-thao", "", []),
            ("tham-do-y-kien", "", []),
            ("english", "English", []),
        ],
    ),
]
FOOTER_MENU = [
    ("gioi-thieu", "", []),
    ("ban-bien-tap", "Ban biên tập", []),
    ("lich-cong-tac", "", []),
    ("van-ban", "", []),
    ("hoi-dap", "", []),
    ("lien-he", "", []),
    ("english", "English", []),
]
QUICK_LINKS = [
    ("https://dangcongsan.example.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("https://thanhhoa.example.vn", "Cổng thông tin điện tử tỉnh"),
    ("https://tapchikiemtra.example.vn", "Tạp chí Kiểm tra"),
    ("https://baothanhhoa.example.vn", "Báo Thanh Hóa"),
]


class FurnitureLoader:
    def __init__(self, home, collection):
        self.home = home
        self.collection = collection
        self.pages = {page.slug: page for page in home.get_descendants()}

    def _image(self, title, scene, size, seed):
        image = PortalImage.objects.filter(title=title).first()
        if image is None:
            image = PortalImage(
                file=ImageFile(io.BytesIO(draw_banner(scene, seed, size)), name="banner.jpg"),
                title=title,
                description=title,
                collection=self.collection,
            )
            image.save()
        return image

    def _target(self, target):
        if target.startswith("http"):
            return {"target_url": target}
        return {"target_page": self.pages[target]}

    def load_banners(self):
        for order, (slot, title, text, scene, size, target) in enumerate(BANNERS):
            if Banner.objects.filter(title=title).exists():
                continue
            banner = Banner.objects.create(
                title=title,
                text=text,
                slot=slot,
                sort_order=order,
                image=self._image(f"Banner: {title}", scene, size, order),
                festive=title in FESTIVE_BANNERS,
                live=False,
                **self._target(target),
            )
            banner.save_revision().publish()
        slot, title, target = DRAFT_BANNER
        if not Banner.objects.filter(title=title).exists():
            banner = Banner.objects.create(
                title=title, slot=slot, live=False, **self._target(target)
            )
            banner.save_revision()

    def load_mourning_mode(self):
        """The mourning mode setting, off, with a notice an administrator can adapt."""
        MourningMode.objects.get_or_create(
            site=self.home.get_site(),
            defaults={"enabled": False, "notice": MOURNING_NOTICE, "show_notice": True},
        )

    def _items(self, spec):
        items = []
        for slug, label, children in spec:
            if slug is not None and slug not in self.pages:
                continue  # a page this demo does not have
            page = self.home if slug is None else self.pages[slug]
            items.append(
                {
                    "type": "item",
                    "value": {
                        "label": label,
                        "page": page.pk,
                        "document": None,
                        "url": "",
                        "children": [
                            {"type": "item", "value": child["value"], "id": str(uuid.uuid4())}
                            for child in self._items(children)
                        ],
                    },
                }
            )
        return items

    def load_menus(self):
        links = [
            {
                "type": "item",
                "value": {
                    "label": label,
                    "page": None,
                    "document": None,
                    "url": url,
                    "children": [],
                },
            }
            for url, label in QUICK_LINKS
        ]
        for location, items in (
            (Menu.Location.MAIN, self._items(MAIN_MENU)),
            (Menu.Location.FOOTER, self._items(FOOTER_MENU)),
            (Menu.Location.QUICK_LINKS, links),
        ):
            if Menu.objects.filter(location=location).exists():
                continue
            menu = Menu.objects.create(location=location, items=items, live=False)
            menu.save_revision().publish()
