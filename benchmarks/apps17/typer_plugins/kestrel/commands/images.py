"""`kestrel images` - diagrams and illustrations for docs and slide decks."""
from __future__ import annotations

import base64
import io
from enum import Enum
from pathlib import Path
from typing import Optional

import httpx
import replicate
import typer

from kestrel.config import get_settings
from kestrel.providers.clients import hf_client, together_client, xai_client
from kestrel.storage import upload_artifact

app = typer.Typer(help="Image generation.", no_args_is_help=True)


class Engine(str, Enum):
    replicate = "replicate"
    together = "together"
    hf = "hf"
    grok = "grok"


def _via_replicate(prompt: str, model: str) -> bytes:
    output = replicate.run(model, input={"prompt": prompt, "aspect_ratio": "16:9", "output_format": "png"})
    first = output[0] if isinstance(output, list) else output
    return first.read()


def _via_together(prompt: str) -> bytes:
    resp = together_client().images.generate(
        model="black-forest-labs/FLUX.1-schnell",
        prompt=prompt,
        width=1344,
        height=768,
        steps=4,
        response_format="base64",
    )
    return base64.b64decode(resp.data[0].b64_json)


def _via_hf(prompt: str) -> bytes:
    image = hf_client().text_to_image(prompt, model="stabilityai/stable-diffusion-xl-base-1.0")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _via_grok(prompt: str) -> bytes:
    result = xai_client().image.sample(prompt=prompt, model="grok-2-image", image_format="url")
    return httpx.get(result.url, timeout=30.0).content


@app.command("generate")
def generate(
    prompt: str = typer.Argument(...),
    engine: Engine = typer.Option(Engine.replicate),
    out: Path = typer.Option(Path("image.png"), "--out", "-o"),
    upload: bool = typer.Option(False, help="Also upload to the artefacts bucket"),
    model: Optional[str] = typer.Option(None, help="Replicate model ref"),
) -> None:
    """Generate an image from PROMPT."""
    if engine is Engine.replicate:
        data = _via_replicate(prompt, model or get_settings().providers.image_model)
    elif engine is Engine.together:
        data = _via_together(prompt)
    elif engine is Engine.hf:
        data = _via_hf(prompt)
    else:
        data = _via_grok(prompt)
    out.write_bytes(data)
    typer.echo(f"saved {out} ({len(data) // 1024} KiB)")
    if upload:
        typer.echo(upload_artifact(data, out.name, prefix="images"))
