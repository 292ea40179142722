"""Alt text for images without one."""

from __future__ import annotations

import base64
import logging
import mimetypes
from pathlib import Path
from typing import Optional

from google import genai
from openai import OpenAI

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.utils.markdown import first_heading, iter_images, replace_alt

log = logging.getLogger("mkdocs.plugins.ai_docs.alt_text")


def _data_url(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()


class AltTextWriter:
    """Uses OpenAI vision by default; Gemini when ``alt_text_provider: google``."""

    def __init__(
        self,
        cache: ResponseCache,
        docs_dir: str,
        openai_client: Optional[OpenAI] = None,
        genai_client: Optional[genai.Client] = None,
        model: str = "gpt-4o",
    ) -> None:
        self.cache = cache
        self.docs_dir = Path(docs_dir)
        self.openai_client = openai_client
        self.genai_client = genai_client
        self.model = model

    def process(self, markdown: str, page_src: str) -> str:
        title = first_heading(markdown) or page_src
        # iterate in reverse so offsets stay valid while we rewrite
        for image in reversed(list(iter_images(markdown))):
            if image.alt.strip() or image.src.startswith(("http://", "https://")):
                continue
            path = (self.docs_dir / Path(page_src).parent / image.src).resolve()
            if not path.exists():
                log.warning("alt-text: image not found %s (on %s)", image.src, page_src)
                continue
            key = self.cache.key_for("alt", self.model, path.name, str(path.stat().st_size))
            alt = self.cache.get("alt", key)
            if alt is None:
                alt = self._describe(path, title)
                if not alt:
                    continue
                self.cache.set("alt", key, alt, self.model)
            markdown = replace_alt(markdown, image, alt)
        return markdown

    def _describe(self, path: Path, title: str) -> str:
        prompt = prompts.ALT_TEXT_PROMPT.format(title=title)
        if self.genai_client is not None:
            return self._describe_gemini(path, prompt)
        if self.openai_client is None:
            return ""
        resp = self.openai_client.chat.completions.create(
            model=self.model,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": prompt},
                        {"type": "image_url", "image_url": {"url": _data_url(path), "detail": "low"}},
                    ],
                }
            ],
            max_tokens=80,
        )
        return (resp.choices[0].message.content or "").strip()

    def _describe_gemini(self, path: Path, prompt: str) -> str:
        if path.stat().st_size > 15 * 1024 * 1024:
            # large diagrams go through the Files API first
            uploaded = self.genai_client.files.upload(file=str(path))
            contents = [uploaded, prompt]
        else:
            from google.genai import types

            mime = mimetypes.guess_type(path.name)[0] or "image/png"
            contents = [types.Part.from_bytes(data=path.read_bytes(), mime_type=mime), prompt]
        resp = self.genai_client.models.generate_content(model="gemini-2.0-flash", contents=contents)
        return (resp.text or "").strip()
