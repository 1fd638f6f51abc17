"""The board's inbox of reader messages, its dashboard counts, and the Q&A topics."""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import EditView

from polls.dashboard import OpenPollsPanel
from portal.exports import SafeSpreadsheetExportMixin
from portal.modeladmin import StrictIndexView, StrictModelAdmin, StrictPermissionHelper
from portal.params import query_params

from .admin_forms import ReaderMessageAdminForm
from .models import ConsultationPage, ReaderMessage, Topic
from .notifications import INBOX_URLS, send_answer


def can_use_inbox(user):
    return user.has_perm("interaction.change_readermessage")


class AssigneeFilter(SimpleListFilter):
    title = _("assigned to")
    parameter_name = "giao"

    def lookups(self, request, model_admin):
        return [("me", _("Me")), ("none", _("Nobody"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assignee=request.user)
        if self.value() == "none":
            return queryset.filter(assignee__isnull=True)
        return queryset


class ConsultationFilter(SimpleListFilter):
    """Comments of one consultation: the list the committee exports to sum them up."""

    title = _("consultation")
    parameter_name = "gop-y"

    def lookups(self, request, model_admin):
        return [(str(p.pk), p.title) for p in ConsultationPage.objects.order_by("-closes_at")]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(kind=ReaderMessage.Kind.COMMENT, page_id=int(self.value()))
        return queryset


def _label(field_name):
    return capfirst(ReaderMessage._meta.get_field(field_name).verbose_name)


# Spreadsheet headings as the model names its fields (modeladmin would Title Case them).
EXPORT_HEADINGS = {
    name: _label(field)
    for name, field in {
        "code": "code",
        "kind_label": "kind",
        "status_label": "status",
        "received": "received_at",
        "topic": "topic",
        "subject": "subject",
        "page_title": "page_title",
        "text": "text",
        "suggested_fix": "suggested_fix",
        "name": "name",
        "organisation": "organisation",
        "email": "email",
        "phone": "phone",
        "assignee": "assignee",
        "answer": "answer",
        "answered": "answered_at",
    }.items()
}


class InboxIndexView(SafeSpreadsheetExportMixin, StrictIndexView):
    export_headings = EXPORT_HEADINGS

    def get_sheet_title(self, queryset):
        # The consultation's "Export comments" button filters the inbox to its comments.
        if query_params(self.request).text(ConsultationFilter.parameter_name):
            return _("Comments received")
        return _("Reader inbox")


class InboxEditView(EditView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("notify_reader"):
            if send_answer(self.instance):
                messages.success(self.request, _("The answer was emailed to the reader."))
            else:
                messages.warning(
                    self.request,
                    _("The answer is saved, but the email could not be sent. Try again later."),
                )
        return response


class InboxPermissionHelper(StrictPermissionHelper):
    def user_can_create(self, user):
        return False  # messages come from readers only


class MessageSummaryPanel(Panel):
    """What the reader sent, read-only, with links to the page and revision they read."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "interaction/admin/message_summary.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            message = self.instance
            context["message"] = message
            if message.page_id:
                context["page_edit_url"] = reverse(
                    "wagtailadmin_pages:edit", args=[message.page_id]
                )
                if message.revision_id:
                    context["compare_url"] = reverse(
                        "wagtailadmin_pages:revisions_compare",
                        args=[message.page_id, message.revision_id, "live"],
                    )
            return context


class ReaderMessageAdmin(StrictModelAdmin):
    model = ReaderMessage
    menu_label = _("Reader inbox")
    menu_icon = "mail"
    index_view_class = InboxIndexView
    edit_view_class = InboxEditView
    permission_helper_class = InboxPermissionHelper
    list_display = (
        "code",
        "kind_label",
        "status_label",
        "summary",
        "about",
        "assignee",
        "received",
    )
    list_filter = ("kind", "status", AssigneeFilter, "topic", ConsultationFilter, "received_at")
    search_fields = ("code", "text", "subject", "page_title", "name", "organisation", "email")
    list_per_page = 50
    export_filename = "hop-thu-ban-doc"
    edit_handler = ObjectList(
        [
            MessageSummaryPanel(heading=_("What the reader sent")),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("status"), FieldPanel("assignee")]),
                    FieldPanel("new_note"),
                ],
                heading=_("Handling"),
            ),
            FieldPanel("notes", read_only=True),
            MultiFieldPanel(
                [
                    FieldPanel("answer"),
                    FieldPanel("notify_reader"),
                    FieldPanel("published"),
                    FieldPanel("published_question"),
                ],
                heading=_("Answer"),
            ),
        ],
        base_form_class=ReaderMessageAdminForm,
    )
    list_export = tuple(EXPORT_HEADINGS)

    def kind_label(self, obj):
        return obj.get_kind_display()

    kind_label.short_description = _label("kind")

    def status_label(self, obj):
        return obj.get_status_display()

    status_label.short_description = _("status")

    def summary(self, obj):
        return (obj.subject or obj.text)[:90]

    summary.short_description = _("message")

    def about(self, obj):
        return obj.page_title or (obj.topic.name if obj.topic_id else "")

    about.short_description = _("about")

    def received(self, obj):
        return obj.received_at

    received.short_description = _("received")
    received.admin_order_field = "received_at"

    def answered(self, obj):
        return obj.answered_at

    answered.short_description = _("answered")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("assignee", "topic")


class TopicAdmin(StrictModelAdmin):
    model = Topic
    menu_label = _("Question topics")
    menu_icon = "tag"
    list_display = ("name", "sort_order", "question_count")
    search_fields = ("name",)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                questions=Count("messages", filter=Q(messages__kind=ReaderMessage.Kind.QUESTION))
            )
        )

    def question_count(self, obj):
        return obj.questions

    question_count.short_description = _("questions")


class InteractionGroup(ModelAdminGroup):
    menu_label = _("Readers")
    menu_icon = "mail"
    menu_order = 210
    items = (ReaderMessageAdmin, TopicAdmin)


modeladmin_register(InteractionGroup)


class InboxPanel(Component):
    """New and open reader messages by kind, on the dashboard of everyone who handles them."""

    name = "reader_inbox"
    template_name = "interaction/admin/inbox_panel.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = {
            row["kind"]: row
            for row in ReaderMessage.objects.values("kind").annotate(
                new=Count("pk", filter=Q(status=ReaderMessage.Status.NEW)),
                in_progress=Count("pk", filter=Q(status=ReaderMessage.Status.IN_PROGRESS)),
            )
        }
        index_url = INBOX_URLS.index_url
        context["rows"] = [
            {
                "label": label,
                "url": f"{index_url}?kind__exact={kind}",
                "new": counts.get(kind, {}).get("new", 0),
                "in_progress": counts.get(kind, {}).get("in_progress", 0),
            }
            for kind, label in ReaderMessage.Kind.choices
        ]
        context["mine"] = ReaderMessage.objects.open().filter(assignee=self.user).count()
        context["index_url"] = index_url
        return context


@hooks.register("construct_homepage_panels")
def add_inbox_panel(request, panels):
    """The inbox, and next to it the polls open now: the board looks after both."""
    if can_use_inbox(request.user):
        panels.append(InboxPanel(request.user))
        panels.append(OpenPollsPanel())


@hooks.register("register_page_header_buttons")
def consultation_export_button(page, user, view_name=None, next_url=None):
    """On a consultation: its comments in the inbox, and all of them as a spreadsheet."""
    if not isinstance(page.specific_deferred, ConsultationPage) or not can_use_inbox(user):
        return
    url = INBOX_URLS.index_url + f"?gop-y={page.pk}"
    yield Button(_("Comments received"), url, icon_name="mail", priority=80)
    yield Button(
        _("Export comments (XLSX)"), url + "&export=xlsx", icon_name="download", priority=81
    )
