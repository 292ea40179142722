"""Cohere 'command' chat used by the old 'Ask with citations' panel."""
from backend.llm.registry import get_client


def ask_with_citations(question, notes):
    co = get_client("cohere")
    documents = [{"id": n["id"], "data": {"title": n["title"], "snippet": n["body"][:1500]}} for n in notes]
    resp = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": question}],
        documents=documents,
    )
    text = resp.message.content[0].text
    cites = [c.sources[0].id for c in (resp.message.citations or []) if c.sources]
    return {"answer": text, "citations": cites}


def ask_stream(question, on_token):
    co = get_client("cohere")
    for event in co.chat_stream(
        model="command-r-08-2024",
        messages=[{"role": "user", "content": question}],
    ):
        if event.type == "content-delta":
            on_token(event.delta.message.content.text)
