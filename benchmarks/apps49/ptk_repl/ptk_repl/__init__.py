"""ptk-repl: a prompt_toolkit based terminal assistant."""

__version__ = "0.7.2"
