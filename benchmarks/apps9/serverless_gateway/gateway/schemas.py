"""Request/response models for the OpenAI-compatible surface."""
from __future__ import annotations

import time
import uuid
from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, Field


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool"]
    content: Union[str, List[Dict[str, Any]], None] = None
    name: Optional[str] = None
    tool_call_id: Optional[str] = None
    tool_calls: Optional[List[Dict[str, Any]]] = None


class ChatRequest(BaseModel):
    model: str
    messages: List[ChatMessage]
    max_tokens: Optional[int] = Field(default=None, ge=1, le=32768)
    temperature: Optional[float] = Field(default=None, ge=0.0, le=2.0)
    top_p: Optional[float] = None
    stop: Optional[Union[str, List[str]]] = None
    stream: bool = False
    tools: Optional[List[Dict[str, Any]]] = None
    tool_choice: Optional[Union[str, Dict[str, Any]]] = None
    user: Optional[str] = None
    # gateway-specific
    fallback: bool = True
    cache: bool = False

    def message_dicts(self) -> List[Dict[str, Any]]:
        return [m.model_dump(exclude_none=True) for m in self.messages]

    def sampling_kwargs(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for key in ("max_tokens", "temperature", "top_p", "stop", "tools", "tool_choice"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


class CompletionRequest(BaseModel):
    model: str
    prompt: Union[str, List[str]]
    max_tokens: int = 256
    temperature: float = 0.0
    stop: Optional[Union[str, List[str]]] = None


class EmbeddingRequest(BaseModel):
    model: str
    input: Union[str, List[str]]
    encoding_format: Literal["float", "base64"] = "float"

    def inputs(self) -> List[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


class RerankRequest(BaseModel):
    model: str = "Salesforce/Llama-Rank-V1"
    query: str
    documents: List[str]
    top_n: Optional[int] = None


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ProviderResult(BaseModel):
    """What every provider adapter hands back to the routes."""

    provider: str
    model: str
    text: str
    finish_reason: Optional[str] = None
    tool_calls: Optional[List[Dict[str, Any]]] = None
    usage: Usage = Field(default_factory=Usage)
    latency_ms: int = 0
    raw_headers: Dict[str, str] = Field(default_factory=dict)


def completion(
    *,
    model: str,
    text: str,
    usage: Usage,
    finish_reason: Optional[str] = "stop",
    tool_calls: Optional[List[Dict[str, Any]]] = None,
) -> Dict[str, Any]:
    """Render a ``chat.completion`` object in OpenAI wire format."""
    message: Dict[str, Any] = {"role": "assistant", "content": text}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": usage.model_dump(),
    }


def completion_chunk(*, chunk_id: str, model: str, delta: str, finish_reason: Optional[str] = None) -> Dict[str, Any]:
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": {"content": delta}, "finish_reason": finish_reason}],
    }
