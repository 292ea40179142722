"""Error types shared by activities.

Anything raised as a NonRetryable* is converted into an ApplicationError with
non_retryable=True so Temporal stops retrying immediately.
"""
from temporalio.exceptions import ApplicationError


class BackofficeError(Exception):
    pass


class ExtractionError(BackofficeError):
    """Model output could not be parsed into the expected schema."""


class UpstreamUnavailable(BackofficeError):
    """Provider or internal system is down; safe to retry."""


class NonRetryableInputError(BackofficeError):
    """Bad input document, retrying will not help."""


def non_retryable(message: str, *details: object) -> ApplicationError:
    return ApplicationError(message, *details, type="NonRetryableInputError", non_retryable=True)


def as_application_error(exc: Exception) -> ApplicationError:
    if isinstance(exc, NonRetryableInputError):
        return non_retryable(str(exc))
    return ApplicationError(str(exc), type=type(exc).__name__)
