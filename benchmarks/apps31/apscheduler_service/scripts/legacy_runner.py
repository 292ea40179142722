#!/usr/bin/env python
"""Runs the legacy BackgroundScheduler jobs in the old cron container."""
from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.legacy import old_jobs  # noqa: E402


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    sched = old_jobs.start()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        done.wait()
    finally:
        sched.shutdown()


if __name__ == "__main__":
    main()
