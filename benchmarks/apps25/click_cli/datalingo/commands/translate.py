"""`translate` - the oldest command in the tool (pre-AppContext, still dict-style)."""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import click

from datalingo.cache import make_key
from datalingo.clients import get_async_openai
from datalingo.utils import run_parallel
from datalingo.io import RecordWriter, get_field, load_records
from datalingo.pipelines.translation import Translator, load_glossary
from datalingo.prompts import TRANSLATE_SYSTEM, chat_messages, render

log = logging.getLogger(__name__)


def _translate_text(client, model: str, text: str, target: str) -> str:
    resp = client.chat.completions.create(
        model=model,
        messages=chat_messages(render(TRANSLATE_SYSTEM, target=target), text),
        temperature=0,
    )
    return (resp.choices[0].message.content or "").strip()


@click.command()
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--column", "-c", required=True, help="Field to translate (dotted path for JSONL).")
@click.option("--target", "-t", default="en", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--model", default=None)
@click.option("--glossary", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--limit", type=int, default=None)
@click.option("--detect/--no-detect", default=False, help="Also store the detected source language.")
@click.pass_context
def translate(ctx, input_path, column, target, output, model, glossary, limit, detect):
    """Translate one column of a CSV/JSONL file."""
    settings = ctx.obj["settings"]
    client = ctx.obj["clients"]["openai"]
    model = model or settings.openai_model
    records = load_records(input_path, limit=limit)

    if settings.dry_run:
        click.echo(f"would translate {len(records)} rows of {column!r} to {target} with {model}")
        return

    if glossary:
        translator = Translator(client, model, target, cache=ctx.obj["cache"], glossary=load_glossary(glossary))

        def work(rec):
            result = translator.translate_one(str(get_field(rec, column) or ""))
            out = {**rec, f"{column}_{target}": result.translation}
            if detect:
                out[f"{column}_lang"] = translator.detect_language(result.source)
            return out
    else:
        cache = ctx.obj["cache"]

        def work(rec):
            text = str(get_field(rec, column) or "")
            key = make_key("translate", model, target, text)
            translated = cache.get_or_compute(key, lambda: _translate_text(client, model, text, target))
            return {**rec, f"{column}_{target}": translated}

    results = run_parallel(work, records, max_workers=settings.max_workers, label="translating")
    failed = sum(r is None for r in results)
    with RecordWriter(output) as writer:
        writer.write_all(r for r in results if r is not None)
    click.echo(f"translated {len(results) - failed} rows ({failed} failed)", err=True)
    if failed:
        ctx.exit(1)


@click.command("translate-fast")
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--column", "-c", required=True)
@click.option("--target", "-t", default="en")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.pass_context
def translate_fast(ctx, input_path, column, target, output):
    """Like `translate` but no cache and no glossary; for quick one-off files."""
    client = ctx.obj["clients"]["openai"]
    model = ctx.obj["settings"].openai_model
    records = load_records(input_path)
    system = render(TRANSLATE_SYSTEM, target=target)

    with ThreadPoolExecutor(max_workers=ctx.obj["settings"].max_workers) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=model,
                messages=chat_messages(system, str(rec.get(column, ""))),
                temperature=0,
            ): i
            for i, rec in enumerate(records)
        }
        for fut in as_completed(futures):
            i = futures[fut]
            records[i][f"{column}_{target}"] = fut.result().choices[0].message.content

    with RecordWriter(output) as writer:
        writer.write_all(records)


async def _translate_all_async(texts: list[str], model: str, target: str, concurrency: int) -> list[str]:
    client = get_async_openai()
    sem = asyncio.Semaphore(concurrency)
    system = render(TRANSLATE_SYSTEM, target=target)

    async def one(text: str) -> str:
        async with sem:
            resp = await client.chat.completions.create(
                model=model,
                messages=chat_messages(system, text),
                temperature=0,
            )
            return resp.choices[0].message.content or ""

    return await asyncio.gather(*(one(t) for t in texts))


@click.command("translate-async")
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--column", "-c", required=True)
@click.option("--target", "-t", default="en")
@click.option("--concurrency", default=16, show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.pass_context
def translate_async(ctx, input_path, column, target, concurrency, output):
    """Experimental asyncio version (faster on big files, ignores the cache)."""
    records = load_records(input_path)
    texts = [str(get_field(r, column) or "") for r in records]
    translations = asyncio.run(
        _translate_all_async(texts, ctx.obj["settings"].openai_model, target, concurrency)
    )
    with RecordWriter(output) as writer:
        for rec, tr in zip(records, translations):
            writer.write({**rec, f"{column}_{target}": tr})
