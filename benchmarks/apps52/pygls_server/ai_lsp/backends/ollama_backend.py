from __future__ import annotations

from ollama import AsyncClient

from ai_lsp.backends.registry import CompletionRequest, CompletionResult
from ai_lsp.constants import DEFAULT_OLLAMA_MODEL


def make_ollama_client(host: str = "http://127.0.0.1:11434") -> AsyncClient:
    return AsyncClient(host=host, timeout=30)


class OllamaBackend:
    name = "ollama"

    def __init__(self, client: AsyncClient, model: str = DEFAULT_OLLAMA_MODEL):
        self.client = client
        self.model = model

    async def complete(self, request: CompletionRequest) -> CompletionResult:
        resp = await self.client.generate(
            model=self.model,
            prompt=request.prefix,
            suffix=request.suffix,
            options={"num_predict": request.max_tokens, "temperature": request.temperature, "stop": request.stop},
            raw=False,
        )
        return CompletionResult(
            text=resp["response"],
            model=self.model,
            input_tokens=resp.get("prompt_eval_count", 0) or 0,
            output_tokens=resp.get("eval_count", 0) or 0,
        )

    async def chat(self, system: str, user: str, *, max_tokens: int = 1024) -> CompletionResult:
        resp = await self.client.chat(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            options={"num_predict": max_tokens},
        )
        return CompletionResult(text=resp["message"]["content"], model=self.model)

    async def installed_models(self) -> list[str]:
        listing = await self.client.list()
        return [m["model"] for m in listing["models"]]
