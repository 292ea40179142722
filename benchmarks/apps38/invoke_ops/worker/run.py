"""Entry point: ``python -m worker.run`` or ``inv queue.worker``."""
from __future__ import annotations

import logging
import os
import signal

from kombu import Connection

from opslib.clients import reset_clients
from opslib.config import load_settings
from worker.consumer import OpsWorker

log = logging.getLogger("worker")


def main(concurrency: int = 1) -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    if concurrency != 1:
        log.warning("concurrency>1 not supported yet, use multiple processes")
    settings = load_settings()
    reset_clients()
    raw = os.environ.get("OPS_AZURE_RAW") == "1"
    with Connection(settings.broker_url, heartbeat=30) as conn:
        worker = OpsWorker(conn, settings, raw_azure=raw)
        signal.signal(signal.SIGTERM, lambda *_: setattr(worker, "should_stop", True))
        worker.run()


if __name__ == "__main__":
    main()
