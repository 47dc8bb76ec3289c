"""The query-string filters of the session and speaker lists.

Each filter is a GET field; a value that is not one of the offered choices is reported
on the form and that filter alone is left out, so a stale bookmark still lists something.
"""

from django import forms
from django.db.models import Q
from django.db.models.functions import TruncDate

from podium.program.models import CategoryItem, SessionStatus

SERVICE = "service"
NONE = "none"
SESSION_SORTS = {
    "starts": ("starts_at", "pk"),
    "-starts": ("-starts_at", "-pk"),
    "title": ("title", "pk"),
    "-title": ("-title", "-pk"),
    "room": ("room__sort", "room__name", "starts_at", "pk"),
    "-room": ("-room__sort", "-room__name", "starts_at", "pk"),
    "status": ("status", "title", "pk"),
    "-status": ("-status", "title", "pk"),
    "updated": ("updated_at", "pk"),
    "-updated": ("-updated_at", "-pk"),
}
SPEAKER_SORTS = {
    "name": ("first_name", "last_name", "pk"),
    "-name": ("-first_name", "-last_name", "-pk"),
    "last": ("last_name", "first_name", "pk"),
    "-last": ("-last_name", "-first_name", "-pk"),
}


def item_choices(event, target: str) -> list:
    """The event's category items grouped by category title, for a select (one query)."""
    groups: dict[str, list] = {}
    items = CategoryItem.objects.filter(event=event, category__type=target).select_related(
        "category"
    )
    for item in items.order_by("category__sort", "category__pk", "sort", "pk"):
        groups.setdefault(item.category.title, []).append((str(item.pk), item.name))
    return [("", "Any"), *groups.items()]


class ListFilters(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=200)

    sorts: dict = {}
    default_sort = ""

    def filtered(self, queryset):
        """``queryset`` narrowed by every valid filter and sorted."""
        self.is_valid()
        data = self.cleaned_data
        queryset = self.narrow(queryset, data)
        return queryset.order_by(*self.sorts[data.get("sort") or self.default_sort])

    def active(self) -> bool:
        """Whether anything narrows the list (sorting does not)."""
        return any(self.cleaned_data.get(name) for name in self.fields if name != "sort")


class SessionFilters(ListFilters):
    status = forms.ChoiceField(label="Status", required=False)
    room = forms.ChoiceField(label="Room", required=False)
    day = forms.ChoiceField(label="Day", required=False)
    item = forms.ChoiceField(label="Category", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=[
        ("starts", "Time"), ("-starts", "Time, latest first"), ("title", "Title"),
        ("-title", "Title, Z to A"), ("room", "Room"), ("-room", "Room, last first"),
        ("status", "Status"), ("-status", "Status, reversed"),
        ("-updated", "Recently changed"), ("updated", "Least recently changed"),
    ])  # fmt: skip

    sorts = SESSION_SORTS
    default_sort = "starts"

    def __init__(self, data, *, event):
        super().__init__(data)
        statuses = [(SERVICE, "Service sessions"), *SessionStatus.choices]
        self.fields["status"].choices = [("", "Any"), *statuses]
        rooms = [(str(room.pk), room.name) for room in event.rooms.all()]
        self.fields["room"].choices = [("", "Any"), *rooms, (NONE, "No room")]
        days = (
            event.sessions.filter(starts_at__isnull=False)
            .annotate(day=TruncDate("starts_at"))
            .values_list("day", flat=True)
            .order_by("day")
            .distinct()
        )
        day_choices = [(day.isoformat(), f"{day:%a} {day.day} {day:%b %Y}") for day in days]
        self.fields["day"].choices = [("", "Any"), *day_choices, (NONE, "Not scheduled")]
        self.fields["item"].choices = item_choices(event, "session")

    def narrow(self, sessions, data):
        if text := data.get("q"):
            speakers = Q(speakers__first_name__icontains=text) | Q(
                speakers__last_name__icontains=text
            )
            matching = sessions.filter(speakers).values("pk")
            sessions = sessions.filter(
                Q(title__icontains=text) | Q(public_id=text) | Q(pk__in=matching)
            )
        if status := data.get("status"):
            if status == SERVICE:
                sessions = sessions.filter(is_service_session=True)
            else:
                sessions = sessions.filter(status=status, is_service_session=False)
        if room := data.get("room"):
            sessions = sessions.filter(room=None) if room == NONE else sessions.filter(room=room)
        if day := data.get("day"):
            if day == NONE:
                sessions = sessions.filter(starts_at=None)
            else:
                sessions = sessions.filter(starts_at__date=day)
        if item := data.get("item"):
            sessions = sessions.filter(pk__in=sessions.model.items.through.objects.filter(
                item=item).values("session_id"))  # fmt: skip
        return sessions


class SpeakerFilters(ListFilters):
    top = forms.BooleanField(label="Top speakers only", required=False)
    item = forms.ChoiceField(label="Category", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=[
        ("name", "First name"), ("-name", "First name, Z to A"), ("last", "Last name"),
        ("-last", "Last name, Z to A"),
    ])  # fmt: skip

    sorts = SPEAKER_SORTS
    default_sort = "name"

    def __init__(self, data, *, event):
        super().__init__(data)
        self.fields["item"].choices = item_choices(event, "speaker")

    def narrow(self, speakers, data):
        if text := data.get("q"):
            speakers = speakers.filter(
                Q(first_name__icontains=text)
                | Q(last_name__icontains=text)
                | Q(tag_line__icontains=text)
            )
        if data.get("top"):
            speakers = speakers.filter(is_top_speaker=True)
        if item := data.get("item"):
            speakers = speakers.filter(pk__in=speakers.model.items.through.objects.filter(
                item=item).values("speaker_id"))  # fmt: skip
        return speakers
