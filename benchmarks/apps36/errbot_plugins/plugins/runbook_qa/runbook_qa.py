import os
import re
import subprocess

from errbot import BotPlugin, arg_botcmd, botcmd, re_botcmd

from answerer import RunbookAnswerer, followups
from lib import get_cohere_client, get_openai_client, registry
from lib.formatting import bullet_list, truncate
from lib.retrieval import RunbookIndex, format_context


class RunbookQA(BotPlugin):
    """Ask the runbooks: !runbook ask <question>"""

    def get_configuration_template(self):
        return {
            "RUNBOOK_REPO": "git@github.com:example/runbooks.git",
            "QUICK_PROVIDER": "groq",
            "REFRESH_INTERVAL": 3600,
            "TOP_N": 5,
            "STREAM_ANSWERS": False,
        }

    def activate(self):
        super().activate()
        self.repo_path = self.bot_config.RUNBOOK_REPO_PATH
        self.index = RunbookIndex(client=get_cohere_client())
        self.answerer = RunbookAnswerer(get_openai_client())
        state = self.get("index_state")
        if state:
            self.index.load_state(state)
            self.log.info("loaded %d runbook passages from storage", len(self.index.passages))
        interval = int((self.config or {}).get("REFRESH_INTERVAL", 3600))
        self.start_poller(interval, self._refresh)

    def _refresh(self):
        if not os.path.isdir(os.path.join(self.repo_path, ".git")):
            return
        before = subprocess.run(
            ["git", "-C", self.repo_path, "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        subprocess.run(["git", "-C", self.repo_path, "pull", "--ff-only", "-q"], check=False)
        after = subprocess.run(
            ["git", "-C", self.repo_path, "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        if before != after or not self.index.passages:
            count = self.index.rebuild(self.repo_path)
            self["index_state"] = self.index.to_state()
            self.log.info("runbook index refreshed (%s -> %s, %d passages)", before[:8], after[:8], count)

    @arg_botcmd("question", type=str, nargs="+")
    @arg_botcmd("--top", dest="top", type=int, default=None)
    def runbook_ask(self, msg, question, top):
        """Answer a question from the runbooks."""
        q = " ".join(question)
        if self.answerer.is_flagged(q):
            return "That question was flagged by moderation; not answering."
        top_n = top or int((self.config or {}).get("TOP_N", 5))
        passages = self.index.retrieve(q, top_n=top_n)
        if (self.config or {}).get("STREAM_ANSWERS"):
            buf = ""
            for delta in self.answerer.answer_stream(q, passages):
                buf += delta
                if buf.endswith("\n\n") and len(buf) > 600:
                    yield buf
                    buf = ""
            if buf:
                yield buf
            return
        answer = self.answerer.answer(q, passages)
        self._remember(msg, q, answer.sources)
        yield truncate(answer.text)
        extra = followups(answer)
        if answer.sources:
            yield "Sources:\n" + bullet_list(answer.sources + extra)

    @re_botcmd(pattern=r"^how do i (?P<q>.+)\?$", prefixed=False, flags=re.IGNORECASE)
    def quick_howto(self, msg, match):
        """Unprefixed 'how do I ...?' questions get a short answer in #ops."""
        if getattr(msg.to, "channelname", "") not in ("ops", "#ops"):
            return None
        passages = self.index.search(match.group("q"), k=3)
        if not passages:
            return None
        provider = (self.config or {}).get("QUICK_PROVIDER", "groq")
        result = registry.chat(
            provider,
            [
                {"role": "system", "content": "Answer in at most three sentences from the excerpts."},
                {"role": "user", "content": f"{format_context(passages)}\n\nHow do I {match.group('q')}?"},
            ],
            max_tokens=200,
        )
        return f"{result.text}\n_(quick answer via {result.provider}; try `!runbook ask` for more)_"

    @botcmd(admin_only=True)
    def runbook_reindex(self, msg, args):
        """Rebuild the runbook embedding index now."""
        count = self.index.rebuild(self.repo_path)
        self["index_state"] = self.index.to_state()
        return f"Indexed {count} passages."

    @botcmd
    def runbook_search(self, msg, args):
        """Show the best-matching runbook passages without generating an answer."""
        hits = self.index.retrieve(args, top_n=5)
        return "\n".join(f"*{h.title}* `{h.source}` ({h.score:.2f})" for h in hits) or "No matches."

    @botcmd
    def runbook_feedback(self, msg, args):
        """!runbook feedback good|bad [comment]"""
        verdict, _, comment = args.partition(" ")
        with self.mutable("feedback", []) as fb:
            fb.append({"user": str(msg.frm), "verdict": verdict, "comment": comment, "last": self.get("last_q", {}).get(str(msg.frm))})
        return "Thanks, noted."

    def _remember(self, msg, question, sources):
        with self.mutable("last_q", {}) as last:
            last[str(msg.frm)] = {"q": question, "sources": sources}
