from django.urls import path, re_path

from podium.notify import feed
from podium.publish import schema_views, views
from podium.publish.frab import views as frab_views

urlpatterns = [
    path("<str:endpoint_id>/view/<str:view>", views.endpoint_view, name="endpoint-view"),
    path("schema.xsd", schema_views.schema_xsd, name="xml-schema"),
    path("openapi.json", schema_views.openapi_json, name="openapi"),
    path(
        "<str:endpoint_id>/frab/schedule.json",
        frab_views.frab_schedule,
        {"fmt": "json"},
        name="frab-json",
    ),
    path(
        "<str:endpoint_id>/frab/schedule.xml",
        frab_views.frab_schedule,
        {"fmt": "xml"},
        name="frab-xml",
    ),
    path("<str:endpoint_id>/changes", feed.changes, name="endpoint-changes"),
    path("<str:endpoint_id>/changes.atom", feed.changes_atom, name="endpoint-changes-atom"),
    # Keep last: every other address under the API answers a JSON 404.
    re_path(r"^(?P<path>.*)$", views.not_found),
]
