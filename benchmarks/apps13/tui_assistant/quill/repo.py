"""Git integration: tracked files, diffs, and auto-commits with generated messages."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path, PurePosixPath
from typing import List, Optional, Sequence

import git
import ollama

from quill.config import get_settings
from quill.models import clients
from quill.sendchat import simple_send_with_retries

log = logging.getLogger(__name__)

COMMIT_SYSTEM = """You are an expert software engineer that generates concise, \
one-line Git commit messages based on the provided diffs.
Review the provided context and diffs which are about to be committed to a git repo.
Review the diffs carefully.
Generate a one-line commit message for those changes.
The commit message should be structured as follows: <type>: <description>
Use these for <type>: fix, feat, build, chore, ci, docs, style, refactor, perf, test

Ensure the commit message:
- Starts with the appropriate prefix.
- Is in the imperative mood (e.g., "add feature" not "added feature" or "adding feature").
- Does not exceed 72 characters.

Reply only with the one-line commit message, without any additional text, explanations, or line breaks.
"""

FAST_COMMIT_MODEL = "llama-3.1-8b-instant"
LOCAL_COMMIT_MODEL = os.environ.get("QUILL_LOCAL_COMMIT_MODEL", "llama3.2:3b")
MAX_DIFF_CHARS = 60_000

ANY_GIT_ERROR = (git.exc.ODBError, git.exc.GitError, OSError, IndexError, BufferError, TypeError, ValueError)


class GitRepo:
    def __init__(self, io, fnames: Sequence[str] = (), models: Sequence = (), git_dname: Optional[str] = None,
                 attribute_author: bool = True, commit_prompt: Optional[str] = None):
        self.io = io
        self.models = list(models)
        self.attribute_author = attribute_author
        self.commit_prompt = commit_prompt
        self.tree_cache = {}

        check = git_dname or (Path(fnames[0]).parent if fnames else ".")
        try:
            self.repo = git.Repo(check, search_parent_directories=True, odbt=git.GitDB)
        except git.exc.InvalidGitRepositoryError:
            raise FileNotFoundError(f"{check} is not in a git repository") from None
        self.root = str(Path(self.repo.working_tree_dir).resolve())

    # -------------------------------------------------------------- files

    def get_tracked_files(self) -> List[str]:
        try:
            commit = self.repo.head.commit
        except ValueError:
            commit = None
        files = set()
        if commit:
            key = commit.hexsha
            if key in self.tree_cache:
                files = self.tree_cache[key]
            else:
                for blob in commit.tree.traverse():
                    if blob.type == "blob":
                        files.add(str(PurePosixPath(blob.path)))
                self.tree_cache[key] = files
        staged = [path for path, _stage in self.repo.index.entries.keys()]
        files.update(staged)
        return sorted(str(Path(self.root) / f) for f in files)

    def get_diffs(self, fnames: Optional[Sequence[str]] = None) -> str:
        args = ["--cached"] if not fnames else ["HEAD", "--"] + list(fnames)
        try:
            return self.repo.git.diff(*args, stdout_as_string=True)
        except ANY_GIT_ERROR as err:
            self.io.tool_error(f"Unable to diff: {err}")
            return ""

    def is_dirty(self, path: Optional[str] = None) -> bool:
        return self.repo.is_dirty(path=path)

    # ------------------------------------------------------------ messages

    def get_commit_message(self, diffs: str, context: str) -> Optional[str]:
        diffs = diffs[:MAX_DIFF_CHARS]
        content = ""
        if context:
            content += context + "\n"
        content += "# Diffs:\n" + diffs

        system = self.commit_prompt or COMMIT_SYSTEM
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": content},
        ]

        commit_message = None
        if get_settings().groq_api_key:
            commit_message = self._fast_commit_message(messages)

        if commit_message is None:
            for model in self.models:
                commit_message = simple_send_with_retries(model, messages)
                if commit_message:
                    break

        if commit_message is None and os.environ.get("QUILL_OFFLINE_COMMITS"):
            commit_message = self._local_commit_message(messages)

        if not commit_message:
            self.io.tool_error("Failed to generate commit message!")
            return None

        commit_message = commit_message.strip()
        if commit_message and commit_message[0] == '"' and commit_message[-1] == '"':
            commit_message = commit_message[1:-1].strip()
        return commit_message

    def _fast_commit_message(self, messages: List[dict]) -> Optional[str]:
        # Commit messages are short and we generate one per edit, so latency
        # matters more than quality here.
        try:
            completion = clients.get_client("groq").chat.completions.create(
                model=FAST_COMMIT_MODEL,
                messages=messages,
                temperature=0,
                max_tokens=100,
            )
        except Exception as err:
            log.info("groq commit message failed, falling back: %s", err)
            return None
        return completion.choices[0].message.content

    def _local_commit_message(self, messages: List[dict]) -> Optional[str]:
        try:
            response = ollama.chat(model=LOCAL_COMMIT_MODEL, messages=messages)
        except (ollama.ResponseError, ConnectionError) as err:
            log.info("local commit message failed: %s", err)
            return None
        return response["message"]["content"]

    # -------------------------------------------------------------- commit

    def commit(self, fnames: Optional[Sequence[str]] = None, context=None, message: Optional[str] = None,
               coder_edits: bool = False) -> Optional[str]:
        if not fnames and not self.repo.is_dirty():
            return None

        diffs = self.get_diffs(fnames)
        if not diffs:
            return None

        if not message:
            context_text = ""
            if context:
                context_text = "\n".join(
                    f"{m['role'].upper()}: {m['content']}" for m in context if isinstance(m.get("content"), str)
                )
            message = self.get_commit_message(diffs, context_text)
        if not message:
            message = "(no commit message provided)"

        env = dict(os.environ)
        if coder_edits and self.attribute_author:
            name = self.repo.config_reader().get_value("user", "name", "")
            env["GIT_AUTHOR_NAME"] = f"{name} (quill)"

        if fnames:
            rel = [str(Path(f).resolve().relative_to(self.root)) for f in fnames]
            self.repo.git.add(*rel)
        try:
            with self.repo.git.custom_environment(**env):
                self.repo.git.commit("-m", message, "--no-verify")
        except ANY_GIT_ERROR as err:
            self.io.tool_error(f"Unable to commit: {err}")
            return None

        commit_hash = self.repo.head.commit.hexsha[:7]
        self.io.tool_output(f"Commit {commit_hash} {message}", bold=True)
        self.last_commit_time = time.time()
        return commit_hash
