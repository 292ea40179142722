"""Stateless chat API used by the mobile app.

Provider is chosen per request (?provider=hf|groq|gemini). The mobile team
wanted open-weights models by default, hence Hugging Face.
"""
import cherrypy

from portal.config import settings
from portal.services.multi_model_service import TaskComplexity, multi_model_service
from portal.utils import run_sync


class ChatResource:
    exposed = True

    @cherrypy.tools.auth()
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    @cherrypy.tools.moderate(field="message")
    def POST(self, provider="hf"):
        body = cherrypy.request.json
        messages = body.get("messages") or [{"role": "user", "content": body["message"]}]
        clients = cherrypy.engine.llm.clients
        if provider == "hf":
            out = clients["hf"].chat_completion(messages=messages, max_tokens=512)
            return {"reply": out.choices[0].message.content, "provider": "hf"}
        if provider == "hf-stream":
            parts = []
            for chunk in clients["hf"].chat_completion(messages=messages, max_tokens=512, stream=True):
                delta = chunk.choices[0].delta.content
                if delta:
                    parts.append(delta)
            return {"reply": "".join(parts), "provider": "hf"}
        if provider == "groq":
            out = clients["groq"].chat.completions.create(
                model=settings.llm.groq_model, messages=messages
            )
            return {"reply": out.choices[0].message.content, "provider": "groq"}
        if provider == "gemini":
            contents = [m["content"] for m in messages if m["role"] == "user"]
            chat = clients["gemini"].chats.create(model=settings.llm.gemini_model)
            reply = None
            for text in contents:
                reply = chat.send_message(text)
            return {"reply": reply.text if reply else "", "provider": "gemini"}
        if provider == "tracked":
            text = run_sync(multi_model_service.generate_response(
                prompt=messages[-1]["content"], task_type="mobile_chat",
                complexity=TaskComplexity.SIMPLE,
            ))
            return {"reply": text, "provider": "default"}
        raise cherrypy.HTTPError(400, "unknown provider %s" % provider)
