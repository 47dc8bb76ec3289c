"""Custom fields on the session and speaker forms: one control per category."""

from django.urls import reverse

from podium.console.forms.custom_fields import RADIO_LIMIT
from podium.program.models import SessionItem, SpeakerItem
from tests.console.test_sessions import session_data
from tests.console.test_speakers import speaker_data
from tests.factories import (
    CategoryFactory,
    CategoryItemFactory,
    SessionFactory,
    SessionItemFactory,
)


def controls(console, url: str) -> list[tuple]:
    form = console.get(url).context["form"]
    return [
        (field.label, field.field.widget.__class__.__name__, [c[1] for c in field.field.choices])
        for field in form.custom_fields()
    ]


def test_session_form_one_control_per_category(console, event):
    kind = CategoryFactory(event=event, title="Please select session type:", single_choice=True)
    for name in ["45 min theatre session", "Workshop"]:
        CategoryItemFactory(category=kind, name=name)
    topics = CategoryFactory(event=event, title="Topics")
    for name in ["Web", "Data"]:
        CategoryItemFactory(category=topics, name=name)
    many = CategoryFactory(event=event, title="Room size", single_choice=True)
    for n in range(RADIO_LIMIT + 1):
        CategoryItemFactory(category=many, name=f"Size {n}")
    kinds = ["None", "45 min theatre session", "Workshop"]
    sizes = ["None", *[f"Size {n}" for n in range(RADIO_LIMIT + 1)]]
    assert controls(console, reverse("console:session-create", args=["conf"])) == [
        ("Please select session type:", "RadioSelect", kinds),
        ("Topics", "CheckboxSelectMultiple", ["Web", "Data"]),
        ("Room size", "Select", sizes),
    ]  # fmt: skip
    content = console.get(reverse("console:session-create", args=["conf"])).content.decode()
    assert "<legend>Please select session type:</legend>" in content
    assert 'type="radio"' in content


def test_single_choice_saves_one_item_and_refuses_two(console, event):
    kind = CategoryFactory(event=event, title="Format", single_choice=True)
    talk = CategoryItemFactory(category=kind, name="Talk")
    workshop = CategoryItemFactory(category=kind, name="Workshop")
    url = reverse("console:session-create", args=["conf"])
    response = console.post(url, session_data(**{f"items_{kind.pk}": str(workshop.pk)}))
    assert response.status_code == 302
    assert list(SessionItem.objects.values_list("item", flat=True)) == [workshop.pk]
    session = SessionItem.objects.get().session
    edit = reverse("console:session", args=["conf", session.pk])
    assert console.get(edit).context["form"][f"items_{kind.pk}"].value() == workshop.pk
    console.post(edit, session_data(**{f"items_{kind.pk}": str(talk.pk)}))
    assert list(SessionItem.objects.values_list("item", flat=True)) == [talk.pk]
    console.post(edit, session_data(**{f"items_{kind.pk}": ""}))
    assert SessionItem.objects.count() == 0


def test_single_choice_with_several_imported_items_keeps_checkboxes(console, event):
    kind = CategoryFactory(event=event, title="Format", single_choice=True)
    session = SessionFactory(event=event)
    for name in ["Talk", "Workshop"]:
        SessionItemFactory(session=session, item=CategoryItemFactory(category=kind, name=name))
    form = console.get(reverse("console:session", args=["conf", session.pk])).context["form"]
    field = form[f"items_{kind.pk}"]
    assert (field.field.widget.__class__.__name__, field.help_text) == (
        "CheckboxSelectMultiple", "One choice only: keep one of these."
    )  # fmt: skip
    assert len(field.value()) == 2


def test_speaker_form_categories_by_title(console, event):
    level = CategoryFactory(event=event, type="speaker", title="Level", single_choice=True)
    pro = CategoryItemFactory(category=level, name="Pro")
    CategoryItemFactory(category=level, name="New")
    assert controls(console, reverse("console:speaker-create", args=["conf"])) == [
        ("Level", "RadioSelect", ["None", "Pro", "New"])
    ]
    url = reverse("console:speaker-create", args=["conf"])
    assert console.post(url, speaker_data(**{f"items_{level.pk}": str(pro.pk)})).status_code == 302
    assert list(SpeakerItem.objects.values_list("item", flat=True)) == [pro.pk]


def test_category_form_single_choice_saved(console, event):
    from tests.console.test_program import formset_data

    data = {"title": "Format", "type": "session", "single_choice": "on", "sort": "0"}
    data |= formset_data("items", [{"name": "Talk", "sort": "0"}])
    console.post(reverse("console:category-create", args=["conf"]), data)
    assert event.categories.get().single_choice is True
