from django.urls import path

from . import views

urlpatterns = [
    path("luot-truy-cap/", views.beacon, name="visit_beacon"),
    path("luot-truy-cap/anh.gif", views.beacon_image, name="visit_beacon_image"),
]
