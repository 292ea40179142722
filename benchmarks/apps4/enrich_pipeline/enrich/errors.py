"""Exception hierarchy for the enrichment pipeline."""


class EnrichError(Exception):
    """Base class for pipeline errors."""


class ConfigError(EnrichError):
    pass


class StageError(EnrichError):
    def __init__(self, stage: str, message: str, *, retryable: bool = False) -> None:
        super().__init__(f"[{stage}] {message}")
        self.stage = stage
        self.retryable = retryable


class ProviderError(EnrichError):
    """Raised when an upstream model provider returns an unusable response."""

    def __init__(self, provider: str, message: str, status: int = 0) -> None:
        super().__init__(f"{provider}: {message}")
        self.provider = provider
        self.status = status


class CheckpointError(EnrichError):
    pass
