"""Usage tracking: every model request should end up in ``llm_usage_logs``."""
