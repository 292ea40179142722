"""GitHubFailureComment: comments on the PR with an explanation when a PR
build fails.  Async all the way down (AsyncAnthropic + buildbot's asyncio
reactor), so no deferToThread here.
"""
import os

from anthropic import AsyncAnthropic
from buildbot.process.properties import Properties
from buildbot.process.results import FAILURE
from buildbot.reporters.base import ReporterBase
from buildbot.reporters.generators.build import BuildStatusGenerator
from buildbot.reporters.message import MessageFormatterFunction
from buildbot.util import httpclientservice
from twisted.python import log

from llm.prompts import FAILURE_SUMMARY_SYSTEM, failure_summary_user
from utils.logs import fetch_failed_step_logs

COMMENT_MARKER = "<!-- ci-llm-summary -->"


def _ctx(context):
    return context["build"]


class GitHubFailureComment(ReporterBase):
    name = "GitHubFailureComment"
    secrets = ["token"]

    def checkConfig(self, token, generators=None, **kwargs):
        if generators is None:
            generators = [BuildStatusGenerator(
                mode=("failing",),
                message_formatter=MessageFormatterFunction(_ctx, "json", want_properties=True),
            )]
        super().checkConfig(generators=generators, **kwargs)

    async def reconfigService(self, token, model="claude-3-5-sonnet-20241022",
                              generators=None, **kwargs):
        if generators is None:
            generators = [BuildStatusGenerator(
                mode=("failing",),
                message_formatter=MessageFormatterFunction(_ctx, "json", want_properties=True),
            )]
        await super().reconfigService(generators=generators, **kwargs)
        self.model = model
        self.claude = AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
        self._gh = await httpclientservice.HTTPClientService.getService(
            self.master, "https://api.github.com",
            headers={"Authorization": f"token {token}", "User-Agent": "ci-master"},
        )

    async def _explain(self, build):
        logs = await fetch_failed_step_logs(self.master, build["buildid"], max_chars=16000)
        if not logs:
            return None
        step, text = logs[0]
        message = await self.claude.messages.create(
            model=self.model,
            max_tokens=900,
            system=FAILURE_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": failure_summary_user(build["builder"]["name"], step, text)}],
        )
        return message.content[0].text

    async def sendMessage(self, reports):
        for report in reports:
            build = report["body"]
            if build["results"] != FAILURE:
                continue
            props = Properties.fromDict(build.get("properties") or {})
            pr = props.getProperty("github.number")
            repo = props.getProperty("github.base.repo.full_name")
            if not pr or not repo:
                continue
            try:
                text = await self._explain(build)
            except Exception as exc:  # noqa: BLE001
                log.err(exc, "GitHubFailureComment: explain failed")
                continue
            if not text:
                continue
            body = f"{COMMENT_MARKER}\n**CI failed on `{build['builder']['name']}`**\n\n{text}"
            res = await self._gh.post(f"/repos/{repo}/issues/{pr}/comments", json={"body": body})
            if res.code not in (200, 201):
                log.msg(f"GitHubFailureComment: {res.code} for {repo}#{pr}")
