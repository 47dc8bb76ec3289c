from django.db import models

from podium.program.ids import new_guid


class LinkType(models.TextChoices):
    TWITTER = "Twitter"
    LINKEDIN = "LinkedIn"
    BLOG = "Blog"
    COMPANY_WEBSITE = "Company_Website", "Company website"
    INSTAGRAM = "Instagram"
    FACEBOOK = "Facebook"
    SESSIONIZE = "Sessionize"
    OTHER = "Other"


class Speaker(models.Model):
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="speakers")
    public_id = models.CharField("id", max_length=64, blank=True, help_text="A GUID.")
    first_name = models.CharField(max_length=200)
    last_name = models.CharField(max_length=200, blank=True)
    bio = models.TextField(null=True, blank=True)
    tag_line = models.CharField(max_length=500, null=True, blank=True)
    profile_picture = models.URLField(max_length=1000, null=True, blank=True)
    is_top_speaker = models.BooleanField(default=False)
    items = models.ManyToManyField(
        "program.CategoryItem", through="program.SpeakerItem", blank=True, related_name="+"
    )

    class Meta:
        ordering = ["first_name", "last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "public_id"], name="speaker_public_id_per_event"
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def save(self, *args, **kwargs):
        if not self.public_id:
            self.public_id = new_guid()
        super().save(*args, **kwargs)


class SpeakerLink(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="links")
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=1000)
    link_type = models.CharField(max_length=40, choices=LinkType.choices, default=LinkType.OTHER)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.title
