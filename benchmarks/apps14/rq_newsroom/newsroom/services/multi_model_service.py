"""Provider routing with usage tracking built in. Prefer this for new features."""
import asyncio
import enum
import logging

from flask import current_app

from newsroom.ai import clients
from newsroom.services import AIServiceError
from newsroom.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    def _route(self, complexity):
        cfg = current_app.config
        if complexity is TaskComplexity.SIMPLE:
            return "groq", cfg["GROQ_MODEL"]
        if complexity is TaskComplexity.STANDARD:
            return "openai", cfg["OPENAI_CHAT_MODEL"]
        return "anthropic", cfg["ANTHROPIC_MODEL"]

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=800, article_id=None):
        provider, model = self._route(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, article_id=article_id
        ) as usage_log:
            try:
                if provider == "anthropic":
                    kwargs = {"system": system} if system else {}
                    resp = await asyncio.to_thread(
                        clients.anthropic_client().messages.create,
                        model=model,
                        max_tokens=max_tokens,
                        messages=[{"role": "user", "content": prompt}],
                        **kwargs,
                    )
                    usage_log.input_tokens = resp.usage.input_tokens
                    usage_log.output_tokens = resp.usage.output_tokens
                    return "".join(b.text for b in resp.content if b.type == "text")

                client = clients.get_client(provider)
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await asyncio.to_thread(
                    client.chat.completions.create, model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content
            except Exception as exc:
                log.warning("multi_model_service %s/%s failed: %s", provider, model, exc)
                raise AIServiceError(str(exc), provider=provider) from exc


multi_model_service = MultiModelService()
