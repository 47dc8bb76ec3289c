import django.db.models.functions.text
from django.db import migrations, models


def rename_case_twins(apps, schema_editor):
    """Slugs become unique regardless of case: of events whose slugs differ only in
    case, the oldest keeps its slug and the others get "-2", "-3"... appended."""
    Event = apps.get_model("program", "Event")
    taken = {slug.lower() for slug in Event.objects.values_list("slug", flat=True)}
    seen = set()
    for event in Event.objects.order_by("created_at", "pk"):
        key = event.slug.lower()
        if key not in seen:
            seen.add(key)
            continue
        number = 2
        while f"{event.slug[:94]}-{number}".lower() in taken:
            number += 1
        event.slug = f"{event.slug[:94]}-{number}"
        taken.add(event.slug.lower())
        seen.add(event.slug.lower())
        event.save(update_fields=["slug"])


def dates_from_sessions(apps, schema_editor):
    """Existing events get the days of their sessions (dates at the venue)."""
    import zoneinfo

    Event = apps.get_model("program", "Event")
    Session = apps.get_model("program", "Session")
    for event in Event.objects.all():
        span = Session.objects.filter(event=event, starts_at__isnull=False).aggregate(
            first=models.Min("starts_at"), last=models.Max("ends_at")
        )
        if span["first"] is None:
            continue
        zone = zoneinfo.ZoneInfo(event.time_zone)
        event.starts_on = span["first"].astimezone(zone).date()
        event.ends_on = span["last"].astimezone(zone).date()
        event.save(update_fields=["starts_on", "ends_on"])


class Migration(migrations.Migration):
    dependencies = [
        ("program", "0003_answer_extra"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="starts_on",
            field=models.DateField(
                blank=True,
                help_text="The event's first day, at the venue.",
                null=True,
                verbose_name="first day",
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="ends_on",
            field=models.DateField(
                blank=True,
                help_text="The event's last day, at the venue.",
                null=True,
                verbose_name="last day",
            ),
        ),
        migrations.RunPython(rename_case_twins, migrations.RunPython.noop),
        migrations.RunPython(dates_from_sessions, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="event",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("slug"),
                name="event_slug_ignoring_case",
                violation_error_message="An event with this slug exists (slugs ignore case).",
            ),
        ),
    ]
