"""check-llm-usage: warn about direct LLM API calls that bypass usage tracking."""
__version__ = '0.1.0'
