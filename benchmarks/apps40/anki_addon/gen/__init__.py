"""Content generation: cards, explanations, clozes, translations, media."""
from .backends import BACKENDS, get_backend
from .card_generator import CardGenerator, GeneratedCard
from .explainer import explain_card

__all__ = ["BACKENDS", "get_backend", "CardGenerator", "GeneratedCard", "explain_card"]


def __getattr__(name):
    # lazily expose the heavier modules (vocab pulls in google.genai types)
    if name == "vocab":
        from . import vocab

        return vocab
    raise AttributeError(name)
