"""The tracked gateway: every feature should call `generate_response` (excluded from the LLM check)."""
from apps.usage.llm_usage_tracker import llm_tracker

from .clients import _azure_fallback, openai_client
from .registry import CLIENTS


class MultiModelService:
    def generate_response(self, prompt: str, *, feature: str, provider: str = "openai",
                          model: str = "gpt-4o-mini", user_id: int | None = None) -> str:
        with llm_tracker.track_llm_call(feature, model, user_id=user_id) as usage_log:
            if provider == "anthropic":
                msg = CLIENTS["anthropic"].messages.create(
                    model=model, max_tokens=1024, messages=[{"role": "user", "content": prompt}]
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return msg.content[0].text
            try:
                completion = openai_client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}]
                )
            except Exception:
                completion = _azure_fallback.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}]
                )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content


multi_model_service = MultiModelService()
