"""The one tracked entry point for model calls (see docs/llm-usage.md)."""
from app.core.clients import bedrock, claude
from app.core.llm import get_llm, get_openai
from app.services.llm_usage_tracker import llm_tracker


class MultiModelService:
    async def generate_response(self, prompt: str, *, feature: str, model: str = "claude-sonnet-4-5",
                                system: str | None = None, max_tokens: int = 1024,
                                tenant_id: str | None = None) -> str:
        async with llm_tracker.track_llm_call(feature, model, tenant_id) as usage_log:
            if model.startswith("claude"):
                msg = await claude.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return msg.content[0].text
            if model.startswith("anthropic."):
                resp = bedrock.converse(
                    modelId=model,
                    messages=[{"role": "user", "content": [{"text": prompt}]}],
                    inferenceConfig={"maxTokens": max_tokens},
                )
                usage_log.input_tokens = resp["usage"]["inputTokens"]
                usage_log.output_tokens = resp["usage"]["outputTokens"]
                return resp["output"]["message"]["content"][0]["text"]
            if model.startswith("gpt"):
                completion = await get_openai().chat.completions.create(
                    model=model,
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = completion.usage.prompt_tokens
                usage_log.output_tokens = completion.usage.completion_tokens
                return completion.choices[0].message.content
            response = await get_llm().acompletion(
                model=model, messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content

    async def embed(self, texts: list[str], *, feature: str) -> list[list[float]]:
        async with llm_tracker.track_llm_call(feature, "text-embedding-3-small") as usage_log:
            result = await get_openai().embeddings.create(model="text-embedding-3-small", input=texts)
            usage_log.input_tokens = result.usage.prompt_tokens
            usage_log.output_tokens = 0
            return [d.embedding for d in result.data]


multi_model_service = MultiModelService()
