"""Single entry point for model calls with usage tracking and provider routing."""
import asyncio
import json
from enum import Enum
from typing import List, Optional

from include.config import settings
from include.llm.clients import (
    get_async_together_client,
    get_bedrock_runtime,
    get_deepseek_client,
)
from include.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("together", settings.together.small_model),
    TaskComplexity.STANDARD: ("deepseek", settings.deepseek.chat_model),
    TaskComplexity.AGENTIC: ("bedrock", settings.bedrock.claude_model_id),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.3,
    ) -> str:
        provider, model = _ROUTES[complexity]
        messages: List[dict] = [{"role": "user", "content": prompt}]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "together":
                client = get_async_together_client()
                chat = [{"role": "system", "content": system}] if system else []
                resp = await client.chat.completions.create(
                    model=model, messages=chat + messages,
                    max_tokens=max_tokens, temperature=temperature,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content
            if provider == "deepseek":
                chat = [{"role": "system", "content": system}] if system else []
                resp = await asyncio.to_thread(
                    get_deepseek_client().chat.completions.create,
                    model=model, messages=chat + messages,
                    max_tokens=max_tokens, temperature=temperature,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content
            kwargs = {
                "modelId": model,
                "messages": [{"role": "user", "content": [{"text": prompt}]}],
                "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
            }
            if system:
                kwargs["system"] = [{"text": system}]
            resp = await asyncio.to_thread(get_bedrock_runtime().converse, **kwargs)
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
            return resp["output"]["message"]["content"][0]["text"]

    async def generate_json(self, prompt: str, **kwargs) -> dict:
        text = await self.generate_response(prompt, **kwargs)
        return json.loads(text.strip().strip("`").removeprefix("json"))


multi_model_service = MultiModelService()
