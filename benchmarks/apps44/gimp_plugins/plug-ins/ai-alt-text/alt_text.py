"""Alt text generation with Gemini (google-genai)."""
import concurrent.futures
import io
import logging

from google.genai import types

from ai_common import get_genai_client, get_settings
from ai_common.prompts import ALT_TEXT_PROMPT

log = logging.getLogger("ai-alt-text")

INLINE_LIMIT = 15 * 1024 * 1024  # inline request limit is ~20MB, keep margin


class AltTextGenerator:
    def __init__(self, client=None, model=None, max_chars=250):
        self.client = client or get_genai_client()
        self.model = model or get_settings().alt_text_model
        self.max_chars = max_chars

    def _config(self):
        return types.GenerateContentConfig(
            temperature=0.1,
            max_output_tokens=200,
            safety_settings=[
                types.SafetySetting(
                    category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
                    threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
                )
            ],
        )

    def _contents(self, png_bytes):
        prompt = ALT_TEXT_PROMPT.format(max_chars=self.max_chars)
        return [types.Part.from_bytes(data=png_bytes, mime_type="image/png"), prompt]

    def estimate_tokens(self, png_bytes):
        result = self.client.models.count_tokens(model=self.model, contents=self._contents(png_bytes))
        return result.total_tokens

    def generate(self, png_bytes):
        if len(png_bytes) > INLINE_LIMIT:
            return self._generate_uploaded(png_bytes)
        response = self.client.models.generate_content(
            model=self.model,
            contents=self._contents(png_bytes),
            config=self._config(),
        )
        return self._clean(response.text)

    def _generate_uploaded(self, png_bytes):
        uploaded = self.client.files.upload(
            file=io.BytesIO(png_bytes),
            config=types.UploadFileConfig(mime_type="image/png", display_name="gimp-alt-text"),
        )
        try:
            response = self.client.models.generate_content(
                model=self.model,
                contents=[uploaded, ALT_TEXT_PROMPT.format(max_chars=self.max_chars)],
                config=self._config(),
            )
        finally:
            self.client.files.delete(name=uploaded.name)
        return self._clean(response.text)

    def generate_many(self, images_png, workers=4):
        """Alt text for several exported images (used by 'All open images')."""
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {
                pool.submit(
                    self.client.models.generate_content,
                    model=self.model,
                    contents=self._contents(png),
                    config=self._config(),
                ): key
                for key, png in images_png.items()
            }
            for future in concurrent.futures.as_completed(futures):
                key = futures[future]
                try:
                    results[key] = self._clean(future.result().text)
                except Exception as exc:
                    log.warning("alt text failed for %s: %s", key, exc)
                    results[key] = None
        return results

    def _clean(self, text):
        text = (text or "").strip().strip('"')
        for prefix in ("Image of ", "An image of ", "A picture of "):
            if text.startswith(prefix):
                text = text[len(prefix):]
                text = text[:1].upper() + text[1:]
        if len(text) > self.max_chars:
            text = text[: self.max_chars - 1].rsplit(" ", 1)[0] + "\u2026"
        return text
