"""Legacy keyword libraries kept for old suites. Do not add new keywords here."""
from libraries.legacy.gpt_keywords import GPTKeywords

__all__ = ["GPTKeywords"]
