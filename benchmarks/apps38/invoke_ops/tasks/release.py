"""Release tasks: draft notes, tag, announce."""
from __future__ import annotations

import asyncio
from pathlib import Path

from invoke import Exit, task

from opslib import get_openai, prompts, slack
from opslib.changelog import Changelog
from opslib.git import commits_since, create_tag, last_tag, merged_pr_titles, next_version
from opslib.images import generate_banner
from opslib.llm_usage_tracker import llm_tracker
from opslib.multi_model_service import TaskComplexity, multi_model_service
from opslib.registry import draft
from tasks._common import confirm, settings, write_out


def _release_prompt(c, part: str) -> tuple[str, str, list[dict]]:
    previous = last_tag(c)
    version = next_version(previous, part)
    commits = commits_since(c, previous)
    if not commits:
        raise Exit("nothing to release", code=1)
    user = prompts.RELEASE_NOTES_USER.substitute(
        version=version,
        previous=previous,
        commits=prompts.render_commits(commits),
        prs="\n".join(merged_pr_titles(commits)) or "(none)",
    )
    return version, user, commits


@task(help={"part": "major/minor/patch", "provider": "openai|azure|anthropic|cohere|xai",
            "out": "write notes to this file"})
def notes(c, part="minor", provider="openai", out=None, no_llm=False):
    """Draft release notes from git history."""
    cfg = settings(c)
    version, user, commits = _release_prompt(c, part)
    if no_llm:
        changelog = Changelog.create(version, [cm["subject"] for cm in commits])
        write_out(changelog.generate(), out)
        return
    used, text = draft(provider, user, prompts.RELEASE_NOTES_SYSTEM, cfg)
    write_out(f"# {version}\n\n_drafted with {used}_\n\n{text}", out)


@task
def notes_tracked(c, part="minor", out=None):
    """Same as ``notes`` but through the tracked multi-model service (preferred)."""
    version, user, _ = _release_prompt(c, part)
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt=user,
            task_type="release_notes",
            complexity=TaskComplexity.SIMPLE,
            system=prompts.RELEASE_NOTES_SYSTEM,
        )
    )
    write_out(f"# {version}\n\n{text}", out)


async def _headline(version: str, notes_text: str, model: str) -> str:
    client = get_openai()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="release_headline"
    ) as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Write a one-line headline for these release notes."},
                {"role": "user", "content": notes_text},
            ],
            max_tokens=40,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return f"{version}: {resp.choices[0].message.content.strip()}"


@task(help={"notes_file": "markdown produced by release.notes"})
def announce(c, notes_file, channel=None, yes=False):
    """Post release notes to Slack with a generated headline."""
    cfg = settings(c)
    text = Path(notes_file).read_text()
    version = text.splitlines()[0].lstrip("# ").strip()
    headline = asyncio.run(_headline(version, text, cfg.openai_model))
    channel = channel or c.config.ops.slack_channel
    if confirm(f"post to {channel}?", yes):
        ts = slack.post(channel, headline)
        slack.post(channel, text, thread_ts=ts)


@task
def banner(c, version, theme="spring"):
    """Generate a release banner image with Replicate."""
    cfg = settings(c)
    path = generate_banner(version, theme, cfg.replicate_banner_model, Path("dist/banners"))
    print(path or "no image returned")


@task(pre=[notes])
def tag(c, part="minor"):
    """Tag the release (runs notes first)."""
    version = next_version(last_tag(c), part)
    create_tag(c, version, f"Release {version}")
    c.run("git push --tags")


@task
def summarize_diff(c, ref=None):
    """Quick plain-English summary of the diff since the last tag (uses gpt directly)."""
    ref = ref or last_tag(c)
    diff = c.run(f"git diff --stat {ref}..HEAD", hide=True).stdout
    client = get_openai()
    resp = client.responses.create(
        model=settings(c).openai_model,
        input=f"Summarise this diffstat for a release manager:\n{diff}",
    )
    print(resp.output_text)


@task
def audio(c, notes_file, voice="alloy", out="dist/release-notes.mp3"):
    """Read the release notes aloud for the weekly demo stream."""
    text = Path(notes_file).read_text()[:4000]
    speech = get_openai().audio.speech.create(model="tts-1", voice=voice, input=text)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    speech.write_to_file(out)
    print(f"wrote {out}")
