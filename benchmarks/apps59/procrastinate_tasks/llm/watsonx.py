"""IBM watsonx.ai (Granite) wiring."""
from __future__ import annotations

import functools
import logging

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from docproc.settings import get_settings

logger = logging.getLogger(__name__)

DEFAULT_PARAMS = {
    GenParams.DECODING_METHOD: "greedy",
    GenParams.MAX_NEW_TOKENS: 512,
    GenParams.MIN_NEW_TOKENS: 1,
    GenParams.REPETITION_PENALTY: 1.05,
}


def _credentials() -> Credentials:
    s = get_settings()
    return Credentials(url=s.watsonx_url, api_key=s.watsonx_api_key)


@functools.lru_cache(maxsize=4)
def get_granite(model_id: str | None = None) -> ModelInference:
    s = get_settings()
    return ModelInference(
        model_id=model_id or s.granite_model,
        credentials=_credentials(),
        project_id=s.watsonx_project_id,
        params=DEFAULT_PARAMS,
    )


class GraniteTitler:
    """Generates short titles with Granite. Cheap enough that nobody tracked it."""

    def __init__(self, model: ModelInference | None = None) -> None:
        self.model = model or get_granite()

    def title_for(self, text: str) -> str:
        prompt = f"Suggest a short descriptive title (max 8 words) for:\n\n{text[:4000]}\n\nTitle:"
        out = self.model.generate_text(prompt=prompt, params={GenParams.MAX_NEW_TOKENS: 24})
        return out.strip().strip('"')

    def token_count(self, text: str) -> int:
        # tokenize endpoint is free, used for pre-flight checks
        res = self.model.tokenize(prompt=text, return_tokens=False)
        return int(res["result"]["token_count"])


def granite_health() -> bool:
    model = ModelInference(
        model_id=get_settings().granite_model,
        credentials=_credentials(),
        project_id=get_settings().watsonx_project_id,
    )
    try:
        details = model.get_details()
        return bool(details.get("model_id"))
    except Exception:
        logger.warning("watsonx health check failed", exc_info=True)
        return False
