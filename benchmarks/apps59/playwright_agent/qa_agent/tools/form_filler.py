"""Generate plausible (and deliberately nasty) values for forms.

Uses a Llama model on Fireworks because it is cheap and fast enough for
bulk form data; images for upload fields come from OpenAI.
"""
from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path
from typing import Any

from openai import OpenAI
from playwright.async_api import Page

from qa_agent.config import get_settings
from qa_agent.llm import get_fireworks_client, get_openai_client

logger = logging.getLogger(__name__)

FIELD_QUERY = """() => Array.from(document.querySelectorAll('input, textarea, select'))
  .filter(el => el.offsetParent !== null && el.type !== 'hidden')
  .map(el => ({name: el.name || el.id, type: el.type || el.tagName.toLowerCase(),
               label: (el.labels && el.labels[0] && el.labels[0].innerText) || el.placeholder || '',
               required: el.required}))"""


class FormFiller:
    def __init__(self, client: OpenAI | None = None, model: str | None = None, adversarial: bool = False) -> None:
        self.client = client or get_fireworks_client()
        self.model = model or get_settings().form_model
        self.adversarial = adversarial
        self._openai = get_openai_client()

    async def describe_fields(self, page: Page) -> list[dict[str, Any]]:
        return await page.evaluate(FIELD_QUERY)

    def propose_values(self, fields: list[dict[str, Any]], context: str = "") -> dict[str, str]:
        style = (
            "Use edge cases: very long strings, unicode, SQL/HTML injection, boundary numbers."
            if self.adversarial
            else "Use realistic, valid values."
        )
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": f"You generate test data for web forms. {style} Reply with a JSON object name->value."},
                {"role": "user", "content": f"Page context: {context}\nFields:\n{json.dumps(fields, indent=2)}"},
            ],
            response_format={"type": "json_object"},
            temperature=0.9 if self.adversarial else 0.3,
            max_tokens=800,
        )
        try:
            values = json.loads(completion.choices[0].message.content or "{}")
        except json.JSONDecodeError:
            logger.warning("form model returned junk, leaving fields empty")
            return {}
        return {str(k): str(v) for k, v in values.items()}

    def is_safe_to_submit(self, values: dict[str, str]) -> bool:
        """Don't post anything offensive into a shared staging environment."""
        mod = self._openai.moderations.create(
            model="omni-moderation-latest",
            input="\n".join(values.values()),
        )
        return not any(r.flagged for r in mod.results)

    def avatar_image(self, out_dir: Path, description: str = "a friendly cartoon avatar") -> Path:
        img = self._openai.images.generate(
            model="gpt-image-1",
            prompt=description,
            size="1024x1024",
            n=1,
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / "avatar.png"
        path.write_bytes(base64.b64decode(img.data[0].b64_json))
        return path

    async def fill_page(self, page: Page, context: str = "") -> dict[str, str]:
        fields = await self.describe_fields(page)
        values = self.propose_values(fields, context)
        if self.adversarial and not self.is_safe_to_submit(values):
            logger.info("adversarial values flagged by moderation, regenerating in safe mode")
            self.adversarial = False
            values = self.propose_values(fields, context)
        for f in fields:
            name = f["name"]
            if not name or name not in values:
                continue
            if f["type"] == "file":
                await page.set_input_files(f"[name='{name}']", str(self.avatar_image(get_settings().artifacts_dir)))
            elif f["type"] == "select-one":
                await page.select_option(f"[name='{name}']", label=values[name])
            elif f["type"] == "checkbox":
                if values[name].lower() in {"true", "yes", "1"}:
                    await page.check(f"[name='{name}']")
            else:
                await page.fill(f"[name='{name}']", values[name])
        return values


def quick_value(label: str) -> str:
    """Old helper kept for the CSV importer script; single field, no context."""
    client = OpenAI(
        api_key=os.environ["FIREWORKS_API_KEY"],
        base_url="https://api.fireworks.ai/inference/v1",
    )
    out = client.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        prompt=f"A realistic example value for a form field labelled '{label}':",
        max_tokens=20,
        temperature=0.5,
    )
    return out.choices[0].text.strip().strip('"')
