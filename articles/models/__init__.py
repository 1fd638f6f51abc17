from .pages import ArticleIndexPage, ArticlePage, ArticleRelatedLink, ArticleTag
from .taxonomy import ArticleKind, AuthorCategory, Outlet, TopicSeries

__all__ = [
    "ArticleIndexPage",
    "ArticleKind",
    "ArticlePage",
    "ArticleRelatedLink",
    "ArticleTag",
    "AuthorCategory",
    "Outlet",
    "TopicSeries",
]
