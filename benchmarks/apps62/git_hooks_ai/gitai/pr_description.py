"""PR description drafting (`gitai pr`)."""
from __future__ import annotations

import asyncio
import logging

from gitai import git, prompts
from gitai.llm import get_fireworks_client
from gitai.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"


def _context(base: str) -> str:
    commits = git.log_between(base)
    diff = git.diff_between(base)
    log_text = "\n".join(f"- {c.subject}" for c in commits)
    return f"Branch: {git.current_branch()}\nCommits:\n{log_text}\n\nDiff (truncated):\n{diff[:20000]}"


async def draft_pr_description(base: str = "main") -> str:
    context = _context(base)
    return await multi_model_service.generate_response(
        prompt=context,
        task_type="pr_description",
        complexity=TaskComplexity.AGENTIC,
        system=prompts.PR_SYSTEM,
        max_tokens=1200,
    )


def draft_pr_description_sync(base: str = "main", fast: bool = False) -> str:
    if not fast:
        return asyncio.run(draft_pr_description(base))
    # `--fast`: Fireworks llama is quick and cheap; added by Priya before the tracker existed.
    fw = get_fireworks_client()
    resp = fw.chat.completions.create(
        model=FIREWORKS_MODEL,
        messages=[
            {"role": "system", "content": prompts.PR_SYSTEM},
            {"role": "user", "content": _context(base)},
        ],
        max_tokens=1200,
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""


def draft_title(base: str = "main") -> str:
    commits = git.log_between(base)
    if len(commits) == 1:
        return commits[0].subject
    return multi_model_service.generate_sync(
        "Write a concise PR title (<70 chars) for these commits:\n" + "\n".join(c.subject for c in commits),
        task_type="pr_title",
    ).strip()
