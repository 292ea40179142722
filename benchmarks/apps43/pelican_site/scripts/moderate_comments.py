#!/usr/bin/env python
"""Triage comments exported from the static-comments inbox (Staticman).

1. flag with the OpenAI moderation endpoint
2. draft a reply for questions with a small open model via HF Inference
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import openai
from huggingface_hub import InferenceClient

from _bootstrap import load_settings

from llm_common import llm_settings

INBOX = Path("comments-inbox")


def moderate(text: str) -> bool:
    result = openai.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def draft_reply(client: InferenceClient, model: str, post_title: str, comment: str) -> str:
    out = client.chat_completion(
        messages=[
            {"role": "system", "content": "You help a blog author reply to reader questions. Be brief."},
            {"role": "user", "content": f"Post: {post_title}\nComment: {comment}\nDraft a reply."},
        ],
        model=model,
        max_tokens=200,
    )
    return out.choices[0].message.content


def main() -> int:
    cfg = llm_settings(load_settings())
    hf = InferenceClient(token=cfg.hf_token)
    files = sorted(INBOX.glob("*.json"))
    for f in files:
        comment = json.loads(f.read_text())
        body = comment.get("message", "")
        if moderate(body):
            comment["status"] = "flagged"
        elif "?" in body:
            comment["draft_reply"] = draft_reply(hf, cfg.hf_chat_model, comment.get("post", ""), body)
            comment["status"] = "needs-reply"
        else:
            comment["status"] = "ok"
        f.write_text(json.dumps(comment, indent=2))
        print(f"{f.name}: {comment['status']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
