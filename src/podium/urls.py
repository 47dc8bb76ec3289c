from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v2/", include("podium.publish.urls")),
    path("embed/", include("podium.embeds.urls")),
    path("console/", include("podium.console.urls")),
    path("photos/", include("podium.photos.urls")),
    path("", include("podium.server.urls")),
]
