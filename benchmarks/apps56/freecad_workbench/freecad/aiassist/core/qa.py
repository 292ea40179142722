"""Question answering about the active model (the Ask panel)."""
from freecad.aiassist import preferences
from freecad.aiassist.llm import prompts
from freecad.aiassist.llm import registry as backend_registry
from .knowledge_index import KnowledgeIndex
from . import model_summary


class Conversation:
    def __init__(self, max_turns=8):
        self.turns = []
        self.max_turns = max_turns

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})
        self.turns = self.turns[-self.max_turns * 2:]

    def messages(self):
        return list(self.turns)


class ModelQA:
    def __init__(self, backend_name=None):
        self.backend = backend_registry.get(backend_name)
        self.index = KnowledgeIndex()
        self.conversation = Conversation()
        self._indexed_doc = None

    def ensure_index(self, doc):
        if self._indexed_doc is doc:
            return
        self.index.clear()
        self.index.add(model_summary.summarize_document(doc))
        notes = preferences.params().GetString("ProjectNotes", "")
        if notes:
            self.index.add(notes)
        self._indexed_doc = doc

    def ask(self, question, doc=None):
        self.ensure_index(doc)
        context = self.index.search(question)
        user = prompts.ask_user_prompt(question, context)
        if self.backend.name == "ollama":
            # Ollama keeps the conversation: send the history too
            messages = [{"role": "system", "content": prompts.ASK_SYSTEM}]
            messages += self.conversation.messages()
            messages.append({"role": "user", "content": user})
            reply = self.backend.client.chat(model=self.backend.model, messages=messages)
            answer = reply.message.content
        else:
            answer = self.backend.complete(prompts.ASK_SYSTEM, user)
        self.conversation.add("user", question)
        self.conversation.add("assistant", answer)
        return answer

    def reset(self):
        self.conversation = Conversation()
