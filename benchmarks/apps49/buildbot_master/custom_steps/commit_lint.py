"""CommitMessageLint: checks commit messages against our convention.

Uses a small Llama on Groq because it's fast and cheap; it only ever warns.
"""
import os
import re

from buildbot.process import buildstep
from buildbot.process.results import SUCCESS, WARNINGS
from openai import OpenAI
from twisted.internet import threads

from llm.prompts import COMMIT_LINT_SYSTEM

SUBJECT_RE = re.compile(r"^[a-z0-9_\-/]+: \S.{0,70}$")

_groq = None


def _groq_client():
    global _groq
    if _groq is None:
        _groq = OpenAI(
            base_url="https://api.groq.com/openai/v1",
            api_key=os.environ.get("GROQ_API_KEY"),
        )
    return _groq


def lint_subject(message):
    subject = message.splitlines()[0] if message else ""
    return bool(SUBJECT_RE.match(subject))


class CommitMessageLint(buildstep.BuildStep):
    name = "commit-lint"
    flunkOnFailure = False
    warnOnFailure = True

    def __init__(self, model="llama-3.1-8b-instant", **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def _suggest(self, message):
        resp = _groq_client().chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": COMMIT_LINT_SYSTEM},
                {"role": "user", "content": message},
            ],
            max_tokens=80,
            temperature=0,
        )
        return resp.choices[0].message.content.strip()

    async def run(self):
        bad = []
        for ss in self.build.getAllSourceStamps():
            for change in ss.changes:
                if lint_subject(change.comments):
                    continue
                suggestion = await threads.deferToThread(self._suggest, change.comments)
                if suggestion != "OK":
                    bad.append(f"{(change.revision or '')[:10]}: {suggestion}")
        if bad:
            await self.addCompleteLog("suggestions", "\n".join(bad))
            return WARNINGS
        return SUCCESS
