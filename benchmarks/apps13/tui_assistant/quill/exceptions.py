"""Exception types shared across quill."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


class QuillError(Exception):
    """Base class for errors we expect to show to the user."""


class ModelNotFound(QuillError):
    def __init__(self, name: str, suggestions: Optional[list] = None):
        self.name = name
        self.suggestions = suggestions or []
        msg = f"Unknown model: {name}"
        if self.suggestions:
            msg += " (did you mean: " + ", ".join(self.suggestions[:3]) + "?)"
        super().__init__(msg)


class MissingAPIKey(QuillError):
    def __init__(self, provider: str, env_var: str):
        self.provider = provider
        self.env_var = env_var
        super().__init__(f"{provider} needs an API key: set {env_var}")


class ContextWindowExceeded(QuillError):
    pass


class EditFormatError(QuillError):
    """The model's reply could not be parsed into edits."""


class SoundDeviceError(QuillError):
    pass


@dataclass
class ExInfo:
    name: str
    retry: bool
    description: Optional[str]


# Provider exceptions we know how to handle, keyed by class name so that we
# don't have to import every SDK just to classify an error.
EXCEPTIONS = [
    ExInfo("APIConnectionError", True, None),
    ExInfo("APIError", True, None),
    ExInfo("APITimeoutError", True, None),
    ExInfo("AuthenticationError", False, "The API provider is not able to authenticate you. Check your API key."),
    ExInfo("BadRequestError", False, None),
    ExInfo("ContextWindowExceededError", False, None),
    ExInfo("InternalServerError", True, "The API provider's servers are down or overloaded."),
    ExInfo("NotFoundError", False, None),
    ExInfo("OverloadedError", True, "The API provider's servers are overloaded."),
    ExInfo("PermissionDeniedError", False, "The API provider has refused the request due to a safety policy."),
    ExInfo("RateLimitError", True, "The API provider has rate limited you. Try again later or check your quotas."),
    ExInfo("ServiceUnavailableError", True, "The API provider's servers are down or overloaded."),
    ExInfo("Timeout", True, None),
    ExInfo("ResourceExhausted", True, "Gemini quota exhausted."),
]

_BY_NAME = {e.name: e for e in EXCEPTIONS}


def classify(exc: BaseException) -> ExInfo:
    for klass in type(exc).__mro__:
        info = _BY_NAME.get(klass.__name__)
        if info:
            return info
    return ExInfo(type(exc).__name__, False, None)
