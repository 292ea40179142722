"""Suggest names for materials using Gemini (cheap and good at JSON)."""

import logging

from . import prompts
from .clients import get_genai_client

log = logging.getLogger(__name__)

BATCH = 20


def _config():
    from .._deps import genai_types

    return genai_types.GenerateContentConfig(
        system_instruction=prompts.MATERIAL_SYSTEM,
        response_mime_type="application/json",
        temperature=0.2,
    )


def suggest_names(client, model, materials):
    """client: a google.genai.Client. Returns {old_name: new_name}."""
    mapping = {}
    for start in range(0, len(materials), BATCH):
        batch = materials[start:start + BATCH]
        response = client.models.generate_content(
            model=model,
            contents=prompts.material_naming_prompt(batch),
            config=_config(),
        )
        try:
            mapping.update(prompts.parse_json_reply(response.text))
        except ValueError:
            log.warning("could not parse material names for batch %d", start // BATCH)
    return mapping


def prompt_size(prefs, materials):
    client = get_genai_client(prefs)
    result = client.models.count_tokens(
        model=prefs.gemini_model,
        contents=prompts.material_naming_prompt(materials),
    )
    return result.total_tokens


async def suggest_names_async(prefs, materials):
    """Used by the batch script, which has its own event loop."""
    client = get_genai_client(prefs)
    response = await client.aio.models.generate_content(
        model=prefs.gemini_model,
        contents=prompts.material_naming_prompt(materials),
        config=_config(),
    )
    return prompts.parse_json_reply(response.text)


def sanitize(name):
    keep = "".join(ch for ch in name if ch.isalnum() or ch == "_")
    if not keep.startswith("M_"):
        keep = "M_" + keep
    return keep[:63]
