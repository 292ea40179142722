"""`embed` - compute embeddings for a text field and write them as JSONL."""
from __future__ import annotations

import json
import logging

import click

from datalingo.context import AppContext, pass_app
from datalingo.io import RecordWriter, get_field, load_records
from datalingo.utils import chunked, with_retries

log = logging.getLogger(__name__)

BATCH_SIZES = {"openai": 256, "cohere": 96, "bedrock": 1, "provider": 64}


def _openai_batch(app: AppContext, texts: list[str], model: str) -> list[list[float]]:
    client = app.clients.openai
    resp = with_retries(client.embeddings.create, model=model, input=texts, encoding_format="float")
    return [d.embedding for d in resp.data]


def _cohere_batch(app: AppContext, texts: list[str], model: str) -> list[list[float]]:
    resp = app.clients.cohere.embed(
        texts=texts,
        model=model,
        input_type="search_document",
        embedding_types=["float"],
    )
    return list(resp.embeddings.float_)


def _bedrock_one(app: AppContext, text: str, model: str) -> list[float]:
    body = json.dumps({"inputText": text, "dimensions": 512, "normalize": True})
    resp = app.clients.bedrock.invoke_model(
        modelId=model,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    return json.loads(resp["body"].read())["embedding"]


DEFAULT_MODELS = {
    "openai": "text-embedding-3-small",
    "cohere": "embed-multilingual-v3.0",
    "bedrock": "amazon.titan-embed-text-v2:0",
}


@click.command()
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--field", "-f", "field_name", required=True)
@click.option(
    "--backend",
    type=click.Choice(["openai", "cohere", "bedrock", "provider"]),
    default="openai",
    show_default=True,
    help="'provider' uses whatever --provider is set on the group.",
)
@click.option("--model", default=None)
@click.option("--id-field", default="id")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@pass_app
def embed(app: AppContext, input_path, field_name, backend, model, id_field, output):
    """Embed FIELD of every record; output rows are {id, embedding}."""
    records = load_records(input_path)
    model = model or DEFAULT_MODELS.get(backend)
    if app.settings.dry_run:
        click.echo(f"would embed {len(records)} records with {backend}:{model}")
        return

    vectors: list[list[float]] = []
    texts = [str(get_field(r, field_name) or " ") for r in records]
    with click.progressbar(length=len(texts), label=f"embedding ({backend})", file=click.get_text_stream("stderr")) as bar:
        for batch in chunked(texts, BATCH_SIZES[backend]):
            if backend == "openai":
                vectors.extend(_openai_batch(app, batch, model))
            elif backend == "cohere":
                vectors.extend(_cohere_batch(app, batch, model))
            elif backend == "bedrock":
                vectors.extend(_bedrock_one(app, t, model) for t in batch)
            else:
                vectors.extend(app.provider.embed(batch, model))
            bar.update(len(batch))

    with RecordWriter(output, fmt="jsonl") as writer:
        for i, (rec, vec) in enumerate(zip(records, vectors)):
            writer.write({"id": rec.get(id_field, i), "model": model, "embedding": vec})
