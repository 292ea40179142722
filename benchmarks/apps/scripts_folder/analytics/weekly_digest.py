"""python -m analytics.weekly_digest: a weekly digest of support themes."""
import csv
import sys

from analytics import llm_clients
from analytics.llm_clients import get_together, groq_client
from analytics.usage import llm_tracker


def themes(rows: list[dict]) -> str:
    text = "\n".join(r["subject"] for r in rows)
    completion = groq_client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "user", "content": f"Top five themes:\n{text}"}],
    )
    return completion.choices[0].message.content


def narrative(theme_list: str) -> str:
    response = get_together().completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo", prompt=f"Write a short narrative:\n{theme_list}",
        max_tokens=400,
    )
    return response.choices[0].text


def transcribe(path: str) -> str:
    with open(path, "rb") as audio:
        result = llm_clients.groq_client.audio.transcriptions.create(file=audio, model="whisper-large-v3")
    return result.text


def tracked_themes(rows: list[dict]) -> str:
    with llm_tracker.track_llm_call("weekly_digest", "llama-3.3-70b-versatile") as usage_log:
        completion = groq_client.chat.completions.create(
            model="llama-3.3-70b-versatile",
            messages=[{"role": "user", "content": "\n".join(r["subject"] for r in rows)}],
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.content


def main(path: str) -> None:
    rows = list(csv.DictReader(open(path, newline="")))
    print(narrative(themes(rows)))


if __name__ == "__main__":
    main(sys.argv[1])
