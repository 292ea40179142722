"""agentkit: small research agents on top of hosted LLMs."""

__version__ = "0.9.2"
