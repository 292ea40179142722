"""Provider adapters implementing the interfaces in :mod:`lexsearch.interfaces`."""

from lexsearch.adapters.anthropic_chat import AnthropicChat
from lexsearch.adapters.chat_models import GeminiChat, OpenAIChat
from lexsearch.adapters.embedders import OllamaEmbedder, OpenAIEmbedder, VoyageEmbedder
from lexsearch.adapters.rerankers import CohereReranker, LexicalReranker, VoyageReranker
from lexsearch.interfaces import ChatModel, Embedder, Reranker

__all__ = [
    "AnthropicChat",
    "CohereReranker",
    "GeminiChat",
    "LexicalReranker",
    "OllamaEmbedder",
    "OpenAIChat",
    "OpenAIEmbedder",
    "VoyageEmbedder",
    "VoyageReranker",
    "build_chat_model",
    "build_embedder",
    "build_reranker",
]

_CHAT_MODELS: dict[str, type] = {
    "anthropic": AnthropicChat,
    "openai": OpenAIChat,
    "gemini": GeminiChat,
}


def build_chat_model(provider: str = "anthropic") -> ChatModel:
    try:
        return _CHAT_MODELS[provider]()
    except KeyError:
        raise ValueError(f"unknown chat provider {provider!r}") from None


def build_embedder(kind: str = "voyage") -> Embedder:
    if kind == "openai":
        return OpenAIEmbedder()
    if kind == "ollama":
        return OllamaEmbedder()
    return VoyageEmbedder()


def build_reranker(kind: str = "cohere") -> Reranker:
    if kind == "voyage":
        return VoyageReranker()
    if kind == "lexical":
        return LexicalReranker()
    return CohereReranker()
