from django.urls import path

from podium.embeds import views

urlpatterns = [
    path("podium.js", views.runtime_script, name="embed-runtime"),
    path("<str:endpoint_id>/<str:view>", views.embed_page, name="embed-page"),
]
