"""Chat with data.  Uses the taipy ``chat`` control; long calls go through
``invoke_long_callback`` so the websocket does not time out."""
from __future__ import annotations

import asyncio

import pandas as pd
from taipy.gui import Markdown, State, get_state_id, invoke_callback, invoke_long_callback, notify

from algos.chat_data import answer_question, ask_router, extract_expression, suggest_questions
from algos.embed import embed_texts, top_k
from llm import get_anthropic_client, get_openai_client, openai_async_client, render_chat_history
from llm.bedrock import stream_converse, to_converse_messages
from llm.clients import get_bedrock_runtime
from llm.prompts import CHAT_SYSTEM
from llm.streaming import pump, stream_claude, stream_openai

messages: list[list] = []  # taipy chat control format: [id, content, sender]
users = [["user", "You"], ["assistant", "Assistant"]]
chat_backend = "router"
chat_backends = ["router", "openai-stream", "claude-stream", "bedrock-stream", "rag"]
dataset = pd.DataFrame()
suggestions: list[str] = []
doc_index: dict = {}
gui = None  # set by main.py; needed for invoke_callback from threads

chat_md = """
# Chat with your data

<|{chat_backend}|toggle|lov={chat_backends}|>

<|{messages}|chat|users={users}|on_action=send_message|sender_id=user|height=70vh|>

<|{suggestions}|selector|lov={suggestions}|on_change=on_suggestion|>
<|Suggest questions|button|on_action=on_suggest|>
"""


def _history(state: State) -> list[dict]:
    return render_chat_history([{"role": m[2], "content": m[1]} for m in state.messages])


def _append(state: State, content: str, sender: str):
    state.messages = state.messages + [[f"{len(state.messages)}", content, sender]]


def _update_last(state: State, text: str):
    msgs = list(state.messages)
    msgs[-1] = [msgs[-1][0], text, "assistant"]
    state.messages = msgs


def _stream_worker(state_id: str, backend: str, history: list[dict]):
    def push(text: str):
        invoke_callback(gui, state_id, _update_last, [text])

    if backend == "openai-stream":
        chunks = stream_openai(get_openai_client(), "gpt-4o", [{"role": "system", "content": CHAT_SYSTEM}] + history)
    elif backend == "claude-stream":
        chunks = stream_claude(get_anthropic_client(), "claude-3-5-sonnet-latest", CHAT_SYSTEM, history)
    else:
        chunks = stream_converse(
            get_bedrock_runtime(), "anthropic.claude-3-5-sonnet-20240620-v1:0", to_converse_messages(history)
        )
    return pump(chunks, push)


def _rag_answer(question: str, index: dict) -> str:
    qvec = embed_texts([question])[0]
    hits = top_k(index, qvec, k=6)
    context = "\n\n".join(f"[{h['name']}#{h['idx']}] {h['text']}" for h in hits)
    msg = get_anthropic_client().messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1200,
        system="Answer using only the provided context. Cite sources as [name#idx].",
        messages=[{"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"}],
    )
    return msg.content[0].text


def send_message(state: State, var_name: str, payload: dict):
    args = payload.get("args", [])
    text = args[2] if len(args) > 2 else ""
    _append(state, text, "user")
    backend = state.chat_backend
    if backend == "router":
        if not state.dataset.empty:
            res = answer_question(state.dataset, text)
            _append(state, res["answer"], "assistant")
        else:
            _append(state, ask_router(pd.DataFrame(), text, _history(state)[:-1]), "assistant")
    elif backend == "rag":
        _append(state, _rag_answer(text, state.doc_index), "assistant")
    else:
        _append(state, "…", "assistant")
        invoke_long_callback(state, _stream_worker, [get_state_id(state), backend, _history(state)[:-1]])


def on_suggest(state: State):
    if state.dataset.empty:
        notify(state, "warning", "Load a dataset on the Settings page first")
        return
    state.suggestions = asyncio.run(suggest_questions(state.dataset))


def on_suggestion(state: State, var_name: str, value):
    if value:
        send_message(state, "messages", {"args": [None, None, value]})


async def _moderate(text: str) -> bool:
    result = await openai_async_client.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def is_flagged(text: str) -> bool:
    return asyncio.run(_moderate(text))


def last_code(state: State) -> str | None:
    for m in reversed(state.messages):
        code = extract_expression(m[1])
        if code:
            return code
    return None


chat_page = Markdown(chat_md)
