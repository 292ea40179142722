"""Chat history summarisation.

When the done messages grow past ``max_tokens`` we keep the most recent turns
verbatim and ask the weak model to summarise the older half, recursively.
"""

from __future__ import annotations

import logging
from typing import List, Optional, Sequence

from quill.models import clients
from quill.sendchat import simple_send_with_retries

log = logging.getLogger(__name__)

SUMMARIZE_PROMPT = """*Briefly* summarize this partial conversation about programming.
Include less detail about older parts and more detail about the most recent messages.
Start a new paragraph every time the topic changes!

This is only part of a longer conversation so *DO NOT* conclude the summary with language like "Finally, ...". Because the conversation continues after the summary.
The summary *MUST* include the function names, libraries, packages that are being discussed.
The summary *MUST* include the filenames that are being referenced by the assistant inside the ```...``` fenced code blocks!
The summaries *MUST NOT* include ```...``` fenced code blocks!

Phrase the summary with the USER in first person, telling the ASSISTANT about the conversation.
Write *as* the user.
The user should refer to the assistant as *you*.
Start the summary with "I asked you...".
"""

SUMMARY_PREFIX = "I spoke to you previously about a number of things.\n"


class ChatSummary:
    def __init__(self, models: Sequence = (), max_tokens: int = 1024):
        if not models:
            raise ValueError("At least one model must be provided")
        self.models = list(models)
        self.max_tokens = max_tokens
        self.token_count = self.models[0].token_count

    def too_big(self, messages: List[dict]) -> bool:
        sized = self.tokenize(messages)
        total = sum(tokens for tokens, _msg in sized)
        return total > self.max_tokens

    def tokenize(self, messages: List[dict]):
        return [(self.token_count(msg), msg) for msg in messages]

    def summarize(self, messages: List[dict], depth: int = 0) -> List[dict]:
        messages = self.summarize_real(messages, depth)
        if messages and messages[-1]["role"] != "assistant":
            messages.append({"role": "assistant", "content": "Ok."})
        return messages

    def summarize_real(self, messages: List[dict], depth: int = 0) -> List[dict]:
        if not self.models:
            raise ValueError("No models available for summarization")

        sized = self.tokenize(messages)
        total = sum(tokens for tokens, _msg in sized)
        if total <= self.max_tokens and depth == 0:
            return messages

        min_split = 4
        if len(messages) <= min_split or depth > 3:
            return self.summarize_all(messages)

        tail_tokens = 0
        split_index = len(messages)
        half_max_tokens = self.max_tokens // 2

        # Iterate from the end, keep the tail under half the budget
        for i in range(len(sized) - 1, -1, -1):
            tokens, _msg = sized[i]
            if tail_tokens + tokens < half_max_tokens:
                tail_tokens += tokens
                split_index = i
            else:
                break

        # Make sure the head ends with an assistant message
        while split_index > 1 and messages[split_index - 1]["role"] != "assistant":
            split_index -= 1

        if split_index <= min_split:
            return self.summarize_all(messages)

        head = messages[:split_index]
        tail = messages[split_index:]

        summary = self.summarize_all(head)
        summary_tokens = self.token_count(summary)
        tail_tokens = sum(tokens for tokens, _ in sized[split_index:])
        if summary_tokens + tail_tokens < self.max_tokens:
            return summary + tail

        return self.summarize_real(summary + tail, depth + 1)

    def _transcript(self, messages: List[dict]) -> str:
        content = ""
        for msg in messages:
            role = msg["role"].upper()
            if role not in ("USER", "ASSISTANT"):
                continue
            content += f"# {role}\n"
            content += str(msg["content"])
            if not content.endswith("\n"):
                content += "\n"
        return content

    def summarize_all(self, messages: List[dict]) -> List[dict]:
        content = self._transcript(messages)
        summarize_messages = [
            {"role": "system", "content": SUMMARIZE_PROMPT},
            {"role": "user", "content": content},
        ]

        for model in self.models:
            if model.provider == "ollama":
                summary = self._summarize_local(model, summarize_messages)
            else:
                summary = simple_send_with_retries(model, summarize_messages)
            if summary is not None:
                summary = SUMMARY_PREFIX + summary
                return [{"role": "user", "content": summary}]
            log.debug("summarizer %s failed, trying next model", model.name)

        raise ValueError("summarizer unexpectedly failed for all models")

    def _summarize_local(self, model, summarize_messages: List[dict]) -> Optional[str]:
        # Ollama defaults to a 2k context and truncates from the front without
        # telling anyone, which is exactly the part we need. Size it explicitly.
        needed = sum(self.token_count(m) for m in summarize_messages)
        num_ctx = max(4096, int(needed * 1.3) + 1024)
        try:
            response = clients.ollama_client().chat(
                model=model.name,
                messages=summarize_messages,
                options={"num_ctx": num_ctx, "temperature": 0},
                keep_alive="10m",
            )
        except Exception as err:
            log.warning("local summarizer failed: %s", err)
            return None
        return response.message.content
