"""Exception types shared by tasks.

Prefect retries any exception by default; tasks use ``retry_condition_fn=is_retryable``
so that we do not burn retries on bad input.
"""
from __future__ import annotations

from typing import Any


class FlowsError(Exception):
    """Base class."""


class ProviderError(FlowsError):
    def __init__(self, provider: str, message: str, *, status: int | None = None):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.status = status


class RateLimited(ProviderError):
    pass


class BadModelOutput(FlowsError):
    """The model answered but the answer could not be parsed/validated."""

    def __init__(self, message: str, raw: Any = None):
        super().__init__(message)
        self.raw = raw


class MissingCredentials(FlowsError):
    pass


_RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def is_retryable(task: Any, task_run: Any, state: Any) -> bool:
    """retry_condition_fn for Prefect tasks."""
    try:
        state.result()
    except BadModelOutput:
        return True
    except ProviderError as exc:
        return exc.status is None or exc.status in _RETRYABLE_STATUS
    except (ValueError, KeyError, MissingCredentials):
        return False
    except Exception:  # noqa: BLE001 - network errors etc.
        return True
    return False
