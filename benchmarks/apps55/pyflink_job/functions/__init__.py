from functions.async_enricher import BatchedClickEnricher
from functions.bedrock_tagger import BedrockProductTagger
from functions.chat_summarizer import ChatSessionSummarizer
from functions.click_enrichment import ClickIntentMap, FireworksIntentMap, RoutedIntentMap
from functions.embedding_flatmap import ChunkEmbedder
from functions.escalation import EscalationDetector
from functions.moderation_filter import ModerationFilter

__all__ = [
    "BatchedClickEnricher",
    "BedrockProductTagger",
    "ChatSessionSummarizer",
    "ChunkEmbedder",
    "ClickIntentMap",
    "EscalationDetector",
    "FireworksIntentMap",
    "ModerationFilter",
    "RoutedIntentMap",
]
