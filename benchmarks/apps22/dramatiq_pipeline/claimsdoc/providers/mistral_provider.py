from __future__ import annotations

from dataclasses import dataclass

from mistralai import Mistral

from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings


@dataclass
class OcrPage:
    index: int
    markdown: str


@register("mistral")
class MistralProvider(BaseProvider):
    supports_json = True

    def __init__(self) -> None:
        self._mistral = Mistral(api_key=settings.mistral_api_key)

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self._mistral.chat.complete(
            model=settings.mistral_chat_model,
            messages=messages,
            max_tokens=max_tokens,
            response_format={"type": "json_object"} if json_mode else None,
        )
        choice = resp.choices[0]
        return Completion(choice.message.content, resp.model, resp.usage.prompt_tokens,
                          resp.usage.completion_tokens, resp)

    def upload_for_ocr(self, filename: str, content: bytes) -> str:
        uploaded = self._mistral.files.upload(
            file={"file_name": filename, "content": content}, purpose="ocr"
        )
        signed = self._mistral.files.get_signed_url(file_id=uploaded.id)
        return signed.url

    def ocr(self, document_url: str) -> list[OcrPage]:
        resp = self._mistral.ocr.process(
            model=settings.mistral_ocr_model,
            document={"type": "document_url", "document_url": document_url},
            include_image_base64=False,
        )
        return [OcrPage(index=p.index, markdown=p.markdown) for p in resp.pages]
