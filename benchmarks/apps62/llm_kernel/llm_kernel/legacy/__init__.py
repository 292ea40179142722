"""Code from the 0.x kernel (pre backends/).  Kept for %%gpt notebooks that still use it."""
from .gpt_magic import gpt_cell, ask_many
from .anthropic_http import claude_raw

__all__ = ["gpt_cell", "ask_many", "claude_raw"]
