"""Build a UTC timeline out of the incident channel history."""
import asyncio
import datetime as dt
import json
import logging

from litellm import completion

_LOGGER = logging.getLogger(__name__)

TIMELINE_MODEL = "gpt-4o-mini"


def format_transcript(events):
    lines = []
    for ev in events:
        ts = dt.datetime.fromtimestamp(float(ev["ts"]), tz=dt.timezone.utc)
        lines.append(f"{ts:%H:%M} {ev.get('user', '?')}: {ev.get('text', '')}")
    return "\n".join(lines)


def _extract_timeline_sync(transcript):
    response = completion(
        model=TIMELINE_MODEL,
        messages=[
            {
                "role": "system",
                "content": "Return a JSON array of {time, event} for the key moments. Times in HH:MM UTC.",
            },
            {"role": "user", "content": transcript},
        ],
        response_format={"type": "json_object"},
    )
    raw = response.choices[0].message.content
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        _LOGGER.warning("timeline model returned non-JSON")
        return []
    return data.get("timeline", data) if isinstance(data, dict) else data


async def extract_timeline(transcript):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, _extract_timeline_sync, transcript)


def timeline_markdown(items):
    return "\n".join(f"| {i.get('time', '?')} | {i.get('event', '')} |" for i in items)
