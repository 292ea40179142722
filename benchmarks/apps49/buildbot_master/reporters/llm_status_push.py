"""LLMStatusPush: HttpStatusPush that enriches the payload with an LLM
summary of the failure before POSTing it to the CI dashboard.

If the build already carries a ``failure_summary`` property (set by the
SummarizeFailure step) we reuse it; otherwise we summarise here.
"""
from buildbot.process.results import FAILURE, EXCEPTION, Results
from buildbot.reporters.base import ReporterBase
from buildbot.reporters.generators.build import BuildStatusGenerator
from buildbot.reporters.message import MessageFormatterFunction
from buildbot.util import httpclientservice
from twisted.internet import defer, threads
from twisted.python import log

from llm import get_anthropic_client, get_openai_client
from llm.prompts import FAILURE_SUMMARY_SYSTEM, failure_summary_user
from llm.settings import load_settings
from utils.logs import fetch_failed_step_logs
from utils.retry import retry_call


def _build_dict(context):
    return context["build"]


class LLMStatusPush(ReporterBase):
    name = "LLMStatusPush"
    secrets = ["auth"]

    def checkConfig(self, serverUrl, auth=None, headers=None, provider="anthropic",
                    debug=None, verify=None, generators=None, **kwargs):
        if generators is None:
            generators = self._create_default_generators()
        super().checkConfig(generators=generators, **kwargs)
        httpclientservice.HTTPClientService.checkAvailable(self.__class__.__name__)

    @defer.inlineCallbacks
    def reconfigService(self, serverUrl, auth=None, headers=None, provider="anthropic",
                        debug=None, verify=None, generators=None, **kwargs):
        self.debug = debug
        self.verify = verify
        self.provider = provider
        if generators is None:
            generators = self._create_default_generators()
        yield super().reconfigService(generators=generators, **kwargs)
        self._http = yield httpclientservice.HTTPClientService.getService(
            self.master, serverUrl, auth=auth, headers=headers, debug=debug, verify=verify
        )

    def _create_default_generators(self):
        formatter = MessageFormatterFunction(_build_dict, "json", want_properties=True)
        return [BuildStatusGenerator(message_formatter=formatter, report_new=True)]

    def _summarize_anthropic(self, user):
        client = get_anthropic_client().with_options(timeout=20.0)
        msg = client.messages.create(
            model=load_settings().anthropic_fast_model,
            max_tokens=400,
            system=FAILURE_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": user}],
        )
        return msg.content[0].text

    def _summarize_openai(self, user):
        client = get_openai_client()
        resp = retry_call(
            client.chat.completions.create,
            model=load_settings().openai_model,
            messages=[{"role": "system", "content": FAILURE_SUMMARY_SYSTEM},
                      {"role": "user", "content": user}],
            max_tokens=400,
        )
        return resp.choices[0].message.content

    @defer.inlineCallbacks
    def _summary_for(self, build):
        props = build.get("properties") or {}
        if "failure_summary" in props:
            return props["failure_summary"][0]
        logs = yield fetch_failed_step_logs(self.master, build["buildid"], max_chars=12000)
        if not logs:
            return None
        step_name, text = logs[0]
        user = failure_summary_user(build["builder"]["name"], step_name, text)
        fn = self._summarize_openai if self.provider == "openai" else self._summarize_anthropic
        try:
            summary = yield threads.deferToThread(fn, user)
        except Exception as exc:  # noqa: BLE001 -- never break reporting
            log.err(exc, "LLMStatusPush: summary failed")
            return None
        return summary

    @defer.inlineCallbacks
    def sendMessage(self, reports):
        for report in reports:
            build = report["body"]
            payload = {
                "buildid": build["buildid"],
                "builder": build["builder"]["name"],
                "number": build["number"],
                "results": Results[build["results"]] if build["results"] is not None else None,
                "url": build.get("url"),
            }
            if build["results"] in (FAILURE, EXCEPTION):
                payload["summary"] = yield self._summary_for(build)
            response = yield self._http.post("", json=payload)
            if not self.isStatus2XX(response.code):
                log.msg(f"{response.code}: unable to push status for {payload['builder']}")
            if self.debug:
                content = yield response.content()
                log.msg(f"LLMStatusPush: {response.code} {content}")

    def isStatus2XX(self, code):
        return code // 100 == 2
