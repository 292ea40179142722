class InferenceError(Exception):
    """Base class for errors surfaced to API callers."""

    status_code = 500

    def __init__(self, message: str, provider: str = "", retryable: bool = False):
        super().__init__(message)
        self.provider = provider
        self.retryable = retryable


class ProviderUnavailable(InferenceError):
    status_code = 503


class UnknownModel(InferenceError):
    status_code = 404


class QuotaExceeded(InferenceError):
    status_code = 429


class BadRequest(InferenceError):
    status_code = 400


def to_http_payload(exc: InferenceError) -> dict:
    return {
        "error": {
            "type": type(exc).__name__,
            "message": str(exc),
            "provider": exc.provider or None,
            "retryable": exc.retryable,
        }
    }
