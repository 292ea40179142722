"""Palette suggestions. Returns a list of (hex, role) tuples."""

import json
import re

from openai import OpenAI

from .clients import OPENROUTER_BASE_URL, get_genai_client, get_openrouter_client
from .prompts import PALETTE_SYSTEM, PALETTE_USER
from .settings import load_settings

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def parse_palette(text):
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text[text.find("{"):]
    data = json.loads(text[text.find("{"): text.rfind("}") + 1])
    colors = []
    for entry in data.get("colors", []):
        hex_ = entry.get("hex", "").strip()
        if HEX.match(hex_):
            colors.append((hex_.lower(), entry.get("role", "")))
    return data.get("name", "AI palette"), colors


def _gemini_palette(user, model):
    resp = get_genai_client().models.generate_content(
        model=model,
        contents=user,
        config={"system_instruction": PALETTE_SYSTEM,
                "response_mime_type": "application/json"},
    )
    return resp.text


def _openrouter_palette(user, model):
    resp = get_openrouter_client().chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": PALETTE_SYSTEM},
                  {"role": "user", "content": user}],
        response_format={"type": "json_object"},
    )
    return resp.choices[0].message.content


def _openai_palette(user, model):
    # kept separate from clients.get_openai_client() because palettes are
    # allowed to use a different (cheaper) project key
    settings = load_settings()
    client = OpenAI(api_key=settings.api_keys.get("openai_palette")
                    or settings.key_for("openai"))
    resp = client.responses.create(
        model=model,
        instructions=PALETTE_SYSTEM,
        input=user,
    )
    return resp.output_text


PALETTE_PROVIDERS = {
    "google": _gemini_palette,
    "openrouter": _openrouter_palette,
    "openai": _openai_palette,
}


def suggest(theme, count=5, provider="google", extra="", model=None):
    settings = load_settings()
    fn = PALETTE_PROVIDERS.get(provider, _gemini_palette)
    user = PALETTE_USER.format(count=count, theme=theme, extra=extra)
    raw = fn(user, settings.model_for(provider, model))
    return parse_palette(raw)


def openrouter_headers():
    """Not a request: just the headers OpenRouter wants, used by scripts."""
    s = load_settings()
    return {"Authorization": f"Bearer {s.key_for('openrouter')}",
            "HTTP-Referer": s.openrouter_referer,
            "X-Title": "Inkscape AI Tools",
            "X-Base": OPENROUTER_BASE_URL}
