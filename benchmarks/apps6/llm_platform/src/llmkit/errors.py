"""Exception hierarchy shared by backends and services."""
from __future__ import annotations

from typing import Optional

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 529})

# Exception class names used by the vendor SDKs for transient failures. We match
# on names so that this module does not need to import every SDK.
_RETRYABLE_NAMES = frozenset(
    {
        "APIConnectionError",
        "APITimeoutError",
        "RateLimitError",
        "InternalServerError",
        "ServiceUnavailableError",
        "TooManyRequestsError",
        "ConnectError",
        "ReadTimeout",
        "ResponseError",
    }
)


class LLMKitError(Exception):
    """Base class for all llmkit errors."""


class BackendNotFound(LLMKitError, KeyError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no backend or client registered under {name!r}")
        self.name = name


class ProviderError(LLMKitError):
    def __init__(self, provider: str, message: str, *, status: Optional[int] = None,
                 retryable: bool = False) -> None:
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.status = status
        self.retryable = retryable


class EmptyCompletion(ProviderError):
    def __init__(self, provider: str, model: str) -> None:
        super().__init__(provider, f"model {model} returned no content", retryable=True)


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, ProviderError):
        return exc.retryable
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if isinstance(status, int) and status in RETRYABLE_STATUS:
        return True
    return type(exc).__name__ in _RETRYABLE_NAMES
