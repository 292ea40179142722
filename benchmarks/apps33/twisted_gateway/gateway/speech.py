"""Text-to-speech for the voice notes feature (newer async code)."""
from twisted.internet import defer

from gateway.providers import get_async_openai
from gateway.services.llm_usage_tracker import llm_tracker


async def synthesize(text, voice="alloy"):
    client = get_async_openai()
    resp = await client.audio.speech.create(model="tts-1", voice=voice, input=text)
    return resp.content


async def transcribe(fileobj):
    client = get_async_openai()
    async with llm_tracker.track_llm_call(provider="openai", model="whisper-1",
                                          feature_context="voice_notes") as usage_log:
        result = await client.audio.transcriptions.create(model="whisper-1", file=fileobj)
        usage_log.input_tokens = 0
        usage_log.output_tokens = len(result.text.split())
    return result.text


def synthesize_deferred(text, voice="alloy"):
    return defer.ensureDeferred(synthesize(text, voice))
