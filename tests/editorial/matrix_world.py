"""The site the permission matrix walks: one account per role and one object of every kind an
admin URL can point at (pages in each state, snippets, settings, files, workflows, users...)."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, Site, UploadedFile

from editorial.setup import setup_editorial
from portal import roles
from portal.publishing import direct_publishing
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, OutletFactory
from tests.banners.factories import BannerFactory
from tests.home.factories import ContactOfficialFactory, home_page
from tests.navigation.factories import menu_item
from tests.portal.factories import ImageFactory, pdf_document, tiny_png
from tests.reports.factories import QuotaFactory
from tests.units.factories import UnitFactory

# The roles of the matrix, in the order its report lists them.
ANONYMOUS = "anonymous"
TECHNICIAN = "technician"
ROLE_KEYS = (
    ANONYMOUS,
    roles.CONTRIBUTOR.key,
    roles.EDITOR.key,
    roles.DEPUTY_CHIEF_EDITOR.key,
    roles.CHIEF_EDITOR.key,
    roles.ADMINISTRATOR.key,
    TECHNICIAN,
)


@dataclass
class World:
    """Everything the URL patterns are filled from; ``users`` holds one account per role."""

    users: dict[str, Any] = field(default_factory=dict)
    # Accounts the user screens are pointed at (not logged in).
    targets: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, Any] = field(default_factory=dict)
    snippets: dict[str, Any] = field(default_factory=dict)  # by model label, lower case
    objects: dict[str, Any] = field(default_factory=dict)  # modeladmin and other models
    settings: dict[str, Any] = field(default_factory=dict)  # by model label, lower case
    media: dict[str, Any] = field(default_factory=dict)  # images, documents, videos, uploads
    misc: dict[str, Any] = field(default_factory=dict)


def _label(obj) -> str:
    return obj._meta.label_lower


def _draft(parent, owner, title, **fields):
    """An article saved as a draft by ``owner``, never published."""
    page = ArticlePageFactory(parent=parent, title=title, owner=owner, live=False, **fields)
    page.save_revision(user=owner)
    return page


def _submit(obj, user):
    """Start the workflow that applies to ``obj``, as ``user`` would by pressing Submit."""
    obj.save_revision(user=user)
    obj.get_workflow().start(obj, user)
    obj.refresh_from_db()
    return obj


def _approve_current_step(obj, user):
    obj.refresh_from_db()
    obj.current_workflow_task_state.approve(user=user)
    obj.refresh_from_db()


def _users(world: World) -> None:
    for role in roles.ROLES:
        world.users[role.key] = UserFactory(username=role.demo_usernames[0], roles=[role])
    world.users[TECHNICIAN] = get_user_model().objects.create_superuser(
        roles.TECHNICIAN_USERNAME, "kythuat@example.vn", "matkhau"
    )
    world.targets = {
        "ordinary": UserFactory(username="congtacvien2", roles=[roles.CONTRIBUTOR]),
        "second_editor": UserFactory(username="bientapvien2", roles=[roles.EDITOR]),
        "other_administrator": UserFactory(username="quantrivien2", roles=[roles.ADMINISTRATOR]),
        # Another superuser (a second technician, as after a handover).
        "superuser": get_user_model().objects.create_superuser(
            "kythuat2", "kythuat2@example.vn", "matkhau"
        ),
    }


def _sections(world: World) -> None:
    """The home page and two news sections, then the board's groups, rights and workflows."""
    home = home_page()
    section = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")
    second_section = ArticleIndexPageFactory(parent=home, title="Xây dựng Đảng", slug="xay-dung")
    workflow, _schedule = setup_editorial()  # contributors get "add" on both sections
    world.pages.update(home=home, section=section, second_section=second_section)
    world.misc["workflow"] = workflow
    world.misc["task"] = workflow.tasks.first()


def _pages(world: World) -> None:
    section = world.pages["section"]
    contributor = world.users[roles.CONTRIBUTOR.key]
    editor = world.users[roles.EDITOR.key]
    live = ArticlePageFactory(
        parent=section, title="Hội nghị sơ kết quý IV", slug="hoi-nghi", owner=editor
    )
    live.save_revision(user=editor).publish()
    live.refresh_from_db()
    live.save_revision(user=editor)  # a draft over the live version: revisions to compare
    draft = _draft(section, contributor, "Bản nháp của cộng tác viên")
    submitted = _submit(_draft(section, contributor, "Tin gửi kiểm duyệt"), contributor)
    at_approval = _submit(_draft(section, contributor, "Tin chờ phê duyệt"), contributor)
    _approve_current_step(at_approval, editor)
    _approve_current_step(at_approval, world.targets["second_editor"])
    alias = live.create_alias(parent=section, update_slug="hoi-nghi-ban-sao")
    world.pages.update(
        live=live,
        draft=draft,
        submitted=submitted,
        at_approval=at_approval,
        alias=alias,
    )


def _snippets(world: World) -> None:
    from articles.models import ArticleKind, TopicSeries
    from navigation.models import Menu
    from schedule.models import ScheduleEntry

    administrator = world.users[roles.ADMINISTRATOR.key]
    editor = world.users[roles.EDITOR.key]
    banner = _submit(BannerFactory(title="Banner cuộc thi"), administrator)
    menu, _created = Menu.objects.get_or_create(location="main")
    menu.items = [menu_item(world.pages["section"])]
    menu.save()
    menu.save_revision(user=administrator).publish(user=world.users[roles.CHIEF_EDITOR.key])
    menu = _submit(Menu.objects.get(pk=menu.pk), administrator)
    entry = ScheduleEntry(
        date=datetime.date(2026, 11, 30), content="Họp Ban Thường vụ Đảng ủy Khối", live=False
    )
    entry.save()
    entry = _submit(entry, editor)
    for obj in (
        banner,
        menu,
        entry,
        UnitFactory(),
        ArticleKind.objects.exclude(slug="tin").order_by("pk").first(),  # one no article uses
        TopicSeries.objects.create(name="Học tập và làm theo Bác", slug="hoc-tap-bac"),
        OutletFactory(),
        ContactOfficialFactory(),
        QuotaFactory(year=2026, author_category="staff", target=100),
    ):
        world.snippets[_label(obj)] = obj


def _models(world: World) -> None:
    from documents.models import DocumentField, DocumentType, Issuer
    from home.models import FeaturedStoriesSettings
    from interaction.models import ReaderMessage, Topic
    from interaction.models.settings import InteractionSettings
    from mourning.models import MourningMode
    from portal.models import SiteIdentity
    from reports.models import ReportSettings
    from visits.models import VisitCounterSettings

    site = Site.objects.get(is_default_site=True)
    topic = Topic.objects.create(name="Công tác đảng viên")
    message = ReaderMessage.objects.create(
        kind="question", text="Thủ tục chuyển sinh hoạt đảng thế nào?", topic=topic
    )
    for obj in (
        message,
        topic,
        DocumentType.objects.order_by("pk").first(),
        Issuer.objects.order_by("pk").first(),
        DocumentField.objects.order_by("pk").first(),
    ):
        world.objects[_label(obj)] = obj
    for obj in (
        SiteIdentity.for_site(site),
        MourningMode.for_site(site),
        FeaturedStoriesSettings.for_site(site),
        VisitCounterSettings.for_site(site),
        InteractionSettings.load(),
        ReportSettings.load(),
    ):
        if obj.pk is None:
            obj.save()
        world.settings[_label(obj)] = obj
    child_collection = Collection.get_first_root_node().add_child(name="Ảnh sự kiện")
    query = Query.get("hội nghị")
    SearchPromotion.objects.create(query=query, page=world.pages["live"], sort_order=0)
    world.misc.update(
        site=site,
        collection=child_collection,
        group=Group.objects.get(name=roles.CONTRIBUTOR.group_name),
        redirect=Redirect.objects.create(old_path="/tin-cu", redirect_link="/tin-tuc/"),
        query=query,
    )


def _video(owner):
    from wagtailmedia.models import get_media_model

    item = get_media_model()(title="Video hội nghị", type="video", uploaded_by_user=owner)
    # As the admin's upload: saving stores the file in the private folder (unpublished).
    item.file = ContentFile(b"\x00\x00\x00\x18ftypmp42", name="hoi-nghi.mp4")
    item.save()
    return item


def _upload(model, owner, name, content):
    """A file sent to the multiple-upload screen, waiting for its details from ``owner``."""
    uploaded = UploadedFile(
        for_content_type=ContentType.objects.get_for_model(model), uploaded_by_user=owner
    )
    uploaded.file.save(name, ContentFile(content), save=False)
    uploaded.save()
    return uploaded


def _files(world: World) -> None:
    """Someone else's image, document and video (another contributor's: nobody's own among
    the roles tried), and the contributor's own; none is published yet."""
    from portal.models import PortalDocument, PortalImage

    contributor = world.users[roles.CONTRIBUTOR.key]
    someone = world.targets["ordinary"]
    root = Collection.get_first_root_node()  # where the roles' rights on files are granted
    world.media.update(
        image=ImageFactory(uploaded_by_user=someone, collection=root),
        own_image=ImageFactory(uploaded_by_user=contributor, collection=root),
        document=pdf_document(title="Kế hoạch công tác", uploaded_by_user=someone),
        own_document=pdf_document(title="Báo cáo chi bộ", uploaded_by_user=contributor),
        video=_video(someone),
        own_video=_video(contributor),
        uploaded_image=_upload(PortalImage, contributor, "anh.png", tiny_png()),
        uploaded_document=_upload(PortalDocument, contributor, "van-ban.pdf", b"%PDF-1.4\n"),
    )


def build_world() -> World:
    world = World()
    with direct_publishing("permission matrix set-up"):
        _sections(world)
        _users(world)
        _pages(world)
        _snippets(world)
        _models(world)
        _files(world)
    return world
