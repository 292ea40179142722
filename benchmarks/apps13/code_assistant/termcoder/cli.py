"""Command line entry point."""

import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .analytics import Analytics
from .coders import Coder
from .commands import CommandCompleter, Commands, SwitchCoder
from .config import get_settings, load_settings, set_settings
from .exceptions import MissingAPIKeyError, TermcoderError, UnknownModelError
from .io import InputOutput
from .linter import Linter, explain_lint_error
from .logging_setup import get_logger, setup_logging
from .models import Model
from .onboarding import pick_default_model
from .repomap import RepoMap

app = typer.Typer(add_completion=False, no_args_is_help=False, help="AI pair programming in your terminal")
log = get_logger(__name__)


def _version_callback(value: bool):
    if value:
        typer.echo(f"termcoder {__version__}")
        raise typer.Exit()


def _build_coder(files: List[str], model: Optional[str], edit_format: Optional[str], io: InputOutput):
    settings = get_settings()
    name = model or settings.model or pick_default_model(io)
    if not name:
        raise typer.Exit(code=1)
    main_model = Model(name, weak_model=settings.weak_model, editor_model=settings.editor_model)

    repo = None
    try:
        from .commits import GitRepo

        repo = GitRepo(io, fnames=files, models=[main_model.weak_model, main_model])
    except Exception as err:  # not a git repo, git missing...
        io.tool_warning(f"Git repo not found or unusable ({err}); auto-commits disabled.")

    root = Path(repo.root) if repo else Path.cwd()
    repo_map = RepoMap(root, main_model, io, map_tokens=settings.map_tokens, semantic=settings.semantic_map)
    coder = Coder.create(
        main_model=main_model,
        edit_format=edit_format or settings.edit_format,
        io=io,
        repo=repo,
        repo_map=repo_map,
        fnames=files,
        read_only_fnames=settings.read_only,
        stream=settings.stream,
        auto_commits=settings.auto_commits,
        cache_prompts=settings.cache_prompts,
        num_cache_warming_pings=settings.cache_keepalive_pings,
        linter=Linter(root),
    )
    return coder


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    files: List[str] = typer.Argument(None, help="Files to add to the chat"),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Main model"),
    edit_format: Optional[str] = typer.Option(None, "--edit-format"),
    message: Optional[str] = typer.Option(None, "--message", help="Send one message and exit"),
    yes: bool = typer.Option(False, "--yes-always"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True),
):
    if ctx.invoked_subcommand is not None:
        return
    setup_logging(verbose)
    set_settings(load_settings(Path.cwd(), model=model, edit_format=edit_format))
    io = InputOutput(
        yes=True if yes else None,
        input_history_file=str(Path.cwd() / ".termcoder.input.history"),
        chat_history_file=str(Path.cwd() / ".termcoder.chat.history.md"),
    )
    analytics = Analytics(enabled=get_settings().analytics)
    try:
        coder = _build_coder(files or [], model, edit_format, io)
    except (UnknownModelError, MissingAPIKeyError) as err:
        io.tool_error(str(err))
        raise typer.Exit(code=1)
    analytics.event("launched", main_model=coder.main_model, edit_format=coder.edit_format)

    if message:
        coder.run_one(message)
        return

    commands = Commands(io, coder, voice_backend=get_settings().voice_backend)
    io.session.completer = CommandCompleter(commands, coder.root)
    while True:
        try:
            line = io.get_input()
        except (EOFError, KeyboardInterrupt):
            break
        if not line.strip():
            continue
        try:
            if line.startswith("/"):
                commands.run(line)
            else:
                coder.run_one(line)
        except SwitchCoder as switch:
            kwargs = dict(switch.kwargs)
            with_message = kwargs.pop("with_message", None)
            kwargs.setdefault("main_model", coder.main_model)
            coder = Coder.create(from_coder=coder, io=io, **kwargs)
            commands.coder = coder
            if with_message:
                coder.run_one(with_message)
        except TermcoderError as err:
            io.tool_error(str(err))
    coder.summarize_end()


@app.command()
def tui(
    files: List[str] = typer.Argument(None),
    model: Optional[str] = typer.Option(None, "--model", "-m"),
    voice_file: Optional[Path] = typer.Option(None, help="WAV file the mic widget records into"),
):
    """Start the full-screen interface."""
    from .tui import TermcoderApp

    setup_logging(False)
    set_settings(load_settings(Path.cwd(), model=model))
    io = InputOutput(pretty=False, yes=True)
    coder = _build_coder(files or [], model, None, io)
    TermcoderApp(coder, voice_file=voice_file).run()


@app.command()
def lint(
    files: List[str] = typer.Argument(..., help="Files to lint"),
    explain: bool = typer.Option(False, "--explain", help="Ask the weak model to explain errors"),
    model: str = typer.Option("gpt-4.1-mini", "--model", "-m"),
):
    """Lint files with the same linter used after edits."""
    linter = Linter(Path.cwd())
    failed = False
    for fname in files:
        errors = linter.lint(fname)
        if not errors:
            continue
        failed = True
        typer.echo(errors)
        if explain:
            typer.echo(explain_lint_error(model, Path(fname), errors))
    raise typer.Exit(code=1 if failed else 0)


@app.command()
def complete(
    fname: Path = typer.Argument(..., exists=True),
    line: int = typer.Option(..., "--line", help="1-based line to complete at"),
):
    """Fill-in-the-middle completion at a line (editor integrations use this)."""
    from .providers.deepseek import FimCompleter

    text = fname.read_text()
    lines = text.splitlines(keepends=True)
    prefix = "".join(lines[: line - 1])
    suffix = "".join(lines[line - 1 :])
    sys.stdout.write(FimCompleter().complete(prefix, suffix))


@app.command()
def doctor():
    """Check API keys, Ollama and git."""
    from .onboarding import available_vendors
    from .providers.ollama_local import installed_models

    for vendor, ok in sorted(available_vendors().items()):
        typer.echo(f"{vendor:<10} {'ok' if ok else 'REJECTED'}")
    local = installed_models()
    typer.echo(f"ollama     {len(local)} local models" if local else "ollama     not running")
