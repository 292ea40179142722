"""Tracked entry point for new code.

``multi_model_service.generate_response`` picks a provider by task complexity
and records usage through ``llm_tracker``. New features should go through
here; the older commands still talk to the registry directly (see #41).
"""
import enum

from freecad.aiassist import preferences
from .clients import get_anthropic_client, get_async_openai_client, get_groq_client
from .usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: "groq",
    TaskComplexity.STANDARD: "openai",
    TaskComplexity.AGENTIC: "anthropic",
}


class MultiModelService:
    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.STANDARD,
                                system_prompt=None, max_tokens=None):
        provider = _ROUTES[complexity]
        model = preferences.model_for(provider)
        max_tokens = max_tokens or preferences.max_tokens()
        system_prompt = system_prompt or "You are a helpful CAD assistant for FreeCAD."

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                msg = get_anthropic_client().messages.create(
                    model=model,
                    system=system_prompt,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return msg.content[0].text
            if provider == "groq":
                resp = get_groq_client().chat.completions.create(
                    model=model,
                    messages=[
                        {"role": "system", "content": system_prompt},
                        {"role": "user", "content": prompt},
                    ],
                )
            else:
                resp = await get_async_openai_client().chat.completions.create(
                    model=model,
                    messages=[
                        {"role": "system", "content": system_prompt},
                        {"role": "user", "content": prompt},
                    ],
                    max_tokens=max_tokens,
                )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
