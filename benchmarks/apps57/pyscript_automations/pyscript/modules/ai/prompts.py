"""Prompt templates. Kept as plain strings so the non-developers in the house can edit them."""

HOUSE_SYSTEM = (
    "You are the voice of our smart home. Be brief, friendly and concrete. "
    "Never read out entity ids; use the friendly names. Temperatures are in Celsius."
)

SUMMARY_TEMPLATE = """Here is the current state of the house:
{states}

Write a 2-3 sentence summary for the dashboard. Mention anything unusual first
(open doors or windows, lights on in empty rooms, high power draw)."""

BRIEFING_TEMPLATE = """Good morning briefing for {name}.
Date: {date}
Weather: {weather}
Calendar: {calendar}
House: {house}

Write a spoken briefing of at most 80 words. Suggest a jacket or umbrella if the weather
calls for it. No lists, no markdown: this is read out loud by a speaker."""

CAMERA_PROMPT = (
    "Describe what is happening in this security camera snapshot in one sentence. "
    "Mention people, vehicles, packages and animals. If nothing notable, say 'Nothing notable'."
)

VOICE_SYSTEM = HOUSE_SYSTEM + " Answer the question in at most two sentences."


def format_states(states):
    lines = []
    for name, value in sorted(states.items()):
        lines.append(f"- {name}: {value}")
    return "\n".join(lines) or "- (no entities)"


class PromptTemplate:
    """Tiny template object; .generate() fills it, no model involved."""

    def __init__(self, template, **defaults):
        self.template = template
        self.defaults = defaults

    def generate(self, **values):
        merged = dict(self.defaults)
        merged.update(values)
        return self.template.format(**merged)


briefing_prompt = PromptTemplate(BRIEFING_TEMPLATE, name="everyone", calendar="nothing scheduled")
