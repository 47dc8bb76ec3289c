"""What the console keeps between requests around imports: snapshots and pending imports.

Imported into :mod:`podium.console.models`, where Django looks for the app's models.
"""

from django.conf import settings
from django.db import models


class EventSnapshot(models.Model):
    """An event's whole state (its lossless archive) kept before an import or bulk change.

    The archive is the JSON of :func:`podium.importers.archive.export_event`, compressed;
    ``imported`` holds the public ids the last console import brought in, so that a
    restore also brings back which objects came from a file.
    """

    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="snapshots")
    label = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, default="change")  # "import", "change", "restore"
    taken_at = models.DateTimeField(auto_now_add=True)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    archive = models.BinaryField()
    imported = models.JSONField(default=dict)

    class Meta:
        ordering = ["-taken_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.label} ({self.event})"


class ImportedIds(models.Model):
    """The public ids, per kind of object, that the event's last console import wrote.

    Objects of the event with other ids were made in the console: an import keeps them
    unless the organizer chooses to remove them.
    """

    event = models.OneToOneField(
        "program.Event", on_delete=models.CASCADE, related_name="imported_ids"
    )
    ids = models.JSONField(default=dict)  # {"sessions": ["12", ...], "rooms": ["3"], ...}

    def __str__(self) -> str:
        return f"imported ids of {self.event}"


class PendingImport(models.Model):
    """An import shown as a preview and waiting for the organizer's confirmation.

    The input is kept as it was read (a URL is not fetched again), with the event's data
    version and the preview's changes, so that applying it does exactly what was shown.
    """

    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=20)  # a key of podium.console.import_sources.SOURCES
    origin = models.CharField(max_length=2000)  # the file name or URL, for the page
    raw = models.BinaryField()
    remove_console_objects = models.BooleanField(default=False)
    data_version = models.CharField(max_length=16)
    changes = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"pending import of {self.origin} into {self.event}"
