"""Custom Haystack components. Import from here, not from the submodules."""
from ragsvc.components.embedders import (
    CohereDocumentEmbedder,
    CohereTextEmbedder,
    HFTextEmbedder,
    MistralTextEmbedder,
    OllamaTextEmbedder,
    VoyageDocumentEmbedder,
    VoyageTextEmbedder,
    WatsonxDocumentEmbedder,
)
from ragsvc.components.generators import (
    CohereChatGenerator,
    HFInferenceGenerator,
    MistralChatGenerator,
    OllamaChatGenerator,
    OllamaGenerator,
    WatsonxChatGenerator,
)
from ragsvc.components.guardrails import AnswerGrader, ModerationFilter, PIIScrubber
from ragsvc.components.query_rewriter import HyDEGenerator, QueryRewriter
from ragsvc.components.rankers import CohereRanker, VoyageRanker
from ragsvc.components.tracked_generator import TrackedOpenAIChatGenerator
from ragsvc.components.utility import AnswerAssembler, ChatMessageAdapter, DocumentDeduplicator

__all__ = [
    "AnswerAssembler",
    "AnswerGrader",
    "ChatMessageAdapter",
    "CohereChatGenerator",
    "CohereDocumentEmbedder",
    "CohereRanker",
    "CohereTextEmbedder",
    "DocumentDeduplicator",
    "HFInferenceGenerator",
    "HFTextEmbedder",
    "HyDEGenerator",
    "MistralChatGenerator",
    "MistralTextEmbedder",
    "ModerationFilter",
    "OllamaChatGenerator",
    "OllamaGenerator",
    "OllamaTextEmbedder",
    "PIIScrubber",
    "QueryRewriter",
    "TrackedOpenAIChatGenerator",
    "VoyageDocumentEmbedder",
    "VoyageRanker",
    "VoyageTextEmbedder",
    "WatsonxChatGenerator",
    "WatsonxDocumentEmbedder",
]
