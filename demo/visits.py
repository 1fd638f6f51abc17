"""The demo's visit history: a believable counter in the footer and a filled "Đọc nhiều".

Deterministic: each day's figures come from a generator seeded with the day, so loading again
(even on a later day) gives the same numbers for the same days; rows that exist are left alone
(``ignore_conflicts``), and days since the last load are added. Parameters: data/visits.yaml.
"""

import datetime
import math
import random

from django.utils import timezone
from wagtail.models import Site

from articles.models import ArticlePage
from demo.datafiles import read
from portal.queries import public
from visits import days
from visits.models import DailyVisits, PageViews, VisitCounterSettings


def day_visits(day: datetime.date, spec: dict, today: datetime.date, now: datetime.datetime) -> int:
    """The visits of ``day``: a weekday or weekend level, spread at random around it."""
    rng = random.Random(f"{spec['seed']}:visits:{day.isoformat()}")
    weekend = spec["weekend"]
    weekday_level = spec["mean"] * 7 / (5 + 2 * weekend)
    level = weekday_level * (weekend if day.weekday() >= 5 else 1)
    visits = max(0.0, rng.gauss(level, level * spec["spread"]))
    if day == today:  # only the hours gone by
        local = timezone.localtime(now)
        visits *= (local.hour * 60 + local.minute) / (24 * 60)
    return round(visits)


def _popularity(article: ArticlePage, seed: int) -> float:
    """A stable weight per article: a few are read far more than the rest."""
    rng = random.Random(f"{seed}:popularity:{article.slug}")
    return rng.paretovariate(1.6)


def _page_views(site: Site, spec: dict, visits_by_day: dict, today: datetime.date) -> list:
    articles = list(
        public(ArticlePage.objects.live().descendant_of(site.root_page)).only("pk", "slug", "date")
    )
    weights = {article.pk: _popularity(article, spec["seed"]) for article in articles}
    rows = []
    for offset in range(spec["page_view_days"]):
        day = today - datetime.timedelta(days=offset)
        readable = [a for a in articles if a.date and days.today(a.date) <= day]
        if not readable:
            continue
        # New articles are read more: a week-long half-life.
        shares = {
            a.pk: weights[a.pk] * math.pow(0.5, (day - days.today(a.date)).days / 7)
            for a in readable
        }
        total_share = sum(shares.values())
        budget = visits_by_day.get(day, 0) * spec["article_share"]
        for page_id, share in shares.items():
            views = int(budget * share / total_share)
            if views:
                rows.append(PageViews(page_id=page_id, day=day, views=views))
    return rows


def load_visits(site: Site, now: datetime.datetime | None = None) -> int:
    """Fill the history up to today; returns the day rows added."""
    spec = read("visits")
    now = now or timezone.now()
    today = days.today(now)
    settings = VisitCounterSettings.for_site(site)
    if not settings.previous_total:
        settings.previous_total = spec["previous_total"]
        settings.save()
    start = spec["start"]
    visits_by_day = {start + datetime.timedelta(days=n): 0 for n in range((today - start).days + 1)}
    for day in visits_by_day:
        visits_by_day[day] = day_visits(day, spec, today, now)
    existing = set(DailyVisits.objects.filter(site=site).values_list("day", flat=True))
    new_rows = [
        DailyVisits(site=site, day=day, visits=visits)
        for day, visits in visits_by_day.items()
        if day not in existing
    ]
    DailyVisits.objects.bulk_create(new_rows, ignore_conflicts=True, batch_size=500)
    PageViews.objects.bulk_create(
        _page_views(site, spec, visits_by_day, today), ignore_conflicts=True, batch_size=500
    )
    return len(new_rows)
