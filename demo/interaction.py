"""Demo of the interaction with readers: Q&A with published answers, a draft open for
comment and one closed, and a few messages waiting in the board's inbox (interaction.yaml)."""

import datetime

from django.utils import timezone

from demo.datafiles import read
from demo.pages import child_page, listing_page
from interaction.models import (
    ConsultationIndexPage,
    ConsultationPage,
    QuestionIndexPage,
    ReaderMessage,
    Topic,
)


def _paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


class InteractionLoader:
    def __init__(self, home, contact_email=""):
        self.home = home
        self.contact_email = contact_email

    def load(self):
        data = read("interaction")
        topics = {
            name: Topic.objects.get_or_create(name=name, defaults={"sort_order": n})[0]
            for n, name in enumerate(data["topics"])
        }
        qa, created = listing_page(self.home, QuestionIndexPage, data["questions_page"])
        if created:
            self._answers(topics)
            self._waiting(topics)
        self._consultations()
        return qa

    def _answers(self, topics):
        now = timezone.now()
        for days, spec in enumerate(read("interaction")["answers"]):
            received = now - datetime.timedelta(days=40 - 7 * days)
            ReaderMessage.objects.create(
                kind=ReaderMessage.Kind.QUESTION,
                topic=topics[spec["topic"]],
                text=spec["question"],
                answer=spec["answer"],
                received_at=received,
                answered_at=received + datetime.timedelta(days=5),
                status=ReaderMessage.Status.ANSWERED,
                published=True,
            )

    def _waiting(self, topics):
        for spec in read("interaction")["waiting"]:
            ReaderMessage.objects.create(
                **{**spec, "topic": topics.get(spec["topic"])}, consent_at=timezone.now()
            )

    def _consultations(self):
        data = read("interaction")
        index, _ = listing_page(self.home, ConsultationIndexPage, data["consultations_page"])
        now = timezone.now()
        for spec in data["consultations"]:
            child_page(
                index,
                ConsultationPage,
                spec["slug"],
                publish=True,
                title=spec["title"],
                summary=spec["summary"],
                drafting_body=spec["drafting_body"],
                opens_at=now + datetime.timedelta(days=spec["opens"]),
                closes_at=now + datetime.timedelta(days=spec["closes"]),
                postal_address=spec["postal_address"],
                receiving_email=self.contact_email if spec["receives_email"] else "",
                body=_paragraphs(*spec["body"]),
            )
