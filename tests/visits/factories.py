"""Day rows of the visit counter, and what a reader's browser sends."""

import factory
from wagtail.models import Site

from visits.models import DailyVisits, PageViews

# A reader's browser (crawlerdetect does not take it for a bot).
BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


def reader_agent(number: int) -> str:
    """The user agent of reader ``number`` (a build number of its own), so each is a reader
    of its own. ("reader/2" would not do: crawlerdetect takes "reader" for a feed reader.)"""
    return BROWSER.replace("131.0.0.0", f"131.0.{number}.0")


class DailyVisitsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DailyVisits

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    visits = 1


class PageViewsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PageViews

    views = 1
