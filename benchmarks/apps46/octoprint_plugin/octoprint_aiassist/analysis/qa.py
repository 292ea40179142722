# coding=utf-8
"""Question answering about prints ("Ask AIAssist" sidebar).

Keeps a small embedding index of print notes / past failure explanations in
the plugin data folder and retrieves the closest ones for each question.
"""
from __future__ import absolute_import, division, unicode_literals

import json
import logging
import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from google.genai import types as genai_types

from ..llm import clients
from ..llm.prompts import QA_PROMPT, SYSTEM_PROMPT

_logger = logging.getLogger("octoprint.plugins.aiassist.qa")

EMBED_MODELS = {
    "openai": "text-embedding-3-small",
    "google": "text-embedding-004",
    "ollama": "nomic-embed-text",
}


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class NotesIndex(object):
    def __init__(self, data_folder, embed_provider, settings):
        self._path = os.path.join(data_folder, "notes_index.json")
        self._provider = embed_provider
        self._settings = settings
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="aiassist-embed")
        self._entries = []
        self._load()

    def _load(self):
        if os.path.exists(self._path):
            with open(self._path) as fh:
                self._entries = json.load(fh)

    def _save(self):
        tmp = self._path + ".tmp"
        with open(tmp, "w") as fh:
            json.dump(self._entries, fh)
        os.replace(tmp, self._path)

    def embed(self, texts):
        provider = self._provider
        model = EMBED_MODELS[provider]
        if provider == "openai":
            client = clients.get_openai_client(self._settings["openai_api_key"])
            future = self._pool.submit(client.embeddings.create, model=model, input=texts)
            return [d.embedding for d in future.result(timeout=30).data]
        if provider == "google":
            client = clients.get_genai_client(self._settings["google_api_key"])
            result = client.models.embed_content(
                model=model,
                contents=texts,
                config=genai_types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
            )
            return [e.values for e in result.embeddings]
        client = clients.get_ollama_client(self._settings.get("ollama_host"))
        return client.embed(model=model, input=texts)["embeddings"]

    def add(self, text, meta=None):
        vector = self.embed([text])[0]
        with self._lock:
            self._entries.append({"text": text, "meta": meta or {}, "vector": vector})
            self._save()

    def search(self, query, k=4):
        if not self._entries:
            return []
        qv = self.embed([query])[0]
        with self._lock:
            scored = sorted(self._entries, key=lambda e: _cosine(qv, e["vector"]), reverse=True)
        return scored[:k]


class PrintQA(object):
    def __init__(self, index, settings):
        self._index = index
        self._settings = settings
        self.history = []

    def build_prompt(self, question, printer_context):
        notes = "\n".join("- " + n["text"] for n in self._index.search(question)) or "(none)"
        return QA_PROMPT.format(context=printer_context, notes=notes, question=question)

    async def answer_gemini(self, question, printer_context):
        client = clients.get_genai_client(self._settings["google_api_key"])
        response = await client.aio.models.generate_content(
            model=self._settings.get("google_model") or "gemini-2.0-flash",
            contents=self.build_prompt(question, printer_context),
            config=genai_types.GenerateContentConfig(system_instruction=SYSTEM_PROMPT),
        )
        self.history.append((question, response.text))
        return response.text

    def answer_local(self, question, printer_context):
        """Offline fallback using whatever model Ollama has pulled."""
        client = clients.get_ollama_client(self._settings.get("ollama_host"))
        messages = [{"role": "system", "content": SYSTEM_PROMPT}]
        for q, a in self.history[-3:]:
            messages.append({"role": "user", "content": q})
            messages.append({"role": "assistant", "content": a})
        messages.append({"role": "user", "content": self.build_prompt(question, printer_context)})
        reply = client.chat(model=self._settings.get("ollama_model") or "llama3.1:8b", messages=messages)
        self.history.append((question, reply.message.content))
        return reply.message.content
