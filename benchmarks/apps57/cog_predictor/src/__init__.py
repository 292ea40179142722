"""Agentic captioner: local BLIP-2 captioner wrapped with hosted LLM planning/rewriting/judging."""

__version__ = "0.6.2"
