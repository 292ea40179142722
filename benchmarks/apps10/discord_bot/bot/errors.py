"""Exceptions shared across cogs and services."""
from __future__ import annotations


class LumenError(Exception):
    """Base class for errors we expect and can show to users."""

    user_message = "Something went wrong on my side. Please try again in a bit."

    def __init__(self, message: str = "", *, user_message: str | None = None) -> None:
        super().__init__(message or self.user_message)
        if user_message:
            self.user_message = user_message


class ProviderUnavailable(LumenError):
    user_message = "The AI provider is having trouble right now. Please try again shortly."

    def __init__(self, provider: str, cause: Exception | None = None) -> None:
        super().__init__(f"{provider} unavailable: {cause!r}")
        self.provider = provider
        self.cause = cause


class AllProvidersFailed(LumenError):
    user_message = "None of my AI backends answered. The admins have been notified."


class FeatureDisabled(LumenError):
    user_message = "That feature is turned off on this server."


class QuotaExceeded(LumenError):
    user_message = "You've hit today's limit for that command. It resets at midnight UTC."


class ContentRejected(LumenError):
    user_message = "I can't help with that one."
