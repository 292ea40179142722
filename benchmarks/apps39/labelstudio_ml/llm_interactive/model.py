"""Interactive LLM pre-annotation (prompt edited by the annotator in a TextArea).

Mirrors the upstream "llm_interactive" example but lets the project choose
a provider via the PROVIDER env var or ``provider`` in the model's extra params.
"""
import asyncio
import functools
import logging
import os
from typing import Dict, List, Optional

from label_studio_ml.model import LabelStudioMLBase
from label_studio_ml.response import ModelResponse

from common import get_anthropic_client, get_async_openai_client, get_openai_client, settings
from common.label_config import task_text
from common.multi_model_service import TaskComplexity, multi_model_service
from common.registry import PROVIDERS, get_generator
from llm_interactive.handlers import bind

logger = logging.getLogger(__name__)

PROMPT_FIELD = os.getenv("PROMPT_PREFIX", "prompt")
DEFAULT_PROVIDER = os.getenv("PROVIDER", "openai")
USE_RESPONSES_API = os.getenv("OPENAI_USE_RESPONSES", "false").lower() == "true"


class InteractiveLLM(LabelStudioMLBase):
    def setup(self):
        self.set("model_version", f"interactive-{DEFAULT_PROVIDER}")
        self.provider = self.extra_params.get("provider", DEFAULT_PROVIDER) if hasattr(self, "extra_params") else DEFAULT_PROVIDER

    def _tidy_prompt(self, prompt: str) -> str:
        """Annotators type terse prompts; expand them once and cache."""
        cached = self.get("tidy:" + prompt)
        if cached:
            return cached
        ask = functools.partial(get_anthropic_client().messages.create, model=settings.anthropic_model, max_tokens=300)
        msg = ask(
            system="Rewrite the user's annotation instruction as a clear system prompt. Return only the prompt.",
            messages=[{"role": "user", "content": prompt}],
        )
        tidy = msg.content[0].text.strip()
        self.set("tidy:" + prompt, tidy)
        return tidy

    def _prompt_from_context(self, context: Optional[Dict]) -> str:
        if not context or not context.get("result"):
            return self.get("last_prompt") or ""
        for r in context["result"]:
            if r.get("from_name") == PROMPT_FIELD:
                return "\n".join(r["value"].get("text", []))
        return ""

    def _generate_responses(self, text: str, system: str, max_tokens: int) -> str:
        resp = get_openai_client().responses.create(
            model=settings.openai_model,
            instructions=system,
            input=text,
            max_output_tokens=max_tokens,
        )
        return resp.output_text

    async def _generate_tracked(self, text: str, system: str, max_tokens: int) -> str:
        return await multi_model_service.generate_response(
            prompt=text, task_type="ls_interactive", complexity=TaskComplexity.SIMPLE, system=system, max_tokens=max_tokens
        )

    def _generator(self):
        if self.provider == "tracked":
            return lambda text, system, max_tokens: asyncio.run(self._generate_tracked(text, system, max_tokens))
        if self.provider == "openai" and USE_RESPONSES_API:
            return self._generate_responses
        return get_generator(self.provider)

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        prompt = self._prompt_from_context(context)
        if prompt:
            self.set("last_prompt", prompt)
            if os.getenv("TIDY_PROMPTS", "false").lower() == "true":
                prompt = self._tidy_prompt(prompt)
        generate = self._generator()
        predictions = []
        for control in self.label_interface.controls:
            if control.name == PROMPT_FIELD:
                continue
            try:
                handler = bind(generate, control.tag)
            except KeyError:
                continue
            to_name = control.to_name[0]
            obj = self.label_interface.get_object(to_name)
            for task in tasks:
                text = task_text(task, obj.value_name)
                results = handler(text, prompt, control.name, to_name, list(control.labels or []))
                predictions.append({"result": results, "model_version": self.get("model_version")})
        return ModelResponse(predictions=predictions)

    async def _warm_async(self):
        client = get_async_openai_client()
        stream = await client.chat.completions.create(
            model=settings.openai_model,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
            stream=True,
        )
        async for _ in stream:
            pass

    def warm_up(self):
        """Called from the container healthcheck to pre-open connections."""
        if self.provider == "openai":
            asyncio.run(self._warm_async())
        logger.info("providers available: %s", ", ".join(PROVIDERS))

    def fit(self, event, data, **kwargs):
        logger.debug("interactive backend ignores %s", event)
