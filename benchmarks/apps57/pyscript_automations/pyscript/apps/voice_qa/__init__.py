"""Voice Q&A: answers questions from the voice satellites (Assist pipeline sends the transcript
as a `voice_question` event, or a raw recording path for the old ESP32 satellites).

Fast path Groq; long answers Claude streaming; Gemini chat for follow-ups; Ollama when offline.
"""
import ai
import retry
from ai import guardrails
from conversation_memory import ConversationMemory, FactIndex
from ai.prompts import VOICE_SYSTEM
from llm_usage_tracker import llm_tracker
from multi_model_service import TaskComplexity, multi_model_service

cfg = pyscript.app_config or {}
FAST_PROVIDER = cfg.get("fast_provider", "groq")
OLLAMA_URL = cfg.get("ollama_url", "http://localhost:11434")
FAST_MODEL = cfg.get("fast_model", "llama-3.1-8b-instant")
SPEAKER_SATELLITES = cfg.get("speaker_satellites", ["kitchen", "living_room"])

memory = ConversationMemory(max_turns=4)
facts = FactIndex(openai_client=ai.get_openai() if cfg.get("embeddings", "openai") == "openai" else None,
                  ollama_client=ai.get_ollama())
_gemini_chats = {}


@time_trigger("startup")
def load_facts():
    count = task.executor(facts.load)
    log.info(f"voice_qa: loaded {count} house facts")


def _messages(satellite, question):
    context = task.executor(facts.search, question)
    system = VOICE_SYSTEM
    if context:
        system += "\nUseful facts:\n" + "\n".join(f"- {c}" for c in context)
    return [{"role": "system", "content": system}] + memory.messages(satellite) + [
        {"role": "user", "content": question}]


async def _answer_fast(satellite, question):
    client = ai.get_async_groq()
    resp = await client.chat.completions.create(
        model=FAST_MODEL, messages=_messages(satellite, question), max_tokens=120, temperature=0.2
    )
    return resp.choices[0].message.content


async def _answer_long(satellite, question):
    claude = ai.get_async_anthropic()
    msgs = _messages(satellite, question)
    chunks = []
    async with claude.messages.stream(
        model="claude-sonnet-4-20250514",
        max_tokens=400,
        system=msgs[0]["content"],
        messages=msgs[1:],
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
            state.set(f"sensor.{satellite}_partial_answer", "".join(chunks)[-255:])
    return "".join(chunks)


async def _answer_offline(satellite, question):
    from ollama import AsyncClient

    local = AsyncClient(host=OLLAMA_URL)
    resp = await local.chat(model="llama3.2", messages=_messages(satellite, question))
    return resp.message.content


def _answer_followup(satellite, question):
    chat = _gemini_chats.get(satellite)
    if chat is None:
        chat = ai.get_genai().chats.create(model="gemini-2.0-flash")
        _gemini_chats[satellite] = chat
    reply = task.executor(chat.send_message, question)
    return reply.text


def _answer_blocking_retry(satellite, question):
    groq_client = ai.get_groq()
    resp = task.executor(
        retry.with_retries,
        groq_client.chat.completions.create,
        model=FAST_MODEL,
        messages=_messages(satellite, question),
        attempts=2,
    )
    return resp.choices[0].message.content


async def _answer_tracked(satellite, question):
    oai = ai.get_async_openai()
    async with llm_tracker.track_llm_call(provider="openai", model="gpt-4o-mini",
                                          feature_context="voice_qa") as usage_log:
        resp = await oai.chat.completions.create(model="gpt-4o-mini", messages=_messages(satellite, question))
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


@event_trigger("voice_question")
async def on_voice_question(satellite="kitchen", question="", mode="auto", audio_path=None, **kwargs):
    task.unique(f"voice_qa_{satellite}", kill_me=False)
    if audio_path and not question:
        question = task.executor(ai.transcribe, audio_path)
    if not question:
        return
    if state.get("binary_sensor.internet") == "off":
        answer = await _answer_offline(satellite, question)
    elif mode == "followup":
        answer = _answer_followup(satellite, question)
    elif mode == "long":
        answer = await _answer_long(satellite, question)
    elif mode == "tracked":
        answer = await _answer_tracked(satellite, question)
    elif mode == "retry":
        answer = _answer_blocking_retry(satellite, question)
    elif FAST_PROVIDER == "groq":
        answer = await _answer_fast(satellite, question)
    else:
        answer = await multi_model_service.generate_response(
            prompt=question, task_type="chat", complexity=TaskComplexity.SIMPLE, system=VOICE_SYSTEM
        )
    if satellite in SPEAKER_SATELLITES:
        # these are in shared rooms, so check before speaking
        answer = task.executor(guardrails.safe_for_speaker, ai.get_openai(), answer)
    memory.add(satellite, "user", question)
    memory.add(satellite, "assistant", answer)
    event.fire("voice_answer", satellite=satellite, answer=answer)
    service.call("assist_satellite", "announce", entity_id=f"assist_satellite.{satellite}", message=answer)


@service
def voice_qa_reset(satellite=None):
    memory.clear(satellite)
    if satellite:
        _gemini_chats.pop(satellite, None)
    else:
        _gemini_chats.clear()
