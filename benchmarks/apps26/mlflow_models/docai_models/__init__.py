"""Document-AI pyfunc models (claims, policy, underwriting)."""

__version__ = "0.14.2"
