"""Short-term memory for the voice assistant.

Keeps the last few exchanges per satellite and a small embedding index of "house facts"
(e.g. "the spare key is in the blue pot") so questions can be answered from them.
"""
import collections
import math

FACTS_FILE = "/config/pyscript/house_facts.txt"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ConversationMemory:
    def __init__(self, max_turns=6):
        self.max_turns = max_turns
        self._turns = collections.defaultdict(lambda: collections.deque(maxlen=max_turns * 2))

    def add(self, satellite, role, content):
        self._turns[satellite].append({"role": role, "content": content})

    def messages(self, satellite):
        return list(self._turns[satellite])

    def clear(self, satellite=None):
        if satellite is None:
            self._turns.clear()
        else:
            self._turns.pop(satellite, None)


class FactIndex:
    """Embedding index over house facts. The client is injected by the voice_qa app."""

    def __init__(self, openai_client=None, ollama_client=None, model="text-embedding-3-small"):
        self._client = openai_client
        self._ollama = ollama_client
        self.model = model
        self.facts = []
        self.vectors = []

    def _embed(self, texts):
        if self._client is not None:
            resp = self._client.embeddings.create(model=self.model, input=texts)
            return [item.embedding for item in resp.data]
        resp = self._ollama.embed(model="nomic-embed-text", input=texts)
        return resp["embeddings"]

    def load(self, path=FACTS_FILE):
        with open(path, encoding="utf-8") as fh:
            self.facts = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
        self.vectors = self._embed(self.facts) if self.facts else []
        return len(self.facts)

    def search(self, query, k=3):
        if not self.facts:
            return []
        qvec = self._embed([query])[0]
        scored = sorted(zip(self.facts, self.vectors), key=lambda fv: _cosine(qvec, fv[1]), reverse=True)
        return [fact for fact, _ in scored[:k]]
