"""Logging helpers that work both inside and outside a Prefect run context."""
from __future__ import annotations

import logging
import sys
import time
from contextlib import contextmanager
from typing import Iterator

from prefect import get_run_logger
from prefect.exceptions import MissingContextError

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def get_logger(name: str = "mkt") -> logging.LoggerAdapter | logging.Logger:
    """Return the Prefect run logger when available, a stdlib logger otherwise.

    The cron scripts import tasks' helpers directly, outside any flow run.
    """
    try:
        return get_run_logger()
    except MissingContextError:
        logger = logging.getLogger(name)
        if not logger.handlers:
            handler = logging.StreamHandler(sys.stdout)
            handler.setFormatter(logging.Formatter(_FORMAT))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
        return logger


@contextmanager
def timed(label: str) -> Iterator[None]:
    log = get_logger()
    start = time.perf_counter()
    try:
        yield
    finally:
        log.info("%s took %.2fs", label, time.perf_counter() - start)
