"""Command line entry point: `aiops-operator run|smoke|models|render|summarize-events`."""
from __future__ import annotations

import asyncio
import json
import logging
import sys

import click
import kopf

from aiops_operator import clients
from aiops_operator.config import OperatorConfig
from aiops_operator.constants import PROBE_PROMPT

log = logging.getLogger("aiops_operator.cli")

SMOKE_MODELS = {
    "bedrock": "anthropic.claude-3-5-haiku-20241022-v1:0",
    "google": "gemini-2.0-flash-001",
    "litellm": "gpt-4o-mini",
    "mistral": "mistral-small-latest",
    "watsonx": "ibm/granite-3-8b-instruct",
}


@click.group()
@click.option("-v", "--verbose", is_flag=True)
def main(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


@main.command()
@click.option("--namespace", "-n", multiple=True, help="Namespaces to watch (default: all).")
@click.option("--dev", is_flag=True, help="Standalone mode with the webhook auto-tunnel.")
@click.option("--liveness", default="http://0.0.0.0:8080/healthz")
def run(namespace: tuple[str, ...], dev: bool, liveness: str) -> None:
    """Run the operator (what the Deployment's container runs)."""
    import aiops_operator.handlers  # noqa: F401  registers handlers

    if dev:
        import os

        os.environ["AIOPS_DEV"] = "1"
    asyncio.run(
        kopf.operator(
            clusterwide=not namespace,
            namespaces=list(namespace),
            standalone=dev,
            liveness_endpoint=liveness,
        )
    )


@main.command()
@click.option("--provider", "-p", type=click.Choice(sorted(SMOKE_MODELS)), required=True)
@click.option("--model", "-m", default=None)
@click.option("--prompt", default=PROBE_PROMPT)
def smoke(provider: str, model: str | None, prompt: str) -> None:
    """Send one prompt to a provider with the operator's client settings."""
    cfg = OperatorConfig.from_env()
    c = clients.build_all(cfg, only={provider})
    model = model or SMOKE_MODELS[provider]

    if provider == "bedrock":
        resp = c.bedrock.converse(
            modelId=model,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
        )
        click.echo(resp["output"]["message"]["content"][0]["text"])
        click.echo(json.dumps(resp["usage"]), err=True)
    elif provider == "google":
        for chunk in c.genai.models.generate_content_stream(model=model, contents=prompt):
            click.echo(chunk.text or "", nl=False)
        click.echo()
    elif provider == "litellm":
        resp = c.router.completion(model=model, messages=[{"role": "user", "content": prompt}])
        click.echo(resp.choices[0].message.content)
    else:
        # mistral / watsonx go through the adapters so we exercise the same code as the operator
        from aiops_operator.providers import CompletionRequest, MistralAdapter, WatsonxAdapter

        adapter = MistralAdapter(c.mistral) if provider == "mistral" else WatsonxAdapter(c.watsonx, cfg.watsonx_project_id)
        result = adapter.complete(CompletionRequest.from_prompt(model, prompt))
        click.echo(result.text)
        click.echo(f"tokens in={result.input_tokens} out={result.output_tokens}", err=True)


@main.command()
@click.option("--provider", "-p", type=click.Choice(["google", "mistral", "watsonx"]), required=True)
def models(provider: str) -> None:
    """List models available to the operator's credentials."""
    cfg = OperatorConfig.from_env()
    c = clients.build_all(cfg, only={provider})
    if provider == "google":
        for m in c.genai.models.list(config={"page_size": 100}):
            click.echo(m.name)
    elif provider == "mistral":
        for m in c.mistral.models.list().data or []:
            click.echo(m.id)
    else:
        specs = c.watsonx.foundation_models.get_chat_model_specs()
        for r in specs.get("resources", []):
            click.echo(r["model_id"])


@main.command()
@click.argument("template_file", type=click.File())
@click.option("--var", "-V", multiple=True, help="key=value")
def render(template_file, var: tuple[str, ...]) -> None:
    """Render a PromptJob template locally (no model call)."""
    from aiops_operator.utils import PromptTemplate

    variables = dict(v.split("=", 1) for v in var)
    click.echo(PromptTemplate(template_file.read()).render(**variables))


@main.command("summarize-events")
@click.option("--namespace", "-n", required=True)
@click.option("--limit", default=50)
def summarize_events(namespace: str, limit: int) -> None:
    """Summarise recent operator events in a namespace (on-call helper)."""
    from aiops_operator.kube import core_v1
    from aiops_operator import legacy_http as mistral_http

    events = core_v1().list_namespaced_event(namespace, limit=limit)
    lines = [
        f"{e.last_timestamp} {e.involved_object.kind}/{e.involved_object.name}: {e.reason} {e.message}"
        for e in events.items
        if e.source and e.source.component == "kopf"
    ]
    if not lines:
        click.echo("no operator events")
        sys.exit(0)
    click.echo(mistral_http.chat("Summarise these Kubernetes operator events for an on-call engineer:\n" + "\n".join(lines)))


if __name__ == "__main__":
    main()
