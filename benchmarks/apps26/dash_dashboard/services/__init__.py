"""Shared services (tracked LLM access, usage logging, notifications)."""
