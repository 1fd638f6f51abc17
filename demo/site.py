"""The site around the news: its identity, the drawn pictures, the standing pages and
sections, the contact and English pages, and the front page (data in site.yaml, images.yaml
and pages.yaml)."""

import io
from typing import Any

from django.core.files.images import ImageFile
from wagtail.models import Collection, Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from demo.datafiles import read
from demo.images import draw_scene
from demo.pages import child_page
from demo.portraits import portrait_image
from home.models import (
    ContactOfficial,
    ContactPage,
    EnglishPage,
    HomePage,
    HomeSelection,
    StandardPage,
)
from portal.models import PortalImage, SiteIdentity

DEMO_COLLECTION = "Ảnh minh họa"


class SiteLoader:
    """Loads the site's own pages; the other loaders use its pictures and ``body``."""

    def __init__(self, site: Site):
        self.site = site
        self.home = site.root_page.specific
        self.collection = self._collection()
        self.images: dict[str, PortalImage] = {}

    @property
    def organisation(self) -> dict[str, str]:
        return read("site")["organisation"]

    def load_identity(self) -> None:
        site, data = self.site, read("site")
        if not site.site_name:
            site.site_name = self.organisation["short_name"]
            site.save(update_fields=["site_name"])
        identity = SiteIdentity.for_site(site)
        if not identity.organisation_name:
            for field, value in self.organisation.items():
                setattr(identity, field, value)
            identity.show_demo_notice = True
            identity.save()
        self.images = self._images()
        home = self.home
        if isinstance(home, HomePage) and not home.intro:
            home.intro = data["home_intro"]
            home.save_revision().publish()
        for index, official in enumerate(data["officials"]):
            ContactOfficial.objects.get_or_create(
                name=official["name"], defaults={**official, "sort_order": index}
            )

    def load_pages(self) -> None:
        pages = read("pages")
        for spec in pages["standing_pages"]:
            self._standard_page(self.home, spec)
        for spec in pages["sections"]:
            self._section(self.home, spec)

    def load_contact_pages(self) -> None:
        data = read("site")
        contact, english = data["contact_page"], data["english_page"]
        self.child(
            self.home,
            ContactPage,
            contact["slug"],
            title=contact["title"],
            intro=contact["intro_html"],
            show_in_menus=True,
        )
        self.child(
            self.home,
            EnglishPage,
            english["slug"],
            title=english["title"],
            intro=english["intro"],
            body=self.body(english["body"]),
            show_in_menus=True,
        )

    def load_front_page(self) -> None:
        """The lead story and featured stories, as the editors would choose them."""
        home = self.home
        if HomeSelection.objects.filter(home=home).exists():
            return
        front_page = read("site")["front_page"]
        chosen = ArticlePage.objects.live().filter(slug__in=front_page)
        by_slug = {page.slug: page for page in chosen}
        picks = [by_slug[slug] for slug in front_page if slug in by_slug]
        HomeSelection.objects.bulk_create(
            HomeSelection(home=home, position=position, article=article)
            for position, article in enumerate(picks[: len(HomeSelection.POSITIONS)])
        )

    def child(self, parent: Page, model: type[Page], slug: str, **fields: Any) -> Page:
        """The child page of ``parent`` with this slug, created and published if missing."""
        page, _created = child_page(parent, model, slug, publish=True, **fields)
        return page

    def body(self, blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """StreamField data from the files' blocks, with pictures named by their key."""
        stream = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "image":
                value = {**value, "image": self.images[value["image"]].pk}
            elif block["type"] == "leaders":
                value = {**value, "people": [self._leader(person) for person in value["people"]]}
            stream.append({"type": block["type"], "value": value})
        return stream

    def _leader(self, person: dict[str, Any]) -> dict[str, Any]:
        """A leader of the data files with their drawn portrait in place of its description."""
        fields = {key: value for key, value in person.items() if key != "portrait"}
        return {**fields, "portrait": portrait_image(person, self.collection).pk}

    def _collection(self) -> Collection:
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=DEMO_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=DEMO_COLLECTION)
        return collection

    def _images(self) -> dict[str, PortalImage]:
        images = {}
        for spec in read("images")["images"]:
            image = PortalImage.objects.filter(title=spec["title"]).first()
            if image is None:
                data = draw_scene(spec["scene"], spec["seed"])
                image = PortalImage(
                    file=ImageFile(io.BytesIO(data), name=f"{spec['key']}.jpg"),
                    title=spec["title"],
                    description=spec["description"],
                    caption=spec["caption"],
                    credit=spec["credit"],
                    collection=self.collection,
                )
                image.save()
            images[spec["key"]] = image
        return images

    def _standard_page(self, parent: Page, spec: dict[str, Any]) -> None:
        page = self.child(
            parent,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            body=self.body(spec.get("body", [])),
            show_in_menus=spec.get("in_menu", False),
        )
        for child in spec.get("children", []):
            self._standard_page(page, child)

    def _section(self, parent: Page, spec: dict[str, Any]) -> None:
        page = self.child(
            parent,
            ArticleIndexPage,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            show_in_menus=spec.get("in_menu", False),
        )
        for child in spec.get("children", []):
            self._section(page, child)
