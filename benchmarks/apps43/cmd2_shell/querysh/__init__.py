"""querysh - an interactive shell for poking at data with a little help from LLMs."""

__version__ = "0.7.2"
