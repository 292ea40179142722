from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChatMessage(_message.Message):
    __slots__ = ("role", "content")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    role: str
    content: str
    def __init__(self, role: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class Usage(_message.Message):
    __slots__ = ("input_tokens", "output_tokens")
    INPUT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    input_tokens: int
    output_tokens: int
    def __init__(self, input_tokens: _Optional[int] = ..., output_tokens: _Optional[int] = ...) -> None: ...

class CompletionRequest(_message.Message):
    __slots__ = ("provider", "model", "messages", "system", "max_tokens", "temperature", "tenant_id", "feature", "metadata", "json_mode", "reasoning")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    FEATURE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    JSON_MODE_FIELD_NUMBER: _ClassVar[int]
    REASONING_FIELD_NUMBER: _ClassVar[int]
    provider: str
    model: str
    messages: _containers.RepeatedCompositeFieldContainer[ChatMessage]
    system: str
    max_tokens: int
    temperature: float
    tenant_id: str
    feature: str
    metadata: _containers.ScalarMap[str, str]
    json_mode: bool
    reasoning: bool
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[ChatMessage, _Mapping]]] = ..., system: _Optional[str] = ..., max_tokens: _Optional[int] = ..., temperature: _Optional[float] = ..., tenant_id: _Optional[str] = ..., feature: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., json_mode: _Optional[bool] = ..., reasoning: _Optional[bool] = ...) -> None: ...

class Citation(_message.Message):
    __slots__ = ("url", "title")
    URL_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    url: str
    title: str
    def __init__(self, url: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class CompletionResponse(_message.Message):
    __slots__ = ("text", "model", "provider", "usage", "finish_reason", "citations", "request_id")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    CITATIONS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    text: str
    model: str
    provider: str
    usage: Usage
    finish_reason: str
    citations: _containers.RepeatedCompositeFieldContainer[Citation]
    request_id: str
    def __init__(self, text: _Optional[str] = ..., model: _Optional[str] = ..., provider: _Optional[str] = ..., usage: _Optional[_Union[Usage, _Mapping]] = ..., finish_reason: _Optional[str] = ..., citations: _Optional[_Iterable[_Union[Citation, _Mapping]]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CompletionChunk(_message.Message):
    __slots__ = ("delta", "done", "usage")
    DELTA_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    delta: str
    done: bool
    usage: Usage
    def __init__(self, delta: _Optional[str] = ..., done: _Optional[bool] = ..., usage: _Optional[_Union[Usage, _Mapping]] = ...) -> None: ...

class EmbedRequest(_message.Message):
    __slots__ = ("provider", "model", "inputs", "tenant_id", "dimensions")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    DIMENSIONS_FIELD_NUMBER: _ClassVar[int]
    provider: str
    model: str
    inputs: _containers.RepeatedScalarFieldContainer[str]
    tenant_id: str
    dimensions: int
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., inputs: _Optional[_Iterable[str]] = ..., tenant_id: _Optional[str] = ..., dimensions: _Optional[int] = ...) -> None: ...

class Embedding(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class EmbedResponse(_message.Message):
    __slots__ = ("embeddings", "model", "usage")
    EMBEDDINGS_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    embeddings: _containers.RepeatedCompositeFieldContainer[Embedding]
    model: str
    usage: Usage
    def __init__(self, embeddings: _Optional[_Iterable[_Union[Embedding, _Mapping]]] = ..., model: _Optional[str] = ..., usage: _Optional[_Union[Usage, _Mapping]] = ...) -> None: ...

class ImageRequest(_message.Message):
    __slots__ = ("provider", "prompt", "size", "tenant_id")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    provider: str
    prompt: str
    size: str
    tenant_id: str
    def __init__(self, provider: _Optional[str] = ..., prompt: _Optional[str] = ..., size: _Optional[str] = ..., tenant_id: _Optional[str] = ...) -> None: ...

class ImageResponse(_message.Message):
    __slots__ = ("url", "storage_key", "revised_prompt")
    URL_FIELD_NUMBER: _ClassVar[int]
    STORAGE_KEY_FIELD_NUMBER: _ClassVar[int]
    REVISED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    url: str
    storage_key: str
    revised_prompt: str
    def __init__(self, url: _Optional[str] = ..., storage_key: _Optional[str] = ..., revised_prompt: _Optional[str] = ...) -> None: ...

class TranscribeRequest(_message.Message):
    __slots__ = ("audio", "filename", "language", "tenant_id")
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    audio: bytes
    filename: str
    language: str
    tenant_id: str
    def __init__(self, audio: _Optional[bytes] = ..., filename: _Optional[str] = ..., language: _Optional[str] = ..., tenant_id: _Optional[str] = ...) -> None: ...

class TranscribeResponse(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class SummarizeRequest(_message.Message):
    __slots__ = ("document", "style", "max_words", "tenant_id")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    MAX_WORDS_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    document: str
    style: str
    max_words: int
    tenant_id: str
    def __init__(self, document: _Optional[str] = ..., style: _Optional[str] = ..., max_words: _Optional[int] = ..., tenant_id: _Optional[str] = ...) -> None: ...

class SummarizeResponse(_message.Message):
    __slots__ = ("summary", "usage")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    USAGE_FIELD_NUMBER: _ClassVar[int]
    summary: str
    usage: Usage
    def __init__(self, summary: _Optional[str] = ..., usage: _Optional[_Union[Usage, _Mapping]] = ...) -> None: ...

class CountTokensResponse(_message.Message):
    __slots__ = ("input_tokens",)
    INPUT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    input_tokens: int
    def __init__(self, input_tokens: _Optional[int] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ("provider",)
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    provider: str
    def __init__(self, provider: _Optional[str] = ...) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, models: _Optional[_Iterable[str]] = ...) -> None: ...

class ResearchRequest(_message.Message):
    __slots__ = ("query", "recency", "domains", "tenant_id", "deep")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    RECENCY_FIELD_NUMBER: _ClassVar[int]
    DOMAINS_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    DEEP_FIELD_NUMBER: _ClassVar[int]
    query: str
    recency: str
    domains: _containers.RepeatedScalarFieldContainer[str]
    tenant_id: str
    deep: bool
    def __init__(self, query: _Optional[str] = ..., recency: _Optional[str] = ..., domains: _Optional[_Iterable[str]] = ..., tenant_id: _Optional[str] = ..., deep: _Optional[bool] = ...) -> None: ...

class BatchSubmitRequest(_message.Message):
    __slots__ = ("provider", "model", "items", "tenant_id", "callback_url")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_URL_FIELD_NUMBER: _ClassVar[int]
    provider: str
    model: str
    items: _containers.RepeatedCompositeFieldContainer[CompletionRequest]
    tenant_id: str
    callback_url: str
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., items: _Optional[_Iterable[_Union[CompletionRequest, _Mapping]]] = ..., tenant_id: _Optional[str] = ..., callback_url: _Optional[str] = ...) -> None: ...

class BatchSubmitResponse(_message.Message):
    __slots__ = ("batch_id", "status")
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    batch_id: str
    status: str
    def __init__(self, batch_id: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class BatchStatusRequest(_message.Message):
    __slots__ = ("provider", "batch_id")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    provider: str
    batch_id: str
    def __init__(self, provider: _Optional[str] = ..., batch_id: _Optional[str] = ...) -> None: ...

class BatchStatusResponse(_message.Message):
    __slots__ = ("batch_id", "status", "succeeded", "failed")
    BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUCCEEDED_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    batch_id: str
    status: str
    succeeded: int
    failed: int
    def __init__(self, batch_id: _Optional[str] = ..., status: _Optional[str] = ..., succeeded: _Optional[int] = ..., failed: _Optional[int] = ...) -> None: ...
