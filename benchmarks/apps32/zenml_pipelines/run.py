"""CLI entrypoint: python run.py labelling|eval|rag [--config path.yaml]."""

from __future__ import annotations

import click
import yaml

from config.settings import EvalConfig, LabellingConfig, RagConfig
from pipelines import batch_labelling_pipeline, evaluation_pipeline, rag_index_pipeline


def _load(path, model_cls):
    if not path:
        return model_cls()
    with open(path) as f:
        return model_cls(**yaml.safe_load(f))


@click.group()
def cli():
    pass


@cli.command()
@click.option("--config", "config_path", default=None)
@click.option("--augment/--no-augment", default=False)
def labelling(config_path, augment):
    batch_labelling_pipeline.with_options(run_name="labelling_{date}_{time}")(
        config=_load(config_path, LabellingConfig), augment=augment
    )


@cli.command(name="eval")
@click.option("--config", "config_path", default=None)
def eval_(config_path):
    evaluation_pipeline(config=_load(config_path, EvalConfig))


@cli.command()
@click.option("--config", "config_path", default=None)
@click.option("--bedrock", is_flag=True, default=False)
def rag(config_path, bedrock):
    rag_index_pipeline(config=_load(config_path, RagConfig), use_bedrock=bedrock)


if __name__ == "__main__":
    cli()
