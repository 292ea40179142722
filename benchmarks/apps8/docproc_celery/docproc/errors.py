"""Exception hierarchy shared by services and tasks."""


class DocProcError(Exception):
    """Base class for all application errors."""


class DocumentNotFound(DocProcError):
    def __init__(self, document_id):
        super().__init__(f"document {document_id} not found")
        self.document_id = document_id


class ExtractionError(DocProcError):
    """Raised when text could not be pulled out of an uploaded file."""


class UnsupportedFileType(ExtractionError):
    pass


class ProviderError(DocProcError):
    """An upstream model provider failed or returned something unusable."""

    def __init__(self, provider: str, message: str, *, retryable: bool = True):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.retryable = retryable


class MalformedModelOutput(ProviderError):
    def __init__(self, provider: str, raw: str):
        super().__init__(provider, f"could not parse model output: {raw[:200]!r}", retryable=True)
        self.raw = raw


class IntegrationError(DocProcError):
    """Third-party (non-model) integration failed: Clio, customer webhooks."""
