# Original tutor implementation (v0.3). Still serves /classic and the fill-in-the-blank
# exercises until they are ported to the backends module.
import asyncio
import logging
import os

import openai

openai.api_key = os.getenv("TUTOR_OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")

logger = logging.getLogger("tutorbot.legacy")

CLASSIC_MODEL = "gpt-3.5-turbo"

CLASSIC_PROMPT = (
    "You are a friendly language teacher. The student is learning {lang}. "
    "Correct their mistakes and keep the conversation going."
)


def _chat(messages, model=CLASSIC_MODEL, temperature=0.7):
    resp = openai.chat.completions.create(model=model, messages=messages, temperature=temperature)
    return resp.choices[0].message.content


async def classic_reply(lang, history, text):
    messages = [{"role": "system", "content": CLASSIC_PROMPT.format(lang=lang)}]
    messages += history[-10:]
    messages.append({"role": "user", "content": text})
    return await asyncio.to_thread(_chat, messages)


async def simplify(text, lang, level):
    """Rewrite a text for a lower level (used by /simplify)."""
    resp = await asyncio.to_thread(
        openai.chat.completions.create,
        model=CLASSIC_MODEL,
        messages=[
            {"role": "system", "content": "Rewrite the text in simple {} for a {} learner.".format(lang, level)},
            {"role": "user", "content": text},
        ],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def fill_in_the_blank(sentence, lang):
    prompt = (
        "Turn this {} sentence into a fill-in-the-blank exercise by replacing one important word "
        "with ___ and give the answer after '||'.\nSentence: {}\nExercise:".format(lang, sentence)
    )
    resp = openai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=prompt,
        max_tokens=80,
        temperature=0.4,
    )
    text = resp.choices[0].text.strip()
    if "||" not in text:
        logger.warning("unexpected exercise format: %r", text)
        return text, ""
    exercise, answer = text.split("||", 1)
    return exercise.strip(), answer.strip()


async def word_vectors(words):
    resp = await asyncio.to_thread(
        lambda: openai.embeddings.create(model="text-embedding-ada-002", input=list(words))
    )
    return [d.embedding for d in resp.data]
