from .digest import DailyDigest
from .explain import Explainer

__all__ = ["DailyDigest", "Explainer"]
