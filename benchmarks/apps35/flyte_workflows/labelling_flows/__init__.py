"""Flyte workflows for LLM labelling, embeddings and evaluation."""

__version__ = "0.9.3"
