class EnrichmentError(Exception):
    """Base class for errors raised by enrichment assets."""


class ProviderResponseError(EnrichmentError):
    """The model answered, but not in a shape we can use."""

    def __init__(self, provider: str, detail: str, raw: str = ""):
        super().__init__(f"{provider}: {detail}")
        self.provider = provider
        self.detail = detail
        self.raw = raw[:2000]


class BudgetExceededError(EnrichmentError):
    """Raised when a partition would send more rows to a model than allowed."""


class TransientProviderError(EnrichmentError):
    """Retryable failure (rate limit, 5xx, timeout)."""
