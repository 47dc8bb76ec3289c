"""Rooms, questions and categories: the list-style editors."""

from django.urls import reverse

from podium.program.models import Category, Question, Room
from tests.factories import CategoryFactory, CategoryItemFactory, RoomFactory


def formset_data(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def test_rooms_add_two(console, event):
    data = formset_data("rooms", [{"name": "Hall A", "sort": "1"}, {"name": "Hall B", "sort": "2"}])
    response = console.post(reverse("console:rooms", args=["conf"]), data)
    assert response.status_code == 302
    assert list(event.rooms.values_list("name", "public_id")) == [("Hall A", 1), ("Hall B", 2)]


def test_rooms_rename_and_delete(console, event):
    keep, gone = RoomFactory(event=event, name="Keep"), RoomFactory(event=event, name="Gone")
    rows = [
        {"id": str(keep.pk), "name": "Kept", "sort": "0"},
        {"id": str(gone.pk), "name": "Gone", "sort": "1", "DELETE": "on"},
    ]
    data = {**formset_data("rooms", rows, initial=2), "confirm-delete": "yes"}
    console.post(reverse("console:rooms", args=["conf"]), data)
    assert list(event.rooms.values_list("name", flat=True)) == ["Kept"]


def test_rooms_other_event_room_id_rejected(console, event, other_event):
    foreign = RoomFactory(event=other_event, name="Foreign")
    rows = [{"id": str(foreign.pk), "name": "Hijacked", "sort": "0"}]
    console.post(reverse("console:rooms", args=["conf"]), formset_data("rooms", rows, initial=1))
    assert Room.objects.get(pk=foreign.pk).name == "Foreign"
    assert event.rooms.count() == 0


def test_rooms_missing_name_error(console, event):
    data = formset_data("rooms", [{"name": "", "sort": "3"}])
    response = console.post(reverse("console:rooms", args=["conf"]), data)
    assert "This field is required." in response.content.decode()
    assert event.rooms.count() == 0


def test_questions_add(console, event):
    rows = [{"question": "Level?", "target": "session", "question_type": "Short_Text", "sort": "0"}]
    response = console.post(
        reverse("console:questions", args=["conf"]), formset_data("questions", rows)
    )
    assert response.status_code == 302
    question = Question.objects.get(event=event)
    assert (question.question, question.target, question.public_id) == ("Level?", "session", 1)


def test_category_create_with_items(console, event):
    data = {"title": "Track", "type": "session", "sort": "0"}
    data |= formset_data("items", [{"name": "Web", "sort": "0"}, {"name": "Mobile", "sort": "1"}])
    response = console.post(reverse("console:category-create", args=["conf"]), data)
    assert response.status_code == 302
    category = Category.objects.get(event=event)
    assert list(category.items.values_list("name", "event_id")) == [
        ("Web", event.pk),
        ("Mobile", event.pk),
    ]


def test_category_edit_page_lists_items(console, event):
    item = CategoryItemFactory(category=CategoryFactory(event=event), name="Beginner")
    response = console.get(reverse("console:category", args=["conf", item.category.pk]))
    assert 'value="Beginner"' in response.content.decode()


def test_category_delete(console, event):
    category = CategoryFactory(event=event)
    console.post(reverse("console:category-delete", args=["conf", category.pk]))
    assert not Category.objects.filter(pk=category.pk).exists()


def test_category_list_renders(console, event):
    CategoryFactory(event=event, title="Level")
    assert "Level" in console.get(reverse("console:categories", args=["conf"])).content.decode()
