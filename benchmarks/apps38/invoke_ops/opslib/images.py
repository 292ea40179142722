"""Release banner images via Replicate."""
from __future__ import annotations

import logging
from pathlib import Path

import requests

from opslib import prompts
from opslib.clients import get_replicate

log = logging.getLogger(__name__)


def generate_banner(version: str, theme: str, model: str, out_dir: Path) -> Path | None:
    client = get_replicate()
    output = client.run(
        model,
        input={
            "prompt": prompts.BANNER_PROMPT.substitute(version=version, theme=theme),
            "aspect_ratio": "16:9",
            "output_format": "png",
        },
    )
    if not output:
        return None
    first = output[0]
    url = first.url if hasattr(first, "url") else str(first)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"banner-{version}.png"
    r = requests.get(url, timeout=60)
    r.raise_for_status()
    path.write_bytes(r.content)
    return path


def start_banner_prediction(version: str, theme: str, model: str, webhook: str) -> str:
    """Fire-and-forget variant used from CI: Replicate calls the webhook when done."""
    prediction = get_replicate().models.predictions.create(
        model=model,
        input={"prompt": prompts.BANNER_PROMPT.substitute(version=version, theme=theme)},
        webhook=webhook,
        webhook_events_filter=["completed"],
    )
    return prediction.id


def banner_model_info(model: str) -> dict:
    m = get_replicate().models.get(model)
    return {"name": m.name, "owner": m.owner, "runs": m.run_count}
