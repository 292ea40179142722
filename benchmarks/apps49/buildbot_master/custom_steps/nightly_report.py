"""NightlyHealthReport: runs on the `nightly-report` builder (Nightly
scheduler at 06:00) and writes a digest of the last 24h of failures.

Half migrated to Azure OpenAI (corp tenant) -- the cohere path is what
actually runs today; flip ``engine='azure'`` once PLAT-2388 lands.
"""
import json
import os
import time

from buildbot.process import buildstep
from buildbot.process.results import FAILURE, SUCCESS
from openai import AsyncAzureOpenAI
from twisted.internet import defer, threads

from custom_steps.base import LLMStepMixin

REPORT_PROMPT = (
    "You get a JSON list of failed CI builds from the last 24 hours with their "
    "summaries. Write a short health report: top recurring causes, builders "
    "that are consistently red, and anything that looks like infrastructure."
)


class NightlyHealthReport(LLMStepMixin, buildstep.BuildStep):
    name = "nightly-health-report"
    descriptionDone = ["report written"]

    def __init__(self, engine="cohere", **kwargs):
        self.engine = engine
        super().__init__(**kwargs)
        self._azure = None

    @property
    def azure(self):
        if self._azure is None:
            self._azure = AsyncAzureOpenAI(
                azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT", "https://corp-ci.openai.azure.com"),
                api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
                api_version="2024-10-21",
            )
        return self._azure

    async def _failed_builds(self):
        since = int(time.time()) - 86400
        builds = await self.master.data.get(
            ("builds",),
            filters=[],
            order=["-buildid"],
            limit=500,
        )
        out = []
        for b in builds:
            if b["results"] != FAILURE or (b["complete_at"] and b["complete_at"].timestamp() < since):
                continue
            props = await self.master.data.get(("builds", b["buildid"], "properties"))
            out.append({
                "builderid": b["builderid"],
                "number": b["number"],
                "summary": (props or {}).get("failure_summary", [None])[0],
            })
        return out

    def _cohere_report(self, facts):
        co = self.llm.cohere
        parts = []
        for event in co.chat_stream(
            model=self.llm_settings.cohere_chat_model,
            messages=[{"role": "user", "content": REPORT_PROMPT + "\n\n" + json.dumps(facts)}],
        ):
            if event.type == "content-delta":
                parts.append(event.delta.message.content.text)
        return "".join(parts)

    async def _azure_report(self, facts):
        stream = await self.azure.chat.completions.create(
            model="gpt-4o-ci",  # deployment name
            messages=[
                {"role": "system", "content": REPORT_PROMPT},
                {"role": "user", "content": json.dumps(facts)},
            ],
            stream=True,
        )
        parts = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
        return "".join(parts)

    async def run(self):
        facts = await self._failed_builds()
        if not facts:
            await self.addCompleteLog("report", "All green in the last 24h.")
            return SUCCESS
        if self.engine == "azure":
            report = await defer.ensureDeferred(self._azure_report(facts))
        else:
            report = await threads.deferToThread(self._cohere_report, facts)
        await self.addCompleteLog("report.md", report)
        self.setProperty("nightly_report", report, "NightlyHealthReport")
        return SUCCESS
