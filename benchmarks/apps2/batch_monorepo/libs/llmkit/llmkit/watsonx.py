"""IBM watsonx.ai foundation model access (Granite models)."""

from __future__ import annotations

from functools import lru_cache

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from llmkit.config import get_settings

DEFAULT_GRANITE = "ibm/granite-3-8b-instruct"


@lru_cache(maxsize=4)
def granite(model_id: str = DEFAULT_GRANITE) -> ModelInference:
    settings = get_settings()
    return ModelInference(
        model_id=model_id,
        credentials=Credentials(url=settings.watsonx_url, api_key=settings.watsonx_api_key),
        project_id=settings.watsonx_project_id,
        params={GenParams.MAX_NEW_TOKENS: 300, GenParams.TEMPERATURE: 0.1},
    )
