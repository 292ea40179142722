"""Provider-independent helpers used by the GUI, tasks and algorithms."""
from .clients import (  # noqa: F401
    client_for,
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    make_ollama_client,
    reset_clients,
)
from .services.multi_model_service import TaskComplexity, multi_model_service  # noqa: F401
