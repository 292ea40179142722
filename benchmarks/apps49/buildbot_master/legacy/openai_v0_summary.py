"""Original failure summariser from 2023 (openai<1.0).

Still imported by the `nightly-legacy` builders which run on the old master
venv pinned to openai==0.28.  Do NOT add new callers; use
custom_steps.summarize_failure.SummarizeFailure instead.
"""
import os

import openai
from buildbot.plugins import steps, util
from twisted.internet import threads

openai.api_key = os.environ.get("OPENAI_API_KEY")

MAX_CHARS = 12000


def summarize_log(text, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarise why this CI build failed."},
            {"role": "user", "content": text[-MAX_CHARS:]},
        ],
        temperature=0.3,
    )
    return response["choices"][0]["message"]["content"]


def one_line_title(text):
    # used for the email subject; completions were cheaper back then
    response = openai.Completion.create(
        engine="gpt-3.5-turbo-instruct",
        prompt="One-line title for this CI failure:\n" + text[-2000:] + "\nTitle:",
        max_tokens=20,
    )
    return response["choices"][0]["text"].strip()


class LegacySummaryStep(steps.BuildStep):
    name = "legacy-summary"
    alwaysRun = True
    flunkOnFailure = False

    def __init__(self, log_property="last_stdio", **kwargs):
        self.log_property = log_property
        super().__init__(**kwargs)

    @util.renderer
    def _log_text(self, props):
        return props.getProperty(self.log_property, "")

    async def run(self):
        text = self.getProperty(self.log_property) or ""
        if not text:
            return util.SKIPPED
        summary = await threads.deferToThread(summarize_log, text)
        title = await threads.deferToThread(one_line_title, text)
        self.setProperty("legacy_summary_title", title, "LegacySummaryStep")
        await self.addCompleteLog("summary", summary)
        return util.SUCCESS
