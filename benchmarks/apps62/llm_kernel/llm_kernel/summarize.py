"""%summarize: condense the (often huge) output of the previous cell."""
from __future__ import annotations

import logging

from .backends import clients
from .backends.clients import get_genai_client, get_mistral_client

log = logging.getLogger(__name__)

MAX_CHARS = 60_000
SUMMARY_PROMPT = (
    "Summarise this Jupyter cell output for the notebook author. "
    "Mention shapes, errors and notable values. Use at most five bullet points."
)


def _clip(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    head, tail = text[: MAX_CHARS // 2], text[-MAX_CHARS // 2 :]
    return f"{head}\n... [{len(text) - MAX_CHARS} chars omitted] ...\n{tail}"


async def summarize_output(output: str, model: str = "gpt-4o-mini") -> str:
    client = clients.get_async_openai_client()
    response = await client.responses.create(
        model=model,
        instructions=SUMMARY_PROMPT,
        input=_clip(output),
        max_output_tokens=400,
    )
    return response.output_text


def summarize_traceback(tb: str) -> str:
    """Tracebacks go to Mistral -- cheaper, and good enough at reading stack traces."""
    res = get_mistral_client().chat.complete(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": "Explain the root cause of this Python traceback in two sentences."},
            {"role": "user", "content": _clip(tb)},
        ],
    )
    return res.choices[0].message.content


def summarize_locally(output: str, host_client) -> str:
    """Offline fallback via Ollama when no API key is configured."""
    resp = host_client.generate(model="llama3.1:8b", prompt=f"{SUMMARY_PROMPT}\n\n{_clip(output)}")
    return resp["response"]


DATAFRAME_SCHEMA = {
    "type": "object",
    "properties": {
        "description": {"type": "string"},
        "suspicious_columns": {"type": "array", "items": {"type": "string"}},
        "suggested_next_steps": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["description"],
}


def summarize_dataframe(df_repr: str, dtypes: dict[str, str]) -> dict:
    """Structured summary of a DataFrame preview (df.head().to_string() + dtypes)."""
    from google.genai import types

    prompt = f"DataFrame preview:\n{_clip(df_repr)}\n\nColumn dtypes: {dtypes}"
    resp = get_genai_client().models.generate_content(
        model="gemini-2.0-flash",
        contents=prompt,
        config=types.GenerateContentConfig(
            response_mime_type="application/json",
            response_schema=DATAFRAME_SCHEMA,
        ),
    )
    try:
        import json

        return json.loads(resp.text)
    except (TypeError, ValueError):
        log.warning("model returned non-JSON dataframe summary")
        return {"description": resp.text or ""}
