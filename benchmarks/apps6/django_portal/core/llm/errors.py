class LLMError(Exception):
    """Base class for errors raised by the core.llm helpers."""


class ProviderNotConfigured(LLMError):
    pass


class EmptyCompletion(LLMError):
    """The provider answered but returned no usable text."""
