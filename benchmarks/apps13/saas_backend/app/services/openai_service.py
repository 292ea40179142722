"""Original Azure OpenAI wrapper from the first AI sprint.

Most callers have moved to ``ai_clients`` + feature services; what's left
here is used by document tagging, workspace cover images and the
``/documents/{id}/translate`` endpoint. Please don't add new methods.
"""
import logging
import time
from typing import List, Optional

import httpx
from openai import APIError, AzureOpenAI, RateLimitError

from app.core.config import settings

logger = logging.getLogger(__name__)


class OpenAIService:
    def __init__(self):
        self.client = AzureOpenAI(
            api_key=settings.AZURE_OPENAI_API_KEY,
            api_version=settings.AZURE_OPENAI_API_VERSION,
            azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        )
        self.deployment = settings.AZURE_OPENAI_CHAT_DEPLOYMENT

    def chat(self, prompt: str, system: Optional[str] = None, temperature: float = 0.3) -> str:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        for attempt in range(3):
            try:
                response = self.client.chat.completions.create(
                    model=self.deployment,
                    messages=messages,
                    temperature=temperature,
                )
                return response.choices[0].message.content
            except RateLimitError:
                wait = 2 ** attempt
                logger.warning("Azure OpenAI rate limited, retrying in %ss", wait)
                time.sleep(wait)
            except APIError as e:
                # content filter errors come back as 400s; the raw endpoint
                # returns the filter details so we can show them in the UI
                if getattr(e, "code", None) == "content_filter":
                    return self._raw_chat(messages, temperature)
                raise
        raise RuntimeError("Azure OpenAI still rate limited after 3 attempts")

    def _raw_chat(self, messages: list, temperature: float) -> str:
        url = (
            f"{settings.AZURE_OPENAI_ENDPOINT.rstrip('/')}/openai/deployments/"
            f"{self.deployment}/chat/completions"
        )
        resp = httpx.post(
            url,
            params={"api-version": settings.AZURE_OPENAI_API_VERSION},
            headers={"api-key": settings.AZURE_OPENAI_API_KEY},
            json={"messages": messages, "temperature": temperature},
            timeout=60,
        )
        body = resp.json()
        if resp.status_code == 400:
            filters = body.get("error", {}).get("innererror", {}).get("content_filter_result", {})
            blocked = [k for k, v in filters.items() if v.get("filtered")]
            raise ValueError("Blocked by content filter: " + ", ".join(blocked))
        resp.raise_for_status()
        return body["choices"][0]["message"]["content"]

    def get_embeddings(self, texts: List[str]) -> List[List[float]]:
        response = self.client.embeddings.create(
            input=texts, model=settings.AZURE_OPENAI_EMBEDDING_DEPLOYMENT
        )
        return [item.embedding for item in response.data]

    def tag_document(self, title: str, body: str, allowed_tags: List[str]) -> List[str]:
        answer = self.chat(
            f"Title: {title}\n\n{body[:6000]}\n\nPick up to 3 tags from: {', '.join(allowed_tags)}. "
            "Answer with a comma separated list only.",
            temperature=0,
        )
        tags = [t.strip().lower() for t in (answer or "").split(",")]
        return [t for t in tags if t in allowed_tags]

    def generate_cover_image(self, workspace_name: str, theme: str) -> str:
        result = self.client.images.generate(
            model=settings.AZURE_OPENAI_IMAGE_DEPLOYMENT,
            prompt=(
                f"Abstract, minimal banner illustration for a workspace called '{workspace_name}'. "
                f"Theme: {theme}. Soft gradients, no text, no logos."
            ),
            size="1792x1024",
            quality="standard",
            n=1,
        )
        return result.data[0].url


openai_service = OpenAIService()
