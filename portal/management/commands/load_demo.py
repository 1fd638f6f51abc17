"""Load the Vietnamese demo site. Idempotent: what exists (by slug or title) is left alone."""

import io
from datetime import datetime

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from home.models import ContactOfficial, ContactPage, EnglishPage, HomePage, StandardPage
from portal.demo import content
from portal.demo.images import draw_scene
from portal.models import PortalImage, SiteIdentity

DEMO_COLLECTION = "Ảnh minh họa"


class Command(BaseCommand):
    help = "Load the Vietnamese demo content (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if the home page already has content below it.",
        )

    def handle(self, *args, **options):
        home = self._home_page()
        if options["once"] and home.get_children().exists():
            self.stdout.write("Demo content already loaded; nothing changed.")
            return
        with transaction.atomic():
            self._load(home)
        counts = {
            "pages": Page.objects.count(),
            "articles": ArticlePage.objects.count(),
            "images": PortalImage.objects.count(),
            "officials": ContactOfficial.objects.count(),
        }
        summary = ", ".join(f"{value} {name}" for name, value in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {summary}"))

    def _home_page(self):
        site = Site.objects.get(is_default_site=True)
        return site.root_page.specific

    def _load(self, home):
        site = Site.objects.get(is_default_site=True)
        self._identity(site)
        self.images = self._images()
        if isinstance(home, HomePage) and not home.intro:
            home.intro = content.HOME_INTRO
            home.save_revision().publish()
        for index, official in enumerate(content.OFFICIALS):
            ContactOfficial.objects.get_or_create(
                name=official["name"], defaults={**official, "sort_order": index}
            )
        for spec in content.STANDING_PAGES:
            self._standard_page(home, spec)
        for spec in content.SECTIONS:
            self._section(home, spec)
        sections = {page.slug: page for page in ArticleIndexPage.objects.descendant_of(home)}
        for spec in content.ARTICLES:
            self._article(sections[spec["section"]], spec)
        contact = content.CONTACT_PAGE
        self._child(
            home,
            ContactPage,
            contact["slug"],
            title=contact["title"],
            intro=contact["intro_html"],
            show_in_menus=True,
        )
        english = content.ENGLISH_PAGE
        self._child(
            home,
            EnglishPage,
            english["slug"],
            title=english["title"],
            intro=english["intro"],
            body=self._body(english["body"]),
            show_in_menus=True,
        )

    def _identity(self, site):
        identity = SiteIdentity.for_site(site)
        if not identity.organisation_name:
            for field, value in content.ORGANISATION.items():
                setattr(identity, field, value)
            identity.show_demo_notice = True
            identity.save()

    def _images(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=DEMO_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=DEMO_COLLECTION)
        images = {}
        for spec in content.IMAGES:
            image = PortalImage.objects.filter(title=spec["title"]).first()
            if image is None:
                data = draw_scene(spec["scene"], spec["seed"])
                image = PortalImage(
                    file=ImageFile(io.BytesIO(data), name=f"{spec['key']}.jpg"),
                    title=spec["title"],
                    description=spec["description"],
                    caption=spec["caption"],
                    credit=spec["credit"],
                    collection=collection,
                )
                image.save()
            images[spec["key"]] = image
        return images

    def _child(self, parent, model, slug, **fields):
        """The child page of ``parent`` with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def _standard_page(self, parent, spec):
        page = self._child(
            parent,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            body=self._body(spec.get("body", [])),
            show_in_menus=spec.get("in_menu", False),
        )
        for child in spec.get("children", []):
            self._standard_page(page, child)

    def _section(self, parent, spec):
        page = self._child(
            parent,
            ArticleIndexPage,
            spec["slug"],
            title=spec["title"],
            intro=spec.get("intro", ""),
            show_in_menus=spec.get("in_menu", False),
        )
        for child in spec.get("children", []):
            self._section(page, child)

    def _article(self, section, spec):
        date = timezone.make_aware(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M"))
        page = self._child(
            section,
            ArticlePage,
            spec["slug"],
            title=spec["title"],
            sapo=spec["sapo"],
            byline=spec.get("byline", ""),
            date=date,
            featured_image=self.images[spec["image"]],
            body=self._body(spec["body"]),
        )
        if page.first_published_at != date:
            # The demo's history: each item first went live on its own date.
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=date, last_published_at=date
            )

    def _body(self, blocks):
        stream = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {**value, "image": self.images[value["image"]].pk}
            stream.append({"type": block_type, "value": value})
        return stream
