"""POST @ai-image: generate a lead image and store it as Image content."""
from acme.aiassist.clients import get_openai_client
from plone import api
from plone.namedfile.file import NamedBlobImage
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides

import base64
import plone.protect.interfaces


class ImagePost(Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        data = json_body(self.request)
        prompt = data.get("prompt")
        if not prompt:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": "prompt missing"}}
        result = get_openai_client().images.generate(
            model="gpt-image-1",
            prompt=prompt,
            size=data.get("size", "1024x1024"),
            n=1,
        )
        raw = base64.b64decode(result.data[0].b64_json)
        image = api.content.create(
            container=self.context,
            type="Image",
            title=data.get("title") or prompt[:60],
            image=NamedBlobImage(data=raw, filename="generated.png"),
        )
        self.request.response.setStatus(201)
        return {"@id": image.absolute_url(), "UID": image.UID()}
