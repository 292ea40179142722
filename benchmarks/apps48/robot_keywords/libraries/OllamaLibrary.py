"""Keywords for the local-model suites (offline runners, no vendor keys)."""
from __future__ import annotations

import asyncio

import ollama
from robot.api import logger
from robot.api.deco import keyword, library

from resources.settings import settings


@library(scope="GLOBAL")
class OllamaLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self, host: str | None = None, model: str | None = None) -> None:
        self.host = host or settings.ollama_host
        self.model = model or settings.ollama_model
        self.client = ollama.Client(host=self.host)
        self.async_client = ollama.AsyncClient(host=self.host)

    @keyword("Local Model Should Be Available")
    def local_model_should_be_available(self, model: str | None = None) -> None:
        model = model or self.model
        names = [m.model for m in self.client.list().models]
        if model not in names:
            logger.info(f"Pulling {model} ...")
            self.client.pull(model)

    @keyword("Ask Local Model")
    def ask_local_model(self, prompt: str, temperature: float = 0.0) -> str:
        resp = self.client.chat(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            options={"temperature": float(temperature)},
        )
        return resp.message.content

    @keyword("Ask Local Model In Parallel")
    def ask_local_model_in_parallel(self, *prompts: str) -> list[str]:
        async def run() -> list[str]:
            results = await asyncio.gather(
                *(self.async_client.generate(model=self.model, prompt=p) for p in prompts)
            )
            return [r.response for r in results]

        return asyncio.run(run())

    @keyword("Show Local Model Info")
    def show_local_model_info(self, model: str | None = None) -> dict:
        info = self.client.show(model or self.model)
        return {"family": info.details.family, "parameters": info.details.parameter_size}
