"""Explain the plot currently on screen using a vision-capable model."""
from __future__ import annotations

import base64
import logging

from google.genai import types

from assistant.config import get_settings
from assistant.data.plots import PlotSpec, figure_png
from assistant.llm import get_genai_client, get_openai_client
from assistant.llm.prompts import EXPLAIN_PLOT, SYSTEM_ANALYST, render

log = logging.getLogger(__name__)


def _prompt(spec: PlotSpec, max_words: int) -> str:
    x_label, y_label = spec.axis_labels()
    return render(
        EXPLAIN_PLOT,
        kind=spec.kind,
        title=spec.title or "untitled",
        x_label=x_label,
        y_label=y_label,
        max_words=max_words,
    )


def explain_with_openai(fig, spec: PlotSpec, max_words: int = 180) -> str:
    settings = get_settings()
    png_b64 = base64.b64encode(figure_png(fig)).decode("ascii")
    client = get_openai_client()
    response = client.chat.completions.create(
        model=settings.openai_vision_model,
        messages=[
            {"role": "system", "content": SYSTEM_ANALYST},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": _prompt(spec, max_words)},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{png_b64}"}},
                ],
            },
        ],
        max_tokens=600,
    )
    return response.choices[0].message.content or ""


def explain_with_gemini(fig, spec: PlotSpec, max_words: int = 180) -> str:
    settings = get_settings()
    image = types.Part.from_bytes(data=figure_png(fig), mime_type="image/png")
    result = get_genai_client().models.generate_content(
        model=settings.gemini_model,
        contents=[image, _prompt(spec, max_words)],
        config=types.GenerateContentConfig(system_instruction=SYSTEM_ANALYST, temperature=0.3),
    )
    return result.text or ""


EXPLAINERS = {
    "openai": explain_with_openai,
    "gemini": explain_with_gemini,
}


def explain(fig, spec: PlotSpec, provider: str = "openai") -> str:
    fn = EXPLAINERS.get(provider)
    if fn is None:
        log.warning("no vision explainer for %s, falling back to openai", provider)
        fn = explain_with_openai
    return fn(fig, spec)
