"""Paging of the console's lists: a fixed page size, page links that keep the filters."""

from django.core.paginator import Paginator

PAGE_SIZE = 50


def page_of(request, queryset):
    """The requested page (the last one when past the end): two queries."""
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
