"""FlakyTestTriage: for each failing test, look at its history on main and
ask a model whether it looks flaky.  Flaky verdicts with high confidence mark
the step WARNINGS instead of FAILURE so the merge queue keeps moving.

Written with inlineCallbacks before we had async steps; don't bother
converting it, it's getting replaced by the dashboard's own triage (PLAT-2410).
"""
import asyncio
import json

from buildbot.process import buildstep, logobserver
from buildbot.process.results import FAILURE, SUCCESS, WARNINGS
from twisted.internet import defer, threads

from custom_steps.base import LLMStepMixin
from llm import get_async_openai_client
from llm.prompts import FLAKY_TRIAGE_SYSTEM, flaky_user
from llm.tracked import openai_tracked
from utils.dashboard import DashboardClient, TicketClient
from utils.logs import failed_tests, tail

FLAKY_THRESHOLD = 0.75


def _parse_verdict(raw):
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return {"verdict": "unknown", "confidence": 0.0, "reason": "unparseable"}
    data.setdefault("confidence", 0.0)
    return data


class FlakyTestTriage(LLMStepMixin, buildstep.ShellMixin, buildstep.BuildStep):
    name = "flaky-triage"
    description = ["triaging"]
    descriptionDone = ["triaged"]

    def __init__(self, provider="openai", file_tickets=False, use_tracker=False, **kwargs):
        self.provider = provider
        self.file_tickets = file_tickets
        self.use_tracker = use_tracker
        kwargs = self.setupShellMixin(kwargs)
        super().__init__(**kwargs)
        self.observer = logobserver.BufferLogObserver(wantStdout=True, wantStderr=True)
        self.addLogObserver("stdio", self.observer)
        self.dashboard = DashboardClient()

    @defer.inlineCallbacks
    def run(self):
        cmd = yield self.makeRemoteShellCommand()
        yield self.runCommand(cmd)
        if cmd.didFail() is False:
            return SUCCESS

        output = self.observer.getStdout() + self.observer.getStderr()
        tests = failed_tests(output)[:10]
        if not tests or not self.llm_allowed():
            return FAILURE

        verdicts = {}
        for test in tests:
            history = yield threads.deferToThread(self.dashboard.flaky_history, test)
            user = flaky_user(test, history, tail(output, 6000))
            if self.provider == "cohere":
                raw = yield self._ask_cohere(user)
            elif self.use_tracker:
                raw = yield defer.Deferred.fromFuture(asyncio.ensure_future(openai_tracked(
                    [{"role": "system", "content": FLAKY_TRIAGE_SYSTEM},
                     {"role": "user", "content": user}],
                    feature="flaky_triage",
                )))
            else:
                raw = yield self._ask_openai(user)
            verdicts[test] = _parse_verdict(raw)

        yield self.addCompleteLog("triage.json", json.dumps(verdicts, indent=2))
        self.setProperty("flaky_verdicts", verdicts, "FlakyTestTriage")

        if self.file_tickets:
            yield self._file_tickets(verdicts)

        if all(v["verdict"] == "flaky" and v["confidence"] >= FLAKY_THRESHOLD
               for v in verdicts.values()):
            return WARNINGS
        return FAILURE

    def _ask_openai(self, user):
        client = get_async_openai_client()
        coro = client.chat.completions.create(
            model=self.llm_settings.openai_model,
            messages=[
                {"role": "system", "content": FLAKY_TRIAGE_SYSTEM},
                {"role": "user", "content": user},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        d = defer.Deferred.fromFuture(asyncio.ensure_future(coro))
        d.addCallback(lambda resp: resp.choices[0].message.content)
        return d

    def _ask_cohere(self, user):
        co = self.llm.cohere

        def _call():
            res = co.chat(
                model=self.llm_settings.cohere_chat_model,
                messages=[
                    {"role": "system", "content": FLAKY_TRIAGE_SYSTEM},
                    {"role": "user", "content": user},
                ],
                response_format={"type": "json_object"},
            )
            return res.message.content[0].text

        return threads.deferToThread(_call)

    @defer.inlineCallbacks
    def _file_tickets(self, verdicts):
        tickets = TicketClient()
        for test, v in verdicts.items():
            if v["verdict"] != "flaky" or v["confidence"] < FLAKY_THRESHOLD:
                continue
            key = yield threads.deferToThread(
                tickets.issues.create,
                "PLAT",
                f"Flaky test: {test}",
                v.get("reason", ""),
                labels=("flaky", "auto-triage"),
            )
            yield self.addCompleteLog(f"ticket-{test}", key)
