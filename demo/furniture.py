"""The demo's menus and banners: what a reader finds around the news (menus.yaml,
banners.yaml)."""

import io
import uuid

from django.core.files.images import ImageFile

from banners.models import Banner
from demo.datafiles import read
from demo.images import draw_banner
from mourning.models import MourningMode
from navigation.models import Menu
from portal.image_collections import BANNERS, dedicated_collection
from portal.models import PortalImage


class FurnitureLoader:
    def __init__(self, home):
        self.home = home
        self.pages = {page.slug: page for page in home.get_descendants()}

    def _image(self, title, scene, size, seed):
        image = PortalImage.objects.filter(title=title).first()
        if image is None:
            image = PortalImage(
                file=ImageFile(io.BytesIO(draw_banner(scene, seed, size)), name="banner.jpg"),
                title=title,
                description=title,
                collection=dedicated_collection(BANNERS),
            )
            image.save()
        return image

    def _target(self, target):
        if target.startswith("http"):
            return {"target_url": target}
        return {"target_page": self.pages[target]}

    def load_banners(self):
        data = read("banners")
        for order, spec in enumerate(data["banners"]):
            if Banner.objects.filter(title=spec["title"]).exists():
                continue
            size = (spec["size"]["width"], spec["size"]["height"])
            banner = Banner.objects.create(
                title=spec["title"],
                text=spec["text"],
                slot=spec["slot"],  # each comes last in its slot: the file's order
                image=self._image(f"Banner: {spec['title']}", spec["scene"], size, order),
                festive=spec["festive"],
                live=False,
                **self._target(spec["target"]),
            )
            banner.save_revision().publish()
        draft = data["draft"]
        if not Banner.objects.filter(title=draft["title"]).exists():
            banner = Banner.objects.create(
                title=draft["title"],
                slot=draft["slot"],
                live=False,
                **self._target(draft["target"]),
            )
            banner.save_revision()

    def load_mourning_mode(self):
        """The mourning mode setting, off, with a notice an administrator can adapt."""
        MourningMode.objects.get_or_create(
            site=self.home.get_site(),
            defaults={
                "enabled": False,
                "notice": read("banners")["mourning_notice"],
                "show_notice": True,
            },
        )

    def _items(self, spec):
        items = []
        for entry in spec:
            slug, label, children = entry["page"], entry["label"], entry["children"]
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
        menus = read("menus")
        links = [
            {
                "type": "item",
                "value": {
                    "label": link["label"],
                    "page": None,
                    "document": None,
                    "url": link["url"],
                    "children": [],
                },
            }
            for link in menus["quick_links"]
        ]
        for location, items in (
            (Menu.Location.MAIN, self._items(menus["main"])),
            (Menu.Location.FOOTER, self._items(menus["footer"])),
            (Menu.Location.QUICK_LINKS, links),
        ):
            if Menu.objects.filter(location=location).exists():
                continue
            menu = Menu.objects.create(location=location, items=items, live=False)
            menu.save_revision().publish()
