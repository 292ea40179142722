"""`summarise` and `summarise-tracked` (new-style commands, use pass_app)."""
from __future__ import annotations

import asyncio
import sys

import click

from datalingo.cache import make_key
from datalingo.utils import run_parallel
from datalingo.context import AppContext, pass_app
from datalingo.io import RecordWriter, get_field, load_records
from datalingo.pipelines.summary import summarise_document
from datalingo.prompts import SUMMARY_SYSTEM, render
from datalingo.services.llm_usage_tracker import llm_tracker
from datalingo.services.multi_model_service import TaskComplexity, multi_model_service


@click.command()
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--field", "-f", "field_name", required=True)
@click.option("--max-words", default=80, show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--limit", type=int, default=None)
@click.option("--model", default=None)
@click.option("--stream", "stream_first", is_flag=True, help="Stream the first summary to the terminal (debugging prompts).")
@click.option("--via-provider", is_flag=True, help="Use the --provider abstraction instead of Claude map-reduce.")
@pass_app
def summarise(app: AppContext, input_path, field_name, max_words, output, limit, model, stream_first, via_provider):
    """Summarise a text field of every record."""
    records = load_records(input_path, limit=limit)
    model = model or app.settings.anthropic_model
    client = app.clients.anthropic

    if stream_first and records:
        text = str(get_field(records[0], field_name) or "")
        with client.messages.stream(
            model=model,
            max_tokens=1024,
            system=render(SUMMARY_SYSTEM, max_words=max_words),
            messages=[{"role": "user", "content": text}],
        ) as stream:
            for piece in stream.text_stream:
                click.echo(piece, nl=False)
        click.echo()
        return

    if via_provider:
        provider = app.provider
        system = render(SUMMARY_SYSTEM, max_words=max_words)

        def work(rec):
            text = str(get_field(rec, field_name) or "")
            completion = provider.complete(text, system, max_tokens=max_words * 3)
            return {**rec, "summary": completion.text, "summary_model": completion.model}
    else:
        def work(rec):
            text = str(get_field(rec, field_name) or "")
            if not text.strip():
                return {**rec, "summary": ""}
            key = make_key("summary", model, max_words, text)
            summary = app.cache.get_or_compute(
                key, lambda: summarise_document(client, text, max_words=max_words, model=model)
            )
            return {**rec, "summary": summary}

    results = run_parallel(work, records, max_workers=app.settings.max_workers, label="summarising")
    with RecordWriter(output) as writer:
        writer.write_all(r for r in results if r is not None)


@click.command("summarise-one")
@click.argument("text", required=False)
@click.option("--max-words", default=60)
@pass_app
def summarise_one(app: AppContext, text, max_words):
    """Summarise TEXT (or stdin) - handy in shell pipelines."""
    text = text or sys.stdin.read()
    message = app.clients.anthropic.messages.create(
        model=app.settings.anthropic_model,
        max_tokens=max_words * 3,
        system=render(SUMMARY_SYSTEM, max_words=max_words),
        messages=[{"role": "user", "content": text}],
    )
    click.echo(message.content[0].text)


async def _tracked_summaries(app: AppContext, texts: list[str], max_words: int) -> list[str]:
    system = render(SUMMARY_SYSTEM, max_words=max_words)
    return await asyncio.gather(
        *(
            multi_model_service.generate_response(
                prompt=t,
                task_type="dataset_summary",
                complexity=TaskComplexity.SIMPLE,
                system=system,
            )
            for t in texts
        )
    )


async def _tracked_claude(app: AppContext, text: str, max_words: int) -> str:
    """For the --long path we still want Claude directly (200k context), but tracked."""
    client = app.clients.anthropic
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=app.settings.anthropic_model,
        feature_context="dataset_summary_long",
    ) as usage_log:
        message = await asyncio.to_thread(
            client.messages.create,
            model=app.settings.anthropic_model,
            max_tokens=max_words * 3,
            system=render(SUMMARY_SYSTEM, max_words=max_words),
            messages=[{"role": "user", "content": text}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text


@click.command("summarise-tracked")
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--field", "-f", "field_name", required=True)
@click.option("--max-words", default=80)
@click.option("--long", "long_docs", is_flag=True, help="Documents are very long: use Claude.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@pass_app
def summarise_tracked(app: AppContext, input_path, field_name, max_words, long_docs, output):
    """Summarise with usage tracking (what the FinOps team wants everyone to use)."""
    records = load_records(input_path)
    texts = [str(get_field(r, field_name) or "") for r in records]

    if long_docs:
        async def run_all():
            return [await _tracked_claude(app, t, max_words) for t in texts]

        summaries = asyncio.run(run_all())
    else:
        summaries = asyncio.run(_tracked_summaries(app, texts, max_words))

    with RecordWriter(output) as writer:
        for rec, s in zip(records, summaries):
            writer.write({**rec, "summary": s})
