"""Routing: which queue does a new ticket go to?"""
from ..core.clients import claude
from ..core.llm import get_anthropic, get_groq

QUEUES = ("billing", "bug", "how-to", "account", "other")


async def classify_ticket(subject: str, body: str) -> str:
    msg = await claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=10,
        system=f"Answer with one of: {', '.join(QUEUES)}",
        messages=[{"role": "user", "content": f"{subject}\n\n{body}"}],
    )
    label = msg.content[0].text.strip().lower()
    return label if label in QUEUES else "other"


async def detect_language(text: str) -> str:
    client = get_groq()
    completion = await client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": f"ISO code of the language of: {text[:500]}"}],
    )
    return completion.choices[0].message.content.strip()


async def sentiment(text: str) -> str:
    msg = await get_anthropic().messages.create(
        model="claude-haiku-4-5",
        max_tokens=5,
        messages=[{"role": "user", "content": f"positive, neutral or negative? {text}"}],
    )
    return msg.content[0].text


async def urgent(text: str) -> bool:
    transcript = await get_groq().audio.transcriptions.create(
        file=("voicemail.m4a", text.encode()), model="whisper-large-v3"
    )
    return "urgent" in transcript.text.lower()
