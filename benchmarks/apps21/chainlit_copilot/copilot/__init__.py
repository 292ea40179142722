"""Agent Copilot: Chainlit assistant for Harbor Mutual field and call-center agents."""

__version__ = "0.14.2"
