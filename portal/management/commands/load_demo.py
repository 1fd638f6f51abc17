"""Load the Vietnamese demo site. Idempotent: what exists (by slug or title) is left alone."""

import io

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Collection, Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from banners.models import Banner
from editorial.setup import setup_editorial
from home.models import (
    ContactOfficial,
    ContactPage,
    EnglishPage,
    HomeFeaturedArticle,
    HomePage,
    StandardPage,
)
from navigation.models import Menu
from portal.demo import content
from portal.demo.furniture import FurnitureLoader
from portal.demo.gallery import GalleryLoader, add_to_main_menu
from portal.demo.images import draw_scene
from portal.demo.interaction import InteractionLoader
from portal.demo.library_loader import load_library
from portal.demo.newsroom_loader import NewsroomLoader, sections_by_slug
from portal.demo.polls import load_polls
from portal.models import PortalImage, SiteIdentity
from portal.publishing import direct_publishing

DEMO_COLLECTION = "Ảnh minh họa"
QUIET_MAIL = "django.core.mail.backends.dummy.EmailBackend"


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
        # The demo's drafts are written and reviewed by the demo accounts.
        call_command("demo_accounts", stdout=self.stdout)
        # The demo's workflow steps would mail every reviewer: nothing is sent while loading.
        # Its standing content is published directly, as a site's first setup is.
        with (
            transaction.atomic(),
            override_settings(EMAIL_BACKEND=QUIET_MAIL),
            direct_publishing("load_demo"),
        ):
            self._load(home)
        counts = {
            "pages": Page.objects.count(),
            "articles": ArticlePage.objects.count(),
            "images": PortalImage.objects.count(),
            "officials": ContactOfficial.objects.count(),
            "banners": Banner.objects.count(),
            "menus": Menu.objects.count(),
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
        newsroom = NewsroomLoader(self)
        newsroom.load_lists()
        sections = sections_by_slug(home)
        newsroom.load_rich_articles(sections)
        newsroom.load_generated_articles(sections)
        newsroom.load_outlet_items(sections)
        contact = content.CONTACT_PAGE
        self.child(
            home,
            ContactPage,
            contact["slug"],
            title=contact["title"],
            intro=contact["intro_html"],
            show_in_menus=True,
        )
        english = content.ENGLISH_PAGE
        self.child(
            home,
            EnglishPage,
            english["slug"],
            title=english["title"],
            intro=english["intro"],
            body=self.body(english["body"]),
            show_in_menus=True,
        )
        newsroom.load_unit_page(home.get_children().get(slug="gioi-thieu"))
        newsroom.load_schedule(home)
        # Before the editorial setup, which opens the library to contributors.
        gallery = GalleryLoader(home, self.collection).load()
        editorial_workflow, _schedule_workflow = setup_editorial()
        newsroom.load_workflow_drafts(sections["hoat-dong-co-so"], editorial_workflow)
        self._front_page(home)
        province = content.ORGANISATION["province"]
        _library, report = load_library(home, province)
        self.stdout.write(
            f"Documents: {report.created} created, {report.updated} updated, "
            f"{len(report.rejected)} rejected ({report.per_second:.1f} per second)."
        )
        InteractionLoader(home, content.ORGANISATION.get("email", "")).load()
        furniture = FurnitureLoader(home, self.collection)
        furniture.load_menus()
        add_to_main_menu(gallery)
        load_polls(home)
        furniture.load_banners()
        furniture.load_mourning_mode()

    def _identity(self, site):
        if not site.site_name:
            site.site_name = content.ORGANISATION["short_name"]
            site.save(update_fields=["site_name"])
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
        self.collection = collection
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

    def _front_page(self, home):
        """The lead story and featured stories, as the editors would choose them."""
        if home.lead_article_id:
            return
        chosen = ArticlePage.objects.live().filter(slug__in=content.FRONT_PAGE)
        by_slug = {page.slug: page for page in chosen}
        picks = [by_slug[slug] for slug in content.FRONT_PAGE if slug in by_slug]
        if not picks:
            return
        home.lead_article = picks[0]
        home.featured_items = [HomeFeaturedArticle(article=page) for page in picks[1:]]
        home.save_revision().publish()

    def child(self, parent, model, slug, **fields):
        """The child page of ``parent`` with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def _standard_page(self, parent, spec):
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

    def _section(self, parent, spec):
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

    def body(self, blocks):
        stream = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {**value, "image": self.images[value["image"]].pk}
            stream.append({"type": block_type, "value": value})
        return stream
