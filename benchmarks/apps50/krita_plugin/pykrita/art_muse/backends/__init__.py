"""Provider backends.

Importing this package registers every backend module with the registry, so
``get_text_backend("anthropic")`` works without the caller importing the module.
"""
from .registry import (  # noqa: F401
    get_image_backend,
    get_text_backend,
    get_upscale_backend,
    image_backends,
    register,
    text_backends,
)
from .clients import (  # noqa: F401
    anthropic_client,
    fireworks_client,
    openai_client,
    replicate_client,
    reset_clients,
)

# side-effect imports: each module calls @register
from . import openai_backend, anthropic_backend, fireworks_backend  # noqa: E402,F401
from . import replicate_backend, stability_backend  # noqa: E402,F401

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
