"""The console's pages for an event's webhooks, their delivery log and endpoint history."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_POST

from podium.console.access import event_view, owned
from podium.notify.deliveries import send_again, send_test
from podium.notify.describe import describe
from podium.notify.models import Delivery, Publication, Webhook
from podium.notify.signing import rotate
from podium.notify.webhooks import WebhookError, add_webhook, check_url, enable
from podium.publish.models import Endpoint

SHOWN = 100  # the latest deliveries and publications a page lists


class WebhookForm(forms.Form):
    url = forms.CharField(label="Receiver URL", max_length=2000)
    endpoint = forms.ModelChoiceField(
        queryset=Endpoint.objects.none(),
        required=False,
        empty_label="Every endpoint of the event",
        help_text="Send only this endpoint's publications.",
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["endpoint"].queryset = event.endpoints.all()

    def clean_url(self):
        try:
            return check_url(self.cleaned_data["url"])
        except WebhookError as error:
            raise forms.ValidationError(str(error)) from None


def webhooks_page(request, event, form, secret=None, shown_for=None):
    """The list and the add form; ``secret``, once, right after it was made."""
    webhooks = Webhook.objects.filter(event=event).select_related("endpoint")
    context = {"event": event, "webhooks": webhooks, "form": form}
    context |= {"secret": secret, "shown_for": shown_for}
    return render(request, "notify/webhooks.html", context)


@event_view
def webhook_list(request, event):
    form = WebhookForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        webhook, secret = add_webhook(
            event, form.cleaned_data["url"], form.cleaned_data["endpoint"]
        )
        # Shown on this page only, never kept in a message or a cookie.
        return webhooks_page(request, event, WebhookForm(event=event), secret, webhook)
    return webhooks_page(request, event, form)


@require_POST
@event_view
def webhook_enable(request, event, pk):
    webhook = owned(Webhook.objects, event, pk=pk)
    if request.POST.get("enabled") == "on":
        enable(webhook)
        messages.success(request, f"Webhook {webhook.url} enabled.")
    else:
        Webhook.objects.filter(pk=webhook.pk).update(enabled=False)
        messages.success(request, f"Webhook {webhook.url} disabled: nothing is sent to it.")
    return redirect("console:webhooks", event.slug)


@require_POST
@event_view
def webhook_rotate(request, event, pk):
    webhook = owned(Webhook.objects, event, pk=pk)
    secret = rotate(webhook)
    return webhooks_page(request, event, WebhookForm(event=event), secret, webhook)


@require_POST
@event_view
def webhook_test(request, event, pk):
    delivery = send_test(owned(Webhook.objects, event, pk=pk))
    if delivery.state == Delivery.SUCCEEDED:
        messages.success(request, f"Test message sent: HTTP {delivery.last_status}.")
    else:
        messages.error(request, f"Test message failed: {delivery.last_error}")
    return redirect("console:webhook", event.slug, pk)


@event_view
def webhook_delete(request, event, pk):
    webhook = owned(Webhook.objects, event, pk=pk)
    if request.method == "POST":
        webhook.delete()
        messages.success(request, f"Removed the webhook {webhook.url}.")
        return redirect("console:webhooks", event.slug)
    context = {
        "event": event,
        "what": f"the webhook {webhook.url}",
        "consequence": "Nothing more is sent to it; its delivery log goes too.",
        "cancel": "console:webhooks",
    }
    return render(request, "console/confirm_delete.html", context)


@event_view
def webhook_log(request, event, pk):
    webhook = owned(Webhook.objects, event, pk=pk)
    deliveries = webhook.deliveries.select_related("publication")[:SHOWN]
    context = {"event": event, "webhook": webhook, "deliveries": deliveries}
    return render(request, "notify/deliveries.html", context)


@require_POST
@event_view
def delivery_again(request, event, pk, delivery_pk):
    webhook = owned(Webhook.objects, event, pk=pk)
    delivery = get_object_or_404(Delivery, pk=delivery_pk, webhook=webhook)
    if send_again(delivery):
        messages.success(request, f"Sending {delivery.message_id} again.")
    else:
        messages.error(request, f"{delivery.message_id} is still being delivered.")
    return redirect("console:webhook", event.slug, pk)


@event_view
def endpoint_history(request, event, endpoint_id):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    rows = Publication.objects.filter(endpoint=endpoint).order_by("-number")[:SHOWN]
    history = [(publication, describe(publication.summary)) for publication in rows]
    context = {"event": event, "endpoint": endpoint, "history": history}
    return render(request, "notify/history.html", context)


EVENT = "events/<slug:slug>/"
urlpatterns = [
    path(EVENT + "webhooks/", webhook_list, name="webhooks"),
    path(EVENT + "webhooks/<int:pk>/", webhook_log, name="webhook"),
    path(EVENT + "webhooks/<int:pk>/enabled/", webhook_enable, name="webhook-enable"),
    path(EVENT + "webhooks/<int:pk>/rotate/", webhook_rotate, name="webhook-rotate"),
    path(EVENT + "webhooks/<int:pk>/test/", webhook_test, name="webhook-test"),
    path(EVENT + "webhooks/<int:pk>/delete/", webhook_delete, name="webhook-delete"),
    path(
        EVENT + "webhooks/<int:pk>/deliveries/<int:delivery_pk>/again/",
        delivery_again,
        name="webhook-delivery-again",
    ),
    path(EVENT + "api/<str:endpoint_id>/history/", endpoint_history, name="endpoint-history"),
]
