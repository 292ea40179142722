"""
Log triage: collects recent errors from journald / log files and asks an LLM
for a triage summary.

Migration in progress (OPS-2231): everything should go through the
platform's tracked service. ``triage`` is migrated, ``triage_claude`` is
half done.
"""
import asyncio
import logging
import re

import salt.utils.files
import salt.utils.path

try:
    from opsai.services.llm_usage_tracker import llm_tracker
    from opsai.services.multi_model_service import TaskComplexity, multi_model_service

    HAS_OPSAI = True
except ImportError:
    HAS_OPSAI = False

log = logging.getLogger(__name__)

__virtualname__ = "log_triage"

ERROR_RE = re.compile(r"\b(error|fatal|panic|oom|segfault|traceback)\b", re.I)


def __virtual__():
    if not salt.utils.path.which("journalctl"):
        return (False, "log_triage: journalctl not found")
    return __virtualname__


def collect(unit=None, since="-1h", limit=400):
    cmd = ["journalctl", "--no-pager", "-o", "short-iso", "--since", since]
    if unit:
        cmd += ["-u", unit]
    out = __salt__["cmd.run_stdout"](cmd, python_shell=False)
    lines = [l for l in out.splitlines() if ERROR_RE.search(l)]
    return lines[-limit:]


def collect_file(path, limit=400):
    with salt.utils.files.fopen(path, "r") as fh:
        lines = [l.rstrip() for l in fh if ERROR_RE.search(l)]
    return lines[-limit:]


def quick(unit=None, since="-1h"):
    """
    Quick summary through the ``llm`` execution module.
    """
    lines = collect(unit=unit, since=since)
    if not lines:
        return "no errors"
    return __salt__["llm.summarize"]("\n".join(lines), style="oneline")


def triage(unit=None, since="-1h"):
    """
    Tracked triage through the platform service.
    """
    if not HAS_OPSAI:
        return quick(unit=unit, since=since)
    lines = collect(unit=unit, since=since)
    prompt = "Triage these errors from {} and rank by severity:\n{}".format(
        __grains__["id"], "\n".join(lines)
    )
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="log_triage",
            complexity=TaskComplexity.SIMPLE,
        )
    )


async def _claude_triage(text, model):
    client = __utils__["llm_clients.get_client"]("claude")
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="salt_log_triage"
    ) as usage_log:
        resp = client.messages.create(
            model=model,
            max_tokens=800,
            messages=[{"role": "user", "content": text}],
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    summary = resp.content[0].text
    if "UNSURE" in summary:
        # second opinion - FIXME: not tracked yet, move inside the tracker block
        resp = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=800,
            messages=[
                {"role": "user", "content": text},
                {"role": "assistant", "content": summary},
                {"role": "user", "content": "Be decisive. Pick the most likely cause."},
            ],
        )
        summary = resp.content[0].text
    return summary


def triage_claude(unit=None, since="-1h", model="claude-3-5-haiku-latest"):
    lines = collect(unit=unit, since=since)
    if not lines:
        return "no errors"
    return asyncio.run(_claude_triage("\n".join(lines), model))
