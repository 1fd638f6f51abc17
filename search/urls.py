from django.urls import path

from .views import search_view

urlpatterns = [
    path("tim-kiem/", search_view, name="search"),
]
