"""catalog-ml: ad-hoc commands for the catalogue ML team."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys

import click

from llmkit.clients import bedrock_runtime, get_hf_inference
from llmkit.hub import Provider, get_hub
from llmkit.services import chat
from llmkit.services.multi_model_service import TaskComplexity, multi_model_service

from catalog import captions, descriptions, translation
from catalog.models import load_products, make_session_factory

logger = logging.getLogger("catalog_ml")


def _session():
    dsn = os.environ.get("CATALOG_DB_DSN")
    if not dsn:
        raise click.UsageError("CATALOG_DB_DSN is not set")
    return make_session_factory(dsn)()


def _product(tenant: str, sku: str):
    with _session() as session:
        for product in load_products(session, tenant):
            if product.sku == sku:
                return product
    raise click.ClickException(f"unknown sku {sku} for tenant {tenant}")


@click.group()
@click.option("-v", "--verbose", is_flag=True)
def cli(verbose: bool) -> None:
    """Catalogue ML tools."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(levelname)s %(message)s")


@cli.group()
def describe() -> None:
    """Product descriptions."""


@describe.command("one")
@click.option("--tenant", required=True)
@click.option("--sku", required=True)
@click.option("--method", type=click.Choice(sorted(descriptions.DESCRIBERS)), default="tracked")
def describe_one(tenant: str, sku: str, method: str) -> None:
    click.echo(descriptions.DESCRIBERS[method](_product(tenant, sku)))


@describe.command("title")
@click.option("--tenant", required=True)
@click.option("--sku", required=True)
@click.option("--provider", type=click.Choice([p.value for p in Provider]), default=Provider.FIREWORKS.value)
def describe_title(tenant: str, sku: str, provider: str) -> None:
    click.echo(descriptions.rewrite_title(_product(tenant, sku), Provider(provider)))


@describe.command("preview")
@click.option("--tenant", required=True)
@click.argument("prompt")
def describe_preview(tenant: str, prompt: str) -> None:
    """Run a free-form prompt through the tracked service."""
    response = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="describe_preview",
            complexity=TaskComplexity.MODERATE,
            tenant_id=tenant,
        )
    )
    click.echo(response.text)
    click.echo(f"[{response.provider}/{response.model}: {response.input_tokens}+{response.output_tokens} tokens]", err=True)


@cli.group()
def caption() -> None:
    """Image captions and alt text."""


@caption.command("alt-text")
@click.argument("image_url")
@click.option("--engine", type=click.Choice(["azure", "gemini", "blip", "replicate", "qwen-vl"]), default="azure")
def caption_alt_text(image_url: str, engine: str) -> None:
    if engine == "azure":
        click.echo(captions.caption_azure(image_url))
    elif engine == "gemini":
        click.echo(captions.caption_gemini(image_url))
    elif engine == "blip":
        click.echo(captions.BlipCaptioner().caption(image_url))
    elif engine == "replicate":
        click.echo(captions.caption_replicate(image_url))
    else:
        out = get_hf_inference().chat_completion(
            model="Qwen/Qwen2.5-VL-7B-Instruct",
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": captions.ALT_TEXT_PROMPT},
                        {"type": "image_url", "image_url": {"url": image_url}},
                    ],
                }
            ],
            max_tokens=80,
        )
        click.echo(out.choices[0].message.content)


@cli.group()
def translate() -> None:
    """Translation of product copy."""


@translate.command("text")
@click.argument("text")
@click.option("--locale", type=click.Choice(sorted(translation.LANGUAGE_NAMES)), required=True)
@click.option("--engine", type=click.Choice(["mistral", "qwen", "opus"]), default="mistral")
@click.option("--review/--no-review", default=False)
def translate_text(text: str, locale: str, engine: str, review: bool) -> None:
    if engine == "mistral":
        result = translation.translate_mistral(text, locale)
    elif engine == "qwen":
        result = translation.translate_qwen(text, locale)
    else:
        result = translation.OpusTranslator().translate(text, locale)
    click.echo(result)
    if review and not translation.review_translation(text, result, locale):
        click.echo("review: FAIL", err=True)
        sys.exit(2)


@cli.group()
def llm() -> None:
    """Provider diagnostics."""


@llm.command("ping")
def llm_ping() -> None:
    """List models on each hub provider to check credentials."""
    hub = get_hub()
    for name in hub.names():
        try:
            models = hub[name].models.list()
            count = len(list(models))
            click.echo(f"{name:10s} ok ({count} models)")
        except Exception as exc:
            click.echo(f"{name:10s} FAILED: {exc}")


@llm.command("ask")
@click.option("--tenant", default="internal")
@click.argument("question")
def llm_ask(tenant: str, question: str) -> None:
    click.echo(asyncio.run(chat(question, tenant_id=tenant)))


@llm.command("stream")
@click.option("--model-id", default="anthropic.claude-3-5-haiku-20241022-v1:0")
@click.argument("prompt")
def llm_stream(model_id: str, prompt: str) -> None:
    """Stream a Bedrock answer to the terminal."""
    response = bedrock_runtime().converse_stream(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 1024},
    )
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            click.echo(event["contentBlockDelta"]["delta"].get("text", ""), nl=False)
        elif "metadata" in event:
            click.echo("\n" + json.dumps(event["metadata"]["usage"]), err=True)


if __name__ == "__main__":
    cli()
