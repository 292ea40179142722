from .text import truncate, wrap_for_launcher, strip_code_fences
from .clipboard import read_clipboard, write_clipboard

__all__ = ["truncate", "wrap_for_launcher", "strip_code_fences", "read_clipboard", "write_clipboard"]
