"""`ask` - quick interactive question against the configured model, streamed."""
from __future__ import annotations

import click

from datalingo.context import AppContext, pass_app
from datalingo.providers import get_openai


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--system", default="You are a helpful data engineering assistant.")
@click.option("--raw-openai", is_flag=True, help="Skip the provider layer and stream from OpenAI directly.")
@pass_app
def ask(app: AppContext, question, system, raw_openai):
    """Ask a one-off question (streams the answer)."""
    prompt = " ".join(question)
    if raw_openai:
        stream = get_openai().chat.completions.create(
            model=app.settings.openai_model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                click.echo(chunk.choices[0].delta.content, nl=False)
        click.echo()
        return

    provider = app.provider
    for piece in provider.stream(prompt, system):
        click.echo(piece, nl=False)
    click.echo()
