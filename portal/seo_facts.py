"""What a page tells search engines and social networks about itself, beyond its title and
description: declared here so that pages answer for themselves and the SEO app need not know
every page type (seo.head reads it)."""

import datetime
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class ArticleFacts:
    published: datetime.datetime | None
    modified: datetime.datetime | None
    author: dict | None  # a schema.org Person or Organization; None: the site's owner
    based_on: str = ""  # the address of the original, for a reprint


@runtime_checkable
class SharedAsArticle(Protocol):
    """A page shared as a news article (Open Graph ``article``, schema.org NewsArticle)."""

    def article_facts(self) -> ArticleFacts: ...
