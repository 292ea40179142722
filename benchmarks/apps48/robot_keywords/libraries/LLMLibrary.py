"""Core LLM keywords. Other libraries reach this one through
``BuiltIn().get_library_instance("LLMLibrary")`` to reuse its clients."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Optional

from robot.api import logger
from robot.api.deco import keyword, library

from app.services.multi_model_service import TaskComplexity, multi_model_service
from resources import get_anthropic_client, get_openai_client, reset_clients, settings
from resources.registry import get_completer


@library(scope="GLOBAL", auto_keywords=False)
class LLMLibrary:
    """Generic LLM keywords: ask, embed, moderate."""

    ROBOT_LIBRARY_SCOPE = "GLOBAL"
    ROBOT_LIBRARY_VERSION = "2.3.0"

    def __init__(self, default_model: Optional[str] = None, provider: str = "openai") -> None:
        self.client = get_openai_client()
        self.anthropic = get_anthropic_client()
        self.default_model = default_model or settings.openai_model
        self.provider = provider
        self.history: list[dict[str, Any]] = []

    # -- plumbing -------------------------------------------------------------

    def chat(self, messages: list[dict[str, str]], model: Optional[str] = None, **kwargs: Any) -> str:
        """Python API used by the other libraries (not a keyword)."""
        resp = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            **kwargs,
        )
        self.history.append({"model": resp.model, "usage": resp.usage.model_dump() if resp.usage else None})
        return resp.choices[0].message.content or ""

    # -- keywords -------------------------------------------------------------

    @keyword("Ask LLM")
    def ask_llm(self, prompt: str, system: str = "You are a helpful assistant.", model: Optional[str] = None) -> str:
        answer = self.chat(
            [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            model=model,
            temperature=0.2,
        )
        logger.info(f"LLM answer: {answer}")
        return answer

    @keyword("Ask LLM Tracked")
    def ask_llm_tracked(self, prompt: str, task_type: str = "robot_keyword") -> str:
        """Preferred keyword: goes through the tracked multi-model service."""
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt, task_type=task_type, complexity=TaskComplexity.SIMPLE
            )
        )

    @keyword("Ask Provider")
    def ask_provider(self, provider: str, prompt: str, system: str = "Answer briefly.") -> str:
        completer = get_completer(provider)
        return completer(prompt, system)

    @keyword("Ask Claude")
    def ask_claude(self, prompt: str, max_tokens: int = 512) -> str:
        msg = self.anthropic.messages.create(
            model=settings.anthropic_model,
            max_tokens=int(max_tokens),
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text

    @keyword("Get JSON From LLM")
    def get_json_from_llm(self, prompt: str, model: Optional[str] = None) -> Any:
        resp = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=[{"role": "user", "content": prompt}],
            response_format={"type": "json_object"},
        )
        return json.loads(resp.choices[0].message.content or "{}")

    @keyword("Embed Text")
    def embed_text(self, text: str) -> list[float]:
        resp = self.client.embeddings.create(model=settings.openai_embedding_model, input=text)
        return resp.data[0].embedding

    @keyword("Text Should Not Be Flagged By Moderation")
    def text_should_not_be_flagged(self, text: str) -> None:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = result.results[0].flagged
        if flagged:
            cats = [k for k, v in result.results[0].categories.model_dump().items() if v]
            raise AssertionError(f"Moderation flagged text: {', '.join(cats)}")

    @keyword("Stream LLM Answer")
    def stream_llm_answer(self, prompt: str, model: Optional[str] = None) -> str:
        """Streams to the console; useful when debugging long generations locally."""
        parts: list[str] = []
        stream = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
            stream_options={"include_usage": True},
        )
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                parts.append(event.choices[0].delta.content)
                logger.console(event.choices[0].delta.content, newline=False)
        logger.console("")
        return "".join(parts)

    @keyword("Compare Providers")
    def compare_providers(self, prompt: str, *providers: str) -> dict:
        """Runs the same prompt through several providers and logs a table."""
        results: dict[str, str] = {}
        for name in providers or ("openai", "anthropic", "gemini", "mistral"):
            try:
                results[name] = get_completer(name)(prompt, "Answer in one sentence.")
            except Exception as exc:  # keep going, this is a diagnostic keyword
                results[name] = f"ERROR: {exc}"
        rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in results.items())
        logger.info(f"<table>{rows}</table>", html=True)
        return results

    @keyword("Count Prompt Tokens")
    def count_prompt_tokens(self, text: str, model: Optional[str] = None) -> int:
        import tiktoken

        try:
            enc = tiktoken.encoding_for_model(model or self.default_model)
        except KeyError:
            enc = tiktoken.get_encoding("o200k_base")
        return len(enc.encode(text))

    @keyword("Reload LLM Clients")
    def reload_llm_clients(self) -> None:
        reset_clients()
        self.client = get_openai_client()
        self.anthropic = get_anthropic_client()

    @keyword("Log LLM History")
    def log_llm_history(self) -> None:
        for entry in self.history:
            logger.info(json.dumps(entry))
