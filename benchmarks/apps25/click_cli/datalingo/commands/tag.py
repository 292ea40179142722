"""`tag` - assign taxonomy tags to records.

Uses @click.pass_obj and the dict-style obj (written before AppContext existed).
"""
from __future__ import annotations

import json
import logging

import click

from datalingo.utils import chunked, run_parallel
from datalingo.io import RecordWriter, get_field, load_records
from datalingo.pipelines.tagging import TagSuggester, load_taxonomy, tag_with_litellm

log = logging.getLogger(__name__)


@click.command()
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--column", "-c", required=True)
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--engine", type=click.Choice(["cohere", "litellm", "batch"]), default="cohere", show_default=True)
@click.option("--model", default=None)
@click.option("--min-confidence", type=float, default=0.0)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--limit", type=int, default=None)
@click.pass_obj
def tag(obj, input_path, column, taxonomy_path, engine, model, min_confidence, output, limit):
    """Tag records in INPUT_PATH using the taxonomy file (one tag per line)."""
    settings = obj["settings"]
    taxonomy = load_taxonomy(taxonomy_path)
    records = load_records(input_path, limit=limit)
    texts = [str(get_field(r, column) or "") for r in records]
    log.info("tagging %d records against %d tags with %s", len(records), len(taxonomy), engine)

    if engine == "cohere":
        suggester = TagSuggester(obj["clients"]["cohere"], taxonomy, model=model or settings.cohere_model)
        tagged = run_parallel(suggester.suggest, texts, max_workers=settings.max_workers, label="tagging")
    elif engine == "litellm":
        tagged = tag_with_litellm(texts, taxonomy, model=model or settings.litellm_model)
    else:
        tagged = _tag_batch(texts, taxonomy, model or settings.litellm_model)

    kept = 0
    with RecordWriter(output) as writer:
        for rec, result in zip(records, tagged):
            result = result or {"tags": [], "confidence": 0.0}
            if result["confidence"] < min_confidence:
                result = {"tags": [], "confidence": result["confidence"]}
            else:
                kept += 1
            writer.write({**rec, "tags": json.dumps(result["tags"]), "tag_confidence": result["confidence"]})
    click.echo(f"{kept}/{len(records)} records tagged above {min_confidence}", err=True)


def _tag_batch(texts: list[str], taxonomy: list[str], model: str) -> list[dict]:
    """litellm.batch_completion: one HTTP fan-out per 50 rows. Quicker than threads for small models."""
    import litellm

    from datalingo.pipelines.tagging import parse_tags
    from datalingo.prompts import TAG_SYSTEM, chat_messages, render

    system = render(TAG_SYSTEM, taxonomy="\n".join(taxonomy))
    allowed = set(taxonomy)
    results: list[dict] = []
    for batch in chunked(texts, 50):
        responses = litellm.batch_completion(
            model=model,
            messages=[chat_messages(system, t) for t in batch],
            temperature=0,
            max_tokens=200,
        )
        for resp in responses:
            if isinstance(resp, Exception):
                results.append({"tags": [], "confidence": 0.0})
            else:
                results.append(parse_tags(resp.choices[0].message.content or "", allowed))
    return results


@click.command("rank-tags")
@click.argument("query")
@click.option("--taxonomy", "taxonomy_path", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--top", default=10)
@click.pass_obj
def rank_tags(obj, query, taxonomy_path, top):
    """Show the taxonomy entries closest to QUERY (debug helper for taxonomy editors)."""
    taxonomy = load_taxonomy(taxonomy_path)
    co = obj["clients"]["cohere"]
    ranked = co.rerank(model="rerank-v3.5", query=query, documents=taxonomy, top_n=top)
    for r in ranked.results:
        click.echo(f"{r.relevance_score:.3f}  {taxonomy[r.index]}")
