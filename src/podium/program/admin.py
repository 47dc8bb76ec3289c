from django.contrib import admin

from podium.program import models as m


class RoomInline(admin.TabularInline):
    model = m.Room
    extra = 0


@admin.register(m.Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "time_zone", "schedule_announced"]
    list_editable = ["schedule_announced"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "slug"]
    inlines = [RoomInline]


class CategoryItemInline(admin.TabularInline):
    model = m.CategoryItem
    fields = ["public_id", "name", "sort"]
    extra = 0


@admin.register(m.Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "type", "sort", "public_id"]
    list_filter = ["event", "type"]
    inlines = [CategoryItemInline]

    def save_formset(self, request, form, formset, change):
        for item in formset.save(commit=False):
            item.event_id = form.instance.event_id
            item.save()
        for item in formset.deleted_objects:
            item.delete()


@admin.register(m.Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["name", "event", "sort", "public_id"]
    list_filter = ["event"]


@admin.register(m.Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "event", "target", "question_type", "sort", "public_id"]
    list_filter = ["event", "target"]


class SessionSpeakerInline(admin.TabularInline):
    model = m.SessionSpeaker
    extra = 0
    autocomplete_fields = ["speaker"]


class SessionItemInline(admin.TabularInline):
    model = m.SessionItem
    extra = 0


class SessionAnswerInline(admin.TabularInline):
    model = m.SessionAnswer
    extra = 0


@admin.register(m.Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "status", "starts_at", "room", "is_informed"]
    list_filter = ["event", "status", "is_service_session", "is_informed"]
    search_fields = ["title", "public_id"]
    inlines = [SessionSpeakerInline, SessionItemInline, SessionAnswerInline]


class SpeakerLinkInline(admin.TabularInline):
    model = m.SpeakerLink
    extra = 0


class SpeakerItemInline(admin.TabularInline):
    model = m.SpeakerItem
    extra = 0


class SpeakerAnswerInline(admin.TabularInline):
    model = m.SpeakerAnswer
    extra = 0


@admin.register(m.Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["full_name", "event", "tag_line", "is_top_speaker"]
    list_filter = ["event"]
    search_fields = ["first_name", "last_name", "public_id"]
    inlines = [SpeakerLinkInline, SpeakerItemInline, SpeakerAnswerInline]
