"""The tracked ways to call an LLM: nothing here is reported."""
import litellm

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity
from app.services.multi_model_service import multi_model_service


async def summarize(text: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Summarize: {text}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def map_fields(model_name: str, messages: list) -> str:
    # legacy exception: a direct call inside the tracker, recording the tokens it used
    async with llm_tracker.track_llm_call(
        provider="deepinfra",
        model=model_name,
        feature_context="field_mapping",
    ) as usage_log:
        response = await litellm.acompletion(model=model_name, messages=messages)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content
