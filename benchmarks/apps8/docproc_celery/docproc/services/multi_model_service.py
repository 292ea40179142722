"""Single entry point for tracked text generation.

Routes a prompt to a provider/model based on task complexity and records token
usage through ``llm_tracker``.
"""
import enum
import logging
from typing import Optional

from docproc.clients import get_async_anthropic_client, get_async_openai_client
from docproc.services.llm_usage_tracker import llm_tracker
from docproc.settings import settings

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", settings.openai_chat_model),
    TaskComplexity.STANDARD: ("anthropic", settings.anthropic_fast_model),
    TaskComplexity.AGENTIC: ("anthropic", settings.anthropic_model),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        matter_id: Optional[int] = None,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, matter_id=matter_id
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            kwargs = {"system": system} if system else {}
            msg = await get_async_anthropic_client().messages.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(block.text for block in msg.content if block.type == "text")


multi_model_service = MultiModelService()
