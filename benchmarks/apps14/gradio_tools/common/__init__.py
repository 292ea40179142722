"""Shared plumbing for the internal Gradio / Chainlit tools."""

__version__ = "0.14.2"
