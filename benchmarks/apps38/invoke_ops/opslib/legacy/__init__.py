"""Pre-2024 helpers. Do not add new code here; see opslib.registry."""
from opslib.legacy.gpt_helpers import ask_gpt, moderate

__all__ = ["ask_gpt", "moderate"]
