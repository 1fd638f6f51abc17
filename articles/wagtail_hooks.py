from wagtail.snippets.models import register_snippet

from .viewsets import ArticleTaxonomyGroup

register_snippet(ArticleTaxonomyGroup)
