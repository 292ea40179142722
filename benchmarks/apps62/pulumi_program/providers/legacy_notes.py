"""DEPRECATED: first version of the release-notes provider (v0 of the platform repo).

Still referenced by the `billing` stack until it's migrated to
`providers.release_notes.ReleaseNotes`. Do not add new users.
"""
from __future__ import annotations

import os

import openai
import pulumi
from pulumi.dynamic import CreateResult, ResourceProvider

openai.api_key = os.getenv("OPENAI_API_KEY")


class LegacyNotesProvider(ResourceProvider):
    def create(self, inputs):
        text = "\n".join(inputs.get("commit_messages", []))
        resp = openai.chat.completions.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": "Write release notes for:\n" + text}],
        )
        return CreateResult(id_=inputs["release"], outs={**inputs, "notes": resp.choices[0].message.content})


class LegacyNotes(pulumi.dynamic.Resource):
    def __init__(self, name, release, commit_messages, opts=None):
        super().__init__(LegacyNotesProvider(), name,
                         {"release": release, "commit_messages": commit_messages, "notes": None}, opts)
