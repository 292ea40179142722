from llm_batch.tracking.llm_usage_tracker import llm_tracker, LLMUsageTracker, UsageLog

__all__ = ["llm_tracker", "LLMUsageTracker", "UsageLog"]
