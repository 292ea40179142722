"""Assemble a pipeline from a config and save it.

    python scripts/build_pipeline.py configs/base.cfg training/pipeline
"""
from __future__ import annotations

import logging
from pathlib import Path

import spacy
import typer
from spacy.util import load_config, load_model_from_config

import llm_pipes  # noqa: F401 - registers factories and @misc functions

logger = logging.getLogger("build_pipeline")


def build_from_config(config_path: Path):
    config = load_config(config_path, interpolate=False)
    return load_model_from_config(config, auto_fill=True, validate=True)


def build_dev_pipeline():
    """Hand-assembled variant for local debugging without the NER model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Acme Corp"},
            {"label": "ORG", "pattern": "Globex"},
            {"label": "PERSON", "pattern": [{"LOWER": "jane"}, {"LOWER": "doe"}]},
        ]
    )
    nlp.add_pipe(
        "llm_entity_normalizer",
        config={"client": {"@misc": "llm.mistral_client.v1"}, "model": "mistral-small-latest"},
    )
    nlp.add_pipe("llm_relation_extractor", config={"tracked": True})
    nlp.add_pipe("llm_summarizer", config={"style": "headline", "max_tokens": 40})
    # create_pipe builds a component without adding it; handy to inspect defaults
    tagger = nlp.create_pipe("keyword_tagger")
    logger.info("keyword tagger available: %s", tagger)
    return nlp


def describe(nlp) -> None:
    """Print each component with the LLM-related bits of its config."""
    for name in nlp.pipe_names:
        cfg = nlp.get_pipe_config(name)
        meta = nlp.get_pipe_meta(name)
        client = cfg.get("client", {})
        model = cfg.get("model") or cfg.get("chat_model") or "-"
        typer.echo(
            f"{name:24s} factory={meta.factory:24s} model={model:40s} "
            f"client={client.get('@misc', '-') if isinstance(client, dict) else '-'}"
        )
        if meta.assigns:
            typer.echo(f"{'':24s} assigns={', '.join(meta.assigns)}")


def main(config_path: Path, output_dir: Path, dev: bool = False) -> None:
    nlp = build_dev_pipeline() if dev else build_from_config(config_path)
    logger.info("pipeline: %s", nlp.pipe_names)
    describe(nlp)
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output_dir)
    typer.echo(f"saved {len(nlp.pipe_names)} components to {output_dir}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    typer.run(main)
