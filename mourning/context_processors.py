"""``mourning`` in every template: ``mourning.active`` and ``mourning.notice``."""

from .state import for_request


def mourning(request):
    return {"mourning": for_request(request)}
