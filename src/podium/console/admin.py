from django.contrib import admin

from podium.console.models import TeamInvitation, TeamMembership


@admin.register(TeamMembership)
class TeamMembershipAdmin(admin.ModelAdmin):
    list_display = ["event", "user", "added_at"]
    list_filter = ["event"]
    search_fields = ["user__username", "event__slug"]
    autocomplete_fields = ["user"]


@admin.register(TeamInvitation)
class TeamInvitationAdmin(admin.ModelAdmin):
    list_display = ["event", "username", "invited_at"]
    list_filter = ["event"]
    search_fields = ["username", "event__slug"]
