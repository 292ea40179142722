"""agentd – internal agent platform."""

__version__ = "0.14.2"
