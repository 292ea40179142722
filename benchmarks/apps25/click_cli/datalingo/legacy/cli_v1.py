"""The 0.x command line (`datalingo-v1`). Still called by two cron jobs.

ctx.obj is a plain dict here; the new CLI lives in datalingo/cli.py.
"""
from __future__ import annotations

import csv

import click
from openai import OpenAI

from datalingo.legacy import cohere_v1
from datalingo.legacy.llm_helpers import translate_file


@click.group()
@click.option("--model", default="gpt-3.5-turbo")
@click.pass_context
def cli(ctx, model):
    ctx.ensure_object(dict)
    ctx.obj["model"] = model
    ctx.obj["openai"] = OpenAI()


@cli.command()
@click.argument("in_path")
@click.argument("out_path")
@click.option("--column", required=True)
@click.option("--target", default="en")
def translate(in_path, out_path, column, target):
    translate_file(in_path, out_path, column, target)


@cli.command()
@click.argument("in_path")
@click.option("--column", required=True)
@click.pass_context
def classify(ctx, in_path, column):
    """Sentiment classification, prints label per row."""
    client = ctx.obj["openai"]
    with open(in_path) as fh:
        for row in csv.DictReader(fh):
            resp = client.chat.completions.create(
                model=ctx.obj["model"],
                messages=[
                    {"role": "system", "content": "Classify sentiment as positive, negative or neutral. One word."},
                    {"role": "user", "content": row[column]},
                ],
                max_tokens=3,
            )
            click.echo(resp.choices[0].message.content.strip().lower())


@cli.command("tickets")
@click.argument("in_path")
def tickets(in_path):
    with open(in_path) as fh:
        for row in csv.DictReader(fh):
            click.echo(cohere_v1.summarize_ticket(row["body"]))


if __name__ == "__main__":
    cli(obj={})
