"""`ReleaseNotes` dynamic resource: generates Markdown release notes for a service
version and stores them in the resource outputs (later published to S3 by the
`ReleasePipeline` component)."""
from __future__ import annotations

import hashlib
import json
from typing import Any, Optional

import pulumi
from pulumi.dynamic import CreateResult, DiffResult, ResourceProvider, UpdateResult

from infra_ai.clients import get_openai
from infra_ai.prompts import RELEASE_NOTES_SYSTEM, RELEASE_NOTES_USER, render_commits
from infra_ai.settings import SETTINGS


def _fingerprint(props: dict) -> str:
    payload = json.dumps(
        {k: props.get(k) for k in ("service", "version", "commits")}, sort_keys=True, default=str
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


class ReleaseNotesProvider(ResourceProvider):
    """Calls the model only when the inputs actually change."""

    def _generate(self, props: dict) -> tuple[str, dict]:
        client = get_openai()
        prompt = RELEASE_NOTES_USER.format(
            service=props["service"],
            version=props["version"],
            previous=props.get("previous_version") or "n/a",
            commits=render_commits(props.get("commits", [])),
        )
        completion = client.chat.completions.create(
            model=props.get("model") or SETTINGS.openai_model,
            messages=[
                {"role": "system", "content": RELEASE_NOTES_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            temperature=0.1,
        )
        usage = {
            "input_tokens": completion.usage.prompt_tokens if completion.usage else 0,
            "output_tokens": completion.usage.completion_tokens if completion.usage else 0,
        }
        return completion.choices[0].message.content or "", usage

    def create(self, props: dict) -> CreateResult:
        notes, usage = self._generate(props)
        fp = _fingerprint(props)
        outs = {**props, "notes": notes, "fingerprint": fp, "usage": usage}
        return CreateResult(id_=f"{props['service']}-{props['version']}-{fp}", outs=outs)

    def diff(self, _id: str, olds: dict, news: dict) -> DiffResult:
        changed = _fingerprint(olds) != _fingerprint(news)
        replaces = ["service"] if olds.get("service") != news.get("service") else []
        return DiffResult(changes=changed, replaces=replaces, delete_before_replace=False)

    def update(self, _id: str, olds: dict, news: dict) -> UpdateResult:
        if olds.get("fingerprint") == _fingerprint(news):
            return UpdateResult(outs={**olds, **news})
        notes, usage = self._generate(news)
        return UpdateResult(outs={**news, "notes": notes, "fingerprint": _fingerprint(news), "usage": usage})

    def delete(self, _id: str, _props: dict) -> None:
        # nothing to clean up: notes only live in state
        return None


class ReleaseNotesArgs:
    def __init__(self, service: pulumi.Input[str], version: pulumi.Input[str],
                 commits: pulumi.Input[list], previous_version: Optional[pulumi.Input[str]] = None,
                 model: Optional[str] = None):
        self.service = service
        self.version = version
        self.commits = commits
        self.previous_version = previous_version
        self.model = model


class ReleaseNotes(pulumi.dynamic.Resource):
    notes: pulumi.Output[str]
    fingerprint: pulumi.Output[str]
    usage: pulumi.Output[Any]

    def __init__(self, name: str, args: ReleaseNotesArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__(
            ReleaseNotesProvider(),
            name,
            {
                "service": args.service,
                "version": args.version,
                "commits": args.commits,
                "previous_version": args.previous_version,
                "model": args.model,
                "notes": None,
                "fingerprint": None,
                "usage": None,
            },
            opts,
        )
