"""Git integration: tracked files, diffs, auto-commits with generated messages."""

import os
import time
from pathlib import Path
from typing import List, Optional

import git

from .history import litellm_model_name
from .llm import litellm
from .logging_setup import get_logger
from . import prompts

log = get_logger(__name__)

MAX_DIFF_CHARS = 60_000
ATTRIBUTION = "(termcoder)"


GIT_ERRORS = (git.exc.GitError, git.exc.ODBError, OSError, IndexError, BufferError, ValueError)


class GitRepo:
    def __init__(self, io, fnames=None, git_dname=None, models=None, attribute_author=True):
        self.io = io
        self.models = models or []
        self.attribute_author = attribute_author
        start = Path(git_dname or (fnames[0] if fnames else ".")).resolve()
        if start.is_file():
            start = start.parent
        self.repo = git.Repo(start, search_parent_directories=True, odbt=git.GitDB)
        self.root = self.repo.working_tree_dir
        self._tracked_cache = None
        self._tracked_cache_time = 0.0

    # ---- files -----------------------------------------------------------------

    def get_tracked_files(self) -> List[str]:
        now = time.time()
        if self._tracked_cache is not None and now - self._tracked_cache_time < 5:
            return self._tracked_cache
        try:
            commit = self.repo.head.commit
        except ValueError:
            files = set()
        else:
            files = {b.path for b in commit.tree.traverse() if b.type == "blob"}
        files.update(path for path, _stage in self.repo.index.entries.keys())
        self._tracked_cache = sorted(f for f in files if not self.ignored(f))
        self._tracked_cache_time = now
        return self._tracked_cache

    def ignored(self, fname: str) -> bool:
        return fname.startswith(".termcoder") or "/node_modules/" in fname

    def is_dirty(self, path: Optional[str] = None) -> bool:
        if path and not Path(self.root, path).exists():
            return False
        return self.repo.is_dirty(path=path)

    def get_diffs(self, fnames: Optional[List[str]] = None) -> str:
        args = ["--cached"] if not fnames else []
        try:
            if fnames:
                return self.repo.git.diff("HEAD", "--", *fnames, stdout_as_string=False).decode(
                    "utf-8", "replace"
                )
            return self.repo.git.diff(*args, stdout_as_string=False).decode("utf-8", "replace")
        except GIT_ERRORS as err:
            self.io.tool_error(f"Unable to diff: {err}")
            return ""

    # ---- commit messages ------------------------------------------------------------

    def _commit_prompt(self, diffs: str, context: str) -> List[dict]:
        content = ""
        if context:
            content += context + "\n"
        content += "# Diffs:\n" + diffs
        return [
            {"role": "system", "content": prompts.COMMIT_SYSTEM},
            {"role": "user", "content": content},
        ]

    def _ask_model(self, model, messages: List[dict]) -> Optional[str]:
        if model.vendor == "anthropic":
            resp = model.client.messages.create(
                model=model.name,
                max_tokens=100,
                system=messages[0]["content"],
                messages=messages[1:],
            )
            return "".join(b.text for b in resp.content if b.type == "text")

        if model.vendor == "ollama":
            resp = model.client.chat(
                model=model.name,
                messages=messages,
                options={"temperature": 0, "num_predict": 100},
            )
            return resp.message.content

        res = litellm.completion(
            model=litellm_model_name(model),
            messages=messages,
            temperature=0,
            max_tokens=100,
        )
        return res.choices[0].message.content

    def get_commit_message(self, diffs: str, context: str = "") -> Optional[str]:
        diffs = diffs[:MAX_DIFF_CHARS]
        messages = self._commit_prompt(diffs, context)
        for model in self.models:
            try:
                msg = self._ask_model(model, messages)
            except Exception as err:
                log.warning("commit message from %s failed: %s", model.name, err)
                continue
            if msg:
                msg = msg.strip().strip('"').splitlines()[0]
                return msg
        self.io.tool_error("Failed to generate commit message!")
        return None

    # ---- commits --------------------------------------------------------------------

    def commit(self, fnames=None, context=None, message=None, coder=None) -> Optional[str]:
        if not fnames and not self.repo.is_dirty():
            return None
        diffs = self.get_diffs(fnames)
        if not diffs:
            return None

        if not message:
            ctx = ""
            if context:
                ctx = "\n".join(f"{m['role'].upper()}: {m['content']}" for m in context[-4:])
            message = self.get_commit_message(diffs, ctx) or "chore: termcoder edits"

        if fnames:
            self.repo.git.add(*[str(Path(self.root, f)) for f in fnames])

        env_backup = os.environ.get("GIT_AUTHOR_NAME")
        try:
            if self.attribute_author:
                name = self.repo.config_reader().get_value("user", "name", "termcoder")
                os.environ["GIT_AUTHOR_NAME"] = f"{name} {ATTRIBUTION}"
            self.repo.git.commit("-m", message, "--no-verify")
        except GIT_ERRORS as err:
            self.io.tool_error(f"Unable to commit: {err}")
            return None
        finally:
            if env_backup is None:
                os.environ.pop("GIT_AUTHOR_NAME", None)
            else:
                os.environ["GIT_AUTHOR_NAME"] = env_backup

        commit_hash = self.repo.head.commit.hexsha[:7]
        self.io.tool_output(f"Commit {commit_hash} {message}", bold=True)
        return commit_hash

    def undo_last(self) -> bool:
        last = self.repo.head.commit
        if ATTRIBUTION not in last.author.name:
            self.io.tool_error("The last commit was not made by termcoder.")
            return False
        self.repo.git.reset("--soft", "HEAD~1")
        return True
