from __future__ import annotations

import asyncio
from pathlib import Path

import click
import replicate

from opskit.context import OpsContext
from prompts.builders import status_card_prompt

DIAGRAM_MODEL = "black-forest-labs/flux-schnell"
UPSCALE_MODEL = "nightmareai/real-esrgan:f121d640bd286e1fdc67f9799164c1d5be36ff74576ee11c803ae5b665dd46aa"


@click.group(name="images")
def group() -> None:
    """Image generation for status pages and slides."""


def _save(output, dest: Path) -> Path:
    item = output[0] if isinstance(output, list) else output
    dest.write_bytes(item.read())
    return dest


@group.command("card")
@click.argument("service")
@click.option("--state", type=click.Choice(["operational", "degraded", "outage"]), default="operational")
@click.option("--out", type=click.Path(path_type=Path), default=Path("card.webp"))
def card(service: str, state: str, out: Path) -> None:
    """Render a status card for SERVICE."""
    output = replicate.run(
        DIAGRAM_MODEL,
        input={"prompt": status_card_prompt(service, state), "aspect_ratio": "16:9", "output_format": "webp"},
    )
    click.echo(str(_save(output, out)))


@group.command("upscale")
@click.argument("image", type=click.Path(exists=True, path_type=Path))
@click.option("--scale", default=2, show_default=True)
@click.pass_obj
def upscale(ops: OpsContext, image: Path, scale: int) -> None:
    """Upscale an existing screenshot for slides."""
    with image.open("rb") as fh:
        output = ops.replicate.run(UPSCALE_MODEL, input={"image": fh, "scale": scale})
    click.echo(str(_save(output, image.with_name(f"{image.stem}@{scale}x.png"))))


async def _variants(prompt: str, n: int) -> list:
    jobs = [
        replicate.async_run(DIAGRAM_MODEL, input={"prompt": prompt, "seed": seed, "output_format": "png"})
        for seed in range(n)
    ]
    return await asyncio.gather(*jobs)


@group.command("variants")
@click.argument("service")
@click.option("-n", default=4, show_default=True)
@click.option("--state", default="degraded")
def variants(service: str, n: int, state: str) -> None:
    """Generate N candidate cards so the comms lead can pick one."""
    outputs = asyncio.run(_variants(status_card_prompt(service, state), n))
    for i, output in enumerate(outputs):
        click.echo(str(_save(output, Path(f"{service}-{i}.png"))))
