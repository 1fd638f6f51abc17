from django.urls import path

from . import views

app_name = "interaction"
urlpatterns = [
    path("bao-loi/<int:page_id>/", views.report_error, name="report_error"),
    path("da-gui/", views.receipt, name="receipt"),
    path("tra-cuu/", views.lookup, name="lookup"),
]
