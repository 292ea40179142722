"""Chat generators used at the end of the QA pipelines.

All generators accept ``messages`` as a list of Haystack ChatMessage and return
``replies`` (list[str]) plus ``meta``. Keep the output sockets identical so the
pipelines can swap generators from config.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

import ollama
from haystack import component
from haystack.dataclasses import ChatMessage, StreamingChunk
from ibm_watsonx_ai.foundation_models import ModelInference

from ragsvc.clients import get_cohere_client, get_async_cohere_client, get_hf_client, get_mistral_client, get_ollama_client, get_watsonx_credentials
from ragsvc.config import get_settings

logger = logging.getLogger(__name__)


def to_provider_messages(messages: list[ChatMessage]) -> list[dict[str, str]]:
    out = []
    for msg in messages:
        out.append({"role": msg.role.value, "content": msg.text or ""})
    return out


@component
class MistralChatGenerator:
    def __init__(
        self,
        model: str = "mistral-large-latest",
        temperature: float = 0.3,
        max_tokens: int = 800,
        streaming_callback: Callable[[StreamingChunk], None] | None = None,
    ) -> None:
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.streaming_callback = streaming_callback
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = get_mistral_client()

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage], generation_kwargs: dict[str, Any] | None = None):
        kwargs = {"temperature": self.temperature, "max_tokens": self.max_tokens, **(generation_kwargs or {})}
        payload = to_provider_messages(messages)

        if self.streaming_callback is not None:
            return self._run_streaming(payload, kwargs)

        res = self._client.chat.complete(model=self.model, messages=payload, **kwargs)
        choice = res.choices[0]
        meta = {
            "model": res.model,
            "finish_reason": choice.finish_reason,
            "usage": {"prompt_tokens": res.usage.prompt_tokens, "completion_tokens": res.usage.completion_tokens},
        }
        return {"replies": [choice.message.content], "meta": [meta]}

    def _run_streaming(self, payload: list[dict[str, str]], kwargs: dict[str, Any]):
        pieces: list[str] = []
        stream = self._client.chat.stream(model=self.model, messages=payload, **kwargs)
        with stream as events:
            for event in events:
                delta = event.data.choices[0].delta.content or ""
                if delta:
                    pieces.append(delta)
                    self.streaming_callback(StreamingChunk(content=delta, meta={"model": self.model}))
        return {"replies": ["".join(pieces)], "meta": [{"model": self.model, "streamed": True}]}


@component
class CohereChatGenerator:
    def __init__(self, model: str = "command-r-plus-08-2024", temperature: float = 0.3):
        self.model = model
        self.temperature = temperature
        self._client = None
        self._async_client = None

    def warm_up(self) -> None:
        self._client = get_cohere_client()
        self._async_client = get_async_cohere_client()

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage], documents: list[dict[str, Any]] | None = None):
        payload = to_provider_messages(messages)
        resp = self._client.chat(
            model=self.model,
            messages=payload,
            temperature=self.temperature,
            documents=documents,
        )
        reply = "".join(part.text for part in resp.message.content if part.type == "text")
        usage = resp.usage.billed_units if resp.usage else None
        meta = {
            "model": self.model,
            "finish_reason": resp.finish_reason,
            "input_tokens": getattr(usage, "input_tokens", None),
            "output_tokens": getattr(usage, "output_tokens", None),
            "citations": [c.dict() for c in (resp.message.citations or [])],
        }
        return {"replies": [reply], "meta": [meta]}

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    async def run_async(self, messages: list[ChatMessage], documents: list[dict[str, Any]] | None = None):
        payload = to_provider_messages(messages)
        resp = await self._async_client.chat(model=self.model, messages=payload, temperature=self.temperature, documents=documents)
        reply = "".join(part.text for part in resp.message.content if part.type == "text")
        return {"replies": [reply], "meta": [{"model": self.model, "finish_reason": resp.finish_reason}]}


@component
class WatsonxChatGenerator:
    """Granite on watsonx.ai. Used by internal_docs (data must stay in IBM Cloud)."""

    def __init__(
        self,
        model_id: str = "ibm/granite-3-8b-instruct",
        project_id: str | None = None,
        max_new_tokens: int = 700,
        use_chat_api: bool = True,
    ) -> None:
        self.model_id = model_id
        self.project_id = project_id
        self.max_new_tokens = max_new_tokens
        self.use_chat_api = use_chat_api
        self._model: ModelInference | None = None

    def warm_up(self) -> None:
        if self._model is not None:
            return
        self._model = ModelInference(
            model_id=self.model_id,
            credentials=get_watsonx_credentials(),
            project_id=self.project_id or get_settings().watsonx_project_id,
        )

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage]):
        if not self.use_chat_api:
            # Older granite deployments only expose text generation.
            prompt = "\n\n".join(f"<|{m.role.value}|>\n{m.text}" for m in messages) + "\n<|assistant|>\n"
            text = self._model.generate_text(prompt=prompt, params={"max_new_tokens": self.max_new_tokens, "decoding_method": "greedy"})
            return {"replies": [text], "meta": [{"model": self.model_id, "api": "generation"}]}

        resp = self._model.chat(
            messages=to_provider_messages(messages),
            params={"max_tokens": self.max_new_tokens, "temperature": 0.2},
        )
        choice = resp["choices"][0]
        return {
            "replies": [choice["message"]["content"]],
            "meta": [{"model": self.model_id, "usage": resp.get("usage", {}), "finish_reason": choice.get("finish_reason")}],
        }

    def stream(self, messages: list[ChatMessage]):
        """Generator used by the SSE endpoint (not a pipeline socket)."""
        for chunk in self._model.chat_stream(messages=to_provider_messages(messages), params={"max_tokens": self.max_new_tokens}):
            if chunk.get("choices"):
                yield chunk["choices"][0]["delta"].get("content", "")


@component
class OllamaGenerator:
    """Plain prompt -> completion against a local Ollama (no chat template)."""

    def __init__(self, model: str = "llama3.1:8b", url: str = "http://localhost:11434", num_ctx: int = 8192):
        self.model = model
        self.url = url
        self.num_ctx = num_ctx
        self._client: ollama.Client | None = None

    def warm_up(self) -> None:
        self._client = ollama.Client(host=self.url)

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, prompt: str):
        resp = self._client.generate(model=self.model, prompt=prompt, options={"num_ctx": self.num_ctx, "temperature": 0.1})
        meta = {"model": self.model, "prompt_eval_count": resp.prompt_eval_count, "eval_count": resp.eval_count}
        return {"replies": [resp.response], "meta": [meta]}


@component
class OllamaChatGenerator:
    def __init__(self, model: str = "llama3.1:8b", url: str | None = None, keep_alive: str = "10m"):
        self.model = model
        self.url = url
        self.keep_alive = keep_alive
        self._client = None

    def warm_up(self) -> None:
        self._client = get_ollama_client(self.url)

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage]):
        resp = self._client.chat(model=self.model, messages=to_provider_messages(messages), keep_alive=self.keep_alive)
        return {"replies": [resp.message.content], "meta": [{"model": self.model, "eval_count": resp.eval_count}]}


@component
class HFInferenceGenerator:
    """Open-weights models via HF Inference Providers."""

    def __init__(self, model: str = "meta-llama/Llama-3.3-70B-Instruct", max_tokens: int = 700, mode: str = "chat"):
        self.model = model
        self.max_tokens = max_tokens
        self.mode = mode
        self._client = None

    def warm_up(self) -> None:
        self._client = get_hf_client(self.model)

    @component.output_types(replies=list[str], meta=list[dict[str, Any]])
    def run(self, messages: list[ChatMessage]):
        if self.mode == "text":
            prompt = "\n".join(m.text or "" for m in messages)
            out = self._client.text_generation(prompt, max_new_tokens=self.max_tokens, details=True)
            return {"replies": [out.generated_text], "meta": [{"model": self.model, "generated_tokens": out.details.generated_tokens}]}

        out = self._client.chat_completion(messages=to_provider_messages(messages), max_tokens=self.max_tokens)
        usage = out.usage
        return {
            "replies": [out.choices[0].message.content],
            "meta": [{"model": self.model, "prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens}],
        }
