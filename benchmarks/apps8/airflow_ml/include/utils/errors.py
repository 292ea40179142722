class CatalogueMLError(Exception):
    """Base class for pipeline errors."""


class ProviderError(CatalogueMLError):
    def __init__(self, provider: str, message: str):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider


class InvalidModelOutput(CatalogueMLError):
    def __init__(self, raw: str, reason: str = "could not parse model output"):
        super().__init__(f"{reason}: {raw[:200]!r}")
        self.raw = raw


class MissingConnection(CatalogueMLError):
    pass
