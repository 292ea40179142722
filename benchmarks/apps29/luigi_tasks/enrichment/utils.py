"""Small helpers: luigi JSON-lines targets, ISBN normalisation, retries."""
import json
import logging
import random
import time

import luigi

from enrichment.config import data_path

log = logging.getLogger(__name__)

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "InternalServerError", "ThrottlingException", "ServiceUnavailableError"}


def with_retries(fn, *args, attempts=4, base_delay=1.5, **kwargs):
    """Call ``fn(*args, **kwargs)`` retrying on provider throttling."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # SDK exception classes differ per provider
            name = type(exc).__name__
            if name not in RETRYABLE_NAMES or attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("%s on attempt %d, sleeping %.1fs", name, attempt, delay)
            time.sleep(delay)


def jsonl_target(*parts):
    return luigi.LocalTarget(data_path(*parts))


def read_jsonl(target):
    with target.open("r") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def write_jsonl(target, rows):
    n = 0
    with target.open("w") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def chunked(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def normalise_isbn(raw):
    digits = "".join(ch for ch in str(raw) if ch.isdigit() or ch in "Xx")
    if len(digits) == 10:
        return isbn10_to_13(digits)
    return digits


def isbn10_to_13(isbn10):
    core = "978" + isbn10[:9]
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
    return core + str((10 - total % 10) % 10)


def is_valid_isbn13(isbn):
    if len(isbn) != 13 or not isbn.isdigit():
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(isbn[:12]))
    return (10 - total % 10) % 10 == int(isbn[12])
