"""Prompt templates. Keep them short: most of these end up as phone notifications."""
from datetime import datetime
from string import Template

SYSTEM_HOUSE = (
    "You are the assistant of a smart home. Answer briefly, in plain text, no markdown. "
    "Temperatures are in Celsius. Never invent sensor values."
)

HISTORY_SUMMARY = Template(
    "Here is the history of some sensors for the last $hours hours:\n\n$history\n\n"
    "Write a 3 sentence summary for the residents. Mention anything unusual."
)

DOOR_NOTIFICATION = Template(
    "The $door has been $state for $minutes minutes. Nobody from $people is home: $away. "
    "Write one friendly sentence for a phone notification."
)

CAMERA_DESCRIBE = (
    "Describe what is happening in this security camera snapshot in one sentence. "
    "Mention people, vehicles and animals. If nothing notable, reply exactly: NOTHING."
)

ENERGY_REPORT = Template(
    "Weekly energy data (kWh per day):\n$table\n\nSolar production:\n$solar\n\n"
    "Write a short weekly energy report with one tip to save energy."
)

GREETING = Template("Write a warm one-sentence welcome for our guest $name arriving at $time.")

BRIEFING = Template(
    "Today is $date. Weather: $weather. Calendar: $events. "
    "Write a 30 second spoken morning briefing."
)


def chat_messages(user_text, system=SYSTEM_HOUSE, history=None):
    """OpenAI-style message list (also fine for groq and ollama)."""
    messages = [{"role": "system", "content": system}]
    for turn in history or []:
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({"role": "user", "content": user_text})
    return messages


def anthropic_messages(user_text, history=None):
    """Anthropic wants the system prompt separately and no system role in the list."""
    msgs = [m for m in (history or []) if m["role"] in ("user", "assistant")]
    msgs.append({"role": "user", "content": user_text})
    return msgs


def stamp():
    return datetime.now().strftime("%A %d %B, %H:%M")


def truncate(text, limit=240):
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
