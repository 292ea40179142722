"""Task implementations behind the exposed_* methods."""
from gateway.tasks.classify import classify_text
from gateway.tasks.summarise import Summariser

__all__ = ["Summariser", "classify_text"]
