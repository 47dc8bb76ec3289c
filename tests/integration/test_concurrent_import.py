"""Readers of two processes while a third imports again and again.

An import is one transaction and every API read one database snapshot, so a body
never mixes two imports and an ETag never names two bodies.
"""

import os
import threading

import pytest

from tests.integration.program import import_programs, marks_in, view
from tests.servers import Response, Server, is_postgres

if not is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")):
    pytest.skip(
        "needs PostgreSQL and Redis: runs in the second pass of `make test`",
        allow_module_level=True,
    )

pytestmark = pytest.mark.integration


def test_two_processes_readers_never_see_half_an_import(servers, published, tmp_path):
    """Readers of both processes while imports alternate: one mark per body, one body per tag."""
    stop = threading.Event()
    answers: list[Response] = []

    def read(server: Server) -> None:
        while not stop.is_set():
            answers.append(view(server, "All"))

    readers = [threading.Thread(target=read, args=(server,)) for server in servers]
    for reader in readers:
        reader.start()
    try:
        import_programs(published, tmp_path, [f"[mark-{number}]" for number in range(1, 9)])
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    bodies_by_tag: dict[str, set[bytes]] = {}
    for answer in answers:
        bodies_by_tag.setdefault(answer.headers["ETag"], set()).add(answer.body)
    assert [a.status for a in answers if a.status != 200] == []
    assert [sorted(marks_in(a.body)) for a in answers if len(marks_in(a.body)) != 1] == []
    assert [tag for tag, bodies in bodies_by_tag.items() if len(bodies) != 1] == []
    assert [marks_in(view(server, "All").body) for server in servers] == [{"[mark-8]"}] * 2
