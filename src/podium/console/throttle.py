"""Log-in throttling: the address it counts failures of, and the page of a lockout."""

from axes.helpers import get_client_username
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_address(request: HttpRequest) -> str:
    """The client's address, as the reverse proxy in front of podium saw it.

    A proxy appends the address it was connected from to ``X-Forwarded-For``, so the
    last entry is the one a client cannot choose; the entries before it can be forged.
    """
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.PODIUM_TRUST_PROXY_HEADERS and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def lockout_page(request: HttpRequest, original_response, credentials: dict) -> HttpResponse:
    """The answer to a log-in while its username and address are locked out."""
    context = {
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(
        request,
        "console/accounts/locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
