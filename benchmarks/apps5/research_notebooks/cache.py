"""Tiny on-disk memoisation so re-running a notebook doesn't re-bill us.

Usage::

    @disk_cache("summaries-v3")
    def summarise(text, model): ...

Keys are a sha1 of the function name plus the JSON-encoded arguments, values
are pickled. Delete ``.cache/<namespace>`` to invalidate.
"""
import functools
import hashlib
import json
import logging
import os
import pickle
from pathlib import Path

import config

logger = logging.getLogger(__name__)

_DISABLED = os.environ.get("RESEARCH_NO_CACHE") == "1"


def _key(fn_name, args, kwargs):
    payload = json.dumps([fn_name, args, kwargs], sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _path(namespace, key):
    d = Path(config.CACHE_DIR) / namespace / key[:2]
    d.mkdir(parents=True, exist_ok=True)
    return d / f"{key}.pkl"


def load_completion(namespace, key):
    """Return the cached value for ``key`` or ``None``.

    Named after the first thing we cached (chat completions); works for anything picklable.
    """
    p = _path(namespace, key)
    if not p.exists():
        return None
    try:
        with p.open("rb") as fh:
            return pickle.load(fh)
    except (EOFError, pickle.UnpicklingError):
        logger.warning("corrupt cache entry %s, ignoring", p)
        p.unlink(missing_ok=True)
        return None


def store(namespace, key, value):
    p = _path(namespace, key)
    tmp = p.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(value, fh)
    tmp.replace(p)


def disk_cache(namespace):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            if _DISABLED:
                return fn(*args, **kwargs)
            key = _key(fn.__qualname__, args, kwargs)
            hit = load_completion(namespace, key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            store(namespace, key, value)
            return value

        wrapper.cache_namespace = namespace
        return wrapper

    return decorator


def clear(namespace):
    root = Path(config.CACHE_DIR) / namespace
    n = 0
    for p in root.rglob("*.pkl"):
        p.unlink()
        n += 1
    logger.info("removed %d entries from %s", n, root)
    return n
