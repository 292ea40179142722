"""Tracked model calls for the analytics jobs: use multi_model_service.generate_response()."""
from analytics.llm_clients import groq_client, together_client
from analytics.usage import llm_tracker


class MultiModelService:
    def generate_response(self, prompt: str, *, feature: str, model: str = "llama-3.3-70b-versatile") -> str:
        with llm_tracker.track_llm_call(feature, model) as usage_log:
            if model.startswith("meta-llama/"):
                completion = together_client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}]
                )
            else:
                completion = groq_client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}]
                )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return completion.choices[0].message.content


multi_model_service = MultiModelService()
