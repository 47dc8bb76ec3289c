from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect


def index(request):
    """The front page is the organizer console (its log-in page when logged out)."""
    return redirect("console:events")


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"}) if request.method == "GET" else HttpResponse()
