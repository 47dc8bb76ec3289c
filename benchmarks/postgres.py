"""The same events on PostgreSQL with Redis, for `podium serve` on those backends.

The benchmark process itself runs on SQLite; the PostgreSQL database is filled by a
child process (``python -m benchmarks.postgres URL CACHE_URL SIZE:ID...``) with the
settings those URLs give, so both backends hold the same programs under the same
endpoint ids. The database is emptied first (it belongs to the benchmark alone), and
so is the Redis database.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/podium_bench"
)
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/14")


def environment(base: dict) -> dict:
    """``base`` pointed at the benchmark's PostgreSQL and Redis."""
    return {**base, "PODIUM_DATABASE_URL": DATABASE_URL, "PODIUM_CACHE_URL": CACHE_URL}


def unreachable() -> str | None:
    """Why the PostgreSQL + Redis figures cannot be taken, or None."""
    import psycopg
    import redis

    admin = urlunsplit(urlsplit(DATABASE_URL)._replace(path="/postgres"))
    try:
        psycopg.connect(admin, connect_timeout=3).close()
        redis.Redis.from_url(CACHE_URL, socket_connect_timeout=3).ping()
    except (psycopg.Error, redis.RedisError) as error:
        return f"{str(error).strip().splitlines()[0]}"
    return None


def fill(events: dict[int, str]) -> None:
    """Recreate the database with an event of each size, its endpoint named as given."""
    import psycopg
    import redis

    name = urlsplit(DATABASE_URL).path.lstrip("/")
    admin = urlunsplit(urlsplit(DATABASE_URL)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    redis.Redis.from_url(CACHE_URL).flushdb()
    pairs = [f"{size}:{endpoint_id}" for size, endpoint_id in events.items()]
    # Nothing queued for the servers: they render on the first requests (the warm-up).
    env = environment({**os.environ, "PYTHONPATH": str(ROOT), "PODIUM_PRERENDER": "false"})
    subprocess.run(
        [sys.executable, "-m", "benchmarks.postgres", *pairs], env=env, check=True, timeout=1800
    )


def main(pairs: list[str]) -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from podium.bench.synthetic import make_endpoint, make_event

    for pair in pairs:
        size, endpoint_id = pair.split(":")
        make_endpoint(make_event(f"static-{size}", int(size)), endpoint_id)


if __name__ == "__main__":
    main(sys.argv[1:])
