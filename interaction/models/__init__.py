from .counters import RateCounter
from .messages import ReaderMessage, Topic
from .pages import ConsultationIndexPage, ConsultationPage, QuestionIndexPage
from .settings import InteractionSettings
from .tokens import UsedFormToken

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "InteractionSettings",
    "QuestionIndexPage",
    "RateCounter",
    "ReaderMessage",
    "Topic",
    "UsedFormToken",
]
