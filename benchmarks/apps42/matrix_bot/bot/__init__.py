"""matrix-llm-bot: a Matrix bot backed by several LLM providers."""

__version__ = "0.9.3"
