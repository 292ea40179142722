"""Image captions and alt text for product photos."""

from __future__ import annotations

import logging
from typing import ClassVar

import replicate
from huggingface_hub import InferenceClient
from vertexai.generative_models import Part

from llmkit.clients import get_azure_openai, get_hf_inference
from llmkit.config import get_settings
from llmkit.retry import RetryingCall
from llmkit.vertex import gemini_model

logger = logging.getLogger(__name__)

ALT_TEXT_PROMPT = (
    "Write alt text for an e-commerce product photo: one sentence, at most 125 characters, "
    "describe the product, colour and setting; do not start with 'Image of'."
)
BLIP_REF = "salesforce/blip:2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746"

_vision_chat = RetryingCall(get_azure_openai().chat.completions.create, attempts=4, name="azure-vision")


def caption_gemini(image_uri: str, mime_type: str = "image/jpeg") -> str:
    with gemini_model("gemini-1.5-flash-002", system_instruction=ALT_TEXT_PROMPT) as model:
        response = model.generate_content(
            [Part.from_uri(image_uri, mime_type=mime_type), "Write the alt text for this photo."]
        )
    return response.text.strip()


class BlipCaptioner:
    """Short literal captions, used as a cheap first pass before alt-text rewriting."""

    client: ClassVar[InferenceClient] = get_hf_inference()
    model_id: ClassVar[str] = "Salesforce/blip-image-captioning-large"

    def caption(self, image_url: str) -> str:
        output = self.client.image_to_text(image_url, model=self.model_id)
        return output.generated_text.strip()


def caption_replicate(image_url: str) -> str:
    output = replicate.run(BLIP_REF, input={"image": image_url, "task": "image_captioning"})
    return str(output).removeprefix("Caption:").strip()


def caption_azure(image_url: str, locale: str = "en-GB") -> str:
    response = _vision_chat(
        model=get_settings().azure_vision_deployment,
        messages=[
            {"role": "system", "content": f"{ALT_TEXT_PROMPT} Answer in the language of locale {locale}."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Alt text for this product photo:"},
                    {"type": "image_url", "image_url": {"url": image_url, "detail": "low"}},
                ],
            },
        ],
        max_tokens=80,
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
