"""Load the Vietnamese demo site. Idempotent: what exists (by slug or title) is left alone."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Page, Site

from articles.models import ArticlePage
from banners.models import Banner
from demo.furniture import FurnitureLoader
from demo.gallery import GalleryLoader, add_to_main_menu
from demo.interaction import InteractionLoader
from demo.library import load_library
from demo.newsroom import NewsroomLoader, sections_by_slug
from demo.polls import load_polls
from demo.site import SiteLoader
from demo.visits import load_visits
from demo.year2021 import Year2021Loader
from editorial.setup import setup_editorial
from home.models import ContactOfficial
from navigation.models import Menu
from portal.models import PortalImage
from portal.publishing import direct_publishing

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
        site = Site.objects.get(is_default_site=True)
        if options["once"] and site.root_page.get_children().exists():
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
            self._load(site)
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

    def _load(self, site):
        pages = SiteLoader(site)
        home = pages.home
        pages.load_identity()
        pages.load_pages()
        newsroom = NewsroomLoader(pages)
        newsroom.load_lists()
        sections = sections_by_slug(home)
        newsroom.load_rich_articles(sections)
        newsroom.load_generated_articles(sections)
        newsroom.load_outlet_items(sections)
        Year2021Loader(pages, sections).load()
        pages.load_contact_pages()
        newsroom.load_unit_page(home.get_children().get(slug="gioi-thieu"))
        newsroom.load_schedule(home)
        # Before the editorial setup, which opens the library to contributors.
        gallery_loader = GalleryLoader(home, pages.collection)
        gallery = gallery_loader.load()
        for note in gallery_loader.skipped:
            self.stdout.write(self.style.WARNING(note))
        editorial_workflow, _schedule_workflow = setup_editorial()
        newsroom.load_workflow_drafts(sections["hoat-dong-co-so"], editorial_workflow)
        pages.load_front_page()
        _library, report = load_library(home, pages.organisation["province"])
        self.stdout.write(
            f"Documents: {report.created} created, {report.updated} updated, "
            f"{len(report.rejected)} rejected ({report.per_second:.1f} per second)."
        )
        InteractionLoader(home, pages.organisation.get("email", "")).load()
        furniture = FurnitureLoader(home)
        furniture.load_menus()
        add_to_main_menu(gallery)
        load_polls(home)
        furniture.load_banners()
        furniture.load_mourning_mode()
        # Last: the articles' views are spread over what is published by now.
        load_visits(site)
