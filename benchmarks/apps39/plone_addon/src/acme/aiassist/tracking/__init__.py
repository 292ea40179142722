from acme.aiassist.tracking.llm_usage_tracker import llm_tracker  # noqa: F401
from acme.aiassist.tracking.multi_model_service import multi_model_service  # noqa: F401
from acme.aiassist.tracking.multi_model_service import TaskComplexity  # noqa: F401
