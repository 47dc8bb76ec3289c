from django.urls import reverse

from podium.program.models import Speaker, SpeakerAnswer, SpeakerItem, SpeakerLink
from tests.console.test_program import formset_data
from tests.factories import (
    CategoryFactory,
    CategoryItemFactory,
    QuestionFactory,
    SessionFactory,
    SpeakerFactory,
)


def speaker_data(**fields) -> dict:
    data = {"first_name": "Ada", "last_name": "Lovelace", "tag_line": "", "bio": ""}
    data |= formset_data("links", [])
    return data | fields


def test_speaker_create_with_links_items_answers(console, event):
    item = CategoryItemFactory(category=CategoryFactory(event=event, type="speaker"), name="Pro")
    question = QuestionFactory(event=event, target="speaker", question="Company?")
    data = speaker_data(
        **{
            f"items_{item.category_id}": [str(item.pk)],
            f"answer_{question.pk}": "Analytical Engines",
        }
    )
    data |= formset_data(
        "links",
        [{"title": "Blog", "url": "https://ada.example.org", "link_type": "Blog", "position": "0"}],
    )
    response = console.post(reverse("console:speaker-create", args=["conf"]), data)
    assert response.status_code == 302
    speaker = Speaker.objects.get(event=event)
    assert speaker.full_name == "Ada Lovelace"
    assert list(SpeakerLink.objects.values_list("title", "url", "link_type")) == [
        ("Blog", "https://ada.example.org", "Blog")
    ]
    assert list(SpeakerItem.objects.values_list("speaker", "item")) == [(speaker.pk, item.pk)]
    assert list(SpeakerAnswer.objects.values_list("value", flat=True)) == ["Analytical Engines"]


def test_speaker_link_bad_url_rejected(console, event):
    data = speaker_data() | formset_data(
        "links", [{"title": "X", "url": "no url", "link_type": "Other", "position": "0"}]
    )
    response = console.post(reverse("console:speaker-create", args=["conf"]), data)
    assert response.status_code == 200
    assert response.context["links"].errors[0]["url"] == ["Enter a valid URL."]
    assert not Speaker.objects.exists()


def test_speaker_missing_first_name_rejected(console, event):
    response = console.post(
        reverse("console:speaker-create", args=["conf"]), speaker_data(first_name="")
    )
    assert response.context["form"].errors["first_name"] == ["This field is required."]


def test_speaker_edit_page_lists_sessions(console, event):
    speaker = SpeakerFactory(event=event)
    session = SessionFactory(event=event, title="Engines")
    session.speakers.add(speaker)
    content = console.get(reverse("console:speaker", args=["conf", speaker.pk])).content.decode()
    assert "Engines" in content


def test_speaker_list_and_delete(console, event):
    speaker = SpeakerFactory(event=event, first_name="Grace", last_name="Hopper")
    assert (
        "Grace Hopper" in console.get(reverse("console:speakers", args=["conf"])).content.decode()
    )
    console.post(reverse("console:speaker-delete", args=["conf", speaker.pk]))
    assert not Speaker.objects.exists()


def edit_answers(console, event, answers: dict[str, str]) -> list[tuple[str, str | None]]:
    """Save the speaker form with these answers; the stored (value, extra) pairs."""
    speaker = Speaker.objects.get(event=event)
    data = speaker_data(**{f"answer_{pk}": value for pk, value in answers.items()})
    response = console.post(reverse("console:speaker", args=["conf", speaker.pk]), data)
    assert response.status_code == 302
    return list(SpeakerAnswer.objects.order_by("question__sort").values_list("value", "extra"))


def test_speaker_edit_changed_answer_drops_its_extra(console, event):
    speaker = SpeakerFactory(event=event, first_name="Ada", last_name="Lovelace")
    photo = QuestionFactory(event=event, target="speaker", question_type="File_upload", sort=1)
    company = QuestionFactory(event=event, target="speaker", sort=2)
    SpeakerAnswer.objects.create(
        speaker=speaker, question=photo, value="https://f/a.png", extra="a.png"
    )
    SpeakerAnswer.objects.create(speaker=speaker, question=company, value="Engines", extra="kept")

    stored = edit_answers(console, event, {photo.pk: "https://f/b.png", company.pk: "Engines"})

    assert stored == [("https://f/b.png", None), ("Engines", "kept")]
