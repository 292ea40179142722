"""`kestrel commit` - commit message suggestions."""
import subprocess

import ollama
import typer

from kestrel.config import get_settings
from kestrel.providers.presets import quick_complete
from kestrel.utils import git
from kestrel.utils.text import count_tokens, fit_to_budget

app = typer.Typer(help="Commit message helpers.", no_args_is_help=True)

PROMPT = """Write a conventional-commit message (type(scope): subject, blank line, body)
for this staged diff. Subject <= 72 chars. No code blocks.

{diff}"""


@app.command("suggest")
def suggest(
    local: bool = typer.Option(False, "--local", help="Use the local Ollama model"),
    commit: bool = typer.Option(False, "--commit", help="Run git commit with the suggestion"),
):
    """Suggest a commit message for the staged changes."""
    diff = git.staged_diff()
    if not diff:
        typer.secho("No staged changes.", fg=typer.colors.YELLOW)
        raise typer.Exit(1)
    cfg = get_settings().providers
    diff = fit_to_budget(diff, cfg.litellm_model, 8000)

    if local:
        result = ollama.generate(model=cfg.ollama_model, prompt=PROMPT.format(diff=diff), options={"temperature": 0.2})
        message = result["response"].strip()
    else:
        resp = quick_complete(messages=[{"role": "user", "content": PROMPT.format(diff=diff)}])
        message = resp.choices[0].message.content.strip()

    typer.echo(message)
    if commit and typer.confirm("Commit with this message?"):
        subprocess.run(["git", "commit", "-m", message], check=True)


@app.command("size")
def size():
    """Show how big the staged diff is in tokens."""
    diff = git.staged_diff()
    model = get_settings().providers.litellm_model
    typer.echo(f"{len(diff.splitlines())} lines, ~{count_tokens(diff, model)} tokens for {model}")
