"""Command line entry point."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import anthropic
import typer

from quill import __version__
from quill.analytics import Analytics
from quill.coders import Coder
from quill.config import load_settings, set_settings
from quill.exceptions import MissingAPIKey, QuillError
from quill.io import InputOutput
from quill.models import Model
from quill.models import clients
from quill.models.registry import MODEL_ALIASES, list_known
from quill.utils import setup_logging

app = typer.Typer(add_completion=False, no_args_is_help=False, help="Pair programming with LLMs in your terminal.")

EXPLAIN_MODEL = "claude-haiku-4-5"


def _git_root() -> Optional[Path]:
    try:
        import git

        repo = git.Repo(Path.cwd(), search_parent_directories=True)
        return Path(repo.working_tree_dir)
    except Exception:
        return None


def _bootstrap(model: Optional[str], verbose: bool):
    settings = load_settings(_git_root(), model=model, verbose=verbose)
    set_settings(settings)
    setup_logging(verbose=settings.verbose)
    return settings


def _build_coder(settings, files: List[str], io: InputOutput, edit_format: Optional[str] = None):
    from quill.repo import GitRepo
    from quill.repomap import RepoMap

    main_model = Model(settings.model, weak_model=settings.weak_model, editor_model=settings.editor_model)
    try:
        repo = GitRepo(io, files, models=[main_model.weak_model, main_model],
                       attribute_author=settings.attribute_author, commit_prompt=settings.commit_prompt)
    except FileNotFoundError:
        repo = None
    repo_map = None
    if main_model.settings.use_repo_map and settings.map_tokens > 0:
        repo_map = RepoMap(
            repo.root if repo else str(Path.cwd()), main_model, io=io, map_tokens=settings.map_tokens,
            semantic=settings.map_semantic, embedding_backend=settings.embedding_backend,
            embedding_model=settings.embedding_model,
        )
    return Coder.create(
        main_model=main_model,
        edit_format=edit_format or settings.edit_format,
        io=io,
        repo=repo,
        fnames=files,
        repo_map=repo_map,
        stream=settings.stream,
        auto_commits=settings.auto_commits,
        num_cache_warming_pings=settings.cache_keepalive_pings,
        verbose=settings.verbose,
    )


@app.command()
def chat(
    files: List[str] = typer.Argument(None, help="Files to add to the chat"),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Main model (name or alias)"),
    edit_format: Optional[str] = typer.Option(None, "--edit-format"),
    message: Optional[str] = typer.Option(None, "--message", help="Send one message and exit"),
    yes: bool = typer.Option(False, "--yes-always"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
):
    """Start an interactive chat in the terminal."""
    from quill.commands import Commands, SwitchCoder

    settings = _bootstrap(model, verbose)
    io = InputOutput(pretty=settings.pretty, yes=yes, dark_mode=settings.dark_mode)
    analytics = Analytics(enabled=settings.analytics, logfile=settings.analytics_log)
    try:
        coder = _build_coder(settings, files or [], io, edit_format)
    except QuillError as err:
        io.tool_error(str(err))
        raise typer.Exit(1)
    analytics.event("launched", main_model=coder.main_model, edit_format=coder.edit_format)

    if message:
        coder.run_one(message)
        io.end_stream()
        return

    commands = Commands(io, coder, voice_language=settings.voice_language, voice_backend=settings.voice_backend)
    while True:
        try:
            inp = io.get_input(completer=commands)
        except (EOFError, KeyboardInterrupt):
            break
        if not inp.strip():
            continue
        try:
            if inp.startswith("/"):
                commands.run(inp)
                continue
            coder.run_one(inp)
            io.end_stream()
            analytics.event("message_send", main_model=coder.main_model)
        except SwitchCoder as switch:
            coder = Coder.create(from_coder=coder, **switch.kwargs)
            commands.coder = coder
            io.tool_output(f"Switched to {coder.main_model.name} ({coder.edit_format})")
        except KeyboardInterrupt:
            io.tool_warning("^C")


@app.command()
def tui(
    files: List[str] = typer.Argument(None),
    model: Optional[str] = typer.Option(None, "--model", "-m"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
):
    """Start the full-screen interface."""
    from quill.tui import QuillApp

    settings = _bootstrap(model, verbose)
    io = InputOutput(pretty=False, yes=True)
    coder = _build_coder(settings, files or [], io)
    QuillApp(coder).run()


@app.command()
def commit(
    model: Optional[str] = typer.Option(None, "--model", "-m"),
    dry_run: bool = typer.Option(False, "--dry-run"),
):
    """Commit staged/dirty changes with a generated message."""
    from quill.repo import GitRepo

    settings = _bootstrap(model, False)
    io = InputOutput(pretty=settings.pretty)
    main_model = Model(settings.model, weak_model=settings.weak_model)
    repo = GitRepo(io, models=[main_model.weak_model, main_model])
    if dry_run:
        msg = repo.get_commit_message(repo.get_diffs(), "")
        typer.echo(msg or "")
        return
    repo.commit()


@app.command("explain-error")
def explain_error(
    logfile: Optional[Path] = typer.Argument(None, help="File with the error output (default: stdin)"),
):
    """Explain a traceback or compiler error. Reads stdin if no file is given."""
    _bootstrap(None, False)
    text = logfile.read_text() if logfile else sys.stdin.read()
    if not text.strip():
        typer.echo("nothing to explain", err=True)
        raise typer.Exit(1)
    client = anthropic.Anthropic()
    message = client.messages.create(
        model=EXPLAIN_MODEL,
        max_tokens=1024,
        system="You explain programming errors to developers. Be brief: the cause, then the fix.",
        messages=[{"role": "user", "content": text[-20_000:]}],
    )
    typer.echo("".join(b.text for b in message.content if b.type == "text"))


@app.command()
def models(provider: Optional[str] = typer.Argument(None)):
    """List known models and aliases."""
    reverse = {}
    for alias, name in MODEL_ALIASES.items():
        reverse.setdefault(name, []).append(alias)
    for name in list_known(provider):
        aliases = ", ".join(reverse.get(name, []))
        typer.echo(f"{name:<28} {aliases}")


@app.command()
def doctor():
    """Check API keys and local services."""
    _bootstrap(None, False)
    checks = {
        "openai": clients.verify_openai_key,
        "anthropic": clients.verify_anthropic_key,
        "ollama": clients.verify_ollama,
    }
    for name, check in checks.items():
        try:
            ok = check()
        except MissingAPIKey:
            typer.echo(f"{name:<10} no key")
            continue
        typer.echo(f"{name:<10} {'ok' if ok else 'FAILED'}")


@app.command()
def usage(as_json: bool = typer.Option(False, "--json")):
    """Summarise recorded token usage."""
    from collections import defaultdict

    from quill.services.llm_usage_tracker import USAGE_FILE

    totals = defaultdict(lambda: {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0})
    if USAGE_FILE.exists():
        for line in USAGE_FILE.read_text().splitlines():
            row = json.loads(line)
            t = totals[row["model"]]
            t["calls"] += 1
            t["input_tokens"] += row["input_tokens"]
            t["output_tokens"] += row["output_tokens"]
            t["cost_usd"] += row["cost_usd"]
    if as_json:
        typer.echo(json.dumps(totals, indent=2))
        return
    for model_name, t in sorted(totals.items(), key=lambda kv: -kv[1]["cost_usd"]):
        typer.echo(f"{model_name:<28} {t['calls']:>5} calls {t['input_tokens']:>9} in {t['output_tokens']:>8} out ${t['cost_usd']:.2f}")


@app.command()
def version():
    typer.echo(__version__)


if __name__ == "__main__":
    app()
