"""Single entry point for text generation with usage tracking.

New code should call ``multi_model_service.generate_response`` instead of
talking to an SDK directly.  Only text + optional single image is supported
for now; image generation still lives in the image plug-in (see TODO there).
"""
import enum
import logging

from .clients import get_anthropic_client, get_genai_client, get_openai_client
from .imageio import b64
from .llm_usage_tracker import llm_tracker
from .settings import get_settings

log = logging.getLogger("ai_common.multi_model")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    VISION = "vision"
    AGENTIC = "agentic"


ROUTES = {
    ("caption", TaskComplexity.VISION): ("anthropic", "claude-3-5-sonnet-latest"),
    ("alt_text", TaskComplexity.VISION): ("google", "gemini-2.0-flash"),
    ("palette", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("layer_name", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
}


class MultiModelService:
    def route(self, task_type, complexity):
        return ROUTES.get((task_type, complexity), ("openai", get_settings().palette_model))

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                image_png=None, system=None, max_tokens=512):
        provider, model = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                content = [{"type": "text", "text": prompt}]
                if image_png is not None:
                    content.insert(0, {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": b64(image_png)},
                    })
                kwargs = {"system": system} if system else {}
                msg = get_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": content}],
                    **kwargs,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            if provider == "google":
                from google.genai import types

                parts = [prompt]
                if image_png is not None:
                    parts.insert(0, types.Part.from_bytes(data=image_png, mime_type="image/png"))
                resp = await get_genai_client().aio.models.generate_content(
                    model=model,
                    contents=parts,
                    config=types.GenerateContentConfig(
                        system_instruction=system, max_output_tokens=max_tokens
                    ),
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
                return resp.text or ""

            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            if image_png is not None:
                messages.append({"role": "user", "content": [
                    {"type": "text", "text": prompt},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64," + b64(image_png)}},
                ]})
            else:
                messages.append({"role": "user", "content": prompt})
            completion = get_openai_client().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content or ""


multi_model_service = MultiModelService()
