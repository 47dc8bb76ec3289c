from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect


def index(request):
    """The front page is the organizer console (its log-in page when logged out)."""
    return redirect("console:events")


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "unreachable"
    return "ok"


def cache_state() -> str:
    # The in-process caches have nothing to reach; Redis answers within its timeouts.
    reachable = getattr(cache, "reachable", None)
    if reachable is None or reachable():
        return "ok"
    return "unreachable"


def healthz(request):
    """Each dependency's state; 503 only without the database, as podium needs it.

    Without the cache podium still answers every request, only more slowly.
    """
    states = {"database": database_state(), "cache": cache_state()}
    if states["database"] != "ok":
        status, code = "unavailable", 503
    else:
        status, code = ("ok" if states["cache"] == "ok" else "degraded"), 200
    response = JsonResponse({"status": status, **states}, status=code)
    response["Cache-Control"] = "no-store"
    return response if request.method == "GET" else HttpResponse(status=code)
