from django.urls import path, re_path

from podium.publish import views

urlpatterns = [
    path("<str:endpoint_id>/view/<str:view>", views.endpoint_view, name="endpoint-view"),
    # Keep last: every other address under the API answers a JSON 404.
    re_path(r"^(?P<path>.*)$", views.not_found),
]
