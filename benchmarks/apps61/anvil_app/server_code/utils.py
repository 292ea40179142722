"""Small shared helpers for server modules."""
import asyncio
import functools
import logging
import time

import anvil.server
import anvil.users

log = logging.getLogger(__name__)


def run_sync(coro):
    """Anvil server functions are sync; run a coroutine to completion."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop and loop.is_running():
        # only happens under the uplink's asyncio bridge
        return asyncio.run_coroutine_threadsafe(coro, loop).result()
    return asyncio.run(coro)


def require_agent(fn):
    """Decorator: only logged-in users with the agent role may call this."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        user = anvil.users.get_user()
        if user is None or user["role"] not in ("agent", "lead", "admin"):
            raise anvil.server.PermissionDenied("Agents only")
        return fn(*args, **kwargs)

    return wrapper


def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                log.info("%s took %.2fs", label, time.monotonic() - start)

        return wrapper

    return deco


def truncate(text, limit=12000):
    if text and len(text) > limit:
        return text[:limit] + "\n[...truncated...]"
    return text
