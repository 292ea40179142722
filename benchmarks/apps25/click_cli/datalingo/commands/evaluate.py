"""`evaluate` - LLM-as-judge scoring of translations, plus an optional safety pass.

Judge runs on Together (Llama 3.3 70B is cheap and good enough for 1-5 scores);
safety uses Llama Guard on Replicate.
"""
from __future__ import annotations

import json
import logging
import statistics
from concurrent.futures import ThreadPoolExecutor

import click

from datalingo.io import RecordWriter, get_field, load_records
from datalingo.prompts import JUDGE_TEMPLATE, render
from datalingo.utils import strip_code_fences

log = logging.getLogger(__name__)

JUDGE_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
GUARD_MODEL = "meta/llama-guard-3-8b"


def _judge(together, source, translation, source_lang, target_lang) -> dict:
    prompt = render(
        JUDGE_TEMPLATE,
        source=source,
        translation=translation,
        source_lang=source_lang,
        target_lang=target_lang,
    )
    resp = together.chat.completions.create(
        model=JUDGE_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
        max_tokens=200,
        response_format={"type": "json_object"},
    )
    try:
        return json.loads(strip_code_fences(resp.choices[0].message.content or "{}"))
    except json.JSONDecodeError:
        return {"adequacy": None, "fluency": None, "notes": "unparseable judge output"}


def _is_unsafe(replicate_client, text: str) -> bool:
    output = replicate_client.run(GUARD_MODEL, input={"prompt": text})
    verdict = output if isinstance(output, str) else "".join(output)
    return verdict.strip().lower().startswith("unsafe")


@click.command()
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--source-field", required=True)
@click.option("--translation-field", required=True)
@click.option("--source-lang", default="auto")
@click.option("--target-lang", required=True)
@click.option("--safety/--no-safety", default=False)
@click.option("--sample", type=int, default=None, help="Only judge the first N rows.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.pass_context
def evaluate(ctx, input_path, source_field, translation_field, source_lang, target_lang, safety, sample, output):
    """Score translations 1-5 for adequacy and fluency."""
    clients = ctx.obj["clients"]
    together = clients["together"]
    replicate_client = clients["replicate"] if safety else None
    records = load_records(input_path, limit=sample)

    def work(rec):
        src = str(get_field(rec, source_field) or "")
        tr = str(get_field(rec, translation_field) or "")
        scores = _judge(together, src, tr, source_lang, target_lang)
        if replicate_client is not None:
            scores["unsafe"] = _is_unsafe(replicate_client, tr)
        return {**rec, **{f"judge_{k}": v for k, v in scores.items()}}

    with ThreadPoolExecutor(max_workers=ctx.obj["settings"].max_workers) as pool:
        results = list(pool.map(work, records))

    adequacy = [r["judge_adequacy"] for r in results if isinstance(r.get("judge_adequacy"), (int, float))]
    fluency = [r["judge_fluency"] for r in results if isinstance(r.get("judge_fluency"), (int, float))]
    with RecordWriter(output) as writer:
        writer.write_all(results)
    if adequacy:
        click.echo(
            f"adequacy mean={statistics.mean(adequacy):.2f} fluency mean={statistics.mean(fluency or [0]):.2f} "
            f"n={len(results)}",
            err=True,
        )
