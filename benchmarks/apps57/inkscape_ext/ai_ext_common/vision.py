"""Describe a rendered PNG of the selection with a vision-capable model."""

import base64
import subprocess
import tempfile
from pathlib import Path

from google.genai import types

from . import clients
from .prompts import DESCRIBE_SYSTEM


def render_selection_png(svg_path, ids, dpi=96):
    """Use the inkscape CLI to export the selected objects to a PNG."""
    out = Path(tempfile.mkdtemp(prefix="ai_describe_")) / "selection.png"
    cmd = [
        "inkscape", str(svg_path),
        "--export-type=png",
        f"--export-filename={out}",
        f"--export-dpi={dpi}",
        "--export-id-only",
        "--export-id=" + ";".join(ids),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return out.read_bytes()


def _b64(png):
    return base64.b64encode(png).decode("ascii")


class Describer:
    """Holds one client; the provider is chosen by the extension."""

    def __init__(self, provider, model, max_words=60):
        self.provider = provider
        self.model = model
        self.max_words = max_words
        if provider == "anthropic":
            self.client = clients.get_anthropic_client()
        elif provider == "google":
            self.client = clients.get_genai_client()
        elif provider == "openrouter":
            self.client = clients.get_openrouter_client()
        else:
            self.client = clients.get_openai_client()

    @property
    def system(self):
        return DESCRIBE_SYSTEM.format(max_words=self.max_words)

    def describe(self, png, hint=""):
        question = "Describe this illustration." + (f" Context: {hint}" if hint else "")
        if self.provider == "anthropic":
            return self._describe_anthropic(png, question)
        if self.provider == "google":
            return self._describe_gemini(png, question)
        return self._describe_openai(png, question)

    def _describe_openai(self, png, question):
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=300,
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": [
                    {"type": "text", "text": question},
                    {"type": "image_url",
                     "image_url": {"url": "data:image/png;base64," + _b64(png)}},
                ]},
            ],
        )
        return resp.choices[0].message.content.strip()

    def _describe_anthropic(self, png, question):
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=300,
            system=self.system,
            messages=[{
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64",
                                                 "media_type": "image/png",
                                                 "data": _b64(png)}},
                    {"type": "text", "text": question},
                ],
            }],
        )
        return msg.content[0].text.strip()

    def _describe_gemini(self, png, question):
        resp = self.client.models.generate_content(
            model=self.model,
            contents=[types.Part.from_bytes(data=png, mime_type="image/png"),
                      question],
            config=types.GenerateContentConfig(system_instruction=self.system),
        )
        return resp.text.strip()
