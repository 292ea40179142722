"""In-chat slash commands (/add, /drop, /web, /tokens, /voice, ...)."""

from __future__ import annotations

import glob
import logging
import re
from pathlib import Path
from typing import Iterable, List, Optional

import requests
from bs4 import BeautifulSoup
from prompt_toolkit.completion import Completion

from quill.models import clients
from quill.utils import format_tokens

log = logging.getLogger(__name__)

WEB_TIMEOUT = 20
WEB_USER_AGENT = "Mozilla/5.0 (compatible; quill/0.19; +https://quill.dev/bot)"
WEB_SUMMARY_THRESHOLD = 12_000  # characters
WEB_SUMMARY_MODEL = "deepseek-chat"


class SwitchCoder(Exception):
    def __init__(self, **kwargs):
        self.kwargs = kwargs


class Commands:
    def __init__(self, io, coder, voice_language: Optional[str] = None, voice_backend: str = "litellm"):
        self.io = io
        self.coder = coder
        self.voice = None
        self.voice_language = voice_language
        self.voice_backend = voice_backend

    # ---------------------------------------------------------- dispatch

    def get_commands(self) -> List[str]:
        return sorted("/" + attr[4:].replace("_", "-") for attr in dir(self) if attr.startswith("cmd_"))

    def run(self, inp: str):
        words = inp.strip().split(maxsplit=1)
        if not words:
            return None
        cmd = words[0][1:].replace("-", "_")
        args = words[1] if len(words) > 1 else ""
        matching = [c for c in self.get_commands() if c[1:].replace("-", "_").startswith(cmd)]
        if len(matching) != 1:
            self.io.tool_error(f"Invalid command: {words[0]}")
            return None
        handler = getattr(self, "cmd_" + matching[0][1:].replace("-", "_"))
        return handler(args)

    def get_completions(self, document, complete_event) -> Iterable[Completion]:
        """prompt_toolkit completer for commands and their file arguments."""
        text = document.text_before_cursor
        words = text.split()
        if len(words) <= 1 and not text.endswith(" "):
            partial = words[0] if words else ""
            for cmd in self.get_commands():
                if cmd.startswith(partial):
                    yield Completion(cmd, start_position=-len(partial))
            return
        if words[0] in ("/add", "/drop", "/read-only"):
            partial = words[-1] if not text.endswith(" ") else ""
            root = self.coder.root
            for path in sorted(glob.glob(str(root / (partial + "*"))))[:50]:
                rel = str(Path(path).relative_to(root))
                yield Completion(rel, start_position=-len(partial), display_meta="file")

    # ---------------------------------------------------------- commands

    def cmd_add(self, args: str):
        "Add files to the chat so the model can edit them"
        for word in args.split():
            matches = glob.glob(str(self.coder.root / word), recursive=True)
            if not matches:
                self.io.tool_warning(f"No files matched {word}")
            for fname in matches:
                self.coder.abs_fnames.add(str(Path(fname).resolve()))
                self.io.tool_output(f"Added {self.coder.get_rel_fname(fname)} to the chat")

    def cmd_drop(self, args: str):
        "Remove files from the chat"
        if not args.strip():
            self.coder.abs_fnames.clear()
            self.io.tool_output("Dropping all files from the chat session.")
            return
        for word in args.split():
            target = str((self.coder.root / word).resolve())
            self.coder.abs_fnames.discard(target)

    def cmd_clear(self, args: str):
        "Clear the chat history"
        self.coder.done_messages = []
        self.coder.cur_messages = []

    def cmd_tokens(self, args: str):
        "Report on the number of tokens used by the current chat context"
        model = self.coder.main_model
        rows = []
        msgs = [{"role": "system", "content": self.coder.gpt_prompts.main_system}]
        rows.append(("system messages", model.token_count(msgs)))
        if self.coder.done_messages:
            rows.append(("chat history", model.token_count(self.coder.done_messages)))
        repo_map = self.coder.get_repo_map_text()
        if repo_map:
            rows.append(("repository map", model.token_count(repo_map)))
        for fname in sorted(self.coder.abs_fnames):
            content = Path(fname).read_text(encoding="utf-8", errors="replace")
            rows.append((self.coder.get_rel_fname(fname), model.token_count(content)))
        total = sum(n for _label, n in rows)
        width = max(len(label) for label, _ in rows)
        for label, n in rows:
            self.io.tool_output(f"{format_tokens(n):>7} {label:<{width}}")
        limit = model.settings.context_window
        self.io.tool_output(f"{format_tokens(total):>7} tokens total, {format_tokens(limit - total)} remaining")

    def cmd_web(self, args: str):
        "Scrape a webpage, convert to markdown and send in a message"
        url = args.strip()
        if not url:
            self.io.tool_error("Please provide a URL to scrape.")
            return None
        if not re.match(r"^https?://", url):
            url = "https://" + url

        self.io.tool_output(f"Scraping {url}...")
        try:
            resp = requests.get(url, headers={"User-Agent": WEB_USER_AGENT}, timeout=WEB_TIMEOUT)
            resp.raise_for_status()
        except requests.RequestException as err:
            self.io.tool_error(f"Failed to fetch {url}: {err}")
            return None

        content = html_to_text(resp.text)
        if len(content) > WEB_SUMMARY_THRESHOLD:
            content = self._condense_page(url, content)

        content = f"Here is the content of {url}:\n\n{content}"
        self.coder.cur_messages += [
            {"role": "user", "content": content},
            {"role": "assistant", "content": "Ok."},
        ]
        self.io.tool_output("... added to chat.")
        return content

    def _condense_page(self, url: str, content: str) -> str:
        """Long pages blow the context; keep only what matters for coding."""
        self.io.tool_output("Page is long, condensing it first...")
        try:
            response = clients.deepseek_client().chat.completions.create(
                model=WEB_SUMMARY_MODEL,
                messages=[
                    {
                        "role": "system",
                        "content": "Condense this documentation page. Keep every code sample, "
                        "function signature, option name and version note. Drop navigation and marketing.",
                    },
                    {"role": "user", "content": f"URL: {url}\n\n{content[:200_000]}"},
                ],
                temperature=0,
            )
        except Exception as err:
            log.warning("condensing %s failed: %s", url, err)
            return content[:WEB_SUMMARY_THRESHOLD]
        return response.choices[0].message.content or content[:WEB_SUMMARY_THRESHOLD]

    def cmd_voice(self, args: str):
        "Record and transcribe voice input"
        if self.voice is None:
            from quill.voice import Voice

            self.voice = Voice(backend=self.voice_backend)
        history_text = " ".join(
            m["content"] for m in self.coder.done_messages[-6:] if m["role"] == "user" and isinstance(m["content"], str)
        )
        text = self.voice.record_and_transcribe(history_text[-500:] or None, language=self.voice_language)
        if text:
            self.io.placeholder = text
        return text

    def cmd_model(self, args: str):
        "Switch the main model"
        from quill.models import Model

        model = Model(args.strip())
        raise SwitchCoder(main_model=model)

    def cmd_commit(self, args: str):
        "Commit edits to the repo made outside the chat (commit message optional)"
        if not self.coder.repo:
            self.io.tool_error("No git repository found.")
            return
        self.coder.repo.commit(message=args.strip() or None)


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "header", "svg"]):
        tag.decompose()
    text = soup.get_text("\n")
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()
