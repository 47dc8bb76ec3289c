"""The queued task that publishes an event after a change (podium/server/tasks.py)."""

from django_tasks import task

from podium.publish.prerender import render_event

# Readers wait for this one: it runs before the other work a change queues (the
# publication history, webhooks), which nobody's next request depends on.
PRERENDER_PRIORITY = 10


@task(priority=PRERENDER_PRIORITY)
def publish_event(event_id: int) -> int:
    """Render what the event's endpoints publish into the rendered store and Redis."""
    return render_event(event_id)
