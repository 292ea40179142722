"""IBM watsonx.ai foundation models (Granite chat + Granite Guardian)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.foundation_models.schema import TextChatParameters

from mlserve.config import get_settings
from mlserve.types import ChatResult, EmbeddingResult


def _credentials() -> Credentials:
    settings = get_settings()
    key = settings.secrets.watsonx_apikey
    return Credentials(url=settings.watsonx.url, api_key=key.get_secret_value() if key else None)


@lru_cache(maxsize=8)
def get_model_inference(model_id: str) -> ModelInference:
    settings = get_settings()
    return ModelInference(
        model_id=model_id,
        credentials=_credentials(),
        project_id=settings.watsonx.project_id,
        max_retries=3,
    )


class WatsonxProvider:
    name = "watsonx"

    def __init__(self, model_id: str | None = None) -> None:
        self.model_id = model_id or get_settings().watsonx.chat_model
        self.model = get_model_inference(self.model_id)

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        inference = get_model_inference(model) if model else self.model
        params = TextChatParameters(max_tokens=max_tokens, temperature=temperature)
        resp = inference.chat(messages=list(messages), params=params)
        usage = resp.get("usage", {})
        return ChatResult(
            text=resp["choices"][0]["message"]["content"],
            model=resp.get("model_id", self.model_id),
            provider=self.name,
            input_tokens=usage.get("prompt_tokens", 0),
            output_tokens=usage.get("completion_tokens", 0),
        )

    def generate(self, prompt: str, max_new_tokens: int = 200) -> str:
        return self.model.generate_text(
            prompt=prompt, params={"max_new_tokens": max_new_tokens, "decoding_method": "greedy"}
        )

    def prompt_tokens(self, prompt: str) -> int:
        return self.model.tokenize(prompt=prompt)["result"]["token_count"]


class WatsonxEmbeddings:
    name = "watsonx"

    def __init__(self, model_id: str = "ibm/slate-125m-english-rtrvr-v2") -> None:
        settings = get_settings()
        self.model_id = model_id
        self._emb = Embeddings(
            model_id=model_id, credentials=_credentials(), project_id=settings.watsonx.project_id
        )

    def embed(
        self, texts: Sequence[str], *, model: str | None = None, input_type: str = "document"
    ) -> EmbeddingResult:
        del model, input_type  # slate models are symmetric; model fixed at construction
        return EmbeddingResult(self._emb.embed_documents(texts=list(texts)), self.model_id, self.name)
