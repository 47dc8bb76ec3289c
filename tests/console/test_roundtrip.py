"""Saving an imported session or speaker unchanged changes nothing the API publishes."""

from django import forms
from django.urls import reverse
from django.utils import timezone

from podium.importers.writer import import_sessionize
from podium.program.models import Session, Speaker
from tests.importers.payloads import current, encode, snapshot


def unchanged_post_data(page_context, form_key: str, formset_key: str) -> dict:
    """What a browser submits for the page's form and formset when nothing is touched."""
    # The page shows times in the event's time zone; so must the values read here.
    with timezone.override(page_context["event"].tz):
        return field_values(page_context, form_key, formset_key)


def field_values(page_context, form_key: str, formset_key: str) -> dict:
    data = {}
    formset = page_context[formset_key]
    for name, value in formset.management_form.initial.items():
        data[f"{formset.prefix}-{name}"] = value
    for form in [page_context[form_key], *formset.forms]:
        for field in form:
            value = field.value()
            widget = field.field.widget
            if isinstance(widget, forms.CheckboxInput):
                if value:
                    data[field.html_name] = "on"
            elif isinstance(widget, forms.CheckboxSelectMultiple):
                data[field.html_name] = [str(v) for v in value or []]
            elif value is not None:
                data[field.html_name] = widget.format_value(value) or ""
    return data


def with_white_space() -> dict:
    """The small payload, with texts that end in white space as real ones sometimes do."""
    data = current()
    data["sessions"][0]["description"] += "\r\n"
    data["sessions"][0]["questionAnswers"][0]["answerValue"] += " "
    return data


def test_session_saved_unchanged_keeps_program(console, event):
    import_sessionize(encode(with_white_space()), slug="conf")
    for session in Session.objects.filter(event=event):
        before = snapshot()
        url = reverse("console:session", args=["conf", session.pk])
        data = unchanged_post_data(console.get(url).context, "form", "speakers")
        assert console.post(url, data).status_code == 302
        after = snapshot()
        for rows in (before, after):
            for row in rows["Session"] + rows["Event"]:
                row.pop("updated_at"), row.pop("data_version", None)
        assert after == before


def test_speaker_saved_unchanged_keeps_program(console, event):
    import_sessionize(encode(with_white_space()), slug="conf")
    for speaker in Speaker.objects.filter(event=event):
        before = snapshot()
        url = reverse("console:speaker", args=["conf", speaker.pk])
        data = unchanged_post_data(console.get(url).context, "form", "links")
        assert console.post(url, data).status_code == 302
        after = snapshot()
        for rows in (before, after):
            for row in rows["Session"] + rows["Event"]:
                row.pop("updated_at"), row.pop("data_version", None)
        assert after == before
