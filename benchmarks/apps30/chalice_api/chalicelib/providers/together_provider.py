"""Together AI provider (open-weight models)."""
import base64

from chalicelib.clients import get_together_client
from chalicelib.config import settings
from chalicelib.providers.base import Completion, LLMProvider


class TogetherProvider(LLMProvider):
    name = "together"
    default_model = settings.together_model

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        resp = get_together_client().chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=resp.choices[0].message.content,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            stop_reason=str(resp.choices[0].finish_reason),
        )

    def generate_image(self, prompt: str, model: str = "black-forest-labs/FLUX.1-schnell") -> bytes:
        resp = get_together_client().images.generate(
            prompt=prompt,
            model=model,
            steps=4,
            n=1,
            response_format="b64_json",
        )
        return base64.b64decode(resp.data[0].b64_json)
