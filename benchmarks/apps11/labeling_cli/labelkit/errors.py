"""Exception hierarchy for labelkit."""
from __future__ import annotations

from typing import Optional


class LabelkitError(Exception):
    """Base class for every error raised by labelkit itself."""


class SpecError(LabelkitError):
    """The job spec is invalid or incomplete."""

    def __init__(self, message: str, path: Optional[str] = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class PluginNotFound(LabelkitError):
    pass


class ProviderError(LabelkitError):
    """A provider returned something we could not use."""

    def __init__(self, provider: str, message: str, *, status: Optional[int] = None) -> None:
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.status = status


class RetryableError(ProviderError):
    """Transient failure: throttling, 5xx, connection reset."""

    def __init__(self, provider: str, message: str, *, status: Optional[int] = None,
                 retry_after: Optional[float] = None) -> None:
        super().__init__(provider, message, status=status)
        self.retry_after = retry_after


class RateLimited(RetryableError):
    pass


class ParseError(LabelkitError):
    """Model output could not be mapped to one of the allowed labels."""

    def __init__(self, raw: str, allowed) -> None:
        super().__init__(f"could not parse label from {raw[:120]!r}; allowed={list(allowed)}")
        self.raw = raw
