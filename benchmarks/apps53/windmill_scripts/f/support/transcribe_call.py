# requirements:
# groq
# httpx
import tempfile

import httpx

from f.common.llm import get_groq_client


def main(recording_url: str, language: str = "en", summarize: bool = True):
    with tempfile.NamedTemporaryFile(suffix=".mp3") as tmp:
        with httpx.stream("GET", recording_url, timeout=120) as r:
            r.raise_for_status()
            for chunk in r.iter_bytes():
                tmp.write(chunk)
        tmp.flush()

        groq = get_groq_client()
        with open(tmp.name, "rb") as fh:
            transcript = groq.audio.transcriptions.create(
                file=(tmp.name, fh.read()),
                model="whisper-large-v3-turbo",
                language=language,
                response_format="text",
            )

    text = transcript if isinstance(transcript, str) else transcript.text
    out = {"transcript": text}
    if summarize and text:
        summary = groq.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "user", "content": "Summarise this support call in 5 bullets:\n" + text}],
        )
        out["summary"] = summary.choices[0].message.content
    return out
