"""Tasks to run the queue worker and push jobs onto it."""
from __future__ import annotations

import json

from invoke import task
from kombu import Connection, Exchange, Producer

from tasks._common import settings


@task
def worker(c, concurrency=1):
    """Run the kombu consumer in the foreground."""
    from worker.run import main

    main(concurrency=int(concurrency))


@task(help={"kind": "release_notes|incidents|alerts|translations", "payload": "JSON body"})
def publish(c, kind, payload):
    """Publish a job onto the ops exchange."""
    cfg = settings(c)
    body = json.loads(payload)
    with Connection(cfg.broker_url) as conn:
        producer = Producer(conn.channel(), exchange=Exchange(cfg.exchange, type="direct"))
        producer.publish(body, routing_key=f"ops.{kind}", serializer="json", retry=True)
    print(f"published to ops.{kind}")


@task
def purge(c, kind):
    cfg = settings(c)
    with Connection(cfg.broker_url) as conn:
        conn.SimpleQueue(f"ops.{kind}").clear()
