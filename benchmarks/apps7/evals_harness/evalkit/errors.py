"""Exception hierarchy shared by the runner, adapters and graders."""
from __future__ import annotations

from typing import Optional


class EvalkitError(Exception):
    """Base class for everything we raise on purpose."""


class ConfigError(EvalkitError):
    pass


class UnknownProviderError(ConfigError):
    def __init__(self, provider: str) -> None:
        super().__init__(f"unknown provider {provider!r} in model spec")
        self.provider = provider


class ProviderError(EvalkitError):
    """Wraps an SDK error so the runner can decide whether to retry."""

    def __init__(self, provider: str, message: str, *, status_code: Optional[int] = None,
                 retryable: bool = False) -> None:
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.status_code = status_code
        self.retryable = retryable


class JudgeParseError(EvalkitError):
    """The judge model answered, but not in the format we asked for."""
