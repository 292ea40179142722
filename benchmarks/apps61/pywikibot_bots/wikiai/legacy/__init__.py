"""Code from the 2023 prototype. Do not add to it."""
from wikiai.legacy.gpt_helper import ask_gpt, legacy_complete  # noqa: F401
