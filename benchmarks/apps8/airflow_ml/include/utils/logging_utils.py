import logging
import time
from contextlib import contextmanager
from typing import Iterator

LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def get_logger(name: str) -> logging.Logger:
    logger = logging.getLogger(f"catalogue_ml.{name}")
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


@contextmanager
def log_duration(logger: logging.Logger, what: str) -> Iterator[None]:
    started = time.monotonic()
    try:
        yield
    finally:
        logger.info("%s took %.2fs", what, time.monotonic() - started)
