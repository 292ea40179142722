"""SummarizeFailure: runs at the end of a build (alwaysRun) and, if any
earlier step failed, asks a model to explain the failure.

The summary is attached as a log and set as the ``failure_summary`` property
so the reporters can pick it up.
"""
import asyncio

from buildbot.process import buildstep
from buildbot.process.results import FAILURE, SKIPPED, SUCCESS, WARNINGS
from twisted.internet import defer, threads

from llm import get_openai_client, openai_client
from llm.backends import get_backend
from llm.prompts import FAILURE_SUMMARY_SYSTEM, failure_summary_user
from llm.tracked import summarize_tracked
from custom_steps.base import LLMStepMixin
from utils.logs import fetch_failed_step_logs


class SummarizeFailure(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    name = "summarize-failure"
    description = ["summarizing"]
    descriptionDone = ["summary"]
    alwaysRun = True
    flunkOnFailure = False
    warnOnFailure = False

    def __init__(self, backend=None, deep=False, tracked=False, **kwargs):
        self.backend_name = backend
        self.deep = deep
        self.tracked = tracked
        kwargs = self.setupShellMixin(kwargs, prohibitArgs=["command"])
        super().__init__(**kwargs)

    async def run(self):
        if self.build.results == SUCCESS:
            return SKIPPED
        if not self.llm_allowed():
            return SKIPPED

        buildid = self.build.buildid
        failed = await fetch_failed_step_logs(
            self.master, buildid, max_chars=self.llm_settings.max_log_chars
        )
        if not failed:
            return SKIPPED

        step_name, text = failed[0]
        user = failure_summary_user(self.build.builder.name, step_name, text)

        if self.tracked:
            summary = await defer.Deferred.fromFuture(
                asyncio.ensure_future(summarize_tracked(FAILURE_SUMMARY_SYSTEM + "\n\n" + user))
            )
        elif self.deep:
            summary = await self._deep_summary(user)
        elif self.backend_name == "legacy":
            summary = await threads.deferToThread(self._summarize_legacy, user)
        else:
            backend = get_backend(self.backend_name)
            summary = await threads.deferToThread(backend.summarize, FAILURE_SUMMARY_SYSTEM, user)

        self.setProperty("failure_summary", summary, "SummarizeFailure")
        await self.add_markdown_log("summary", summary)
        return SUCCESS if summary else WARNINGS

    async def _deep_summary(self, user):
        """Bigger model, used on the release branches only."""
        client = get_openai_client()
        resp = await threads.deferToThread(
            client.chat.completions.create,
            model=self.llm_settings.openai_big_model,
            messages=[
                {"role": "system", "content": FAILURE_SUMMARY_SYSTEM},
                {"role": "user", "content": user},
            ],
            max_tokens=1200,
        )
        return resp.choices[0].message.content

    def _summarize_legacy(self, user):
        """Pre-backend code path; still used when backend='legacy'.

        TODO(jr): delete after the 4.x upgrade, it duplicates OpenAIBackend.
        """
        completion = openai_client().chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": FAILURE_SUMMARY_SYSTEM + "\n\n" + user}],
        )
        return completion.choices[0].message.content


class ExplainCompileError(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    """Re-runs the compiler on the first failing TU with -fdiagnostics-format=json
    and asks Claude (through the master's service) to explain the diagnostics.
    """

    name = "explain-compile-error"
    alwaysRun = True
    flunkOnFailure = False

    def __init__(self, **kwargs):
        kwargs = self.setupShellMixin(kwargs)
        super().__init__(**kwargs)

    async def run(self):
        if self.build.results not in (FAILURE,):
            return SKIPPED
        cmd = await self.makeRemoteShellCommand(collectStdout=True, collectStderr=True)
        await self.runCommand(cmd)
        diagnostics = (cmd.stderr or "")[-12000:]
        if not diagnostics.strip():
            return SKIPPED

        svc = self.llm
        if svc is None or svc.anthropic is None:
            return SKIPPED

        def _ask():
            return svc.anthropic.messages.create(
                model=self.llm_settings.anthropic_fast_model,
                max_tokens=700,
                system="Explain these C++ compiler diagnostics to a developer in plain words.",
                messages=[{"role": "user", "content": diagnostics}],
            )

        msg = await threads.deferToThread(_ask)
        text = msg.content[0].text
        await self.addCompleteLog("explanation", text)
        return SUCCESS
