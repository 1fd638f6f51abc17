from django.urls import path

from .views import news_feed, robots_txt

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path("rss/", news_feed, name="news_feed"),
]
