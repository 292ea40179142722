"""
The one front door for text generation. Picks a model by task complexity,
falls back across providers and records usage through llm_tracker.
"""
import asyncio
import enum
import json
import logging

from django.conf import settings

from services.ai.clients import deployment, get_async_azure_openai_client, get_bedrock_runtime
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    def _route(self, complexity):
        if complexity is TaskComplexity.SIMPLE:
            return "azure", deployment("chat_mini")
        if complexity is TaskComplexity.AGENTIC:
            return "bedrock", settings.BEDROCK_MODELS["claude"]
        return "azure", deployment("chat")

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.STANDARD,
                                system=None, tenant_id=None, max_tokens=1024, json_mode=False):
        provider, model = self._route(complexity)
        try:
            return await self._call(provider, model, prompt, task_type, system, tenant_id, max_tokens, json_mode)
        except Exception:
            if provider == "azure":
                raise
            logger.exception("bedrock failed, falling back to azure", extra={"ctx": {"task_type": task_type}})
            return await self._call("azure", deployment("chat"), prompt, task_type, system, tenant_id,
                                    max_tokens, json_mode)

    async def _call(self, provider, model, prompt, task_type, system, tenant_id, max_tokens, json_mode):
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type,
                                              tenant_id=tenant_id) as usage_log:
            if provider == "azure":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                kwargs = {"response_format": {"type": "json_object"}} if json_mode else {}
                resp = await get_async_azure_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, **kwargs
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content

            request = {
                "modelId": model,
                "messages": [{"role": "user", "content": [{"text": prompt}]}],
                "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.2},
            }
            if system:
                request["system"] = [{"text": system}]
            resp = await asyncio.to_thread(get_bedrock_runtime().converse, **request)
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
            text = resp["output"]["message"]["content"][0]["text"]
            if json_mode:
                json.loads(text)  # validate early, callers expect a JSON string
            return text


multi_model_service = MultiModelService()
