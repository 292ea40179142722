"""Human agent console: class-based namespace mounted at /agent."""
from __future__ import annotations

import logging

import socketio

from app.features.sentiment import score_conversation
from app.features.translation import translate
from app.sockets.server import room_for, services

logger = logging.getLogger(__name__)


class AgentNamespace(socketio.AsyncNamespace):
    async def on_connect(self, sid, environ, auth):
        token = (auth or {}).get("token")
        agent = await _resolve_agent(token)
        if agent is None:
            raise socketio.exceptions.ConnectionRefusedError("invalid agent token")
        await self.save_session(sid, {"agent_id": agent["id"], "name": agent["name"],
                                      "language": agent.get("language", "en"),
                                      "conversations": []})

    async def on_disconnect(self, sid, reason=None):
        session = await self.get_session(sid)
        for conv in session.get("conversations", []):
            await self.emit("agent_left", {"agent": session["name"]}, room=room_for(conv),
                            namespace="/")

    async def on_join(self, sid, data):
        conversation_id = data["conversation_id"]
        async with self.session(sid) as session:
            session["conversations"].append(conversation_id)
            name = session["name"]
        await self.enter_room(sid, room_for(conversation_id))
        await self.emit("agent_joined", {"agent": name}, room=room_for(conversation_id), namespace="/")
        svc = services()
        summary = await svc.summarizer.summarize(conversation_id)
        await self.emit("summary", {"conversation_id": conversation_id, "summary": summary}, to=sid)

    async def on_agent_message(self, sid, data):
        session = await self.get_session(sid)
        svc = services()
        text = data["text"]
        target = data.get("customer_language", "en")
        if target != session["language"]:
            text = await translate(text, target=target, source=session["language"])
        from app.storage.transcripts import ChatMessage  # circular at import time

        await svc.transcripts.append(
            ChatMessage(data["conversation_id"], "assistant", text, author_id=session["agent_id"])
        )
        await self.emit("message", {"role": "agent", "text": text, "agent": session["name"]},
                        room=room_for(data["conversation_id"]), namespace="/")

    async def on_request_suggestion(self, sid, data):
        svc = services()
        conversation_id = data["conversation_id"]
        history = await svc.transcripts.history(conversation_id, limit=30)
        last = next((m["content"] for m in reversed(history) if m["role"] == "user"), "")
        articles = await svc.kb.search(last) if last else []
        buf = []
        async for token in svc.suggester.stream_draft(history, articles):
            buf.append(token)
            await self.emit("suggestion_token", {"conversation_id": conversation_id, "t": token},
                            to=sid)
        await self.emit("suggestion_done", {
            "conversation_id": conversation_id,
            "text": "".join(buf),
            "sources": [{"title": a.title, "url": a.url} for a in articles],
        }, to=sid)

    async def on_quick_replies(self, sid, data):
        options = await services().suggester.quick_replies(data["text"])
        return {"options": options}

    async def on_explain_policy(self, sid, data):
        """Ask Cohere to explain a policy document passage in plain words."""
        co = services().client("cohere")
        res = await co.chat(
            model="command-r-08-2024",
            messages=[
                {"role": "system", "content": "Explain this policy to a support agent in 3 sentences."},
                {"role": "user", "content": data["passage"]},
            ],
        )
        return {"text": res.message.content[0].text}

    async def on_sentiment(self, sid, data):
        history = await services().transcripts.history(data["conversation_id"], limit=40)
        return await score_conversation(history)

    async def on_local_draft(self, sid, data):
        """On-prem customers: drafts must not leave the building."""
        local = services().client("ollama")
        res = await local.generate(
            model=services().settings.local_model,
            prompt=f"Draft a short, polite support reply to:\n{data['text']}",
            options={"temperature": 0.4},
        )
        return {"text": res["response"]}

    async def on_kb_search(self, sid, data):
        hits = await services().kb.search(data["query"], top_n=data.get("top_n", 5))
        return [{"id": h.id, "title": h.title, "url": h.url, "score": h.score} for h in hits]

    async def on_similar_tickets(self, sid, data):
        """Mistral embeddings over closed-ticket summaries (small index, brute force)."""
        svc = services()
        candidates = await svc.transcripts.search(data.get("keyword", ""), limit=50)
        texts = [c.get("summary") or "" for c in candidates]
        if not any(texts):
            return []
        mistral = svc.client("mistral")
        emb = await mistral.embeddings.create_async(
            model="mistral-embed", inputs=[data["text"], *texts]
        )
        query, *rest = [d.embedding for d in emb.data]
        scored = sorted(
            zip(candidates, rest),
            key=lambda cv: -sum(a * b for a, b in zip(query, cv[1])),
        )
        return [{"id": c["id"], "summary": c.get("summary")} for c, _ in scored[:5]]

    async def on_leave(self, sid, data):
        conversation_id = data["conversation_id"]
        async with self.session(sid) as session:
            if conversation_id in session["conversations"]:
                session["conversations"].remove(conversation_id)
        await self.leave_room(sid, room_for(conversation_id))


async def _resolve_agent(token: str | None) -> dict | None:
    if not token:
        return None
    # TODO(maria): replace with the SSO introspection endpoint
    from app.admin.auth import lookup_agent_token

    return await lookup_agent_token(token)
