"""Maintenance commands: ``flask maint <cmd>``."""

from __future__ import annotations

import json
import sys

import click
import ollama
import openai
import svcs
from together import Together

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository, init_schema
from notes_app.importers.markdown import import_folder
from notes_app.importers.web_clip import WebClipper
from notes_app.jobs import digest, enrich, reindex
from notes_app.services.keys import LocalLLM
from notes_app.services.registry import build_registry


@click.group()
@click.pass_context
def maint(ctx: click.Context) -> None:
    """Maintenance tasks. Uses a standalone svcs container."""
    registry = build_registry(Settings.from_env())
    ctx.obj = ctx.with_resource(svcs.Container(registry))


@maint.command("init-db")
@click.pass_obj
def init_db(container: svcs.Container) -> None:
    import sqlite3

    init_schema(container.get(sqlite3.Connection))
    click.echo("schema ok")


@maint.command("import")
@click.argument("folder")
@click.option("--classify", is_flag=True)
@click.pass_obj
def import_cmd(container: svcs.Container, folder: str, classify: bool) -> None:
    n = import_folder(container.get(NoteRepository), folder, classify=classify)
    click.echo(f"imported {n} notes")


@maint.command()
@click.argument("url")
@click.pass_obj
def clip(container: svcs.Container, url: str) -> None:
    settings = container.get(Settings)
    clipper = WebClipper(container.get(NoteRepository), container.get(LocalLLM), settings.local_model)
    note = clipper.clip(url)
    click.echo(json.dumps(note.to_dict(), indent=2))


@maint.command("reindex")
@click.option("--local", is_flag=True, help="use the native ollama client")
def reindex_cmd(local: bool) -> None:
    n = reindex.reindex_local() if local else reindex.reindex_all()
    click.echo(f"reindexed {n}")


@maint.command("digest")
@click.option("--days", default=7)
@click.option("--out", default=None)
def digest_cmd(days: int, out: str | None) -> None:
    if out:
        digest.stream_digest_to(out, days=days)
    else:
        click.echo(digest.build_digest(days) or "nothing new")


@maint.command("enrich")
@click.option("--hours", default=24)
def enrich_cmd(hours: int) -> None:
    enrich.enrich_recent(hours)


@maint.command("retitle")
@click.option("--limit", default=100)
@click.option("--dry-run", is_flag=True)
@click.pass_obj
def retitle(container: svcs.Container, limit: int, dry_run: bool) -> None:
    """Give 'Untitled' notes a real title using the local model."""
    repo = container.get(NoteRepository)
    client = container.get(ollama.Client)
    model = container.get(Settings).local_model
    for note in repo.list(limit=limit):
        if note.title != "Untitled":
            continue
        resp = client.chat(
            model=model,
            messages=[{"role": "user", "content": f"Title (max 8 words) for:\n{note.body[:3000]}"}],
        )
        title = resp.message.content.strip().strip('"')
        click.echo(f"{note.id}: {title}")
        if not dry_run:
            note.title = title
            repo.update(note)


@maint.command("cover")
@click.argument("note_id", type=int)
@click.pass_obj
def cover(container: svcs.Container, note_id: int) -> None:
    """Generate a cover image for a note (used on the public share page)."""
    note = container.get(NoteRepository).get(note_id)
    if note is None:
        sys.exit(f"no note {note_id}")
    together = container.get(Together)
    img = together.images.generate(
        model="black-forest-labs/FLUX.1-schnell",
        prompt=f"Minimal flat illustration for a note titled '{note.title}'",
        steps=4,
        n=1,
    )
    click.echo(img.data[0].url)


@maint.command("models")
@click.pass_obj
def models(container: svcs.Container) -> None:
    """List models available to our OpenAI key and the local server."""
    for m in container.get(openai.OpenAI).models.list():
        click.echo(f"openai  {m.id}")
    for m in container.get(ollama.Client).list().models:
        click.echo(f"ollama  {m.model}")


@maint.command("stats")
@click.pass_obj
def stats(container: svcs.Container) -> None:
    for key, value in container.get(NoteRepository).stats().items():
        click.echo(f"{key:12} {value}")


@maint.command("vacuum")
@click.pass_obj
def vacuum(container: svcs.Container) -> None:
    import sqlite3

    conn = container.get(sqlite3.Connection)
    conn.execute("DELETE FROM embeddings WHERE note_id NOT IN (SELECT id FROM notes)")
    conn.execute(
        "DELETE FROM links WHERE source_id NOT IN (SELECT id FROM notes) "
        "OR target_id NOT IN (SELECT id FROM notes)"
    )
    conn.commit()
    conn.execute("VACUUM")
    click.echo("vacuumed")


@maint.command("ping")
@click.pass_obj
def ping(container: svcs.Container) -> None:
    for p in container.get_pings():
        try:
            p.ping()
            click.echo(f"ok    {p.name}")
        except Exception as e:  # noqa: BLE001
            click.echo(f"FAIL  {p.name}: {e}")
