"""Service layer. Views, consumers and tasks should talk to these, not to SDKs."""
from .llm_usage_tracker import llm_tracker  # noqa: F401
from .multi_model_service import TaskComplexity, multi_model_service  # noqa: F401

# Re-exported for convenience; a lot of older code does
# ``from helpdesk.services import openai_client``.
from helpdesk.clients import llm as _llm

openai_client = _llm.openai
