"""Model client access for consumers.

Prefer ``core.multi_model_service`` for new code; these exports remain for
handlers that need provider-specific features (streaming, batches, raw HTTP).
"""
from . import anthropic_client as _anthropic_client
from . import openai_client as _openai_client
from .anthropic_client import *  # noqa: F401,F403
from .openai_client import *  # noqa: F401,F403
from .pool import ClientPool, client_for, openai_pool

__all__ = (
    list(_openai_client.__all__)
    + list(_anthropic_client.__all__)
    + ["ClientPool", "client_for", "openai_pool"]
)
