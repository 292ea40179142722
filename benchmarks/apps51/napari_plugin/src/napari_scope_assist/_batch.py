"""Caption every image layer at once with a thread pool."""
from __future__ import annotations

import concurrent.futures as cf
import functools
import logging

from ._image_utils import current_plane, data_url
from ._llm import get_openai_client
from ._llm.ollama_backend import caption_local
from ._prompts import CAPTION_SYSTEM, caption_prompt
from ._settings import get_settings

logger = logging.getLogger(__name__)


def _messages_for(layer, viewer):
    return [
        {"role": "system", "content": CAPTION_SYSTEM},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": caption_prompt(layer.name)},
                {"type": "image_url", "image_url": {"url": data_url(current_plane(layer, viewer))}},
            ],
        },
    ]


def caption_all_layers(viewer, max_workers: int = 4) -> dict[str, str]:
    client = get_openai_client()
    model = get_settings().openai_model
    layers = [l for l in viewer.layers if type(l).__name__ == "Image"]
    results: dict[str, str] = {}
    with cf.ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=model,
                messages=_messages_for(layer, viewer),
                max_tokens=200,
            ): layer.name
            for layer in layers
        }
        for fut in cf.as_completed(futures):
            name = futures[fut]
            try:
                results[name] = fut.result().choices[0].message.content
            except Exception:  # noqa: BLE001
                logger.exception("caption failed for %s", name)
    return results


def caption_all_layers_local(viewer, client) -> dict[str, str]:
    """Same as above for Ollama; sequential because the GPU is the bottleneck."""
    run = functools.partial(caption_local, client, system=CAPTION_SYSTEM)
    out = {}
    for layer in viewer.layers:
        if type(layer).__name__ != "Image":
            continue
        out[layer.name] = run(current_plane(layer, viewer), caption_prompt(layer.name))
    return out
