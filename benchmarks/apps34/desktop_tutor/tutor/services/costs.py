"""Rough cost estimates shown in the settings panel (USD)."""

PRICES_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}
WHISPER_PER_MIN = 0.006
TTS_PER_MCHAR = 15.0
ELEVENLABS_PER_KCHAR = 0.30


def calculate_cost(model, input_tokens, output_tokens):
    if model not in PRICES_PER_MTOK:
        return 0.0
    pin, pout = PRICES_PER_MTOK[model]
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def monthly_estimate(logs):
    return round(sum(calculate_cost(l.model, l.input_tokens, l.output_tokens) for l in logs), 4)


def speech_cost(seconds=0, tts_chars=0, elevenlabs_chars=0):
    return (
        seconds / 60 * WHISPER_PER_MIN
        + tts_chars / 1_000_000 * TTS_PER_MCHAR
        + elevenlabs_chars / 1000 * ELEVENLABS_PER_KCHAR
    )
