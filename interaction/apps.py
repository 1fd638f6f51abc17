from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InteractionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interaction"
    verbose_name = _("Interaction with readers")

    def ready(self):
        from . import signals
        from .forms import CommentForm, QuestionForm
        from .models.pages import ReaderForms
        from .views import reader_form_view

        signals.connect()
        ReaderForms.connect(view=reader_form_view, question=QuestionForm, comment=CommentForm)
