"""Shared plumbing for the AI desk tools (clients, prompts)."""
