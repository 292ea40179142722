"""Domain services used by controllers and scheduler tasks."""
from .drafting import Drafter, DRAFTERS, make_drafter
from .summarizer import summarize_ticket
from .classifier import PriorityClassifier

__all__ = ["Drafter", "DRAFTERS", "make_drafter", "summarize_ticket", "PriorityClassifier"]
