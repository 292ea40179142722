"""IBM watsonx.ai helpers.

Used for the data-residency tenants (IBM Cloud Frankfurt) and for claims
summaries, where Granite turned out cheaper than GPT-4o at similar quality.
"""
import functools
import logging
from typing import Iterator, List, Optional

from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference, Rerank
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from docintel.core.settings import settings

log = logging.getLogger(__name__)

DEFAULT_GEN_PARAMS = {
    GenParams.DECODING_METHOD: "greedy",
    GenParams.MAX_NEW_TOKENS: 900,
    GenParams.MIN_NEW_TOKENS: 1,
    GenParams.REPETITION_PENALTY: 1.05,
}


@functools.lru_cache(maxsize=1)
def _api_client() -> APIClient:
    credentials = Credentials(url=settings.watsonx_url, api_key=settings.watsonx_api_key)
    return APIClient(credentials, project_id=settings.watsonx_project_id)


def reset_api_client() -> None:
    _api_client.cache_clear()


def build_model_inference(model_id: str, params: Optional[dict] = None) -> ModelInference:
    return ModelInference(
        model_id=model_id,
        api_client=_api_client(),
        project_id=settings.watsonx_project_id,
        params=params or DEFAULT_GEN_PARAMS,
        max_retries=3,
    )


def build_embeddings(model_id: str) -> Embeddings:
    return Embeddings(
        model_id=model_id,
        api_client=_api_client(),
        project_id=settings.watsonx_project_id,
        batch_size=500,
    )


def rerank_passages(query: str, passages: List[str], top_n: int = 8) -> List[dict]:
    """Rerank with the watsonx cross-encoder. Returns [{"index": i, "score": s}, ...]."""
    reranker = Rerank(model_id=settings.watsonx_rerank_model, api_client=_api_client())
    response = reranker.generate(query=query, inputs=passages, params={"truncate_input_tokens": 512, "return_options": {"top_n": top_n}})
    return [{"index": r["index"], "score": r["score"]} for r in response.get("results", [])]


def stream_generate(model_id: str, prompt: str, max_new_tokens: int = 600) -> Iterator[str]:
    model = ModelInference(model_id=model_id, api_client=_api_client(), project_id=settings.watsonx_project_id)
    params = dict(DEFAULT_GEN_PARAMS)
    params[GenParams.MAX_NEW_TOKENS] = max_new_tokens
    for piece in model.generate_text_stream(prompt=prompt, params=params):
        yield piece


def list_chat_models() -> List[str]:
    specs = _api_client().foundation_models.get_chat_model_specs()
    return sorted(r["model_id"] for r in specs.get("resources", []))
