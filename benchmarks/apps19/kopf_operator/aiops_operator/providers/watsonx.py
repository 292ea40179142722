"""IBM watsonx.ai adapter.

Unlike the other adapters this one builds its own ``ModelInference`` objects
(one per model id) from the shared ``APIClient``, because ModelInference is
bound to a single model.
"""
from __future__ import annotations

import logging
import threading

from ibm_watsonx_ai import APIClient
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from aiops_operator.providers.base import Completion, CompletionRequest, ProviderAdapter

logger = logging.getLogger(__name__)

DEFAULT_EMBED_MODEL = "ibm/slate-125m-english-rtrvr-v2"


class WatsonxAdapter(ProviderAdapter):
    name = "watsonx"

    def __init__(self, api_client: APIClient, project_id: str):
        self._api_client = api_client
        self._project_id = project_id
        self._models: dict[str, ModelInference] = {}
        self._lock = threading.Lock()

    def _model(self, model_id: str) -> ModelInference:
        with self._lock:
            model = self._models.get(model_id)
            if model is None:
                model = ModelInference(
                    model_id=model_id,
                    api_client=self._api_client,
                    project_id=self._project_id,
                )
                self._models[model_id] = model
            return model

    def complete(self, request: CompletionRequest) -> Completion:
        model = self._model(request.model)
        resp = model.chat(
            messages=request.openai_messages(),
            params={"max_tokens": request.max_tokens, "temperature": request.temperature},
        )
        choice = resp["choices"][0]
        usage = resp.get("usage", {})
        return Completion(
            text=choice["message"].get("content", ""),
            model=request.model,
            input_tokens=usage.get("prompt_tokens", 0),
            output_tokens=usage.get("completion_tokens", 0),
            finish_reason=choice.get("finish_reason"),
            raw=resp,
        )

    async def acomplete(self, request: CompletionRequest) -> Completion:
        resp = await self._model(request.model).achat(
            messages=request.openai_messages(),
            params={"max_tokens": request.max_tokens},
        )
        choice = resp["choices"][0]
        return Completion(text=choice["message"].get("content", ""), model=request.model, raw=resp)

    def generate_legacy(self, model_id: str, prompt: str, max_new_tokens: int = 400) -> str:
        """Old text-generation endpoint; granite-13b prompts in older PromptJobs rely on it."""
        params = {
            GenParams.DECODING_METHOD: "greedy",
            GenParams.MAX_NEW_TOKENS: max_new_tokens,
            GenParams.REPETITION_PENALTY: 1.05,
        }
        return self._model(model_id).generate_text(prompt=prompt, params=params)

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        embeddings = Embeddings(
            model_id=model or DEFAULT_EMBED_MODEL,
            api_client=self._api_client,
            project_id=self._project_id,
        )
        return embeddings.embed_documents(texts=texts)

    def estimate_tokens(self, request: CompletionRequest) -> int:
        text = "\n".join(m.content for m in request.messages)
        result = self._model(request.model).tokenize(prompt=text)
        return result["result"]["token_count"]
