"""The queued task that publishes an event after a change (podium/server/tasks.py)."""

from django_tasks import task

from podium.publish.prerender import render_event


@task()
def publish_event(event_id: int) -> int:
    """Render what the event's endpoints publish into the shared response cache."""
    return render_event(event_id)
