"""IBM watsonx.ai foundation models (used for the EU tenancy only)."""
from __future__ import annotations

from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from docai_models.config import WATSONX_DEFAULT_URL, ProviderSettings, resolve_api_key

GRANITE_INSTRUCT = "ibm/granite-3-8b-instruct"
SLATE_EMBED = "ibm/slate-125m-english-rtrvr-v2"

DEFAULT_GEN_PARAMS = {
    GenParams.DECODING_METHOD: "greedy",
    GenParams.MAX_NEW_TOKENS: 800,
    GenParams.REPETITION_PENALTY: 1.05,
}


def _credentials(settings: ProviderSettings) -> Credentials:
    return Credentials(
        url=settings.endpoint or WATSONX_DEFAULT_URL,
        api_key=resolve_api_key("watsonx", settings.api_key),
    )


def build_api_client(settings: ProviderSettings) -> APIClient:
    client = APIClient(_credentials(settings), project_id=settings.project_id)
    return client


def build_model_inference(settings: ProviderSettings, api_client: APIClient | None = None) -> ModelInference:
    return ModelInference(
        model_id=settings.model or GRANITE_INSTRUCT,
        api_client=api_client or build_api_client(settings),
        params=DEFAULT_GEN_PARAMS,
    )


def build_embeddings(settings: ProviderSettings, api_client: APIClient | None = None) -> Embeddings:
    return Embeddings(
        model_id=settings.extra.get("embed_model", SLATE_EMBED),
        api_client=api_client or build_api_client(settings),
    )


def build_reranker(settings: ProviderSettings, api_client: APIClient | None = None):
    from ibm_watsonx_ai.foundation_models import Rerank

    return Rerank(
        model_id=settings.extra.get("rerank_model", "cross-encoder/ms-marco-minilm-l-12-v2"),
        api_client=api_client or build_api_client(settings),
    )
