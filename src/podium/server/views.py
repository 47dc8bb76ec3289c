from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

from podium.program.models import Event


def index(request):
    return render(request, "server/index.html", {"events": Event.objects.all()})


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"}) if request.method == "GET" else HttpResponse()
