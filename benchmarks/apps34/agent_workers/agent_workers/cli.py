"""Admin CLI: ``agent-workers --help``."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Optional

import typer

from agent_workers.clients import get_openai_client, make_xai
from agent_workers.config import get_settings
from agent_workers.models import Task
from agent_workers.queue import TaskQueue

app = typer.Typer(help="Agent worker fleet admin.")
queue_app = typer.Typer(help="Queue inspection.")
app.add_typer(queue_app, name="queue")


def _queue() -> TaskQueue:
    s = get_settings()
    return TaskQueue.from_url(s.redis_url, s.queue_stream, s.queue_group, s.dead_letter_stream)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v")) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)


@app.command()
def run(concurrency: Optional[int] = typer.Option(None, help="Override AW_CONCURRENCY")) -> None:
    """Start a worker process."""
    from agent_workers.runner import main as runner_main

    settings = get_settings()
    if concurrency:
        settings = settings.model_copy(update={"concurrency": concurrency})
    asyncio.run(runner_main(settings))


@app.command()
def enqueue(kind: str, payload: str = typer.Option("{}", help="JSON payload"), tenant: str = "default") -> None:
    """Push a task onto the stream."""

    async def _go() -> str:
        q = _queue()
        try:
            task = Task.create(kind, **json.loads(payload))
            task.tenant = tenant
            return await q.put(task)
        finally:
            await q.close()

    typer.echo(asyncio.run(_go()))


@queue_app.command("depth")
def queue_depth() -> None:
    async def _go() -> int:
        q = _queue()
        try:
            return await q.depth()
        finally:
            await q.close()

    typer.echo(asyncio.run(_go()))


@queue_app.command("peek")
def queue_peek(count: int = 10, dead: bool = typer.Option(False, help="Peek the dead-letter stream")) -> None:
    """Show the newest tasks without consuming them."""

    async def _go() -> list:
        q = _queue()
        try:
            stream = q.dead_letter if dead else q.stream
            return await q.redis.xrevrange(stream, count=count)
        finally:
            await q.close()

    for msg_id, fields in asyncio.run(_go()):
        task = Task.from_stream_fields(fields)
        typer.echo(f"{msg_id.decode()}  {task.kind:12s} attempts={task.attempts} tenant={task.tenant}")


@queue_app.command("replay-dead")
def queue_replay_dead(limit: int = 100, yes: bool = typer.Option(False, "--yes", "-y")) -> None:
    """Move dead-lettered tasks back onto the main stream with attempts reset."""
    if not yes:
        typer.confirm(f"Replay up to {limit} dead tasks?", abort=True)

    async def _go() -> int:
        q = _queue()
        moved = 0
        try:
            for msg_id, fields in await q.redis.xrange(q.dead_letter, count=limit):
                task = Task.from_stream_fields(fields)
                task.attempts = 0
                await q.put(task)
                await q.redis.xdel(q.dead_letter, msg_id)
                moved += 1
        finally:
            await q.close()
        return moved

    typer.echo(f"replayed {asyncio.run(_go())}")


@app.command()
def result(task_id: str) -> None:
    """Print a stored task result."""

    async def _go():
        q = _queue()
        try:
            return await q.get_result(task_id)
        finally:
            await q.close()

    res = asyncio.run(_go())
    if res is None:
        typer.echo("not found (expired?)", err=True)
        raise typer.Exit(1)
    typer.echo(res.model_dump_json(indent=2))


@app.command()
def models(prefix: str = "gpt") -> None:
    """List OpenAI models visible to our key."""
    for m in get_openai_client().models.list():
        if m.id.startswith(prefix):
            typer.echo(m.id)


@app.command()
def ping(provider: str = typer.Argument("openai"), model: Optional[str] = None) -> None:
    """Send a one-token request to check a key actually works (costs a fraction of a cent)."""
    settings = get_settings()
    if provider == "openai":
        resp = get_openai_client().responses.create(model=model or "gpt-4.1-nano", input="ping", max_output_tokens=16)
        typer.echo(resp.output_text)
    elif provider == "xai":

        async def _xai() -> str:
            client = make_xai(settings)
            out = await client.chat.completions.create(
                model=model or settings.models.code_review_second_opinion,
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=4,
            )
            await client.close()
            return out.choices[0].message.content

        typer.echo(asyncio.run(_xai()))
    else:
        raise typer.BadParameter(f"unsupported provider {provider}")


@app.command()
def preview_translate(text: str, target: str = "de") -> None:
    """Stream a translation to the terminal using the translate plugin."""
    from agent_workers.plugins.translate import TranslatePlugin
    from agent_workers.toolbox import Toolbox

    async def _go() -> None:
        box = Toolbox.create(get_settings())
        plugin = TranslatePlugin()
        await plugin.setup(box)
        await plugin.stream_preview(text, target)
        await box.aclose()

    asyncio.run(_go())


@app.command()
def health() -> None:
    from agent_workers.health import readiness

    typer.echo(json.dumps(asyncio.run(readiness(get_settings())), indent=2, default=str))


if __name__ == "__main__":
    app()
