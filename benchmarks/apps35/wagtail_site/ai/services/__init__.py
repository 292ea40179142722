from .llm_usage_tracker import llm_tracker  # noqa: F401
from .multi_model_service import TaskComplexity, multi_model_service  # noqa: F401
