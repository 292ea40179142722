"""DraftReleaseNotes: collects the changes in the build's sourcestamps since
the previous tag and drafts release notes.

On the GovCloud release builders (``use_bedrock=True``) we stream from Bedrock
because api.anthropic.com is blocked there.
"""
from buildbot.process import buildstep
from buildbot.process.results import FAILURE, SUCCESS
from twisted.internet import threads

from custom_steps.base import LLMStepMixin
from llm.clients import get_anthropic_client, get_bedrock_runtime
from llm.prompts import RELEASE_NOTES_SYSTEM, release_notes_user


class ReleaseNotesRenderer:
    """Formats the drafted notes for the CHANGELOG; no model involved."""

    def __init__(self, version, body):
        self.version = version
        self.body = body

    def generate(self):
        header = f"## {self.version}\n\n"
        return header + self.body.strip() + "\n"


class DraftReleaseNotes(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    name = "draft-release-notes"
    description = ["drafting notes"]
    descriptionDone = ["notes drafted"]
    renderables = ["version"]

    def __init__(self, version=None, use_bedrock=False, **kwargs):
        self.version = version
        self.use_bedrock = use_bedrock
        kwargs = self.setupShellMixin(kwargs, prohibitArgs=["command"])
        super().__init__(**kwargs)

    async def _changes(self):
        changes = []
        for ss in self.build.getAllSourceStamps():
            for change in ss.changes:
                changes.append({
                    "revision": change.revision or "",
                    "comments": change.comments or "(no message)",
                    "author": change.who,
                })
        return changes

    async def run(self):
        changes = await self._changes()
        if not changes:
            await self.addCompleteLog("notes", "No changes.")
            return SUCCESS
        user = release_notes_user(self.version, changes)
        try:
            if self.use_bedrock:
                body = await threads.deferToThread(self._stream_bedrock, user)
            else:
                body = await threads.deferToThread(self._stream_anthropic, user)
        except Exception as exc:  # noqa: BLE001
            await self.addCompleteLog("error", repr(exc))
            return FAILURE

        notes = ReleaseNotesRenderer(self.version, body).generate()
        await self.addCompleteLog("RELEASE_NOTES.md", notes)
        self.setProperty("release_notes", notes, "DraftReleaseNotes")
        return SUCCESS

    def _stream_anthropic(self, user):
        client = get_anthropic_client()
        chunks = []
        with client.messages.stream(
            model=self.llm_settings.anthropic_model,
            max_tokens=2000,
            system=RELEASE_NOTES_SYSTEM,
            messages=[{"role": "user", "content": user}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def _stream_bedrock(self, user):
        rt = get_bedrock_runtime()
        response = rt.converse_stream(
            modelId=self.llm_settings.bedrock_model_id,
            system=[{"text": RELEASE_NOTES_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": 2000},
        )
        out = []
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                out.append(delta["text"])
        return "".join(out)
