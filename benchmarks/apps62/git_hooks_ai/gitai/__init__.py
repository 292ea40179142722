"""gitai: LLM helpers for git hooks and release tooling."""

__version__ = "0.9.3"
