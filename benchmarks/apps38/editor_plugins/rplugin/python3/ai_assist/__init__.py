"""Neovim remote plugin: AI assist.

Register with :UpdateRemotePlugins after install.  Commands:
  :AiExplain (range)   :AiAsk {question}   :AiCommitMsg   :AiSummary
  :AiErrorExplain       AiComplete() for the insert-mode mapping
"""
import logging
import os
import threading

import pynvim

from . import _bootstrap  # noqa: F401

from core.clients import get_deepseek, get_groq, get_mistral
from core.prompts import SYSTEM_EXPLAIN, build_explain_prompt, build_fim_context, strip_fences
from core.providers import backend_for

from . import commit_msg, review, summaries
from .inline import InlineCompleter
from .settings import buffer_text, cursor_offset, from_nvim

log = logging.getLogger("ai_assist")
if os.environ.get("AI_ASSIST_LOG"):
    logging.basicConfig(filename=os.environ["AI_ASSIST_LOG"], level=logging.DEBUG)

NS_NAME = "ai_assist_ghost"


@pynvim.plugin
class AiAssist(object):
    def __init__(self, nvim):
        self.nvim = nvim
        self._settings = None
        self._inline = None
        self._deepseek = None
        self._groq = None
        self._ns = None

    # -- lazy state -------------------------------------------------------
    @property
    def settings(self):
        if self._settings is None:
            self._settings = from_nvim(self.nvim)
        return self._settings

    @property
    def client(self):
        """Explain/ask use DeepSeek by default (cheap, good at code)."""
        if self._deepseek is None:
            self._deepseek = get_deepseek()
        return self._deepseek

    @property
    def mistral(self):
        return get_mistral(self.settings.key_for("codestral"))

    @property
    def inline(self):
        if self._inline is None:
            self._inline = InlineCompleter(self.settings)
        return self._inline

    def _echo(self, msg, hl="None"):
        self.nvim.async_call(lambda: self.nvim.api.echo([[msg, hl]], True, {}))

    def _scratch(self, title, text):
        def show():
            self.nvim.command("botright new")
            buf = self.nvim.current.buffer
            buf.options["buftype"] = "nofile"
            buf.options["filetype"] = "markdown"
            buf.name = "[AI] %s" % title
            buf[:] = text.splitlines()

        self.nvim.async_call(show)

    # -- commands -----------------------------------------------------------
    @pynvim.command("AiExplain", range="", nargs="0")
    def explain(self, args, rng):
        buf = self.nvim.current.buffer
        start, end = rng
        code = "\n".join(buf[start - 1 : end])
        lang = buf.options["filetype"] or "text"
        prompt = build_explain_prompt(code, lang, buf.name)
        s = self.settings

        def work():
            try:
                resp = self.client.chat.completions.create(
                    model=s.deepseek_model,
                    messages=[
                        {"role": "system", "content": SYSTEM_EXPLAIN},
                        {"role": "user", "content": prompt},
                    ],
                    max_tokens=s.max_tokens,
                )
            except Exception as exc:  # noqa: BLE001
                self._echo("AiExplain: %s" % exc, "ErrorMsg")
                return
            self._scratch("explain", resp.choices[0].message.content)

        threading.Thread(target=work, daemon=True).start()

    @pynvim.command("AiAsk", nargs="+")
    def ask(self, args):
        question = " ".join(args)
        backend = backend_for(self.settings.provider)

        def work():
            answer = backend.chat([{"role": "user", "content": question}], max_tokens=self.settings.max_tokens)
            self._scratch(question[:30], answer)

        threading.Thread(target=work, daemon=True).start()

    @pynvim.function("AiComplete", sync=True)
    def complete(self, args):
        """Synchronous FIM for the <C-g><C-a> mapping; returns text to insert."""
        buf = self.nvim.current.buffer
        text = buffer_text(buf)
        ctx = build_fim_context(text, cursor_offset(self.nvim, buf), buf.options["filetype"], buf.name)
        resp = self.mistral.fim.complete(
            model=self.settings.fim_model,
            prompt=ctx.prefix,
            suffix=ctx.suffix,
            max_tokens=self.settings.fim_max_tokens,
            temperature=0.0,
        )
        return strip_fences(resp.choices[0].message.content) if resp.choices else ""

    @pynvim.autocmd("CursorHoldI", pattern="*", eval="bufnr()")
    def on_hold(self, bufnr):
        if not self.nvim.vars.get("ai_assist_ghost_text"):
            return
        buf = self.nvim.buffers[bufnr]
        ctx = build_fim_context(buffer_text(buf), cursor_offset(self.nvim, buf), buf.options["filetype"])
        row, col = self.nvim.current.window.cursor
        self.inline.suggest_later(ctx, lambda resp: self._show_ghost(bufnr, row, col, resp))

    def _show_ghost(self, bufnr, row, col, resp):
        text = resp.choices[0].message.content if resp.choices else ""
        if not text:
            return

        def draw():
            if self._ns is None:
                self._ns = self.nvim.api.create_namespace(NS_NAME)
            lines = text.splitlines() or [""]
            self.nvim.api.buf_clear_namespace(bufnr, self._ns, 0, -1)
            self.nvim.api.buf_set_extmark(
                bufnr, self._ns, row - 1, col,
                {"virt_text": [[lines[0], "Comment"]], "virt_text_pos": "overlay"},
            )

        self.nvim.async_call(draw)

    @pynvim.autocmd("BufWritePost", pattern="*.py,*.lua,*.go,*.ts", eval="expand('<abuf>')")
    def on_write(self, abuf):
        if not self.nvim.vars.get("ai_assist_review_on_save"):
            return
        bufnr = int(abuf)
        buf = self.nvim.buffers[bufnr]
        text, lang = buffer_text(buf), buf.options["filetype"]
        if self._groq is None:
            self._groq = get_groq()
        groq_client, model = self._groq, self.settings.groq_model

        def work():
            issues = review.review_text(groq_client, model, lang, text)
            items = review.to_quickfix(bufnr, issues)
            self.nvim.async_call(lambda: self.nvim.call("setqflist", items, "r"))
            self._echo("AI review: %d issue(s)" % len(items))

        threading.Thread(target=work, daemon=True).start()

    @pynvim.command("AiCommitMsg", nargs="?")
    def commit_message(self, args):
        cwd = self.nvim.call("getcwd")
        model = args[0] if args else "claude-3-5-haiku-latest"

        def work():
            msg = commit_msg.draft_message(cwd, model=model)
            if msg:
                self.nvim.async_call(lambda: self.nvim.current.buffer.append(msg.splitlines(), 0))
            else:
                self._echo("nothing staged", "WarningMsg")

        threading.Thread(target=work, daemon=True).start()

    @pynvim.command("AiSummary")
    def summary(self):
        text = buffer_text(self.nvim.current.buffer)
        threading.Thread(
            target=lambda: self._scratch("summary", summaries.run(summaries.summarize_buffer(text))), daemon=True
        ).start()

    @pynvim.command("AiErrorExplain", nargs=0)
    def error_explain(self):
        diags = self.nvim.exec_lua("return vim.diagnostic.get(0, {lnum = vim.fn.line('.') - 1})")
        if not diags:
            self._echo("no diagnostic on this line")
            return
        line = self.nvim.current.line
        threading.Thread(
            target=lambda: self._scratch(
                "error", summaries.run(summaries.explain_error(diags[0]["message"], line))
            ),
            daemon=True,
        ).start()

    @pynvim.shutdown_hook
    def shutdown(self):
        if self._inline is not None:
            self._inline.close()
