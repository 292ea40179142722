from docai_models.providers.anthropic_provider import (
    bedrock_model_id,
    build_anthropic_client,
    build_async_anthropic,
)
from docai_models.providers.cohere_provider import (
    EMBED_MODEL,
    RERANK_MODEL,
    build_async_cohere,
    build_cohere_client,
)
from docai_models.providers.mistral_provider import build_mistral_client, run_ocr, upload_for_ocr
from docai_models.providers.openai_provider import (
    LLAMA_70B,
    FireworksClientFactory,
    build_async_azure_client,
    build_openai_client,
    get_default_openai,
    moderate,
)
from docai_models.providers.registry import ProviderRegistry
from docai_models.providers.watsonx_provider import (
    GRANITE_INSTRUCT,
    build_api_client,
    build_embeddings,
    build_model_inference,
)

__all__ = [
    "EMBED_MODEL",
    "GRANITE_INSTRUCT",
    "LLAMA_70B",
    "RERANK_MODEL",
    "FireworksClientFactory",
    "ProviderRegistry",
    "bedrock_model_id",
    "build_anthropic_client",
    "build_api_client",
    "build_async_anthropic",
    "build_async_azure_client",
    "build_async_cohere",
    "build_cohere_client",
    "build_embeddings",
    "build_mistral_client",
    "build_model_inference",
    "build_openai_client",
    "get_default_openai",
    "moderate",
    "run_ocr",
    "upload_for_ocr",
]
