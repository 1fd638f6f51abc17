"""The seed report's year 2021 (data/year2021.yaml): 158 items, quotas and grades.

Keyed by slug, username and (year, unit, group): loading twice creates nothing new.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import ArticleKind, ArticlePage, Outlet
from demo.datafiles import read
from demo.textgen import template_slots
from editorial.models import ItemGrade
from portal.text import slugify
from reports.models import Quota
from units.models import Unit

SEED = 2021
HOURS = (7, 8, 9, 10, 14, 15, 16)
MINUTES = (0, 15, 30, 45)


def _days(first: datetime.date, last: datetime.date, count: int) -> list[datetime.date]:
    """``count`` days spread evenly from ``first`` to ``last``."""
    span = (last - first).days
    return [first + datetime.timedelta(days=span * n // max(count - 1, 1)) for n in range(count)]


class Year2021Loader:
    def __init__(self, site: Any, sections: dict[str, Any]) -> None:
        self.site = site
        self.sections = sections
        self.data = read("year2021")
        self.rng = random.Random(SEED)
        self.kinds = {kind.slug: kind for kind in ArticleKind.objects.all()}
        self.units = {unit.short_code: unit for unit in Unit.objects.all()}
        self.templates = read("article_templates")["templates"]
        self.used_slugs: set[str] = set()

    def load(self) -> None:
        authors = {group: self._authors(group) for group in ("staff", "collaborator")}
        specs = list(self._specs(authors))
        days = _days(self.data["first_day"], self.data["report_day"], len(specs))
        grades = itertools.cycle(self.data["grades"])
        grader = get_user_model().objects.filter(username=self.data["grader"]).first()
        for (group, kind, unit, author, outlet), day in zip(specs, days, strict=True):
            page = self._item(group, kind, unit, author, outlet, day)
            grade = next(grades) if group != "collected" else "-"
            if grade != "-":
                ItemGrade.objects.get_or_create(
                    page=page, defaults={"grade": grade, "graded_by": grader}
                )
        self._quotas()

    def _authors(self, group: str) -> list[Any]:
        """Writers' accounts: named in the reports, with no password and no role."""
        users = []
        for spec in self.data["authors"][group]:
            user, created = get_user_model().objects.get_or_create(
                username=spec["username"],
                defaults={"first_name": spec["first_name"], "last_name": spec["last_name"]},
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            users.append(user)
        return users

    def _specs(self, authors: dict[str, list[Any]]):
        """(group, kind, unit, author, outlet) for every item, groups and kinds interleaved
        so each month has some of each."""
        units = {
            "staff": itertools.cycle(self.data["staff_units"]),
            "collaborator": itertools.cycle(self.data["collaborator_units"]),
        }
        writers = {group: itertools.cycle(people) for group, people in authors.items()}
        outlets = itertools.cycle(Outlet.objects.order_by("name"))
        specs: list[tuple[str, str, Unit | None, Any, Outlet | None]] = []
        for group, kinds in self.data["counts"].items():
            for kind, count in kinds.items():
                for _ in range(count):
                    if group == "collected":
                        specs.append((group, kind, None, None, next(outlets)))
                    else:
                        unit = self.units[next(units[group])]
                        specs.append((group, kind, unit, next(writers[group]), None))
        self.rng.shuffle(specs)
        return specs

    def _item(self, group, kind, unit, author, outlet, day) -> ArticlePage:
        template_kind = "tin" if kind == "tin-lien-ket" else kind
        template = self.rng.choice([t for t in self.templates if t["kind"] == template_kind])
        slots = template_slots(self.rng, unit.name if unit else outlet.name, day)
        title = template["title"].format(**slots)
        slug = slugify(title, max_length=70)
        base, number = slug, 1
        while slug in self.used_slugs:
            number += 1
            slug = f"{base}-{number}"
        self.used_slugs.add(slug)
        date = timezone.make_aware(
            datetime.datetime.combine(
                day, datetime.time(self.rng.choice(HOURS), self.rng.choice(MINUTES))
            )
        )
        fields: dict[str, Any] = {
            "title": title,
            "sapo": template["sapo"].format(**slots),
            "date": date,
            "kind": self.kinds[kind],
            "author_category": group,
            "unit": unit,
            "author": author,
            "body": [
                {
                    "type": "paragraph",
                    "value": f"<p>{template['paragraphs'][0].format(**slots)}</p>",
                }
            ],
        }
        if outlet is not None:
            fields.update(outlet=outlet, original_url=f"{outlet.home_url}/2021/{slug}")
            if not outlet.full_text_allowed:  # a link only: the outlet keeps its text
                fields["body"] = []
        else:  # own writing is published with its picture
            fields["featured_image"] = self.site.images[template["image"]]
        section = self.sections[self.data["sections"][group][kind]]
        page = self.site.child(section, ArticlePage, f"2021-{slug}", **fields)
        if page.first_published_at != date:
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=date, last_published_at=date
            )
        return page

    def _quotas(self) -> None:
        year = self.data["first_day"].year
        for spec in self.data["quotas"]:
            unit = self.units[spec["unit"]] if "unit" in spec else None
            Quota.objects.get_or_create(
                year=year,
                unit=unit,
                author_category=spec.get("author_category", ""),
                defaults={"target": spec["target"]},
            )
