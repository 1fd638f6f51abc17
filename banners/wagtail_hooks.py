from wagtail.snippets.models import register_snippet

from .viewsets import BannerViewSet

register_snippet(BannerViewSet)
