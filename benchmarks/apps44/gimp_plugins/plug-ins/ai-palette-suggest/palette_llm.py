"""Ask a model for a palette; several providers because people kept asking."""
import asyncio
import json
import logging

from ai_common import clients, legacy_hf
from ai_common.colors import PaletteParseError, parse_palette_json
from ai_common.multi_model_service import TaskComplexity, multi_model_service
from ai_common.prompts import PALETTE_FROM_IMAGE_PROMPT, PALETTE_PROMPT

log = logging.getLogger("ai-palette-suggest.llm")

PALETTE_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "colors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "hex": {"type": "string"}},
                "required": ["name", "hex"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["name", "colors"],
    "additionalProperties": False,
}


def suggest_openai(client, theme, count=6, model="gpt-4o-mini"):
    completion = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You are a colour designer."},
            {"role": "user", "content": PALETTE_PROMPT.format(count=count, theme=theme)},
        ],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "palette", "schema": PALETTE_SCHEMA, "strict": True},
        },
        temperature=0.8,
    )
    return parse_palette_json(completion.choices[0].message.content)


def suggest_huggingface(theme, count=6, model=None):
    prompt = PALETTE_PROMPT.format(count=count, theme=theme)
    try:
        hf = clients.get_hf_client()
    except ImportError:
        log.info("huggingface_hub missing, using legacy HTTP helper")
        return parse_palette_json(legacy_hf.hf_chat_raw(prompt, model=model))
    out = hf.chat_completion(
        messages=[{"role": "user", "content": prompt}],
        model=model or clients.get_settings().hf_chat_model,
        max_tokens=400,
        temperature=0.7,
    )
    return parse_palette_json(out.choices[0].message.content)


def suggest_from_image(png_bytes, count=6, style="flat illustration", model="gemini-2.0-flash",
                       on_progress=None):
    """Palette that matches the current image, streamed so the dialog can show progress."""
    from google.genai import types

    client = clients.get_genai_client()
    pieces = []
    for chunk in client.models.generate_content_stream(
        model=model,
        contents=[
            types.Part.from_bytes(data=png_bytes, mime_type="image/png"),
            PALETTE_FROM_IMAGE_PROMPT.format(count=count, style=style),
        ],
        config=types.GenerateContentConfig(response_mime_type="application/json"),
    ):
        if chunk.text:
            pieces.append(chunk.text)
            if on_progress:
                on_progress(len(pieces))
    return parse_palette_json("".join(pieces))


def suggest_tracked(theme, count=6):
    """Preferred path: goes through the tracked multi-model service."""
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt=PALETTE_PROMPT.format(count=count, theme=theme),
            task_type="palette",
            complexity=TaskComplexity.SIMPLE,
            system="You are a colour designer. Answer with JSON only.",
        )
    )
    return parse_palette_json(text)


def suggest(provider, theme, count=6, **kwargs):
    if provider == "tracked":
        return suggest_tracked(theme, count)
    if provider == "openai":
        return suggest_openai(clients.get_openai_client(), theme, count, **kwargs)
    if provider == "huggingface":
        return suggest_huggingface(theme, count, **kwargs)
    raise ValueError(provider)


def retry_on_parse_error(func, *args, attempts=2, **kwargs):
    last = None
    for _ in range(attempts):
        try:
            return func(*args, **kwargs)
        except PaletteParseError as exc:
            last = exc
            log.info("bad palette JSON, retrying: %s", exc)
    raise last


def palette_to_json(name, colors):
    return json.dumps({"name": name, "colors": [{"name": n, "hex": h} for n, h in colors]})
