"""Middleware: form input reaches every view in NFC."""

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from django.http import HttpRequest, HttpResponse, QueryDict

from .text import nfc

if TYPE_CHECKING:
    from django.http.request import _ImmutableQueryDict


def _normalized(query_dict: QueryDict) -> "_ImmutableQueryDict":
    copy = QueryDict(mutable=True, encoding=query_dict.encoding)
    for key, values in query_dict.lists():
        copy.setlist(nfc(key), [nfc(value) for value in values])
    copy._mutable = False
    return cast("_ImmutableQueryDict", copy)


class NormalizeInputMiddleware:
    """Normalise query strings, form fields and uploaded file names to NFC.

    Text typed on Windows or macOS keyboards often arrives decomposed; validating,
    comparing and searching it in NFC means "Hóa" typed either way is the same word.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.GET = _normalized(request.GET)
        if request.method == "POST" and request.content_type in {
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        }:
            request.POST = _normalized(request.POST)
            for uploads in request.FILES.lists():
                for uploaded in uploads[1]:
                    if uploaded.name is not None:
                        uploaded.name = nfc(uploaded.name)
        return self.get_response(request)
