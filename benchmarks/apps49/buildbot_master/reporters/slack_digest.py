"""SlackFailureDigest: once a batch of builds finishes on a buildset, post one
Slack message per buildset with a short model-written digest.

Uses Cohere by default (the platform team had credits), Bedrock as a fallback.
"""
import json

from buildbot.process.results import FAILURE, Results
from buildbot.reporters.base import ReporterBase
from buildbot.reporters.generators.buildset import BuildSetStatusGenerator
from buildbot.reporters.message import MessageFormatterFunction
from buildbot.util import httpclientservice
from twisted.internet import defer, threads
from twisted.python import log

from llm.service import get_llm_service

DIGEST_PROMPT = (
    "Write a Slack message (max 5 lines, mrkdwn) summarising these CI results "
    "for the team channel. Mention builders that failed and the likely cause if given."
)


def _buildset_dict(context):
    return {"buildset": context["buildset"], "builds": context["builds"]}


class SlackFailureDigest(ReporterBase):
    name = "SlackFailureDigest"
    secrets = ["webhook_url"]

    def checkConfig(self, webhook_url, generators=None, **kwargs):
        if generators is None:
            generators = self._default_generators()
        super().checkConfig(generators=generators, **kwargs)

    @defer.inlineCallbacks
    def reconfigService(self, webhook_url, generators=None, fallback_model_id=None, **kwargs):
        if generators is None:
            generators = self._default_generators()
        yield super().reconfigService(generators=generators, **kwargs)
        self.fallback_model_id = fallback_model_id or "anthropic.claude-3-haiku-20240307-v1:0"
        self._slack = yield httpclientservice.HTTPClientService.getService(self.master, webhook_url)

    def _default_generators(self):
        fmt = MessageFormatterFunction(_buildset_dict, "json")
        return [BuildSetStatusGenerator(mode=("failing",), message_formatter=fmt)]

    def _digest(self, facts):
        svc = get_llm_service(self.master)
        text = json.dumps(facts, indent=1)
        try:
            res = svc.cohere.chat(
                model="command-r-08-2024",
                messages=[{"role": "user", "content": DIGEST_PROMPT + "\n\n" + text}],
                max_tokens=300,
            )
            return res.message.content[0].text
        except Exception as exc:  # noqa: BLE001
            log.msg(f"SlackFailureDigest: cohere failed ({exc}), trying bedrock")
        out = svc.bedrock.converse(
            modelId=self.fallback_model_id,
            messages=[{"role": "user", "content": [{"text": DIGEST_PROMPT + "\n\n" + text}]}],
            inferenceConfig={"maxTokens": 300},
        )
        return out["output"]["message"]["content"][0]["text"]

    @defer.inlineCallbacks
    def sendMessage(self, reports):
        for report in reports:
            body = report["body"]
            facts = [
                {
                    "builder": b["builder"]["name"],
                    "result": Results[b["results"]],
                    "summary": (b.get("properties") or {}).get("failure_summary", [None])[0],
                }
                for b in body["builds"]
            ]
            if not any(b["results"] == FAILURE for b in body["builds"]):
                continue
            text = yield threads.deferToThread(self._digest, facts)
            resp = yield self._slack.post("", json={"text": text})
            if resp.code != 200:
                log.msg(f"SlackFailureDigest: slack returned {resp.code}")
