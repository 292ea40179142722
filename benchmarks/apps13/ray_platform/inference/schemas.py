from typing import Dict, List, Literal, Optional

from pydantic import BaseModel, Field


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool"]
    content: str


class ChatRequest(BaseModel):
    provider: str = "together"
    model: Optional[str] = None
    messages: List[ChatMessage]
    max_tokens: int = Field(default=512, ge=1, le=8192)
    temperature: float = Field(default=0.2, ge=0.0, le=2.0)
    stream: bool = False
    team: Optional[str] = None

    def as_dicts(self) -> List[Dict[str, str]]:
        return [m.model_dump() for m in self.messages]


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0


class ChatResponse(BaseModel):
    provider: str
    model: str
    content: str
    usage: Usage = Usage()
    finish_reason: Optional[str] = None


class EmbedRequest(BaseModel):
    provider: str = "cohere"
    model: Optional[str] = None
    texts: List[str] = Field(min_length=1, max_length=2048)
    input_type: Literal["search_document", "search_query", "classification", "clustering"] = (
        "search_document"
    )


class EmbedResponse(BaseModel):
    provider: str
    model: str
    embeddings: List[List[float]]


class RerankRequest(BaseModel):
    provider: str = "cohere"
    model: Optional[str] = None
    query: str
    documents: List[str]
    top_n: int = 10


class RerankHit(BaseModel):
    index: int
    score: float


class RerankResponse(BaseModel):
    provider: str
    model: str
    results: List[RerankHit]


class ImageRequest(BaseModel):
    provider: Literal["replicate", "together"] = "replicate"
    model: Optional[str] = None
    prompt: str
    width: int = 1024
    height: int = 1024
    seed: Optional[int] = None


class ImageResponse(BaseModel):
    provider: str
    model: str
    urls: List[str]


class CodeCompletionRequest(BaseModel):
    prompt: str
    suffix: str = ""
    max_tokens: int = 256
