"""`:AiCommitMsg` -- draft a commit message from the staged diff.

Written by Jonas before the shared core existed; it builds its own client.
"""
import os
import subprocess

from anthropic import Anthropic

from . import _bootstrap  # noqa: F401
from core.prompts import SYSTEM_COMMIT

MAX_DIFF_CHARS = 24000
_client = None


def _anthropic():
    global _client
    if _client is None:
        _client = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
    return _client


def staged_diff(cwd):
    out = subprocess.run(
        ["git", "diff", "--cached", "--no-color", "-U2"], cwd=cwd, capture_output=True, text=True, check=False
    )
    return out.stdout[:MAX_DIFF_CHARS]


def draft_message(cwd, model="claude-3-5-haiku-latest"):
    diff = staged_diff(cwd)
    if not diff.strip():
        return None
    msg = _anthropic().messages.create(
        model=model,
        max_tokens=400,
        system=SYSTEM_COMMIT,
        messages=[{"role": "user", "content": diff}],
    )
    return msg.content[0].text.strip()


def available_models():
    """For :AiCommitMsg completion of the model argument."""
    return [m.id for m in _anthropic().models.list(limit=50)]
