"""Categories (tracks, levels, formats...) of an event and their items."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view, owned
from podium.console.forms.program import CategoryForm, CategoryItemFormSet
from podium.console.views import posted
from podium.program.models import Category


@event_view
def category_list(request, event):
    categories = event.categories.prefetch_related("items")
    return render(
        request, "console/program/categories.html", {"event": event, "categories": categories}
    )


@event_view
def category_edit(request, event, pk=None):
    category = owned(Category.objects, event, pk=pk) if pk else Category(event=event)
    data = posted(request)
    form = CategoryForm(data, instance=category)
    items = CategoryItemFormSet(data, instance=category, prefix="items")
    if request.method == "POST" and form.is_valid() and items.is_valid():
        with transaction.atomic():
            category = form.save()
            items.instance = category
            items.save()
        messages.success(request, f"Saved the category “{category.title}”.")
        return redirect("console:categories", event.slug)
    context = {"event": event, "form": form, "items": items, "category": category}
    return render(request, "console/program/category.html", context)


@event_view
def category_delete(request, event, pk):
    category = owned(Category.objects, event, pk=pk)
    if request.method == "POST":
        category.delete()
        messages.success(request, f"Deleted the category “{category.title}”.")
        return redirect("console:categories", event.slug)
    context = {
        "event": event,
        "what": f"the category “{category.title}”",
        "consequence": "Its items are removed from every session and speaker.",
        "cancel": "console:categories",
    }
    return render(request, "console/confirm_delete.html", context)
