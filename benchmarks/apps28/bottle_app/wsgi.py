"""WSGI entry point: builds the app and starts the background worker."""

from __future__ import annotations

import atexit
import logging
import os

from app import build_app
from hrassist.worker import start_worker

logging.basicConfig(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)

application = build_app()

_worker = start_worker(
    application.config["hr.client_factory"],
    application.config["hr.store"],
    notifier=application.config["hr.notifier"],
    threads=application.config["hr.worker_threads"],
)


@atexit.register
def _shutdown():
    _worker.stop()
    application.config["hr.client_factory"].close()
