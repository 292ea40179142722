from apis.chat_stream import ChatStreamAPI, CohereStreamRAGAPI, StreamingRAGAPI
from apis.embed import CohereEmbedAPI, EmbeddingAPI
from apis.grader import GradeAPI, GradeExplainAPI
from apis.moderation import ModerationAPI
from apis.quick import ModelsAPI, QuickAnswerAPI, TokenEstimateAPI
from apis.rag import RAGAPI
from apis.rerank import RerankAPI

__all__ = [
    "RAGAPI",
    "ChatStreamAPI",
    "StreamingRAGAPI",
    "CohereStreamRAGAPI",
    "EmbeddingAPI",
    "CohereEmbedAPI",
    "GradeAPI",
    "GradeExplainAPI",
    "ModerationAPI",
    "QuickAnswerAPI",
    "TokenEstimateAPI",
    "ModelsAPI",
    "RerankAPI",
]
