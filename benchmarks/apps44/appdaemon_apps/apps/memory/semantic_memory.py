"""Remembers notable events (door, alarm, arrivals) with embeddings and answers
"when did X last happen?" questions fired as `memory_query` events.
"""
import json
import os
import time

import appdaemon.plugins.hass.hassapi as hass

from lib import embeddings, prompts

WATCHED = ("binary_sensor.front_door", "alarm_control_panel.home", "person.anna", "person.tom")


class SemanticMemory(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.path = self.args["store_path"]
        self.backend = self.args.get("embed_backend", "ollama")
        self.items = self._load()
        for entity in WATCHED:
            self.listen_state(self.remember, entity)
        self.listen_event(self.answer, "memory_query")

    def _embed(self, texts):
        if self.backend == "openai":
            return embeddings.embed_openai(self.hub.openai, texts)
        if self.backend == "gemini":
            return embeddings.embed_gemini(self.hub.gemini, texts)
        return embeddings.embed_ollama(self.hub.ollama, texts)

    def _load(self):
        if not os.path.exists(self.path):
            return []
        with open(self.path) as fh:
            return [json.loads(line) for line in fh if line.strip()]

    def _append(self, item):
        self.items.append(item)
        with open(self.path, "a") as fh:
            fh.write(json.dumps(item) + "\n")

    def remember(self, entity, attribute, old, new, kwargs):
        if old == new:
            return
        name = self.friendly_name(entity)
        text = f"{time.strftime('%Y-%m-%d %H:%M')}: {name} changed from {old} to {new}"
        vector = self._embed([text])[0]
        self._append({"text": text, "vector": vector, "ts": time.time()})

    def answer(self, event_name, data, kwargs):
        question = data["question"]
        qvec = self._embed([question])[0]
        context = "\n".join(item["text"] for item in embeddings.top_k(qvec, self.items, k=8))
        parts = []
        stream = self.hub.ollama.chat(
            model=self.hub.model_for("ollama"),
            messages=prompts.chat_messages(f"Events:\n{context}\n\nQuestion: {question}"),
            stream=True,
        )
        for chunk in stream:
            parts.append(chunk["message"]["content"])
        self.fire_event("memory_answer", question=question, answer="".join(parts).strip())
