from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, EmbeddingResult, StreamDelta

__all__ = ["BaseProvider", "ChatParams", "CompletionResult", "EmbeddingResult", "StreamDelta"]
