class EnrichmentError(Exception):
    """Base class for pipeline errors."""


class ProviderError(EnrichmentError):
    def __init__(self, provider: str, message: str, *, retryable: bool = False):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.retryable = retryable


class ParseError(EnrichmentError):
    """The model answered but the answer could not be parsed."""

    def __init__(self, raw: str, reason: str):
        super().__init__(reason)
        self.raw = raw


class SinkError(EnrichmentError):
    pass
