"""Tell the rest of podium, once per transaction, that an event's published data changed.

Every write that bumps ``Event.data_version`` or an endpoint's ``version`` calls
``announce(event_id)``. Receivers of ``program_changed`` (publication history, the
pre-rendering of published bytes) run after the transaction commits, so they never see
half-written data and a rolled-back write announces nothing. An import that saves
thousands of objects announces its event once.
"""

from django.db import connection, transaction
from django.dispatch import Signal

# Sent with ``event_id`` after a commit that changed what the event's endpoints publish.
program_changed = Signal()


def announce(event_id: int) -> None:
    pending = (callback for _, callback, _ in connection.run_on_commit)
    if any(getattr(callback, "podium_event_id", None) == event_id for callback in pending):
        return

    def send() -> None:
        program_changed.send(sender=announce, event_id=event_id)

    send.podium_event_id = event_id
    transaction.on_commit(send)
