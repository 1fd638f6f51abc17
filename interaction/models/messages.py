"""Everything readers send the board lands in one inbox: questions, error reports, comments
on drafts and contact messages. What the reader wrote is stored as plain text and escaped
wherever it is shown; contact details are for the board only and erased after the retention
period (see InteractionSettings)."""

import secrets

from django.conf import settings
from django.core.validators import MinLengthValidator, RegexValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.collation import COLLATION
from portal.text import slugify

# No 0/O, 1/I/L: a code read over the phone is typed back right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8  # 31**8: about 850 billion codes, and lookups are rate limited

phone_validator = RegexValidator(
    r"^\+?[0-9 .()-]{8,20}$",
    _("Enter a phone number of 8 to 20 digits, for example 0236 3822 123."),
)


class Topic(models.Model):
    """A field questions are asked and answers are published under (lĩnh vực hỏi đáp)."""

    name = models.CharField(_("name"), max_length=150, unique=True, db_collation=COLLATION)
    slug = models.SlugField(_("slug"), max_length=150, unique=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("question topic")
        verbose_name_plural = _("question topics")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:150]
        super().save(*args, **kwargs)


class ReaderMessageQuerySet(models.QuerySet):
    def published_answers(self):
        return self.filter(
            kind=ReaderMessage.Kind.QUESTION, published=True, status__in=ReaderMessage.DONE
        ).exclude(answer="")

    def open(self):
        return self.filter(status__in=[ReaderMessage.Status.NEW, ReaderMessage.Status.IN_PROGRESS])


class ReaderMessage(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        CORRECTION = "correction", _("Error report")
        COMMENT = "comment", _("Comment on a draft")
        CONTACT = "contact", _("Contact message")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", pgettext_lazy("reader message", "In progress")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    DONE = (Status.ANSWERED, Status.CLOSED)
    CODE_PREFIXES = {"question": "HD", "correction": "BL", "comment": "GY", "contact": "LH"}
    CONTACT_FIELDS = ("name", "organisation", "email", "phone")

    kind = models.CharField(
        pgettext_lazy("reader message", "kind"), max_length=12, choices=Kind.choices, db_index=True
    )
    code = models.CharField(_("lookup code"), max_length=16, unique=True, editable=False)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )

    # What the reader sent.
    name = models.CharField(_("full name"), max_length=100, blank=True)
    organisation = models.CharField(_("unit or organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    text = models.TextField(_("message"), max_length=5000, validators=[MinLengthValidator(10)])
    suggested_fix = models.TextField(_("suggested correction"), max_length=3000, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision read"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("page title"), max_length=500, blank=True)

    # The board's work on it.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(_("internal notes"), blank=True)
    answer = models.TextField(_("answer"), max_length=20000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    published = models.BooleanField(
        _("publish on the Q&A page"),
        default=False,
        help_text=_("The question and its answer are shown to everyone; contact details never."),
    )
    published_question = models.TextField(
        _("question as published"),
        max_length=5000,
        blank=True,
        help_text=_("Edit the wording for publication if needed; empty: as the reader wrote it."),
    )
    contact_erased_at = models.DateTimeField(_("contact details erased"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReaderMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("reader message")
        verbose_name_plural = _("reader messages")
        indexes = [models.Index(fields=["kind", "status"], name="reader_message_kind_status")]
        # Putting an answer on the public Q&A page needs the authority that publishes an
        # article: the chief editor and the deputy (editorial.setup).
        permissions = [("publish_readermessage", "Can publish an answer on the Q&A page")]

    def __str__(self):
        return f"{self.code} – {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.code:
            return super().save(*args, **kwargs)
        for attempt in range(5):  # a clash is unlikely; a retry settles it
            self.code = self.new_code(self.kind)
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                clash = type(self).objects.filter(code=self.code).exists()
                if attempt == 4 or not clash:
                    raise
        return None

    @staticmethod
    def user_can_publish(user) -> bool:
        """May ``user`` put answers on the Q&A page, or change or take down those shown?"""
        return bool(user and user.has_perm("interaction.publish_readermessage"))

    @property
    def question_as_published(self):
        return self.published_question or self.text

    @property
    def has_contact(self):
        return any(getattr(self, name) for name in self.CONTACT_FIELDS)

    @classmethod
    def new_code(cls, kind):
        body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        return f"{cls.CODE_PREFIXES[kind]}-{body[:4]}-{body[4:]}"

    @staticmethod
    def normalise_code(value):
        """'hd 7k3m 9qx2', 'HD-7K3M-9QX2' and 'hd7k3m9qx2' are the same code."""
        raw = "".join(ch for ch in (value or "").upper() if ch.isalnum())
        if len(raw) != 2 + CODE_LENGTH:
            return ""
        return f"{raw[:2]}-{raw[2:6]}-{raw[6:]}"

    def erase_contact_details(self):
        for name in self.CONTACT_FIELDS:
            setattr(self, name, "")
        self.contact_erased_at = timezone.now()
