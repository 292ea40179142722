import hashlib
import hmac
import json

from errbot import BotPlugin, arg_botcmd, botcmd, webhook

from explainer import PRExplainer, risk_flags
from github_client import GitHubClient, parse_pr_url
from lib.aio import run_sync
from lib.formatting import truncate
from lib.multi_model_service import TaskComplexity, multi_model_service


class PRReview(BotPlugin):
    """Explain pull requests for on-call."""

    def get_configuration_template(self):
        return {
            "GITHUB_TOKEN": "changeme",
            "WEBHOOK_SECRET": "changeme",
            "ANNOUNCE_CHANNEL": "#deploys",
            "WATCHED_REPOS": ["example/api", "example/billing"],
            "TRANSLATE_TO": "",
            "COMMENT_ON_PR": False,
        }

    def activate(self):
        super().activate()
        if not self.config:
            return
        self.gh = GitHubClient(self.config["GITHUB_TOKEN"])
        self.explainer = PRExplainer()

    def _explain(self, pr):
        text = self.explainer.explain(pr)
        flags = risk_flags(pr.diff)
        if flags:
            text += "\n\n*Heuristic flags:* " + ", ".join(flags)
        target = self.config.get("TRANSLATE_TO")
        if target:
            translator = self.get_plugin("Translate")
            text = translator.translate(text, target)
        incidents = self.get_plugin("IncidentSummary").mentions_incident(pr.body)
        if incidents:
            text += "\n\nRelated incidents: " + ", ".join(incidents)
        return text

    @botcmd
    def pr_explain(self, msg, args):
        """!pr explain <github PR url>"""
        parsed = parse_pr_url(args)
        if not parsed:
            return "Give me a GitHub PR URL."
        pr = self.gh.pull_request(*parsed)
        cache = self.get("explained", {})
        key = f"{pr.owner}/{pr.repo}#{pr.number}"
        if key in cache:
            return cache[key]
        text = truncate(self._explain(pr))
        cache[key] = text
        self["explained"] = cache
        return text

    @botcmd
    def pr_stream(self, msg, args):
        """Like !pr explain but streams the answer."""
        parsed = parse_pr_url(args)
        if not parsed:
            return
        pr = self.gh.pull_request(*parsed)
        buf = ""
        for delta in self.explainer.stream_explain(pr):
            buf += delta
            if len(buf) > 700:
                yield buf
                buf = ""
        if buf:
            yield buf

    @arg_botcmd("url", type=str)
    @arg_botcmd("--audience", dest="audience", type=str, default="support")
    def pr_release_note(self, msg, url, audience):
        """Draft a customer-facing release note for a PR (tracked path)."""
        parsed = parse_pr_url(url)
        if not parsed:
            return "Give me a GitHub PR URL."
        pr = self.gh.pull_request(*parsed)
        result = run_sync(
            multi_model_service.generate_response(
                prompt=f"Write a release note for {audience} about:\n{pr.title}\n{pr.body[:3000]}",
                task_type="pr_release_note",
                complexity=TaskComplexity.STANDARD,
            )
        )
        return result.text

    @webhook("/github/pull_request", raw=True)
    def github_pr(self, request):
        secret = self.config["WEBHOOK_SECRET"].encode()
        body = request.get_data()
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
            return "bad signature"
        event = json.loads(body)
        if event.get("action") not in ("opened", "ready_for_review"):
            return "ignored"
        repo = event["repository"]["full_name"]
        if repo not in self.config["WATCHED_REPOS"]:
            return "not watched"
        owner, name = repo.split("/")
        pr = self.gh.pull_request(owner, name, event["number"])
        text = truncate(self._explain(pr))
        self.send(self.build_identifier(self.config["ANNOUNCE_CHANNEL"]), f"*{repo}#{pr.number}* {pr.title}\n{text}")
        if self.config.get("COMMENT_ON_PR"):
            self.gh.comment(owner, name, pr.number, f"🤖 on-call summary:\n\n{text}")
        return "ok"
