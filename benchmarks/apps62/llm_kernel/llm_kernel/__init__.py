"""llm_kernel -- a Jupyter kernel that answers prompts with large language models."""
__version__ = "0.7.2"

from .backends import get_backend, available_providers

__all__ = ["__version__", "get_backend", "available_providers"]
