"""Grab-bag of IO and text helpers used by the scripts and notebooks."""
import json
import logging
import random
import time
from functools import wraps
from itertools import islice
from pathlib import Path

import pandas as pd

logger = logging.getLogger("research")


def setup_logging(verbose: bool = False):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    # the SDKs are chatty at DEBUG
    for noisy in ("httpx", "httpcore", "openai", "anthropic", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def load_jsonl(path):
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                logger.warning("%s:%d is not valid json, skipping", path, i + 1)
    return rows


def write_jsonl(rows, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def load_frame(name, data_dir=None) -> pd.DataFrame:
    """Load ``data/<name>.parquet`` (or .jsonl / .csv, whichever exists)."""
    from config import DATA_DIR

    base = Path(data_dir or DATA_DIR)
    for ext, reader in ((".parquet", pd.read_parquet), (".jsonl", None), (".csv", pd.read_csv)):
        p = base / f"{name}{ext}"
        if p.exists():
            if reader is None:
                return pd.DataFrame(load_jsonl(p))
            return reader(p)
    raise FileNotFoundError(f"no dataset called {name!r} in {base}")


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def truncate(text, max_chars=6000):
    if text is None:
        return ""
    text = str(text)
    return text if len(text) <= max_chars else text[:max_chars] + " ..."


def with_backoff(retries=4, base=1.5, exceptions=(Exception,)):
    """Retry with jittered exponential backoff. Good enough for rate limits."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(retries + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:  # noqa: PERF203
                    if attempt == retries:
                        raise
                    delay = base ** attempt + random.random()
                    logger.warning("%s failed (%s), retrying in %.1fs", fn.__name__, exc, delay)
                    time.sleep(delay)

        return wrapper

    return decorator


def sample(df: pd.DataFrame, n, seed=1234):
    if n is None or n >= len(df):
        return df
    return df.sample(n=n, random_state=seed).reset_index(drop=True)
