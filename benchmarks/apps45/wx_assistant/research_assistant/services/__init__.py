"""Tracked LLM access (usage logging + model routing)."""
