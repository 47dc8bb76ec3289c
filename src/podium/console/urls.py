from django.urls import path

from podium.console.views import (
    accounts,
    categories,
    code,
    endpoints,
    events,
    export,
    imports,
    questions,
    rooms,
    session_bulk,
    sessions,
    speakers,
    team,
)

app_name = "console"

EVENT = "events/<slug:slug>/"
ENDPOINT = EVENT + "api/<str:endpoint_id>/"

urlpatterns = [
    *accounts.urlpatterns,
    path("", events.event_list, name="events"),
    path("events/new/", events.event_create, name="event-create"),
    path(EVENT, events.event_overview, name="event"),
    path(EVENT + "settings/", events.event_settings, name="event-settings"),
    path(EVENT + "announce/", events.event_announce, name="event-announce"),
    path(EVENT + "delete/", events.event_delete, name="event-delete"),
    path(EVENT + "export/", export.event_export, name="event-export"),
    path(EVENT + "team/", team.team, name="team"),
    path(EVENT + "team/<int:pk>/remove/", team.team_remove, name="team-remove"),
    path(EVENT + "team/invitations/<int:pk>/withdraw/", team.team_withdraw, name="team-withdraw"),
    path(EVENT + "rooms/", rooms.rooms, name="rooms"),
    path(EVENT + "questions/", questions.questions, name="questions"),
    path(EVENT + "categories/", categories.category_list, name="categories"),
    path(EVENT + "categories/new/", categories.category_edit, name="category-create"),
    path(EVENT + "categories/<int:pk>/", categories.category_edit, name="category"),
    path(EVENT + "categories/<int:pk>/delete/", categories.category_delete, name="category-delete"),
    path(EVENT + "speakers/", speakers.speaker_list, name="speakers"),
    path(EVENT + "speakers/new/", speakers.speaker_edit, name="speaker-create"),
    path(EVENT + "speakers/<int:pk>/", speakers.speaker_edit, name="speaker"),
    path(EVENT + "speakers/<int:pk>/delete/", speakers.speaker_delete, name="speaker-delete"),
    path(EVENT + "sessions/", sessions.session_list, name="sessions"),
    path(EVENT + "sessions/bulk/", session_bulk.session_bulk, name="session-bulk"),
    path(EVENT + "sessions/new/", sessions.session_edit, name="session-create"),
    path(EVENT + "sessions/<int:pk>/", sessions.session_edit, name="session"),
    path(EVENT + "sessions/<int:pk>/delete/", sessions.session_delete, name="session-delete"),
    path(EVENT + "import/", imports.import_sessionize_file, name="import"),
    path(EVENT + "api/", endpoints.endpoint_list, name="endpoints"),
    path(EVENT + "api/new/", endpoints.endpoint_edit, name="endpoint-create"),
    path(ENDPOINT, endpoints.endpoint_edit, name="endpoint"),
    path(ENDPOINT + "enabled/", endpoints.endpoint_enable, name="endpoint-enable"),
    path(ENDPOINT + "delete/", endpoints.endpoint_delete, name="endpoint-delete"),
    path(ENDPOINT + "rotate/", endpoints.endpoint_rotate, name="endpoint-rotate"),
    path(ENDPOINT + "clear-cache/", code.clear_cache, name="endpoint-clear-cache"),
    path(ENDPOINT + "code/", code.get_code, name="endpoint-code"),
    path(ENDPOINT + "preview/<str:view>/", code.preview, name="endpoint-preview"),
]
