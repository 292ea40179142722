from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse, unquote

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.backends import make_mistral_client
from ai_lsp.commands._args import first_arg
from ai_lsp.git import GitError, recent_subjects, staged_diff
from ai_lsp.prompts import COMMIT_SYSTEM, commit_prompt
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.llm_usage_tracker import llm_tracker
from ai_lsp.tokens import estimate_cost

log = logging.getLogger(__name__)

_mistral = None


def _mistral_client(ls: AiLanguageServer):
    global _mistral
    if _mistral is None:
        _mistral = make_mistral_client(ls.settings.api_key("mistral"))
    return _mistral


@dataclass
class CommitDraft:
    subject: str
    body: str
    model: str

    @classmethod
    def create(cls, text: str, model: str) -> "CommitDraft":
        text = text.strip().strip("`")
        subject, _, body = text.partition("\n")
        return cls(subject=subject.strip()[:72], body=body.strip(), model=model)

    def as_text(self) -> str:
        return f"{self.subject}\n\n{self.body}".strip() + "\n"


def _workspace_root(ls: AiLanguageServer) -> Path:
    root_uri = ls.workspace.root_uri or ""
    return Path(unquote(urlparse(root_uri).path)) if root_uri else Path.cwd()


async def _draft_with_mistral(ls: AiLanguageServer, prompt: str) -> CommitDraft:
    client = _mistral_client(ls)
    res = await client.chat.complete_async(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": COMMIT_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=300,
        temperature=0.3,
    )
    return CommitDraft.create(res.choices[0].message.content, res.model)


async def _draft_with_openai(ls: AiLanguageServer, prompt: str) -> CommitDraft:
    client = ls.backends.client("openai")
    model = ls.settings.openai_model
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="commit_message"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": COMMIT_SYSTEM}, {"role": "user", "content": prompt}],
            max_tokens=300,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    log.debug("commit draft cost ~$%.5f", estimate_cost(model, resp.usage.prompt_tokens, resp.usage.completion_tokens))
    return CommitDraft.create(resp.choices[0].message.content or "", model)


async def _draft_locally(ls: AiLanguageServer, prompt: str) -> CommitDraft:
    local = ls.backends.get("ollama").client
    resp = await local.chat(
        model=ls.settings.ollama_model,
        messages=[{"role": "system", "content": COMMIT_SYSTEM}, {"role": "user", "content": prompt}],
        options={"temperature": 0.3},
    )
    return CommitDraft.create(resp["message"]["content"], ls.settings.ollama_model)


@server.command(constants.CMD_DRAFT_COMMIT)
async def draft_commit_message(ls: AiLanguageServer, args):
    arg = first_arg(args)
    root = Path(arg["root"]) if arg.get("root") else _workspace_root(ls)
    try:
        diff = staged_diff(root)
        history = recent_subjects(root)
    except GitError as exc:
        ls.show_message(f"git: {exc}", types.MessageType.Error)
        return None
    if not diff.strip():
        ls.show_message("Nothing staged", types.MessageType.Info)
        return None

    prompt = commit_prompt(diff, history)
    provider = arg.get("provider", "mistral")
    try:
        if provider == "openai":
            draft = await _draft_with_openai(ls, prompt)
        elif provider == "local":
            draft = await _draft_locally(ls, prompt)
        else:
            draft = await _draft_with_mistral(ls, prompt)
    except Exception as exc:
        log.exception("commit draft failed")
        ls.show_message(f"Could not draft commit message: {exc}", types.MessageType.Error)
        return None
    return {"message": draft.as_text(), "model": draft.model}
