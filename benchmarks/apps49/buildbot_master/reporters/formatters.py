"""Message formatters that add an LLM summary to the MailNotifier body.

This one goes through the tracked multi_model_service (the newer pattern).
"""
import asyncio

from buildbot.process.results import FAILURE, statusToString
from buildbot.reporters.message import MessageFormatter
from twisted.internet import defer

from llm.tracked import summarize_tracked
from utils.logs import fetch_failed_step_logs

MAIL_TEMPLATE = """\
Build {{ build['number'] }} of {{ buildername }} finished: {{ summary }}

{{ build_url }}

{% if llm_summary %}What went wrong (machine-written, may be wrong):
{{ llm_summary }}
{% endif %}
"""


class SummarizingMailFormatter(MessageFormatter):
    def __init__(self, **kwargs):
        kwargs.setdefault("template", MAIL_TEMPLATE)
        kwargs.setdefault("template_type", "plain")
        kwargs.setdefault("want_properties", True)
        kwargs.setdefault("want_logs", False)
        super().__init__(**kwargs)

    async def format_message_by_build(self, buildset, build, master, blamelist, mode, users=None):
        ctx_extra = {}
        if build["results"] == FAILURE:
            logs = await fetch_failed_step_logs(master, build["buildid"], max_chars=8000)
            if logs:
                step, text = logs[0]
                ctx_extra["llm_summary"] = await defer.Deferred.fromFuture(
                    asyncio.ensure_future(
                        summarize_tracked(f"Step {step} failed. Log tail:\n{text}",
                                          task_type="ci_mail_summary")
                    )
                )
        msg = await super().format_message_by_build(buildset, build, master, blamelist, mode, users)
        if ctx_extra.get("llm_summary"):
            msg["body"] = msg["body"] + "\n\n" + ctx_extra["llm_summary"]
        msg.setdefault("subject", f"[CI] {build['builder']['name']} {statusToString(build['results'])}")
        return msg
