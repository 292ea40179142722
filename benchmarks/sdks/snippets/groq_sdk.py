"""groq 1.7 README (Stainless)."""
import asyncio
import os

from groq import AsyncGroq, Groq

client = Groq(api_key=os.environ.get("GROQ_API_KEY"))
chat_completion = client.chat.completions.create(messages=[{"role": "user", "content": "Hi"}], model="llama-3.3-70b-versatile")  # bills: groq
transcription = client.audio.transcriptions.create(file=("a.m4a", b""), model="whisper-large-v3-turbo")  # bills: groq


async def main() -> None:
    aclient = AsyncGroq()
    reply = await aclient.chat.completions.create(messages=[], model="llama-3.3-70b-versatile")  # bills: groq
    print(reply)


asyncio.run(main())
